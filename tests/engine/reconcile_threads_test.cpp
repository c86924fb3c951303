// Grouping one large story on several threads: its claims split into components grouped
// independently, and the groups are those of one thread. Expectations come from the article text.
#include <catch2/catch.hpp>

#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "engine/pipeline.hpp"
#include "engine/reconcile.hpp"
#include "engine/stories.hpp"
#include "tests/engine/support.hpp"

using namespace claimcheck::engine;

namespace {

constexpr std::size_t copies = 360;

/// One night of strikes told by `copies` outlets in the words of the seed articles (000 and the
/// wire copy), each with some figures moved: Russia launched 145 drones (even articles) or 150
/// (odd); two ballistic missiles; 72 drones shot down; one dead; 14 injured, or 16 in every third
/// article; and over 200 + k personnel fighting a fire in article k. Then two quakes, stories of
/// their own. Six claims an article: more than 2,000 in one story, so that reconcile groups it on
/// all threads.
std::vector<std::pair<std::string, std::string>> outlets() {
    std::vector<std::pair<std::string, std::string>> articles;
    for (std::size_t k = 0; k < copies; ++k) {
        const std::string launched = k % 2 == 0 ? "145" : "150";
        const std::string injured = k % 3 == 0 ? "16" : "14";
        articles.push_back(
            {"outlet" + std::to_string(k) + ".txt",
             "Russia launched " + launched + " drones and two ballistic missiles at Ukraine overnight, Ukraine's Air "
             "Force said on Wednesday. The Ukrainian Air Force said 72 drones were shot down over Sumy, Odesa and "
             "Poltava. Casualty figures reported by Ukrainian officials noted one individual lost their life and " +
                 injured + " sustained injuries as a result of the attacks. A Ukrainian drone also reportedly ignited a "
                 "fire at an oil depot in Krasnodar. Russian officials confirmed that emergency efforts, involving over " +
                 std::to_string(200 + k) + " personnel, were underway to manage the blaze.\n"});
    }
    articles.push_back({"quake_a.txt",
                        "A magnitude 4.6 earthquake struck near The Geysers in Sonoma County on Thursday morning, the U.S. "
                        "Geological Survey said. The quake was centered 26 miles north of Santa Rosa.\n"});
    articles.push_back({"quake_b.txt",
                        "A magnitude 4.4 earthquake struck near The Geysers in Sonoma County on Sunday morning, the U.S. "
                        "Geological Survey said. The quake was centered 23 miles north of Santa Rosa.\n"});
    return articles;
}

/// The group among `gs` of the claim of document `doc` whose text is `words`, or null.
const group* find_group(const report& r, const std::vector<group>& gs, std::size_t doc, std::string_view words) {
    const auto& dr = r.documents.at(doc);
    for (const auto& g : gs)
        for (const auto& ref : g.claims) {
            if (ref.doc != doc) continue;
            const auto& c = dr.claims.at(ref.claim);
            if (std::string_view(dr.doc.folded.text).substr(c.begin, c.end - c.begin) == words) return &g;
        }
    return nullptr;
}

/// The documents of a group's claims, each once.
std::set<std::size_t> documents_of(const group& g) {
    std::set<std::size_t> out;
    for (const auto& ref : g.claims) out.insert(ref.doc);
    return out;
}

/// What every outlet's claims make, grouped on `jobs` threads, read from the text above.
void check_outlet_groups(const report& r, const std::vector<group>& gs) {
    std::set<std::size_t> all;
    for (std::size_t k = 0; k < copies; ++k) all.insert(k);
    // 145 (article 0) and 150 (article 1) drones launched: 5 apart out of 150, 3.3%
    const group* launched = find_group(r, gs, 0, "145 drones");
    REQUIRE(launched);
    CHECK(find_group(r, gs, 1, "150 drones") == launched);
    CHECK(launched->verdict == "discrepancy");
    CHECK(launched->relation == "within_rounding");
    CHECK(launched->explanation == "the reported figures differ by 3.3% (145 vs 150)");
    CHECK(documents_of(*launched) == all);
    CHECK(launched->claims.size() == copies);
    // two ballistic missiles everywhere
    const group* missiles = find_group(r, gs, copies - 1, "two ballistic missiles");
    REQUIRE(missiles);
    CHECK(missiles->verdict == "agree");
    CHECK(missiles->explanation == std::to_string(copies) + " reports give 2");
    CHECK(documents_of(*missiles) == all);
    // 72 drones shot down everywhere, never with the drones launched
    const group* shot = find_group(r, gs, 0, "72 drones");
    REQUIRE(shot);
    CHECK(shot != launched);
    CHECK(shot->verdict == "agree");
    CHECK(shot->explanation == std::to_string(copies) + " reports give 72");
    CHECK(shot->claims.size() == copies);
    // one dead everywhere
    const group* dead = find_group(r, gs, 7, "one individual");
    REQUIRE(dead);
    CHECK(dead->verdict == "agree");
    CHECK(dead->explanation == std::to_string(copies) + " reports give 1");
    // 16 injured in articles 0, 3, 6, ..., 14 in the others
    const group* injured = find_group(r, gs, 3, "16");
    REQUIRE(injured);
    CHECK(find_group(r, gs, 4, "14") == injured);
    CHECK(injured != dead);
    CHECK(injured->verdict == "discrepancy");
    CHECK(injured->relation == "disjoint");
    CHECK(injured->explanation == "the reported figures differ (14 vs 16)");
    CHECK(injured->claims.size() == copies);
    // over 200 personnel in the first article, over 559 in the last: lower bounds
    const group* personnel = find_group(r, gs, 0, "over 200 personnel");
    REQUIRE(personnel);
    CHECK(find_group(r, gs, copies - 1, "over 559 personnel") == personnel);
    CHECK(personnel->verdict == "discrepancy");
    CHECK(personnel->relation == "bounds_differ");
    CHECK(personnel->explanation == "the reported lower bounds differ (at least 200 vs at least 559)");
    CHECK(documents_of(*personnel) == all);
    // six claims an article, six groups: nothing else joined or split
    std::size_t outlet_groups = 0;
    for (const auto& g : gs)
        if (*documents_of(g).begin() < copies) ++outlet_groups;
    CHECK(outlet_groups == 6);
}

void check_same(const std::vector<group>& a, const std::vector<group>& b) {
    REQUIRE(a.size() == b.size());
    for (std::size_t g = 0; g < a.size(); ++g) {
        INFO("group " << g);
        CHECK(a[g].id == b[g].id);
        CHECK(a[g].story == b[g].story);
        CHECK(a[g].verdict == b[g].verdict);
        CHECK(a[g].relation == b[g].relation);
        CHECK(a[g].explanation == b[g].explanation);
        CHECK(a[g].measure == b[g].measure);
        CHECK(a[g].why == b[g].why);
        REQUIRE(a[g].claims.size() == b[g].claims.size());
        for (std::size_t c = 0; c < a[g].claims.size(); ++c) {
            CHECK(a[g].claims[c].doc == b[g].claims[c].doc);
            CHECK(a[g].claims[c].claim == b[g].claims[c].claim);
        }
    }
}

}  // namespace

TEST_CASE("threads: a large story is grouped in components on several threads, as on one",
          "[engine][reconcile]") {
    const report r = claimcheck::test::cross_checked(outlets());  // one job
    REQUIRE(r.stories.size() == 3);
    REQUIRE(r.stories[0].documents.size() == copies);
    for (std::size_t k = 0; k < copies; ++k) REQUIRE(r.documents[k].claims.size() == 6);

    SECTION("the groups of one thread, read from the text") { check_outlet_groups(r, r.groups); }

    SECTION("the stories found on several threads are those of one") {
        // the greedy merge judges the samples of the pairs ahead on threads (stories.cpp)
        for (unsigned jobs : {2u, 3u}) {
            INFO("jobs " << jobs);
            const auto stories = find_stories(r.documents, jobs);
            REQUIRE(stories.size() == r.stories.size());
            for (std::size_t s = 0; s < stories.size(); ++s) {
                CHECK(stories[s].documents == r.stories[s].documents);
                CHECK(stories[s].label == r.stories[s].label);
            }
        }
    }

    SECTION("the story splits: one component per measure reported") {
        // the six measures share no value and no conflict key, so each is a component
        detail::story_split split;
        detail::reconcile_one(r.documents, r.stories[0], 3, &split);
        CHECK(split.claims == 6 * copies);
        CHECK(split.components == 6);
        CHECK(split.largest == copies);
    }

    SECTION("three threads within the story give the same groups") {
        for (unsigned jobs : {1u, 3u}) {
            INFO("jobs " << jobs);
            const std::vector<group> one = detail::reconcile_one(r.documents, r.stories[0], 1);
            const std::vector<group> three = detail::reconcile_one(r.documents, r.stories[0], jobs);
            check_outlet_groups(r, three);
            check_same(one, three);
        }
        // through reconcile: the large story on all threads, then the quakes a thread each
        const std::vector<group> three = reconcile(r.documents, r.stories, 3);
        check_outlet_groups(r, three);
        check_same(r.groups, three);
    }
}
