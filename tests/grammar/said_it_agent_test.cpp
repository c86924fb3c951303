// The owner of a figure in the clause a named source opens with "it" or "they": "Intel Corp said
// last week it would cut up to 6,000 jobs" is Intel's cut, not the story's company's.
#include <catch2/catch.hpp>

#include "tests/grammar/doc.hpp"

using claimcheck::test::doc;

TEST_CASE("agents: a named source that says 'it would' owns its clause's figure", "[grammar][agent][attribution]") {
    doc intel{"Intel Corp said last week it would close plants in Malaysia and the Philippines and cut up to 6,000 jobs."};
    CHECK(intel.find("up to 6,000 jobs").agent == "intel");
    // a company's divisions and legal suffixes: one owner
    doc toyota{"Toyota Motor North America said Thursday it is recalling about 1.1 million vehicles."};
    CHECK(toyota.find("about 1.1 million").agent == "toyota");
    // a nationality before a body's name is no part of whose ("the Red Crescent" elsewhere)
    doc crescent{"The Iranian Red Crescent said it had distributed 5,000 tents."};
    CHECK(crescent.find("5,000 tents").agent == "red");
    // a body named by its nationality alone is its country's
    doc ministry{"The Russian Defence Ministry said it had shot down 57 drones."};
    CHECK(ministry.find("57 drones").agent == "russia");
    // a role names no one; a verb of counting owns nothing
    doc officials{"Officials said they had evacuated 3,000 people."};
    CHECK(officials.find("3,000 people").agent.empty());
    doc cases{"The WHO said it had recorded 300 cases."};
    CHECK(cases.find("300 cases").agent.empty());
}
