// "since" after a rank: "the fifth operation since September" ranks the operation among those
// since September; it does not make the figures of its sentence a running total.
#include <catch2/catch.hpp>

#include "tests/grammar/doc.hpp"

using claimcheck::test::doc;

TEST_CASE("rank since: an ordinal's 'since' makes no total", "[grammar][extract]") {
    // 12_1ecbplus
    doc navy{"The Indian Navy thwarted a multi-boat attack by sea brigands on merchant vessels, apprehending 26 Somali "
             "pirates, in the fifth successful anti-piracy operation since September."};
    CHECK_FALSE(navy.find("26 Somali pirates").aggregate);
    CHECK_FALSE(doc{"It was the team's 3rd win since March, with 25 points for Smith."}.find("25 points").aggregate);
    // a running total without a rank stays one
    CHECK(doc{"The navy has captured 120 pirates since September."}.find("120 pirates").aggregate);
}

TEST_CASE("rank since: the year a superlative compares with is no figure's year", "[grammar][extract]") {
    doc deal{"Hewlett-Packard agreed to buy EDS for about $13.2 billion, its biggest purchase since its 2002 acquisition "
             "of Compaq."};
    CHECK(deal.find("about $13.2 billion").where.key.empty());
    // a year the figure happened in still scopes it
    CHECK(doc{"HP bought Compaq for $19 billion in 2002."}.find("$19 billion").where.key == "2002");
}
