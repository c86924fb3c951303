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
