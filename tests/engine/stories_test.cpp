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
    // every article names the valley and the survey: names found in every document say nothing
    INFO(from_docs[story_of(from_docs, 0)].label);
    CHECK(from_docs[story_of(from_docs, 0)].label.find("zelvorath") == std::string::npos);
    CHECK(from_docs[story_of(from_docs, 0)].label.find("mirrendale") == std::string::npos);
}
