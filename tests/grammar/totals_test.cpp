// A cue of a total ("overall", "in all", "so far") makes totals of the figures of its own
// coordinate clause, not of a clause joined to it by ", and" or ", but".
#include <catch2/catch.hpp>

#include "tests/grammar/doc.hpp"

using claimcheck::test::doc;

TEST_CASE("totals: a cue reaches its own coordinate clause", "[grammar][extract][aggregate]") {
    doc game{"Teammate Marcus Grant had 18 points and 11 rebounds, and the Mavericks improved to 19-8 overall."};
    CHECK_FALSE(game.find("18 points").aggregate);
    CHECK_FALSE(game.find("11 rebounds").aggregate);
    doc war{"The army lost 12 soldiers on Tuesday, and 300 civilians have died so far."};
    CHECK_FALSE(war.find("12 soldiers").aggregate);
    CHECK(war.find("300 civilians").aggregate);
}

TEST_CASE("totals: a cue with no coordinate clause reaches the sentence", "[grammar][extract][aggregate]") {
    doc all{"In all, 45 people were killed and 120 injured."};
    CHECK(all.find("45 people").aggregate);
    CHECK(all.find("120").aggregate);
}

TEST_CASE("totals: a toll since a year is a total of many events", "[grammar][extract][aggregate]") {
    doc conflict{"The conflict has killed more than 40,000 people since 2009, the UN said."};
    CHECK(conflict.find("more than 40,000").aggregate);
    doc deadliest{"It was the deadliest quake since 2004, killing 12 people."};
    CHECK_FALSE(deadliest.find("12 people").aggregate);
}
