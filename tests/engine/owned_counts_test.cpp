// Counts that belong to someone (a player's goals, a team's games) are compared only where the text
// says whose; "N times" with no verb of what happened is not compared; a house's size names its house.
#include <catch2/catch.hpp>

#include "tests/engine/support.hpp"

using namespace claimcheck::engine;
using claimcheck::test::group_of;

TEST_CASE("owned counts: goals and games of nobody named are not compared", "[engine][reconcile][owned]") {
    const std::string bbc =
        "LONDON - Newcastle have agreed a deal for Porto striker Ferreira on Monday. He has 14 goals in 31 games "
        "this season. The Magpies are sixth in the league, four points off the top four, and Ferreira broke the "
        "deadlock four times in the cup.\n";
    const std::string afp =
        "LONDON - Newcastle have agreed a deal for Porto striker Ferreira on Monday. Porto, who are third, are 6 "
        "points behind leaders Sporting; the striker has 38 goals in 112 matches for them, and has beaten "
        "Newcastle three times.\n";
    report r = claimcheck::test::cross_checked({{"bbc.txt", bbc}, {"afp.txt", afp}});
    REQUIRE(r.stories.size() == 1);
    for (const char* figure : {"14 goals", "31 games", "four points", "four times"}) {
        const group* g = group_of(r, 0, figure);
        REQUIRE(g);
        CHECK(g->verdict != "discrepancy");
    }
}

TEST_CASE("owned counts: a house's seats are its size, told by its name", "[engine][reconcile][owned]") {
    const std::string ap =
        "WASHINGTON (AP) - The House impeached the president on Wednesday. Republicans hold 53 of the 100 seats "
        "in the Senate, which will hold the trial.\n";
    const std::string guardian =
        "WASHINGTON - The House impeached the president on Wednesday. Democrats control the 435-seat House, and "
        "the Senate will hold the trial.\n";
    report r = claimcheck::test::cross_checked({{"ap.txt", ap}, {"guardian.txt", guardian}});
    const group* senate = group_of(r, 0, "100 seats");
    REQUIRE(senate);
    CHECK(senate->verdict != "discrepancy");
}

TEST_CASE("owned counts: a player's line of counts is the player's", "[engine][reconcile][owned]") {
    const std::string ap =
        "WASHINGTON (AP) - Antawn Jamison scored 30 points and grabbed 14 rebounds as the Washington Wizards beat "
        "the Chicago Bulls 101-95 on Tuesday night.\n";
    const std::string local =
        "WASHINGTON - Antawn Jamison had 32 points and 12 rebounds, and the Washington Wizards beat the Chicago "
        "Bulls 101-95 on Tuesday.\n";
    report r = claimcheck::test::cross_checked({{"ap.txt", ap}, {"local.txt", local}});
    REQUIRE(r.stories.size() == 1);
    CHECK(claimcheck::test::same_group(r, 0, "14 rebounds", 1, "12 rebounds"));
    const group* g = group_of(r, 0, "14 rebounds");
    REQUIRE(g);
    CHECK(g->verdict == "discrepancy");
}
