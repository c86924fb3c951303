// How many live in a place is its population, not a count of people the event touched.
#include <catch2/catch.hpp>

#include "tests/grammar/doc.hpp"

using claimcheck::test::doc;

TEST_CASE("population: a place of N people, home to N", "[grammar][extract][population]") {
    doc town{"Luwuk, a town of about 80,000 people, was hit hardest, and some 6,000 residents were sheltering in tents."};
    CHECK(town.find("about 80,000").attribute == "population");
    CHECK(town.find("some 6,000").attribute.empty());
    doc home{"The city, home to 1.2 million people, was flooded."};
    CHECK(home.find("1.2 million").attribute == "population");
    doc bare{"The quake struck near a city of 2 million on Tuesday."};
    CHECK(bare.find("2 million").attribute == "population");
}

TEST_CASE("population: a place of things is no population", "[grammar][extract][population]") {
    doc villages{"The district of 12 villages lost power."};
    CHECK(villages.find("12 villages").attribute.empty());
}

TEST_CASE("population: a place's residents", "[grammar][extract][population]") {
    doc hk{"More than one in four of Hong Kong's 7.4 million residents would have taken part."};
    CHECK(hk.find("7.4 million residents").attribute == "population");
    doc city{"The city's 80,000 inhabitants were told to stay indoors."};
    CHECK(city.find("80,000 inhabitants").attribute == "population");
    // residents something happened to are a count of them
    doc evacuated{"The town's 300 residents were evacuated."};
    CHECK(evacuated.find("300 residents").attribute.empty());
    CHECK(evacuated.find("300 residents").pred.cls == "evacuated");
}
