// Vague quantities ("dozens", "scores of") and the verbs that share their spelling.
#include <catch2/catch.hpp>

#include "tests/grammar/doc.hpp"

using claimcheck::test::doc;

TEST_CASE("vague words: 'scores of' is a vague number, the verb 'scores' is none", "[grammar][extract]") {
    doc many{"Scores of people were injured in the blast."};
    CHECK(many.find("Scores of people").value == 40);
    CHECK(many.find("Scores of people").counted.lemma == "person");
    // a headline's verb: the figure is the sum, not "scores"
    doc headline{"'Hunger Games' scores $152.5 million opening"};
    REQUIRE(headline.claims.size() == 1);
    CHECK(headline.words(headline.claims[0]) == "$152.5 million");
    doc player{"James scores 36 points as the Lakers win."};
    REQUIRE(player.claims.size() == 1);
    CHECK(player.find("36 points").value == 36);
}
