// A part that names nothing of its own ("including eight") is some of its whole, not another
// count of it; where a thing in flight was heading is its place.
#include <catch2/catch.hpp>

#include "tests/engine/support.hpp"

using namespace claimcheck::engine;
using claimcheck::test::group_of;
using claimcheck::test::same_group;

TEST_CASE("a part with its whole's noun meets no other report's whole", "[engine][reconcile][parts]") {
    const std::string reuters =
        "MOSCOW, Nov 24 (Reuters) - Russian air defences destroyed 44 Ukrainian drones overnight, the defence "
        "ministry said on Monday. Moscow Mayor Sergei Sobyanin said air defences had repelled an attack by eight "
        "drones flying towards the capital.\n";
    const std::string afp =
        "Moscow (AFP) - Russia said Monday its air defence systems had intercepted and destroyed 41 Ukrainian "
        "drones overnight over several regions, including eight that were heading for Moscow.\n";
    report r = claimcheck::test::cross_checked({{"reuters.txt", reuters}, {"afp.txt", afp}});
    REQUIRE(r.stories.size() == 1);
    // the two reports' totals are the discrepancy
    const group* total = group_of(r, 0, "44 Ukrainian drones");
    REQUIRE(total);
    CHECK(total->verdict == "discrepancy");
    CHECK(same_group(r, 0, "44 Ukrainian drones", 1, "41 Ukrainian"));
    // the eight of the 41 and the eight flying towards the capital are neither total
    CHECK_FALSE(same_group(r, 1, "eight", 0, "44 Ukrainian drones"));
    CHECK_FALSE(same_group(r, 0, "eight drones", 0, "44 Ukrainian drones"));
}

TEST_CASE("a part of a whole told without its number counts what befell it", "[engine][reconcile][parts]") {
    const std::string ap =
        "KYIV, Ukraine (AP) - Russia launched 477 drones and 60 missiles at Ukraine overnight. Air defenses shot "
        "down 219 of the drones and six of the missiles, the air force said in a statement.\n";
    const std::string kyiv =
        "KYIV - Russia launched 477 drones and 60 missiles overnight. Ukrainian air defense downed 211 drones "
        "and six missiles, the Air Force said.\n";
    report r = claimcheck::test::cross_checked({{"ap.txt", ap}, {"kyiv.txt", kyiv}});
    REQUIRE(r.stories.size() == 1);
    CHECK(claimcheck::test::same_group(r, 0, "219 of the drones", 1, "211 drones"));
    const group* g = group_of(r, 0, "219 of the drones");
    REQUIRE(g);
    CHECK(g->verdict == "discrepancy");
}

TEST_CASE("the dead of a toll stay a part of it", "[engine][reconcile][parts]") {
    const std::string ap =
        "KYIV, Ukraine (AP) - A Russian attack on Kyiv killed 28 people overnight, officials said. Twenty-three of "
        "the dead were killed when a missile hit a nine-storey apartment building.\n";
    const std::string afp =
        "Kyiv (AFP) - A Russian attack on Kyiv killed 28 people overnight, officials said on Tuesday.\n";
    report r = claimcheck::test::cross_checked({{"ap.txt", ap}, {"afp.txt", afp}});
    REQUIRE(r.stories.size() == 1);
    CHECK_FALSE(claimcheck::test::same_group(r, 0, "Twenty-three of the dead", 1, "28 people"));
}
