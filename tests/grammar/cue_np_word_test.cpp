// The attribution grammar reads a source with hand-written parsers (attribution_grammar::
// name_word_parser, role_word_parser, np_core_parser); each says in its contract the X3
// expression it reads as. These tests hold them to it: the expressions, composed here, and the
// parsers read many words and phrases made of the lexicons' entries and of the characters the
// expressions ask about, and must agree on every one (match or not, and where the match ends).
#include <catch2/catch.hpp>

#include <memory>
#include <random>
#include <string>
#include <vector>

#include "grammar/attribution.hpp"
#include "grammar/attribution_def.hpp"

namespace ag = claimcheck::grammar::attribution_grammar;
namespace x3 = boost::spirit::x3;
using claimcheck::grammar::word_list;

namespace {

/// The lexicons' tables, filled (a parse fills them before its first read).
const ag::tables& filled() {
    claimcheck::grammar::parse_source_phrase("x", 0, 1);
    return ag::t();
}

/// Where `p` stops on `s` read from its start (npos: no match).
template <class P>
std::size_t end_of(const P& p, const std::string& s) {
    const char* first = s.data();
    if (!x3::parse(first, s.data() + s.size(), p)) return std::string::npos;
    return static_cast<std::size_t>(first - s.data());
}

/// The words to read: `entries` as written, capitalised and upper case, each followed by each
/// of the endings that the expressions tell apart (possessives, hyphens, dots, "&", letters,
/// digits, spaces and other punctuation, the end of the text).
std::vector<std::string> words_from(const std::vector<std::string>& entries) {
    const std::vector<std::string> endings = {"",   "'s",  "'S",  "'",   "'x", "s",  "S",  "1",    "-",   "-Kyiv", "-1",
                                              ".",  ".S.", ". ",  "..",  "&",  "&T", "& ", " said", ",",  ":",     "'s said",
                                              "'s.", "-'", ".'s", "\"",  "(",  "s'", "'-", "&-",   ".-x", "\n"};
    std::vector<std::string> out;
    for (const std::string& e : entries) {
        std::string cap = e, up = e;
        if (!cap.empty() && cap[0] >= 'a' && cap[0] <= 'z') cap[0] = static_cast<char>(cap[0] - 'a' + 'A');
        for (char& c : up)
            if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
        for (const std::string& w : {e, cap, up})
            for (const std::string& end : endings) out.push_back(w + end);
    }
    return out;
}

std::vector<std::string> entries_of(const word_list& list) {
    std::vector<std::string> out;
    list.for_each([&](const std::string& w) { out.push_back(w); });
    return out;
}

/// The expressions of the contracts of name_word_parser, role_word_parser and np_core_parser.
auto name_word_expression(const ag::tables& tb) {
    using ag::word_char;
    return &claimcheck::grammar::ascii::upper >> !(x3::no_case[tb.name_stop] >> !(word_char | '\'' | '-' | '.')) >>
           x3::lexeme[claimcheck::grammar::ascii::upper >> *(word_char | (x3::char_("-'.&") >> &word_char))] >>
           -ag::lit('.') >> ag::wb;
}
auto role_word_expression(const ag::tables& tb) {
    return x3::no_case[tb.role_head | tb.role_mod] >> -(ag::lit("'s") | ag::lit("'")) >> ag::wb;
}
auto np_core_expression(const ag::tables& tb) {
    using ag::sp;
    using ag::wb;
    const auto name_word = name_word_expression(tb);
    const auto np_word = role_word_expression(tb) | name_word;
    const auto and_name = ag::lit("and") >> wb >> sp >> name_word;
    // an org head: one of ag::org_heads, capitalised, that name_word reads whole
    static const x3::symbols<> heads = [] {
        x3::symbols<> h;
        for (std::string_view w : ag::org_heads) h.add(std::string(w));
        return h;
    }();
    const auto org_head = &claimcheck::grammar::ascii::upper >> x3::no_case[heads] >>
                          !(ag::word_char | (x3::char_("-'.&") >> ag::word_char)) >> !ag::lit('.') >> wb;
    const auto nw_sp = name_word >> sp;
    const auto and_org = ag::lit("and") >> wb >> sp >>
                         ((nw_sp >> nw_sp >> nw_sp >> org_head) | (nw_sp >> nw_sp >> org_head) | (nw_sp >> org_head) | org_head);
    return -(x3::no_case[tb.det] >> wb >> sp) >> (np_word >> x3::repeat(0, 11)[sp >> (np_word | and_org)]) >>
           -(sp >> x3::no_case[ag::lit("of") | ag::lit("for") | ag::lit("in")] >> wb >> sp >>
             -(x3::no_case[ag::lit("the")] >> sp) >> (name_word >> x3::repeat(0, 5)[sp >> (name_word | and_name)])) >>
           -(sp >> ag::parenthetical);
}

}  // namespace

TEST_CASE("cue words: name_word_parser reads as its X3 expression", "[grammar][attribution]") {
    const ag::tables& tb = filled();
    const auto expression = name_word_expression(tb);
    std::vector<std::string> entries = entries_of(tb.name_stop);
    for (const std::string& w : entries_of(tb.role_head)) entries.push_back(w);
    for (const char* w : {"Ukraine", "U.S", "Al-Jazeera", "AT&T", "O'Brien", "X", "e", "1", "", "-", "'", "."})
        entries.push_back(w);
    std::size_t matched = 0;
    for (const std::string& s : words_from(entries)) {
        INFO(s);
        const std::size_t want = end_of(expression, s);
        CHECK(end_of(ag::name_word, s) == want);
        if (want != std::string::npos) ++matched;
    }
    CHECK(matched > 100);  // the words read hold many names, not only stopwords and failures
}

TEST_CASE("cue words: role_word_parser reads as its X3 expression", "[grammar][attribution]") {
    const ag::tables& tb = filled();
    const auto expression = role_word_expression(tb);
    std::vector<std::string> entries = entries_of(tb.role_head);
    for (const std::string& w : entries_of(tb.role_mod)) entries.push_back(w);
    for (const char* w : {"Ukraine", "x", "", "'"}) entries.push_back(w);
    std::size_t matched = 0;
    for (const std::string& s : words_from(entries)) {
        INFO(s);
        const std::size_t want = end_of(expression, s);
        CHECK(end_of(ag::role_word, s) == want);
        if (want != std::string::npos) ++matched;
    }
    CHECK(matched > 100);
}

TEST_CASE("cue words: np_core_parser reads as its X3 expression", "[grammar][attribution]") {
    const ag::tables& tb = filled();
    const auto expression = np_core_expression(tb);
    // the pieces of the phrases: the lexicons' determiners and role words (a few of each), names,
    // stopwords, the words of "of/for/in the", verbs, possessives, parentheses and separators
    std::vector<std::string> pieces = {"Ukraine's", "Air", "Force", "U.S.", "Al-Jazeera", "The", "THE", "In",  "in",
                                       "of",        "Of",  "for",   "FOR",  "the",        "theater", "info", "said",
                                       "told",      "(NYSE: AMD)", "(unclosed", "(a \"quote\")", ",", "'s", "x",
                                       "officials'", "Kyiv", "Mayor", "mayor's", "and", "And", "andes", "Drug",
                                       "Administration", "Authority", "AUTHORITY", "Office.", "Office-", "Port", "Le", "Monde"};
    // (std::addressof: & of a parser is X3's and-predicate)
    for (const word_list* list : {std::addressof(tb.det), std::addressof(tb.role_head), std::addressof(tb.role_mod),
                                  std::addressof(tb.name_stop)}) {
        std::vector<std::string> entries = entries_of(*list);
        for (std::size_t k = 0; k < entries.size(); k += 1 + entries.size() / 6) pieces.push_back(entries[k]);
    }
    pieces.push_back("(" + std::string(79, 'a') + ")");
    pieces.push_back("(" + std::string(80, 'a') + ")");
    pieces.push_back("(" + std::string(81, 'a') + ")");
    const std::vector<std::string> gaps = {" ", "  ", "\n", " \n "};
    std::mt19937 random(20261207);  // the same phrases at every run
    std::size_t matched = 0, long_ones = 0;
    for (int n = 0; n < 40000; ++n) {
        std::string s;
        const std::size_t words = 1 + random() % 16;
        for (std::size_t w = 0; w < words; ++w) {
            if (w) s += gaps[random() % gaps.size()];
            s += pieces[random() % pieces.size()];
        }
        INFO(s);
        const std::size_t want = end_of(expression, s);
        CHECK(end_of(ag::np_core, s) == want);
        if (want != std::string::npos) ++matched;
        if (want != std::string::npos && want > 40) ++long_ones;
    }
    CHECK(matched > 1000);    // many phrases are sources
    CHECK(long_ones > 100);   // and many of them long ones (several words, "of the X", parentheticals)
}
