// Attribution forms met in the dev articles: titles before names, headlines, parentheticals,
// and clause boundaries that a trailing cue does not cross.
#include <catch2/catch.hpp>

#include <string>

#include "grammar/extract.hpp"

using namespace claimcheck::grammar;

namespace {

struct one_sentence {
    std::string text, lower;
    std::vector<claim> claims;
    explicit one_sentence(std::string t) : text(std::move(t)), lower(text) {
        for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        claims = extract({text, lower}, {{0, text.size(), 0}});
    }
    const claim& at(const std::string& words) const {
        for (const auto& c : claims)
            if (text.compare(c.begin, words.size(), words) == 0) return c;
        FAIL("no claim starts with " << words);
        return claims.front();
    }
};

}  // namespace

TEST_CASE("attribution: a person's name after a title names the source", "[grammar][attribution]") {
    // 18_6ecbplus
    one_sentence s{"Assistant Oakland County Prosecutor Rob Novy said the 39-year-old Troy man shot his former co-workers."};
    const claim& c = s.at("39-year-old");
    REQUIRE(c.source);
    CHECK(c.source->source == "Rob Novy");
    CHECK(c.source->title == "Assistant Oakland County Prosecutor");
}

TEST_CASE("attribution: a role alone stays the source", "[grammar][attribution]") {
    one_sentence s{"An expected prisoner swap took place Wednesday, with 175 servicemen exchanged on each side, the "
                   "Russian Defense Ministry said."};
    REQUIRE(s.at("175").source);
    CHECK(s.at("175").source->source == "Russian Defense Ministry");
    CHECK(s.at("175").source->title.empty());
}

TEST_CASE("attribution: a headline 'Source: claim'", "[grammar][attribution]") {
    // 18_1ecbplus
    one_sentence s{"Sheriff: Michigan office shooting kills 1, injures 2"};
    REQUIRE(s.at("1").source);
    CHECK(s.at("1").source->source == "Sheriff");
    CHECK(s.at("2").source->source == "Sheriff");
}

TEST_CASE("attribution: a trailing cue does not reach across a semicolon", "[grammar][attribution]") {
    // 18_2ecbplus: the police speak about the suspect, not the toll
    one_sentence s{"1 dead, 2 hurt in Mich. office shooting; police say suspect had worked there"};
    CHECK_FALSE(s.at("1").source);
    CHECK_FALSE(s.at("2").source);
}

TEST_CASE("attribution: a trailing cue does not reach back across ', but'", "[grammar][attribution]") {
    // 10_2ecbplus: WCVB reported the $184 million, not the Red Sox offer
    one_sentence s{"The Red Sox have made an eight-year offer to Teixeira in excess of $160 million, but sources close "
                   "to the negotiations say it is less than the $184 million reported by Boston WCVB sportscaster "
                   "Mike Lynch."};
    CHECK_FALSE(s.at("eight-year").source);
    REQUIRE(s.at("$184 million").source);
}

TEST_CASE("attribution: a parenthetical between the source and its verb", "[grammar][attribution]") {
    // 43_2ecbplus
    one_sentence s{"AMD (NYSE: AMD) today announced it has signed a definitive agreement to acquire SeaMicro for "
                   "approximately $334 million."};
    REQUIRE(s.at("approximately $334 million").source);
    CHECK(s.at("approximately $334 million").source->source.rfind("AMD", 0) == 0);
}

TEST_CASE("attribution: 'X is reporting that'", "[grammar][attribution]") {
    // 10_19ecbplus
    one_sentence s{"ESPN is reporting that the Nationals have offered Mark Teixeira an 8-year, $160 million contract."};
    REQUIRE(s.at("$160 million").source);
    CHECK(s.at("$160 million").source->source == "ESPN");
}

TEST_CASE("attribution: records and measurements speak for their agency", "[grammar][attribution]") {
    // 38_3ecb, 38_7ecbplus
    one_sentence a{"Altogether, 23 quakes occurred Sunday in and around The Geysers, US Geological Survey records show."};
    REQUIRE(a.at("23 quakes").source);
    CHECK(a.at("23 quakes").source->source.find("Geological Survey") != std::string::npos);
    one_sentence b{"USGS measurements indicated at least 20 smaller earthquakes followed throughout the morning."};
    REQUIRE(b.at("at least 20").source);
    CHECK(b.at("at least 20").source->source.find("USGS") != std::string::npos);
}

TEST_CASE("attribution: 'figures reported by X' is passive: X is the source", "[grammar][attribution]") {
    one_sentence s{"Casualty figures reported by Ukrainian officials noted one individual lost their life."};
    REQUIRE(s.at("one").source);
    CHECK(s.at("one").source->source == "Ukrainian officials");
}
