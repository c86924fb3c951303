// A person's age across reports: the surname alone meets the full name the story gave, the age
// beside a name is the age now whatever its clause recalls, and two ages are never "within
// rounding" of each other.
#include <catch2/catch.hpp>

#include "tests/engine/support.hpp"

using namespace claimcheck::engine;
using claimcheck::test::group_of;

TEST_CASE("ages: a surname alone meets the full name, and an age is no rounding", "[engine][reconcile][age]") {
    const std::string ap =
        "CANBERRA (AP) - Prime Minister Tony Abbott on Wednesday named Senator Margaret Hollis, 54, as defence "
        "minister, replacing David Crane, who resigned last week over a submarine contract scandal.\n";
    const std::string smh =
        "Senator Hollis, 55, entered Parliament 12 years ago and was named defence minister by Tony Abbott on "
        "Wednesday, replacing David Crane after the submarine contract scandal.\n";
    report r = claimcheck::test::cross_checked({{"ap.txt", ap}, {"smh.txt", smh}});
    REQUIRE(r.stories.size() == 1);
    const group* age = group_of(r, 0, "54");
    REQUIRE(age);
    CHECK(age == group_of(r, 1, "55"));
    CHECK(age->verdict == "discrepancy");
    CHECK(age->relation == "disjoint");
}
