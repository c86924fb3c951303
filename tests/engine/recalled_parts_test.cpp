// Figures that look like a second report of the same count and are not: a figure of an earlier
// year, a capacity, and a whole whose part another report restates. Articles written for each rule.
#include <catch2/catch.hpp>

#include "tests/engine/support.hpp"

using namespace claimcheck::engine;
using claimcheck::test::group_of;

namespace {

report check(const std::vector<std::pair<std::string, std::string>>& articles) {
    return claimcheck::test::cross_checked(articles);
}

/// Whether a discrepancy group of the report holds a claim of document `doc` starting with `words`.
bool flagged(const report& r, std::size_t doc, const std::string& words) {
    const group* g = group_of(r, doc, words);
    return g && g->verdict == "discrepancy";
}

}  // namespace

TEST_CASE("recalled: a figure set in an earlier year meets no figure of today's event", "[engine][reconcile]") {
    const std::string ap =
        "Five inmates escaped from the Tattnall Ridge State Prison in Georgia on Sunday, officials said. "
        "In 2018, three inmates escaped from the same prison.\n";
    const std::string local =
        "Five inmates broke out of Tattnall Ridge State Prison in Georgia on Sunday. Three inmates were "
        "still at large on Monday, the sheriff said.\n";
    report r = check({{"ap.txt", ap}, {"local.txt", local}});
    REQUIRE(r.stories.size() == 1);
    const group* recalled = group_of(r, 0, "three inmates");
    REQUIRE(recalled);
    CHECK(recalled != group_of(r, 1, "Three inmates"));
    CHECK(recalled->verdict == "single");
}

TEST_CASE("recalled: a ferry's licensed capacity is not the number it carried", "[engine][reconcile]") {
    const std::string reuters =
        "MANILA (Reuters) - A passenger ferry carrying 142 passengers capsized off Cebu on Tuesday, the coast "
        "guard said.\n";
    const std::string ap =
        "MANILA (AP) - A ferry capsized off Cebu on Tuesday. The ferry was licensed to carry 200 passengers, "
        "the coast guard said.\n";
    report r = check({{"reuters.txt", reuters}, {"ap.txt", ap}});
    REQUIRE(r.stories.size() == 1);
    CHECK_FALSE(flagged(r, 0, "142 passengers"));
    CHECK_FALSE(flagged(r, 1, "200 passengers"));
}

TEST_CASE("parts: a whole is not set against another report of its part", "[engine][reconcile]") {
    // one party's 78 of the parliament's 151 seats; the other report gives the 78 alone
    const std::string reuters =
        "VELSK (Reuters) - The Civic Renewal Party won an outright majority in Sunday's parliamentary election in "
        "Marenia, taking 78 of the 151 seats, the Central Electoral Commission said.\n";
    const std::string ap = "Marenia's ruling party secures 78 seats\n\nVELSK (AP) - The Civic Renewal Party of Marenia "
                           "claimed victory on Monday after Sunday's parliamentary election.\n";
    report r = check({{"reuters.txt", reuters}, {"ap.txt", ap}});
    REQUIRE(r.stories.size() == 1);
    CHECK_FALSE(flagged(r, 0, "151 seats"));
    CHECK_FALSE(flagged(r, 1, "78 seats"));
}

TEST_CASE("parts: 'one ... and three others' with one verb are parts of the four", "[engine][reconcile]") {
    const std::string afp =
        "LYON (AFP) - Four hostages were injured when police stormed the Banque Rhodanienne branch on Rue Garibaldi "
        "on Friday, ending a nine-hour siege, Lyon prosecutor Marc Vernet said.\n";
    const std::string ap =
        "LYON (AP) - One hostage was seriously injured and three others suffered minor injuries when police "
        "stormed the Banque Rhodanienne branch on Rue Garibaldi on Friday, Lyon prosecutor Marc Vernet said.\n";
    report r = check({{"afp.txt", afp}, {"ap.txt", ap}});
    REQUIRE(r.stories.size() == 1);
    CHECK_FALSE(flagged(r, 0, "Four hostages"));
    CHECK_FALSE(flagged(r, 1, "One hostage"));
    // the others keep their verb apart: "one was killed and two others wounded" is the toll
    const auto& one = r.documents[1].claims.front();
    CHECK(one.partitive == "with others");
}

TEST_CASE("parts: the figures a running total sums up are its parts", "[engine][reconcile]") {
    const std::string reuters =
        "LYON (Reuters) - Police stormed the Banque Rhodanienne branch on Rue Garibaldi on Friday, Lyon prosecutor "
        "Marc Vernet said. Three suspects were arrested, police said.\n";
    const std::string ap =
        "LYON (AP) - Police stormed the Banque Rhodanienne branch on Rue Garibaldi on Friday, Lyon prosecutor Marc "
        "Vernet said. Two suspects were arrested inside the bank and a third was detained later in a car nearby, "
        "police said, bringing the number of arrests to three.\n";
    report r = check({{"reuters.txt", reuters}, {"ap.txt", ap}});
    REQUIRE(r.stories.size() == 1);
    CHECK_FALSE(flagged(r, 1, "Two suspects"));
    CHECK_FALSE(flagged(r, 0, "Three suspects"));
}

TEST_CASE("money: a sum named by what it is for is compared whatever the verb", "[engine][reconcile]") {
    const std::string reuters =
        "FRANKFURT (Reuters) - Norland Motors expects to book $420 million in severance for the 6,500 job cuts, "
        "the carmaker said on Tuesday.\n";
    const std::string ap =
        "FRANKFURT (AP) - Norland Motors would pay $450 million in severance payments for the 6,500 job cuts, the "
        "carmaker said on Tuesday.\n";
    report r = check({{"reuters.txt", reuters}, {"ap.txt", ap}});
    REQUIRE(r.stories.size() == 1);
    const group* g = group_of(r, 0, "$420 million");
    REQUIRE(g);
    CHECK(g == group_of(r, 1, "$450 million"));
    CHECK(g->verdict == "discrepancy");
}

TEST_CASE("rescued: people pulled from the water are the rescued of another report", "[engine][reconcile]") {
    const std::string reuters =
        "MANILA (Reuters) - A passenger ferry capsized off Cebu on Tuesday. Rescuers pulled 97 people from the water, "
        "the Philippine coast guard said.\n";
    const std::string ap =
        "MANILA (AP) - A passenger ferry capsized off Cebu on Tuesday. The Philippine coast guard said 103 people had "
        "been rescued.\n";
    report r = check({{"reuters.txt", reuters}, {"ap.txt", ap}});
    REQUIRE(r.stories.size() == 1);
    const group* g = group_of(r, 0, "97 people");
    REQUIRE(g);
    CHECK(g == group_of(r, 1, "103 people"));
    CHECK(g->verdict == "discrepancy");
}

TEST_CASE("rescued: where people were rescued from is no scope of the count", "[engine][reconcile]") {
    const std::string reuters =
        "SINGAPORE (Reuters) - The tanker Sea Meridian collided with a cargo ship off Singapore on Tuesday. The coast "
        "guard rescued 22 crew members from the Sea Meridian, the port authority said.\n";
    const std::string ap =
        "SINGAPORE (AP) - The tanker Sea Meridian collided with a cargo ship off Singapore on Tuesday. All 24 crew were "
        "rescued, the port authority said.\n";
    report r = check({{"reuters.txt", reuters}, {"ap.txt", ap}});
    REQUIRE(r.stories.size() == 1);
    const group* g = group_of(r, 0, "22 crew");
    REQUIRE(g);
    CHECK(g == group_of(r, 1, "24 crew"));
    CHECK(g->verdict == "discrepancy");
}

TEST_CASE("ages: one named person's differing ages are a discrepancy, two people's are not", "[engine][reconcile]") {
    const std::string ap =
        "COLUMBUS, Ohio (AP) - Jacob Brandt, 29, was convicted on Friday of killing Harold Simms, 78, and his wife, "
        "Doris Simms, 76, in their Westerville home, prosecutors said.\n";
    const std::string local =
        "COLUMBUS, Ohio - A jury convicted Jacob Brandt, 29, of the Westerville murders of Harold Simms, 78, and Doris "
        "Simms, 77, prosecutors said on Friday.\n";
    report r = check({{"ap.txt", ap}, {"local.txt", local}});
    REQUIRE(r.stories.size() == 1);
    const group* g = group_of(r, 0, "76");
    REQUIRE(g);
    CHECK(g == group_of(r, 1, "77"));
    CHECK(g->verdict == "discrepancy");
    // the husband's 78 is not set against the wife's age, and the two 78s agree
    const group* husband = group_of(r, 0, "78");
    REQUIRE(husband);
    CHECK(husband != g);
    CHECK(husband == group_of(r, 1, "78"));
}

TEST_CASE("sources: a name with accents is read whole and printed as the article spells it", "[engine][attribution]") {
    // the grammars read folded ASCII ("Jose Alvarez"); before, "said José Álvarez" named "Jos"
    report r = check({{"a.txt", "The fire killed 3 people, said Jos\xC3\xA9 \xC3\x81lvarez.\n"}});
    REQUIRE(r.documents.size() == 1);
    REQUIRE(r.documents[0].claims.size() == 1);
    const auto& c = r.documents[0].claims[0];
    REQUIRE(c.source);
    CHECK(c.source->source == "Jos\xC3\xA9 \xC3\x81lvarez");
}
