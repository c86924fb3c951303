// Numbers that are part of a name, not figures: "Deathly Hallows: Part 2", "Boeing 737", "the 1981 killings".
#include <catch2/catch.hpp>

#include "tests/grammar/doc.hpp"

using claimcheck::test::doc;

TEST_CASE("title labels: the part or volume of a work is no figure", "[grammar][extract]") {
    doc film{"The record is held by \"Harry Potter and the Deathly Hallows: Part 2,\" which took in $169.2 million."};
    REQUIRE(film.claims.size() == 1);
    CHECK(film.words(film.claims[0]) == "$169.2 million");
    doc book{"The book, Volume 3 of the series, sold 200,000 copies."};
    REQUIRE(book.claims.size() == 1);
    CHECK(book.words(book.claims[0]) == "200,000 copies");
    // "took part in 3 attacks": the figure follows "in", not "part"
    CHECK(doc{"They took part in 3 attacks."}.find("3 attacks").value == 3);
}

TEST_CASE("title labels: a maker's model number is no figure", "[grammar][extract]") {
    doc crash{"More than 100 people escaped the burning Boeing 737, some with serious burns."};
    REQUIRE(crash.claims.size() == 1);
    CHECK(crash.words(crash.claims[0]) == "More than 100 people");
    doc plane{"A Tupolev 154 carrying 96 people crashed."};
    REQUIRE(plane.claims.size() == 1);
    CHECK(plane.find("96 people").value == 96);
}

TEST_CASE("title labels: the year of a named event is no figure", "[grammar][extract]") {
    doc mob{"Vito is serving a sentence for his role in the 1981 killings of three mobsters."};
    REQUIRE(mob.claims.size() == 1);
    CHECK(mob.words(mob.claims[0]) == "three mobsters");
    doc games{"The 2008 Olympics drew 4,000 athletes."};
    REQUIRE(games.claims.size() == 1);
    CHECK(games.find("4,000 athletes").value == 4000);
    // a count after "the" is a count
    CHECK(doc{"The 2000 troops arrived on Monday."}.find("2000 troops").value == 2000);
}
