#include <catch2/catch.hpp>

#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include "grammar/lexicon.hpp"

using namespace claimcheck::grammar;

using rows_t = std::vector<std::vector<std::string>>;

TEST_CASE("lexicon: rows of tab-separated columns", "[grammar][lexicon]") {
    const lexicon_table t = parse_lexicon("at least\tat_least\tpre\nover\tmore_than\tpre\n");
    CHECK(t.rows == rows_t{{"at least", "at_least", "pre"}, {"over", "more_than", "pre"}});
}

TEST_CASE("lexicon: comments and blank lines are dropped", "[grammar][lexicon]") {
    const lexicon_table t = parse_lexicon("# word\tvalue\n\nzero\t0\n\n# a second comment\ntwo\t2\n\n");
    CHECK(t.rows == rows_t{{"zero", "0"}, {"two", "2"}});
}

TEST_CASE("lexicon: CRLF line ends", "[grammar][lexicon]") {
    const lexicon_table t = parse_lexicon("# comment\r\n\r\nmiles\tmi\tlength\r\nkm\tkm\tlength\r\n");
    CHECK(t.rows == rows_t{{"miles", "mi", "length"}, {"km", "km", "length"}});
}

TEST_CASE("lexicon: a last line without a line end", "[grammar][lexicon]") {
    CHECK(parse_lexicon("said\tverb\nsays\tverb").rows == rows_t{{"said", "verb"}, {"says", "verb"}});
}

TEST_CASE("lexicon: spaces belong to a column, tabs separate columns", "[grammar][lexicon]") {
    const lexicon_table t = parse_lexicon("per cent\t%\tpercent\na\t\tb\n");
    CHECK(t.rows == rows_t{{"per cent", "%", "percent"}, {"a", "", "b"}});
}

TEST_CASE("lexicon: empty text", "[grammar][lexicon]") {
    CHECK(parse_lexicon("").rows.empty());
    CHECK(parse_lexicon("# only a comment\n").rows.empty());
}

TEST_CASE("lexicon: map and set", "[grammar][lexicon]") {
    const lexicon_table t = parse_lexicon("dozens\t24\tat_least\nmr\n");
    const auto m = t.map();
    CHECK(m.size() == 2);
    CHECK(m.at("dozens") == "24");
    CHECK(m.at("mr").empty());  // one column: ""
    const auto s = t.set();
    CHECK(s.size() == 2);
    CHECK(s.count("dozens") == 1);
    CHECK(s.count("mr") == 1);
    CHECK(s.count("24") == 0);
}

TEST_CASE("lexicon: the bundled lexicons load", "[grammar][lexicon]") {
    const auto& units = lexicon("units").map();
    CHECK(units.at("square kilometers") == "km2");
    CHECK(units.at("mph") == "mph");
    CHECK(lexicon_map("units").at("km / h") == "km/h");
    CHECK(lexicon_map("currencies").at("us$") == "USD");
    CHECK(lexicon_map("qualifiers").at("no fewer than") == "at_least");
    CHECK(lexicon_map("vague").at("dozens") == "24");
    CHECK(lexicon_set("months").count("march") == 1);
    CHECK(lexicon_set("abbreviations").count("u.s") == 1);
    CHECK(lexicon_set("speech_verbs").count("according to") == 1);
    CHECK(lexicon_set("outlet_lines").count("original source:") == 1);
}

TEST_CASE("lexicon: an unknown name throws", "[grammar][lexicon]") {
    CHECK_THROWS_AS(lexicon("no_such_lexicon"), std::out_of_range);
    CHECK_THROWS_AS(lexicon_set("no_such_lexicon"), std::out_of_range);
    CHECK_THROWS_AS(lexicon_map("no_such_lexicon"), std::out_of_range);
}

TEST_CASE("lexicon: every row has the columns its header names", "[grammar][lexicon]") {
    // the column count each file's header comment documents; a space typed for a tab shows here
    struct file {
        const char* name;
        std::size_t columns;
    };
    for (const file& f : {file{"abbreviations", 1}, file{"attached_units", 3}, file{"currencies", 3}, file{"debris_words", 1},
                          file{"denials", 2}, file{"fractions", 2}, file{"harm_verbs", 1}, file{"months", 1},
                          file{"name_stopwords", 1}, file{"number_words", 3}, file{"outlet_lines", 1},
                          file{"partitives", 2}, file{"predicates", 2}, file{"pronouns", 2}, file{"qualifiers", 3},
                          file{"roads", 1}, file{"scale_abbreviations", 3}, file{"scope_events", 1}, file{"scope_idioms", 1}, file{"scope_preps", 2}, file{"sources", 2},
                          file{"speech_verbs", 2}, file{"stopwords", 2}, file{"subgroups", 1}, file{"time_markers", 1}, file{"units", 3},
                          file{"vague", 3}}) {
        INFO(f.name);
        const auto& rows = lexicon(f.name).rows;
        CHECK_FALSE(rows.empty());
        for (const auto& r : rows) {
            INFO(r.front());
            CHECK(r.size() == f.columns);
            CHECK_FALSE(r.front().empty());
        }
    }
}

TEST_CASE("lexicon: qualifier classes and positions are the contract's", "[grammar][lexicon]") {
    const std::set<std::string> classes{"approx", "nearly", "at_least", "more_than", "at_most", "less_than"};
    for (const auto& r : lexicon("qualifiers").rows) {
        INFO(r.front());
        REQUIRE(r.size() == 3);
        CHECK(classes.count(r[1]) == 1);
        CHECK((r[2] == "pre" || r[2] == "post"));
    }
    for (const auto& r : lexicon("vague").rows) {
        INFO(r.front());
        REQUIRE(r.size() == 3);
        CHECK(classes.count(r[2]) == 1);
    }
}

TEST_CASE("lexicon: word_set and word_map find every word they hold, whatever it opens with", "[grammar][lexicon]") {
    const word_set set{"the", "a.m.", "don't", "#", "x", "o'clock", "u.s."};
    for (const char* w : {"the", "a.m.", "don't", "#", "x", "o'clock", "u.s."}) {
        INFO(w);
        CHECK(set.count(w) == 1);
        CHECK(set.find(w) != set.end());
    }
    for (const char* w : {"then", "th", "The", "a.m", "am", "dont", "##", "", "xy", "us", "o"}) {
        INFO(w);
        CHECK(set.count(w) == 0);
        CHECK(set.find(w) == set.end());
    }
    word_map map;
    map.emplace("ukrainian", "ukraine");
    map.emplace("ukrainian", "other");  // the first value stays
    map.emplace("'s", "possessive");
    REQUIRE(map.find("ukrainian") != map.end());
    CHECK(map.find("ukrainian")->second == "ukraine");
    CHECK(map.find("'s")->second == "possessive");
    CHECK(map.count("ukrainians") == 0);
    CHECK(map.find("'t") == map.end());
    CHECK(map.size() == 2);
    // every row of a lexicon is found in its cached set and map
    for (const auto& r : lexicon("stopwords").rows) CHECK(lexicon_words("stopwords").count(r[0]) == 1);
    for (const auto& r : lexicon("demonyms").rows) CHECK(lexicon_pairs("demonyms").count(r[0]) == 1);
}
