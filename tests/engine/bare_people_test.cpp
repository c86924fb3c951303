// People of whom a report says nothing but that they are people are no one measure (session 13).
#include <catch2/catch.hpp>

#include "tests/engine/support.hpp"

using namespace claimcheck::engine;
using claimcheck::test::group_of;

TEST_CASE("bare people: an influx, a camp and a toll told only as people are not compared", "[engine][reconcile]") {
    // (after a Burundi refugee report: the 33,000 came in, the 6,000 are in a camp, the three died;
    // verbs the lexicon does not know must not leave the three figures one measure)
    const std::string afp =
        "BUJUMBURA (AFP) - Fighting in eastern Congo has driven refugees into Burundi, the UN said on Friday. "
        "Some 6,000 people have gathered in a transit camp near the border, officials said.\n";
    const std::string aljazeera =
        "BUJUMBURA - Fighting in eastern Congo has driven refugees into Burundi, the UN said on Friday. "
        "About 33,000 people have poured into Burundi in seven days, and at least three people perished in the "
        "river, the UN said.\n";
    report r = claimcheck::test::cross_checked({{"afp.txt", afp}, {"aljazeera.txt", aljazeera}});
    REQUIRE(r.stories.size() == 1);
    for (const auto& [doc, figure] : {std::pair<std::size_t, const char*>{0, "Some 6,000 people"}, {1, "About 33,000 people"}}) {
        const group* g = group_of(r, doc, figure);
        REQUIRE(g);
        CHECK(g->verdict != "discrepancy");
    }
}

TEST_CASE("bare people: people a verb acts on are still compared", "[engine][reconcile]") {
    const std::string cnn =
        "KYIV - Russia and Ukraine will trade prisoners of war. A prisoner swap is set for Wednesday, involving "
        "175 individuals, officials said.\n";
    const std::string draft =
        "KYIV - Russia and Ukraine will trade prisoners of war. A prisoner swap is set for Wednesday, involving "
        "180 individuals, officials said.\n";
    report r = claimcheck::test::cross_checked({{"cnn.txt", cnn}, {"draft.txt", draft}});
    REQUIRE(r.stories.size() == 1);
    const group* g = group_of(r, 0, "175 individuals");
    REQUIRE(g);
    CHECK(g->verdict == "discrepancy");
}

TEST_CASE("bare people: people named by what they are are still compared", "[engine][reconcile]") {
    const std::string ap =
        "ATLANTA (AP) - Senator John Doe died on Monday at 81. He is survived by his wife and five children, "
        "his office said.\n";
    const std::string register_ =
        "ATLANTA - Senator John Doe died on Monday at 81. He is survived by his wife and four children, his "
        "office said.\n";
    report r = claimcheck::test::cross_checked({{"ap.txt", ap}, {"register.txt", register_}});
    REQUIRE(r.stories.size() == 1);
    const group* g = group_of(r, 0, "five children");
    REQUIRE(g);
    CHECK(g->verdict == "discrepancy");
}

TEST_CASE("bare people: the killed a headline names after a list of weapons are people", "[engine][reconcile]") {
    const std::string reuters =
        "Russia hits Ukraine with 145 drones, four ballistic missiles; two killed in Kharkiv\n"
        "KYIV (Reuters) - Russia launched 145 drones and four ballistic missiles at Ukraine overnight, the air force "
        "said on Wednesday.\n";
    const std::string ap =
        "KYIV (AP) - Russia launched 145 drones and four ballistic missiles at Ukraine overnight, the air force said "
        "on Wednesday. Two people were killed in Kharkiv, the governor said.\n";
    report r = claimcheck::test::cross_checked({{"reuters.txt", reuters}, {"ap.txt", ap}});
    REQUIRE(r.stories.size() == 1);
    CHECK(claimcheck::test::same_group(r, 0, "two", 1, "Two people"));
}

TEST_CASE("bare people: trucks of an unknown verb and places spread over are no measure", "[engine][reconcile][trucks]") {
    const std::string ap =
        "GAZA (AP) - The United Nations said 137 trucks of goods were unloaded on Friday, the largest humanitarian "
        "convoy since the start of the war. The strikes hit targets in five districts.\n";
    const std::string bbc =
        "Aid reached Gaza on Friday. Egyptian officials said 196 lorries crossed on Friday, while the UN said 137 "
        "trucks had been offloaded by its agencies. Strikes hit targets in nine districts.\n";
    report r = claimcheck::test::cross_checked({{"ap.txt", ap}, {"bbc.txt", bbc}});
    REQUIRE(r.stories.size() == 1);
    const group* g = group_of(r, 1, "196 lorries");
    CHECK((!g || g->verdict != "discrepancy"));
    const group* d = group_of(r, 0, "five districts");
    CHECK((!d || d->verdict != "discrepancy"));
}
