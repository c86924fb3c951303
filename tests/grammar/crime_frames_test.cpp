// Courts and crime: how long a jury took, the least a convict must serve, and the vehicles and
// jails that are no place of a figure.
#include <catch2/catch.hpp>

#include "tests/grammar/doc.hpp"

using claimcheck::test::doc;

TEST_CASE("durations of a trial: deliberation and the minimum term", "[grammar][extract][durations]") {
    doc took{"A jury took five hours to reach its verdict."};
    CHECK(took.find("five hours").attribute == "deliberation");
    doc deliberated{"The jury deliberated for more than six hours."};
    CHECK(deliberated.find("more than six hours").attribute == "deliberation");
    doc parole{"He must serve at least 25 years before being eligible for parole."};
    CHECK(parole.find("at least 25 years").attribute == "minimum term");
    doc term{"The judge set a minimum term of 25 years."};
    CHECK(term.find("25 years").attribute == "minimum term");
    doc minimum{"He would serve a minimum of 23 years before he could be considered for parole."};
    CHECK(minimum.find("a minimum of 23 years").attribute == "minimum term");
    // a sentence is no minimum
    doc sentenced{"He was sentenced to eight years in prison."};
    CHECK(sentenced.find("eight years").attribute != "minimum term");
}

TEST_CASE("a vehicle fled in and the jail bail holds one in are no place", "[grammar][extract][scope]") {
    doc audi{"Four men had been seen fleeing in a dark Audi estate."};
    CHECK(audi.find("Four men").where.key.empty());
    doc pickup{"About 200 kg of explosives had been hidden in a pickup truck parked at the market gate."};
    CHECK(pickup.find("About 200 kg").where.text.empty());
    doc bond{"He was held Friday on $1.5 million bond in the Jasper County Jail."};
    CHECK(bond.find("$1.5 million").where.key.empty());
    // a place is still a place
    doc village{"Four men were arrested in the village of Much Hadham."};
    CHECK(village.find("Four men").where.key == "much hadham");
    // and a jail holds its inmates
    doc inmates{"Guards counted 140 inmates in the Tolliver County Jail."};
    CHECK_FALSE(inmates.find("140 inmates").where.key.empty());
}

TEST_CASE("what is still trapped is what is left, where the report gives the first count", "[grammar][extract][remaining]") {
    doc mine{"A roof fall trapped 17 men on Sunday.", "Five miners were still trapped, officials said."};
    CHECK(mine.find("17 men").subgroup.empty());
    CHECK(mine.find("Five miners").subgroup == "still");
    // one count, told as what remains, is the count
    doc flood{"Twelve people remain missing after the flood."};
    CHECK(flood.find("Twelve people").subgroup.empty());
    CHECK(flood.find("Twelve people").pred.cls == "missing");
}

TEST_CASE("sides of fans are kept apart", "[grammar][extract][roles]") {
    doc fans{"About 200 home supporters tried to reach the 3,000 travelling fans."};
    CHECK(fans.find("About 200 home supporters").subgroup == "home");
    CHECK(fans.find("3,000 travelling fans").subgroup == "travelling");
}
