// Companies named by their trade in a speech cue: business wires say "the software maker said",
// "the chipmaker said", "the retail giant said" where a crime story says "police said".
#include <catch2/catch.hpp>

#include <string>

#include "tests/grammar/doc.hpp"

using claimcheck::test::doc;

using claimcheck::test::source_of;

TEST_CASE("trade sources: a maker named by its trade closes the sentence as its source", "[grammar][attribution]") {
    const std::string text =
        "Microsoft will issue eight security bulletins next Tuesday, addressing 28 vulnerabilities, the software maker said.";
    CHECK(source_of(text, "eight security bulletins") == "maker");
    CHECK(source_of(text, "28 vulnerabilities") == "maker");
}

TEST_CASE("trade sources: compound trade nouns open the sentence as its subject", "[grammar][attribution]") {
    CHECK(source_of("The chipmaker said it would cut 400 jobs.", "400 jobs") == "chipmaker");
    CHECK(source_of("The carmaker said 40 workers were hired.", "40 workers") == "carmaker");
    CHECK(source_of("The drugmaker said 3 trials had failed.", "3 trials") == "drugmaker");
    CHECK(source_of("The lender said it would close 120 branches.", "120 branches") == "lender");
}

TEST_CASE("trade sources: a giant of a trade speaks, a giant thing does not", "[grammar][attribution]") {
    CHECK(source_of("The retail giant said it would close 120 stores.", "120 stores") == "giant");
    // "giant" before a noun is an adjective, and the sentence's source is who said it
    CHECK(source_of("A giant wave killed 20 people, police said.", "20 people") == "police");
}
