// A headline's "X: ..." names X as the source only when X may speak: a topic label that names an
// event ("Heatwave:", "Typhoon Marwin:") does not, and a verb cue in the same headline ("..., says
// Health Ministry") names the source instead.
#include <catch2/catch.hpp>

#include "tests/grammar/doc.hpp"

using claimcheck::test::doc;

TEST_CASE("headline labels: an event named before the colon is a topic, not a source", "[grammar][attribution][headline]") {
    doc typhoon{"Typhoon Marwin: Death toll rises to 23 as Philippines counts the cost", "Rescuers searched for the missing."};
    CHECK_FALSE(typhoon.find("23").source);
    doc crash{"Mandi bus crash: 21 killed as bus plunges into gorge", "The bus was full."};
    CHECK_FALSE(crash.find("21").source);
}

TEST_CASE("headline labels: a caption's label is no source", "[grammar][attribution][headline]") {
    doc photo{"Photo: Villagers inspect one of 1,500 houses destroyed in Banggai district."};
    CHECK_FALSE(photo.find("1,500").source);
}

TEST_CASE("headline labels: a verb cue in the headline names the source", "[grammar][attribution][headline]") {
    doc heat{"Heatwave: 44 dead and 1,240 hospitalised, says Health Ministry", "Temperatures stayed high."};
    REQUIRE(heat.find("44").source);
    CHECK(heat.find("44").source->source == "Health Ministry");
    REQUIRE(heat.find("1,240").source);
    CHECK(heat.find("1,240").source->source == "Health Ministry");
}

TEST_CASE("headline labels: a body or a person before the colon still speaks", "[grammar][attribution][headline]") {
    doc police{"Police: 3 dead in shooting", "Officers were called at noon."};
    REQUIRE(police.find("3").source);
    CHECK(police.find("3").source->source == "Police");
    doc air_force{"Ukraine's Air Force: 145 drones launched overnight", "Most were shot down."};
    REQUIRE(air_force.find("145 drones").source);
    CHECK(air_force.find("145 drones").source->source == "Ukraine's Air Force");
}

TEST_CASE("headline labels: a section's label is no source", "[grammar][attribution][headline]") {
    doc box_office{"Box Office: 'Nightglass' Opens to $86 Million", "The film beat forecasts."};
    CHECK_FALSE(box_office.find("$86 Million").source);
}

TEST_CASE("headline labels: a country before the colon says where, not who", "[grammar][attribution][headline]") {
    doc niger{"Niger: at least 27 soldiers killed in attack", "The army said the attack came at dawn."};
    CHECK_FALSE(niger.find("at least 27 soldiers").source);
    doc sudan{"Sudan: 54 killed in market strike", "Officials gave no more details."};
    CHECK_FALSE(sudan.find("54").source);
    // a person still speaks
    doc zelensky{"Zelensky: Russia launched 145 drones", "Most were shot down."};
    REQUIRE(zelensky.find("145 drones").source);
    CHECK(zelensky.find("145 drones").source->source == "Zelensky");
}
