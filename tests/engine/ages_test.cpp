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

TEST_CASE("ages: an age takes no verb of its clause", "[engine][reconcile][age]") {
    const std::string ap =
        "PARIS (AP) - A 15-year-old boy, Karim Benali, was killed by a police bullet in Villiers on Saturday, "
        "officials said, and riots followed in three towns.\n";
    const std::string lemonde =
        "The death of fifteen-year-old Karim Benali, shot by a police officer in Villiers on Saturday, has left "
        "the town shaken, and riots followed in three towns.\n";
    report r = claimcheck::test::cross_checked({{"ap.txt", ap}, {"lemonde.txt", lemonde}});
    REQUIRE(r.stories.size() == 1);
    const group* age = group_of(r, 0, "15-year-old");
    REQUIRE(age);
    CHECK(age == group_of(r, 1, "fifteen-year-old"));
    CHECK(age->verdict == "agree");
}
