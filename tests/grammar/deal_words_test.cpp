// Words of business, crash and fire reports that say what a figure is: buying is acquiring,
// surviving is its own fate, a premium is what a percentage measures, and land is burned.
#include <catch2/catch.hpp>

#include <string>

#include "tests/grammar/doc.hpp"

using claimcheck::test::doc;
using claimcheck::grammar::claim;

namespace {

/// The claim that starts with `words` in the one-sentence document `text`.
claim claim_of(const std::string& text, const std::string& words) { return doc{text}.find(words); }

}  // namespace

TEST_CASE("deal words: to buy something for a sum is to acquire it", "[grammar][context]") {
    CHECK(claim_of("Hewlett-Packard said it would buy Electronic Data Systems for $13.9 billion.", "$13.9 billion").pred.cls ==
          "acquired");
    CHECK(claim_of("The company is buying 40 aircraft from Airbus.", "40 aircraft").pred.cls == "acquired");
}

TEST_CASE("deal words: surviving is not being carried", "[grammar][context]") {
    // a crash: "About 90 people survived" is not the count of those on board
    const claim c = claim_of("About 90 people survived, many with burns, the official said.", "About 90 people");
    CHECK(c.pred.cls == "survived");
}

TEST_CASE("deal words: a premium is what a percentage measures", "[grammar][context]") {
    CHECK(claim_of("HP will pay $25 a share, a premium of about 32 percent over the stock's price.", "about 32 percent")
              .attribute == "premium");
}

TEST_CASE("deal words: what a fire did to the land is burning it", "[grammar][context]") {
    CHECK(claim_of("The fire has burned about 15,000 acres, officials said.", "about 15,000 acres").pred.cls == "burned");
    CHECK(claim_of("The blaze has charred 17,000 acres.", "17,000 acres").pred.cls == "burned");
    CHECK(claim_of("The fire has scorched 2,000 hectares of forest.", "2,000 hectares").pred.cls == "burned");
}

TEST_CASE("deal words: apprehending and arresting are capturing", "[grammar][context]") {
    // 12_1ecbplus: "thwarted a multi-boat attack ..., apprehending 26 Somali pirates"
    CHECK(claim_of("The navy thwarted an attack on merchant vessels, apprehending 26 Somali pirates.", "26 Somali pirates")
              .pred.cls == "captured");
    CHECK(claim_of("Police apprehended 12 suspects on Friday.", "12 suspects").pred.cls == "captured");
}

TEST_CASE("deal words: setting fire to a thing is burning it", "[grammar][context]") {
    // two reports of one riot: "set fire to ... 40 cars" and "burned ... 30 cars" are one measure
    CHECK(claim_of("Protesters set fire to 40 cars in central Athens.", "40 cars").pred.cls == "burned");
    CHECK(claim_of("Rioters burned 30 cars in Athens overnight.", "30 cars").pred.cls == "burned");
    CHECK(claim_of("Rioters torched 12 buses.", "12 buses").pred.cls == "burned");
}
