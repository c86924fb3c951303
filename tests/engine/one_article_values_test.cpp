// Two values one article gives of one measure are its own business, whoever said them: a
// discrepancy takes another report (session 13).
#include <catch2/catch.hpp>

#include "tests/engine/support.hpp"

using namespace claimcheck::engine;
using claimcheck::test::group_of;

TEST_CASE("one article's values: two sources in one report are no discrepancy", "[engine][reconcile]") {
    // (after a protest report: the police's count and the organisers' in one article)
    const std::string reuters =
        "HONG KONG (Reuters) - Protesters marched through Hong Kong on Sunday against the extradition bill. "
        "Police said 190,000 people marched, while the organisers said 1.03 million people marched.\n";
    const std::string afp =
        "HONG KONG (AFP) - Protesters marched through Hong Kong on Sunday against the extradition bill, "
        "which Carrie Lam has refused to withdraw, the organisers said.\n";
    report r = claimcheck::test::cross_checked({{"reuters.txt", reuters}, {"afp.txt", afp}});
    REQUIRE(r.stories.size() == 1);
    for (const char* figure : {"190,000 people", "1.03 million people"}) {
        const group* g = group_of(r, 0, figure);
        REQUIRE(g);
        CHECK(g->verdict != "discrepancy");
    }
}

TEST_CASE("one article's values: another report's figure is still compared with each", "[engine][reconcile]") {
    const std::string ap =
        "KYIV (AP) - Russia launched drones at Ukraine overnight. The air force said 145 drones were launched, "
        "while President Zelensky said 150 drones were launched.\n";
    const std::string cnn = "KYIV - Russia launched drones at Ukraine overnight. The air force said 145 drones were launched.\n";
    report r = claimcheck::test::cross_checked({{"ap.txt", ap}, {"cnn.txt", cnn}});
    REQUIRE(r.stories.size() == 1);
    const group* g = group_of(r, 0, "150 drones");
    REQUIRE(g);
    CHECK(g->verdict == "discrepancy");
}

TEST_CASE("one article's values: a group told as coming too is not held against the whole", "[engine][reconcile]") {
    // (after three reports of a prisoner swap: 185 soldiers and 20 civilians, 205 in all)
    const std::string afp =
        "KYIV (AFP) - Russia and Ukraine swapped prisoners of war on Thursday. Ukraine brought home 185 soldiers, "
        "and Kyiv also brought home 20 civilians, Zelensky said.\n";
    const std::string bbc =
        "KYIV - Russia and Ukraine swapped prisoners of war on Thursday. Ukraine brought home 205 people, "
        "Zelensky said.\n";
    const std::string ukrinform =
        "KYIV - Russia and Ukraine swapped prisoners of war on Thursday. Zelensky said 20 civilians had also "
        "been brought home.\n";
    report r = claimcheck::test::cross_checked({{"afp.txt", afp}, {"bbc.txt", bbc}, {"ukrinform.txt", ukrinform}});
    REQUIRE(r.stories.size() == 1);
    const group* g = group_of(r, 0, "20 civilians");
    REQUIRE(g);
    CHECK(g->verdict != "discrepancy");
    // the two reports of the 20 agree
    CHECK(claimcheck::test::same_group(r, 0, "20 civilians", 2, "20 civilians"));
}
