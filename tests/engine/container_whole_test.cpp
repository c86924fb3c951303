// A container's whole named right after its part ("85 of the plant's 220 employees") is what the
// part was taken from: its staff, not a count of the event.
#include <catch2/catch.hpp>

#include "tests/engine/support.hpp"

using namespace claimcheck::engine;
using claimcheck::test::group_of;
using claimcheck::test::same_group;

TEST_CASE("container wholes: a plant's staff is not the workers at work", "[engine][reconcile][parts]") {
    const std::string ap =
        "DECATUR, Ill. (AP) - A fired worker shot three co-workers at a bearing plant on Thursday, police said. "
        "Roughly 85 of the plant's 220 employees were at work at the time.\n";
    const std::string herald =
        "DECATUR - A fired worker shot three co-workers at a bearing plant on Thursday, police said. About 85 "
        "employees were at work at the time.\n";
    report r = claimcheck::test::cross_checked({{"ap.txt", ap}, {"herald.txt", herald}});
    REQUIRE(r.stories.size() == 1);
    const group* staff = group_of(r, 0, "220 employees");
    CHECK((!staff || staff->verdict != "discrepancy"));
    CHECK_FALSE(same_group(r, 0, "220 employees", 1, "About 85 employees"));
}
