// Reports whose headlines name two different events (two fires, two hurricanes), neither named by
// the other, are two stories whatever figures they share.
#include <catch2/catch.hpp>

#include "engine/stories.hpp"
#include "tests/engine/support.hpp"

using namespace claimcheck::engine;

namespace {
const char* const park =
    "California's Park Fire grows to among largest in state history\n"
    "CHICO, Calif. (AP) - The Park Fire has destroyed at least 134 structures and forced more than 26,000 people "
    "to flee in Butte and Tehama counties, Cal Fire said on Sunday. Temperatures near 100 degrees fed the Park Fire.\n";
const char* const dixie =
    "Dixie Fire levels Greenville, becomes 3rd-largest fire in California history\n"
    "GREENVILLE, Calif. (AP) - The Dixie Fire destroyed at least 134 structures in Greenville and forced more than "
    "26,000 people to flee in Butte and Plumas counties, Cal Fire said on Friday. The Dixie Fire is the third-largest.\n";
const char* const park_again =
    "Park Fire: evacuations in Butte County\n"
    "CHICO - More than 26,000 people have been ordered to flee the Park Fire, which has destroyed 134 structures, "
    "officials said on Sunday. Crews expect the Park Fire to burn for weeks.\n";
}  // namespace

TEST_CASE("named events: two fires named in two headlines are two stories", "[engine][stories][events]") {
    report r = claimcheck::test::cross_checked({{"park.txt", park}, {"dixie.txt", dixie}, {"park2.txt", park_again}});
    auto story_of = [&](std::size_t doc) {
        for (std::size_t s = 0; s < r.stories.size(); ++s)
            if (std::count(r.stories[s].documents.begin(), r.stories[s].documents.end(), doc)) return s;
        return r.stories.size();
    };
    CHECK(story_of(0) == story_of(2));
    CHECK(story_of(0) != story_of(1));
}
