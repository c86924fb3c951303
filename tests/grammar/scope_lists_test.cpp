// A scope that names a list of places is the list's ("in Palermo, Trapani and Agrigento"), not
// its first place's; a place and its country ("Palermo, Italy") is one place.
#include <catch2/catch.hpp>

#include "tests/grammar/doc.hpp"

using claimcheck::test::doc;

TEST_CASE("scope: a list of places is the scope, not its first place", "[grammar][extract][scope]") {
    doc raids{"Italian police detained 43 people on Tuesday in raids in Palermo, Trapani and Agrigento."};
    CHECK(raids.find("43 people").where.key == "palermo trapani agrigento");
    doc serial{"Floods killed 12 people in Kenya, Uganda, and Tanzania."};
    CHECK(serial.find("12 people").where.key == "kenya uganda tanzania");
    // a place and its country is one place
    doc country{"Twelve were arrested in Palermo, Italy, on Tuesday."};
    CHECK(country.find("Twelve").where.key == "palermo");
}

TEST_CASE("scope: the places a figure spread over are its extent, not what happened to them", "[grammar][extract][scope]") {
    doc states{"The tornadoes killed at least 34 people in five states."};
    CHECK(states.find("at least 34 people").pred.cls == "killed");
    CHECK(states.find("five states").pred.cls.empty());
    doc villages{"Officials evacuated people from 14 villages near the crater."};
    CHECK(villages.find("14 villages").pred.cls.empty());
}

TEST_CASE("scope lists: a part of the things, not of the places they were spread over", "[grammar][partitive][regions]") {
    doc moscow{"Russia's Defence Ministry said 337 drones were shot down over 10 Russian regions overnight, 91 of them over "
               "the Moscow region."};
    const auto& part = moscow.find_number("91");
    CHECK(part.counted.lemma == "drone");
    CHECK(part.pred.cls == "shot_down");
    // "over" before places is where, not "more than"
    const auto& regions = moscow.find("over 10 Russian regions");
    CHECK(regions.q.qual == claimcheck::grammar::qualifier::exact);
    CHECK(regions.pred.cls.empty());
}

TEST_CASE("scope lists: aid trucks that entered or reached a place arrived", "[grammar][predicate][trucks]") {
    CHECK(doc{"A U.N. official said 653 trucks entered Gaza on Sunday."}.find("653 trucks").pred.cls == "arrived");
    CHECK(doc{"The first convoy of 16 trucks reached the town of Tawila on Monday."}.find("16 trucks").pred.cls == "arrived");
    CHECK(doc{"More than 400 lorries crossed into the Gaza Strip."}.find("More than 400 lorries").counted.cls == "truck");
}

TEST_CASE("scope lists: every member listed after 'Among ... were' or 'included' is a part", "[grammar][partitive][lists]") {
    doc among{"Among those released were 64 members of the Armed Forces, 50 soldiers of the National Guard and 36 border guards."};
    CHECK(among.find("64 members").partitive == "among");
    CHECK(among.find("50 soldiers").partitive == "among");
    CHECK(among.find("36 border guards").partitive == "among");
    doc included{"Those released included 64 members of the Armed Forces, 50 soldiers of the National Guard and 36 border guards."};
    CHECK(included.find("64 members").partitive == "included");
    CHECK(included.find("50 soldiers").partitive == "included");
    CHECK(doc{"About 290,000 customers were without electricity."}.find("About 290,000").pred.cls == "without_power");
}
