// Figures that differ only as their bounds allow agree ("nearly two dozen guns" and "23 guns",
// "more than $1 million" and "about $1.1 million"); a count so far ("at least 14") does not.
#include <catch2/catch.hpp>

#include "tests/engine/support.hpp"

using namespace claimcheck::engine;
using claimcheck::test::group_of;

TEST_CASE("bounds: a figure its bound holds agrees", "[engine][reconcile][bounds]") {
    const std::string ap =
        "PHOENIX (AP) - Agents seized nearly two dozen guns and about $1.1 million in cash in raids on Tuesday, the "
        "DEA said.\n";
    const std::string abc =
        "PHOENIX - Agents seized 23 guns and more than $1 million in cash in raids on Tuesday, the DEA said.\n";
    report r = claimcheck::test::cross_checked({{"ap.txt", ap}, {"abc.txt", abc}});
    REQUIRE(r.stories.size() == 1);
    const group* guns = group_of(r, 0, "nearly two dozen");
    REQUIRE(guns);
    CHECK(guns == group_of(r, 1, "23 guns"));
    CHECK(guns->verdict == "agree");
    CHECK(guns->relation == "within_bounds");
    const group* cash = group_of(r, 0, "about $1.1 million");
    REQUIRE(cash);
    CHECK(cash == group_of(r, 1, "more than $1 million"));
    CHECK(cash->verdict == "agree");
}

TEST_CASE("bounds: a count so far and a point past a tenth stay a discrepancy", "[engine][reconcile][bounds]") {
    const std::string ap =
        "KABUL (AP) - A suicide bomber killed at least 14 people at the Mandawi market in Kabul on Tuesday, Kabul "
        "police spokesman Khalid Zadran said. More than 60 people were wounded, Zadran said.\n";
    const std::string reuters =
        "KABUL (Reuters) - A suicide bomber killed 15 people at the Mandawi market in Kabul on Tuesday, Kabul "
        "police spokesman Khalid Zadran said. Some 75 people were wounded, Zadran said.\n";
    report r = claimcheck::test::cross_checked({{"ap.txt", ap}, {"reuters.txt", reuters}});
    REQUIRE(r.stories.size() == 1);
    const group* killed = group_of(r, 0, "at least 14");
    REQUIRE(killed);
    CHECK(killed == group_of(r, 1, "15 people"));
    CHECK(killed->verdict == "discrepancy");
    const group* wounded = group_of(r, 0, "More than 60");
    REQUIRE(wounded);
    CHECK(wounded->verdict == "discrepancy");  // 75 is more than 60, but past a tenth
}

TEST_CASE("bounds: a ceiling and a floor that meet agree", "[engine][reconcile][bounds]") {
    const std::string un =
        "YANGON (AP) - Fighting in Myanmar has displaced nearly 3.6 million people, the United Nations said on "
        "Monday.\n";
    const std::string afp =
        "YANGON (AFP) - Fighting in Myanmar has displaced more than 3.5 million people, the United Nations said on "
        "Monday.\n";
    report r = claimcheck::test::cross_checked({{"un.txt", un}, {"afp.txt", afp}});
    REQUIRE(r.stories.size() == 1);
    const group* g = group_of(r, 0, "nearly 3.6 million");
    REQUIRE(g);
    CHECK(g == group_of(r, 1, "more than 3.5 million"));
    CHECK(g->verdict == "agree");
    CHECK(g->relation == "within_bounds");
}
