// Metric units of one dimension are compared as one unit (their values are exactly related);
// each figure is still told as written.
#include <catch2/catch.hpp>

#include "tests/engine/support.hpp"

using namespace claimcheck::engine;
using claimcheck::test::group_of;
using claimcheck::test::same_group;

TEST_CASE("metric units: tonnes and kilograms are one measure", "[engine][reconcile][units]") {
    const std::string reuters =
        "MADRID (Reuters) - Spanish police seized 1,200 kilograms of cocaine hidden in a shipment of bananas at the "
        "port of Algeciras and arrested nine people, the Interior Ministry said on Thursday.\n";
    const std::string bbc =
        "Spanish police have seized 1.1 tonnes of cocaine hidden in a shipment of bananas at the port of Algeciras, "
        "the Interior Ministry said. Nine people were arrested.\n";
    const std::string afp =
        "MADRID (AFP) - Spanish police seized 1.2 tonnes of cocaine hidden in a banana shipment at the port of "
        "Algeciras and arrested nine people, the Interior Ministry said on Thursday.\n";
    report r = claimcheck::test::cross_checked({{"reuters.txt", reuters}, {"bbc.txt", bbc}, {"afp.txt", afp}});
    REQUIRE(r.stories.size() == 1);
    REQUIRE(same_group(r, 0, "1,200 kilograms", 1, "1.1 tonnes"));
    const group* g = group_of(r, 0, "1,200 kilograms");
    CHECK(g->verdict == "discrepancy");
    CHECK(same_group(r, 0, "1,200 kilograms", 2, "1.2 tonnes"));
    // told as written, with each unit where the two differ
    CHECK(g->explanation.find("1.1 t") != std::string::npos);
    CHECK(g->explanation.find("1,200 kg") != std::string::npos);
}
