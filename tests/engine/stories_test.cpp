// Story scoping from features alone: find_stories(features) gives the stories of
// find_stories(documents), whatever the order features were made in. Articles written for the
// test: two earthquakes in one valley, a week apart, with different magnitudes and counts.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "engine/document.hpp"
#include "tests/engine/support.hpp"
#include "engine/pipeline.hpp"
#include "engine/reconcile.hpp"
#include "engine/stories.hpp"

using namespace claimcheck::engine;

namespace {

report analysed(const std::vector<std::pair<std::string, std::string>>& articles) {
    return claimcheck::test::cross_checked(articles);
}

// The first quake: magnitude 4.4, Sunday, 23 homes damaged, 145 residents evacuated.
const std::string first_a =
    "A magnitude 4.4 earthquake struck the Quarnwick Valley early on Sunday, the Belthorpe Geological Survey said.\n\n"
    "The quake damaged 23 homes near Quarnwick and 145 residents were evacuated, county officials said.\n\n"
    "No injuries were reported, according to the Quarnwick fire department.\n";
const std::string first_b =
    "Officials in Quarnwick said 145 residents left their homes after a 4.4 magnitude quake on Sunday.\n\n"
    "The Belthorpe Geological Survey located the epicentre under the Quarnwick Valley. At least 23 homes were damaged.\n";
// The second quake, a week later: magnitude 5.7, Sunday a week on, 68 homes, 390 residents.
const std::string second_a =
    "A magnitude 5.7 earthquake shook the Quarnwick Valley on Monday, the Belthorpe Geological Survey said.\n\n"
    "The quake damaged 68 homes near Quarnwick and 390 residents were evacuated, county officials said.\n\n"
    "Two people were injured, according to the Quarnwick fire department.\n";
const std::string second_b =
    "Officials in Quarnwick said 390 residents left their homes after a 5.7 magnitude quake on Monday.\n\n"
    "The Belthorpe Geological Survey located the epicentre under the Quarnwick Valley. At least 68 homes were damaged.\n";

std::vector<std::pair<std::string, std::string>> articles() {
    return {{"first_a.txt", first_a}, {"second_a.txt", second_a}, {"first_b.txt", first_b},
            {"second_b.txt", second_b}, {"first_a_copy.txt", first_a}, {"second_b_copy.txt", second_b}};
}

std::size_t story_of(const std::vector<story>& stories, std::size_t doc) {
    for (std::size_t s = 0; s < stories.size(); ++s)
        if (std::find(stories[s].documents.begin(), stories[s].documents.end(), doc) != stories[s].documents.end()) return s;
    FAIL("document " << doc << " is in no story");
    return stories.size();
}

void require_same(const std::vector<story>& a, const std::vector<story>& b) {
    REQUIRE(a.size() == b.size());
    for (std::size_t s = 0; s < a.size(); ++s) {
        CHECK(a[s].id == b[s].id);
        CHECK(a[s].documents == b[s].documents);
        CHECK(a[s].label == b[s].label);
    }
}

}  // namespace

TEST_CASE("stories: two quakes with different figures are kept apart, reports of one quake join", "[engine][stories]") {
    const report r = analysed(articles());
    REQUIRE(r.documents.size() == 6);
    const auto& st = r.stories;
    // first_a, first_b and the copy of first_a: the 4.4 quake, 23 homes, 145 residents
    CHECK(story_of(st, 0) == story_of(st, 2));
    CHECK(story_of(st, 0) == story_of(st, 4));
    // second_a, second_b and its copy: the 5.7 quake, 68 homes, 390 residents
    CHECK(story_of(st, 1) == story_of(st, 3));
    CHECK(story_of(st, 1) == story_of(st, 5));
    // the same valley, the same survey, the same words: the figures keep the quakes apart
    CHECK(story_of(st, 0) != story_of(st, 1));
}

namespace {
/// The first quake's wire story printed `copies` times, then rewritten once with 150 residents
/// evacuated instead of 145; then, if asked, the second quake printed `copies` times.
std::vector<std::pair<std::string, std::string>> wire_copies(std::size_t copies, bool second_story) {
    std::vector<std::pair<std::string, std::string>> out;
    for (std::size_t i = 0; i < copies; ++i) out.push_back({"first_" + std::to_string(i) + ".txt", first_a});
    std::string rewrite = first_a;
    rewrite.replace(rewrite.find("145 residents"), 3, "150");
    out.push_back({"rewrite.txt", rewrite});
    if (second_story)
        for (std::size_t i = 0; i < copies; ++i) out.push_back({"second_" + std::to_string(i) + ".txt", second_a});
    return out;
}
}  // namespace

TEST_CASE("stories: copies of a wire story printed by more outlets than the block cap are compared", "[engine][stories]") {
    // 60 copies of each quake: every name and count of a quake is held by more than
    // story_block_cap documents, so only neighbours in publication order are paired
    static_assert(60 > story_block_cap);
    const report r = analysed(wire_copies(60, true));
    REQUIRE(r.documents.size() == 121);
    REQUIRE(r.stories.size() == 2);
    const std::size_t first = story_of(r.stories, 0), second = story_of(r.stories, 61);
    CHECK(first != second);
    CHECK(r.stories[first].documents.size() == 61);   // the copies and the rewrite
    CHECK(r.stories[second].documents.size() == 60);
    // the rewrite's 150 residents against the copies' 145
    const group* g = claimcheck::test::group_of(r, 60, "150 residents");
    REQUIRE(g);
    CHECK(g->verdict == "discrepancy");
    CHECK(g == claimcheck::test::group_of(r, 0, "145 residents"));
    CHECK(g == claimcheck::test::group_of(r, 59, "145 residents"));
}

TEST_CASE("stories: copies of two stories printed by more outlets than a big drop's topics still form the two stories", "[engine][stories]") {
    // a big drop prints each story thousands of times: 1,100 copies of each quake, taken in turns,
    // so every name and count is held by more than 1,000 documents (the cap that used to leave
    // every such document a story of its own), and the names of the valley and the survey by
    // every document of both quakes
    const report r = analysed({{"first.txt", first_a}, {"second.txt", second_a}});
    REQUIRE(r.documents.size() == 2);
    const story_features first = features_of(r.documents[0]), second = features_of(r.documents[1]);
    constexpr std::size_t copies = 1100;
    static_assert(copies > 1000 && 2 * copies <= story_max_documents);
    std::vector<story_features> feats;
    for (std::size_t i = 0; i < copies; ++i) {
        feats.push_back(first);
        feats.push_back(second);
    }
    for (unsigned jobs : {1u, 2u}) {
        const std::vector<story> st = find_stories(feats, jobs);
        // one story for each quake: the copies join, the quakes' figures keep them apart
        REQUIRE(st.size() == 2);
        REQUIRE(st[0].documents.size() == copies);
        REQUIRE(st[1].documents.size() == copies);
        for (std::size_t k = 0; k < copies; ++k) {
            CHECK(st[0].documents[k] == 2 * k);
            CHECK(st[1].documents[k] == 2 * k + 1);
        }
    }
}

TEST_CASE("stories: a folder of copies of one story and a rewrite is one story", "[engine][stories]") {
    // every name and word is held by every document: they are what the copies share
    const report r = analysed(wire_copies(10, false));
    REQUIRE(r.stories.size() == 1);
    const group* g = claimcheck::test::group_of(r, 10, "150 residents");
    REQUIRE(g);
    CHECK(g->verdict == "discrepancy");
    CHECK(g == claimcheck::test::group_of(r, 3, "145 residents"));
}

TEST_CASE("stories: a story of more documents than grouping reads at once is cut into parts in publication order", "[engine][stories]") {
    // ten copies of the first quake's story and a rewrite: one story (the test above)
    const report r = analysed(wire_copies(10, false));
    REQUIRE(r.stories.size() == 1);
    std::vector<story_features> feats;
    for (const auto& d : r.documents) feats.push_back(features_of(d));
    // published in the reverse of their order, two a day within a week: documents 10, 8 and 9
    // first, documents 0 and 1 last
    for (std::size_t d = 0; d < feats.size(); ++d) feats[d].published_day = 20000 - static_cast<long>(d / 2);
    const std::vector<story> parts = find_stories(feats, 2, 4);
    // 11 documents in parts of at most 4, as equal as they come: 3, 4 and 4, the earliest first
    REQUIRE(parts.size() == 3);
    CHECK(parts[0].documents == std::vector<std::size_t>{0, 1, 2, 3});
    CHECK(parts[1].documents == std::vector<std::size_t>{4, 5, 6, 7});
    CHECK(parts[2].documents == std::vector<std::size_t>{8, 9, 10});
    CHECK(parts[0].id == "s1");
    CHECK(parts[2].id == "s3");
    CHECK(parts[2].label.ends_with(" (part 1 of 3)"));
    CHECK(parts[0].label.ends_with(" (part 3 of 3)"));
    CHECK(parts[0].label.substr(0, parts[0].label.find(" (part")) == r.stories[0].label);
    // under the limit, one story as before
    const std::vector<story> whole = find_stories(std::move(feats), 2);
    REQUIRE(whole.size() == 1);
    CHECK(whole[0].label == r.stories[0].label);
}

TEST_CASE("stories: what ties two documents against different days or different values", "[engine][stories]") {
    story_link far;  // published weeks apart
    far.different_days = true;
    far.shared_values = 1;  // one bare count such as 14: chance
    CHECK(far.keeps_apart());
    far.shared_values = 2;
    CHECK_FALSE(far.keeps_apart());
    far.shared_values = 0;
    far.shared_figures = 1;  // 14 of the same thing
    CHECK_FALSE(far.keeps_apart());
    story_link conflicting;  // same days, another value for a distinctive measure
    conflicting.conflicts = 1;
    CHECK(conflicting.keeps_apart());
    conflicting.shared_values = 1;  // but a count in common
    CHECK_FALSE(conflicting.keeps_apart());
    CHECK_FALSE(story_link{}.keeps_apart());
}

TEST_CASE("stories: find_stories from features gives the stories of find_stories from documents", "[engine][stories]") {
    const report r = analysed(articles());
    const auto from_docs = find_stories(r.documents, 1);
    require_same(from_docs, r.stories);
    for (unsigned jobs : {1u, 2u, 3u}) {
        INFO("jobs " << jobs);
        std::vector<story_features> feats;
        for (const auto& d : r.documents) feats.push_back(features_of(d));
        require_same(find_stories(std::move(feats), jobs), from_docs);
    }
}

TEST_CASE("stories: features made on several threads, in any order, give the same stories", "[engine][stories]") {
    // words no other test uses, so that this test gives them their ids: the second document's
    // first, then the others from two threads at once
    auto fresh = articles();
    for (auto& [_, text] : fresh) {
        for (auto [from, to] : {std::pair<std::string, std::string>{"Quarnwick", "Zelvorath"}, {"Belthorpe", "Mirrendale"}}) {
            for (std::size_t at; (at = text.find(from)) != std::string::npos;) text.replace(at, from.size(), to);
        }
    }
    input_set in;
    for (const auto& [name, text] : fresh) {
        document d;
        REQUIRE_FALSE(load_document(name, text, d));
        in.documents.push_back(std::move(d));
    }
    std::vector<document_result> docs;
    for (auto& d : in.documents) docs.push_back(analyse(std::move(d)));
    std::vector<story_features> feats(docs.size());
    feats[5] = features_of(docs[5]);
    std::thread other([&] {
        for (std::size_t i = 5; i-- > 2;) feats[i] = features_of(docs[i]);  // 4, 3, 2
    });
    for (std::size_t i = 0; i < 2; ++i) feats[i] = features_of(docs[i]);
    other.join();
    for (const auto& f : feats) {
        CHECK(std::is_sorted(f.names.begin(), f.names.end(), [](const term_count& a, const term_count& b) { return a.term < b.term; }));
        CHECK(std::is_sorted(f.words.begin(), f.words.end(), [](const term_count& a, const term_count& b) { return a.term < b.term; }));
        CHECK(std::is_sorted(f.figures.begin(), f.figures.end()));
    }
    const auto from_docs = find_stories(docs, 2);
    require_same(find_stories(std::move(feats), 2), from_docs);
    CHECK(story_of(from_docs, 0) == story_of(from_docs, 2));
    CHECK(story_of(from_docs, 1) == story_of(from_docs, 3));
    CHECK(story_of(from_docs, 0) != story_of(from_docs, 1));
    // every article names the valley and the survey, and no other name: a label would leave out
    // names found in every document (they tell no story from another), but a story with no
    // other name is labelled with them rather than with nothing
    INFO(from_docs[story_of(from_docs, 0)].label);
    CHECK(from_docs[story_of(from_docs, 0)].label.find("zelvorath") != std::string::npos);
    CHECK(from_docs[story_of(from_docs, 0)].label.find("mirrendale") != std::string::npos);
}

TEST_CASE("stories: a label leaves out the names found in every document when it has others", "[engine][stories]") {
    // both quakes' articles name the valley and the survey; only the second's name a town hall
    auto texts = articles();
    for (auto& [name, text] : texts)
        if (name.rfind("second", 0) == 0) text += "The Ostrava Town Hall opened a shelter in Ostrava.\n";
    const report r = analysed(texts);
    const story& second = r.stories[story_of(r.stories, 1)];
    INFO(second.label);
    CHECK(second.label.find("ostrava") != std::string::npos);
    CHECK(second.label.find("quarnwick") == std::string::npos);
    CHECK_FALSE(r.stories[story_of(r.stories, 0)].label.empty());
}

TEST_CASE("stories: a figure recalled from another year does not keep two reports apart", "[engine][stories]") {
    // one signing: the player's home runs of 2021 are no figure of this story, and do not
    // contradict this season's 44
    const report r = analysed(
        {{"a.txt",
          "Shohei Ohtani agreed to a record contract with the Los Angeles Dodgers on Saturday, the largest deal in "
          "sports history, his agent Nez Balelo said. The two-way star hit 44 home runs for the Angels this season.\n"},
         {"b.txt",
          "The Los Angeles Dodgers signed Shohei Ohtani on Saturday to the largest contract in sports history, agent "
          "Nez Balelo said. The Japanese star hit 46 home runs in 2021.\n"}});
    REQUIRE(r.documents.size() == 2);
    CHECK(story_of(r.stories, 0) == story_of(r.stories, 1));
}

TEST_CASE("stories: a capitalised possessive that opens a sentence is a name", "[engine][stories]") {
    // "Ohtani's contract ..." names Ohtani: without it this short report's names were the Dodgers
    // and ESPN alone, which it shares with any baseball story, and in a drop of dev and probe
    // articles it joined another player's contract story
    const report r = analysed(
        {{"b.txt", "Ohtani's contract with the Dodgers is worth $70 million a year over 10 years, according to ESPN.\n"}});
    REQUIRE(r.stories.size() == 1);
    CHECK(r.stories[0].label.find("ohtani") != std::string::npos);
    // a capitalised word that opens a sentence is not known to be a name
    const report plain = analysed({{"c.txt", "Officials said the Dodgers paid $70 million a year, ESPN reported.\n"}});
    REQUIRE(plain.stories.size() == 1);
    CHECK(plain.stories[0].label.find("officials") == std::string::npos);
}

TEST_CASE("stories: a riot and a shooting that share only police and a number are two stories", "[engine][stories]") {
    // two events told in the same words (police, officers, shot), with the count 12 in both (a
    // 12-gauge shotgun, 12 officers hurt) and the capitalised role "Police" in both
    const std::string riot =
        "ATHENS (AP) - Police arrested 87 people as rioting raged for a third day across Greece on Monday after an "
        "officer shot and killed a 15-year-old boy, officials said. Police said 12 officers were hurt.\n";
    const std::string riot2 =
        "ATHENS (Reuters) - Rioting spread across Greek cities on Monday, a day after police shot dead a 15-year-old "
        "boy in Athens. Twelve police officers were injured in the clashes, a police spokesman said.\n";
    const std::string shooting =
        "Troy Police Chief Charles Gordon said the gunman shot three people with a 12-gauge shotgun at an office "
        "in Troy on Monday. One woman was killed and two men were wounded, police said.\n";
    const std::string shooting2 =
        "A man opened fire with a 12-gauge shotgun at a Troy accounting office on Monday, killing a woman and "
        "wounding two men, Troy Police Chief Charles Gordon said.\n";
    report r = analysed({{"riot.txt", riot}, {"riot2.txt", riot2}, {"shooting.txt", shooting}, {"shooting2.txt", shooting2}});
    REQUIRE(r.stories.size() == 2);
    CHECK(r.stories[0].documents.size() == 2);
    CHECK(r.stories[1].documents.size() == 2);
}

TEST_CASE("stories: a report that the toll rose the next day is the first report's story", "[engine][stories]") {
    const std::string first =
        "A car bomb exploded at a busy checkpoint in Mogadishu on Saturday, killing at least 20 people and wounding "
        "dozens, police said. The al Shabaab militant group claimed responsibility.\n";
    const std::string update =
        "Mogadishu bomb toll rises to 31\n\nThe death toll from a car bomb that exploded at a checkpoint in Mogadishu "
        "rose to 31 on Sunday, a government spokesman said. Al Shabaab said it carried out the attack.\n";
    report r = analysed({{"first.txt", first}, {"update.txt", update}});
    CHECK(r.stories.size() == 1);
    // a report of another day that says nothing of a rise stays apart (the weekday rule)
    const std::string other =
        "A car bomb exploded at a checkpoint in Mogadishu on Sunday, killing 31 people, a government spokesman said. "
        "Al Shabaab said it carried out the attack.\n";
    report apart = analysed({{"first.txt", first}, {"other.txt", other}});
    CHECK(apart.stories.size() == 2);
}

TEST_CASE("stories: figures two events share by chance tie nothing", "[engine][stories]") {
    // an arson and a prison escape in one state, a day apart in the news: both name a 45-year-old,
    // a $10,000 reward and nine people; none of those ties the two, a distinctive sum does
    const std::string arson =
        "MACON, Ga. (AP) — A fire destroyed the First Baptist Church in Bibb County early Sunday. Nine people "
        "were treated at the scene. A 45-year-old man was questioned, and the church offered a $10,000 reward, "
        "Fire Chief Ray Edwards said. Repairs will cost $1.37 million.\n";
    const std::string escape =
        "REIDSVILLE, Ga. (AP) — Five inmates escaped from Tattnall Ridge State Prison on Sunday. Nine people were "
        "questioned. One of the inmates, a 45-year-old, was caught. The state offered a $10,000 reward, spokeswoman "
        "Joan Heath said.\n";
    report r = analysed({{"arson.txt", arson}, {"escape.txt", escape}});
    story_space space(r.documents);
    CHECK(space.link(0, 1).shared_figures == 0);
    // the same sum to the cent in a second report of the fire is a figure both tell
    const std::string arson2 = "MACON, Ga. - The Bibb County church destroyed by fire on Sunday needs $1.37 million in "
                               "repairs, its pastor said.\n";
    report r2 = analysed({{"arson.txt", arson}, {"arson2.txt", arson2}});
    story_space space2(r2.documents);
    CHECK(space2.link(0, 1).shared_figures == 1);
}

TEST_CASE("stories: a news agency's name is no name two reports share", "[engine][stories]") {
    // two unrelated events, each credited to Reuters and to the Associated Press, share no name
    const std::string quake = "TOKYO (Reuters) - A strong earthquake shook northern Japan on Tuesday, the Associated "
                              "Press and Reuters reported.\n";
    const std::string vote = "NAIROBI (Reuters) - Kenyans voted on Tuesday in a tight presidential race, the "
                             "Associated Press and Reuters reported.\n";
    report r = analysed({{"quake.txt", quake}, {"vote.txt", vote}});
    story_space space(r.documents);
    for (const auto& [name, weight] : space.names(0)) {
        CHECK(name != "reuters");
        CHECK(name != "associated");
        CHECK(name != "press");
    }
    // nor are the generic words of public bodies' names, which reports of unrelated disasters share
    const std::string flood = "PADANG (Reuters) - Floods killed 19 people in West Sumatra, the National Disaster "
                              "Management Agency said on Monday.\n";
    const std::string mine = "ACCRA (Reuters) - A mine collapse killed nine people in Obuasi, the National Disaster "
                             "Management Organisation said on Monday.\n";
    report r2 = analysed({{"flood.txt", flood}, {"mine.txt", mine}});
    story_space space2(r2.documents);
    for (const auto& [name, weight] : space2.names(0)) {
        CHECK(name != "national");
        CHECK(name != "disaster");
        CHECK(name != "management");
    }
    CHECK(r2.stories.size() == 2);
}

TEST_CASE("stories: a figure of another year ties no two events", "[engine][stories]") {
    // a later quake's report recalls one of 2021 with the first quake's magnitude
    const std::string first = "TEHRAN (Reuters) - A magnitude 6.1 earthquake struck Kohgiluyeh province in southwestern "
                              "Iran on Sunday, killing 40 people and destroying 12 villages, state media said.\n";
    const std::string second =
        "TEHRAN (AP) - A magnitude 5.6 earthquake struck Hormozgan province in southern Iran on Thursday, killing two "
        "people, state media said. A 6.1 quake struck the same region in 2021 without causing deaths.\n";
    report r = analysed({{"first.txt", first}, {"second.txt", second}});
    story_space space(r.documents);
    CHECK(space.link(0, 1).shared_figures == 0);
    CHECK(r.stories.size() == 2);
}

TEST_CASE("stories: a count stated loosely tells no event apart", "[engine][stories]") {
    // one heist: "about 15 staff and customers" and "Sixteen employees and customers"
    const std::string a = "PARIS (AP) - Four armed robbers stole jewels worth 85 million euros from the Harry Winston "
                          "store on Avenue Montaigne on Thursday. They rounded up about 15 employees and customers.\n";
    const std::string b = "PARIS (Reuters) - Armed robbers stole jewels worth 85 million euros from the Harry Winston store "
                          "on Avenue Montaigne on Thursday. Sixteen employees and customers were in the store.\n";
    report r = analysed({{"a.txt", a}, {"b.txt", b}});
    story_space space(r.documents);
    CHECK(space.link(0, 1).conflicts == 0);
    CHECK(r.stories.size() == 1);
}

TEST_CASE("stories: a named person's age is a figure two reports share", "[engine][stories]") {
    const std::string a = "HOUSTON (AP) - Marcus Tate, 22, was charged on Monday with killing a police officer.\n";
    const std::string b = "HOUSTON - Prosecutors charged Marcus Tate, 22, in the shooting of a police officer.\n";
    report r = analysed({{"a.txt", a}, {"b.txt", b}});
    story_space space(r.documents);
    CHECK(space.link(0, 1).shared_figures == 1);
}

TEST_CASE("stories: a title in quotes is a name, and job counts that differ keep no reports apart", "[engine][stories]") {
    // the film is named only in quotes after its headline; the next day's figures differ
    const std::string sunday =
        "Box office: weekend estimates\nUniversal's sci-fi thriller \"Nightglass\" opened to an estimated $86 million "
        "in North America this weekend, studio estimates showed Sunday. \"Nightglass\" also beat \"Tidewater\".\n";
    const std::string monday =
        "Weekend actuals\nFinal weekend figures released Monday put the North America opening of Universal's sci-fi "
        "thriller \"Nightglass\" at $82.4 million, below Sunday's studio estimate. \"Tidewater\" held second place.\n";
    report r = analysed({{"sunday.txt", sunday}, {"monday.txt", monday}});
    CHECK(r.stories.size() == 1);
    // two reports of one automaker's cuts that differ on the jobs
    const std::string wire =
        "Corvane Motors to cut 3,200 jobs\nDETROIT (Reuters) - Corvane Motors will cut 3,200 jobs worldwide, "
        "including 800 at its headquarters near Detroit, the automaker said on Wednesday.\n";
    const std::string freep =
        "Corvane layoffs hit metro Detroit\nCorvane Motors will shed 3,000 jobs, the automaker told employees on "
        "Wednesday, including 800 at its headquarters near Detroit.\n";
    report cuts = analysed({{"wire.txt", wire}, {"freep.txt", freep}});
    CHECK(cuts.stories.size() == 1);
}
