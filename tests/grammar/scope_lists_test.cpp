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
