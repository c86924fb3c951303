// A workforce is compared only where the text says whose it is.
#include <catch2/catch.hpp>

#include "tests/engine/support.hpp"

using namespace claimcheck::engine;
using claimcheck::test::group_of;

TEST_CASE("a site's staff is not its employer's", "[engine][reconcile][owned]") {
    const std::string bbc =
        "LONDON - Parcel firm Brightwell is to close three depots, putting 1,100 jobs at risk. The Daventry centre "
        "alone employs about 420 people, according to the GMB union. The other two sites employ roughly 650 people "
        "between them.\n";
    const std::string guardian =
        "LONDON - Parcel firm Brightwell will close three depots, with 1,100 jobs at risk. Around 420 people work "
        "at Daventry, the GMB union said. Brightwell employs about 18,500 people nationally.\n";
    report r = claimcheck::test::cross_checked({{"bbc.txt", bbc}, {"guardian.txt", guardian}});
    REQUIRE(r.stories.size() == 1);
    for (auto [doc, figure] : {std::pair{0, "about 420 people"}, {0, "roughly 650 people"}, {1, "about 18,500 people"}}) {
        const group* g = group_of(r, static_cast<std::size_t>(doc), figure);
        REQUIRE(g);  // (every figure stands in a group, a lone one as "single")
        CHECK(g->verdict != "discrepancy");
    }
}

TEST_CASE("homes a fire burned are homes it destroyed", "[engine][reconcile][predicates]") {
    const std::string ap =
        "VENTURA, Calif. (AP) - The Sespe Fire has destroyed 310 homes and scorched more than 48,000 acres, "
        "fire officials said on Sunday.\n";
    const std::string reuters =
        "VENTURA, California (Reuters) - The Sespe Fire has burned some 350 homes and charred 48,000 acres "
        "north of Ventura, officials said on Sunday.\n";
    report r = claimcheck::test::cross_checked({{"ap.txt", ap}, {"reuters.txt", reuters}});
    REQUIRE(r.stories.size() == 1);
    CHECK(claimcheck::test::same_group(r, 0, "310 homes", 1, "some 350 homes"));
    const group* g = group_of(r, 0, "310 homes");
    REQUIRE(g);
    CHECK(g->verdict == "discrepancy");
}

TEST_CASE("those caught doing a thing are not those it befell", "[engine][reconcile][predicates]") {
    // (a count with no verb of its own in the other report, "Two students - ... - were hit by gunfire",
    // once drew the breakfast's 100 into the wounded's group)
    const std::string ap =
        "MILLERTON, Pa. (AP) - The shooting at Millerton Area High School began at about 7:40 a.m., as roughly "
        "100 students were eating breakfast before classes. The wounded were two students, ages 14 and 17, "
        "police said.\n";
    const std::string local =
        "MILLERTON - Two students - a 14-year-old girl and a 17-year-old boy - were hit by gunfire at Millerton "
        "Area High School on Tuesday, police said.\n";
    report r = claimcheck::test::cross_checked({{"ap.txt", ap}, {"local.txt", local}});
    REQUIRE(r.stories.size() == 1);
    for (const auto& g : r.groups) CHECK(g.verdict != "discrepancy");
    CHECK_FALSE(claimcheck::test::same_group(r, 0, "roughly 100 students", 1, "Two students"));
}

TEST_CASE("survivors pulled out are rescued", "[engine][reconcile][predicates]") {
    const std::string ap =
        "BEIJING (AP) - Rescuers pulled seven survivors out of the flooded Xinyuan coal mine on Sunday, state media "
        "said.\n";
    const std::string xinhua =
        "BEIJING (Xinhua) - Nine miners were rescued from the flooded Xinyuan coal mine on Sunday, state media said.\n";
    report r = claimcheck::test::cross_checked({{"ap.txt", ap}, {"xinhua.txt", xinhua}});
    REQUIRE(r.stories.size() == 1);
    const group* g = group_of(r, 0, "seven survivors");
    REQUIRE(g);
    CHECK(g->measure.find("rescued") != std::string::npos);
}
