// A day that opens a sentence ("On July 4, ...") sets its figures in that day, as a year does;
// the article's own day (or the day before) is the story's.
#include <catch2/catch.hpp>

#include "tests/engine/support.hpp"

using namespace claimcheck::engine;
using claimcheck::test::group_of;
using claimcheck::test::same_group;

namespace {
const char* const kyiv =
    "Russia launches record 728 drones at Ukraine\n"
    "9 July 2025\n"
    "KYIV - Russia launched 728 drones and 13 missiles at Ukraine overnight, Ukraine's Air Force said on Wednesday. "
    "On July 4, Ukraine said Russia launched 550 drones and missiles in what was then the largest attack.\n";
const char* const wire =
    "Russia fires 728 drones at Ukraine in biggest air attack of the war\n"
    "9 July 2025\n"
    "KYIV (Reuters) - Russia launched 728 drones at Ukraine overnight, Ukraine's Air Force said on Wednesday, the "
    "largest aerial attack of the war.\n";
}  // namespace

TEST_CASE("dated days: a figure of another day is not the story's", "[engine][reconcile][dated]") {
    report r = claimcheck::test::cross_checked({{"kyiv.txt", kyiv}, {"wire.txt", wire}});
    REQUIRE(r.stories.size() == 1);
    REQUIRE(r.documents[0].doc.published == "2025-07-09");
    CHECK(same_group(r, 0, "728 drones", 1, "728 drones"));
    CHECK(group_of(r, 1, "728 drones")->verdict == "agree");
    CHECK_FALSE(same_group(r, 0, "550 drones", 1, "728 drones"));
}

TEST_CASE("dated days: the article's own day is the story's", "[engine][reconcile][dated]") {
    const std::string own = std::string("Russia launches record 728 drones at Ukraine\n9 July 2025\n") +
                            "KYIV - On July 9, Ukraine's Air Force said Russia launched 730 drones at Ukraine overnight.\n";
    report r = claimcheck::test::cross_checked({{"own.txt", own}, {"wire.txt", wire}});
    REQUIRE(r.stories.size() == 1);
    REQUIRE(same_group(r, 0, "730 drones", 1, "728 drones"));
    CHECK(group_of(r, 0, "730 drones")->verdict == "discrepancy");
}

TEST_CASE("dated days: a record told with its day or without it is one figure of the past", "[engine][reconcile][dated]") {
    const std::string ki =
        "Russia launches 212 drones at Ukraine\n9 September 2025\n"
        "KYIV - Russia launched 212 drones at Ukraine overnight, the Air Force said. The previous record was set on "
        "the night of July 4, when Russia launched 539 drones, mostly at Kyiv.\n";
    const std::string ap =
        "Russia fires 212 drones at Ukraine\n9 September 2025\n"
        "KYIV (AP) - Russia fired 212 drones at Ukraine overnight, the Air Force said. Last Friday, Russia fired 539 "
        "drones at Ukraine, mostly at the capital.\n";
    report r = claimcheck::test::cross_checked({{"ki.txt", ki}, {"ap.txt", ap}});
    REQUIRE(r.stories.size() == 1);
    // the record's day is said in a "when" clause: not tonight's figure
    CHECK_FALSE(same_group(r, 0, "539 drones", 1, "212 drones"));
    CHECK(group_of(r, 1, "212 drones")->verdict == "agree");
    // and the two tellings of the record agree
    CHECK(same_group(r, 0, "539 drones", 1, "539 drones"));
}

TEST_CASE("a weapon's range is compared only where the text says whose", "[engine][reconcile][owned]") {
    const std::string a =
        "Germany pledges air defence to Ukraine\n3 March 2026\n"
        "BERLIN (Reuters) - Germany will send Ukraine four IRIS-T air defence systems, the defence ministry said. "
        "The IRIS-T SLM can intercept targets at a range of 40 km.\n";
    const std::string b =
        "Germany sends air defence to Ukraine\n3 March 2026\n"
        "BERLIN (DW) - Germany will send Ukraine four IRIS-T air defence systems, the defence ministry said. Berlin "
        "has still refused to send Taurus cruise missiles, which have a range of more than 500 kilometers.\n";
    report r = claimcheck::test::cross_checked({{"a.txt", a}, {"b.txt", b}});
    REQUIRE(r.stories.size() == 1);
    const group* range = group_of(r, 0, "40 km");
    REQUIRE(range);
    CHECK(range->verdict != "discrepancy");
}

TEST_CASE("dated days: in articles that say not when they were written, a day keeps no agreement away", "[engine][reconcile][dated]") {
    // neither article has a date line: March 19 may be the story's own day
    const std::string a =
        "KYIV - Ukraine and Russia swapped prisoners on March 19, when 175 Ukrainian defenders were released, "
        "the Coordination Headquarters said.\n";
    const std::string b = "KYIV (Reuters) - Russia and Ukraine each released 175 prisoners of war in a swap mediated by the UAE.\n";
    report r = claimcheck::test::cross_checked({{"a.txt", a}, {"b.txt", b}});
    REQUIRE(r.stories.size() == 1);
    REQUIRE_FALSE(r.documents[0].doc.published);
    CHECK(same_group(r, 0, "175 Ukrainian defenders", 1, "175 prisoners of war"));
}
