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
