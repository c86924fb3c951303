// The places find_cues does not try the grammar at (attribution.cpp: may_begin_cue and the walks
// back from a verb or colon) must hold no cue: sentences where a cue stands right beside such a
// place, and where one only seems to.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "grammar/attribution.hpp"

using namespace claimcheck::grammar;

namespace {
std::vector<cue_match> cues(const std::string& text) { return find_cues(text, 0, text.size()); }
std::string part(const std::string& text, std::size_t b, std::size_t e) { return text.substr(b, e - b); }
}  // namespace

TEST_CASE("cue places: a comma right before the verb, after the source", "[grammar][attribution][cue_places]") {
    // source, -',', sp, verb: the walk back from "said" crosses this comma only
    const std::string text = "The ministry, said on Monday that 45 people died.";
    const auto found = cues(text);
    REQUIRE(found.size() == 1);
    CHECK(found[0].kind == cue_kind::source_verb);
    CHECK(part(text, found[0].src_begin, found[0].src_end) == "The ministry");
    CHECK(part(text, found[0].verb_begin, found[0].verb_end) == "said");
}

TEST_CASE("cue places: no source reads across a comma before its verb's own", "[grammar][attribution][cue_places]") {
    // "Reports" is a role word and a speech verb, but neither reads on to "said"
    const std::string text = "Reports of damage, the newspaper said.";
    const auto found = cues(text);
    REQUIRE(found.size() == 1);
    CHECK(found[0].kind == cue_kind::source_verb);
    CHECK(part(text, found[0].src_begin, found[0].src_end) == "the newspaper");
}

TEST_CASE("cue places: a quote between a name and a verb", "[grammar][attribution][cue_places]") {
    const std::string text = "\"45 people died,\" the mayor said.";
    const auto found = cues(text);
    REQUIRE(found.size() == 1);
    CHECK(found[0].begin == text.find("the mayor"));
}

TEST_CASE("cue places: with opens a cue only with a participle after it", "[grammar][attribution][cue_places]") {
    const std::string reporting = "Prices rose with officials reporting 45 deaths.";
    auto found = cues(reporting);
    REQUIRE(found.size() == 1);
    CHECK(found[0].kind == cue_kind::with_participle);
    CHECK(part(reporting, found[0].src_begin, found[0].src_end) == "officials");

    const std::string no_participle = "He left with officials on Monday, the ministry said.";
    found = cues(no_participle);
    REQUIRE(found.size() == 1);
    CHECK(found[0].kind == cue_kind::source_verb);
    CHECK(found[0].begin == no_participle.find("the ministry"));
}

TEST_CASE("cue places: a speech verb opens a cue before its source only when one follows", "[grammar][attribution][cue_places]") {
    const std::string text = "45 people died, officials said on Monday, said the ministry.";
    const auto found = cues(text);
    REQUIRE(found.size() == 2);
    CHECK(found[0].kind == cue_kind::source_verb);
    CHECK(part(text, found[0].src_begin, found[0].src_end) == "officials");
    CHECK(found[1].kind == cue_kind::verb_source);
    CHECK(part(text, found[1].src_begin, found[1].src_end) == "the ministry");
}

TEST_CASE("cue places: intros in capitals, and a word that only begins like one", "[grammar][attribution][cue_places]") {
    const std::string according = "According to the ministry, 45 people died.";
    auto found = cues(according);
    REQUIRE(found.size() == 1);
    CHECK(found[0].kind == cue_kind::according_to);

    const std::string as_reported = "As reported by the ministry, 45 people died.";
    found = cues(as_reported);
    REQUIRE(found.size() == 1);
    CHECK(found[0].kind == cue_kind::by_source);
    CHECK(part(as_reported, found[0].src_begin, found[0].src_end) == "the ministry");

    CHECK(cues("Assault rifles and 45 rounds were seized as evidence.").empty());
}
