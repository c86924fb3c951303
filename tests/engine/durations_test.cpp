// Durations and speeds that say what they measure are compared (duration_frames.tsv): a fugitive's
// years on the run, how long a fire burned, how fast a bus went.
#include <catch2/catch.hpp>

#include "tests/engine/support.hpp"

using namespace claimcheck::engine;
using claimcheck::test::group_of;
using claimcheck::test::same_group;

TEST_CASE("durations: years on the run in two reports of one arrest", "[engine][reconcile][duration]") {
    const std::string reuters =
        "ROME (Reuters) - Italian police on Wednesday arrested Vincenzo Ferrara, a top boss of the Casalesi clan who "
        "had spent 16 years on the run, in a bunker beneath a house near Casapesenna.\n";
    const std::string afp =
        "NAPLES, Italy (AFP) - Italian police on Wednesday captured Vincenzo Ferrara, a powerful boss of the Casalesi "
        "clan, who had been on the run for 14 years, in a secret bunker under a house in Casapesenna.\n";
    report r = claimcheck::test::cross_checked({{"reuters.txt", reuters}, {"afp.txt", afp}});
    REQUIRE(r.stories.size() == 1);
    REQUIRE(same_group(r, 0, "16 years", 1, "14 years"));
    CHECK(group_of(r, 0, "16 years")->verdict == "discrepancy");
}

TEST_CASE("speeds: how fast the bus went, and a limit apart", "[engine][reconcile][speed]") {
    const std::string ap =
        "NEW YORK (AP) - A tour bus returning from a casino crashed on Interstate 95 in the Bronx on Saturday. The bus "
        "was traveling at least 78 mph when it veered off the road, state police said. The speed limit is 50 mph.\n";
    const std::string news =
        "NEW YORK - A tour bus returning from a casino crashed on Interstate 95 in the Bronx on Saturday. The bus was "
        "going 87 miles per hour in a 50 mph zone when it hit a guardrail, investigators said.\n";
    report r = claimcheck::test::cross_checked({{"ap.txt", ap}, {"news.txt", news}});
    REQUIRE(r.stories.size() == 1);
    REQUIRE(same_group(r, 0, "at least 78 mph", 1, "87 miles per hour"));
    CHECK(group_of(r, 0, "at least 78 mph")->verdict == "discrepancy");
    CHECK_FALSE(same_group(r, 0, "at least 78 mph", 1, "50 mph"));
}
