#pragma once
// Rules of the attribution grammar. Included only by attribution.cpp.
//
// Reads folded text with its case kept: a source is a run of capitalised names ("Ukraine's
// Air Force") and of role words from lexicon/sources.tsv ("the city's mayor", "customs
// official"); cues (said, according to, as confirmed by, ...) come from speech_verbs.tsv.
#include <array>
#include <iterator>

#include <boost/spirit/home/x3.hpp>
#include <string>
#include <string_view>

#include "grammar/ascii_x3.hpp"
#include "grammar/attribution.hpp"
#include "grammar/lexicon.hpp"
#include "grammar/word_list_x3.hpp"

namespace claimcheck::grammar::attribution_grammar {

namespace x3 = boost::spirit::x3;

struct tables {
    word_list role_head, role_mod, det, name_stop, pronoun, adverbial;
    word_list verb, participle, prep, by;
};

inline tables& t() {
    static tables& tb = *new tables;  // never destroyed: it lives as long as the program (no work at exit)
    return tb;
}

inline void fill_tables() {
    auto& tb = t();
    for (const auto& r : lexicon("sources").rows) {
        const std::string& role = r.at(1);
        if (role == "head") tb.role_head.add(r[0]);
        else if (role == "mod") tb.role_mod.add(r[0]);
        else if (role == "det") tb.det.add(r[0]);
    }
    for (const auto& r : lexicon("name_stopwords").rows) tb.name_stop.add(r[0]);
    for (const auto& r : lexicon("pronouns").rows) tb.pronoun.add(r[0]);
    for (const auto& r : lexicon("speech_verbs").rows) {
        const std::string& kind = r.at(1);
        if (kind == "verb") tb.verb.add(r[0]);
        else if (kind == "participle") tb.participle.add(r[0]);
        else if (kind == "prep") tb.prep.add(r[0]);
        else if (kind == "by") tb.by.add(r[0]);
    }
    for (const char* a : {"also", "later", "earlier", "previously", "recently", "has", "have", "had", "further",
                          "then", "reportedly", "separately", "today", "yesterday", "tonight", "monday", "tuesday",
                          "wednesday", "thursday", "friday", "saturday", "sunday", "on monday", "on tuesday",
                          "on wednesday", "on thursday", "on friday", "on saturday", "on sunday", "last week",
                          "this week", "late", "initially", "first", "had earlier", "has since", "officially",
                          "publicly", "separately", "in a statement", "on telegram", "morning", "evening",
                          "night", "afternoon", "overnight", "would", "will", "previously"})
        tb.adverbial.add(a);
}

// keywords and character classes in the table-driven ASCII encoding (grammar/ascii.hpp)
inline auto lit(const char* s) { return ascii::lit(s); }
inline auto lit(char c) { return x3::literal_char<ascii::encoding, x3::unused_type>(c); }
inline const auto word_char = ascii::alnum;
inline const auto wb = !word_char;
inline const auto sp = +(lit(' ') | lit('\n'));

/// A capitalised name word, possibly possessive or hyphenated: "Ukraine's", "Al-Jazeera", "U.S.".
/// Reads, by hand, what this X3 expression reads (a source reads it at each of its words):
///     &upper >> !(no_case[name_stop] >> !(word_char | '\'' | '-' | '.')) >>
///     lexeme[upper >> *(word_char | (char_("-'.&") >> &word_char))] >> -lit('.') >> wb
struct name_word_parser : x3::parser<name_word_parser> {
    using attribute_type = x3::unused_type;
    static bool const has_attribute = false;
    word_list stop = t().name_stop;  // (shares the entries the lexicon fills later)

    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const&, RContext&, Attribute&) const {
        if (first == last || !ascii::is_upper(*first)) return false;
        // a stopword read whole is no name ("The", "In"), but one that goes on is ("Theresa",
        // "In-N-Out"): word_list reads the longest entry, as no_case[symbols] does
        Iterator i = first;
        x3::unused_type unused;
        if (stop.parse(i, last, x3::unused, unused, unused) &&
            !(i != last && (ascii::is_alnum(*i) || *i == '\'' || *i == '-' || *i == '.')))
            return false;
        i = first;
        ++i;
        while (i != last) {
            if (ascii::is_alnum(*i)) {
                ++i;
                continue;
            }
            const char c = *i;
            if (c != '-' && c != '\'' && c != '.' && c != '&') break;
            Iterator next = i;
            ++next;
            if (next == last || !ascii::is_alnum(*next)) break;
            i = next;
        }
        if (i != last && *i == '.') ++i;
        if (i != last && ascii::is_alnum(*i)) return false;
        first = i;
        return true;
    }
};
/// A role word of lexicon/sources.tsv, possibly possessive: "ministry's", "officials'". Reads,
/// by hand, what this X3 expression reads:
///     no_case[role_head | role_mod] >> -(lit("'s") | lit("'")) >> wb
struct role_word_parser : x3::parser<role_word_parser> {
    using attribute_type = x3::unused_type;
    static bool const has_attribute = false;
    word_list head = t().role_head, mod = t().role_mod;  // (as name_word_parser::stop)

    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const&, RContext&, Attribute&) const {
        Iterator i = first;
        x3::unused_type unused;
        // the alternative takes the head's longest entry when there is one (the words after
        // it do not send it back to the modifiers)
        if (!head.parse(i, last, x3::unused, unused, unused) && !mod.parse(i, last, x3::unused, unused, unused)) return false;
        if (i != last && *i == '\'') {
            ++i;
            if (i != last && *i == 's') ++i;  // "'s" (lower case only, as lit reads it), else "'"
        }
        if (i != last && ascii::is_alnum(*i)) return false;
        first = i;
        return true;
    }
};
inline const auto name_word = name_word_parser{};
inline const auto role_word = role_word_parser{};
inline const auto np_word = role_word | name_word;
// bounded repetitions: a source is at most twelve words, a parenthetical at most 80 characters,
// so that a run of capitalised words or an unclosed parenthesis costs linear time
inline const auto parenthetical = lit('(') >> x3::repeat(0, 80)[x3::char_ - lit(')') - lit('"')] >> lit(')');
// "spokesman for the Ministry", "police in Kabul", "prosecutors in Rotterdam": a role and the
// named body or place it belongs to. np_core_parser reads, by hand, what this X3 expression reads
// (every cue with a source reads it, and the composed sequences, repetitions and options cost
// more than the loops below):
//     -(no_case[det] >> wb >> sp) >> (np_word >> repeat(0, 11)[sp >> (np_word | and_org)]) >>
//     -(sp >> no_case[lit("of") | lit("for") | lit("in")] >> wb >> sp >> -(no_case[lit("the")] >> sp) >>
//       (name_word >> repeat(0, 5)[sp >> (name_word | and_name)])) >>
//     -(sp >> parenthetical)  // "AMD (NYSE: AMD) today announced"
// where and_name = lit("and") >> wb >> sp >> name_word: "and" between two capitalised words stays
// in the name after "of", "for" or "in" ("the Department of Forestry and Fire Protection",
// "the Centers for Disease Control and Prevention"); before it, only where up to four name words
// after "and" end with the head of a body's name (org_heads: "the Food and Drug Administration",
// "the Maritime and Port Authority"), as the longest of
//     and_org = lit("and") >> wb >> sp >> repeat(j)[name_word >> sp] >> org_head, j = 3, 2, 1, 0
// (org_head: a name word that is one of org_heads, any case) reads; "Le Monde and Channel News
// Asia" and "Russia and Ukraine" are two sources, of which the cue takes the first or the last
/// The last words of bodies' names that may hold an "and" ("Food and Drug Administration").
inline constexpr std::array<std::string_view, 24> org_heads = {
    "administration", "authority", "agency",  "department", "prevention", "protection", "commission", "service",
    "services",       "affairs",   "management", "security", "safety",   "development", "research",  "board",
    "bureau",         "council",   "office",  "organisation", "organization", "institute", "ministry", "trade"};

struct np_core_parser : x3::parser<np_core_parser> {
    using attribute_type = x3::unused_type;
    static bool const has_attribute = false;
    word_list det = t().det;  // (shares the entries the lexicon fills later)

    template <typename Iterator>
    static bool at_word_char(Iterator i, Iterator last) { return i != last && ascii::is_alnum(*i); }
    /// sp: one space or line break at least
    template <typename Iterator>
    static bool spaces(Iterator& i, Iterator last) {
        if (i == last || (*i != ' ' && *i != '\n')) return false;
        do ++i;
        while (i != last && (*i == ' ' || *i == '\n'));
        return true;
    }
    /// no_case[lit(word)] (`word` lower case)
    template <typename Iterator>
    static bool keyword(Iterator& i, Iterator last, const char* word) {
        Iterator k = i;
        for (; *word; ++word, ++k)
            if (k == last || ascii::to_lower(*k) != *word) return false;
        i = k;
        return true;
    }
    /// Whether [b, e) is one of org_heads, in any case.
    template <typename Iterator>
    static bool org_head(Iterator b, Iterator e) {
        const auto n = static_cast<std::size_t>(std::distance(b, e));
        for (std::string_view h : org_heads) {
            if (h.size() != n) continue;
            Iterator k = b;
            std::size_t x = 0;
            while (x < n && ascii::to_lower(*k) == h[x]) ++k, ++x;
            if (x == n) return true;
        }
        return false;
    }
    /// `word` (an X3 parser), then up to `more` times spaces and `word`, or spaces, "and", spaces
    /// and name words (`in_body`: one; else up to four that end with an org head)
    template <typename Iterator, typename P>
    static bool run(Iterator& i, Iterator last, const P& word, int more, bool in_body) {
        x3::unused_type unused;
        if (!word.parse(i, last, x3::unused, unused, unused)) return false;
        for (; more > 0; --more) {
            Iterator k = i;
            if (!spaces(k, last)) break;
            Iterator w = k;
            if (word.parse(w, last, x3::unused, unused, unused)) {
                i = w;
                continue;
            }
            // "and" (lower case, as lit reads it) and a name word
            if (k == last || *k != 'a') break;
            ++k;
            if (k == last || *k != 'n') break;
            ++k;
            if (k == last || *k != 'd') break;
            ++k;
            if (at_word_char(k, last) || !spaces(k, last)) break;
            if (in_body) {
                if (!name_word.parse(k, last, x3::unused, unused, unused)) break;
                i = k;
                continue;
            }
            // the longest run of up to four name words that ends with an org head
            Iterator at = k, best = k;
            bool found = false;
            for (int n = 0; n < 4; ++n) {
                const Iterator start = at;
                if (!name_word.parse(at, last, x3::unused, unused, unused)) break;
                // (a word read with a '.' after it is no head: org_head compares the whole)
                if (org_head(start, at)) {
                    best = at;
                    found = true;
                }
                Iterator after = at;
                if (!spaces(after, last)) break;
                at = after;
            }
            if (!found) break;
            i = best;
        }
        return true;
    }

    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const&, RContext&, Attribute&) const;
};
template <typename Iterator, typename Context, typename RContext, typename Attribute>
bool np_core_parser::parse(Iterator& first, Iterator const& last, Context const&, RContext&, Attribute&) const {
    x3::unused_type unused;
    Iterator i = first;
    {
        Iterator k = i;
        if (det.parse(k, last, x3::unused, unused, unused) && !at_word_char(k, last) && spaces(k, last)) i = k;
    }
    if (!run(i, last, np_word, 11, false)) return false;
    {
        Iterator k = i;
        if (spaces(k, last) && (keyword(k, last, "of") || keyword(k, last, "for") || keyword(k, last, "in")) &&
            !at_word_char(k, last) && spaces(k, last)) {
            Iterator the = k;
            if (keyword(the, last, "the") && spaces(the, last)) k = the;
            if (run(k, last, name_word, 5, true)) i = k;
        }
    }
    {
        Iterator k = i;
        if (spaces(k, last) && parenthetical.parse(k, last, x3::unused, unused, unused)) i = k;
    }
    first = i;
    return true;
}
inline const auto np_core = np_core_parser{};
inline const auto pronoun_np = x3::no_case[t().pronoun] >> wb;

struct match {
    cue_kind kind{};
    const char* src_b = nullptr;
    const char* src_e = nullptr;
    const char* verb_b = nullptr;
    const char* verb_e = nullptr;
    bool pronoun = false;
};

inline constexpr auto m_src = [](auto& ctx) {
    x3::_val(ctx).src_b = x3::_attr(ctx).begin();
    x3::_val(ctx).src_e = x3::_attr(ctx).end();
    x3::_val(ctx).pronoun = false;
};
inline constexpr auto m_pron = [](auto& ctx) {
    x3::_val(ctx).src_b = x3::_attr(ctx).begin();
    x3::_val(ctx).src_e = x3::_attr(ctx).end();
    x3::_val(ctx).pronoun = true;
};
inline constexpr auto m_verb = [](auto& ctx) {
    x3::_val(ctx).verb_b = x3::_attr(ctx).begin();
    x3::_val(ctx).verb_e = x3::_attr(ctx).end();
};
template <cue_kind K>
inline constexpr auto m_kind = [](auto& ctx) { x3::_val(ctx).kind = K; };
/// A possessive is no subject: "above analysts' estimates of $33.2 billion" is no cue of
/// analysts (the verb's form is the plural noun's).
inline constexpr auto m_verb_after_subject = [](auto& ctx) {
    auto& m = x3::_val(ctx);
    const std::string_view src(m.src_b, static_cast<std::size_t>(m.src_e - m.src_b));
    if (src.ends_with('\'') || src.ends_with("'s") || src.ends_with("'S")) {
        x3::_pass(ctx) = false;
        return;
    }

    m.verb_b = x3::_attr(ctx).begin();
    m.verb_e = x3::_attr(ctx).end();
};

/// Speech verbs that also take a counted object ("added 24 points", "wrote 412 checks",
/// "recalled 300,000 kettles"): a figure right after one is the object, not what was said.
inline const auto counted_object_verb =
    x3::no_case[lit("added") | lit("adds") | lit("wrote") | lit("writes") | lit("posted") | lit("posts") | lit("recalled") |
                lit("recalls")];
/// The words that may stand between such a verb and its object's number.
inline const auto object_qualifier = lit("about") | lit("nearly") | lit("some") | lit("roughly") | lit("around") |
                                     lit("almost") | lit("over") | lit("more than") | lit("at least") | lit("another");
inline const auto source = x3::raw[np_core][m_src] | x3::raw[pronoun_np][m_pron];
inline const auto speech_verb = x3::raw[x3::no_case[t().verb] >> wb][m_verb];

x3::rule<class cue_class, match> const cue = "cue";
x3::rule<class cue_no_headline_class, match> const cue_no_headline = "cue_no_headline";
x3::rule<class source_phrase_class> const source_phrase = "source_phrase";

/// Every cue but a headline: what `cue` reads where no colon lies ahead (a headline ends at one).
inline const auto cue_no_headline_def =
    (x3::eps[m_kind<cue_kind::according_to>] >> x3::raw[x3::no_case[t().prep] >> wb][m_verb] >> sp >>
     x3::raw[np_core][m_src]) |
    (x3::eps[m_kind<cue_kind::by_source>] >> x3::raw[x3::no_case[t().by] >> wb][m_verb] >> sp >>
     x3::raw[np_core][m_src]) |
    (x3::eps[m_kind<cue_kind::with_participle>] >> x3::no_case[lit("with")] >> sp >> x3::raw[np_core][m_src] >> sp >>
     x3::raw[x3::no_case[t().participle] >> wb][m_verb]) |
    (x3::eps[m_kind<cue_kind::participle>] >> lit(',') >> sp >> x3::raw[x3::no_case[t().participle] >> wb][m_verb]) |
    (x3::eps[m_kind<cue_kind::source_verb>] >> source >> *(sp >> x3::no_case[t().adverbial] >> wb) >> -lit(',') >>
     sp >>
     // a figure right after "added" is its object, not what was said: "Anthony Davis added 24
     // points" (sports), "The economy added 275,000 jobs" (where "said 45 people died" says it);
     // so after the other speech verbs that also take things as objects: "Tulley wrote 412
     // checks", "Kestrel recalled about 300,000 kettles", "posted 30 points"
     !(counted_object_verb >> lit(' ') >> -(x3::no_case[object_qualifier] >> lit(' ')) >> x3::char_('0', '9')) >>
     x3::raw[x3::no_case[t().verb] >> wb][m_verb_after_subject] >>
     !(sp >> x3::no_case[lit("by")] >> wb)) |  // "figures reported by X" is passive
    (x3::eps[m_kind<cue_kind::verb_source>] >> speech_verb >> sp >> x3::raw[np_core][m_src]);

/// The same alternatives in the same order, then a headline.
inline const auto cue_def =
    cue_no_headline_def |
    (x3::eps[m_kind<cue_kind::headline>] >> x3::raw[np_core][m_src] >> x3::raw[lit(':')][m_verb]);

inline const auto source_phrase_def = np_core;

BOOST_SPIRIT_DEFINE(cue, cue_no_headline, source_phrase)

/// What a word of for_each_starter opens where it stands whole (followed by no letter or digit).
enum class opens {
    intro,    ///< a preposition or "by" phrase: "according to X", "as confirmed by X"
    np,       ///< a source's first word, a determiner or role word: "the ministry said", "officials said"
    pronoun,  ///< a pronoun source: "he said"
    verb,     ///< a speech verb: "said the ministry" (a source must follow: name, determiner or role)
    with,     ///< "with": "with officials reporting" (a space and, later, a participle must follow)
};

/// Calls `f(word, what)` for every entry or keyword a cue can begin with when its first letter is
/// lower case (a capitalised word may always begin a source, a comma a participle): the
/// prepositions, "by" phrases and verbs of speech_verbs.tsv, "with", and the words a source
/// opens with (determiners, role words, pronouns), each with what it opens. Keep it in step
/// with cue_def above.
template <typename F>
void for_each_starter(F f) {
    auto each = [&](const word_list& table, opens what) { table.for_each([&](const std::string& w) { f(w, what); }); };
    each(t().prep, opens::intro);
    each(t().by, opens::intro);
    each(t().verb, opens::verb);
    each(t().det, opens::np);
    each(t().role_head, opens::np);
    each(t().role_mod, opens::np);
    each(t().pronoun, opens::pronoun);
    f(std::string("with"), opens::with);
}

}  // namespace claimcheck::grammar::attribution_grammar
