// A sum named by the noun after it: a buyout or a break-up fee is compared wherever the story gives
// it; a signing bonus or a purse is someone's, compared where the text says whose.
#include <catch2/catch.hpp>

#include "tests/engine/support.hpp"

using namespace claimcheck::engine;
using claimcheck::test::group_of;

TEST_CASE("sums: one player's signing bonus in two reports", "[engine][reconcile][sums]") {
    const std::string ap =
        "NEW YORK (AP) - Shortstop Rafael Alvarez agreed Tuesday to a 10-year contract with the Mets. Alvarez gets "
        "a $20 million signing bonus, the team said.\n";
    const std::string post =
        "NEW YORK - Shortstop Rafael Alvarez agreed Tuesday to a 10-year contract with the Mets. Alvarez will "
        "receive a $25 million signing bonus, according to a source.\n";
    report r = claimcheck::test::cross_checked({{"ap.txt", ap}, {"post.txt", post}});
    REQUIRE(r.stories.size() == 1);
    const group* bonus = group_of(r, 0, "$20 million");
    REQUIRE(bonus);
    CHECK(bonus == group_of(r, 1, "$25 million"));
    CHECK(bonus->verdict == "discrepancy");
}

TEST_CASE("sums: two fighters' purses are two sums", "[engine][reconcile][sums]") {
    const std::string ap =
        "LAS VEGAS (AP) - Marcus Reid beat Dmitri Volkov on points on Saturday. Reid earned a $5 million purse, "
        "the promoter said.\n";
    const std::string sun =
        "LAS VEGAS - Marcus Reid beat Dmitri Volkov on points on Saturday. Volkov earned an $8 million purse, the "
        "promoter said.\n";
    report r = claimcheck::test::cross_checked({{"ap.txt", ap}, {"sun.txt", sun}});
    const group* purse = group_of(r, 0, "$5 million");
    REQUIRE(purse);
    CHECK(purse->verdict != "discrepancy");
}

TEST_CASE("sums: the worth of stolen things is one value of the story", "[engine][reconcile][worth]") {
    const std::string afp =
        "PARIS (AFP) - Four armed men stole jewels worth 85 million euros from the Harry Winston store on avenue "
        "Montaigne on Thursday, police sources said.\n";
    const std::string ap =
        "PARIS (AP) - Armed robbers stole jewels worth an estimated 80 million euros Thursday from a Harry Winston "
        "jewelry store on the avenue Montaigne, police said.\n";
    report r = claimcheck::test::cross_checked({{"afp.txt", afp}, {"ap.txt", ap}});
    REQUIRE(r.stories.size() == 1);
    REQUIRE(claimcheck::test::same_group(r, 0, "85 million euros", 1, "an estimated 80 million euros"));
    CHECK(claimcheck::test::group_of(r, 0, "85 million euros")->verdict == "discrepancy");
}

TEST_CASE("sums: a sum stolen is the value of what was taken", "[engine][reconcile][worth]") {
    const std::string daily =
        "LAWRENCEVILLE, Ga. - Police said two men arrested this week are responsible for 48 burglaries in Gwinnett "
        "County that netted about $300,000 in jewelry, electronics and guns.\n";
    const std::string tv =
        "LAWRENCEVILLE, Ga. - Detectives said the two men arrested in Gwinnett County stole property worth an estimated "
        "$350,000 from homes in 48 burglaries.\n";
    report r = claimcheck::test::cross_checked({{"daily.txt", daily}, {"tv.txt", tv}});
    REQUIRE(r.stories.size() == 1);
    REQUIRE(claimcheck::test::same_group(r, 0, "about $300,000", 1, "an estimated $350,000"));
    CHECK(claimcheck::test::group_of(r, 0, "about $300,000")->verdict == "discrepancy");
}
