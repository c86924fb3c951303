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
