// The price of an acquisition is the bought company's: reports that differ on it are flagged,
// its cash part is compared only with the cash part, and "in cash and stock" is the whole price.
// Articles written for the rule.
#include <catch2/catch.hpp>

#include "tests/engine/support.hpp"

using namespace claimcheck::engine;
using claimcheck::test::group_of;

TEST_CASE("acquisition price: two reports of one deal that differ on the price", "[engine][reconcile][price]") {
    const std::string reuters =
        "SAN JOSE (Reuters) - Chipmaker Harborview agreed to buy Texas start-up Lumisil for $420 million, the "
        "companies said on Monday.\n";
    const std::string blog =
        "Harborview said on Monday it agreed to buy Texas start-up Lumisil for $400 million, the companies said.\n";
    report r = claimcheck::test::cross_checked({{"reuters.txt", reuters}, {"blog.txt", blog}});
    REQUIRE(r.stories.size() == 1);
    const group* price = group_of(r, 0, "$420 million");
    REQUIRE(price);
    CHECK(price == group_of(r, 1, "$400 million"));
    CHECK(price->verdict == "discrepancy");
}

TEST_CASE("acquisition price: the cash part and the whole paid in cash and stock", "[engine][reconcile][price]") {
    const std::string ap =
        "AMD will pay $334 million in cash and stock for SeaMicro, the company said. AMD is paying $281 million "
        "in cash for SeaMicro, the chief executive said.\n";
    const std::string wire =
        "AMD to buy SeaMicro for $334 million, the company said. The deal includes $281 million in cash.\n";
    report r = claimcheck::test::cross_checked({{"ap.txt", ap}, {"wire.txt", wire}});
    REQUIRE(r.stories.size() == 1);
    const group* whole = group_of(r, 0, "$334 million");
    REQUIRE(whole);
    CHECK(whole == group_of(r, 1, "$334 million"));
    CHECK(whole->verdict == "agree");
    const group* cash = group_of(r, 0, "$281 million");
    REQUIRE(cash);
    CHECK(cash != whole);
    CHECK(cash->verdict != "discrepancy");
}

TEST_CASE("acquisition price: picking up a company is buying it, and where it is based is not its name", "[engine][reconcile][price]") {
    const std::string reuters =
        "SAN JOSE (Reuters) - Qualtron said on Tuesday it would acquire Lumisil, an Austin chip designer, for $420 "
        "million, the company said.\n";
    const std::string blog =
        "Qualtron announced on Tuesday that it's picking up Austin-based Lumisil for $400 million, the company said.\n";
    report r = claimcheck::test::cross_checked({{"reuters.txt", reuters}, {"blog.txt", blog}});
    REQUIRE(r.stories.size() == 1);
    const group* price = group_of(r, 1, "$400 million");
    REQUIRE(price);
    CHECK(price == group_of(r, 0, "$420 million"));
    CHECK(price->verdict == "discrepancy");
}
