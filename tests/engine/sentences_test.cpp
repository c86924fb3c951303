// A prison sentence is the sentenced person's, named by surname, and is compared across reports;
// the most a defendant faces is no sentence. Articles written for the rule.
#include <catch2/catch.hpp>

#include "tests/engine/support.hpp"

using namespace claimcheck::engine;
using claimcheck::test::group_of;

TEST_CASE("sentences: two reports of one sentencing that differ are flagged", "[engine][reconcile][sentence]") {
    const std::string reuters =
        "OSLO (Reuters) - Former banker Erik Halvorsen, 58, was sentenced to 12 years in prison on Tuesday for a "
        "$47 million fraud, prosecutors said. He had faced up to 20 years in prison.\n";
    const std::string ap =
        "OSLO (AP) - A judge on Tuesday sentenced Halvorsen to 10 years in prison for the $47 million fraud, "
        "prosecutors said.\n";
    report r = claimcheck::test::cross_checked({{"reuters.txt", reuters}, {"ap.txt", ap}});
    REQUIRE(r.stories.size() == 1);
    const group* sentence = group_of(r, 0, "12 years");
    REQUIRE(sentence);
    CHECK(sentence == group_of(r, 1, "10 years"));
    CHECK(sentence->verdict == "discrepancy");
    // the most he faced is not set against what he got
    const group* most = group_of(r, 0, "up to 20 years");
    REQUIRE(most);
    CHECK(most != sentence);
}

TEST_CASE("sentences: two defendants' sentences are two measures", "[engine][reconcile][sentence]") {
    const std::string ap =
        "OSLO (AP) - An Oslo judge on Tuesday sentenced Halvorsen to 12 years in prison and Berg to eight years "
        "in prison for the Nordvik Capital fraud, prosecutors said.\n";
    const std::string local =
        "OSLO - Halvorsen was sentenced to 12 years in prison on Tuesday for the Nordvik Capital fraud. Berg was "
        "sentenced to eight years in prison, prosecutors in Oslo said.\n";
    report r = claimcheck::test::cross_checked({{"ap.txt", ap}, {"local.txt", local}});
    REQUIRE(r.stories.size() == 1);
    const group* halvorsen = group_of(r, 0, "12 years");
    REQUIRE(halvorsen);
    CHECK(halvorsen->verdict == "agree");
    CHECK(halvorsen != group_of(r, 1, "eight years"));
}

TEST_CASE("sentences: a day after the verb, and a sentence to spend or serve, are the person's", "[engine][reconcile][sentence]") {
    const std::string ap =
        "PHOENIX (AP) - Derek Sandoval was sentenced Friday to 12 years in prison for the stabbing death of a "
        "Mesa bartender, prosecutors said.\n";
    const std::string local =
        "PHOENIX - Derek Sandoval will spend 15 years in prison for the stabbing death of a Mesa bartender, a "
        "judge ruled Friday.\n";
    report r = claimcheck::test::cross_checked({{"ap.txt", ap}, {"local.txt", local}});
    REQUIRE(r.stories.size() == 1);
    const group* sentence = claimcheck::test::group_of(r, 0, "12 years");
    REQUIRE(sentence);
    CHECK(sentence == claimcheck::test::group_of(r, 1, "15 years"));
    CHECK(sentence->verdict == "discrepancy");
}

TEST_CASE("sentences: bail by any of its words is one sum", "[engine][reconcile][sentence]") {
    const std::string sun =
        "FORT LAUDERDALE - A Broward judge set bail at $250,000 on Tuesday for Kevin Marsh, the driver charged "
        "in the hit-and-run death of an 8-year-old girl.\n";
    const std::string tv =
        "FORT LAUDERDALE - Kevin Marsh, the driver charged in the hit-and-run death of an 8-year-old girl, is "
        "being held on $500,000 bond, a Broward judge ruled Tuesday.\n";
    report r = claimcheck::test::cross_checked({{"sun.txt", sun}, {"tv.txt", tv}});
    REQUIRE(r.stories.size() == 1);
    const group* bail = claimcheck::test::group_of(r, 0, "$250,000");
    REQUIRE(bail);
    CHECK(bail == claimcheck::test::group_of(r, 1, "$500,000"));
    CHECK(bail->verdict == "discrepancy");
}
