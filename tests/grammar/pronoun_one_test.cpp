// "one" standing for a noun ("the old one") is no figure; "one" counting people is one.
// And a fraction before "the" names its whole ("one quarter the power").
#include <catch2/catch.hpp>

#include "tests/grammar/doc.hpp"

using claimcheck::test::doc;

TEST_CASE("pronoun one: a determiner and an adjective before 'one' with no noun after", "[grammar][extract]") {
    doc old_one{"The new chip costs less than the old one."};
    CHECK(old_one.claims.empty());
    doc new_one{"He bought a new one last week."};
    CHECK(new_one.claims.empty());
    doc other_one{"This other one was never found, police said."};
    CHECK(other_one.claims.empty());
    // a noun after it: one of a thing is counted ("his only one goal" is rare, "the one goal" a pronoun rule of its own)
    doc goal{"The team scored one goal in the first half."};
    REQUIRE(goal.claims.size() == 1);
    CHECK(goal.find("one goal").counted.head == "goal");
}

TEST_CASE("pronoun one: 'killed one and wounded two' counts both", "[grammar][extract]") {
    doc both{"The gunman killed one and wounded two."};
    REQUIRE(both.claims.size() == 2);
    CHECK(both.find_number("one").value == 1);
    CHECK(both.find_number("one").pred.cls == "killed");
    CHECK(both.find_number("two").pred.cls == "injured");
    // the set phrases stay pronouns, and "one and a half" is not read as one
    doc same_thing{"The two attacks were one and the same."};
    REQUIRE(same_thing.claims.size() == 1);
    CHECK(same_thing.find("two attacks").value == 2);
    doc half{"He served one and a half years in jail."};
    for (const auto& c : half.claims) CHECK(c.value != 1);
}

TEST_CASE("counted words: a personal pronoun or a speech verb ends the counted thing", "[grammar][extract]") {
    doc one_said{"One said he saw the gunman."};
    for (const auto& c : one_said.claims) {
        CHECK(c.counted.head != "saw");
        CHECK(c.counted.head != "he");
    }
    doc two_told{"Two told reporters they had heard shots."};
    for (const auto& c : two_told.claims) CHECK(c.counted.head != "reporters");
}

TEST_CASE("fractions: a fraction before 'the' is a part of what follows", "[grammar][extract]") {
    doc power{"SeaMicro servers typically use one quarter the power and take one sixth the space of rivals."};
    const auto& quarter = power.find("one quarter");
    CHECK(quarter.value == 0.25);
    CHECK(quarter.counted.head == "power");
    CHECK(quarter.partitive == "of the");
    const auto& sixth = power.find("one sixth");
    CHECK(sixth.counted.head == "space");
    // with "of" as before
    doc of{"It uses a quarter of the power."};
    CHECK(of.find("a quarter").counted.head == "power");
}
