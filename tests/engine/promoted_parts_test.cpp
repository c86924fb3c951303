// A part that says what happened to it, of a whole that says nothing happened, counts all that
// happened: it meets the other reports' count ("killing 63 of the 72 people on board" against
// "killed at least 61"), and the whole does not. Articles written for the rule.
#include <catch2/catch.hpp>

#include "tests/engine/support.hpp"

using namespace claimcheck::engine;
using claimcheck::test::group_of;

TEST_CASE("promoted parts: the toll among those on board is the toll", "[engine][reconcile][parts]") {
    const std::string reuters =
        "KATHMANDU (Reuters) - A passenger plane crashed near Pokhara on Tuesday, killing 63 of the 72 people on "
        "board, the civil aviation authority said.\n";
    const std::string ap =
        "KATHMANDU, Nepal (AP) - A passenger plane crashed near Pokhara on Tuesday, killing at least 61 people, "
        "police said. The plane was carrying 72 people.\n";
    report r = claimcheck::test::cross_checked({{"reuters.txt", reuters}, {"ap.txt", ap}});
    REQUIRE(r.stories.size() == 1);
    const group* toll = group_of(r, 0, "63");
    REQUIRE(toll);
    CHECK(toll == group_of(r, 1, "at least 61"));
    CHECK(toll->verdict == "discrepancy");
    // the whole meets the other report's whole, and stays out of the toll
    const group* aboard = group_of(r, 0, "72 people");
    REQUIRE(aboard);
    CHECK(aboard != toll);
}

TEST_CASE("promoted parts: seats won of a chamber's seats are the seats won", "[engine][reconcile][parts]") {
    const std::string dpa =
        "BERLIN (dpa) - The SPD secured 55 seats in the 146-seat legislature in Sunday's state election, with "
        "the Christian Democrats winning 47.\n";
    const std::string reuters =
        "BERLIN (Reuters) - The SPD won 54 of the 146 seats in the state parliament in Sunday's election, the "
        "state returning officer said. A majority requires 74 seats.\n";
    report r = claimcheck::test::cross_checked({{"dpa.txt", dpa}, {"reuters.txt", reuters}});
    REQUIRE(r.stories.size() == 1);
    const group* spd = group_of(r, 1, "54");
    REQUIRE(spd);
    CHECK(spd == group_of(r, 0, "55 seats"));
    CHECK(spd->verdict == "discrepancy");
    // the chamber's size, the majority needed and another party's seats are none of it
    CHECK(group_of(r, 0, "146-seat") != spd);
    CHECK(group_of(r, 1, "74 seats") != spd);
    CHECK(group_of(r, 0, "47") != spd);
    const group* size = group_of(r, 0, "146-seat");
    REQUIRE(size);
    CHECK(size->verdict != "discrepancy");
}

TEST_CASE("promoted parts: a day 'alone' is not the toll", "[engine][reconcile][parts]") {
    const std::string bbc =
        "MADRID - The heatwave in Spain has killed 51 people, the health ministry said on Sunday.\n";
    const std::string reuters =
        "MADRID (Reuters) - The heatwave in Spain has killed 51 people, the health ministry said. On Saturday "
        "alone, nine people died, the ministry said.\n";
    report r = claimcheck::test::cross_checked({{"bbc.txt", bbc}, {"reuters.txt", reuters}});
    REQUIRE(r.stories.size() == 1);
    const group* toll = group_of(r, 0, "51 people");
    REQUIRE(toll);
    CHECK(toll->verdict == "agree");
    CHECK(group_of(r, 1, "nine people") != toll);
}

TEST_CASE("included parts: a part is not set against another report's count of its whole", "[engine][reconcile][parts]") {
    // the 150 servicemen are of the 157 citizens brought home; the other report's 157 prisoners are
    // the whole again, under another noun
    const std::string afp =
        "KYIV (AFP) - Russia and Ukraine each handed over 157 prisoners of war on Friday in the latest exchange "
        "mediated by the United Arab Emirates, officials from both countries said.\n";
    const std::string kyiv =
        "KYIV - Ukraine on Friday brought home 157 of its citizens from Russian captivity, among them 150 "
        "servicemen and seven civilians, in the latest prisoner exchange mediated by the United Arab Emirates.\n";
    report r = claimcheck::test::cross_checked({{"afp.txt", afp}, {"kyiv.txt", kyiv}});
    REQUIRE(r.stories.size() == 1);
    const group* part = group_of(r, 1, "150 servicemen");
    REQUIRE(part);
    CHECK(part->verdict != "discrepancy");
    // the same part told apart elsewhere is still compared
    const std::string ap =
        "KYIV (AP) - Ukraine brought home 157 of its citizens on Friday, among them 148 servicemen, in a swap "
        "mediated by the United Arab Emirates.\n";
    report r2 = claimcheck::test::cross_checked({{"kyiv.txt", kyiv}, {"ap.txt", ap}});
    REQUIRE(r2.stories.size() == 1);
    const group* servicemen = group_of(r2, 0, "150 servicemen");
    REQUIRE(servicemen);
    CHECK(servicemen == group_of(r2, 1, "148 servicemen"));
    CHECK(servicemen->verdict == "discrepancy");
}
