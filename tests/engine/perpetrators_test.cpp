// Who did the crime is one kind of person under its names: robbers, thieves and gunmen are
// counted as one thing, and not as the people the crime touched.
#include <catch2/catch.hpp>

#include "tests/engine/support.hpp"

using namespace claimcheck::engine;
using claimcheck::test::group_of;

TEST_CASE("perpetrators: robbers and thieves are one count", "[engine][reconcile][perpetrator]") {
    const std::string ap =
        "GENEVA (AP) - Four robbers armed with handguns stole jewels worth 85 million euros from a store in "
        "Geneva on Tuesday, police said. Two employees were treated for shock.\n";
    const std::string guardian =
        "Three thieves armed with handguns stole jewels worth 85 million euros from a Geneva store on "
        "Tuesday, police said. Two employees were treated for shock.\n";
    report r = claimcheck::test::cross_checked({{"ap.txt", ap}, {"guardian.txt", guardian}});
    REQUIRE(r.stories.size() == 1);
    const group* robbers = group_of(r, 0, "Four robbers");
    REQUIRE(robbers);
    CHECK(robbers == group_of(r, 1, "Three thieves"));
    CHECK(robbers->verdict == "discrepancy");
    // the employees are another count
    CHECK(group_of(r, 0, "Two employees") != robbers);
}

TEST_CASE("prisoners: prisoners are no soldiers, and political prisoners are a group of their own", "[engine][reconcile][perpetrator]") {
    const std::string reuters =
        "YANGON (Reuters) - Myanmar freed 3,073 prisoners on Tuesday in an amnesty ordered by President Thein "
        "Sein, the information ministry said. Crowds waited outside Insein prison, which holds about 10,350 inmates.\n";
    const std::string ap =
        "YANGON, Myanmar (AP) - In an amnesty ordered by President Thein Sein on Tuesday, 42 political prisoners "
        "were freed nationwide, the information ministry said. Crowds waited outside Insein prison, which holds "
        "about 10,350 inmates.\n";
    report r = claimcheck::test::cross_checked({{"reuters.txt", reuters}, {"ap.txt", ap}});
    REQUIRE(r.stories.size() == 1);
    const group* all = group_of(r, 0, "3,073 prisoners");
    REQUIRE(all);
    CHECK(all != group_of(r, 1, "42 political prisoners"));
    CHECK(all->verdict != "discrepancy");
}
