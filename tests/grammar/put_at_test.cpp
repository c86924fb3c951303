// "X put the crowd at N": a source's estimate of a number, and whose the figures of a sentence of
// two such estimates are.
#include <catch2/catch.hpp>

#include "tests/grammar/doc.hpp"

using claimcheck::test::doc;

TEST_CASE("attribution forms: X put the crowd at N", "[grammar][attribution][put_at]") {
    doc crowd{"Organisers said almost 2 million people marched, although police put the crowds at 338,000."};
    REQUIRE(crowd.find("338,000").source);
    CHECK(crowd.find("338,000").source->source == "police");
    // the figure before a source that opens its own clause ("although") is the first source's
    REQUIRE(crowd.find("almost 2 million people").source);
    CHECK(crowd.find("almost 2 million people").source->source == "Organisers");
    doc toll{"The health ministry put the death toll at 112 on Tuesday."};
    REQUIRE(toll.find("112").source);
    CHECK(toll.find("112").source->source == "health ministry");
}

TEST_CASE("attribution forms: X put the magnitude at N", "[grammar][attribution][put_at]") {
    // the figure reads "magnitude at 7.3", inside the cue's words: the cue still names its source
    doc quake{"Indonesia's meteorology agency put the magnitude at 7.3."};
    const auto& m = quake.find("magnitude at 7.3");
    CHECK(m.q.value == Approx(7.3));
    REQUIRE(m.source);
    CHECK(m.source->source.find("agency") != std::string::npos);
    doc depth{"The USGS put the depth at 10 km."};
    REQUIRE(depth.find("10 km").source);
    CHECK(depth.find("10 km").source->source == "USGS");
}
