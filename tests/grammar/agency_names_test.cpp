// Bodies whose names hold "and": "the Food and Drug Administration said" named no source at all,
// and "according to the Centers for Disease Control and Prevention" cut the name at "and".
#include <catch2/catch.hpp>

#include <string>

#include "tests/grammar/doc.hpp"

using claimcheck::test::doc;

using claimcheck::test::source_of;

TEST_CASE("agency names: 'and' before the head of a body's name stays in the name", "[grammar][attribution]") {
    CHECK(source_of("The drug was recalled after 12 deaths, the Food and Drug Administration said.", "12 deaths") ==
          "Food and Drug Administration");
    CHECK(source_of("About 2,500 tonnes of oil spilled, the Maritime and Port Authority of Singapore (MPA) said.",
                    "About 2,500 tonnes") == "Maritime and Port Authority of Singapore (MPA)");
    CHECK(source_of("Nine miners died, the Disaster and Emergency Management Authority said.", "Nine miners") ==
          "Disaster and Emergency Management Authority");
}

TEST_CASE("agency names: 'and' after 'of' or 'for' stays in the name", "[grammar][attribution]") {
    CHECK(source_of("At least 40 people fell ill, according to the Centers for Disease Control and Prevention.",
                    "At least 40 people") == "Centers for Disease Control and Prevention");
    CHECK(source_of("The fire burned 42,000 acres, the California Department of Forestry and Fire Protection said.",
                    "42,000 acres") == "California Department of Forestry and Fire Protection");
}

TEST_CASE("agency names: two names joined by 'and' stay two sources", "[grammar][attribution]") {
    // two outlets: the cue takes the first, as before
    CHECK(source_of("The two sides agreed to swap 1,000 prisoners, according to Le Monde and Channel News Asia.",
                    "1,000 prisoners") == "Le Monde");
    CHECK(source_of("Smith and Jones said 12 people died.", "12 people") == "Jones");
}

TEST_CASE("agency names: a dateline in capitals before a colon is no source", "[grammar][attribution]") {
    // (the source is the role word, as for "the port authority said" anywhere)
    CHECK(source_of("SINGAPORE: An oil slick spread over 25 km on Tuesday, the port authority said.", "over 25 km") ==
          "authority");
    // a body's acronym in a headline still speaks
    CHECK(source_of("NATO: 300 troops will be sent.", "300 troops") == "NATO");
}

TEST_CASE("agency names: who is told is the listener, never the speaker", "[grammar][attribution]") {
    CHECK(source_of("Mark Hurd, 51, told analysts that 24,600 jobs would go.", "24,600 jobs") != "analysts");
    CHECK(source_of("Hurd told analysts that 24,600 jobs would go.", "24,600 jobs") == "Hurd");
    CHECK(source_of("\"We lost 12 men,\" a spokesman told Reuters.", "12 men") == "spokesman");
}
