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
    // "shot dead a 15-year-old boy" (killed) and "have left ... shaken after the death of
    // fifteen-year-old Karim Benali, shot by a police officer" (struck): one age
    const std::string ap =
        "VAULX-EN-VELIN, France (AP) - Youths torched cars and looted shops for a third straight night in this "
        "working-class suburb of Lyon after a police officer shot dead a 15-year-old boy during a traffic stop, "
        "officials said Tuesday. Police said 214 cars were burned in Vaulx-en-Velin.\n";
    const std::string lemonde =
        "Three nights of rioting have left the Lyon suburb of Vaulx-en-Velin shaken after the death of "
        "fifteen-year-old Karim Benali, shot by a police officer on Saturday morning. Police said 214 cars were "
        "burned in Vaulx-en-Velin.\n";
    report r = claimcheck::test::cross_checked({{"ap.txt", ap}, {"lemonde.txt", lemonde}});
    REQUIRE(r.stories.size() == 1);
    const group* age = group_of(r, 0, "15-year-old");
    REQUIRE(age);
    CHECK(age == group_of(r, 1, "fifteen-year-old"));
    CHECK(age->verdict == "agree");
}

TEST_CASE("ages: two named people of one age are two figures", "[engine][reconcile][ages]") {
    const std::string a = "Two men stabbed\n\nRyan Tate, 24, and Dean Pritchard, 24, died in the attack in Leeds.\n";
    const std::string b = "Leeds stabbing\n\nRyan Tate, 24, and Dean Pritchard, 24, were stabbed in the attack in Leeds.\n";
    report r = claimcheck::test::cross_checked({{"a.txt", a}, {"b.txt", b}});
    REQUIRE(r.stories.size() == 1);
    const auto& claims = r.documents[0].claims;
    REQUIRE(claims.size() >= 2);
    // each man's age agrees with his own in the other report, not with the other man's
    std::vector<const group*> groups;
    for (const auto& g : r.groups)
        if (g.verdict == "agree") groups.push_back(&g);
    std::size_t ages = 0;
    for (const auto* g : groups)
        if (g->claims.size() == 2) ++ages;
    CHECK(ages == 2);
}
