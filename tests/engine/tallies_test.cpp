// Two reports of one vote that give different tallies disagree; the House's tally is never
// compared with the Senate's, nor one without a body named with either.
#include <catch2/catch.hpp>

#include "tests/engine/support.hpp"

using namespace claimcheck::engine;
using claimcheck::test::group_of;

TEST_CASE("tallies: one chamber's vote in two reports is compared count by count", "[engine][reconcile][tally]") {
    const std::string ap =
        "WASHINGTON (AP) - The House on Friday passed President Obama's $787 billion stimulus bill 246-183, "
        "with no Republican support. The Senate approved it 60-38 hours later.\n";
    const std::string nyt =
        "WASHINGTON - The House voted 244 to 188 on Friday to pass President Obama's $787 billion stimulus "
        "bill. The Senate approved the measure 60-38 late Friday night.\n";
    report r = claimcheck::test::cross_checked({{"ap.txt", ap}, {"nyt.txt", nyt}});
    REQUIRE(r.stories.size() == 1);
    const group* house_for = group_of(r, 0, "246");
    REQUIRE(house_for);
    CHECK(house_for == group_of(r, 1, "244"));
    CHECK(house_for->verdict == "discrepancy");
    const group* house_against = group_of(r, 0, "183");
    REQUIRE(house_against);
    CHECK(house_against == group_of(r, 1, "188"));
    CHECK(house_against->verdict == "discrepancy");
    // the Senate's 60-38 agrees, apart from the House's counts
    const group* senate_for = group_of(r, 0, "60");
    REQUIRE(senate_for);
    CHECK(senate_for == group_of(r, 1, "60"));
    CHECK(senate_for->verdict == "agree");
    CHECK(senate_for != house_for);
    CHECK(group_of(r, 0, "38") != house_against);
}

TEST_CASE("tallies: a tally that names no body is listed, not compared", "[engine][reconcile][tally]") {
    const std::string a =
        "BERLIN (Reuters) - The proposal to extend the mission passed 401-152 on Thursday, officials said.\n";
    const std::string b =
        "BERLIN (AP) - A proposal to extend the mission was approved 390-160 on Thursday, officials said.\n";
    report r = claimcheck::test::cross_checked({{"a.txt", a}, {"b.txt", b}});
    const group* first = group_of(r, 0, "401");
    REQUIRE(first);
    CHECK(first->verdict != "discrepancy");
}

TEST_CASE("tallies: votes on two motions are two measures", "[engine][reconcile][tally]") {
    const std::string bbc =
        "LONDON - MPs have rejected Theresa May's Brexit deal by 432 votes to 202, the largest defeat for a sitting "
        "government in history, the Commons Speaker said on Tuesday.\n";
    const std::string guardian =
        "LONDON - Theresa May's government has survived a vote of no confidence by 325 votes to 306, "
        "a day after MPs rejected her Brexit deal, the Commons Speaker said.\n";
    report r = claimcheck::test::cross_checked({{"bbc.txt", bbc}, {"guardian.txt", guardian}});
    const group* deal = group_of(r, 0, "432 votes");
    REQUIRE(deal);
    CHECK(deal->verdict != "discrepancy");
    CHECK(deal != group_of(r, 1, "306"));
    const group* confidence = group_of(r, 1, "325 votes");
    REQUIRE(confidence);
    CHECK(confidence->verdict != "discrepancy");
}
