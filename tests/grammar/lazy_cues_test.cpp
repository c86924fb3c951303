// extract() reads the cues of a sentence with no claim only when a later claim asks for what
// they leave (the latest speaker, the named sources, the speakers of quotes): these articles
// have their speakers and sources in such sentences, and the attributions are the ones the
// reading of every sentence in turn gave.
#include <catch2/catch.hpp>

#include <cctype>
#include <stdexcept>
#include <string>
#include <vector>

#include "grammar/extract.hpp"
#include "tests/grammar/doc.hpp"

using namespace claimcheck::grammar;

/// The articles of these tests: a doc whose claims are found by their number.
struct article : claimcheck::test::doc {
    using doc::doc;
    const claim& find(const std::string& number) const { return find_number(number); }
};

TEST_CASE("lazy cues: 'he said' takes the speaker of a sentence with no figure", "[grammar][extract][attribution]") {
    const article a{"Ukraine's Air Force said the attack began at night.",
                    "The sirens sounded across the capital.",
                    "Residents took shelter in the metro.",
                    "He said 40 drones were shot down."};
    const claim& c = a.find("40");
    REQUIRE(c.source);
    CHECK(c.source->source == "Ukraine's Air Force");
    CHECK(c.source->written == "He");
    CHECK(c.source->via == "resolved");
    CHECK(c.source->cue == "said");
}

TEST_CASE("lazy cues: 'he said' takes the latest speaker, named in a sentence with a figure after one without",
          "[grammar][extract][attribution]") {
    // the mayor (no figure) is read only when "he added" asks; the governor (with a figure)
    // spoke after him and is the one meant
    const article a{"Kyiv's mayor said the night was calm.",
                    "Governor Oleh Syniehubov said 5 drones hit Kharkiv.",
                    "He added that 2 more fell later."};
    const claim& first = a.find("5");
    REQUIRE(first.source);
    CHECK(first.source->source == "Oleh Syniehubov");
    CHECK(first.source->title == "Governor");
    const claim& c = a.find("2");
    REQUIRE(c.source);
    CHECK(c.source->source == "Oleh Syniehubov");
    CHECK(c.source->via == "resolved");
    CHECK(c.source->cue == "added");
}

TEST_CASE("lazy cues: a role resolves to a source named in a sentence with no figure", "[grammar][extract][attribution]") {
    const article a{"The Russian Defence Ministry said it repelled an attack.",
                    "Fighting went on through the night.",
                    "The ministry said 25 drones were destroyed."};
    const claim& c = a.find("25");
    REQUIRE(c.source);
    CHECK(c.source->source == "Russian Defence Ministry");
    CHECK(c.source->written == "ministry");
    CHECK(c.source->via == "resolved");
}

TEST_CASE("lazy cues: a role resolves past a named source of a sentence with a figure", "[grammar][extract][attribution]") {
    // seen in text order: the ministry (no figure), then the police (a figure), then "the ministry"
    const article a{"The Russian Defence Ministry said it repelled an attack.",
                    "Belgorod Police said 3 people were hurt.",
                    "The sky was clear.",
                    "The ministry said 25 drones were destroyed."};
    const claim& hurt = a.find("3");
    REQUIRE(hurt.source);
    CHECK(hurt.source->source == "Belgorod Police");
    const claim& c = a.find("25");
    REQUIRE(c.source);
    CHECK(c.source->source == "Russian Defence Ministry");
    CHECK(c.source->via == "resolved");
}

TEST_CASE("lazy cues: a quote opened in a sentence with no figure keeps its speaker", "[grammar][extract][attribution]") {
    const article a{"Mayor Vitali Klitschko said: \"The night was hard.",
                    "Rescuers pulled 12 people from the rubble.\"",
                    "Officials said 7 buildings were damaged."};
    const claim& c = a.find("12");
    REQUIRE(c.source);
    CHECK(c.source->source == "Vitali Klitschko");
    CHECK(c.source->via == "quote");
    const claim& after = a.find("7");
    REQUIRE(after.source);
    CHECK(after.source->source == "Officials");
    CHECK(after.source->via == "sentence");
}

TEST_CASE("lazy cues: a quote that closes in a sentence with no figure, its speaker after it",
          "[grammar][extract][attribution]") {
    const article a{"\"We lost 3 tanks.", "It was a hard day,\" the commander said.", "The unit has 40 soldiers left."};
    const claim& c = a.find("3");
    REQUIRE(c.source);
    CHECK(c.source->source == "commander");
    CHECK(c.source->via == "quote");
    CHECK_FALSE(a.find("40").source);
}

TEST_CASE("lazy cues: a quote whose speaker is named after it, then 'he said'", "[grammar][extract][attribution]") {
    const article a{"\"The shelling did not stop,\" said Governor Vyacheslav Gladkov.",
                    "\"Everyone is in the shelters.\"",
                    "He said 2 houses burned."};
    const claim& c = a.find("2");
    REQUIRE(c.source);
    CHECK(c.source->source == "Vyacheslav Gladkov");
    CHECK(c.source->via == "resolved");
}

TEST_CASE("lazy cues: a quote that runs through a sentence with no figure keeps the speaker named where it opened",
          "[grammar][extract][attribution]") {
    // the quote opens in a sentence with a figure, runs through one without (which names a
    // speaker of its own, for a later "he said") and holds a figure in a third
    const article a{"Governor Oleh Syniehubov said: \"We counted 9 explosions.",
                    "Mayor Ihor Terekhov said the city was calm.",
                    "Rescuers pulled 4 people from the rubble.\"",
                    "He said 2 schools were hit."};
    const claim& first = a.find("9");
    REQUIRE(first.source);
    CHECK(first.source->source == "Oleh Syniehubov");
    CHECK(first.source->via == "quote");
    const claim& inside = a.find("4");
    REQUIRE(inside.source);
    CHECK(inside.source->source == "Oleh Syniehubov");
    CHECK(inside.source->via == "quote");
    const claim& after = a.find("2");
    REQUIRE(after.source);
    CHECK(after.source->source == "Ihor Terekhov");
    CHECK(after.source->via == "resolved");
}

TEST_CASE("quotes: a quotation left open does not run into the next paragraph", "[grammar][extract][attribution]") {
    // paragraph 0 opens a quote it never closes; paragraph 1 pairs its own quotation marks, so
    // the figure of its first sentence is outside any quotation and the second's inside one
    const std::vector<std::string> sents{"Officials said: \"The attack began at night.",
                                         "Rescuers pulled 12 people out, police said.",
                                         "\"We found 3 more,\" the fire chief said."};
    std::string text, lower;
    std::vector<sentence_span> spans;
    for (std::size_t k = 0; k < sents.size(); ++k) {
        if (!text.empty()) text += '\n';
        spans.push_back({text.size(), text.size() + sents[k].size(), k == 0 ? 0u : 1u});
        text += sents[k];
    }
    lower = text;
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    const auto claims = extract(text_input{text, lower}, spans);
    REQUIRE(claims.size() == 2);
    REQUIRE(claims[0].source);
    CHECK(claims[0].source->source == "police");
    CHECK(claims[0].source->via == "sentence");
    REQUIRE(claims[1].source);
    CHECK(claims[1].source->source == "fire chief");
    CHECK(claims[1].source->via == "quote");
}
