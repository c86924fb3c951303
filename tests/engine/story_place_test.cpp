// The story's own place scopes nothing ("killed 12 people in northwestern Colombia" and "A landslide
// in Colombia killed 14"), while a story of two places keeps both, and a fronted month tells of
// another event. Articles written for each rule.
#include <catch2/catch.hpp>

#include "tests/engine/support.hpp"

using namespace claimcheck::engine;
using claimcheck::test::group_of;
using claimcheck::test::same_group;


TEST_CASE("story place: the place every report names is no scope", "[engine][reconcile][place]") {
    const std::string ap =
        "Landslide kills 12 in Colombia\nMEDELLIN (AP) - A landslide killed 12 people in northwestern Colombia on "
        "Tuesday, officials said.\n";
    const std::string reuters =
        "MEDELLIN (Reuters) - A landslide in northwestern Colombia killed 14 people on Tuesday, officials said.\n";
    report r = claimcheck::test::cross_checked({{"ap.txt", ap}, {"reuters.txt", reuters}});
    REQUIRE(r.stories.size() == 1);
    CHECK(same_group(r, 0, "12 people", 1, "14 people"));
    const group* toll = group_of(r, 1, "14 people");
    REQUIRE(toll);
    CHECK(toll->verdict == "discrepancy");
}

TEST_CASE("story place: a story of two places named everywhere keeps both", "[engine][reconcile][place]") {
    const std::string ap =
        "BANGKOK (AP) - A powerful earthquake struck Myanmar and Thailand on Friday. The quake killed 144 people "
        "in Myanmar, officials said. It killed 10 people in Thailand, officials said.\n";
    const std::string reuters =
        "BANGKOK (Reuters) - A powerful earthquake hit Myanmar and Thailand on Friday, killing 144 people in "
        "Myanmar. In Thailand, the quake killed 10 people, officials said.\n";
    report r = claimcheck::test::cross_checked({{"ap.txt", ap}, {"reuters.txt", reuters}});
    REQUIRE(r.stories.size() == 1);
    CHECK_FALSE(same_group(r, 0, "144 people", 0, "10 people"));
    for (const auto& g : r.groups) CHECK(g.verdict != "discrepancy");
}

TEST_CASE("story place: a month that opens the sentence tells of another event", "[engine][reconcile][place]") {
    const std::string ap =
        "TROY, Mich. (AP) - A fired worker shot and killed a receptionist and wounded two others at a Detroit "
        "accounting firm on Monday, police said. In early March, a gunman shot and wounded three people at a "
        "printing facility near Los Angeles.\n";
    const std::string local =
        "TROY, Mich. - A gunman killed a receptionist and wounded two men at a Detroit accounting firm on Monday, "
        "police said.\n";
    report r = claimcheck::test::cross_checked({{"ap.txt", ap}, {"local.txt", local}});
    REQUIRE(r.stories.size() == 1);
    CHECK_FALSE(same_group(r, 0, "three people", 0, "two others"));
    for (const auto& g : r.groups) CHECK(g.verdict != "discrepancy");
}
