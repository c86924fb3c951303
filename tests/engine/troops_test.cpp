// Troops sent are troops deployed, and "more", "extra" and "additional" troops are one increase:
// the increase is compared with the increase, the new total with the new total.
#include <catch2/catch.hpp>

#include "tests/engine/support.hpp"

using namespace claimcheck::engine;
using claimcheck::test::group_of;

TEST_CASE("troops: more and additional troops sent are one increase", "[engine][reconcile][troops]") {
    const std::string ap =
        "WASHINGTON (AP) - President Obama will send 17,000 more U.S. troops to Afghanistan this spring, the "
        "White House said Tuesday, raising the American force there to about 55,000.\n";
    const std::string reuters =
        "WASHINGTON (Reuters) - President Obama will send 18,000 additional troops to Afghanistan this spring, "
        "the White House said on Tuesday, raising the American force there to about 55,000.\n";
    report r = claimcheck::test::cross_checked({{"ap.txt", ap}, {"reuters.txt", reuters}});
    REQUIRE(r.stories.size() == 1);
    const group* more = group_of(r, 0, "17,000 more");
    REQUIRE(more);
    CHECK(more == group_of(r, 1, "18,000 additional"));
    CHECK(more->verdict == "discrepancy");
    const group* total = group_of(r, 0, "about 55,000");
    REQUIRE(total);
    CHECK(total != more);
    CHECK(total->verdict == "agree");
}
