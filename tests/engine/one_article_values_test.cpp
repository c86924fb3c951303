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

TEST_CASE("one article's values: a part named beside its whole leaves the whole one value", "[engine][reconcile]") {
    const std::string reuters =
        "BANGKOK (Reuters) - Clashes broke out on the border on Thursday. Thai officials said 31 people had been "
        "wounded, including 24 civilians and seven soldiers.\n";
    const std::string post =
        "BANGKOK - Clashes broke out on the border on Thursday. Thai officials said 35 people had been wounded, "
        "including seven soldiers.\n";
    report r = claimcheck::test::cross_checked({{"reuters.txt", reuters}, {"post.txt", post}});
    REQUIRE(r.stories.size() == 1);
    const group* g = group_of(r, 0, "31 people");
    REQUIRE(g);
    CHECK(g == group_of(r, 1, "35 people"));
    CHECK(g->verdict == "discrepancy");
}

TEST_CASE("one article's values: the cash a company holds is not the cash it pays", "[engine][reconcile]") {
    const std::string release =
        "SANTA CLARA - Vantor will buy Helix for $410 million, including about $350 million in cash. The company "
        "had $2.1 billion in cash at the end of the quarter.\n";
    const std::string reuters =
        "SANTA CLARA (Reuters) - Vantor will buy Helix for $410 million and will pay $340 million in cash.\n";
    report r = claimcheck::test::cross_checked({{"release.txt", release}, {"reuters.txt", reuters}});
    REQUIRE(r.stories.size() == 1);
    const group* held = group_of(r, 0, "$2.1 billion");
    REQUIRE(held);
    CHECK(held->verdict != "discrepancy");
}
