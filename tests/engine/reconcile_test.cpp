// Story scoping, grouping and verdicts, on small articles written for each rule and on the
// bundled seed articles. Expectations come from the article text.
#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>

#include "engine/document.hpp"
#include "engine/pipeline.hpp"
#include "engine/reconcile.hpp"

using namespace claimcheck::engine;

namespace {

report check(const std::vector<std::pair<std::string, std::string>>& articles) {
    input_set in;
    for (const auto& [name, text] : articles) {
        document d;
        REQUIRE_FALSE(load_document(name, text, d));
        d.id = "d" + std::to_string(in.documents.size() + 1);
        in.documents.push_back(std::move(d));
    }
    run_options o;
    o.cross_check = true;
    return run(std::move(in), o);
}

/// The claim of document `doc` whose text starts with `words`.
const claim_ref* find_claim(const report& r, std::size_t doc, const std::string& words) {
    static claim_ref found;
    const auto& dr = r.documents.at(doc);
    for (std::size_t i = 0; i < dr.claims.size(); ++i) {
        const auto& c = dr.claims[i];
        std::string text = dr.doc.folded.text.substr(c.begin, c.end - c.begin);
        if (text.rfind(words, 0) == 0) {
            found = {doc, i};
            return &found;
        }
    }
    return nullptr;
}

const group* group_of(const report& r, std::size_t doc, const std::string& words) {
    const claim_ref* ref = find_claim(r, doc, words);
    if (!ref) return nullptr;
    for (const auto& g : r.groups)
        for (const auto& m : g.claims)
            if (m.doc == ref->doc && m.claim == ref->claim) return &g;
    return nullptr;
}

bool same_group(const report& r, std::size_t da, const std::string& a, std::size_t db, const std::string& b) {
    const group* ga = group_of(r, da, a);
    const group* gb = group_of(r, db, b);
    return ga && gb && ga == gb;
}

std::string read(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

// Two reports of one night of strikes, told in different words, with the same names.
const std::string wire =
    "Russia launched 145 drones and two ballistic missiles at Ukraine overnight, Ukraine's Air Force said on "
    "Wednesday. The Ukrainian Air Force said 72 drones were shot down over Sumy, Odesa and Poltava. Russia's "
    "defense ministry said it had shot down 57 Ukrainian drones, with 35 of those destroyed over the Kursk "
    "region. President Volodymyr Zelensky said the strikes hit a hospital in Sumy.\n";
const std::string paper =
    "President Volodymyr Zelensky said Wednesday that Russia attacked Ukraine with 150 drones overnight, "
    "hitting a hospital in Sumy. Ukraine's Air Force said 72 drones were shot down over Sumy, Odesa and "
    "Poltava. Russia's defense ministry said it had intercepted 57 Ukrainian drones, with 35 of those destroyed "
    "over the Kursk region.\n";

}  // namespace

TEST_CASE("stories: two reports of the same night of strikes form one story", "[engine][stories]") {
    report r = check({{"wire.txt", wire}, {"paper.txt", paper}});
    REQUIRE(r.stories.size() == 1);
    CHECK(r.stories[0].documents.size() == 2);
}

TEST_CASE("stories: two quakes at the same place with different magnitudes are two stories", "[engine][stories]") {
    // same place, same kind of event, no figure in common, different magnitude: different events
    const std::string quake_a =
        "A magnitude 4.6 earthquake struck near The Geysers in Sonoma County on Thursday morning, the U.S. "
        "Geological Survey said. The quake was centered 26 miles north of Santa Rosa.\n";
    const std::string quake_b =
        "A magnitude 4.4 earthquake struck near The Geysers in Sonoma County on Sunday morning, the U.S. "
        "Geological Survey said. The quake was centered 23 miles north of Santa Rosa.\n";
    report r = check({{"a.txt", quake_a}, {"b.txt", quake_b}});
    CHECK(r.stories.size() == 2);
    for (const auto& g : r.groups) {
        std::set<std::size_t> docs;
        for (const auto& m : g.claims) docs.insert(m.doc);
        CHECK(docs.size() == 1);  // nothing compared across the two quakes
    }
}

TEST_CASE("groups: 145 vs 150 drones launched is a discrepancy within rounding", "[engine][reconcile]") {
    report r = check({{"wire.txt", wire}, {"paper.txt", paper}});
    const group* g = group_of(r, 0, "145 drones");
    REQUIRE(g);
    CHECK(g->verdict == "discrepancy");
    CHECK(g->relation == "within_rounding");
    CHECK(same_group(r, 0, "145 drones", 1, "150 drones"));
}

TEST_CASE("groups: a launched count is never grouped with a shot-down count", "[engine][reconcile]") {
    report r = check({{"wire.txt", wire}, {"paper.txt", paper}});
    CHECK_FALSE(same_group(r, 0, "145 drones", 0, "72 drones"));
    CHECK_FALSE(same_group(r, 1, "150 drones", 1, "72 drones"));
}

TEST_CASE("groups: equal figures from two articles agree", "[engine][reconcile]") {
    report r = check({{"wire.txt", wire}, {"paper.txt", paper}});
    const group* g = group_of(r, 0, "72 drones");
    REQUIRE(g);
    CHECK(g->verdict == "agree");
    CHECK(same_group(r, 0, "72 drones", 1, "72 drones"));
    CHECK(same_group(r, 0, "57 Ukrainian drones", 1, "57 Ukrainian drones"));
}

TEST_CASE("groups: a part is not grouped with its whole, but with the same part elsewhere", "[engine][reconcile]") {
    report r = check({{"wire.txt", wire}, {"paper.txt", paper}});
    CHECK_FALSE(same_group(r, 0, "57 Ukrainian drones", 0, "35"));
    CHECK(same_group(r, 0, "35", 1, "35"));
    CHECK(group_of(r, 0, "35")->verdict == "agree");
}

TEST_CASE("groups: drones shot down by one side are not the other side's", "[engine][reconcile]") {
    // 72 Russian drones downed by Ukraine; 57 Ukrainian drones downed by Russia
    report r = check({{"wire.txt", wire}, {"paper.txt", paper}});
    CHECK_FALSE(same_group(r, 0, "72 drones", 1, "57 Ukrainian drones"));
}

TEST_CASE("groups: a figure and its own conversion are not compared", "[engine][reconcile]") {
    const std::string a =
        "Ukraine controls about 200 square kilometers (77 square miles) of Russia's Kursk region, according to a "
        "Ukrainian commander.\n";
    report r = check({{"a.txt", a}});
    CHECK_FALSE(same_group(r, 0, "about 200 square kilometers", 0, "77 square miles"));
}

TEST_CASE("verdicts: at least 15 vs at least eight injured: the lower bounds differ", "[engine][reconcile]") {
    const std::string a =
        "A Russian drone and missile attack on Kyiv left at least 15 people injured during the prisoner exchange, "
        "Ukrainian officials said. Russia launched 14 ballistic missiles and 250 drones at Kyiv.\n";
    const std::string b =
        "A Russian drone and missile attack on Kyiv injured at least eight people during the prisoner exchange, the "
        "city's mayor said. Russia launched 14 ballistic missiles and 250 drones at Kyiv.\n";
    report r = check({{"a.txt", a}, {"b.txt", b}});
    const group* g = group_of(r, 0, "at least 15 people");
    REQUIRE(g);
    CHECK(g->verdict == "discrepancy");
    CHECK(g->relation == "bounds_differ");
    CHECK(same_group(r, 0, "at least 15 people", 1, "at least eight people"));
}

TEST_CASE("verdicts: a denial against a count", "[engine][reconcile]") {
    const std::string a =
        "A gunman opened fire at an accounting firm in Troy on Monday, police said. No one was injured, police "
        "said.\n";
    const std::string b =
        "A gunman opened fire at an accounting firm in Troy on Monday, police said. Two people were injured, "
        "police said.\n";
    report r = check({{"a.txt", a}, {"b.txt", b}});
    const group* g = group_of(r, 1, "Two people");
    REQUIRE(g);
    CHECK(g->verdict == "discrepancy");
    CHECK(g->relation == "denial_vs_count");
}

TEST_CASE("groups: every claim sits in exactly one group", "[engine][reconcile]") {
    report r = check({{"wire.txt", wire}, {"paper.txt", paper}});
    std::size_t claims = 0;
    for (const auto& d : r.documents) claims += d.claims.size();
    std::set<std::pair<std::size_t, std::size_t>> seen;
    std::size_t listed = 0;
    for (const auto& g : r.groups)
        for (const auto& m : g.claims) {
            seen.insert({m.doc, m.claim});
            ++listed;
        }
    CHECK(listed == claims);
    CHECK(seen.size() == claims);
}

TEST_CASE("end to end: the bundled seeds", "[engine][reconcile][corpus]") {
    const std::string dir = std::string(CLAIMCHECK_SOURCE_DIR) + "/corpus/seeds/";
    const std::vector<std::string> names{"000_8f5ab2bbe03e0d92.txt", "001_f80970e591c8199c.txt", "002_b688bccdafbee561.txt",
                                         "003_26f0c0431f3b91e3.txt", "004_95257e01ec8bfa95.txt"};
    std::vector<std::pair<std::string, std::string>> articles;
    for (const auto& n : names) articles.push_back({n, read(dir + n)});
    report r = check(articles);

    SECTION("two stories: the strikes after the Trump-Putin call, and the Kyiv attack during the 390 swap") {
        REQUIRE(r.stories.size() == 2);
        CHECK(r.stories[0].documents == std::vector<std::size_t>{0, 1, 2});
        CHECK(r.stories[1].documents == std::vector<std::size_t>{3, 4});
    }
    SECTION("the three discrepancies the articles hold") {
        // 000: "Russia launched 145 drones"; 001: Zelensky, "Russia attacked Ukraine with 150 drones"
        CHECK(same_group(r, 0, "145 drones", 1, "150 drones"));
        CHECK(group_of(r, 0, "145 drones")->verdict == "discrepancy");
        // 001: "22 seriously wounded prisoners of war"; 000: "including 23 critically injured Ukrainian soldiers"
        CHECK(same_group(r, 1, "22 seriously wounded prisoners of war", 0, "23 critically injured"));
        CHECK(group_of(r, 1, "22 seriously wounded")->verdict == "discrepancy");
        // 003: "at least 15 people injured"; 004: "injuring at least eight individuals"
        CHECK(same_group(r, 3, "at least 15 people", 4, "at least eight individuals"));
    }
    SECTION("the traps the articles set") {
        CHECK_FALSE(same_group(r, 0, "57 Ukrainian drones", 0, "35"));       // 35 of the 57
        CHECK_FALSE(same_group(r, 1, "145 drones", 1, "72 drones"));         // launched vs shot down
        CHECK_FALSE(same_group(r, 1, "about 200 square", 1, "77 square"));  // a conversion
        CHECK_FALSE(same_group(r, 2, "approximately 45 drones", 0, "145 drones"));  // the Kyiv region's share
        CHECK_FALSE(same_group(r, 4, "\xE2\x82\xAC""150 billion", 4, "\xE2\x82\xAC""800 billion"));  // a fund inside a plan
        CHECK_FALSE(same_group(r, 4, "at least eight", 4, "six people"));    // injured vs needing help
        CHECK_FALSE(same_group(r, 0, "145 drones", 3, "250 drones"));        // another night
    }
    SECTION("agreements") {
        CHECK(same_group(r, 0, "two ballistic missiles", 1, "2 ballistic missiles"));
        CHECK(group_of(r, 0, "two ballistic missiles")->verdict == "agree");
        CHECK(same_group(r, 0, "over 200 personnel", 1, "more than 200 personnel"));
        CHECK(same_group(r, 1, "30-day truce", 2, "30-day ceasefire"));
        CHECK(same_group(r, 3, "390 personnel", 4, "390 Ukrainians"));
    }
}
