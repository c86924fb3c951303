// A noun that names what happened ("45 deaths", "500 layoffs") meets the verb that says it
// ("killed 47 people", "will lay off 500 workers"): articles written for each rule.
#include <catch2/catch.hpp>

#include "tests/engine/support.hpp"

using namespace claimcheck::engine;
using claimcheck::test::group_of;

TEST_CASE("fate nouns: deaths meet people killed", "[engine][reconcile][fate]") {
    const std::string ap =
        "JAKARTA (AP) - A landslide in West Java buried a village on Tuesday, killing 47 people, the "
        "disaster agency said. Rescuers were still searching the mud on Wednesday.\n";
    const std::string local =
        "A landslide that buried a West Java village on Tuesday caused 45 deaths, according to the "
        "disaster agency. Rescuers were searching the mud.\n";
    report r = claimcheck::test::cross_checked({{"ap.txt", ap}, {"local.txt", local}});
    REQUIRE(r.stories.size() == 1);
    const group* killed = group_of(r, 0, "47 people");
    REQUIRE(killed);
    CHECK(killed == group_of(r, 1, "45 deaths"));
    CHECK(killed->verdict == "discrepancy");
}

TEST_CASE("fate nouns: workers laid off are jobs cut", "[engine][reconcile][fate]") {
    const std::string reuters =
        "DETROIT (Reuters) - Carmaker Dalton Motors will lay off 1,200 workers at its Ohio plant, the "
        "company said on Monday, blaming weak demand for electric trucks.\n";
    const std::string ap =
        "Dalton Motors announced 1,200 layoffs at its Ohio plant on Monday, blaming weak demand for "
        "electric trucks, the company said.\n";
    report r = claimcheck::test::cross_checked({{"reuters.txt", reuters}, {"ap.txt", ap}});
    REQUIRE(r.stories.size() == 1);
    const group* laid_off = group_of(r, 0, "1,200 workers");
    REQUIRE(laid_off);
    CHECK(laid_off == group_of(r, 1, "1,200 layoffs"));
    CHECK(laid_off->verdict == "agree");
}
