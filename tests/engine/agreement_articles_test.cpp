// An agreement takes two articles: a headline and its own lead that give one figure are one report
// of it. Articles written for the rule.
#include <catch2/catch.hpp>

#include "tests/engine/support.hpp"

using namespace claimcheck::engine;
using claimcheck::test::group_of;

TEST_CASE("agreements: one article repeating its figure is a single report", "[engine][reconcile][agree]") {
    const std::string ap =
        "Landslide kills 12 in Colombia\nMEDELLIN (AP) - A landslide in northwestern Colombia killed 12 people on "
        "Tuesday, officials said. Rescuers searched for 30 missing people.\n";
    const std::string reuters =
        "MEDELLIN (Reuters) - A landslide in northwestern Colombia killed 14 people on Tuesday, officials said. "
        "About 30 people were missing.\n";
    report r = claimcheck::test::cross_checked({{"ap.txt", ap}, {"reuters.txt", reuters}});
    REQUIRE(r.stories.size() == 1);
    // the toll: two articles that differ
    const group* toll = group_of(r, 1, "14 people");
    REQUIRE(toll);
    CHECK(toll->verdict == "discrepancy");
    // the missing: two articles that agree, counted by article
    const group* missing = group_of(r, 1, "About 30 people");
    REQUIRE(missing);
    CHECK(missing->verdict == "agree");
    CHECK(missing->explanation == "2 reports give 30");
}

TEST_CASE("agreements: a headline and its lead alone agree with no one", "[engine][reconcile][agree]") {
    const std::string ap =
        "Landslide kills 12 in Colombia\nMEDELLIN (AP) - A landslide killed 12 people in northwestern Colombia on "
        "Tuesday, officials said.\n";
    const std::string reuters =
        "MEDELLIN (Reuters) - A landslide hit northwestern Colombia on Tuesday, officials said. Rescuers were "
        "searching for survivors.\n";
    report r = claimcheck::test::cross_checked({{"ap.txt", ap}, {"reuters.txt", reuters}});
    REQUIRE(r.stories.size() == 1);
    const group* toll = group_of(r, 0, "12 people");
    REQUIRE(toll);
    CHECK(toll->verdict == "single");
    CHECK(toll->claims.size() == 2);
}
