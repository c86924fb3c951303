// Percentages are compared by what they measure: two reports' unemployment rates disagree; one
// party's share is not another's, nor a change a level.
#include <catch2/catch.hpp>

#include "tests/engine/support.hpp"

using namespace claimcheck::engine;
using claimcheck::test::group_of;

TEST_CASE("percent: one statistic in two reports is compared", "[engine][reconcile][percent]") {
    const std::string wire =
        "WELLINGTON, Oct 9 (Reuters) - New Zealand's central bank cut its official cash rate by 50 basis points "
        "on Wednesday. The unemployment rate rose to 4.6% in the June quarter, and Governor Adrian Orr said the "
        "labour market was softening.\n";
    const std::string local =
        "WELLINGTON - The Reserve Bank of New Zealand cut the official cash rate by 50 basis points on Wednesday. "
        "The unemployment rate climbed to 4.8 percent in the June quarter, and Governor Adrian Orr said the "
        "labour market was softening.\n";
    report r = claimcheck::test::cross_checked({{"wire.txt", wire}, {"local.txt", local}});
    REQUIRE(r.stories.size() == 1);
    const group* g = group_of(r, 0, "4.6%");
    REQUIRE(g);
    CHECK(g == group_of(r, 1, "4.8 percent"));
    CHECK(g->verdict == "discrepancy");
}

TEST_CASE("percent: whose share, and a change against a level", "[engine][reconcile][percent]") {
    const std::string a =
        "HANOVER (Reuters) - The Social Democrats won 34.2% of the vote in Lower Saxony on Sunday, and the "
        "Christian Democrats won 29.8%. Novaris shares jumped 36% in premarket trading.\n";
    const std::string b =
        "HANOVER (dpa) - The Christian Democrats won 28.1% of the vote on Sunday, behind the Social Democrats "
        "in Lower Saxony's election. Novaris shares rose 34.8 per cent by midday.\n";
    report r = claimcheck::test::cross_checked({{"a.txt", a}, {"b.txt", b}});
    const group* spd = group_of(r, 0, "34.2%");
    REQUIRE(spd);
    CHECK(spd->verdict != "discrepancy");
    const group* cdu = group_of(r, 0, "29.8%");
    REQUIRE(cdu);
    // the CDU's two shares are compared; the SPD's is not one of them
    CHECK(cdu == group_of(r, 1, "28.1%"));
    CHECK(cdu->verdict == "discrepancy");
    CHECK(cdu != spd);
    // shares move by the hour: a premarket jump and a midday rise are not compared
    const group* premarket = group_of(r, 0, "36%");
    REQUIRE(premarket);
    CHECK(premarket->verdict != "discrepancy");
}
