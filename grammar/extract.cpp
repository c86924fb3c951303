#include "grammar/extract.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <cstring>
#include <functional>
#include <mutex>
#include <type_traits>
#include <unordered_map>
#include <unordered_set>

#include "grammar/ascii.hpp"
#include "grammar/attribution.hpp"
#include "grammar/byte_scan.hpp"
#include "grammar/context.hpp"
#include "grammar/lead_filter.hpp"
#include "grammar/lexicon.hpp"
#include "grammar/quantity.hpp"
#include "grammar/word_trie.hpp"

namespace claimcheck::grammar {

using namespace std::string_view_literals;  // same(word, "of"sv): lengths compared first, no strlen

namespace {

/// Tokens looked at either side of a figure for its predicate and clause.
constexpr std::size_t clause_window = 16;
/// Earlier claims or sources looked back at to resolve "the ministry" or whose a thing is.
constexpr std::size_t recall_window = 64;

bool is_alnum(char c) { return ascii::is_alnum(c); }

/// a == b, always inlined: in the functions of this file GCC keeps string_view's == (and
/// substr) a call, where against a literal the comparison is a length test and a load or two.
[[gnu::always_inline]] inline bool same(std::string_view a, std::string_view b) {
    return a.size() == b.size() && (b.empty() || std::memcmp(a.data(), b.data(), b.size()) == 0);
}
/// The `n` bytes at `p` are `b`.
[[gnu::always_inline]] inline bool same(const char* p, std::size_t n, std::string_view b) {
    return n == b.size() && (b.empty() || std::memcmp(p, b.data(), b.size()) == 0);
}
bool is_digit(char c) { return ascii::is_digit(c); }
bool is_upper(char c) { return ascii::is_upper(c); }

/// The lexicons read for every figure, looked up by name once: a lookup by name is a search of
/// a std::map, and the figures of a large input ask tens of thousands of times.
struct lexicons {
    const word_set& months = lexicon_words("months");
    const word_set& stopwords = lexicon_words("stopwords");
    const word_set& roads = lexicon_words("roads");
    const word_set& numbered_names = lexicon_words("numbered_names");
    const word_set& name_stopwords = lexicon_words("name_stopwords");
    const word_set& directions = lexicon_words("directions");
    const word_map& demonyms = lexicon_pairs("demonyms");
    const word_map& sources = lexicon_pairs("sources");
    const word_map& attributes = lexicon_pairs("attributes");
    const word_map& heads = lexicon_pairs("heads");
    const std::vector<std::vector<std::string>>& head_rows = lexicon("heads").rows;
    const std::vector<std::vector<std::string>>& time_markers = lexicon("time_markers").rows;
    const std::vector<std::vector<std::string>>& partitives = lexicon("partitives").rows;
    const word_map& number_words = lexicon_pairs("number_words");
};
const lexicons& lex() {
    static const lexicons l;
    return l;
}

/// The bytes of a word of word_before and word_after: letters, digits, '.' and '\'' ("u.s.",
/// "o'brien"), one table load each (the three tests cost more, byte after byte).
struct word_byte_table {
    bool in[256]{};
    constexpr word_byte_table() {
        for (int c = 0; c < 256; ++c)
            in[c] = (ascii::table.c[c] & (ascii::k_upper | ascii::k_lower | ascii::k_digit)) != 0 || c == '.' || c == '\'';
    }
};
constexpr word_byte_table word_bytes{};
bool is_word_byte(char c) { return word_bytes.in[static_cast<unsigned char>(c)]; }

/// The word that ends right before `pos` (skipping spaces), lower-cased; "" at the start.
/// A view into `d.lower`.
std::string_view word_before(const text_input& d, std::size_t pos, std::size_t floor) {
    std::size_t e = pos;
    while (e > floor && d.text[e - 1] == ' ') --e;
    std::size_t b = e;
    while (b > floor && is_word_byte(d.text[b - 1])) --b;
    return std::string_view(d.lower.data() + b, e - b);  // (substr is a call)
}

/// Whether word_before(d, pos, floor) is `w` (a word of letters, lower-case), without finding
/// the whole word: its last bytes are compared, and the byte before them must end it.
bool word_before_is(const text_input& d, std::size_t pos, std::size_t floor, std::string_view w) {
    std::size_t e = pos;
    while (e > floor && d.text[e - 1] == ' ') --e;
    if (e - floor < w.size()) return false;
    const std::size_t b = e - w.size();
    return same(d.lower.data() + b, w.size(), w) && (b == floor || !is_word_byte(d.text[b - 1]));
}

/// The word that starts at or after `pos` (skipping spaces), lower-cased. A view into `d.lower`.
std::string_view word_after(const text_input& d, std::size_t pos, std::size_t ceil) {
    std::size_t b = pos;
    while (b < ceil && d.text[b] == ' ') ++b;
    std::size_t e = b;
    while (e < ceil && is_word_byte(d.text[e])) ++e;
    return std::string_view(d.lower.data() + b, e - b);  // (substr is a call)
}

/// Whether a headline cue's source is a dateline: a place in capitals that opens a report's body
/// ("SINGAPORE: An oil slick ...", "NEW YORK: ..."), not a body's acronym ("NATO: ...", "UN: ...").
bool capital_dateline(const text_input& d, const cue_match& cue) {
    std::size_t letters = 0;
    bool several = false;
    for (std::size_t k = cue.src_begin; k < cue.src_end; ++k) {
        const char ch = d.text[k];
        if (ascii::is_lower(ch) || ascii::is_digit(ch)) return false;
        if (ascii::is_upper(ch)) ++letters;
        else if (ch == ' ' || ch == ',') several = true;
    }
    return letters >= 5 || (several && letters >= 3);
}

/// Whether a headline cue ("X: ...") names no source: a dateline (capital_dateline), a country
/// ("Niger: at least 27 soldiers killed"), a section's label ("Box Office:"), a topic
/// label that names an event ("Heatwave: 44 dead", "Typhoon Marwin: Death toll rises to 23",
/// "Mandi bus crash: 21 killed": a word of scope_events.tsv), or a label beside a cue of the same
/// sentence that names its source with a verb ("Heatwave: 44 dead, says Health Ministry").
bool dateline_cue(const text_input& d, const cue_match& cue, const std::vector<cue_match>& cues) {
    if (cue.kind != cue_kind::headline) return false;
    if (capital_dateline(d, cue)) return true;
    // a section's label: "Box Office: 'Nightglass' Opens to $86 Million", "Analysis: ..."
    {
        static const word_set sections{"box office", "analysis", "update", "breaking", "breaking news", "exclusive", "watch",
                                       "live", "review", "opinion", "comment", "editorial", "explainer", "factbox", "fact box",
                                       "timeline", "photos", "video", "sports", "sport", "business", "markets", "world",
                                       "world news", "politics", "tech", "technology", "entertainment", "health", "science",
                                       "weather", "traffic", "crime", "local", "national", "nation", "u.s.", "us news",
                                       // a caption's or a link's label: "Photo: Villagers inspect ..."
                                       "photo", "photos", "photograph", "picture", "pictures", "image", "caption", "file",
                                       "file photo", "gallery", "graphic", "map", "chart", "related", "see also", "read more",
                                       "credit", "audio", "podcast", "listen", "correction", "clarification", "editor's note"};
        std::string label(d.lower.substr(cue.src_begin, cue.src_end - cue.src_begin));
        if (sections.count(label)) return true;
        // a country's name says where, not who: "Niger: at least 27 soldiers killed in attack"
        // (demonyms.tsv: a country is its own row)
        if (const auto it = lex().demonyms.find(label); it != lex().demonyms.end() && it->second == label) return true;
    }
    static const word_set& events = lexicon_words("scope_events");
    for (std::size_t k = cue.src_begin; k < cue.src_end;) {
        if (!is_alnum(d.text[k])) {
            ++k;
            continue;
        }
        std::size_t e = k;
        while (e < cue.src_end && is_alnum(d.text[e])) ++e;
        if (events.count(d.lower.substr(k, e - k))) return true;
        k = e;
    }
    for (const auto& other : cues)
        if (&other != &cue && (other.kind == cue_kind::source_verb || other.kind == cue_kind::verb_source) && !other.pronoun)
            return true;
    return false;
}

/// A verb that tells a change of level: "rose", "fell", "jumped", "cut", "revised" (the words
/// before "to 14 from 10", "from 10 to 14").
bool change_verb(std::string_view w) {
    static const word_set verbs{"rose", "risen", "rises", "rising", "rise", "fell", "fallen", "falls", "falling", "fall",
                                "increased", "increases", "increase", "decreased", "decreases", "decrease", "climbed",
                                "climbs", "jumped", "jumps", "dropped", "drops", "grew", "grows", "declined", "declines",
                                "revised", "raised", "lowered", "upgraded", "downgraded", "slipped", "slid", "soared",
                                "surged", "plunged", "plummeted", "tumbled", "edged", "widened", "narrowed", "swelled",
                                "shrank", "improved", "gained", "advanced", "eased", "dipped", "sank", "expanded",
                                "contracted", "reduced", "cut", "boosted", "hiked", "spiked", "doubled", "tripled",
                                "up", "down"};
    return verbs.count(w) > 0;
}

std::string_view strip_dot(std::string_view w) {
    while (!w.empty() && w.back() == '.') w.remove_suffix(1);
    return w;
}

/// The month a word names, 1 to 12 ("Jan.", "january", "Sept"), 0 for none.
int month_number(std::string_view w) {
    static const std::string_view month_names[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                                   "jul", "aug", "sep", "oct", "nov", "dec"};
    w = strip_dot(w);
    if (w.size() < 3 || !lex().months.count(w)) return 0;
    for (int i = 0; i < 12; ++i)
        if (w.substr(0, 3) == month_names[i]) return i + 1;
    return 0;
}

/// A day of a month written in one or two digits ("4", "29"), 0 for none.
int day_number(std::string_view w) {
    return !w.empty() && w.size() <= 2 && std::all_of(w.begin(), w.end(), [](char ch) { return is_digit(ch); })
               ? std::stoi(std::string(w))
               : 0;
}

/// The day of a month written at tokens[m]: "March 28", "28 March", "Oct. 30" (the abbreviation's
/// period a token of its own), as month * 100 + day, 0 for none; `after` is the token past the day.
int date_at(const std::vector<token>& toks, std::size_t m, std::size_t& after) {
    if (m + 1 >= toks.size()) return 0;
    int month = month_number(toks[m].lower), day = day_number(toks[m + 1].lower);
    after = m + 2;
    if (month && !day && toks[m + 1].lower == "."sv && m + 2 < toks.size()) {
        day = day_number(toks[m + 2].lower);  // "Oct. 30"
        after = m + 3;
    }
    if (!month || !day) {
        day = day_number(toks[m].lower);  // "28 March"
        month = month_number(toks[m + 1].lower);
        after = m + 2;
    }
    return month && day && day <= 31 ? month * 100 + day : 0;
}

/// Whether `w` names a part of a day that stands for the day: "on the night of April 9".
bool part_of_day(std::string_view w) {
    static const word_set parts{"night", "morning", "evening", "afternoon", "eve"};
    return parts.count(w) > 0;
}

/// The scope key of a day of date_at: "date 03-28".
std::string date_key(int when) {
    char key[24];
    std::snprintf(key, sizeof key, "date %02d-%02d", when / 100, when % 100);
    return key;
}

/// A vote's tally at a figure: "The House voted 233-196", "passed its version 55-43", "by a vote
/// of 60-38", "a 233-196 vote", "by 246 votes to 183", "voted 244 to 188", "ruled 5-4": where the
/// count of votes against begins (npos where the figure opens no tally). The two counts are the
/// votes for and against, not a range's ends nor a score ("beat Chelsea 3-1" names no vote).
std::size_t vote_tally_at(const text_input& d, const quantity& q, const sentence_span& s, bool continued) {
    constexpr std::size_t none = std::string_view::npos;
    if (!q.unit.empty() || q.word_number || q.has_decimal || q.kind != quantity_kind::count || q.num_end >= s.end) return none;
    std::size_t k = q.num_end;
    bool votes_word = false;
    if (d.text[k] == '-') {
        ++k;
    } else if (d.text.compare(k, 3, "\xE2\x80\x93") == 0) {  // an en dash
        k += 3;
    } else {
        if (d.lower.compare(k, 6, " votes") == 0) {
            k += 6;
            votes_word = true;
        }
        if (d.lower.compare(k, 4, " to ") != 0) return none;
        k += 4;
    }
    if (k >= s.end || !is_digit(d.text[k])) return none;
    std::size_t e = k;
    while (e < s.end && is_digit(d.text[e])) ++e;
    if (e < s.end && (ascii::is_alpha(d.text[e]) || d.text[e] == '%' ||
                      ((d.text[e] == '.' || d.text[e] == ',') && e + 1 < s.end && is_digit(d.text[e + 1]))))
        return none;
    if (votes_word) return k;
    // the next of a sentence's tallies: "voted 230-197 to approve the first charge and 229-197 to
    // approve the second"
    if (continued && (same(word_before(d, q.begin, s.begin), "and"sv) || (q.begin > s.begin + 1 && d.text[q.begin - 2] == ',')))
        return k;
    static const word_set counts{"vote", "votes", "ballot", "tally", "ruling", "decision"};
    if (counts.count(word_after(d, e, s.end))) return k;
    // a verb of voting at most ten words back in the sentence ("passed its version 55-43", "by a
    // vote of 60-38", "passed President Obama's $787 billion stimulus bill 246-183", "approved the
    // first article of impeachment, abuse of power, 230-197")
    static const word_set verbs{"voted", "votes", "vote", "voting", "passed", "passes", "approved", "approves", "adopted",
                                "adopts", "cleared", "clears", "rejected", "rejects", "ratified", "confirmed",
                                "endorsed", "ruled", "rules", "ruling", "decided", "overrode", "upheld", "struck",
                                "acquitted", "convicted", "crushed", "defeated"};
    std::size_t p = q.begin;
    for (int words = 0; words < 10;) {
        while (p > s.begin && !is_word_byte(d.text[p - 1])) {
            const char ch = d.text[p - 1];
            if (ch == ';' || ch == ':' || ch == '(' || ch == ')' || ch == '"') return none;  // the clause opens
            --p;
        }
        if (p == s.begin) return none;
        const std::string_view w = word_before(d, p, s.begin);
        if (w.empty()) return none;
        if (verbs.count(w)) return k;
        p = static_cast<std::size_t>(w.data() - d.lower.data());
        ++words;
    }
    return none;
}

/// Why a parsed number is not a claim (empty: it is one). Years, dates, times of day,
/// ordinals, model names, addresses, phone numbers and pronoun "one" are not claims.
/// A rate or a period a figure's sentence sets it in, as a scope, or none: "More than 3,500 people
/// die in road accidents each year" (per year), "over the past week Russia had launched ... more
/// than 670 attack drones" (past week). A period before the figure in its sentence counts, or one
/// after it within twelve words that no clause break stands before; days, a night or 24 hours are
/// the story's own time and set none.
struct period_mark {
    std::size_t at = 0;  ///< its first token
    std::string key;     ///< "per year", "past week", "past two months"
};

/// The rates and periods of a sentence's tokens, in order (read once a sentence: most have none).
std::vector<period_mark> find_periods(const std::vector<token>& toks) {
    std::vector<period_mark> marks;
    auto is = [&](std::size_t k, std::string_view w) { return k < toks.size() && same(toks[k].lower, w); };
    // (not days: "killed at least 65 people over the past four days" is the heatwave's own toll)
    static const word_set units{"week", "weeks", "month", "months", "year", "years", "fortnight", "decade"};
    static const word_set singular{"week", "month", "year", "fortnight", "decade"};
    // the period at k, its key and its length in tokens
    auto period_at = [&](std::size_t k, std::size_t& len) -> std::string {
        // "each year", "every year", "per year", "a year" (not "a year ago", "a year-old"), "annually"
        if (is(k, "annually"sv) || is(k, "yearly"sv)) {
            len = 1;
            return "per year";
        }
        // "60 trucks daily could cross" (not "The Daily Telegraph", "a daily newspaper")
        if ((is(k, "daily"sv) || is(k, "weekly"sv) || is(k, "monthly"sv)) && !toks[k].capitalised && k > 0 &&
            toks[k - 1].word && !is(k - 1, "a"sv) && !is(k - 1, "the"sv) && !is(k - 1, "its"sv) &&
            // (an adverb, not an adjective before its noun: "killed 20 in daily shelling")
            (k + 1 >= toks.size() || !toks[k + 1].word || [&] {
                static const word_set after{"could", "would", "will", "can", "may", "might", "from", "into", "in", "at", "on",
                                            "for", "and", "or", "to", "over", "until", "since", "through", "across", "via",
                                            "are", "were", "is", "was", "by", "through", "between", "during"};
                return after.count(toks[k + 1].lower) > 0;
            }())) {
            len = 1;
            return is(k, "daily"sv) ? "per day" : is(k, "weekly"sv) ? "per week" : "per month";
        }
        if ((is(k, "each"sv) || is(k, "every"sv) || is(k, "per"sv) || is(k, "a"sv)) && k + 1 < toks.size() && singular.count(toks[k + 1].lower)) {
            static const word_set not_rate{"ago", "earlier", "later", "after", "before", "old", "since", "on", "from", "of", "and", "or"};
            if (is(k, "a"sv) && ((k + 2 < toks.size() && (not_rate.count(toks[k + 2].lower) || same(toks[k + 2].lower, "-"sv))) ||
                                  (k >= 1 && (is(k - 1, "in"sv) || is(k - 1, "for"sv) || is(k - 1, "than"sv) || is(k - 1, "within"sv) ||
                                              is(k - 1, "over"sv) || is(k - 1, "about"sv) || is(k - 1, "nearly"sv)))))
                return {};
            len = 2;
            return "per " + std::string(toks[k + 1].lower);
        }
        // the first hours or days of a thing: "41 aftershocks in the first 26 hours", "sold 4 million
        // in its first three days"
        if ((is(k, "in"sv) || is(k, "within"sv) || is(k, "during"sv)) && (is(k + 1, "the"sv) || is(k + 1, "its"sv) || is(k + 1, "their"sv)) &&
            is(k + 2, "first"sv) && k + 4 < toks.size()) {
            std::size_t j = k + 3;
            std::string key = "first";
            if (!toks[j].word || ascii::is_digit(toks[j].lower[0]) || lex().number_words.count(toks[j].lower)) {
                key += ' ';
                key += toks[j].lower;
                ++j;
            }
            // (short spans of a running count; not months or years, which are a period's figures
            // told in other words too: "in the first three months of 2025" is "between January and
            // March")
            static const word_set spans{"hour", "hours", "day", "days", "week", "weeks", "weekend", "minutes", "minute"};
            if (j < toks.size() && same(toks[j].lower, "full"sv)) ++j;
            if (j < toks.size() && spans.count(toks[j].lower)) {
                key += ' ';
                key += toks[j].lower;
                len = j + 1 - k;
                return key;
            }
            return {};
        }
        // a deadline: "would be sold in 100 countries by the end of the year" ("by the end of
        // 2013", "by the end of next month", "by year-end")
        if (is(k, "by"sv)) {
            if (is(k + 1, "year-end"sv) || is(k + 1, "yearend"sv)) {
                len = 2;
                return "by the end of the year";
            }
            if (!(is(k + 1, "the"sv) && is(k + 2, "end"sv) && is(k + 3, "of"sv))) return {};
            std::size_t j = k + 4;
            if (is(j, "the"sv) || is(j, "this"sv) || is(j, "next"sv) || is(j, "its"sv)) ++j;
            if (j >= toks.size()) return {};
            const std::string_view u = toks[j].lower;
            const bool year = u.size() == 4 && std::all_of(u.begin(), u.end(), [](char ch) { return ascii::is_digit(ch); });
            if (!year && !singular.count(u) && !same(u, "day"sv) && !same(u, "season"sv) && !same(u, "summer"sv) &&
                !same(u, "quarter"sv))
                return {};
            len = j + 1 - k;
            return "by the end of " + std::string(u);
        }
        // "over the past week", "in the last two months" ("this week" is the story's own time:
        // "two men arrested this week")
        std::size_t j = k;
        if (is(j, "over"sv) || is(j, "in"sv) || is(j, "during"sv) || is(j, "for"sv)) ++j;
        if (!is(j, "the"sv)) return {};
        ++j;
        // a decade is a period too: "who cast him in two films in the 1990s" ("the '90s")
        if (j < toks.size() && j > k + 1) {
            std::string_view d = toks[j].lower;
            if (!d.empty() && d.front() == '\'') d.remove_prefix(1);
            if ((d.size() == 5 || d.size() == 3) && d.back() == 's' && d[d.size() - 2] == '0' &&
                std::all_of(d.begin(), d.end() - 1, [](char ch) { return ascii::is_digit(ch); })) {
                len = j + 1 - k;
                return "the " + std::string(toks[j].lower);
            }
        }
        if (!(is(j, "past"sv) || is(j, "last"sv) || is(j, "previous"sv))) return {};
        ++j;
        std::string key = "past";
        if (j < toks.size() && !toks[j].word && ascii::is_digit(toks[j].lower[0])) {
            key += ' ';
            key += toks[j].lower;
            ++j;
        } else if (j < toks.size() && lex().number_words.count(toks[j].lower)) {
            key += ' ';
            key += toks[j].lower;
            ++j;
        }
        if (j >= toks.size() || !units.count(toks[j].lower)) return {};
        key += ' ';
        key += toks[j].lower;
        len = j + 1 - k;
        return key;
    };
    std::size_t len = 0;
    for (std::size_t k = 0; k < toks.size(); ++k) {
        // (by the word and the next one's first letter, before the words are compared: "annually",
        // "yearly", "each", "every", "per", "a week", "over/in/during/for the", "the past/last")
        const std::string_view w = toks[k].lower;
        const char n = k + 1 < toks.size() && !toks[k + 1].lower.empty() ? toks[k + 1].lower[0] : '\0';
        bool maybe = false;
        switch (w.size()) {
            case 1: maybe = w[0] == 'a' && (n == 'w' || n == 'm' || n == 'y' || n == 'f' || n == 'd'); break;
            case 2: maybe = (w[0] == 'i' && w[1] == 'n' && (n == 't' || n == 'i')) || (w[0] == 'b' && w[1] == 'y' && (n == 't' || n == 'y')); break;
            case 3:
                maybe = (w[0] == 'p' && w[1] == 'e' && w[2] == 'r') || (w[0] == 'f' && w[1] == 'o' && w[2] == 'r' && n == 't') ||
                        (w[0] == 't' && w[1] == 'h' && w[2] == 'e' && (n == 'p' || n == 'l'));
                break;
            case 4: maybe = (w[0] == 'o' && n == 't') || w[0] == 'e'; break;
            case 5: maybe = w[0] == 'e' || (w[0] == 'd' && w[4] == 'y'); break;
            case 6: maybe = (w[0] == 'd' && n == 't') || w[0] == 'y' || w[0] == 'w'; break;
            case 7: maybe = w[0] == 'm' && w[6] == 'y'; break;
            case 8: maybe = w[0] == 'a'; break;
            default: break;
        }
        if (!maybe) continue;
        if (std::string key = period_at(k, len); !key.empty()) marks.push_back({k, std::move(key)});
    }
    return marks;
}

/// The rate or the period of `marks` (find_periods) that sets the figure at tokens [qtok,
/// after_tok) in it, as a scope, or none: a period before the figure in its sentence (forty words
/// back at most), or one after it within twelve words that no clause break stands before; a rate
/// before the figure only where it opens the sentence ("Each year, 3,000 people die"; "will pocket
/// £260,000 a week after the Gunners agreed a £73million fee" is no rate of the fee).
scope period_scope(const std::vector<token>& toks, const std::vector<period_mark>& marks, std::size_t qtok, std::size_t after_tok) {
    scope out;
    // (from the first mark forty words back: a sentence of many figures and many marks is read in
    // linear time)
    const auto first = std::lower_bound(marks.begin(), marks.end(), qtok > 40 ? qtok - 40 : std::size_t{0},
                                        [](const period_mark& m, std::size_t at) { return m.at < at; });
    for (auto it = first; it != marks.end(); ++it) {
        const period_mark& m = *it;
        if (m.at >= qtok && m.at < after_tok) continue;
        if (m.at >= after_tok + 12) break;
        if (m.at < qtok && m.at > 0 && m.key.starts_with("per "sv)) continue;
        // (a decade before the figure only where it opens the sentence: "In the 1990s, he made 20
        // films"; not "The firm, founded in the 1990s, employs 5,000")
        if (m.at < qtok && m.at > 0 && (m.key.starts_with("the "sv) || m.key.starts_with("by "sv))) continue;
        if (m.at >= after_tok) {
            bool broken = false;
            for (std::size_t k = after_tok; k < m.at && !broken; ++k) {
                const std::string_view w = toks[k].lower;
                broken = same(w, ";"sv) || same(w, "while"sv) || same(w, "but"sv) || same(w, "whereas"sv);
            }
            if (broken) break;
        }
        out.text = m.key;
        out.key = m.key;
        out.kind = out.key.starts_with("per "sv) ? "distributive" : "time";
        return out;
    }
    return out;
}

/// A determiner or a possessive before a noun: "the", "his", "its".
bool is_determiner(std::string_view w) {
    static const word_set determiners{"the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that"};
    return determiners.count(w) > 0;
}

/// A relative pronoun that opens a clause on the noun before it: "who", "that", "which".
bool relative_pronoun(std::string_view w) { return same(w, "who"sv) || same(w, "that"sv) || same(w, "which"sv); }

/// Why the plain digits of `q` are a telephone number, or empty: an emergency number after a verb
/// of calling or before a word of its service ("call 911", "a 911 dispatcher"), a number whose
/// digits open with a zero ("0800"), or one of a run of three or more groups of digits joined by
/// spaces, hyphens or dots ("0800 555 111", "555-123-4567", "1-800-555-0199"), or "1-800" before
/// letters ("1-800-TBI-FIND").
std::string_view phone_number(const text_input& d, const quantity& q, const sentence_span& s) {
    const std::string_view num(d.lower.data() + q.num_begin, q.num_end - q.num_begin);
    if (num.size() >= 3 && num.front() == '0') return "a telephone number (0800 555 111)";
    static const word_set emergency{"911", "999", "112"};
    if (emergency.count(num)) {
        static const word_set calling{"call", "calls", "called", "calling", "dial", "dials", "dialed", "dialled", "dialing",
                                      "dialling", "phone", "phoned", "phoning", "ring", "rang"};
        static const word_set service{"call", "calls", "caller", "callers", "dispatcher", "dispatchers", "dispatch", "operator",
                                      "operators", "center", "centre", "centers", "centres", "system", "line", "lines",
                                      "tape", "tapes", "recording", "recordings", "emergency", "service", "services"};
        if (calling.count(word_before(d, q.begin, s.begin)) || service.count(strip_dot(word_after(d, q.num_end, s.end))))
            return "a telephone number (call 911)";
    }
    // the run of digit groups around the number
    auto joiner = [&](std::size_t k) { return d.text[k] == ' ' || d.text[k] == '-' || d.text[k] == '.'; };
    std::size_t groups = 1;
    std::size_t b = q.num_begin;
    while (b >= s.begin + 2 && joiner(b - 1) && is_digit(d.text[b - 2])) {
        b -= 2;
        while (b > s.begin && is_digit(d.text[b - 1])) --b;
        ++groups;
    }
    std::size_t e = q.num_end;
    while (e + 1 < s.end && joiner(e) && is_digit(d.text[e + 1])) {
        e += 1;
        while (e < s.end && is_digit(d.text[e])) ++e;
        ++groups;
    }
    // (a run with a dot in it is a decimal's or a date's: only spaces and hyphens count there,
    // and the groups must be phone-like, of three or more digits after the first)
    if (groups >= 3) {
        bool phone_like = true;
        std::size_t run = 0, k = b, n = 0;
        for (; k <= e; ++k) {
            if (k < e && is_digit(d.text[k])) {
                ++run;
                continue;
            }
            if (n > 0 && run < 3) phone_like = false;
            ++n;
            run = 0;
        }
        if (phone_like) return "a telephone number (555-123-4567)";
    }
    // "1-800-" and the like, before digits or letters (where "1-888" would read as a range)
    auto area_code = [&](std::size_t one) {
        return one + 6 <= s.end && d.text[one] == '1' && d.text[one + 1] == '-' && is_digit(d.text[one + 2]) &&
               is_digit(d.text[one + 3]) && is_digit(d.text[one + 4]) && d.text[one + 5] == '-' &&
               (one == s.begin || !is_digit(d.text[one - 1]));
    };
    if ((num == "1"sv && area_code(q.num_begin)) || (num.size() == 3 && q.num_begin >= s.begin + 2 && area_code(q.num_begin - 2)))
        return "a telephone number (1-800-TBI-FIND)";
    return {};
}

std::string_view not_a_claim(const text_input& d, const quantity& q, const sentence_span& s) {
    const std::string_view num(d.lower.data() + q.num_begin, q.num_end - q.num_begin);
    const bool plain_digits = !num.empty() && std::all_of(num.begin(), num.end(), [](char c) { return is_digit(c); });
    const std::string_view prev = word_before(d, q.begin, s.begin);
    const std::string_view prev_clean = strip_dot(prev);
    // the word after the figure, read where a check asks for it (most figures reach none of those)
    auto next_word = [&] { return word_after(d, q.num_end, s.end); };
    const auto& months = lex().months;
    const bool bare = q.unit.empty() && q.kind == quantity_kind::count && !q.hyphen_compound;

    // "no injuries" after who came through is how they fared, not a count of the injured: "Four
    // passengers escaped with no injuries" (against "The quake struck at 2 a.m., with no injuries
    // reported")
    if (q.kind == quantity_kind::denial && same(prev, "with"sv)) {
        static const word_set fared{"escaped", "emerged", "survived", "walked", "away", "out", "rescued", "freed",
                                    "evacuated", "released", "pulled", "escape", "emerge", "survive", "walk"};
        const std::string_view before = word_before(d, static_cast<std::size_t>(prev.data() - d.lower.data()), s.begin);
        if (fared.count(before)) return "how survivors fared (escaped with no injuries)";
    }
    // the whole a denial is of: "None of the three missiles was intercepted", "none of the 100
    // passengers were hurt" (what befell none of them is not a count of them)
    if (same(prev, "the"sv) || same(prev, "of"sv)) {
        std::size_t at = static_cast<std::size_t>(prev.data() - d.lower.data());
        std::string_view w = prev;
        if (same(w, "the"sv)) {
            w = word_before(d, at, s.begin);
            at = static_cast<std::size_t>(w.data() - d.lower.data());
        }
        if (same(w, "of"sv) && same(word_before(d, at, s.begin), "none"sv)) return "the whole of a denial (none of the three)";
    }
    // "no serious injuries", "no major damage": a denial of the worst only, no count of zero (the
    // same report may tell of minor injuries)
    if (q.kind == quantity_kind::denial) {
        const std::string_view span(d.lower.data() + q.begin, q.end - q.begin);
        if (span.find(" serious") != std::string_view::npos || span.find(" major") != std::string_view::npos)
            return "a denial of the worst only (no serious injuries)";
    }
    // who a report's facts come from, not a count: "two people familiar with the deal said", "three
    // sources close to the talks", "two officials briefed on the matter"
    // (the noun's first letter before its lookup: most small counts name none of these)
    if (q.kind == quantity_kind::count && q.value <= 12) {
        std::size_t k = q.num_end;
        if (k + 1 < s.end && d.text[k] == ' ' && std::string_view("psoedial").find(d.lower[k + 1]) != std::string_view::npos) {
            const std::string_view noun = word_after(d, k, s.end);
            static const word_set speakers{"people", "persons", "sources", "officials", "executives", "diplomats",
                                           "insiders", "individuals", "lawmakers", "aides", "analysts"};
            if (speakers.count(noun)) {
                const std::string_view next = word_after(d, static_cast<std::size_t>(noun.data() - d.lower.data()) + noun.size(), s.end);
                static const word_set knowing{"familiar", "close", "briefed", "knowledgeable", "speaking", "involved"};
                if (knowing.count(next)) return "who a report's facts come from (two people familiar with the deal)";
            }
        }
    }
    // a magnitude a count is filtered by, not one a quake had: "51 aftershocks of magnitude 2.5 or
    // greater", "quakes of magnitude 3 and above"
    if (q.dimension == "magnitude"sv || q.unit == "magnitude"sv || same(prev, "magnitude"sv)) {
        const std::string_view w1 = word_after(d, q.end, s.end);
        if (same(w1, "or"sv) || same(w1, "and"sv)) {
            static const word_set bound{"greater", "higher", "above", "more", "larger", "stronger", "bigger", "over"};
            const std::string_view w2 = word_after(d, static_cast<std::size_t>(w1.data() - d.lower.data()) + w1.size(), s.end);
            if (bound.count(strip_dot(w2))) return "a threshold (magnitude 2.5 or greater)";
        }
    }
    // a vague word in a name: "the Mega Millions jackpot", "Thousand Oaks" (capitalised after a
    // capitalised word, not "of")
    if (q.kind == quantity_kind::vague && q.num_begin > s.begin + 1 && ascii::is_upper(d.text[q.num_begin]) &&
        d.text[q.num_begin - 1] == ' ' && !same(word_after(d, q.num_end, s.end), "of"sv)) {
        const std::string_view before = word_before(d, q.num_begin, s.begin);
        if (!before.empty() && ascii::is_upper(d.text[before.data() - d.lower.data()])) return "a name (Mega Millions)";
    }
    // one person who speaks is a speaker, not a count: "One passenger, Derek Liu, said", "one
    // passenger told Spanish radio"
    if (q.value == 1 && q.word_number && q.kind == quantity_kind::count) {
        std::size_t k = q.num_end;
        if (k < s.end && d.text[k] == ' ') {
            ++k;
            const std::size_t noun = k;
            while (k < s.end && ascii::is_lower(d.text[k])) ++k;
            if (k > noun + 2) {
                static const word_set speech{"said", "says", "told", "recalled", "described", "added", "wrote", "explained"};
                if (k + 3 < s.end && d.text[k] == ',' && d.text[k + 1] == ' ' && is_upper(d.text[k + 2])) {
                    // the name, then its closing comma
                    std::size_t e = k + 2;
                    while (e < s.end && (is_alnum(d.text[e]) || d.text[e] == ' ' || d.text[e] == '.' || d.text[e] == '-' || d.text[e] == '\'')) ++e;
                    if (e < s.end && d.text[e] == ',' && e - k < 40) {
                        bool names = true;  // every word of the name capitalised
                        for (std::size_t x = k + 2; x < e; ++x)
                            if (d.text[x] == ' ' && x + 1 < e && !is_upper(d.text[x + 1])) names = false;
                        if (names && speech.count(word_after(d, e + 1, s.end))) return "a speaker (one passenger, Derek Liu, said)";
                    }
                }
                if (speech.count(strip_dot(word_after(d, k, s.end)))) return "a speaker (one passenger told)";
                // the speaker after the verb: "\"It was chaos,\" said one employee, who asked not to be
                // named" (the noun ends the clause)
                // (not "said one man, John Smith, was arrested": a name after the comma is the one's)
                if (speech.count(word_before(d, q.num_begin, s.begin)) &&
                    (k >= s.end || d.text[k] == '.' ||
                     (d.text[k] == ',' && (k + 2 >= s.end || !is_upper(d.text[k + 2])))))
                    return "a speaker (said one employee)";
            }
        }
    }
    // an age a group is bounded by is no count: "1.1 million people over the age of one", "children
    // under the age of five" (not "died at the age of 84", the age of one person)
    if (same(prev, "of"sv) && q.kind == quantity_kind::count && q.unit.empty()) {
        const std::string_view before_of = word_before(d, prev.data() - d.lower.data(), s.begin);
        if (same(before_of, "age"sv)) {
            const std::string_view the = word_before(d, before_of.data() - d.lower.data(), s.begin);
            const std::string_view bound = same(the, "the"sv) ? word_before(d, the.data() - d.lower.data(), s.begin) : the;
            static const word_set bounds{"over", "under", "above", "below", "beyond"};
            if (bounds.count(bound)) return "an age bound (people over the age of one)";
        }
    }
    // the first of things told one by one is no count of them: "One missile hit a bus stop; the
    // second struck a building" ("One ... the other", "one ... another")
    // (not a part: "detained aboard one of the skiffs; the second skiff ... was sunk")
    if (q.value == 1 && q.word_number && q.kind == quantity_kind::count && !q.hyphen_compound && !same(next_word(), "of"sv)) {
        const std::string_view rest(d.lower.data() + q.num_end, s.end - q.num_end);
        if (rest.find(" the second "sv) != std::string_view::npos || rest.find(" the other "sv) != std::string_view::npos ||
            rest.find(" the other,"sv) != std::string_view::npos || rest.find("; another "sv) != std::string_view::npos ||
            rest.find(" the second,"sv) != std::string_view::npos)
            return "the first of several told one by one (one missile ..., the second)";
    }
    // a gun's calibre is its name: "a .40-caliber handgun", "a .22 calibre rifle"
    if (q.num_end + 1 < d.lower.size() && (d.lower[q.num_end] == '-' || d.lower[q.num_end] == ' ') && d.lower[q.num_end + 1] == 'c') {
        const std::string_view after = std::string_view(d.lower).substr(q.num_end, 9);
        if (after.starts_with("-caliber"sv) || after.starts_with("-calibre"sv) || after.starts_with(" caliber"sv) ||
            after.starts_with(" calibre"sv))
            return "a calibre (.40-caliber)";
    }
    // the first of a suspended compound: "16- and 17-year-olds", "two- or three-bedroom flats"
    {
        const std::string_view after = std::string_view(d.lower).substr(q.num_end, 8);
        if (after.starts_with("- and ") || after.starts_with("- or ") || after.starts_with("- to ")) return "a suspended compound (16- and 17-year-olds)";
    }
    // a date in digits: "02.10.2025 15:47", "21/02/2025" (a web page's date line)
    {
        std::size_t k = q.num_begin;
        auto digits = [&](std::size_t most) {
            std::size_t n = 0;
            while (k < d.text.size() && n < most + 1 && is_digit(d.text[k])) ++k, ++n;
            return n;
        };
        const std::size_t a = digits(2);
        if (a >= 1 && a <= 2 && k < d.text.size() && (d.text[k] == '.' || d.text[k] == '/' || d.text[k] == '-')) {
            const char sep = d.text[k++];
            const std::size_t b = digits(2);
            if (b >= 1 && b <= 2 && k < d.text.size() && d.text[k] == sep) {
                ++k;
                if (digits(4) == 4 && (k >= d.text.size() || !is_digit(d.text[k]))) return "a date";
            }
        }
    }
    // a time ago is when, not how long: "Two years ago, the council passed ..."
    // (a time later or earlier is how long after: "struck 11 minutes later", a figure)
    if (q.kind == quantity_kind::measure && same(q.dimension, "time"sv) && same(word_after(d, q.end, s.end), "ago"sv))
        return "a time ago (when)";
    // a year that names a thing, after a determiner: "Seven bidders chased the 1911 canvas", "his
    // 2010 Vuelta title" ("the 1500 meters" has a unit)
    if (plain_digits && num.size() == 4 && q.unit.empty() && q.value >= 1800 && q.value <= 2100 && is_determiner(prev)) {
        const std::string_view next = word_after(d, q.num_end, s.end);
        // (a count of a thing the lexicons know is a count: "The 2000 troops arrived")
        if (!next.empty() && ascii::is_alpha(next.front()) && !lex().stopwords.count(next) && !lex().heads.count(next))
            return "a year naming a thing (the 1911 canvas)";
    }
    // days of a month: "surveyed 2,050 adults between 7 and 9 February", "7-9 February"
    if (q.range_high && q.unit.empty() && q.value >= 1 && *q.range_high <= 31 && !q.has_decimal &&
        months.count(strip_dot(word_after(d, q.end, s.end))))
        return "a date (between 7 and 9 February)";
    // a telephone number: "call 911", "0800 555 111", "1-800-555-0199", "555-123-4567"
    if (plain_digits) {
        if (const std::string_view why = phone_number(d, q, s); !why.empty()) return why;
    }
    // a score or a record: "beat Pittsburgh 78-76", "after a 9-14 start", "a 3-1 win" (the two
    // numbers are two sides' counts, not the ends of a range)
    if (q.num_end + 1 < d.text.size() && d.text[q.num_end] == '-' && is_digit(d.text[q.num_end + 1])) {
        static const word_set after_score{"win", "wins", "victory", "loss", "losses", "defeat", "lead", "record", "start",
                                          "finish", "draw", "tie", "vote", "decision", "margin", "triumph", "rout",
                                          "series", "aggregate", "scoreline", "count", "season", "campaign", "mark", "run",
                                          "streak", "split", "majority"};
        static const word_set before_score{"beat", "beats", "beating", "defeated", "defeats", "lost", "won", "wins",
                                           "trailed", "led", "leading", "trailing", "drew", "edged", "routed", "tied", "voted",
                                           "went", "goes", "going", "finished", "finish", "finishing"};
        // the second count: a range never falls ("78-76" is a score), and "3-1" without a range's
        // words is read by the words around it
        double second = 0;
        for (std::size_t k = q.num_end + 1; k < s.end && is_digit(d.text[k]); ++k) second = second * 10 + (d.text[k] - '0');
        // (a range's high end lies above its low end, and "1.5-2bn" has its low end scaled by the
        // high end's word: the digits after '-' say nothing there)
        if ((!q.range_high && second < q.value) || after_score.count(strip_dot(word_after(d, q.end, s.end))) || before_score.count(prev_clean))
            return "a score or a record";
        // a team's record in brackets after its name: "Oakland (2-12)", "Drake (14-13, 7-8)"
        {
            std::size_t k = q.begin;
            while (k > s.begin && q.begin - k < 16 && d.text[k - 1] != '(' && d.text[k - 1] != ')') --k;
            if (k > s.begin + 2 && d.text[k - 1] == '(' && d.text[k - 2] == ' ') {
                const std::size_t w = k - 2;
                std::size_t b = w;
                while (b > s.begin && is_alnum(d.text[b - 1])) --b;
                const std::size_t close = q.end;
                if (b < w && is_upper(d.text[b]) && close < s.end && (d.text[close] == ')' || d.text[close] == ','))
                    return "a score or a record";
            }
        }
        // "to fall to 7-22", "improved to 24-3": a record a team moves to
        if (same(prev_clean, "to"sv)) {
            static const word_set moves{"fall", "fell", "falls", "falling", "drop", "dropped", "drops", "slip", "slipped",
                                        "improve", "improved", "improves", "improving", "move", "moved", "moves", "climb",
                                        "climbed", "even", "evened", "rise", "rose"};
            const std::size_t at = static_cast<std::size_t>(prev.data() - d.lower.data());
            if (moves.count(word_before(d, at, s.begin))) return "a score or a record";
        }
    }
    // a name written with an upper-case M: "3M" (metres are "3m", millions carry a currency)
    if (same(q.unit, "m"sv) && q.num_end < s.end && d.text[q.num_end] == 'M') return "a name (3M)";
    // a number word capitalised inside a name: "the Final Four", "the Big Ten"
    if (q.word_number && is_upper(d.text[q.num_begin]) && q.num_begin > s.begin) {
        const std::size_t at = prev.empty() ? q.num_begin : static_cast<std::size_t>(prev.data() - d.lower.data());
        if (!prev.empty() && at > s.begin && is_upper(d.text[at])) return "a number word in a name";
        // "organized by Seven Summit Treks": a capitalised number word inside the sentence that a
        // capitalised word follows opens a name
        std::size_t n = q.num_end;
        while (n < s.end && d.text[n] == ' ') ++n;
        if (n > q.num_end && n < s.end && is_upper(d.text[n])) return "a number word in a name";
    }
    // a half that is a part of a period or a place: "in the second half of 2012", "the northern half of"
    if (q.kind == quantity_kind::fraction && q.value == 0.5) {
        static const word_set sides{"first", "second", "latter", "former", "back", "front", "other", "top", "bottom",
                                    "upper", "lower", "northern", "southern", "eastern", "western", "better"};
        if (sides.count(prev)) return "a half named as a part of a period or a place";
    }
    // times of day: "4:30 a.m.", "9.25 a.m.", "10 a.m.", "1100 hours"
    if (q.num_end < d.text.size() && d.text[q.num_end] == ':' && q.num_end + 1 < d.text.size() &&
        is_digit(d.text[q.num_end + 1]))
        return "time of day";
    if (q.num_begin >= 2 && d.text[q.num_begin - 1] == ':' && is_digit(d.text[q.num_begin - 2])) return "time of day";
    {
        std::size_t p = q.num_end;
        while (p < s.end && d.text[p] == ' ') ++p;
        // the markers by the byte they open with, each list with the empty markers (an empty
        // marker opens anything, even the end); any marker that stands there makes the figure
        // a time of day, so only those that open with the byte after the figure are compared
        static const std::array<std::vector<std::string_view>, 257> opening = [] {
            std::array<std::vector<std::string_view>, 257> o{};
            for (const auto& r : lex().time_markers) {
                const std::string& m = r[0];
                if (m.empty()) {
                    for (auto& list : o) list.push_back(m);
                } else {
                    o[static_cast<unsigned char>(m[0])].push_back(m);
                }
            }
            return o;
        }();
        for (const std::string_view m : opening[p < d.lower.size() ? static_cast<unsigned char>(d.lower[p]) : 256])
            if (m.size() <= d.lower.size() - p && same(d.lower.data() + p, m.size(), m) &&
                (p + m.size() >= d.lower.size() || !is_alnum(d.lower[p + m.size()])))
                return "time of day";
    }
    if (plain_digits && num.size() == 4 && same(q.unit, "hour"sv) && (num[0] == '0' || num[0] == '1' || num[0] == '2'))
        return "time of day";
    // dates: "12 / 16 / 08", "March 18", "18 March", "Dec. 30"
    {
        std::size_t p = q.num_end;
        while (p < s.end && d.text[p] == ' ') ++p;
        if (p < s.end && d.text[p] == '/' && plain_digits) return "date";
        std::size_t b = q.num_begin;
        while (b > s.begin && d.text[b - 1] == ' ') --b;
        if (b > s.begin && d.text[b - 1] == '/' && plain_digits) return "date";
    }
    if (plain_digits && bare && !q.qualified && q.value >= 1 && q.value <= 31 &&
        (months.count(prev_clean) || months.count(strip_dot(next_word()))))
        return "date";
    // the second day of two: "on May 4 and 5", "March 3-4" read above as a range, "May 4 to 6"
    if (plain_digits && bare && !q.qualified && q.value >= 1 && q.value <= 31 &&
        (same(prev_clean, "and"sv) || same(prev_clean, "to"sv) || same(prev_clean, "or"sv))) {
        const std::size_t at = static_cast<std::size_t>(prev.data() - d.lower.data());
        const std::string_view day = word_before(d, at, s.begin);
        if (!day.empty() && day.size() <= 2 && std::all_of(day.begin(), day.end(), [](char ch) { return is_digit(ch); }) &&
            months.count(strip_dot(word_before(d, static_cast<std::size_t>(day.data() - d.lower.data()), s.begin))))
            return "date";
    }
    // years: "in 2023", "February 2022"
    if (plain_digits && num.size() == 4 && q.value >= 1800 && q.value <= 2100 && bare) {
        const std::string_view noun = strip_dot(next_word());
        const bool plural_next = noun.size() > 3 && noun.back() == 's' && !lex().stopwords.count(noun) &&
                                 !months.count(noun);
        if (!plural_next || months.count(prev_clean)) return "year";
        // the year of named events: "the 1981 killings of three mobsters", "its 2004 elections",
        // "the 2008 Olympics" (a count after "the" names no event: "the 2000 troops")
        static const word_set owners{"the", "its", "his", "her", "their", "our"};
        static const word_set& events = lexicon_words("scope_events");
        static const word_set more_events{"killings", "murders", "elections", "olympics", "games", "protests",
                                          "attacks", "bombings", "shootings", "championships", "finals"};
        if (owners.count(prev_clean) && (events.count(noun) || more_events.count(noun))) return "year";
    }
    // model names and codes: "S-300", "AK-47", "AK 47", "COVID-19", "No. 5"
    if (q.begin == q.num_begin && q.num_begin >= 2 && d.text[q.num_begin - 1] == '-' &&
        ascii::is_alpha(d.text[q.num_begin - 2]))
        return "model name";
    if (q.num_begin >= 1 && ascii::is_alpha(d.text[q.num_begin - 1])) return "model name";
    if (plain_digits && q.begin == q.num_begin && q.begin >= s.begin + 3 && d.text[q.begin - 1] == ' ') {
        std::size_t e = q.begin - 1, w = e;
        while (w > s.begin && ascii::is_alpha(d.text[w - 1])) --w;
        std::string_view code = d.text.substr(w, e - w);
        if (code.size() >= 2 && code.size() <= 4 && std::all_of(code.begin(), code.end(), is_upper) &&
            !same(code, "US"sv) && !same(code, "UK"sv) && !same(code, "EU"sv) && !same(code, "UN"sv))
            return "model name";
    }
    if (!prev.empty() && (prev[0] == 'n' || prev[0] == '#') &&  // (the comparisons are calls: most words open otherwise)
        (same(prev, "no."sv) || same(prev, "nos."sv) || same(prev, "#"sv)))
        return "number label";
    if (plain_digits && lex().numbered_names.count(prev_clean)) return "number label";  // "Channel 16", "Flight 370"
    // roads and addresses: "Route 66", "4 Yawkey Way"
    const auto& roads = lex().roads;
    if (plain_digits && roads.count(prev_clean)) return "road or address";
    if (plain_digits && bare) {
        std::size_t p = q.num_end;
        for (int k = 0; k < 3; ++k) {
            while (p < s.end && d.text[p] == ' ') ++p;
            if (p >= s.end || !is_upper(d.text[p])) break;
            std::size_t e = p;
            while (e < s.end && (is_alnum(d.text[e]) || d.text[e] == '.')) ++e;
            if (roads.count(strip_dot(d.lower.substr(p, e - p)))) return "road or address";
            p = e;
        }
    }
    // phone numbers: 555-1234, 248-555-1234, (248) 555-1234
    if (plain_digits) {
        std::size_t e = q.num_begin;
        while (e < s.end && (is_digit(d.text[e]) || (d.text[e] == '-' && e + 1 < s.end && is_digit(d.text[e + 1])))) ++e;
        std::string_view tok = d.text.substr(q.num_begin, e - q.num_begin);
        // the lengths of the digit groups (the first four; n counts them all)
        std::size_t groups[4] = {0, 0, 0, 0};
        std::size_t n = 0, run = 0;
        for (char ch : tok) {
            if (ch == '-') {
                if (n < 4) groups[n] = run;
                ++n;
                run = 0;
            } else {
                ++run;
            }
        }
        if (n < 4) groups[n] = run;
        ++n;
        if ((n == 2 && groups[0] == 3 && groups[1] == 4) ||
            (n == 3 && groups[0] == 3 && groups[1] == 3 && groups[2] == 4) ||
            (n == 4 && groups[0] == 1 && groups[1] == 3 && groups[2] == 3 && groups[3] == 4))
            return "phone number";
    }
    // inside a web address or file name
    {
        std::size_t b = q.num_begin;
        while (b > s.begin && d.text[b - 1] != ' ') --b;
        std::size_t e = q.end;
        while (e < s.end && d.text[e] != ' ') ++e;
        std::string_view tok = d.lower.substr(b, e - b);
        // each mark holds a ':', '.' or '@': most figures' words have none, and are not searched
        if (bytes::prefix_without(tok.data(), tok.size(), ':', '.', '@') < tok.size() &&
            (tok.find("://") != std::string_view::npos || tok.find("www.") != std::string_view::npos ||
             tok.find('@') != std::string_view::npos || tok.find(".com") != std::string_view::npos))
            return "web address";
    }
    // "one" as a pronoun: "no one", "one another", "the one"
    if (q.word_number && q.value == 1 && same(num, "one"sv) && bare && !q.qualified) {
        static const word_set before{"no", "the", "any", "every", "each", "this", "that",
                                     "which", "someone", "anyone", "everyone"};
        static const word_set after{"another", "day", "time", "point", "way", "thing",
                                                           "hand", "another's", "side", "or", "such"};
        const std::string_view next = next_word();
        if (before.count(prev) || after.count(next)) return "pronoun";
        // "one and the same", "one and only", "one and all" (but "killed one and wounded two")
        if (same(next, "and"sv)) {
            const std::size_t and_end = static_cast<std::size_t>(next.data() - d.lower.data()) + next.size();
            const std::string_view then = word_after(d, and_end, s.end);
            if (same(then, "the"sv) || same(then, "only"sv) || same(then, "all"sv)) return "pronoun";
            // ("one and a half" is read whole, as 1.5; "one and a quarter" is not read)
            if (same(then, "a"sv)) return "one and a fraction (not read as a number)";
        }
        // "the old one", "a new one", "this other one": a determiner and one word that is no
        // number before it, and no noun after it (a sign, the end, or a word of the stop list or
        // of time: "bought a new one last week")
        if (!prev.empty() && ascii::is_alpha(prev.front()) && !lex().number_words.count(prev)) {
            static const word_set time_words{"last", "next", "this", "today", "yesterday", "tomorrow", "now", "soon"};
            const bool noun_after = q.num_end < s.end && d.text[q.num_end] == ' ' && !next.empty() &&
                                    ascii::is_alpha(next.front()) && !lex().stopwords.count(next) && !time_words.count(next);
            static const word_set determiners{"the", "a", "an", "this", "that", "each", "every", "any", "another",
                                              "which", "my", "his", "her", "its", "their", "our", "your"};
            if (!noun_after && determiners.count(word_before(d, static_cast<std::size_t>(prev.data() - d.lower.data()), s.begin)))
                return "pronoun";
        }
        if (same(next, "of"sv)) {
            // "one of the world's busiest", "one of the largest": a superlative set, not a count
            std::string_view rest = d.lower.substr(q.num_end, std::min<std::size_t>(40, s.end - q.num_end));
            std::size_t words = 0, p = 0;
            while (p < rest.size() && words < 5) {
                while (p < rest.size() && rest[p] == ' ') ++p;
                std::size_t e = p;
                while (e < rest.size() && rest[e] != ' ') ++e;
                std::string_view w = rest.substr(p, e - p);
                if ((w.size() > 4 && w.ends_with("est")) || same(w, "most"sv) || same(w, "best"sv) || w.ends_with("'s"))
                    return "pronoun";
                p = e;
                ++words;
            }
        }
    }
    return {};
}

/// The interval the text allows, from the qualifier.
void set_interval(claim& c) {
    const quantity& q = c.q;
    c.low.reset();  // (a bound set again leaves no end of the one before: "15 people or more")
    c.high.reset();
    switch (q.qual) {
        case qualifier::exact:
        case qualifier::approx:
            c.low = c.high = q.value;
            break;
        case qualifier::range:
            c.low = q.value;
            c.high = q.range_high;
            break;
        case qualifier::at_least:
        case qualifier::more_than:
            c.low = q.value;
            break;
        case qualifier::at_most:
        case qualifier::less_than:
        case qualifier::nearly:
            c.high = q.value;
            break;
    }
}

/// Ages written as apposition: "LaCalamita, 38," / "John Smith, 27." / "turns 29".
/// The name that opens a sentence, lower-cased: two to four capitalised words before anything
/// else ("Evelyn Marsh, whose ..." gives "evelyn marsh"); empty when none does.
std::string leading_name(const text_input& d, const sentence_span& s) {
    std::string name;
    std::size_t i = s.begin, words = 0;
    while (i < s.end && words < 4 && is_upper(d.text[i])) {
        std::size_t e = i;
        while (e < s.end && (is_alnum(d.text[e]) || d.text[e] == '\'' || d.text[e] == '-')) ++e;
        const std::string_view w = d.lower.substr(i, e - i);
        if (lex().name_stopwords.count(w) || lex().stopwords.count(w)) break;
        if (!name.empty()) name += ' ';
        name += w;
        ++words;
        if (e >= s.end || d.text[e] != ' ') break;
        i = e + 1;
    }
    return words >= 2 ? name : std::string();
}

/// A number word ("eight"): what comes before the next of a list ("eight, 10, 12 years").
bool number_word(std::string_view low) {
    static const word_set& words = lexicon_words("number_words");
    return words.count(low) > 0;
}

/// Whether a digit follows `at` (after spaces), before `end`: a list of numbers goes on.
bool number_follows(const text_input& d, std::size_t at, std::size_t end) {
    while (at < end && d.text[at] == ' ') ++at;
    return at < end && is_digit(d.text[at]);
}

bool is_apposition_age(const text_input& d, const quantity& q, const sentence_span& s) {
    if (!q.unit.empty() || q.qualified || q.word_number || q.value < 1 || q.value > 120 ||
        q.value != std::floor(q.value))
        return false;
    std::size_t b = q.begin;
    if (b >= s.begin + 3 && d.text[b - 1] == ' ' && d.text[b - 2] == ',') {
        std::size_t e = b - 2;
        std::size_t w = e;
        while (w > s.begin && is_word_byte(d.text[w - 1])) --w;
        // "Talley, 51," and "the suspect, 21,": a name, or a noun after "the" or "a", then the age
        // between commas
        const std::string_view det = w < e ? word_before(d, w, s.begin) : std::string_view();
        // ... or any noun that is no function word, the age set apart by commas on both sides:
        // "The Harbor Lights actress, 35, checked into", "Irish actor, 38, takes on the role"
        const bool noun_after_det = w < e && !is_upper(d.text[w]) && q.end < s.end && d.text[q.end] == ',' &&
                                    (same(det, "the"sv) || same(det, "a"sv) || same(det, "an"sv) ||
                                     (e - w >= 3 && !lex().stopwords.count(d.lower.substr(w, e - w)) &&
                                      !number_word(d.lower.substr(w, e - w)) && !number_follows(d, q.end + 1, s.end)));
        if (w < e && (is_upper(d.text[w]) || noun_after_det)) {
            const std::string_view prevword = d.lower.substr(w, e - w);
            // a month or a day is no person: "released 25 hostages on Friday, 13 of them Israelis"
            if (lex().months.count(strip_dot(prevword)) || lex().name_stopwords.count(prevword)) return false;
            std::size_t a = q.end;
            if (a >= s.end || d.text[a] == ',' || d.text[a] == '.' || d.text[a] == ')' || d.text[a] == ';') return true;
            const std::string_view next = word_after(d, a, s.end);
            // (not a part: "According to the IDF, 12 of the rockets were intercepted")
            if (same(next, "of"sv)) {
                std::size_t o = a;
                while (o < s.end && d.text[o] == ' ') ++o;
                const std::string_view after_of = word_after(d, o + 2, s.end);
                if (is_determiner(after_of) || same(after_of, "them"sv) || same(after_of, "those"sv) || same(after_of, "these"sv))
                    return false;
            }
            return same(next, "of"sv) || same(next, "from"sv) || same(next, "who"sv) || same(next, "and"sv);
        }
    }
    // "Daniel Mutai (27) won", "John Murphy (45), of Main Street": a bracketed number right after
    // a capitalised name (the style of Irish, British and Indian reports)
    if (b >= s.begin + 3 && d.text[b - 1] == '(' && d.text[b - 2] == ' ' && q.end < s.end && d.text[q.end] == ')' &&
        q.value >= 10 && q.num_end == q.end) {
        std::size_t w = b - 2;
        const std::size_t e = w;
        while (w > s.begin && is_word_byte(d.text[w - 1])) --w;
        if (w < e && is_upper(d.text[w]) && !lex().months.count(strip_dot(d.lower.substr(w, e - w))) &&
            !lex().name_stopwords.count(d.lower.substr(w, e - w))) {
            // (a second capitalised word before it: a name, not an acronym or a place alone)
            std::size_t p = w;
            while (p > s.begin && d.text[p - 1] == ' ') --p;
            std::size_t w2 = p;
            while (w2 > s.begin && is_word_byte(d.text[w2 - 1])) --w2;
            if (w2 < p && is_upper(d.text[w2]) && !ascii::is_upper(d.text[e - 1])) return true;
        }
    }
    const std::string_view prev = word_before(d, q.begin, s.begin);
    // ("two students, ages 14 and 17": the first of a list of ages too)
    if (same(prev, "turn"sv) || same(prev, "turns"sv) || same(prev, "turned"sv) || same(prev, "aged"sv) ||
        same(prev, "age"sv) || same(prev, "ages"sv))
        return true;
    // an obituary's "She was 91." (the sentence ends with the number)
    if (same(prev, "was"sv) && (q.end >= s.end || d.text[q.end] == '.')) {
        const std::string_view subject = word_before(d, static_cast<std::size_t>(prev.data() - d.lower.data()), s.begin);
        if ((same(subject, "she"sv) || same(subject, "he"sv)) && subject.data() == d.lower.data() + s.begin) return true;
    }
    // a list of ages after "aged": "Three men, aged 24, 31 and 45", "three children, aged 3, 6 and 8"
    {
        std::size_t p = q.begin;
        for (int members = 0; members < 8; ++members) {
            std::size_t k = p;
            while (k > s.begin && d.text[k - 1] == ' ') --k;
            if (k > s.begin && d.text[k - 1] == ',') --k;
            else if (word_before(d, p, s.begin) == "and"sv) k = static_cast<std::size_t>(word_before(d, p, s.begin).data() - d.lower.data());
            else break;
            while (k > s.begin && (d.text[k - 1] == ' ' || d.text[k - 1] == ',')) --k;
            std::size_t w = k;
            while (w > s.begin && ascii::is_digit(d.text[w - 1])) --w;
            if (w == k || k - w > 3) break;
            p = w;
            const std::string_view before = word_before(d, p, s.begin);
            if (same(before, "aged"sv) || same(before, "ages"sv)) return true;
        }
    }
    // "died on Thursday at the age of 85", "died at 95", "passed away at 90"
    if ((same(prev, "of"sv) || same(prev, "at"sv)) && prev.data() > d.lower.data() + s.begin) {
        const std::size_t at = static_cast<std::size_t>(prev.data() - d.lower.data());
        const std::string_view before = word_before(d, at, s.begin);
        if (same(prev, "of"sv)) return same(before, "age"sv);
        static const word_set death{"died", "dies", "dead", "away", "retired", "retires", "retiring"};
        if (death.count(before)) return true;
    }
    // a birthday to come: "Teixeira will be 29 in April", "will be 29 on April 11" (a count to
    // come, "the toll will be 29", names no date right after)
    if (same(prev, "be"sv) && prev.data() > d.lower.data() + s.begin) {
        const std::size_t at = static_cast<std::size_t>(prev.data() - d.lower.data());
        const std::string_view aux = word_before(d, at, s.begin);
        if (!same(aux, "will"sv) && !same(aux, "would"sv)) return false;
        const std::string_view next = word_after(d, q.end, s.end);
        if (!same(next, "in"sv) && !same(next, "on"sv)) return false;
        const std::size_t after_next = static_cast<std::size_t>(next.data() - d.lower.data()) + next.size();
        return lex().months.count(strip_dot(word_after(d, after_next, s.end))) > 0;
    }
    return false;
}

std::string clean_source(std::string_view raw) {
    // one space between words, whatever the text had (line breaks, markup turned to spaces)
    std::string s(raw.size(), ' ');  // written in place: at most one byte for each of raw
    std::size_t n = 0;
    for (char ch : raw) {
        const bool space = ch == ' ' || ch == '\n';
        if (space && (n == 0 || s[n - 1] == ' ')) continue;
        s[n++] = space ? ' ' : ch;
    }
    s.resize(n);
    while (!s.empty() && (s.back() == ',' || s.back() == ' ')) s.pop_back();
    // a sentence's full stop is not part of the name: "said Peskov." (but "U.S." keeps its dots)
    if (!s.empty() && s.back() == '.') {
        std::size_t sp = s.find_last_of(' ');
        const std::string_view last = std::string_view(s).substr(sp == std::string::npos ? 0 : sp + 1);
        if (std::count(last.begin(), last.end(), '.') == 1 && last.size() > 3) s.pop_back();
    }
    // (each determiner opens with 't' or 'a', either case: most names open otherwise, and are
    // not compared with them)
    if (!s.empty() && (ascii::to_lower(s[0]) == 't' || ascii::to_lower(s[0]) == 'a'))
        for (std::string_view det : {"the "sv, "The "sv, "a "sv, "A "sv, "an "sv, "An "sv})
            if (s.size() > det.size() && same(s.data(), det.size(), det)) {
                s.erase(0, det.size());
                break;
            }
    return s;
}

std::string lower_ascii(std::string s) {
    for (char& c : s) c = ascii::to_lower(c);
    return s;
}

/// "Kremlin spokesman Dmitry Peskov" -> source "Dmitry Peskov", title "Kremlin spokesman": a
/// person's name after a role word names the source; the role goes to the title.
void split_title(attribution& a) {
    // the words of the source (parted by spaces) are read as views; most sources hold no role
    // word followed by a name, and nothing is built for them
    const std::string_view src = a.source;
    const auto& roles = lex().sources;
    auto next_word = [&](std::size_t& i) {
        while (i < src.size() && src[i] == ' ') ++i;
        std::size_t e = i;
        while (e < src.size() && src[e] != ' ') ++e;
        const std::string_view w = src.substr(i, e - i);
        i = e;
        return w;
    };
    // a role word then a name of two words or more, all capitalised: the last two words are
    // capitalised (most sources, "officials", "the ministry", "Dmitry Peskov", end otherwise or
    // are shorter, and their words are not looked up)
    {
        std::size_t e = src.size(), capitalised = 0, count = 0;
        while (e > 0 && count < 3) {
            while (e > 0 && src[e - 1] == ' ') --e;
            if (e == 0) break;
            std::size_t b = e;
            while (b > 0 && src[b - 1] != ' ') --b;
            if (count < 2 && ascii::is_upper(src[b])) ++capitalised;
            ++count;
            e = b;
        }
        if (count < 3 || capitalised < 2) return;
    }
    std::string lw;
    std::size_t words = 0, last_role = 0, after_role = 0;  // after_role: where the last role word ends
    bool role = false;
    for (std::size_t i = 0;;) {
        const std::string_view w = next_word(i);
        if (w.empty()) break;
        lw.assign(w);
        for (char& c : lw) c = ascii::to_lower(c);
        if (auto it = roles.find(std::string_view(lw)); it != roles.end() && same(it->second, "head"sv)) {
            role = true;
            last_role = words;
            after_role = i;
        }
        ++words;
    }
    if (!role || words - last_role - 1 < 2) return;  // no two-word name after it
    std::string title, name;
    for (std::size_t i = after_role;;) {
        const std::string_view w = next_word(i);
        if (w.empty()) break;
        if (!ascii::is_upper(w[0])) return;
        if (!name.empty()) name += ' ';
        name += w;
    }
    for (std::size_t i = 0; i < after_role;) {
        const std::string_view w = next_word(i);
        if (w.empty()) break;
        if (!title.empty()) title += ' ';
        title += w;
    }
    a.source = std::move(name);
    a.title = std::move(title);
}

/// True when the source names nobody in particular and needs an earlier mention:
/// "the ministry", "the air force", "the statement" (role words only, no capitalised name).
bool is_generic_role(const text_input& d, std::size_t b, std::size_t e) {
    for (std::size_t i = b; i < e; ++i)
        if (is_upper(d.text[i]) && (i == b || d.text[i - 1] == ' ')) {
            // a capitalised sentence-initial article does not make a name
            std::size_t w = i;
            while (w < e && is_alnum(d.text[w])) ++w;
            const std::string_view word = d.lower.substr(i, w - i);  // letters and digits: lower-cased in place
            if (!same(word, "the"sv) && !same(word, "a"sv) && !same(word, "an"sv)) return false;
        }
    return true;
}

/// "Russia's" -> "russia"; "Ukrainian" -> "ukraine" (lexicon/demonyms.tsv).
std::string agent_of(std::string_view word) {
    std::string w(word);
    if (w.size() > 2 && w.compare(w.size() - 2, 2, "'s") == 0) w.erase(w.size() - 2);
    if (lex().name_stopwords.count(w)) return {};
    const auto& dem = lex().demonyms;
    if (auto it = dem.find(w); it != dem.end()) return it->second;
    return w;
}

/// The capitalised name that ends right before token `at`, lower-cased, its words one space
/// apart ("reform uk"), after the last possessive ("Nigel Farage's Reform UK" -> "reform uk");
/// a one-word name as agent_of gives it (none for a name stopword: "It", "They"). Empty when
/// the word before `at` is no name.
std::string name_before(const std::vector<token>& toks, std::size_t at) {
    std::size_t first = at;
    // (a place a name is based in is no part of it: "Austin-based Lumisil")
    while (first > 0 && at - first < 4 && toks[first - 1].word && toks[first - 1].capitalised &&
           !toks[first - 1].lower.ends_with("'s") && !toks[first - 1].lower.ends_with("-based"))
        --first;
    if (first == at) return {};
    if (at - first == 1) return agent_of(toks[first].lower);
    std::string name;
    for (std::size_t k = first; k < at; ++k) {
        if (k == first && (same(toks[k].lower, "the"sv))) continue;
        if (!name.empty()) name += ' ';
        name += toks[k].lower;
    }
    return name;
}

/// A name less the titles before it ("senator tom hollis" -> "tom hollis", "sir harold bensley" ->
/// "harold bensley"); a name that opens with "the" is kept whole ("the driver").
void drop_titles(std::string& name) {
    static const word_set honorifics{"former", "late", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.",
                                     "sen", "sen.", "rep", "rep.", "gov", "gov.", "gen", "gen.", "rev", "rev.", "the", "prime", "vice", "deputy",
                                     "chief", "acting", "interim", "state", "us", "u.s.", "sir", "dame", "lord", "lady"};
    std::size_t cut = 0;
    for (;;) {
        const std::size_t sp = name.find(' ', cut);
        if (sp == std::string::npos) break;
        const std::string_view first = std::string_view(name).substr(cut, sp - cut);
        if (!honorifics.count(first) && !lex().sources.count(first)) break;
        cut = sp + 1;
    }
    if (cut > 0 && !name.starts_with("the ")) name.erase(0, cut);
}

/// A bound told after a figure's counted thing, at `at` (past its noun): the post rows of
/// qualifiers.tsv that open with "or" or "and" ("or more", "or fewer", "or so", "and counting"),
/// with where the phrase ends. Not "plus", which adds another thing ("15 people plus three
/// dogs"), nor "at least", which may open the next figure's words; nor a phrase a counted noun
/// follows, which names another thing ("12 buses or more trucks").
std::optional<std::pair<qualifier, std::size_t>> bound_after_noun(std::string_view lower, std::size_t at, std::size_t end) {
    static const std::vector<std::pair<std::string, qualifier>> bounds = [] {
        std::vector<std::pair<std::string, qualifier>> out;
        for (const auto& r : lexicon("qualifiers").rows)
            if (r.at(2) == "post" && (r[0].starts_with("or ") || r[0].starts_with("and ")))
                out.emplace_back(" " + r[0], qualifier_from(r.at(1)));
        return out;
    }();
    if (at >= end || lower[at] != ' ') return std::nullopt;
    for (const auto& [phrase, qual] : bounds) {
        const std::size_t past = at + phrase.size();
        if (past > end || lower.compare(at, phrase.size(), phrase) != 0 || (past < end && ascii::is_alnum(lower[past])))
            continue;
        std::size_t k = past;
        while (k < end && lower[k] == ' ') ++k;
        std::size_t e = k;
        while (e < end && ascii::is_alpha(lower[e])) ++e;
        if (e > k && lex().heads.count(lower.substr(k, e - k))) return std::nullopt;
        return std::pair{qual, past};
    }
    return std::nullopt;
}

/// The words of `text` between spaces, as views into it.
std::vector<std::string_view> space_words(std::string_view text) {
    std::vector<std::string_view> out;
    for (std::size_t p = 0; p < text.size();) {
        while (p < text.size() && text[p] == ' ') ++p;
        std::size_t q = p;
        while (q < text.size() && text[q] != ' ') ++q;
        if (q > p) out.push_back(text.substr(p, q - p));
        p = q;
    }
    return out;
}

/// The owner of a figure in the clause a source's cue opens with "it" or "they" as subject: "Intel
/// Corp said (last week) it would cut up to 6,000 jobs" -> "intel"; empty where the clause has
/// another subject, a comma before the figure, or a verb of counting ("it had recorded").
std::string said_it_agent(const text_input& d, const cue_match& cue, const claim& c) {
    static const word_set skip{"on", "last", "this", "next", "earlier", "late", "early", "that", "today", "yesterday",
                               "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "week",
                               "month", "year", "in", "a", "statement", "its", "website"};
    static const word_set counting{"recorded", "registered", "counted", "confirmed", "reported", "documented", "verified",
                                   "estimated", "tallied", "logged", "received", "record", "count", "confirm",
                                   "report", "estimate", "believed", "believes", "expected", "expects", "knew", "know"};
    const std::string_view gap = std::string_view(d.lower).substr(cue.end, c.q.begin - cue.end);
    if (gap.find(", ") != std::string_view::npos || gap.find(';') != std::string_view::npos) return {};
    bool subject = false;
    unsigned words = 0;
    for (const std::string_view w : space_words(gap)) {
        if (++words > 14) return {};
        if (!subject) {
            // (or whose: "Microsoft said its revenue rose to $16.63 billion")
            if (same(w, "it"sv) || same(w, "they"sv) || same(w, "its"sv) || same(w, "their"sv)) {
                subject = true;
                continue;
            }
            if (skip.count(w) || lex().months.count(w) || is_year(w)) continue;
            return {};
        }
        if (counting.count(w)) return {};
    }
    if (!subject) return {};
    // the source's name, as a subject's name is an agent: its words, lower-cased, without the
    // article and a company's legal suffix ("Intel Corp" -> "intel")
    const std::string_view src = std::string_view(d.text).substr(cue.src_begin, cue.src_end - cue.src_begin);
    // (a named source only: "officials said they" and "the company said it" name no one)
    if (src.empty() || !std::any_of(src.begin(), src.end(), [](char ch) { return ascii::is_upper(ch); })) return {};
    std::vector<std::string_view> ws = space_words(std::string_view(d.lower).substr(cue.src_begin, cue.src_end - cue.src_begin));
    if (!ws.empty() && same(ws.front(), "the"sv)) ws.erase(ws.begin());
    // (a role is no one: "Officials said they", "Police said they")
    if (ws.empty() || (ws.size() == 1 && lex().sources.count(ws.front()))) return {};
    // (a country's or a company's body is the country's: "Russia's Defence Ministry" -> "russia")
    for (auto w : ws)
        if (w.size() > 2 && w.ends_with("'s"sv)) return agent_of(w);
    // the name's first word that is no role nor a nationality, as a company is named by its first
    // word wherever its divisions and legal suffixes differ ("Toyota Motor Corp", "Toyota Motor
    // North America"; "Intel Corp" and "Intel"; "the Iranian Red Crescent" and "the Red
    // Crescent"); a body named by its nationality alone is its country's ("the Russian Defence
    // Ministry")
    std::string_view nationality;
    for (auto w : ws) {
        if (lex().sources.count(w) || lex().stopwords.count(w)) continue;
        if (auto it = lex().demonyms.find(w); it != lex().demonyms.end() && it->second != w) {
            if (nationality.empty()) nationality = w;
            continue;
        }
        return agent_of(w);
    }
    return nationality.empty() ? std::string() : agent_of(nationality);
}

/// "quake" or "aftershock" when `word` is a head of that class in heads.tsv, else "".
std::string_view quake_class(std::string_view word) {
    // the heads of either class, each with the class of its first row of one (read once: the
    // nearest quake word of a sentence asks it of every token)
    static const word_map classes = [] {
        word_map m;
        for (const auto& r : lex().head_rows)
            if (lex().heads.count(r[0]) && (same(r.at(2), "quake"sv) || same(r.at(2), "aftershock"sv)))
                m.emplace(r[0], r.at(2));
        return m;
    }();
    const auto it = classes.find(word);
    return it == classes.end() ? std::string_view{} : std::string_view(it->second);
}

/// What a percentage measures, by the noun it is of or said of (percent_attributes.tsv), and
/// whether it is a change: "the unemployment rate rose to 4.6%" (the rate's level), "Calder shares
/// fell 4.1%" (a change: predicate fell), "24.5% of the vote", "a turnout of 72.2 percent", "a
/// 38% drop in operating profit". A value a change starts from ("up from 5 per cent") and one
/// that is expected ("is expected to rise to 5%") measure nothing now.
/// A count or a sum a metric reaches is that metric's level: "Its US sales slipped 6% in the first
/// quarter to 281,000 vehicles", "Revenue fell 14% to $2.3 billion" (not a count of vehicles
/// recalled, nor a sum paid).
void describe_percent(const std::vector<token>& toks, claim& c) {
    const bool level = c.q.kind == quantity_kind::count || c.q.kind == quantity_kind::money;
    if ((c.q.kind != quantity_kind::percent && !level) || !c.attribute.empty() || toks.empty()) return;
    static const auto& table = lexicon_map("percent_attributes");
    // the longest phrase of the table that ends at token `last` (inclusive) of at most three words
    // (`words`: how many words it has)
    auto ending_at = [&](std::size_t last, std::size_t floor, std::size_t* words = nullptr) -> const std::string* {
        const std::string* found = nullptr;
        std::string phrase;
        for (std::size_t n = 0; n < 3 && last >= floor + n && toks[last - n].word; ++n) {
            phrase = n ? std::string(toks[last - n].lower) + " " + phrase : std::string(toks[last - n].lower);
            if (const auto it = table.find(phrase); it != table.end()) {
                found = &it->second;
                if (words) *words = n + 1;
            }
        }
        return found;
    };
    // ... and the longest that begins at `first`: the head of "the popular vote", "operating profit"
    auto beginning_at = [&](std::size_t first) -> const std::string* {
        const std::string* found = nullptr;
        std::string phrase;
        for (std::size_t n = 0; n < 3 && first + n < toks.size() && toks[first + n].word; ++n) {
            if (n) phrase += ' ';
            phrase.append(toks[first + n].lower);
            if (const auto it = table.find(phrase); it != table.end()) found = &it->second;
        }
        return found;
    };
    auto is = [&](std::size_t k, std::string_view w) { return k < toks.size() && same(toks[k].lower, w); };
    auto determiner = [&](std::size_t k) { return is(k, "the"sv) || is(k, "a"sv) || is(k, "an"sv) || is(k, "its"sv) || is(k, "their"sv); };
    const std::size_t q = token_at(toks, c.q.begin);
    // verbs of a change, up and down
    static const word_set ups{"rose", "risen", "rises", "rising", "climbed", "jumped", "grew", "increased", "gained", "surged",
                              "soared", "rebounded", "accelerated", "edged", "ticked", "up", "higher", "advanced", "added",
                              "quickened", "picked", "spiked", "expanded"};
    static const word_set downs{"fell", "fallen", "falls", "falling", "dropped", "declined", "decreased", "slowed", "slipped",
                                "eased", "slumped", "plunged", "tumbled", "sank", "lost", "down", "lower", "shed", "contracted",
                                "dipped", "cooled", "retreated", "moderated", "shrank", "shrunk"};
    if (level) {
        if (q < 1) return;
        std::size_t verb = q - 1;
        bool found = false;
        if (q >= 2 && is(q - 1, "to"sv)) {
            // the verb of the change, past its percentage and period ("slipped 6% in the first quarter")
            for (std::size_t k = q - 1; k > 0 && q - 1 - k < 10; --k) {
                const token& t = toks[k - 1];
                if (!t.word && !same(t.lower, "%"sv) && !same(t.lower, "-"sv)) break;
                if (t.word && (ups.count(t.lower) || downs.count(t.lower))) {
                    verb = k - 1;
                    found = true;
                    break;
                }
            }
        } else if (c.q.kind == quantity_kind::money) {
            // a sum's level told without a change: "net profit was flat at $13.1 billion", "revenue
            // was $16.4 billion", "sales totaled $2.1 billion", "revenue came in at $5 billion"
            static const word_set being{"was", "were", "is", "are", "totaled", "totalled", "totaling", "stood", "stands",
                                        "reached", "hit", "came"};
            std::size_t k = q - 1;
            if (is(k, "at"sv) && k >= 1) {
                --k;
                if (k >= 1 && (is(k, "flat"sv) || is(k, "steady"sv) || is(k, "unchanged"sv) || is(k, "in"sv))) --k;
            }
            if (being.count(toks[k].lower)) {
                verb = k;
                found = true;
            }
            // "The company earned $13.08 billion": a profit, the subject's
            static const word_set earning{"earned", "earns", "netted"};
            // (a company's results, told by their period or a share: a coach or a runner earns a
            // pay or a prize)
            // (the words near the figure, not the whole sentence: a sentence of thousands of
            // figures is read in linear time)
            auto results = [&] {
                static const word_set periods{"quarter", "quarterly", "fiscal", "share", "period", "half", "year-earlier"};
                for (std::size_t k = q > 20 ? q - 20 : 0; k < toks.size() && k < q + 20; ++k)
                    if (periods.count(toks[k].lower)) return true;
                return false;
            };
            if (!found && earning.count(toks[q - 1].lower) && results()) {
                c.attribute = "profit";
                if (c.agent.empty() && q >= 2 && toks[q - 2].capitalised) c.agent = name_before(toks, q - 1);
                return;
            }
        }
        if (!found || verb == 0) return;
        std::size_t words = 0;
        if (const std::string* a = ending_at(verb - 1, 0, &words)) {
            c.attribute = *a;
            // whose: the name before the noun ("Microsoft's revenue rose 2 percent to $16.63 billion")
            if (c.agent.empty() && verb >= words + 1) {
                const std::size_t n = verb - words - 1;
                if (toks[n].word && toks[n].capitalised && !determiner(n)) c.agent = agent_of(toks[n].lower);
            }
        }
        return;
    }
    const std::size_t e = token_at(toks, c.q.end);
    // a value a change starts from ("up from 60.3%", "fell to 4.1 per cent from 4.3 per cent", "after
    // rising 4.4% in July") is an earlier period's, and a forecast's ("exceeding forecasts for a
    // 0.4% increase", "economists had expected 3.5%") is nobody's now: neither is the story's own
    if (q > 0 && is(q - 1, "from"sv)) {
        c.background = true;
        return;
    }
    if (q > 1 && is(q - 2, "after"sv) && toks[q - 1].word &&
        (toks[q - 1].lower.ends_with("ing"sv) || is(q - 1, "a"sv))) {
        c.background = true;
        return;
    }
    for (std::size_t k = q; k > 0 && q - k < 5; --k) {
        const std::string_view w = toks[k - 1].lower;
        if (!toks[k - 1].word) break;
        if (same(w, "forecast"sv) || same(w, "forecasts"sv) || same(w, "expectations"sv) || same(w, "expected"sv) ||
            same(w, "consensus"sv) || same(w, "predicted"sv) || same(w, "estimates"sv)) {
            c.background = true;
            return;
        }
    }
    // a party's share in a poll (not of a vote cast): "the Liberal Democrats on 16 per cent", "had
    // Reform on 30 per cent"
    if (q > 1 && is(q - 1, "on"sv) && toks[q - 2].word && toks[q - 2].capitalised) {
        c.attribute = "poll share";
        if (c.agent.empty()) c.agent = name_before(toks, q - 1);
        return;
    }
    // ("the Liberal Democrats are up one point on 15 per cent": past how it moved)
    if (q > 4 && is(q - 1, "on"sv)) {
        for (std::size_t j = q - 1; j > 1 && q - 1 - j < 6 && toks[j - 1].word; --j)
            if (is(j - 1, "are"sv) || is(j - 1, "is"sv) || is(j - 1, "were"sv) || is(j - 1, "was"sv)) {
                if (toks[j - 2].word && toks[j - 2].capitalised) {
                    c.attribute = "poll share";
                    if (c.agent.empty()) c.agent = name_before(toks, j - 1);
                    return;
                }
                break;
            }
    }
    static const word_set levels{"was", "is", "were", "are", "stood", "stands", "remained", "stayed", "held", "reached", "hit",
                                 "came", "won", "took", "secured", "got", "received", "garnered", "polled"};
    static const word_set change_nouns{"drop", "fall", "decline", "rise", "increase", "jump", "gain", "slump", "surge", "cut",
                                       "hike", "plunge", "slide", "growth", "contraction", "decrease", "reduction"};
    static const word_set up_nouns{"rise", "increase", "jump", "gain", "surge", "hike", "growth"};
    // "24.5% of the vote", "52 percent of the ballots" (of anything else, it measures that: "60
    // percent of mortgages", "70% of first-serve points")
    if (is(e, "of"sv)) {
        std::size_t k = e + 1;
        if (determiner(k)) ++k;
        if (const std::string* a = beginning_at(k)) c.attribute = *a;
        return;
    }
    // "a 38% drop in operating profit", "a 3.2% pay rise", "a 12% rise in sales"
    if (e < toks.size() && toks[e].word) {
        std::size_t k = e;
        const std::string* before_change = nullptr;
        if (!change_nouns.count(toks[k].lower)) {
            before_change = beginning_at(k);
            if (before_change && k + 1 < toks.size() && change_nouns.count(toks[k + 1].lower)) ++k;
            else before_change = nullptr;
        }
        if (change_nouns.count(toks[k].lower)) {
            const bool up = up_nouns.count(toks[k].lower) > 0;
            const std::string* a = before_change;
            if (!a && is(k + 1, "in"sv)) {
                std::size_t n = k + 2;
                if (determiner(n)) ++n;
                // (past a period's words: "in first-quarter operating profit")
                for (std::size_t m = n; m < toks.size() && m < n + 3 && !a; ++m) a = beginning_at(m);
            }
            if (a) {
                c.attribute = *a;
                if (!same(*a, "pay"sv)) c.pred = {std::string(toks[k].lower), up ? "rose" : "fell"};
            }
            return;
        }
    }
    // "a turnout of 72.2 percent", "inflation of 2.7%", "a stake of 20%"
    if (q > 1 && is(q - 1, "of"sv)) {
        if (const std::string* a = ending_at(q - 2, 0)) {
            c.attribute = *a;
            return;
        }
    }
    // the subject of the verb before it: "the unemployment rate rose to 4.6%", "Turnout was 62
    // percent", "Calder shares fell 4.1%", "shares were down 4%", "Support for the government
    // stood at 35 percent" (past "to", "by", "at", "about", and "up" or "down")
    std::size_t k = q;
    // "grew at an annualised rate of 1.2%": the verb before the rate
    if (q > 3 && is(q - 1, "of"sv) && (is(q - 2, "rate"sv) || is(q - 2, "pace"sv))) {
        std::size_t j = q - 2;
        while (j > 0 && q - 2 - j < 4 && toks[j - 1].word && !is(j - 1, "at"sv)) --j;
        if (j > 1 && is(j - 1, "at"sv)) k = j - 1;
    }
    bool to = false;
    if (k > 0 && (is(k - 1, "to"sv) || is(k - 1, "at"sv))) {
        to = true;
        --k;
    } else if (k > 0 && is(k - 1, "by"sv)) {
        --k;
    }
    int direction = 0;  // 1 up, -1 down, 0 a level
    std::string_view moved;  // the word that says so
    std::size_t verb = k;
    // (past the words that tell how: "grew an annualized real 1.2 percent", "rose a modest 0.2%")
    static const word_set how{"a", "an", "annualised", "annualized", "real", "nominal", "modest", "robust", "revised",
                              "estimated", "seasonally", "adjusted", "further", "sharp", "slight", "steep", "record"};
    for (std::size_t seen = 0; verb > 0 && seen < 6; ++seen) {
        const std::string_view w = toks[verb - 1].lower;
        if (!toks[verb - 1].word) break;
        if (!direction && how.count(w) && seen < 4) {
            --verb;
            continue;
        }
        if (!direction && ups.count(w)) direction = 1, moved = w;
        else if (!direction && downs.count(w)) direction = -1, moved = w;
        else if (ups.count(w) || downs.count(w)) {
        }
        else if (!levels.count(w) && !same(w, "has"sv) && !same(w, "have"sv) && !same(w, "had"sv) && !same(w, "been"sv) &&
                 !same(w, "in"sv))
            break;
        --verb;
    }
    if (verb == k) return;  // no verb
    // (not a forecast: "is expected to rise to 5%", "will fall to", "could reach")
    if (verb > 0) {
        const std::string_view w = toks[verb - 1].lower;
        static const word_set future{"to", "will", "would", "could", "may", "might", "should", "can", "expected", "forecast",
                                     "projected", "predicted", "seen"};
        if (future.count(w)) return;
    }
    // "Core inflation, which strips out volatile food and energy costs, fell to 3.3%", "services
    // inflation, closely watched by the Bank, eased to 4.5%": past the phrase between commas
    std::size_t last = verb;
    if (last >= 3 && is(last - 1, ","sv)) {
        for (std::size_t j = last - 1; j > 0 && last - 1 - j < 18; --j)
            if (is(j - 1, ","sv)) {
                last = j - 1;
                break;
            }
    }
    // "Support for the government stood at 35 percent": past "for <name>" to the noun
    if (last >= 3 && is(last - 2, "for"sv) && toks[last - 1].word) last -= 2;
    else if (last >= 4 && is(last - 3, "for"sv) && determiner(last - 2)) last -= 3;
    if (last == 0) return;
    std::size_t words = 0;
    const std::string* a = ending_at(last - 1, 0, &words);
    // a share a party or a side won is its share of the vote: "the Christian Democrats won 29.8%",
    // "the yes side won 52 percent"
    static const word_set winning{"won", "took", "secured", "garnered", "polled", "received", "got", "gained"};
    if (!a && direction == 0 && !to && winning.count(toks[verb].lower)) {
        c.attribute = "vote";
        return;
    }
    if (!a) return;
    c.attribute = *a;
    // "services inflation", "youth unemployment": another measure than the headline's
    static const word_set& modifiers = lexicon_words("measure_modifiers");
    {
        if (last >= words + 1 && toks[last - words - 1].word && modifiers.count(toks[last - words - 1].lower) &&
            c.attribute.find(' ') == std::string::npos)
            c.attribute = std::string(toks[last - words - 1].lower) + " " + c.attribute;
    }
    // a change is what happened; a level reached ("rose to 4.6%") is the level
    if (direction != 0 && !to) c.pred = {std::string(moved), direction > 0 ? "rose" : "fell"};
    // whose: the name before the noun ("Calder shares", "Nordvik's operating profit")
    // (before the noun's words: "Annual inflation slowed" names no one, nor "Youth unemployment")
    if (c.agent.empty() && last >= words + 1) {
        const std::size_t n = last - words - 1;
        if (toks[n].word && toks[n].capitalised && !determiner(n) && !modifiers.count(toks[n].lower))
            c.agent = agent_of(toks[n].lower);
    }
}

/// What a measure measures: "a depth of 1.2 miles" -> depth; "20 miles north of Santa Rosa" ->
/// from santa rosa; "magnitude 4.6 earthquake" -> quake.
void describe_measure(const std::vector<token>& toks, claim& c) {
    // (the tokens of the figure and after it, found once: most rules below ask one of them)
    const std::size_t q_at = token_at(toks, c.q.begin), q_next = token_at(toks, c.q.end);
    // a capacity, not a count of who is there: "licensed to carry 200 passengers", "can hold 5,000
    // people", "a capacity of 60,000", "room for 300", "the prison, which houses about 1,600
    // inmates" (the qualifier is the figure's: the words are read before it)
    if ((c.q.kind == quantity_kind::count || c.q.kind == quantity_kind::vague) && c.attribute.empty()) {
        const std::size_t at = token_at(toks, c.q.begin);
        static const word_set carry{"carry", "hold", "accommodate", "seat", "house", "take", "transport", "fit"};
        static const word_set able{"licensed", "designed", "built", "able", "allowed", "permitted", "certified",
                                   "equipped", "meant", "rated", "approved", "authorised", "authorized", "intended"};
        static const word_set modal{"can", "could", "cannot", "can't"};
        static const word_set holds{"houses", "accommodates", "seats", "holds", "hold", "house", "accommodate"};
        // what holds people: "The prison holds about 1,200 inmates", "the stadium seats 40,000"
        static const word_set places{"prison", "jail", "stadium", "arena", "ferry", "ship", "boat", "plane", "aircraft",
                                     "hall", "theatre", "theater", "venue", "hospital", "school", "facility", "centre",
                                     "center", "camp", "shelter", "church", "auditorium", "bus", "train", "vessel",
                                     "building", "prisons", "jails", "stadiums", "hospitals", "schools", "camps"};
        auto word = [&](std::size_t back) -> std::string_view { return at >= back ? toks[at - back].lower : std::string_view{}; };
        const bool capacity =
            ((same(word(1), "of"sv) || same(word(1), "for"sv)) && same(word(2), "capacity"sv)) ||
            (same(word(1), "for"sv) && (same(word(2), "room"sv) || able.count(word(2)))) ||
            (carry.count(word(1)) && (modal.count(word(2)) || (same(word(2), "to"sv) && able.count(word(3))))) ||
            (holds.count(word(1)) && (same(word(2), "which"sv) || same(word(2), "that"sv) || places.count(word(2)) ||
                                      // (past a phrase set off after the place: "The jail, built in 1994, houses about 850 inmates")
                                      (same(word(2), ","sv) && word(1).ends_with("s"sv))));
        // or after a figure with no noun of its own: "well above the 150 the vessel was licensed to
        // carry" (the words to the clause's end: no comma between)
        bool capacity_after = false;
        if (!capacity && (c.counted.head.empty() || c.counted.inherited)) {
            const std::size_t after = q_next;
            // (the cheap "to" first: most figures have none in reach)
            for (std::size_t k = after; k + 2 < toks.size() && k < after + 7 && toks[k].word; ++k)
                if (same(toks[k + 1].lower, "to"sv) && able.count(toks[k].lower) && carry.count(toks[k + 2].lower)) {
                    capacity_after = true;
                    break;
                }
        }
        if (capacity || capacity_after) c.attribute = "capacity";
        // what is needed, not what there is: "A majority requires 74 seats", "the bill needs 60 votes"
        static const word_set needing{"requires", "require", "required", "requiring", "needs", "need", "needed", "needing"};
        if (!capacity && needing.count(word(1))) c.attribute = "required";
        // who lives in a place, not who the event touched: "Luwuk, a town of about 80,000 people",
        // "a city of 2 million", "a population of 80,000", "home to 12,000 people"
        static const word_set settlements{"town", "city", "village", "country", "nation", "island", "state", "province",
                                          "district", "region", "community", "county", "municipality", "suburb",
                                          "capital", "port", "hamlet", "metropolis", "population", "populace",
                                          "republic", "kingdom", "territory", "enclave", "archipelago", "emirate",
                                          "member"};
        // (of people, or of no noun: "a district of 12 villages" is no population)
        static const word_set dwellers{"resident", "inhabitant", "soul", "citizen", "people", "person"};
        const bool people = c.counted.head.empty() || c.counted.cls == "person"sv || dwellers.count(c.counted.lemma);
        if (!capacity && c.attribute.empty() && people &&
            ((same(word(1), "of"sv) && settlements.count(word(2))) || (same(word(1), "to"sv) && same(word(2), "home"sv))))
            c.attribute = "population";
        // what a place holds: "Gazipur, home to more than 900 garment factories"; a place's units of
        // government, all of them: "Scotland's 32 councils", "Ukraine's 24 regions"
        static const word_set units{"councils", "districts", "regions", "provinces", "states", "counties", "municipalities",
                                    "constituencies", "oblasts", "departments", "prefectures", "cantons", "boroughs",
                                    "wards", "parishes", "emirates", "governorates"};
        if (!capacity && c.attribute.empty() && !c.counted.head.empty() &&
            ((same(word(1), "to"sv) && same(word(2), "home"sv)) ||
             (units.count(c.counted.head) && c.pred.cls.empty() && word(1).ends_with("'s"sv) && at >= 1 && toks[at - 1].capitalised)))
            c.attribute = "capacity";
        // who a supply is for, not who the event touched: "carrying food for 25,000 people", "enough
        // water for 10,000 families"
        static const word_set supplies{"food", "water", "aid", "supplies", "enough", "rations", "meals", "shelter",
                                       "medicine", "medicines", "tents", "assistance", "flour", "provisions"};
        if (!capacity && c.attribute.empty() && same(word(1), "for"sv) && supplies.count(word(2)))
            c.attribute = "beneficiaries";
        // the places a network reaches, not those an event touched: "The EAG cable links 13
        // countries", "lands in 13 countries" (against "disrupting traffic in 12 countries")
        static const word_set reaches{"links", "connects", "linking", "connecting", "spans", "spanning", "serves", "serving"};
        static const word_set lands{"country", "nation", "city", "state", "port", "continent", "island"};
        const std::string_view w1 = word(1);
        if (!capacity && c.attribute.empty() && w1.size() >= 2 && (w1[0] == 'l' || w1[0] == 'c' || w1[0] == 's' || w1[0] == 'i') &&
            (reaches.count(w1) || (same(w1, "in"sv) && (same(word(2), "lands"sv) || same(word(2), "landing"sv)))) &&
            (c.counted.cls == "place"sv || lands.count(c.counted.lemma)))
            c.attribute = "reach";
        // who a network covers, not who did a thing: "spectrum covering about 180 million people"
        if (!capacity && c.attribute.empty() && people && (same(word(1), "covering"sv) || same(word(1), "covers"sv)))
            c.attribute = "coverage";
        // the size of a convoy, not all that crossed: "A convoy of 24 trucks", "a 24-truck convoy"
        if (!capacity && c.attribute.empty() && same(word(1), "of"sv) && same(word(2), "convoy"sv))
            c.attribute = "convoy";
        // a place's residents: "Hong Kong's 7.4 million residents", "the city's 80,000 inhabitants"
        static const word_set residents{"residents", "inhabitants", "citizens", "dwellers"};
        // (of whom nothing happened: "the town's 300 residents were evacuated" are 300 evacuated)
        if (!capacity && c.attribute.empty() && c.pred.cls.empty() && residents.count(c.counted.head) &&
            word(1).ends_with("'s"sv) && at >= 1 &&
            (toks[at - 1].capitalised || settlements.count(word(1).substr(0, word(1).size() - 2))))
            c.attribute = "population";
    }
    // the dead handed back are bodies, whoever they were: "received the bodies of 1,245 people", "the
    // remains of 20 soldiers" (not the living swapped)
    if (c.q.kind == quantity_kind::count && !c.counted.head.empty()) {
        const std::size_t at = q_at;
        if (at >= 2 && same(toks[at - 1].lower, "of"sv) && (same(toks[at - 2].lower, "bodies"sv) || same(toks[at - 2].lower, "remains"sv))) {
            c.counted.lemma = "body";
            c.counted.cls = "body";
        }
    }
    // members picked out of a set by rank are no count of the event: "its two biggest studios", "the
    // three largest cities" (the word right after the figure)
    if (c.q.kind == quantity_kind::count && c.attribute.empty() && !c.counted.head.empty() && !c.counted.inherited) {
        static const word_set ranked{"biggest", "largest", "smallest", "oldest", "newest", "busiest", "richest",
                                     "poorest", "deadliest", "highest", "lowest", "tallest", "strongest", "best",
                                     "worst", "most", "least", "leading", "main", "top"};
        const std::size_t next = q_next;
        if (next < toks.size() && toks[next].begin == c.counted.begin && ranked.count(toks[next].lower)) c.attribute = "ranked";
    }
    // a count joined by a hyphen to a unit of size, before the noun it sizes, is that thing's size:
    // "the 146-seat legislature", "a 500-bed hospital", "a 12-member jury" (what the legislature
    // holds, not seats won)
    if (c.q.kind == quantity_kind::count && c.q.hyphen_compound && c.attribute.empty() && !c.counted.head.empty()) {
        // (a tour's or a season's legs: "her 42-date tour", "a 42-city tour", "the 82-game season";
        // before a name too: "the 151-seat Sabor")
        static const word_set sizes{"seat", "bed", "room", "member", "storey", "story", "floor", "lane", "berth",
                                    "car", "carriage", "unit", "apartment", "page", "inmate", "prisoner", "passenger",
                                    "student", "pupil", "patient", "spectator", "guest", "date", "city", "stop",
                                    "concert", "show", "game", "match", "episode", "track", "song", "hole", "nation",
                                    "country", "team", "leg"};
        const std::size_t next = token_at(toks, c.q.end);
        // (a margin is none: "a one-seat majority", "a two-goal lead")
        static const word_set margins{"majority", "lead", "margin", "advantage", "win", "victory", "deficit",
                                      "edge", "cushion", "gap", "swing", "defeat", "loss"};
        if (next < toks.size() && sizes.count(lemma_of(c.counted.head)) && toks[next].word &&
            !lex().stopwords.count(toks[next].lower))
            c.attribute = margins.count(toks[next].lower) ? "margin" : "capacity";
    }
    // "temperatures reaching 46 C": a scale's capital letter alone after a space (45C, written
    // together, is read by the quantity grammar; "3 F-35s" has its hyphen)
    if (c.q.unit.empty() && c.q.kind == quantity_kind::count && !c.counted.inherited && c.counted.modifiers.empty() &&
        (c.counted.head == "c"sv || c.counted.head == "f"sv) && c.value) {
        const std::size_t k = token_at(toks, c.counted.begin);
        const bool celsius = c.counted.head == "c"sv;
        if (k < toks.size() && toks[k].capitalised && toks[k].end == c.counted.end && *c.value >= (celsius ? -90 : -130) &&
            *c.value <= (celsius ? 60 : 140)) {
            c.q.unit = celsius ? "°c" : "°f";
            c.q.dimension = "temperature";
            c.q.kind = quantity_kind::measure;
            c.counted = {};
            return;
        }
    }
    // "75m euros": a sum in millions, not metres, where a currency's word follows ("2m" alone is two
    // metres)
    if (c.q.kind == quantity_kind::measure && c.q.unit == "m"sv && !c.q.hyphen_compound && c.value) {
        const std::size_t next = q_next;
        if (next < toks.size() && toks[next].word) {
            static const auto& currencies = lexicon_map("currencies");
            std::string word(toks[next].lower);
            if (word != "pounds"sv && word != "pound"sv)
                if (auto it = currencies.find(word); it != currencies.end()) {
                    auto million = [](std::optional<double>& v) {
                        if (v) *v *= 1e6;
                    };
                    c.q.value *= 1e6;
                    million(c.q.range_high);
                    million(c.value);
                    million(c.low);
                    million(c.high);
                    c.q.unit = it->second;
                    c.q.dimension = "money";
                    c.q.kind = quantity_kind::money;
                    c.end = toks[next].end;
                    c.counted = {};
                    return;
                }
        }
    }
    // "7.2 million pounds of ready-to-eat deli meats": a weight, where "of" names a thing that is no
    // money ("2 million pounds of taxpayers' money", "of funding" stay sums)
    if (c.q.kind == quantity_kind::money && c.q.unit == "GBP"sv) {
        const std::size_t next = q_next;
        if (next >= 1 && next + 1 < toks.size() && same(toks[next - 1].lower, "pounds"sv) && same(toks[next].lower, "of"sv) &&
            toks[next + 1].word && !toks[next + 1].capitalised) {
            static const word_set money_words{"money", "cash", "funding", "funds", "investment", "investments", "debt",
                                              "debts", "damage", "taxpayers", "taxpayers'", "public", "savings", "aid",
                                              "assets", "revenue", "spending", "losses", "compensation", "bonds", "shares",
                                              "stock", "profit", "profits", "sales", "contracts", "donations", "grants",
                                              "the", "his", "her", "their", "its", "government", "council"};
            if (!money_words.count(toks[next + 1].lower)) {
                c.q.unit = "lb";
                c.q.dimension = "mass";
                c.q.kind = quantity_kind::measure;
                return;
            }
        }
    }
    // "78 cents a share", "50 pence": a sum of money in hundredths of the currency; "25.50 pounds a
    // share" is money too (a bare "500 pounds" is more often a weight)
    const auto per_share = [&] {
        const std::size_t k = token_at(toks, c.end);
        // (and a wage: "earn about 200,000 pounds a week")
        static const word_set periods{"share", "week", "month", "year", "day"};
        return k + 1 < toks.size() && (toks[k].lower == "a"sv || toks[k].lower == "per"sv) && periods.count(toks[k + 1].lower);
    };
    if (c.q.unit.empty() && c.q.kind == quantity_kind::count && !c.counted.inherited && c.counted.lemma == "pound"sv &&
        per_share()) {
        c.q.unit = "GBP";
        c.q.dimension = "money";
        c.q.kind = quantity_kind::money;
        c.counted = {};
        return;
    }
    // "weighed 245 pounds", "3.2 tonnes (7,055 pounds)": a weight (a bare "500 pounds" may be money
    // or weight, and stays a count of pounds)
    if (c.q.unit.empty() && c.q.kind == quantity_kind::count && !c.counted.inherited && c.counted.lemma == "pound"sv &&
        c.counted.modifiers.empty()) {
        const std::size_t at = token_at(toks, c.q.begin);
        static const word_set weighing{"weighed", "weighs", "weighing", "weigh", "weight"};
        static const word_set masses{"tonnes", "tonne", "tons", "ton", "kilograms", "kilogram", "kg", "kilos", "grams", "ounces"};
        const bool weighed = at >= 1 && weighing.count(toks[at - 1].lower);
        const bool converted = at >= 2 && same(toks[at - 1].lower, "("sv) && masses.count(toks[at - 2].lower);
        if (weighed || converted) {
            c.q.unit = "lb";
            c.q.dimension = "mass";
            c.q.kind = quantity_kind::measure;
            c.counted = {};  // (the claim's words still reach over "pounds")
            return;
        }
    }
    if (c.q.unit.empty() && c.q.kind == quantity_kind::count && !c.counted.inherited &&
        (same(c.counted.lemma, "cent"sv) || same(c.counted.lemma, "pence"sv) || same(c.counted.lemma, "penny"sv))) {
        auto hundredth = [](std::optional<double>& v) {
            if (v) *v /= 100;
        };
        c.q.value /= 100;
        hundredth(c.q.range_high);
        hundredth(c.value);
        hundredth(c.low);
        hundredth(c.high);
        c.q.unit = same(c.counted.lemma, "cent"sv) ? "USD" : "GBP";
        c.q.dimension = "money";
        c.q.kind = quantity_kind::money;
        c.counted = {};
        return;
    }
    // "a Category 3 storm", "weakened to a Category 1": a rating on a scale, not a count of storms
    if (c.q.unit.empty() && c.q.kind == quantity_kind::count && c.value && *c.value >= 1 && *c.value <= 5 &&
        !c.q.has_decimal) {
        const std::size_t at = token_at(toks, c.q.begin);
        if (at >= 1 && same(toks[at - 1].lower, "category"sv) && c.partitive.empty()) {
            static const word_set storms{"storm", "hurricane", "typhoon", "cyclone"};
            c.attribute = c.counted.lemma.empty() || storms.count(c.counted.lemma) ? "storm" : c.counted.lemma;
            c.q.unit = "category";
            c.q.dimension = "category";
            c.q.kind = quantity_kind::measure;
            c.counted = {};
            c.begin = toks[at - 1].begin;
            c.end = c.q.end;
            return;
        }
    }
    if (c.q.unit.empty() && c.q.kind == quantity_kind::count) {
        // a decimal figure of a quake is its magnitude: "a 2.9 aftershock", "an earthquake
        // measuring 4.6" (the quake word right before the verb that measures it); a figure
        // with no decimal is none, and its token is not looked for
        if (!c.q.has_decimal) return;
        const std::size_t at = token_at(toks, c.q.begin);
        const bool measured = at >= 2 &&
                              (same(toks[at - 1].lower, "measuring"sv) || same(toks[at - 1].lower, "registering"sv) ||
                               same(toks[at - 1].lower, "measured"sv)) &&
                              !quake_class(toks[at - 2].lower).empty();
        if (measured && !same(c.counted.cls, "quake"sv) && !same(c.counted.cls, "aftershock"sv)) {
            // what follows is the sentence's verb, not a counted thing: "measuring 4.6 rattled Sonoma"
            c.counted = {};
            c.end = c.q.end;
        }
        if (same(c.counted.cls, "quake"sv) || same(c.counted.cls, "aftershock"sv) || measured) {
            c.q.unit = "magnitude";
            c.q.dimension = "magnitude";
            c.q.kind = quantity_kind::measure;
        } else {
            return;
        }
    }
    if (c.q.kind == quantity_kind::age) return;
    std::size_t qtok = token_at(toks, c.q.begin);
    // a size that sorts things into a kind, not the size of one: "the 8,000-metre peaks", "five
    // peaks above 8,000 metres" (the story's peak is "the 8,167-metre peak"); background
    if (c.q.kind == quantity_kind::measure && !c.q.unit.empty()) {
        bool plural_head = c.q.hyphen_compound && !c.counted.head.empty() && !c.counted.inherited &&
                           c.counted.head != c.counted.lemma && c.counted.head.ends_with("s");
        if (plural_head) {
            // (a verb in -s is no plural: "the 170,000-square-foot building houses the offices", "the
            // 44-metre rocket weighs 320 tonnes": an object follows it)
            const std::size_t k = token_at(toks, c.counted.end);
            static const word_set objects{"the", "a", "an", "about", "some", "more", "nearly", "around", "up", "its", "his", "her", "their"};
            if (k < toks.size() && (objects.count(toks[k].lower) || ascii::is_digit(toks[k].lower[0]) || toks[k].capitalised))
                plural_head = false;
        }
        bool threshold = false;
        if (c.q.qualified && qtok >= 2 && c.q.qual != qualifier::exact) {
            const std::string_view q = toks[qtok].lower;
            const std::string_view before = toks[qtok - 1].lower;
            threshold = (same(q, "above"sv) || same(q, "over"sv) || same(q, "below"sv) || same(q, "under"sv)) &&
                        toks[qtok - 1].word && before.size() > 3 && before.ends_with("s") && !before.ends_with("ss") &&
                        !lex().stopwords.count(before) && !ascii::is_digit(before[0]);
        }
        if (plural_head || threshold) c.background = true;
    }
    // "<attribute> of N": depth of, magnitude of, distance of
    if (qtok >= 2 && same(toks[qtok - 1].lower, "of"sv)) {
        const auto& attrs = lex().attributes;
        if (auto it = attrs.find(toks[qtok - 2].lower); it != attrs.end()) c.attribute = it->second;
    }
    // what a unit measures, by the noun after it: "150 mph winds", "572 mm of rain" (measure_nouns.tsv)
    if (c.attribute.empty() && c.q.kind == quantity_kind::measure) {
        static const auto& nouns = lexicon_map("measure_nouns");
        std::size_t k = token_at(toks, c.end);
        // (past its conversion: "572 mm (22.5 inches) of rain")
        if (k < toks.size() && same(toks[k].lower, "("sv))
            for (std::size_t j = k + 1; j < toks.size() && j < k + 8; ++j)
                if (same(toks[j].lower, ")"sv)) {
                    k = j + 1;
                    break;
                }
        if (k + 1 < toks.size() && same(toks[k].lower, "of"sv)) ++k;
        std::string phrase;
        for (std::size_t n = 0; n < 2 && k + n < toks.size() && toks[k + n].word; ++n) {
            if (n) phrase += ' ';
            phrase.append(toks[k + n].lower);
            if (const auto it = nouns.find(phrase); it != nouns.end()) c.attribute = it->second;
        }
    }
    // a wind after the storm changed is not its wind at its height: "The storm, which has weakened
    // to a severe tropical storm with winds of 110km/h" (against "made landfall with winds of 185
    // km/h")
    if (c.attribute.starts_with("wind ")) {
        static const word_set changed{"weakened", "weakening", "strengthened", "downgraded", "upgraded", "intensified",
                                      "weakens", "strengthens"};
        for (std::size_t k = qtok; k > 0 && qtok - k < 20; --k) {
            if (same(toks[k - 1].lower, ";"sv)) break;
            if (changed.count(toks[k - 1].lower)) {
                c.attribute += " after a change";
                break;
            }
        }
    }
    // "N miles north of Santa Rosa": the reference point
    std::size_t i = token_at(toks, c.q.end);
    const auto& dirs = lex().directions;
    while (i < toks.size() && toks[i].word && dirs.count(toks[i].lower)) ++i;
    // (a distance's: "85 million euros from the Harry Winston store" is what was taken from where)
    if (i + 1 < toks.size() && (same(toks[i].lower, "of"sv) || same(toks[i].lower, "from"sv)) &&
        c.q.kind != quantity_kind::money) {
        std::size_t j = i + 1;
        std::string ref;
        if (j < toks.size() && same(toks[j].lower, "the"sv)) ++j;
        while (j < toks.size() && toks[j].word && toks[j].capitalised) {
            if (!ref.empty()) ref += ' ';
            ref += toks[j].lower;
            ++j;
        }
        if (!ref.empty()) c.attribute = "from " + ref;
    }
    if (same(c.q.dimension, "magnitude"sv) && (c.attribute.empty() || same(c.attribute, "magnitude"sv))) {
        c.attribute = c.counted.cls;
        if (c.attribute.empty()) {
            // the nearest quake word of the sentence: "Two aftershocks, magnitude 2.9 and 2.2"
            std::size_t best = std::string::npos;
            for (std::size_t k = 0; k < toks.size(); ++k) {
                const std::string_view cls = quake_class(toks[k].lower);
                const std::size_t dist = k > qtok ? k - qtok : qtok - k;
                if (!cls.empty() && dist < best) {
                    best = dist;
                    c.attribute = cls;
                }
            }
        }
        if (c.attribute.empty()) c.attribute = "quake";
        // one of several quakes told by its place in the sequence: "The first quake, of magnitude
        // 6.4, hit ...", "A second quake of magnitude 6.3", "The second, magnitude 6.3," (each
        // report gives both; the second's is not a revision of the first's)
        static const word_set ordinals{"first", "second", "third", "fourth", "fifth"};
        for (std::size_t k = qtok > 6 ? qtok - 6 : 0; k < qtok; ++k) {
            if (!ordinals.count(toks[k].lower) || k + 1 >= toks.size()) continue;
            const std::string_view next = toks[k + 1].lower;
            if (!quake_class(next).empty() || same(next, ","sv)) {
                c.attribute = std::string(toks[k].lower) + " " + c.attribute;
                break;
            }
        }
    }
    // what is located: "the building, about 15 miles north of Detroit" vs "a motorist 50 miles north"
    if (c.attribute.rfind("from ", 0) == 0 && qtok >= 1) {
        std::size_t k = qtok - 1;
        if (!toks[k].word && same(toks[k].lower, ","sv) && k >= 1) --k;
        const std::string_view w = toks[k].lower;
        bool alpha = toks[k].word && std::all_of(w.begin(), w.end(), [](char ch) { return ascii::is_alpha(ch); });
        predicate p;
        std::vector<token> one{toks[k]};
        const bool after_det =
            k >= 1 && (same(toks[k - 1].lower, "the"sv) || same(toks[k - 1].lower, "a"sv) || same(toks[k - 1].lower, "an"sv));
        if (alpha && !lex().stopwords.count(w) && find_predicate(one, 0, 1, true, p) < 0 && !w.ends_with("ed") &&
            (after_det || !w.ends_with("ing")) && !same(w, "about"sv))
            c.agent = agent_of(w);
    }
    // (an amount of a substance is named by what was done with it, and by the substance as a noun:
    // "seized 2.5 tonnes of cocaine", "spilled 42,000 barrels of fuel oil")
    if (c.attribute.empty() && !c.counted.lemma.empty() && !c.counted.substance)
        c.attribute = c.counted.cls.empty() ? c.counted.lemma : c.counted.cls;
    // what a span of time is of, by the words around it (duration_frames.tsv): "had been on the
    // run for 14 years", "spent 16 years on the run", "the escape went unnoticed for nearly three
    // hours", "battled the fire ... for six hours", "took about four hours to bring under control"
    if (c.attribute.empty() && c.q.dimension == "time"sv && c.counted.lemma.empty()) {
        struct frames {
            std::vector<std::pair<std::vector<std::string>, std::string>> before, after;
        };
        static const frames table = [] {
            frames f;
            for (const auto& r : lexicon("duration_frames").rows) {
                if (r.size() < 3) continue;
                std::vector<std::string> words;
                for (std::size_t p = 0; p < r[0].size();) {
                    const std::size_t e = std::min(r[0].find(' ', p), r[0].size());
                    words.push_back(r[0].substr(p, e - p));
                    p = e + 1;
                }
                (same(r[2], "after"sv) ? f.after : f.before).emplace_back(std::move(words), r[1]);
            }
            return f;
        }();
        auto at = [&](std::size_t k, const std::vector<std::string>& words) {
            if (k + words.size() > toks.size()) return false;
            for (std::size_t n = 0; n < words.size(); ++n)
                if (!same(toks[k + n].lower, words[n])) return false;
            return true;
        };
        const std::size_t after = token_at(toks, c.end);
        for (const auto& [words, attribute] : table.after)
            if (at(after, words)) {
                c.attribute = attribute;
                break;
            }
        // what lasted: "The meeting lasted about six hours", "talks that lasted more than eight hours"
        if (c.attribute.empty() && qtok >= 2) {
            std::size_t v = qtok - 1;
            if (same(toks[v].lower, "for"sv) && v >= 1) --v;
            // (what an event lasted; "the battery lasts up to 10 hours" tells a capacity, which
            // other reports give as "10 hours of battery life")
            static const word_set lasting{"lasted", "lasting"};
            if (lasting.count(toks[v].lower) && v >= 1) {
                std::size_t n = v - 1;
                if ((same(toks[n].lower, "that"sv) || same(toks[n].lower, "which"sv)) && n >= 1) --n;
                if (same(toks[n].lower, ","sv) && n >= 1) --n;
                if (toks[n].word && !toks[n].capitalised && !ascii::is_digit(toks[n].lower[0]) && !lex().stopwords.count(toks[n].lower))
                    c.attribute = lemma_of(toks[n].lower);
            }
        }
        // (the phrase right before the figure, or in its own words: "a minimum term of 25 years",
        // "would serve a minimum of 23 years")
        if (c.attribute.empty()) {
            const std::size_t num = token_at(toks, c.q.num_begin);
            for (const auto& [words, attribute] : table.before) {
                if (words.size() > num) continue;
                for (std::size_t k = qtok >= words.size() ? qtok - words.size() : 0; k + words.size() <= num; ++k)
                    if (at(k, words)) {
                        c.attribute = attribute;
                        break;
                    }
                if (!c.attribute.empty()) break;
            }
        }
        // (the figure after "for", the phrase before it in its clause: no comma between)
        if (c.attribute.empty() && qtok >= 2 && same(toks[qtok - 1].lower, "for"sv)) {
            for (std::size_t k = qtok - 1; c.attribute.empty() && k > 0 && qtok - 1 - k < 10; --k) {
                if (!toks[k - 1].word) break;
                for (const auto& [words, attribute] : table.before)
                    if (k - 1 + words.size() <= qtok - 1 && at(k - 1, words)) {
                        c.attribute = attribute;
                        break;
                    }
            }
        }
    }
    // what a span of time is of, or where it is spent: "90 days of rehab", "three months of
    // in-patient drug rehab", "90 days in jail", "12 years in federal prison" (the noun that ends
    // the words after "of" or "in", none of them a name, a stop word or a number)
    if (c.attribute.empty() && c.q.dimension == "time"sv && c.counted.lemma.empty()) {
        std::size_t k = token_at(toks, c.end);
        if (k + 1 < toks.size() && (toks[k].lower == "of"sv || toks[k].lower == "in"sv)) {
            std::size_t last = 0;
            for (std::size_t j = k + 1, n = 0; j < toks.size() && n < 4; ++j, ++n) {
                const token& t = toks[j];
                if (!t.word || t.capitalised || ascii::is_digit(t.lower[0]) || lex().stopwords.count(t.lower)) break;
                last = j;
            }
            if (last) {
                // time in jail is a sentence (attributes.tsv): "12 years in prison", "a 12-year sentence"
                const auto& attrs = lex().attributes;
                auto it = attrs.find(toks[last].lower);
                c.attribute = it != attrs.end() ? it->second : std::string(toks[last].lower);
            }
        }
    }
    // a speed a vehicle went at: "was traveling at least 78 mph", "was going 87 miles per hour"
    if (c.attribute.empty() && c.q.dimension == "speed"sv && qtok >= 1) {
        static const word_set moving{"traveling", "travelling", "going", "driving", "doing", "moving", "speeding",
                                     "clocked", "flying", "racing", "travelled", "traveled", "drove", "went"};
        std::size_t k = qtok;
        if (k >= 1 && same(toks[k - 1].lower, "at"sv)) --k;
        if (k >= 1 && moving.count(toks[k - 1].lower)) c.attribute = "speed";
    }
    // what a thing weighs: "It weighs 122g", "weighing 112 grams (3.95 ounces)"; and how far it
    // fell: "died after falling about 1,000 feet", "plunged some 1,500 feet to his death"
    if (c.attribute.empty() && qtok >= 1 && (c.q.dimension == "mass"sv || c.q.dimension == "length"sv)) {
        static const word_set weighing{"weighs", "weighing", "weighed", "weigh", "tipped", "tips"};
        static const word_set falling{"fell", "falling", "fall", "falls", "plunged", "plunging", "plummeted", "plummeting",
                                      "tumbled", "tumbling", "dropped", "slid", "sliding", "toppled"};
        std::size_t k = qtok;
        if (k >= 1 && (same(toks[k - 1].lower, "in"sv) || same(toks[k - 1].lower, "at"sv) || same(toks[k - 1].lower, "the"sv)))
            --k;  // ("tipped the scales at", "weighing in at")
        if (k >= 1 && c.q.dimension == "mass"sv && weighing.count(toks[k - 1].lower)) c.attribute = "weight";
        if (k >= 1 && c.q.dimension == "length"sv && falling.count(toks[qtok - 1].lower)) c.attribute = "fall";
    }
    // a depth or a height told with its adjective after it: "it was 16 km (10 miles) deep", "waves
    // up to 3 meters high" (past a conversion in brackets)
    if (c.attribute.empty() && c.q.dimension == "length"sv && !c.q.hyphen_compound) {
        std::size_t k = token_at(toks, c.q.end);
        if (k < toks.size() && same(toks[k].lower, "("sv)) {
            std::size_t close = k + 1;
            while (close < toks.size() && close < k + 6 && !same(toks[close].lower, ")"sv)) ++close;
            k = close + 1;
        }
        if (k < toks.size()) {
            const std::string_view w = toks[k].lower;
            // (not "long" or "wide": "a frigate 149 metres long" is the frigate's, as "a 149-metre-long
            // frigate" is, which a length of nothing named would not meet)
            if (same(w, "deep"sv)) c.attribute = "depth";
            else if (same(w, "high"sv) || same(w, "tall"sv)) c.attribute = "height";
        }
    }
    // (a fall of N feet, a 1,500-foot fall)
    if (c.attribute.empty() && c.q.dimension == "length"sv && same(c.counted.lemma, "fall"sv)) c.attribute = "fall";
    // a sentence is the sentenced person's, and what one faces is its most, not a sentence:
    // "Halvorsen was sentenced to 12 years in prison", "sentenced Halvorsen to 10 years",
    // "Halvorsen, 58, was jailed for 12 years"; "he faces up to 20 years in prison"
    if (same(c.attribute, "sentence"sv) && qtok >= 1) {
        static const word_set facing{"faces", "face", "facing", "faced", "could", "might", "may", "maximum", "max", "risks"};
        static const word_set verbs{"sentenced", "jailed", "imprisoned", "given", "handed", "gave", "gets", "got", "received", "receives",
                                    "spend", "serve", "serving", "spent", "served"};
        // (a day after the verb is when: "was sentenced Friday to 15 years")
        static const word_set days{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday"};
        static const word_set linking{"was", "were", "is", "are", "be", "been", "being", "has", "had", "have", "will", "would", "to"};
        bool most = c.q.qual == qualifier::at_most;
        std::size_t verb = toks.size();
        for (std::size_t k = qtok; k > 0 && qtok - k < 6; --k) {
            const std::string_view w = toks[k - 1].lower;
            if (facing.count(w)) most = true;
            if (verb == toks.size() && verbs.count(w)) verb = k - 1;
            if (same(w, ","sv) || same(w, ";"sv)) break;
        }
        if (most) {
            c.attribute = "maximum sentence";
        } else if (c.agent.empty() && verb < toks.size()) {
            // the name after the verb ("sentenced Halvorsen to"), else the subject before it
            if (verb + 1 < qtok && toks[verb + 1].word && toks[verb + 1].capitalised && !days.count(toks[verb + 1].lower)) {
                std::size_t e = verb + 1;
                while (e < qtok && toks[e].word && toks[e].capitalised) ++e;
                c.agent = name_before(toks, e);
            } else {
                std::size_t k = verb;
                while (k > 0 && toks[k - 1].word && linking.count(toks[k - 1].lower)) --k;
                // past an age in commas: "Halvorsen, 58, was jailed"
                if (k >= 3 && same(toks[k - 1].lower, ","sv) && ascii::is_digit(toks[k - 2].lower[0]) && same(toks[k - 3].lower, ","sv))
                    k -= 3;
                c.agent = name_before(toks, k);
            }
            // by surname: the first report names "Erik Halvorsen", the next "Halvorsen"
            if (const auto sp = c.agent.rfind(' '); sp != std::string::npos) c.agent.erase(0, sp + 1);
        }
    }
}

/// The claims of the sentence being read: the tail of the document's claims from `from` on.
struct sentence_claims {
    std::vector<claim>& all;
    std::size_t from;
    claim* begin() { return all.data() + from; }
    claim* end() { return all.data() + all.size(); }
    std::size_t size() const { return all.size() - from; }
    bool empty() const { return all.size() == from; }
    claim& front() { return all[from]; }
    claim& back() { return all.back(); }
    claim& operator[](std::size_t k) { return all[from + k]; }
};

/// A named source of an earlier sentence, for resolving "the ministry" later: where the text
/// names it; its cleaned name is made the first time a resolution reads it (most are never read,
/// and a name is a string or two per cue).
struct known_source {
    std::size_t begin = 0, end = 0;  ///< the source as written (folded offsets)
    bool made = false;
    std::string name;  ///< cleaned (once made)
    std::string lower;
};

/// The cleaned name of `k`, made on the first call.
const known_source& made(const text_input& d, known_source& k) {
    if (!k.made) {
        k.name = clean_source(d.text.substr(k.begin, k.end - k.begin));
        k.lower = lower_ascii(k.name);
        k.made = true;
    }
    return k;
}

/// Resolves a generic role ("the ministry") to the latest of the first `count` sources of
/// `seen` that shares its head word.
std::optional<std::string> resolve(const text_input& d, std::vector<known_source>& seen, std::size_t count,
                                   const std::string& written) {
    if (count == 0) return std::nullopt;
    std::string w = lower_ascii(written);
    std::size_t sp = w.find_last_of(' ');
    std::string head = sp == std::string::npos ? w : w.substr(sp + 1);
    std::size_t looked = 0;
    for (std::size_t k = count; k > 0 && looked++ < recall_window; --k) {
        const known_source& it = made(d, seen[k - 1]);
        if (it.lower == w) continue;
        if (it.lower.size() > w.size() && (" " + it.lower + " ").find(" " + head + " ") != std::string::npos)
            return it.name;
    }
    return std::nullopt;
}

/// The latest speaker, for a later "he said": the cue that named it and how many named sources
/// were known then (its own resolution reads only those); its name is made only when a pronoun
/// asks for it, most speakers are followed by another before one does.
struct latest_speaker {
    bool any = false;
    cue_match cue;
    std::size_t seen_before = 0;
    bool made = false;
    std::string name;
};

struct quote_span {
    std::size_t open = 0, close = 0;
    std::optional<attribution> speaker;
};

std::vector<quote_span> find_quotes(const text_input& d, const std::vector<sentence_span>& sentences) {
    constexpr std::size_t none = std::string_view::npos;
    std::vector<quote_span> out;
    std::size_t open = none;
    std::size_t si = 0;
    std::size_t para = sentences.empty() ? 0 : sentences.front().paragraph;
    const char* const text = d.text.data();
    const std::size_t size = d.text.size();
    // from one '"' to the next (most of a document has none): a quotation never runs past its
    // paragraph, which changes where the first sentence of another paragraph begins (a
    // sentence with nothing in it begins nothing)
    for (const char* q = text; (q = static_cast<const char*>(std::memchr(q, '"', static_cast<std::size_t>(text + size - q))));
         ++q) {
        const std::size_t i = static_cast<std::size_t>(q - text);
        for (; si < sentences.size() && sentences[si].begin <= i; ++si)
            if (sentences[si].begin < sentences[si].end && sentences[si].paragraph != para) {
                para = sentences[si].paragraph;
                open = none;
            }
        if (open == none) {
            open = i;
        } else {
            out.push_back({open, i, std::nullopt});
            open = none;
        }
    }
    return out;
}

}  // namespace

namespace {

/// The phrases of one or more lexicons by their first word, and those that open with
/// punctuation; each phrase with the bit of its lexicon (1 << its place in the list).
struct phrase_index {
    using entry = std::pair<std::string, unsigned>;
    /// the phrases that open with one word, in lexicon order
    struct opening {
        std::vector<entry> phrases;
        /// the bytes one past the byte that ends the first word ("the last time": 'l'), of the
        /// phrases that go on so far: the text there must be one of them (most "the", "a" and
        /// "in" of a text open none of the phrases of those words), unless `any` (a phrase ends sooner)
        std::array<std::uint64_t, 4> second{};
        bool any = false;
        bool may_go_on(char c) const {
            const auto u = static_cast<unsigned char>(c);
            return (second[u / 64] >> (u % 64)) & 1;
        }
    };
    word_trie first_words;  ///< first word -> index into `by_first`
    std::vector<opening> by_first;
    std::vector<entry> punct;  ///< phrases that open with punctuation
    /// the first five bytes of the phrases that open with a word, hashed to one of 4096 bits:
    /// most words of a text open no phrase, and one bit tells (the "the" of "the last time" is
    /// read on to "the l"); every word passes when a phrase is shorter
    std::array<std::uint64_t, 64> openings{};
    bool all_open = false;
    /// the lengths of the first words (bit min(length, 31)) by their first byte (its low five
    /// bits): asked before the five bytes are hashed, and most words of a text have no first
    /// word's first byte and length
    std::array<std::uint32_t, 32> first_lengths{};
    void add_first(std::string_view word) {
        first_lengths[static_cast<unsigned char>(word[0]) & 31u] |= std::uint32_t(1) << std::min<std::size_t>(word.size(), 31);
    }
    /// False when `word` (not empty) is no phrase's first word.
    bool may_be_first(std::string_view word) const {
        return (first_lengths[static_cast<unsigned char>(word[0]) & 31u] >> std::min<std::size_t>(word.size(), 31)) & 1;
    }
    static constexpr std::size_t opening_bytes = 5;
    /// the bit of the five bytes at `p` (letters case folded, as the first word is found)
    static std::size_t opening_bit(const char* p) {
        std::uint64_t v = 0;
        std::memcpy(&v, p, opening_bytes);
        return static_cast<std::size_t>(((v | 0x2020202020ULL) * 0x9E3779B97F4A7C15ULL) >> 52);
    }
    void add_opening(std::string_view phrase) {
        if (phrase.size() < opening_bytes) {
            all_open = true;
            return;
        }
        const std::size_t bit = opening_bit(phrase.data());
        openings[bit / 64] |= std::uint64_t(1) << (bit % 64);
    }
    /// False when no phrase opens at `start` of `low`.
    bool may_open(std::string_view low, std::size_t start) const {
        if (all_open) return true;
        if (low.size() - start < opening_bytes) return false;
        const std::size_t bit = opening_bit(low.data() + start);
        return (openings[bit / 64] >> (bit % 64)) & 1;
    }
};

phrase_index make_phrase_index(std::initializer_list<std::string_view> names) {
    std::unordered_map<std::string, std::vector<phrase_index::entry>> m;
    unsigned bit = 1;
    for (std::string_view name : names) {
        for (const auto& r : lexicon(name).rows) {
            std::size_t w = 0;
            while (w < r[0].size() && is_alnum(r[0][w])) ++w;
            // the text read is lower-cased: a phrase with a capital never stands in it (and
            // phrases_at takes the first word as found, case folded, comparing only the rest)
            if (std::any_of(r[0].begin(), r[0].end(), [](char c) { return ascii::is_upper(c); })) continue;
            m[r[0].substr(0, w)].emplace_back(r[0], bit);
        }
        bit <<= 1;
    }
    phrase_index ix;
    for (auto& [first, list] : m) {
        if (first.empty()) {
            ix.punct = std::move(list);
            continue;
        }
        ix.first_words.add(first, static_cast<std::int32_t>(ix.by_first.size()));
        ix.add_first(first);
        phrase_index::opening& o = ix.by_first.emplace_back();
        for (const auto& [ph, bit] : list) {
            ix.add_opening(ph);
            if (ph.size() <= first.size() + 1) {
                o.any = true;
                continue;
            }
            const auto u = static_cast<unsigned char>(ph[first.size() + 1]);
            o.second[u / 64] |= std::uint64_t(1) << (u % 64);
        }
        o.phrases = std::move(list);
    }
    return ix;
}

const phrase_index& phrases_of(std::string_view name) {
    static std::mutex mutex;
    static std::unordered_map<std::string, phrase_index, word_hash, std::equal_to<>> indexes;
    std::lock_guard<std::mutex> lock(mutex);
    auto it = indexes.find(name);
    if (it == indexes.end()) it = indexes.emplace(std::string(name), make_phrase_index({name})).first;
    return it->second;  // never erased: the reference stays valid
}

/// Calls on_match(start, bit) for each phrase of `phrases` that opens with the word
/// low[start, end) and ends at a word boundary; false when on_match asked to stop. The caller
/// asks phrases.may_open(low, start) first (most words open no phrase).
template <class OnMatch>
bool phrases_at(std::string_view low, std::size_t start, std::size_t end, const phrase_index& phrases, OnMatch& on_match) {
    const std::int32_t at = phrases.first_words.find(low, start, end);
    if (at == word_trie::none) return true;
    // every phrase of the list opens with the word [start, end), found: the bytes after it
    // are compared, in place (a call to memcmp per phrase cost more than most comparisons)
    const std::size_t word = end - start;
    const phrase_index::opening& o = phrases.by_first[static_cast<std::size_t>(at)];
    if (!o.any && (end + 1 >= low.size() || !o.may_go_on(low[end + 1]))) return true;
    for (const auto& [ph, bit] : o.phrases) {
        if (ph.size() > low.size() - start) continue;
        std::size_t k = word;
        while (k < ph.size() && low[start + k] == ph[k]) ++k;
        if (k == ph.size() && (start + ph.size() >= low.size() || !is_alnum(low[start + ph.size()])) && !on_match(start, bit))
            return false;
    }
    return true;
}

/// Calls on_match(offset, bit) for each phrase of `phrases` that `low` holds as whole words, in
/// text order (the bit of its lexicon); stops when on_match returns false.
template <class OnMatch>
void for_each_mention(std::string_view low, const phrase_index& phrases, OnMatch&& on_match) {
    for (std::size_t i = 0; i < low.size();) {
        if (!is_alnum(low[i]) || (i > 0 && is_alnum(low[i - 1]))) {
            for (const auto& [ph, bit] : phrases.punct)
                if (low.substr(i, ph.size()) == ph && (i == 0 || !is_alnum(low[i - 1])) &&
                    (i + ph.size() >= low.size() || !is_alnum(low[i + ph.size()])) && !on_match(i, bit))
                    return;
            ++i;
            continue;
        }
        const std::size_t start = i;
        i += bytes::alnum_prefix(low.data() + i, low.size() - i);  // past the word
        if (phrases.may_open(low, start) && !phrases_at(low, start, i, phrases, on_match)) return;
    }
}

/// The same calls in the same order as for_each_mention(low, phrases, on_match), read from the
/// tokens of `low` (the document's lower-cased text from offset `base`; `toks` its tokens, made
/// by tokenize) instead of byte by byte: a word of for_each_mention (a run of letters and digits)
/// begins a word token or follows the hyphen, apostrophe or dot that joins two runs inside one.
template <class OnMatch>
void for_each_mention(std::string_view low, std::size_t base, const std::vector<token>& toks,
                      const phrase_index& phrases, OnMatch&& on_match) {
    if (!phrases.punct.empty()) return for_each_mention(low, phrases, on_match);  // read at every sign
    for (const token& t : toks) {
        if (!t.word) continue;
        if (!t.joined) {  // one run: the whole token (most words), its bytes of `low` t.lower
            // (most words begin no phrase, and are not handed to phrases_at)
            if (!phrases.may_be_first(t.lower) || !phrases.may_open(low, t.begin - base)) continue;
            if (!phrases_at(low, t.begin - base, t.end - base, phrases, on_match)) return;
            continue;
        }
        const std::size_t e = t.end - base;
        for (std::size_t start = t.begin - base; start < e;) {
            std::size_t i = start + 1;
            while (i < e && is_alnum(low[i])) ++i;  // the run; a joiner (or the token's end) ends it
            if (phrases.may_open(low, start) && !phrases_at(low, start, i, phrases, on_match)) return;
            start = i + 1;  // past the joiner: a letter or digit follows it in a token
        }
    }
}

/// The bits of the lexicons of `phrases` that `low` holds a phrase of, as whole words: the text
/// is read once, word by word, until every bit of `want` is found.
unsigned mentions(std::string_view low, const phrase_index& phrases, unsigned want) {
    unsigned found = 0;
    for_each_mention(low, phrases, [&](std::size_t, unsigned bit) {
        found |= bit;
        return (found & want) != want;
    });
    return found;
}

/// Where the clause marks of `text` start, in order: a semicolon, a bracket or a dash ("--",
/// an em or en dash) parts clauses. Not a comma: "The last quake of 3.0 or above occurred on
/// Dec. 30, three miles east of The Geysers at a depth of 1.1 miles" is one event throughout.
std::vector<std::size_t> clause_marks(std::string_view text) {
    std::vector<std::size_t> marks;
    for (std::size_t k = 0; k < text.size(); ++k) {
        k += bytes::prefix_without(text.data() + k, text.size() - k, ';', '(', ')', '-', '\xE2');  // to the next sign
        if (k >= text.size()) break;
        const char c = text[k];
        const std::string_view rest = text.substr(k);
        if (c == ';' || c == '(' || c == ')' || rest.substr(0, 2) == "--" || rest.substr(0, 3) == "\u2014" ||
            rest.substr(0, 3) == "\u2013")
            marks.push_back(k);
    }
    return marks;
}

/// The clause that offset `at` lies in, counting from 0: the number of clause marks (of
/// clause_marks) that start before it.
std::size_t clause_at(const std::vector<std::size_t>& marks, std::size_t at) {
    return static_cast<std::size_t>(std::lower_bound(marks.begin(), marks.end(), at) - marks.begin());
}

/// The side phrase of `low` that offset `at` lies in, as [first, last): a comparison (", compared
/// with 1.5 million for last year's model", ", up from 999 euros for the previous model") to the
/// end of its clause, a relative clause (", which opened in Phoenix in March,") or a "when" clause
/// ("when he was hired in June 2023") to the next comma or the clause's end. What such a phrase
/// says of its time is its own, not its sentence's. {npos, npos} when `at` lies in none.
std::pair<std::size_t, std::size_t> side_phrase(std::string_view low, const std::vector<std::size_t>& marks, std::size_t at) {
    constexpr std::size_t none = std::string_view::npos;
    const std::size_t clause = clause_at(marks, at);
    const std::size_t first = clause == 0 ? 0 : marks[clause - 1];
    const std::size_t last = clause < marks.size() ? marks[clause] : low.size();
    static constexpr std::string_view to_end[] = {", compared with ", ", compared to ", ", up from ",
                                                  ", down from ",     ", against ",      ", versus ",
                                                  ", up ",            ", down "};
    static constexpr std::string_view to_comma[] = {", which ", ", who "};
    auto opens = [&](std::size_t p, std::string_view w) { return low.compare(p, w.size(), w) == 0; };
    // back from `at` to the clause's start, one byte at a time: the nearest opener (a comma or
    // " when ") is the phrase's, if the phrase has not closed before `at`
    for (std::size_t p = std::min(at, low.size()); p-- > first;) {
        const char c = low[p];
        if (c != ',' && !(c == ' ' && p + 5 < low.size() && low[p + 1] == 'w')) continue;
        bool comma_ended = false, matched = false;
        if (c == ',') {
            for (std::string_view w : to_end)
                if (opens(p, w)) matched = true;
            if (!matched)
                for (std::string_view w : to_comma)
                    if (opens(p, w)) matched = comma_ended = true;
        } else if (opens(p, " when ")) {
            matched = comma_ended = true;
        }
        if (!matched) continue;
        std::size_t end = last;
        if (comma_ended) {
            const std::size_t comma = low.find(',', p + 2);
            if (comma != none && comma < end) end = comma;
        }
        if (at >= end) return {none, none};  // the nearest phrase closed before `at`
        return {p, end};
    }
    return {none, none};
}

/// Whether the lead filter `starts` lets through the word of letters at `j` (the text read up to
/// `end`): its first three characters, then its fourth.
[[gnu::always_inline]] inline bool lead_may_start(const text_input& d, std::size_t j, std::size_t end, const lead_filter& starts) {
    if (j + 2 >= end) return starts.may(d.lower, j, end);
    return starts.may_letter(d.lower.data() + j) && starts.may_fourth(d.lower, j, end);
}

/// Whether a word of letters at `j` may begin a figure: `starts` lets it through (`lead`: as
/// far as it reads), then may_start_quantity, given the text the parser reads (up to `end`).
inline bool letters_may_start(const text_input& d, std::size_t j, std::size_t end, bool lead) {
    return lead && word_may_start_quantity(std::string_view(d.lower.data(), end), j);  // (substr is a call)
}

/// Whether the scan of a sentence for figures tries the parser at `j` (after `first`, the
/// sentence's start, and after a byte that is no letter or digit): not inside a number ("1,000",
/// "4.6", "20-26": a sign between digits), and the lower-cased text has there a digit, '$', a
/// byte from 0x80 or a letter that may begin a figure (letters_may_start).
inline bool quantity_place(const text_input& d, std::size_t j, std::size_t first, std::size_t end, const lead_filter& starts) {
    if (j > first) {
        const char p = d.text[j - 1];
        if ((p == '.' || p == ',' || p == '-') && j >= 2 && is_digit(d.text[j - 2]) && is_digit(d.text[j])) return false;
    }
    const char ch = d.lower[j];
    return static_cast<unsigned char>(ch) >= 0x80 || ch == '$' || is_digit(ch) ||
           (ascii::is_lower(ch) && letters_may_start(d, j, end, lead_may_start(d, j, end, starts)));
}

/// The first place from `i` on, before `end`, where the scan of the sentence [first, end) for
/// figures tries the parser: `first` itself or a place after a byte that is no letter or digit
/// (the inside of a word begins nothing), where quantity_place holds; `end` when there is none.
/// Sixteen places are sorted at a time where SSE2 is there: most places of a sentence are inside
/// words or after a space before a word that begins no figure (and a word that passes the lead
/// filter is asked the rest here, not after a return that would sort its block again). The
/// sentence's first place and its last block are sorted so too (a sentence is some ten blocks:
/// those two, byte by byte, cost as much as the rest), reading the document's bytes past `end`
/// where it has sixteen and leaving out their places.
std::size_t next_quantity_place(const text_input& d, std::size_t i, std::size_t first, std::size_t end,
                                const lead_filter& starts) {
#if defined(__SSE2__)
    // places i..i+15: the bytes at them (lower-cased: a letter is a lower-case one), and whether
    // the byte before each is a letter or digit (those of the block, shifted, and the one before
    // it: none before `first`)
    const __m128i before_0 = _mm_set1_epi8('0' - 1), after_9 = _mm_set1_epi8('9' + 1);
    const __m128i before_a = _mm_set1_epi8('a' - 1), after_z = _mm_set1_epi8('z' + 1);
    const __m128i dollar = _mm_set1_epi8('$');
    const std::size_t readable = std::min(d.text.size(), d.lower.size());
    // whether the byte before the block is a letter or digit: after the first block, the last
    // byte of the one before
    unsigned alnum_before = i > first && is_alnum(d.text[i - 1]) ? 1u : 0u;
    while (i < end && i + 16 <= readable) {
        const __m128i cur = _mm_loadu_si128(reinterpret_cast<const __m128i*>(d.lower.data() + i));
        // signed compares: bytes from 0x80 are negative, so neither digits nor letters
        const __m128i cur_digit = _mm_and_si128(_mm_cmpgt_epi8(cur, before_0), _mm_cmplt_epi8(cur, after_9));
        const __m128i cur_lower = _mm_and_si128(_mm_cmpgt_epi8(cur, before_a), _mm_cmplt_epi8(cur, after_z));
        const __m128i word = _mm_or_si128(cur_digit, cur_lower);
        const unsigned alnum_bytes = static_cast<unsigned>(_mm_movemask_epi8(word));
        const unsigned after_word = (alnum_bytes << 1) | alnum_before;
        alnum_before = alnum_bytes >> 15;
        const __m128i may = _mm_or_si128(word, _mm_cmpeq_epi8(cur, dollar));
        // (the movemask of cur itself: bytes from 0x80)
        unsigned m = (static_cast<unsigned>(_mm_movemask_epi8(may) | _mm_movemask_epi8(cur))) & ~after_word & 0xFFFFu;
        if (end - i < 16) m &= (1u << (end - i)) - 1;  // the sentence ends in the block
        const unsigned letters = static_cast<unsigned>(_mm_movemask_epi8(cur_lower));
        // the places of the block in order, `room`: every place has its next two bytes in the
        // sentence (most blocks), and the filter reads a word's first three bytes without asking
        // where the sentence ends (the loop is made twice, with the question and without)
        auto visit = [&](auto room) {
            for (; m; m &= m - 1) {
                const unsigned k = static_cast<unsigned>(__builtin_ctz(m));
                const std::size_t j = i + k;
                // quantity_place, knowing what the masks tell (the byte is a lower-case letter, a
                // digit, '$' or from 0x80): a letter asks the filter, and only a digit may stand
                // inside a number
                if ((letters >> k) & 1) {
                    const bool lead = room ? starts.may_letter(d.lower.data() + j) && starts.may_fourth(d.lower, j, end)
                                           : lead_may_start(d, j, end, starts);
                    if (letters_may_start(d, j, end, lead)) return j;
                    continue;
                }
                if (j > first) {
                    const char p = d.text[j - 1];
                    if ((p == '.' || p == ',' || p == '-') && j >= 2 && is_digit(d.text[j - 2]) && is_digit(d.text[j])) continue;
                }
                return j;
            }
            return end;
        };
        if (const std::size_t j = end - i >= 18 ? visit(std::true_type{}) : visit(std::false_type{}); j != end) return j;
        i += 16;
    }
#endif
    for (; i < end; ++i)
        if ((i == first || !is_alnum(d.text[i - 1])) && quantity_place(d, i, first, end, starts)) return i;
    return end;
}

/// Whether one of the eight words before `at` in `low` is a superlative ("largest", "deadliest",
/// "first", "most") or an ordinal ("the fifth operation since September", "its 3rd win since"):
/// what a "since" after it opens is a comparison or a rank, not a running total.
bool superlative_before(std::string_view low, std::size_t at) {
    static const word_set words{"first", "most",  "only",    "last",   "worst", "best",  "least", "second",
                                "third", "fourth", "fifth",  "sixth",  "seventh", "eighth", "ninth", "tenth"};
    // "2nd", "3rd", "5th", "21st": digits, then an ordinal's ending
    auto ordinal_in_digits = [](std::string_view w) {
        if (w.size() < 3 || !is_digit(w[0])) return false;
        const std::string_view end = w.substr(w.size() - 2);
        return std::all_of(w.begin(), w.end() - 2, [](char ch) { return is_digit(ch); }) &&
               (same(end, "st"sv) || same(end, "nd"sv) || same(end, "rd"sv) || same(end, "th"sv));
    };
    std::size_t e = at, seen = 0;
    while (e > 0 && seen < 8) {
        while (e > 0 && !is_alnum(low[e - 1])) {
            if (low[e - 1] == ',' || low[e - 1] == ';' || low[e - 1] == '.') return false;  // another clause
            --e;
        }
        std::size_t b = e;
        while (b > 0 && is_alnum(low[b - 1])) --b;
        const std::string_view w = low.substr(b, e - b);
        if (w.empty()) break;
        // "-est" words that are no superlatives
        static const word_set not_superlative{"interest", "arrest", "protest", "request", "forest", "harvest", "suggest",
                                              "contest", "honest", "modest", "invest", "digest", "manifest", "conquest",
                                              "unrest", "southwest", "northwest", "midwest", "behest", "earnest"};
        // ("at least 30 people have died since October 31", "at most": a figure's bound, no superlative)
        const bool bound = (same(w, "least"sv) || same(w, "most"sv)) && b >= 3 && low.substr(b - 3, 3) == "at "sv;
        if (!bound && (words.count(w) || ordinal_in_digits(w) || (w.size() > 5 && w.ends_with("est") && !not_superlative.count(w))))
            return true;
        e = b;
        ++seen;
    }
    return false;
}

/// The partitive cues after which the whole is named: "three of the skiffs", "23 of 25 drones",
/// "30 out of 34 missiles". Their number of words, 0 for any other cue.
std::size_t whole_cue_words(std::string_view cue) {
    if (same(cue, "of the"sv) || same(cue, "out of"sv)) return 2;
    if (same(cue, "of"sv)) return 1;
    return 0;
}

/// Whether the tokens right before `at` are the words of `cue`, a cue that names a whole
/// (whole_cue_words): the figure at `at` is then that whole's ("Five of the 20 drones").
bool follows_whole_cue(const std::vector<token>& toks, std::size_t at, std::string_view cue) {
    std::size_t n = whole_cue_words(cue);
    if (n == 0 || at < n) return false;
    // "35 of his 47 fights": a possessive between "of" and the whole's figure
    static const word_set possessives{"his", "her", "their", "its", "our", "my", "your"};
    if (n == 1 && at >= 2 && possessives.count(toks[at - 1].lower)) --at;
    std::size_t k = at - n;
    for (std::size_t b = 0; b <= cue.size(); ++k) {
        const std::size_t e = std::min(cue.find(' ', b), cue.size());
        if (toks[k].lower != cue.substr(b, e - b)) return false;
        b = e + 1;
    }
    return true;
}

}  // namespace

/// True when `low` holds, as whole words, a phrase of the lexicon `name`.
bool mentions_any(const std::string& low, std::string_view name) { return mentions(low, phrases_of(name), 1) != 0; }

namespace {

/// The named place of a phrase that opens the clause of the figure whose first token (its
/// qualifier's, if any) is `at`: a place preposition at the start of the sentence or after a
/// comma, "while", "and", "but" or "whereas", then words up to the figure (a comma may close the
/// phrase); or a place phrase anywhere that ", where" before the figure stands for. Empty when
/// there is none, or it names nothing.
scope scope_before(const std::vector<token>& toks, std::size_t at) {
    // the lexicon's place prepositions (its other kinds open no place here)
    static const word_set place_preps = [] {
        word_set w;
        for (const auto& [word, kind] : lexicon_pairs("scope_preps"))
            if (same(kind, "place"sv)) w.insert(word);
        return w;
    }();
    std::size_t end = at;  // the phrase is [prep, end)
    // "..., where 45 homes were lost": the place "where" stands for, wherever it is
    const bool relative = end >= 2 && same(toks[end - 1].lower, "where"sv) && same(toks[end - 2].lower, ","sv);
    if (relative) end -= 2;
    else if (end > 0 && same(toks[end - 1].lower, ","sv)) --end;
    for (std::size_t k = end, looked = 0; k > 0 && looked < 8; --k, ++looked) {
        const token& t = toks[k - 1];
        if (!t.word) return {};
        if (!place_preps.count(t.lower)) continue;
        const std::size_t prep = k - 1;
        const bool opens = prep == 0 || same(toks[prep - 1].lower, ","sv) || same(toks[prep - 1].lower, "while"sv) ||
                           same(toks[prep - 1].lower, "and"sv) || same(toks[prep - 1].lower, "but"sv) ||
                           same(toks[prep - 1].lower, "whereas"sv);
        if (!(opens || relative) || prep + 1 >= end) return {};
        const std::vector<token> phrase(toks.begin() + static_cast<std::ptrdiff_t>(prep), toks.begin() + static_cast<std::ptrdiff_t>(end));
        bool per_side = false;
        scope found = read_scope(phrase, 0, per_side);
        if (per_side || !same(found.kind, "place"sv)) return {};
        return found;
    }
    return {};
}

}  // namespace

std::vector<claim> extract(const text_input& d, const std::vector<sentence_span>& sentences) {
    std::vector<claim> out;
    // room for a claim a sentence and a few more: a claim moved to a larger vector costs some
    // 800 instructions (its twenty strings), and half as many (the room given before) left one
    // article in eight moving its claims (a news article has some 0.6 claims a sentence, most of
    // those with more have tables of figures)
    out.reserve(sentences.size() + 8);
    std::vector<known_source> seen;
    latest_speaker spoken;
    auto quotes = find_quotes(d, sentences);

    // Cues are read lazily. A sentence with no claim needs its cues only for what it leaves to
    // later sentences: the speakers of the quotes that open or close in it, the latest speaker
    // (`spoken`, for a later "he said") and the named sources (`seen`, for a later "the ministry
    // added"). Such a sentence waits in `pending`, and the pending sentences are read, in text
    // order, only when a claim asks for what they leave (catch_up): when it is attributed to a
    // pronoun or a generic role, or when it reads a quote that a pending sentence may have
    // given a speaker. Most sentences after the last such question are never read. A sentence
    // with claims that comes while others wait keeps its cues in `pending` too, so that `seen`
    // and `spoken` are made in text order.
    struct pending_sentence {
        std::size_t index = 0;
        bool read = false;             ///< a sentence with claims: its quotes are done, its cues are `cues`
        bool scanned = false;          ///< its cues are `cues` (found for a "he said", see make_attr)
        std::vector<cue_match> cues;
    };
    std::vector<pending_sentence> pending;
    // (room for every sentence, made once: most sentences wait, and a vector grown one sentence
    // at a time was made anew five or six times an article, moving what waited; catch_up keeps
    // the room)
    pending.reserve(sentences.size());
    // no quote that opens at or after this offset was given a speaker by a pending sentence: the
    // end of the last pending sentence with no claim, plus the two bytes past its end where a
    // quote it names the speaker of may close (see quote_steps)
    std::size_t pending_limit = 0;
    std::function<void()> catch_up;  // (defined below: it reads cues with make_attr)

    // what make_attr gives for a cue that names its source (not a pronoun): its source with the
    // title split off, resolved among the first `known` of `seen` when it names a role only
    auto named_source = [&](const cue_match& c, std::size_t known, attribution& a, std::string& written) {
        written = clean_source(d.text.substr(c.src_begin, c.src_end - c.src_begin));
        a.source = written;
        split_title(a);
        if (!c.pronoun && is_generic_role(d, c.src_begin, c.src_end)) {
            if (auto r = resolve(d, seen, known, written)) {
                a.written = written;
                a.source = *r;
                a.via = "resolved";
            }
        }
    };
    auto make_attr = [&](const cue_match& c, std::string_view cue_text) -> std::optional<attribution> {
        // a generic role reads `seen`: what the sentences before left
        if (!pending.empty() && !c.pronoun && is_generic_role(d, c.src_begin, c.src_end)) catch_up();
        attribution a;
        a.cue.assign(cue_text);
        a.begin = c.src_begin;
        a.end = c.src_end;
        a.via = "sentence";
        std::string written;
        named_source(c, seen.size(), a, written);
        if (c.pronoun) {
            // "he said": the latest speaker, named or not ("said an officer"). When sentences
            // wait, it is the last speaker of the latest of them that has one (what remember
            // would leave in `spoken`), looked for from the latest back: a speaker that names
            // itself needs nothing else; one that names a role only is resolved among `seen`,
            // and the pending sentences are read first
            if (!pending.empty()) {
                const cue_match* latest = nullptr;
                for (auto it = pending.rbegin(); it != pending.rend() && !latest; ++it) {
                    pending_sentence& p = *it;
                    const sentence_span& ps = sentences[p.index];
                    if (!p.read && !p.scanned) {
                        p.cues = find_cues(d.text, ps.begin, ps.end);
                        p.scanned = true;
                    }
                    for (const auto& cue : p.cues) {
                        if (cue.kind == cue_kind::participle || cue.pronoun) continue;
                        if (cue.kind == cue_kind::headline && (cue.begin != ps.begin || dateline_cue(d, cue, p.cues))) continue;
                        latest = &cue;
                    }
                }
                if (latest && !is_generic_role(d, latest->src_begin, latest->src_end)) {
                    attribution b;
                    std::string unused;
                    named_source(*latest, 0, b, unused);  // (names itself: `seen` is not read)
                    a.written = written;
                    a.source = std::move(b.source);
                    a.via = "resolved";
                    return a;
                }
                if (latest) catch_up();  // (`latest` points into what catch_up reads: not read after)
            }
            if (!spoken.any) return std::nullopt;
            if (!spoken.made) {
                attribution b;
                std::string unused;
                named_source(spoken.cue, spoken.seen_before, b, unused);
                spoken.name = std::move(b.source);
                spoken.made = true;
            }
            a.written = written;
            a.source = spoken.name;
            a.via = "resolved";
        }
        return a;
    };

    static const lead_filter& quantity_starts = quantity_leads();
    // tokens only for sentences with a figure (most sentences have none), in one vector kept
    // from sentence to sentence
    std::vector<token> tokens;
    std::vector<std::pair<std::size_t, std::size_t>> tallies;  // a sentence's vote tallies: where each count begins
    // a modifier of a counted thing asked alone for a predicate (one vector for them all)
    std::vector<token> one_word(1);
    // the attributions made for the cues of the sentence being read: its claims that pick the
    // same cue share one (what make_attr reads does not change between them: a pronoun or a
    // role catches up before it reads, and nothing else is read)
    std::vector<std::pair<const cue_match*, std::optional<attribution>>> made_for;
    // (the claim copies it straight from the list, before another is made: a copy returned
    // was moved into the claim, then dropped)
    auto attribution_of = [&](const cue_match& cue) -> const std::optional<attribution>& {
        for (const auto& m : made_for)
            if (m.first == &cue) return m.second;
        made_for.emplace_back(&cue, make_attr(cue, d.text.substr(cue.verb_begin, cue.verb_end - cue.verb_begin)));
        return made_for.back().second;
    };
    std::size_t sentence_index = 0;
    // the people and owners named in full so far, by surname ("" once two share one): a later
    // mention by surname alone is that one's
    std::unordered_map<std::string, std::string> owners_by_surname, aged_by_surname;
    std::string last_aged;  // the latest person named as an age's owner (for a later "She was 87.")
    // the speakers of the quotes that close in `s` (or just past it) and of those that open in it
    auto quote_steps = [&](const sentence_span& s, const std::vector<cue_match>& cues) {
        auto first_quote = std::lower_bound(quotes.begin(), quotes.end(), s.begin > 200000 ? s.begin - 200000 : 0,
                                            [](const quote_span& q, std::size_t p) { return q.close < p; });
        for (auto qi = first_quote; qi != quotes.end() && qi->open < s.end; ++qi) {
            auto& qs = *qi;
            if (qs.speaker || qs.close < s.begin || qs.close >= s.end + 2) continue;
            for (const auto& c : cues) {
                if (c.kind != cue_kind::source_verb && c.kind != cue_kind::verb_source) continue;
                if (c.begin > qs.close && c.begin <= qs.close + 4) {
                    qs.speaker = make_attr(c, d.text.substr(c.verb_begin, c.verb_end - c.verb_begin));
                    if (qs.speaker) qs.speaker->via = "quote";
                }
            }
        }
        for (auto qi = first_quote; qi != quotes.end() && qi->open < s.end; ++qi) {
            auto& qs = *qi;
            if (qs.speaker || qs.open < s.begin || qs.open >= s.end) continue;
            for (const auto& c : cues) {
                if (c.kind != cue_kind::source_verb) continue;
                if (c.end <= qs.open && qs.open - c.end <= 30) {
                    qs.speaker = make_attr(c, d.text.substr(c.verb_begin, c.verb_end - c.verb_begin));
                    if (qs.speaker) qs.speaker->via = "quote";
                }
            }
        }
    };
    // remember named sources for later resolution ("the ministry added"), and every speaker
    // for a later "he said"
    auto remember = [&](const sentence_span& s, const std::vector<cue_match>& cues) {
        for (const auto& cue : cues) {
            if (cue.kind == cue_kind::participle || cue.pronoun) continue;
            if (cue.kind == cue_kind::headline && (cue.begin != s.begin || dateline_cue(d, cue, cues))) continue;
            spoken = latest_speaker{true, cue, seen.size(), false, {}};
            if (is_generic_role(d, cue.src_begin, cue.src_end)) continue;
            seen.push_back({cue.src_begin, cue.src_end, false, {}, {}});
        }
    };
    // reads the pending sentences in text order: what the eager reading did sentence by sentence
    catch_up = [&] {
        if (pending.empty()) return;
        std::vector<pending_sentence> waiting;
        waiting.swap(pending);  // a make_attr below finds nothing pending: all before it is read
        pending_limit = 0;
        for (auto& p : waiting) {
            const sentence_span& ps = sentences[p.index];
            if (!p.read) {
                if (!p.scanned) p.cues = find_cues(d.text, ps.begin, ps.end);
                quote_steps(ps, p.cues);
            }
            remember(ps, p.cues);
        }
        waiting.clear();
        if (pending.capacity() < waiting.capacity()) pending.swap(waiting);  // keep the room
    };

    std::size_t background_paragraph = std::numeric_limits<std::size_t>::max();  // (a label's: "Background:")
    for (const auto& s : sentences) {
        // the speaker of a quote that closes in a later sentence
        auto quote_of = [&](std::size_t pos) -> quote_span* {
            // quotations do not nest and are in text order: the last one opened before pos
            auto it = std::lower_bound(quotes.begin(), quotes.end(), pos,
                                       [](const quote_span& q, std::size_t p) { return q.open < p; });
            if (it == quotes.begin()) return nullptr;
            --it;
            return pos < it->close ? &*it : nullptr;
        };
        // the speaker named just past a quotation's close, which may lie beyond this sentence
        auto speaker_after = [&](quote_span* qs) {
            std::size_t from = qs->close + 1, to = std::min(d.text.size(), qs->close + 160);
            std::size_t nl = d.text.find('\n', from);
            if (nl != std::string_view::npos) to = std::min(to, nl);
            for (const auto& c : find_cues(d.text, from, to)) {
                if ((c.kind == cue_kind::source_verb || c.kind == cue_kind::verb_source) && c.begin <= qs->close + 4) {
                    qs->speaker = make_attr(c, d.text.substr(c.verb_begin, c.verb_end - c.verb_begin));
                    if (qs->speaker) qs->speaker->via = "quote";
                }
                break;
            }
        };
        auto quote_speaker = [&](quote_span* qs) -> std::optional<attribution> {
            if (!qs) return std::nullopt;
            if (!qs->speaker) speaker_after(qs);
            // a quotation that names nobody and follows a speaker's quotation in the same paragraph
            // goes on with it: '"We have recovered 42 bodies so far," said Ahmed Khan. "At least 60
            // people are still missing."'
            if (!qs->speaker && qs != quotes.data()) {
                quote_span* prev = qs - 1;
                const std::string_view between = d.text.substr(prev->close + 1, qs->open - prev->close - 1);
                if (prev->close < qs->open && between.size() <= 200 && between.find('\n') == std::string_view::npos &&
                    between.find('"') == std::string_view::npos) {
                    if (!prev->speaker && !pending.empty()) catch_up();  // its speaker may lie in a sentence not read
                    if (!prev->speaker) speaker_after(prev);
                    if (prev->speaker) qs->speaker = prev->speaker;
                }
            }
            return qs->speaker;
        };

        // the sentence's own subject, for ", saying that ..."
        auto sentence_subject = [&]() -> std::optional<attribution> {
            std::size_t p = s.begin;
            while (p < s.end && (d.text[p] == '"' || d.text[p] == ' ')) ++p;
            std::size_t e = parse_source_phrase(d.text, p, s.end);
            if (e == p) return std::nullopt;
            attribution a;
            a.source = clean_source(d.text.substr(p, e - p));
            a.begin = p;
            a.end = e;
            a.via = "participle";
            split_title(a);
            return a;
        };

        tokens.clear();  // no token of an earlier sentence is read in this one
        tallies.clear();
        bool tokenized = false;
        std::vector<period_mark> periods;  // (read at the sentence's first claim that asks)
        bool periods_read = false;
        // the claims of this sentence go straight to the end of `out` (no second move); `here` is
        // them, `prior` the claims of the sentences before
        const std::size_t prior = out.size();
        sentence_claims here{out, prior};
        // a figure is read into the quantity of a claim made for it at the end of `out` (a slot,
        // while `slot`: not a claim yet), which is the claim when the figure is one (its strings
        // are not moved into a claim made then) and is read into again at the next place when
        // not (parse_quantity sets every member of what it reads); a slot left is dropped
        bool slot = false;
        for (std::size_t i = s.begin; i < s.end; ++i) {
            // to the next place after a byte that is no letter or digit (the inside of a word
            // begins nothing) with a digit, sign or word that may begin a figure: most places
            // are none, told without a call (the filter reads the text as the parser does: up to
            // the end of the sentence)
            // (a tally's second count is read where it begins, though a hyphen joins it to the first)
            if (tallies.empty() || i <= tallies.back().first || i > tallies.back().second) {
                i = next_quantity_place(d, i, s.begin, s.end, quantity_starts);
            } else {
                i = tallies.back().second;
            }
            if (i >= s.end) break;
            if (!slot) {
                // (room is made first, so references to the sentence's earlier claims stay)
                if (out.size() == out.capacity()) out.reserve(2 * out.size() + 8);
                out.emplace_back();
                slot = true;
            }
            quantity& q = out.back().q;
            if (!parse_quantity(std::string_view(d.lower.data(), s.end), i, q)) continue;
            // ".290 hitter", "(.45 of a second)": a decimal written without its leading zero. The
            // point follows a space, an opening bracket or quote, or opens the sentence (after a
            // letter or a digit it is an abbreviation's or a number's)
            if (q.num_begin > s.begin && d.text[q.num_begin - 1] == '.' && !q.has_separator && !q.has_decimal &&
                !q.word_number && !q.range_high && q.unit.empty() && is_digit(d.text[q.num_begin])) {
                const char before = q.num_begin - 1 > s.begin ? d.text[q.num_begin - 2] : ' ';
                if (before == ' ' || before == '(' || before == '"' || before == '\'') {
                    std::size_t digits = 0;
                    while (q.num_begin + digits < q.num_end && is_digit(d.text[q.num_begin + digits])) ++digits;
                    if (digits == q.num_end - q.num_begin && digits <= 6) {
                        for (std::size_t k = 0; k < digits; ++k) q.value /= 10;
                        q.has_decimal = true;
                        if (q.begin == q.num_begin) --q.begin;
                        --q.num_begin;
                    }
                }
            }
            // "39.3 million U.S. viewers": the letter of a dotted abbreviation (U.S., U.K., U.N.) is
            // no unit (the rack unit "U", the atomic mass unit "u"); the figure ends before it
            if (!q.unit.empty() && q.end + 2 < s.end && d.text[q.end] == '.' && ascii::is_alpha(d.text[q.end + 1]) &&
                d.text[q.end + 2] == '.' && q.end > q.num_end) {
                std::size_t e = q.end;
                while (e > q.num_end && ascii::is_alpha(d.text[e - 1])) --e;
                if (q.end - e <= 2 && e > q.num_end && d.text[e - 1] == ' ') {
                    while (e > q.num_end && d.text[e - 1] == ' ') --e;
                    q.end = e;
                    q.unit.clear();
                    q.dimension.clear();
                    if (q.kind == quantity_kind::measure) q.kind = quantity_kind::count;
                }
            }
            // "rose by 5,000 to 120,000", "the toll rose from 50 to 70": a change, then the new level,
            // not a range (the level is read next as a figure of its own)
            // (a sum or a measure too: "Exports jumped from $2.1 billion to $2.6 billion"; "cut by 10
            // to 15 percent" is a range of the cut)
            if (q.range_high &&
                ((q.unit.empty() && word_before(d, q.begin, s.begin) == "by"sv && d.lower.compare(q.num_end, 4, " to ") == 0) ||
                 (d.lower.compare(q.begin, 5, "from ") == 0 && change_verb(word_before(d, q.begin, s.begin))))) {
                q.range_high.reset();
                q.qual = qualifier::exact;
                q.qualified = false;
                // (the first amount ends before " to ", its scale word with it: "from $2.1 billion")
                const std::size_t to = d.lower.find(" to ", q.num_end);
                q.end = to < q.end && d.lower.compare(q.begin, 5, "from ") == 0 ? to : q.num_end;
            }
            // "handed over 22 seriously wounded soldiers": "over" is the verb's particle, not "more
            // than" ("took over 200 hostages" is more than 200: take over is followed by no figure)
            if (q.qualified && q.qual == qualifier::more_than && d.lower.compare(q.begin, 5, "over ") == 0) {
                static const word_set particle_verbs{"handed", "hand", "hands", "handing", "turned", "turn", "turns", "turning",
                                                     "rolled", "rolls", "rolling", "flipped", "flips", "flipping", "toppled", "keeled"};
                // "jailed over £1.7 million fraud", "sued over a $5 million debt": about a sum that names
                // a thing, not more than it
                static const word_set named_sums{"fraud", "scam", "scheme", "deal", "lawsuit", "suit", "claim", "debt",
                                                 "loan", "contract", "bribe", "bribes", "bribery", "embezzlement",
                                                 "theft", "heist", "robbery", "bill", "payout", "settlement", "fine",
                                                 "bonus", "transfer", "takeover", "bid", "scandal", "swindle", "tax"};
                const bool about = q.kind == quantity_kind::money && named_sums.count(strip_dot(word_after(d, q.end, s.end)));
                if (particle_verbs.count(word_before(d, q.begin, s.begin)) || about) {
                    q.qual = qualifier::exact;
                    q.qualified = false;
                    q.begin = q.num_begin;
                    // (the currency sign stays the figure's: "over £1.7 million" is "£1.7 million")
                    while (q.begin > s.begin && d.text[q.begin - 1] != ' ') --q.begin;
                }
            }
            // a vote's tally is two counts: the first is read alone, then the second at its place
            // (neither is a score, a record or a range)
            bool tally = false;
            if (const std::size_t against = vote_tally_at(d, q, s, !tallies.empty()); against != std::string_view::npos) {
                q.range_high.reset();
                q.qual = qualifier::exact;
                q.qualified = false;
                q.end = q.num_end;
                tallies.push_back({q.num_begin, against});
                tally = true;
            } else {
                for (const auto& t : tallies) tally = tally || t.second == q.num_begin;
                if (tally) {  // a bare count, whatever word follows it ("60-38 hours later")
                    q.unit.clear();
                    q.dimension.clear();
                    q.kind = quantity_kind::count;
                    q.hyphen_compound = false;
                    q.compound_noun.clear();
                    q.range_high.reset();
                    q.end = q.num_end;
                }
            }
            const std::string_view why = tally ? std::string_view() : not_a_claim(d, q, s);
            if (!why.empty()) {
                i = q.num_end - 1;
                continue;
            }
            if (!tokenized) {
                tokenize(d, s.begin, s.end, tokens);
                tokenized = true;
            }
            // the slot is the claim, after the sentence's earlier ones (`earlier`: the last of those)
            claim* const earlier = out.size() - 1 > prior ? &out[out.size() - 2] : nullptr;
            claim& c = out.back();
            slot = false;
            c.sentence = sentence_index;
            c.begin = q.begin;
            c.end = q.end;
            if (q.kind != quantity_kind::age && is_apposition_age(d, c.q, s)) {
                c.q.unit = "year";
                c.q.dimension = "time";
                c.q.kind = quantity_kind::age;
            }
            // compound nouns that are function words ("1,000-for-1,000") do not count
            if (!c.q.compound_noun.empty() && lex().stopwords.count(c.q.compound_noun)) {
                c.q.compound_noun.clear();
                c.q.hyphen_compound = false;
                c.end = c.q.end = c.q.num_end;
            }
            // value and the interval
            std::string_view num = d.lower.substr(q.num_begin, q.num_end - q.num_begin);
            std::size_t significant = 0;  // (no more than its bytes: a number of fifteen is not counted)
            if (num.size() > 15 || !std::isfinite(q.value)) {
                bool leading = true;
                for (char ch : num) {
                    if (!is_digit(ch)) continue;
                    if (ch != '0') leading = false;
                    if (!leading) ++significant;
                }
            }
            if (significant > 15 || !std::isfinite(q.value)) {
                c.note = "number too large to represent exactly (" + std::to_string(significant) + " significant digits)";
            } else {
                c.value = q.value;
                set_interval(c);
            }
            // context
            std::size_t ti = token_at(tokens, c.q.end);
            c.counted = read_counted(tokens, ti, c.q, c.pred);
            // an adverb is no counted thing: "17 still trapped", "five now missing"
            {
                static const word_set adverbs{"still", "now", "only", "also", "already", "yet", "just", "again"};
                const std::string_view h = c.counted.head;
                if (h.size() >= 3 && h.size() <= 7 && (h[0] == 's' || h[0] == 'n' || h[0] == 'o' || h[0] == 'a' || h[0] == 'y' ||
                                                       h[0] == 'j') && adverbs.count(h))
                    c.counted = {};
                // nor an adverb before the participle that says what befell them: "Another 22
                // seriously wounded were handed over"
                else if (h.size() > 5 && h.ends_with("ly"sv) && c.counted.end < d.text.size() &&
                         word_after(d, c.counted.end, s.end).ends_with("ed"sv))
                    c.counted = {};
            }
            // a measure's conversion in brackets before its noun: "a 13.3-inch (34 cm) display"
            // measures the display, as "a 13.3-inch display" does (the claim's words stay the figure's)
            if (c.counted.head.empty() && c.q.hyphen_compound && !c.q.unit.empty() && ti + 3 < tokens.size() &&
                same(tokens[ti].lower, "("sv) && ascii::is_digit(tokens[ti + 1].lower[0])) {
                std::size_t close = ti + 2;
                while (close < tokens.size() && close < ti + 6 && !same(tokens[close].lower, ")"sv)) ++close;
                if (close + 1 < tokens.size() && same(tokens[close].lower, ")"sv) && tokens[close + 1].word) {
                    predicate unused;
                    c.counted = read_counted(tokens, close + 1, c.q, unused);
                }
            } else if (c.counted.end > c.end && !c.counted.substance) {
                // (an amount's substance is not the claim's words: its scope and verb are read past
                // the unit as before, and a conversion in brackets before "of" is read on its own,
                // "150 kilograms (330 pounds) of explosives")
                c.end = c.counted.end;
            }
            // a bound told after the counted thing: "Fifteen people or more were killed", "40
            // passengers or so", "200 people or fewer" (the verb is read after it; a figure bounded
            // before keeps its first bound: "Around 30 soldiers or more died")
            if (!c.q.range_high && c.value && !c.counted.head.empty() && c.counted.end == c.end)
                if (const auto bound = bound_after_noun(d.lower, c.end, s.end)) {
                    c.end = bound->second;
                    if (!c.q.qualified) {
                        c.q.qual = bound->first;
                        c.q.qualified = true;
                        set_interval(c);
                    }
                }
            // "plus" that adds something after it is no bound: "$800 million plus any cost overruns",
            // "€105 million plus €15 million in variables" (where "50-plus" and "200 plus" are more)
            if (q.qual == qualifier::at_least && c.value && q.end >= q.begin + 5 && d.lower.compare(q.end - 4, 4, "plus") == 0) {
                std::size_t k = q.end;
                while (k < s.end && d.text[k] == ' ') ++k;
                const std::string_view next = word_after(d, k, s.end);
                static const word_set adds{"any", "a", "an", "the", "its", "his", "her", "their", "another", "bonuses", "add-ons",
                                           "interest", "expenses", "costs", "fees", "taxes", "vat"};
                const bool figure_next = k < s.end && (is_digit(d.text[k]) || d.text[k] == '$' || static_cast<unsigned char>(d.text[k]) >= 0x80);
                if (figure_next || adds.count(next)) {
                    std::size_t e = q.end - 4;
                    while (e > q.begin && (d.text[e - 1] == ' ' || d.text[e - 1] == '-')) --e;
                    if (c.end == c.q.end) c.end = e;
                    c.q.end = e;
                    c.q.qual = qualifier::exact;
                    set_interval(c);
                }
            }
            // "over" before a span of time that opens the sentence or a clause, or follows another
            // figure, tells over what span, not how long: "Over six full seasons, he hit 203
            // home runs", "took in $61 million over nine years" (where "jailed for over six years"
            // and "lasted over six hours" are more than six)
            if (q.qual == qualifier::more_than && c.value && d.lower.compare(q.begin, 5, "over ") == 0) {
                static const word_set spans{"year", "month", "week", "day", "hour", "decade", "season", "game", "match", "century",
                                            "start", "inning", "appearance", "outing", "race", "round"};
                const bool span = spans.count(q.unit) || spans.count(lemma_of(c.counted.head));
                std::size_t p = q.begin;
                while (p > s.begin && d.text[p - 1] == ' ') --p;
                const bool opens = p == s.begin || d.text[p - 1] == ',';
                const bool after_figure = earlier && earlier->end <= q.begin && q.begin - earlier->end <= 30 &&
                                          d.lower.substr(earlier->end, q.begin - earlier->end).find_first_of(",;") == std::string_view::npos;
                if (span && (opens || after_figure)) {
                    c.q.qual = qualifier::exact;
                    set_interval(c);
                }
            }
            // partitive cues
            {
                std::size_t after_end = c.q.num_end;
                while (after_end < s.end && d.text[after_end] == ' ') ++after_end;
                // (past a scale word: "seized 7.6 million of them")
                // (only before a pronoun's whole: "$100 million of crude oil" is a sum of oil)
                for (const std::string_view scale : {"million"sv, "billion"sv, "thousand"sv, "hundred"sv})
                    if (d.lower.compare(after_end, scale.size(), scale) == 0 && after_end + scale.size() < s.end &&
                        d.text[after_end + scale.size()] == ' ' &&
                        (d.lower.compare(after_end + scale.size() + 1, 8, "of them ") == 0 ||
                         d.lower.compare(after_end + scale.size() + 1, 7, "of them") == 0 ||
                         d.lower.compare(after_end + scale.size() + 1, 8, "of those") == 0 ||
                         d.lower.compare(after_end + scale.size() + 1, 8, "of which") == 0 ||
                         d.lower.compare(after_end + scale.size() + 1, 8, "of these") == 0)) {
                        after_end += scale.size();
                        while (after_end < s.end && d.text[after_end] == ' ') ++after_end;
                        break;
                    }
                const std::string_view two = d.lower.substr(after_end, 10);
                // the 40 bytes before the figure, without trailing spaces (the same for every cue)
                const std::size_t from = c.begin - s.begin > 40 ? c.begin - 40 : s.begin;
                std::string_view before = d.lower.substr(from, c.begin - from);
                while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
                // (the dead of a part are the part: "remain in Gaza, including the bodies of at least 34")
                for (std::string_view dead : {"the bodies of"sv, "the remains of"sv})
                    if (before.ends_with(dead) && (before.size() == dead.size() || before[before.size() - dead.size() - 1] == ' ')) {
                        before.remove_suffix(dead.size());
                        while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
                    }
                // the cues in lexicon order, each with its side, read from the rows once; and by
                // the byte the text has beside the figure (the first after it, the last before it:
                // 256 where there is none), the indexes of the cues that may stand there (those
                // that open or end with that byte, and the empty ones): most figures have none
                // beside them, and the cues are not read one by one
                struct partitive_cue {
                    std::string_view text;
                    bool after = false;
                };
                struct partitive_bytes {
                    std::vector<partitive_cue> cues;
                    std::array<std::vector<std::uint16_t>, 257> after_by_first, before_by_last;
                };
                static const partitive_bytes bytes_of = [] {
                    partitive_bytes b;
                    for (const auto& r : lex().partitives) {
                        const std::string& cue = r[0];
                        const bool after = r.at(1) == "after"sv;
                        const auto k = static_cast<std::uint16_t>(b.cues.size());
                        b.cues.push_back({cue, after});
                        auto& lists = after ? b.after_by_first : b.before_by_last;
                        if (cue.empty()) {
                            for (auto& l : lists) l.push_back(k);
                        } else {
                            lists[static_cast<unsigned char>(after ? cue.front() : cue.back())].push_back(k);
                        }
                    }
                    return b;
                }();
                const std::vector<std::uint16_t>& after_cues =
                    bytes_of.after_by_first[two.empty() ? 256 : static_cast<unsigned char>(two[0])];
                const std::vector<std::uint16_t>& before_cues =
                    bytes_of.before_by_last[before.empty() ? 256 : static_cast<unsigned char>(before.back())];
                // the two lists merged, in lexicon order: the first cue that stands is the figure's
                for (std::size_t x = 0, y = 0; x < after_cues.size() || y < before_cues.size();) {
                    const bool from_after = y >= before_cues.size() || (x < after_cues.size() && after_cues[x] < before_cues[y]);
                    const partitive_cue& pc = bytes_of.cues[from_after ? after_cues[x++] : before_cues[y++]];
                    const std::string_view cue = pc.text;
                    // a vague count names its things after "of" ("dozens of people"), not its whole
                    if (c.q.kind == quantity_kind::vague && same(cue, "of"sv)) continue;
                    if (pc.after) {
                        if (two.substr(0, cue.size()) == cue && (two.size() == cue.size() || !is_alnum(two[cue.size()]))) {
                            c.partitive = cue;
                            break;
                        }
                    } else if (before.size() >= cue.size() && before.compare(before.size() - cue.size(), cue.size(), cue) == 0 &&
                               (before.size() == cue.size() || !is_alnum(before[before.size() - cue.size() - 1]))) {
                        c.partitive = cue;
                        break;
                    }
                }
                if (c.partitive.empty() && earlier && c.counted.head.empty() &&
                    word_before(d, c.begin, s.begin) == "with"sv)
                    c.partitive = "with";
                if (same(c.counted.head, "others"sv)) c.partitive = "others";
                // "Among the dead were four children": a sentence that opens with "among" names the
                // whole its figures are part of
                if (c.partitive.empty() && !tokens.empty() && same(tokens[0].lower, "among"sv) &&
                    (c.q.kind == quantity_kind::count || c.q.kind == quantity_kind::vague)) {
                    static const word_set be{"were", "was", "are", "is"};
                    const std::size_t at = token_at(tokens, c.begin);
                    if (at >= 1 && be.count(tokens[at - 1].lower)) c.partitive = "among";
                    // (and every member of the list after it: "Among those released were 64 members
                    // of the Armed Forces, 50 soldiers of the National Guard and 36 border guards")
                    else if (earlier && same(earlier->partitive, "among"sv)) c.partitive = "among";
                }
                // "Those released included 64 members ..., 50 soldiers ... and 36 border guards": the
                // members listed after "included" are parts of what included them
                if (c.partitive.empty() && earlier && (same(earlier->partitive, "included"sv) || same(earlier->partitive, "including"sv)) &&
                    (c.q.kind == quantity_kind::count || c.q.kind == quantity_kind::vague)) {
                    bool list = true;
                    for (std::size_t k = token_at(tokens, earlier->end); k < token_at(tokens, c.begin) && list; ++k)
                        list = !tokens[k].word || same(tokens[k].lower, "and"sv) || same(tokens[k].lower, "of"sv) ||
                               (tokens[k].capitalised && !same(tokens[k].lower, "the"sv)) || same(tokens[k].lower, "the"sv);
                    if (list) c.partitive = earlier->partitive;
                }
                if (c.partitive.empty() && (c.q.kind == quantity_kind::count || c.q.kind == quantity_kind::vague)) {
                    const std::size_t at = token_at(tokens, c.begin);
                    if (at >= 1 && (same(tokens[at - 1].lower, "included"sv) || same(tokens[at - 1].lower, "include"sv) ||
                                    same(tokens[at - 1].lower, "includes"sv)))
                        c.partitive = "included";
                }
                // "one quarter the power", "a sixth the space": a fraction before "the" is a part
                // of what follows, as with "of the" (the cue has one word fewer)
                std::size_t unsaid = 0;
                if (c.partitive.empty() && c.q.kind == quantity_kind::fraction && c.counted.head.empty() &&
                    ti < tokens.size() && same(tokens[ti].lower, "the"sv)) {
                    c.partitive = "of the";
                    unsaid = 1;
                }
                // the whole named after the cue is the counted thing: "on three of the skiffs",
                // "Five of the 20 drones" (past the whole's own figure, which is a claim of its own)
                // ("23 of 25 drones", "30 out of 34 missiles": the same past the cue's own words)
                const std::size_t cue_words = whole_cue_words(c.partitive) - unsaid;
                if (cue_words && c.counted.head.empty() && ti + cue_words < tokens.size()) {
                    std::size_t k = ti + cue_words;
                    auto is_figure = [&](std::size_t at) {
                        return at < tokens.size() &&
                               (ascii::is_digit(tokens[at].lower[0]) || lex().number_words.count(tokens[at].lower) != 0);
                    };
                    // "one of just five players": a word that qualifies the whole's figure is passed
                    // ("35 of his 47 fights": and a possessive)
                    static const word_set figure_adverbs{"just", "only", "about",  "around", "some", "nearly", "almost",
                                                         "roughly", "his", "her", "their", "its", "our", "my", "your"};
                    if (!same(c.partitive, "of the"sv) && !is_figure(k) && figure_adverbs.count(tokens[k].lower) && is_figure(k + 1))
                        ++k;
                    // (and a possessive noun: "85 of the plant's 220 employees", "two of the
                    // gang's four members")
                    if (!is_figure(k) && tokens[k].lower.ends_with("'s"sv) && is_figure(k + 1)) ++k;
                    const bool past_figure = is_figure(k);
                    if (past_figure) ++k;
                    // "27 of its own soldiers", "two of their power plants": the possessive names the
                    // things as "the" does
                    bool possessed = false;
                    // ("one of its close partners" is a member, not a count of partners)
                    if (!past_figure && same(c.partitive, "of"sv) && k < tokens.size() && c.q.value >= 2 &&
                        (same(tokens[k].lower, "its"sv) || same(tokens[k].lower, "their"sv))) {
                        ++k;
                        if (k < tokens.size() && same(tokens[k].lower, "own"sv)) ++k;
                        possessed = true;
                    }
                    // after a bare "of" only a figure names the whole: "one of its close partners" names none
                    if (!same(c.partitive, "of the"sv) && !past_figure && !possessed) k = tokens.size();
                    if (k < tokens.size() && tokens[k].word) {
                        predicate unused;
                        c.counted = read_counted(tokens, k, c.q, unused);
                        if (!past_figure && c.counted.end > c.end) c.end = c.counted.end;
                        // "12 of the injured", "three of the dead": people (not the counted thing of
                        // the figure before); what happened to the part is its own verb's ("two of
                        // the injured had died")
                        static const word_set people_by_fate{"injured", "wounded", "dead", "killed", "missing", "hurt"};
                        if (c.counted.head.empty() && !past_figure && people_by_fate.count(tokens[k].lower)) {
                            c.counted.head = std::string(tokens[k].lower);
                            c.counted.lemma = "person";
                            c.counted.cls = "person";
                            c.counted.begin = tokens[k].begin;
                            c.counted.end = tokens[k].end;
                            c.end = std::max(c.end, c.counted.end);  // (the verb is read after the whole)
                        }
                    }
                }
            }
            // predicate: a verb right before the number wins ("shot down 57 drones launched by ..."),
            // then one after the counted thing ("72 drones were shot down"), then one further back
            std::size_t qtok = token_at(tokens, c.begin);
            std::size_t after_tok = token_at(tokens, c.end);
            auto clause_break = [](const token& t) {
                if (!t.word) return true;
                // "and", "or", "while", "but", by their lengths first (asked of some thirty
                // tokens a figure, most of them no conjunction)
                const std::string_view w = t.lower;
                switch (w.size()) {
                    case 2: return w[0] == 'o' && w[1] == 'r';
                    case 3: return (w[0] == 'a' && w[1] == 'n' && w[2] == 'd') || (w[0] == 'b' && w[1] == 'u' && w[2] == 't');
                    case 5: return w[0] == 'w' && w[1] == 'h' && w[2] == 'i' && w[3] == 'l' && w[4] == 'e';
                    default: return false;
                }
            };
            // a clause is looked at for at most clause_window tokens either way, so that a sentence
            // of a hundred thousand numbers costs linear time
            std::size_t clause_start = qtok;
            while (clause_start > 0 && qtok - clause_start < clause_window && !clause_break(tokens[clause_start - 1]))
                --clause_start;
            std::size_t clause_end = after_tok;
            while (clause_end < tokens.size() && clause_end - after_tok < clause_window &&
                   (tokens[clause_end].lower == "\"" || !clause_break(tokens[clause_end])))
                ++clause_end;
            predicate before_p, after_p;
            int db = find_predicate(tokens, qtok >= 4 ? std::max(clause_start, qtok - 4) : clause_start, qtok, false, before_p);
            int da = find_predicate(tokens, after_tok, std::min(clause_end, after_tok + 9), true, after_p);
            // two verbs joined by "or" are one wider measure than either: "shot down or jammed 133 of
            // the drones", "were killed or injured", "60 flights were delayed or cancelled" (the
            // class of the pair; the clause reaches back past its "or" for a pair the lexicon names)
            auto words_of = [](const predicate& p) { return static_cast<std::size_t>(std::count(p.text.begin(), p.text.end(), ' ')) + 1; };
            auto is_or = [&](std::size_t k) { return k < tokens.size() && same(tokens[k].lower, "or"sv); };
            auto pair_class = [](std::string_view a, std::string_view b) {
                if (a == b || a.find("_or_") != std::string_view::npos || b.find("_or_") != std::string_view::npos)
                    return std::string(a);
                return a < b ? std::string(a) + "_or_" + std::string(b) : std::string(b) + "_or_" + std::string(a);
            };
            if (clause_start >= 2 && is_or(clause_start - 1) && qtok - clause_start <= 2) {
                predicate wide;
                const int dw = find_predicate(tokens, qtok >= 6 ? qtok - 6 : 0, qtok, false, wide);
                if (dw >= 0 && qtok - 1 - static_cast<std::size_t>(dw) < clause_start - 1 && wide.text.find(" or ") != std::string::npos) {
                    db = dw;
                    before_p = wide;
                } else if (dw >= 0 && qtok - 1 - static_cast<std::size_t>(dw) >= clause_start) {
                    // the verb after "or" is known: the one before it joins it ("destroyed or damaged 40 homes")
                    predicate first;
                    const std::size_t or_at = clause_start - 1;
                    const int d1 = find_predicate(tokens, or_at >= 4 ? or_at - 4 : 0, or_at, false, first);
                    if (d1 >= 0 && or_at - 1 - static_cast<std::size_t>(d1) + words_of(first) == or_at) {
                        db = dw;
                        before_p = wide;
                        before_p.cls = pair_class(first.cls, wide.cls);
                    }
                } else if (dw < 0 || qtok - 1 - static_cast<std::size_t>(dw) < clause_start - 1) {
                    // only the verb before "or" is known: "shot down or jammed 133" (a pair of its own)
                    predicate first;
                    const std::size_t or_at = clause_start - 1;
                    const int d1 = find_predicate(tokens, or_at >= 4 ? or_at - 4 : 0, or_at, false, first);
                    if (d1 >= 0 && or_at - 1 - static_cast<std::size_t>(d1) + words_of(first) == or_at && tokens[or_at + 1].word) {
                        db = static_cast<int>(qtok - 1 - (or_at - 1 - static_cast<std::size_t>(d1)));
                        before_p = first;
                        before_p.cls = pair_class(first.cls, std::string(tokens[or_at + 1].lower));
                    }
                }
            }
            if (da >= 0 && after_p.text.find(" or ") == std::string::npos) {
                const std::size_t end = after_tok + static_cast<std::size_t>(da) + words_of(after_p);
                predicate second;
                if (is_or(end) && end + 1 < tokens.size() &&
                    find_predicate(tokens, end + 1, std::min(tokens.size(), end + 2), true, second) == 0)
                    after_p.cls = pair_class(after_p.cls, second.cls);
            }
            // past a list set off by commas to the verb: "Three inmates, including the two men
            // charged with murder, remain at large"
            if (da < 0 && after_tok + 3 < tokens.size() && same(tokens[after_tok].lower, ","sv) &&
                (same(tokens[after_tok + 1].lower, "including"sv) || same(tokens[after_tok + 1].lower, "among"sv) ||
                 same(tokens[after_tok + 1].lower, "mostly"sv) || same(tokens[after_tok + 1].lower, "most"sv))) {
                // (a finite verb, not a participle of the sentence's: "shelled 42 settlements, including
                // the city of Kherson, killing two people")
                std::size_t k = after_tok + 2;
                while (k < tokens.size() && k < after_tok + 16 && !same(tokens[k].lower, ","sv) && tokens[k].lower != "."sv &&
                       tokens[k].lower != ";"sv)
                    ++k;
                if (k + 1 < tokens.size() && same(tokens[k].lower, ","sv)) {
                    std::size_t end = k + 1;
                    while (end < tokens.size() && end < k + 8 && tokens[end].word) ++end;
                    predicate past;
                    if (const int d2 = find_predicate(tokens, k + 1, end, true, past);
                        d2 >= 0 && d2 <= 2 && !tokens[k + 1 + static_cast<std::size_t>(d2)].lower.ends_with("ing"sv)) {
                        after_p = past;
                        da = static_cast<int>(k + 1 - after_tok) + d2;
                    }
                }
            }
            // the whole of a part named just before it: "Five of the 20 drones were shot down" (the
            // five were shot down; what happened to the 20 is told elsewhere)
            const bool whole_of_part = earlier && follows_whole_cue(tokens, qtok, earlier->partitive);
            // the verb before the part is the part's ("downed 23 of 25 drones"); the whole keeps a
            // participle of its own right after it ("25 drones launched by Russia")
            // the seats of a house a part is of are its size: "won 303 of the 543 seats" (as a
            // "543-seat house" is), not seats won
            if (whole_of_part && c.attribute.empty() && same(c.counted.lemma, "seat"sv)) c.attribute = "capacity";
            if (whole_of_part) {
                if (c.pred.cls.empty() && da == 0) c.pred = after_p;
                // or in a relative clause on it: "one of three inmates who escaped", "two of the 25
                // drones that were launched"
                if (c.pred.cls.empty() && da > 0 && after_tok < tokens.size() && relative_pronoun(tokens[after_tok].lower)) {
                    static const word_set auxiliaries{"had", "have", "has", "was", "were", "is", "are", "been", "be", "being"};
                    bool plain = true;
                    for (std::size_t k = after_tok + 1; k < after_tok + static_cast<std::size_t>(da); ++k)
                        plain = plain && auxiliaries.count(tokens[k].lower) > 0;
                    if (plain) c.pred = after_p;
                }
            } else if (db >= 0 && db <= 3) c.pred = before_p;
            else if (!c.pred.cls.empty()) {
            } else if (da >= 0) {
                c.pred = after_p;
                // not a relative clause's verb where the clause is followed by the sentence's own:
                // "eight residents of the Kursk Region who had been illegally held on Ukrainian
                // territory were returned to Russia" (returned, not held)
                if (da > 0) {
                    std::size_t rel = after_tok;
                    while (rel < after_tok + static_cast<std::size_t>(da) && !same(tokens[rel].lower, "who"sv)) ++rel;
                    if (rel < after_tok + static_cast<std::size_t>(da)) {
                        static const word_set finite{"were", "was", "are", "is", "have", "has"};
                        const std::size_t from = after_tok + static_cast<std::size_t>(da) + 1;
                        for (std::size_t k = from; k < tokens.size() && k < from + 8 && tokens[k].word; ++k) {
                            if (!finite.count(tokens[k].lower)) continue;
                            predicate main;
                            if (find_predicate(tokens, k + 1, std::min(tokens.size(), k + 3), true, main) == 0 && !main.cls.empty())
                                c.pred = main;
                            break;
                        }
                    }
                }
                // a part's whole told by what was done to it, then what befell the part: "Twenty-two
                // of the Ukrainians freed were seriously wounded", "27 of those returned have severe
                // injuries" (the finite verb's, not the participle's)
                if (da == 0 && !c.partitive.empty() && c.partitive.starts_with("of"sv)) {
                    std::size_t k = after_tok + static_cast<std::size_t>(std::count(after_p.text.begin(), after_p.text.end(), ' ')) + 1;
                    static const word_set finite{"were", "was", "are", "is", "have", "has", "had"};
                    if (k < clause_end && k < tokens.size() && finite.count(tokens[k].lower) && tokens[after_tok].lower.ends_with("ed"sv)) {
                        predicate finite_p;
                        if (find_predicate(tokens, k + 1, std::min(clause_end, k + 5), true, finite_p) >= 0 && !finite_p.cls.empty())
                            c.pred = finite_p;
                    }
                }
            } else if (db >= 0) c.pred = before_p;
            else {
                predicate far;
                // not past a "with" or "carrying" that makes the figure a noun's part: "At least 67
                // people were killed when a plane with 72 people on board crashed" (the 72 were
                // on board; what was done to them is not said there)
                std::size_t from = clause_start;
                for (std::size_t k = qtok; k > clause_start; --k) {
                    const std::string_view w = tokens[k - 1].lower;  // (by its first byte first: the comparisons are calls)
                    if (!w.empty() && (w[0] == 'w' || w[0] == 'c') && (same(w, "with"sv) || same(w, "carrying"sv))) {
                        from = k;
                        break;
                    }
                }
                // nor past an earlier figure of the clause of the same kind, whose verb it is: "won 78
                // seats in the 151-seat parliament" (the parliament's seats were not won; "the death
                // toll from a magnitude 6.0 earthquake rose to 15" is the 15's)
                if (earlier && earlier->q.kind == c.q.kind && earlier->end > tokens[from].begin && earlier->end <= c.begin)
                    from = std::max(from, token_at(tokens, earlier->end));
                // (past a relative clause on a noun before the figure: "The death toll from a powerful
                // earthquake that shook mountain villages in western Iran rose to 41" is the toll's)
                // (the noun the clause is on may hold a figure of its own: "from a 6.2-magnitude
                // earthquake that jolted Aceh ... has risen to 22", so the phrase before the clause is
                // looked at for up to twelve words)
                // (four clauses back at most: a sentence of thousands of them is read in linear time)
                std::size_t to = qtok;
                unsigned skipped = 0;
                for (int d = find_predicate(tokens, from, to, false, far); d >= 0 && skipped++ < 4;
                     d = find_predicate(tokens, from, to, false, far)) {
                    const std::size_t j = to - 1 - static_cast<std::size_t>(d);
                    if (j == 0 || !relative_pronoun(tokens[j - 1].lower)) {
                        c.pred = far;
                        break;
                    }
                    to = j - 1;
                    from = std::min(from, to >= 12 ? to - 12 : std::size_t{0});
                }
            }
            // people who did the verb to an object are its doers, not what it befell: "Three gunmen
            // killed 12 people", "Four armed men stole jewels worth 85 million euros" (the verb is
            // kept as the text of one the lexicons do not class)
            // buildings destroyed are destroyed, not shot down as drones and missiles are ("destroyed
            // 134 structures", "41 homes were destroyed")
            // (whatever was destroyed that is no thing in the air, or an area or an amount: "The fire
            // destroyed around 7,000 square meters"; a figure that names nothing keeps the war
            // reports' sense, "destroyed 40 of them")
            // (in a pair too: "had been destroyed or damaged" is damaged_or_destroyed)
            const bool destroyed_pair = c.pred.cls.find("shot_down_or_") != std::string::npos ||
                                        (c.pred.cls.find("_or_shot_down") != std::string::npos && c.pred.cls != "shot_down");
            if ((same(c.pred.cls, "shot_down"sv) || destroyed_pair) && c.pred.text.starts_with("destroy")) {
                static const word_set aerial{"drone", "missile", "plane", "aircraft", "airplane", "helicopter", "jet",
                                             "fighter", "bomber", "uav", "rocket", "projectile", "target", "balloon",
                                             "shahed", "glide bomb", "bomb", "naval drone"};
                const bool named = !c.counted.head.empty() && !c.counted.inherited;
                if ((named && !aerial.count(c.counted.cls) && !aerial.count(c.counted.lemma)) || !c.q.unit.empty()) {
                    if (!destroyed_pair) {
                        c.pred.cls = "destroyed";
                    } else {
                        // the pair's other verb, then the two in order ("damaged_or_destroyed")
                        std::string other = c.pred.cls;
                        const std::size_t at = other.find("shot_down");
                        other.erase(at, 9);
                        if (other.starts_with("_or_")) other.erase(0, 4);
                        else if (other.ends_with("_or_")) other.erase(other.size() - 4);
                        c.pred.cls = other < "destroyed" ? other + "_or_destroyed" : "destroyed_or_" + other;
                    }
                }
            }
            // those searched for who are said to be missing or at large are that: "searched for 18
            // people still missing", "searched for 30 missing people" (where "the search for two
            // inmates who broke out" are those sought, not all who escaped)
            if (same(c.pred.cls, "sought"sv)) {
                if (da >= 0 && (same(after_p.cls, "missing"sv) || same(after_p.cls, "at_large"sv) || same(after_p.cls, "trapped"sv)))
                    c.pred = after_p;
                for (const auto& m : c.counted.modifiers)
                    if (same(m, "missing"sv)) c.pred = {"missing", "missing"};
            }
            // homes power was cut to are without it: "power was cut to 1.4 million households", "cut
            // power to 300,000 customers" (as "lost power" and "without electricity" are)
            if (same(c.pred.cls, "cut"sv) && qtok >= 2) {
                static const word_set served{"household", "home", "house", "customer", "resident", "person", "business",
                                             "consumer", "user", "subscriber", "property", "building"};
                if (served.count(c.counted.lemma) || served.count(c.counted.cls))
                    for (std::size_t k = qtok; k > 0 && qtok - k < 5; --k)
                        if (same(tokens[k - 1].lower, "power"sv) || same(tokens[k - 1].lower, "electricity"sv)) {
                            c.pred.cls = "without_power";
                            break;
                        }
            }
            // vehicles that reach a place arrive there: "16 trucks reached the town of Tawila" (a
            // count that reaches a level is a level: "output reached 13.5 million")
            const bool vehicles = same(c.counted.cls, "truck"sv) || same(c.counted.cls, "car"sv) ||
                                  same(c.counted.lemma, "convoy"sv) || same(c.counted.lemma, "vehicle"sv);
            if (same(c.pred.cls, "reached"sv) && vehicles) c.pred.cls = "arrived";
            if (c.pred.cls.empty() && vehicles && after_tok < tokens.size() &&
                (same(tokens[after_tok].lower, "reached"sv) || same(tokens[after_tok].lower, "reach"sv)))
                c.pred = {std::string(tokens[after_tok].lower), "arrived"};
            // what the figure was doing when the story happened, a verb no lexicon knows: "as roughly 100
            // students were eating breakfast" (its text kept, no class: what befell it is not said)
            predicate probe;
            if (c.pred.cls.empty() && c.pred.text.empty() && !c.counted.head.empty() && after_tok + 1 < tokens.size() &&
                (same(tokens[after_tok].lower, "were"sv) || same(tokens[after_tok].lower, "was"sv)) && tokens[after_tok + 1].word &&
                tokens[after_tok + 1].lower.size() > 5 && tokens[after_tok + 1].lower.ends_with("ing"sv) &&
                !same(tokens[after_tok + 1].lower, "being"sv) && find_predicate(tokens, after_tok + 1, after_tok + 2, true, probe) < 0)
                c.pred.text = std::string(tokens[after_tok + 1].lower);
            static const word_set doers{"person", "perpetrator", "serviceman", "pirate", "employee", "lawmaker"};
            // (verbs whose object is what befell: not "118 MPs voted against the deal", "300 people
            // attended the funeral", "four inmates escaped the jail", which tell what the figure did)
            static const word_set befalling{"killed", "injured", "captured", "stolen", "shot", "shot_down", "destroyed",
                                            "damaged", "rescued", "evacuated", "targeted", "struck", "treated", "vaccinated",
                                            "infected", "burned", "charged", "sentenced", "convicted", "fined", "launched",
                                            "cut", "deployed", "exchanged", "downed_or_jammed"};
            if (da == 0 && !c.pred.cls.empty() && c.pred.text == after_p.text && doers.count(c.counted.cls) &&
                befalling.count(c.pred.cls) && !c.counted.inherited) {
                const std::size_t object = after_tok + 1 + static_cast<std::size_t>(std::count(after_p.text.begin(), after_p.text.end(), ' '));
                static const word_set determiners{"a", "an", "the", "his", "her", "their", "its", "two", "three", "four",
                                                  "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds",
                                                  "thousands", "several", "some", "about", "more", "at", "nearly", "almost"};
                static const word_set weekdays{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
                static const word_set not_objects{"overnight", "yesterday", "today", "tonight", "last", "earlier", "later",
                                                  "late", "early", "this", "so", "too", "also", "alone", "outright",
                                                  "instantly", "immediately", "there", "here", "inside", "nearby"};
                // (a bare noun: "stole jewels", "killed civilians"; not a preposition, a time or an
                // adverb: "15 people injured in the blast", "killed overnight", "killed instantly")
                const bool bare_noun = object < tokens.size() && tokens[object].word && !tokens[object].capitalised &&
                                       ascii::is_lower(tokens[object].lower[0]) && !lex().stopwords.count(tokens[object].lower) &&
                                       !not_objects.count(tokens[object].lower) && !tokens[object].lower.ends_with("ly"sv) &&
                                       !tokens[object].lower.ends_with("ing"sv) && !tokens[object].lower.ends_with("ed"sv);
                if (object < tokens.size() && tokens[object].word &&
                    (bare_noun || determiners.count(tokens[object].lower) || ascii::is_digit(tokens[object].lower[0]) ||
                     (tokens[object].capitalised && !lex().months.count(tokens[object].lower) && !weekdays.count(tokens[object].lower)))) {
                    c.pred = {};
                    c.pred.text = after_p.text;
                    // (and they are told apart from people of whom nothing is said: "two armed robbers
                    // hit a bank" are not "one man" the deputies arrested)
                    if (c.attribute.empty()) c.attribute = "doer";
                }
            }
            static const word_set auxiliaries{"was", "were", "is", "are", "had", "has", "have", "will", "would"};
            // past an apposition that describes the counted thing, to its verb: "104 people, mostly
            // from Egypt, Syria and Pakistan, had been rescued"
            if (c.pred.cls.empty() && after_tok + 1 < tokens.size() && same(tokens[after_tok].lower, ","sv)) {
                static const word_set openers{"mostly", "mainly", "largely", "many", "most", "all", "some", "both",
                                              "including", "among", "predominantly", "nearly", "almost", "aged"};
                if (openers.count(tokens[after_tok + 1].lower)) {
                    for (std::size_t k = after_tok + 2; k + 1 < tokens.size() && k < after_tok + 16; ++k) {
                        if (same(tokens[k].lower, "."sv) || same(tokens[k].lower, ";"sv)) break;
                        if (!same(tokens[k].lower, ","sv) || !auxiliaries.count(tokens[k + 1].lower)) continue;
                        predicate appositive;
                        if (find_predicate(tokens, k + 1, std::min(tokens.size(), k + 5), true, appositive) >= 0) c.pred = appositive;
                        break;
                    }
                }
            }
            // a figure that is the subject of a verb of its own ("two others were taken to hospital")
            // says what happened to it, even where no predicate of the lexicon names it: it does not
            // take its whole's or its list's
            const bool own_verb = c.pred.cls.empty() && after_tok < tokens.size() && tokens[after_tok].word &&
                                  auxiliaries.count(tokens[after_tok].lower);
            // a part shares its whole's predicate: "175 exchanged, including 23 wounded"
            if (c.pred.cls.empty() && !c.partitive.empty() && earlier && !own_verb) c.pred = earlier->pred;
            // a verb of its own that no lexicon names is kept as its text, with no class: "About
            // 33,000 people have poured into Burundi", "three people perished", "Around 17 million
            // people do not know where their next meal will come from" (reconcile does not take
            // people of unknown fates for one measure)
            if (c.pred.cls.empty() && c.pred.text.empty() && after_tok < tokens.size() && tokens[after_tok].word) {
                const std::string_view w = tokens[after_tok].lower;
                static const word_set verbs{"remain", "remained", "do", "does", "did", "can", "could", "may", "might",
                                            "must", "face", "faces", "need", "needs", "lack", "lacks", "live", "lives"};
                if (auxiliaries.count(w) || verbs.count(w) || (w.size() > 4 && w.ends_with("ed"sv))) c.pred.text = std::string(w);
            }
            // the subject right before a predicate that precedes the number says whose it is:
            // "Russia launched 145 drones", "Russia attacked Ukraine with 150 drones"
            if (db >= 0 && c.pred.text == before_p.text && same(c.pred.cls, "launched"sv)) {
                std::size_t pred_start = qtok - 1 - static_cast<std::size_t>(db);
                if (pred_start >= 1 && tokens[pred_start - 1].word && tokens[pred_start - 1].capitalised)
                    c.agent = agent_of(tokens[pred_start - 1].lower);
            }
            // the name right before a verb of winning, taking or selling owns the figure after it:
            // "Reform UK won five seats", "the Conservative Party won 121 seats"; a list goes on
            // with the next name, "and the Greens four"
            if (c.agent.empty() && qtok >= 2) {
                static const word_set& verbs = lexicon_words("agent_verbs");
                // "Young finished with 36 points", "Cam Thomas led Brooklyn with 29 points": the subject
                // of the verb before "with"
                if (same(tokens[qtok - 1].lower, "with"sv)) {
                    static const word_set finishing{"finished", "ended", "led", "paced", "closed", "finishes", "leads"};
                    for (std::size_t k = qtok - 1; k > 0 && qtok - 1 - k < 4; --k)
                        if (tokens[k - 1].word && finishing.count(tokens[k - 1].lower)) {
                            c.agent = name_before(tokens, k - 1);
                            break;
                        }
                }
                // (past a record that the figure sets: "Jamison scored a school-record 48 points",
                // "sold a record 22 million")
                std::size_t vtok = qtok - 1;
                if (vtok >= 2 && tokens[vtok].word &&
                    (tokens[vtok].lower.ends_with("record"sv) || tokens[vtok].lower.ends_with("-high"sv) ||
                     tokens[vtok].lower.ends_with("-best"sv)))
                    --vtok;
                if (vtok >= 2 && vtok < qtok - 1 && (same(tokens[vtok].lower, "a"sv) || same(tokens[vtok].lower, "the"sv)))
                    --vtok;
                if (vtok != qtok - 1 && !verbs.count(tokens[vtok].lower)) vtok = qtok - 1;
                // (past an article: "Alvarez gets a $20 million signing bonus")
                if (vtok == qtok - 1 && vtok >= 2 &&
                    (same(tokens[vtok].lower, "a"sv) || same(tokens[vtok].lower, "an"sv) || same(tokens[vtok].lower, "the"sv)) &&
                    verbs.count(tokens[vtok - 1].lower))
                    --vtok;
                if (c.agent.empty() && tokens[vtok].word && verbs.count(tokens[vtok].lower)) {
                    c.agent = name_before(tokens, vtok);
                    // (past an auxiliary: "Alvarez will receive")
                    static const word_set auxiliary{"will", "would", "could", "has", "have", "had", "also", "is", "was"};
                    if (c.agent.empty() && vtok >= 2 && auxiliary.count(tokens[vtok - 1].lower)) c.agent = name_before(tokens, vtok - 1);
                    // "Cerar's party won 36 seats": the possessor of the subject; "The Democratic
                    // Party of Janez Jansa, 55, won 21 seats": the name before the age
                    if (c.agent.empty() && vtok >= 2 && tokens[vtok - 1].word && !tokens[vtok - 1].capitalised &&
                        tokens[vtok - 2].capitalised && tokens[vtok - 2].lower.ends_with("'s"sv) &&
                        !lex().stopwords.count(tokens[vtok - 1].lower)) {
                        const std::string_view owner = tokens[vtok - 2].lower;
                        c.agent = agent_of(owner.substr(0, owner.size() - 2));
                    }
                    if (c.agent.empty() && vtok >= 4 && same(tokens[vtok - 1].lower, ","sv) &&
                        ascii::is_digit(tokens[vtok - 2].lower[0]) && same(tokens[vtok - 3].lower, ","sv))
                        c.agent = name_before(tokens, vtok - 3);
                    // the subject of a relative clause is what it hangs on: "the Greens, who won 19 seats"
                    if (c.agent.empty() && qtok >= 4 && tokens[qtok - 3].word == false && same(tokens[qtok - 3].lower, ","sv) &&
                        (same(tokens[qtok - 2].lower, "who"sv) || same(tokens[qtok - 2].lower, "which"sv)))
                        c.agent = name_before(tokens, qtok - 3);
                } else if (earlier && !earlier->agent.empty()) {
                    std::size_t k = qtok;
                    const std::string name = name_before(tokens, k);
                    std::size_t first = k;
                    while (first > 0 && tokens[first - 1].word && tokens[first - 1].capitalised) --first;
                    if (first > 0 && same(tokens[first - 1].lower, "the"sv)) --first;
                    if (!name.empty() && first > 0 &&
                        (same(tokens[first - 1].lower, "and"sv) || same(tokens[first - 1].lower, ","sv)))
                        c.agent = name;
                }
            }
            // the subject of a relative clause of having is what it hangs on: "The company, which
            // employs about 72,000 people" and "its engine factory in Bochum, which employs 1,700
            // people" are two owners' staff ("an attack from Russia, which left at least 15 people
            // injured" tells what happened, not whose the people are)
            static const word_set having{"employs", "employed", "employ", "has", "had", "have", "owns", "owned",
                                         "operates", "operated", "runs", "holds", "held", "houses", "housed",
                                         "serves", "served", "counts", "boasts", "produces", "produced", "makes"};
            if (c.agent.empty() && qtok >= 4 && tokens[qtok - 1].word && having.count(tokens[qtok - 1].lower) &&
                same(tokens[qtok - 3].lower, ","sv) &&
                (same(tokens[qtok - 2].lower, "which"sv) || same(tokens[qtok - 2].lower, "who"sv)) && tokens[qtok - 4].word) {
                std::string owner = name_before(tokens, qtok - 3);
                if (owner.empty() && !lex().stopwords.count(tokens[qtok - 4].lower)) owner = lemma_of(tokens[qtok - 4].lower);
                c.agent = std::move(owner);
            }
            // who came to watch: "a crowd of 21,500 watched", "told the audience of about 3,000 people",
            // "in front of 22,000 fans" (what the crowd did next is not what happened to it)
            if ((c.q.kind == quantity_kind::count || c.q.kind == quantity_kind::vague) && qtok >= 2 &&
                (same(tokens[qtok - 1].lower, "of"sv))) {
                static const word_set crowds{"crowd", "audience", "attendance", "gathering", "congregation"};
                const bool crowd = crowds.count(tokens[qtok - 2].lower) != 0;
                const bool in_front = qtok >= 3 && same(tokens[qtok - 2].lower, "front"sv) && same(tokens[qtok - 3].lower, "in"sv);
                if (crowd || in_front) {
                    c.pred = {std::string(tokens[qtok - 2].lower), "attended"};
                    // (in front of a number alone, people: "in front of 8,450 at Baxter Arena" takes
                    // no noun from the figure before)
                    if ((crowd && (c.counted.head.empty() || !same(c.counted.cls, "person"sv))) ||
                        (in_front && (c.counted.head.empty() || c.counted.inherited))) {
                        c.counted = {};
                        c.counted.head = crowd ? std::string(tokens[qtok - 2].lower) : std::string("people");
                        c.counted.lemma = "person";
                        c.counted.cls = "person";
                        c.end = c.q.end;
                    }
                }
            }
            // bail by any of its words: "set bail at $250,000", "held on $500,000 bond", "a $1 million
            // bail" (a kind of sum, money_kinds.tsv: what was done with it says nothing more)
            // ("Bond for Banks is $500,000": the word a few words back, in the clause)
            if (c.q.kind == quantity_kind::money && c.attribute.empty()) {
                // (a bond is bail, not a debt sold: "held on a $500,000 cash bond", "Bond was set at
                // $250,000"; not "bond issuance of $5 billion")
                static const word_set debt{"issuance", "issue", "issues", "sale", "sales", "yields", "yield", "market",
                                           "markets", "fund", "funds", "program", "programme", "purchases", "buying",
                                           "offering", "rating", "ratings", "auction", "holdings"};
                auto bail_word = [&](std::string_view w) {
                    if (same(w, "bail"sv)) return true;
                    if (!same(w, "bond"sv) && !same(w, "bonds"sv)) return false;
                    const std::size_t at = static_cast<std::size_t>(w.data() - d.lower.data()) + w.size();
                    return !debt.count(word_after(d, at, s.end));
                };
                bool bail = false;
                for (std::size_t k = qtok; !bail && k > 0 && qtok - k < 4 && tokens[k - 1].word; --k) bail = bail_word(tokens[k - 1].lower);
                if (bail) {
                    c.attribute = "bail";
                    c.pred = {};
                }
            }
            // a sum named by the noun right after it: "a $20 million signing bonus", "held on a
            // $500,000 cash bond", "a $390 million break-up fee" (sum_nouns.tsv)
            if (c.q.kind == quantity_kind::money && c.attribute.empty()) {
                static const auto& nouns = lexicon_map("sum_nouns");
                const std::size_t after = token_at(tokens, c.q.end);
                std::string phrase;
                const std::string* kind = nullptr;
                for (std::size_t n = 0; n < 2 && after + n < tokens.size() && tokens[after + n].word; ++n) {
                    if (n) phrase += ' ';
                    phrase.append(tokens[after + n].lower);
                    if (const auto it = nouns.find(phrase); it != nouns.end()) kind = &it->second;
                }
                if (kind) {
                    c.attribute = *kind;
                    if (same(*kind, "bail"sv)) c.pred = {};
                }
            }
            // the value of things a verb took, seized or destroyed: "stole jewels worth 85 million
            // euros", "seized cocaine worth an estimated $12 million", "took about 10 million euros'
            // worth of jewelry" (a deal's, a contract's or an offer's worth is a sum someone agreed:
            // whose it is says which)
            if (c.q.kind == quantity_kind::money && c.attribute.empty()) {
                static const word_set agreed{"deal", "deals", "contract", "contracts", "offer", "offers", "package",
                                             "agreement", "bid", "order", "orders", "stake", "loan", "loans", "grant",
                                             "aid", "investment", "bond", "bonds", "shares", "assets", "project",
                                             "projects", "pact", "accord", "extension", "sale", "takeover", "merger"};
                static const word_set loose{"an", "estimated", "about", "some", "around", "approximately", "nearly",
                                            "almost", "roughly", "over", "more", "than", "up", "to", "at", "least", "a"};
                auto noun = [&](std::size_t k) {
                    return k < tokens.size() && tokens[k].word && !tokens[k].capitalised && !ascii::is_digit(tokens[k].lower[0]) &&
                           !lex().stopwords.count(tokens[k].lower) && !agreed.count(tokens[k].lower);
                };
                std::size_t k = qtok;
                while (k > 0 && qtok - k < 4 && tokens[k - 1].word && loose.count(tokens[k - 1].lower)) --k;
                std::string of;
                if (k >= 2 && same(tokens[k - 1].lower, "worth"sv) && noun(k - 2)) of = lemma_of(tokens[k - 2].lower);
                const std::size_t after = token_at(tokens, c.q.end);
                if (of.empty() && after + 2 < tokens.size() &&
                    (same(tokens[after].lower, "worth"sv) || same(tokens[after].lower, "'"sv)) ) {
                    std::size_t w = same(tokens[after].lower, "'"sv) ? after + 1 : after;
                    if (w + 2 < tokens.size() && same(tokens[w].lower, "worth"sv) && same(tokens[w + 1].lower, "of"sv) && noun(w + 2))
                        of = lemma_of(tokens[w + 2].lower);
                }
                // (the value, as "a street value of £250,000" is: the things valued are told in many
                // words, "drugs", "companies, apartments and bank accounts")
                if (!of.empty()) c.attribute = "value";
            }
            // places a figure spread over are its extent, not what happened: "killing at least 34
            // people in five states", "68 tornadoes across six states"
            static const word_set regions{"state", "country", "county", "province", "district", "region", "city",
                                          "town", "village", "municipality", "continent", "territory"};
            if (regions.count(c.counted.lemma) && qtok >= 1 && !c.pred.cls.empty()) {
                static const word_set over{"in", "across", "over", "throughout", "from"};
                if (over.count(tokens[qtok - 1].lower)) c.pred = {};
            }
            // places a figure was spread over, with "over" read as its "more than": "337 drones were
            // shot down over 10 Russian regions" (over is where, not how many)
            if (regions.count(c.counted.lemma) && c.q.qualified && c.q.qual == qualifier::more_than &&
                qtok < tokens.size() && same(tokens[qtok].lower, "over"sv)) {
                c.pred = {};
                c.q.qual = qualifier::exact;
                c.q.qualified = false;
            }
            // a group of N is N of the group's members: "221 passengers and a crew of twenty-eight",
            // "a team of 12 climbers" (not the noun of the figure before)
            if ((c.q.kind == quantity_kind::count || c.q.kind == quantity_kind::vague) && qtok >= 2 &&
                same(tokens[qtok - 1].lower, "of"sv) &&
                (c.counted.head.empty() || c.counted.inherited || c.counted.head.ends_with("ed"))) {
                static const word_set groups{"crew", "team", "staff", "workforce", "contingent", "delegation", "squad",
                                             "force", "garrison", "party", "group", "band", "gang", "family"};
                if (groups.count(tokens[qtok - 2].lower)) {
                    predicate unused;
                    c.counted = read_counted(tokens, qtok - 2, c.q, unused);
                    c.counted.begin = c.counted.end = 0;
                    c.end = c.q.end;
                    if (c.counted.head.empty()) c.counted.head = std::string(tokens[qtok - 2].lower);
                    if (c.counted.lemma.empty()) c.counted.lemma = c.counted.head;
                }
            }
            // what was bought for a sum is whose the sum is: "agreed to buy Texas start-up Lumisil for
            // $400 million", "AMD to buy SeaMicro for $334 million", "Lumisil will be acquired by
            // Harborview for $420 million" (the thing bought, named before "for"; or the subject of the
            // passive)
            if (c.q.kind == quantity_kind::money && c.agent.empty() && (same(c.pred.cls, "acquired"sv) || c.pred.cls.empty()) &&
                qtok >= 3 && same(tokens[qtok - 1].lower, "for"sv)) {
                static const word_set buying{"buy", "buys", "bought", "buying", "acquire", "acquires", "acquired", "acquiring",
                                             "purchase", "purchases", "purchased", "purchasing"};
                // and the verbs of two words: "picking up Lumisil for $400 million", "snapped up",
                // "take over" (the particle's token; the verb before it)
                static const word_set phrasal{"picking", "picked", "picks", "pick", "snapping", "snapped", "snaps", "snap",
                                              "taking", "took", "takes", "take"};
                auto buys_at = [&](std::size_t k) {  // tokens[k] ends a verb of buying
                    if (!tokens[k].word) return false;
                    if (buying.count(tokens[k].lower)) return true;
                    const bool particle = same(tokens[k].lower, "up"sv) || same(tokens[k].lower, "over"sv);
                    return particle && k > 0 && phrasal.count(tokens[k - 1].lower) &&
                           (same(tokens[k].lower, "up"sv) ? !tokens[k - 1].lower.starts_with("t") : tokens[k - 1].lower.starts_with("t"));
                };
                std::size_t v = qtok - 1;
                while (v > 0 && qtok - 1 - v < 10 && !buys_at(v - 1)) --v;
                if (v > 0 && buys_at(v - 1) && c.pred.cls.empty())
                    c.pred = {buying.count(tokens[v - 1].lower) ? std::string(tokens[v - 1].lower)
                                                                 : std::string(tokens[v - 2].lower) + " " + std::string(tokens[v - 1].lower),
                              "acquired"};
                if (v > 0 && buys_at(v - 1)) {
                    const std::size_t verb = v - 1;
                    if (verb + 1 < qtok - 1 && same(tokens[verb + 1].lower, "by"sv)) {
                        // the passive: the subject before "(will) be acquired"
                        std::size_t k = verb;
                        static const word_set linking{"is", "was", "be", "been", "being", "will", "would", "to", "has", "had", "have"};
                        while (k > 0 && tokens[k - 1].word && linking.count(tokens[k - 1].lower)) --k;
                        c.agent = name_before(tokens, k);
                    } else {
                        // the last name between the verb and "for", else the name right after the verb
                        // ("acquire Lumisil, an Austin chip designer, for $420 million")
                        c.agent = name_before(tokens, qtok - 1);
                        for (std::size_t k = verb + 1; c.agent.empty() && k < qtok - 1 && k < verb + 5; ++k) {
                            if (!tokens[k].word) break;
                            if (!tokens[k].capitalised) continue;
                            std::size_t e = k;
                            while (e < qtok - 1 && e < k + 4 && tokens[e].word && tokens[e].capitalised) ++e;
                            c.agent = name_before(tokens, e);
                        }
                    }
                }
            }
            // and a sum paid "for" a named thing is that thing's: "AMD will pay $334 million in cash
            // and stock for SeaMicro" (the payer is the story's buyer either way)
            if (c.q.kind == quantity_kind::money && (same(c.pred.cls, "paid"sv) || same(c.pred.cls, "acquired"sv) || c.pred.cls.empty())) {
                const std::size_t after = token_at(tokens, c.end);
                for (std::size_t k = after; k + 1 < tokens.size() && k < after + 6; ++k) {
                    if (!tokens[k].word) break;
                    if (same(tokens[k].lower, "for"sv) && tokens[k + 1].capitalised) {
                        std::size_t e = k + 1;
                        while (e < tokens.size() && e < k + 5 && tokens[e].word && tokens[e].capitalised) ++e;
                        const std::string target = name_before(tokens, e);
                        if (!target.empty()) {
                            c.agent = target;
                            if (c.pred.cls.empty()) c.pred = {"pay", "paid"};
                        }
                        break;
                    }
                }
            }
            // a price, and the name it is the price of: "The Orbit X is priced at €1,099", "the Orbit X
            // will retail for $999", "The Orbit X costs $999" (a price of something unnamed, "the base
            // model starts at $799", has no owner: it is listed, not compared)
            if (c.q.kind == quantity_kind::money && qtok >= 2) {
                static const word_set with_prep{"priced", "retail", "retails", "retailing", "sell", "sells", "selling",
                                                "starts", "start", "starting"};
                static const word_set bare{"costs", "cost"};
                std::size_t v = qtok - 1;  // the verb's token
                const bool prep = same(tokens[v].lower, "at"sv) || same(tokens[v].lower, "for"sv) || same(tokens[v].lower, "from"sv);
                if (prep) --v;
                if (tokens[v].word && (prep ? with_prep.count(tokens[v].lower) : bare.count(tokens[v].lower))) {
                    c.pred = {std::string(tokens[v].lower), "priced"};
                    static const word_set linking{"is", "are", "was", "were", "will", "would", "be", "been", "to", "expected", "set", "now"};
                    std::size_t k = v;
                    while (k > 0 && tokens[k - 1].word && linking.count(tokens[k - 1].lower)) --k;
                    if (c.agent.empty()) c.agent = name_before(tokens, k);
                }
            }
            // a state word read as the counted thing counts people in that state: "leaving about 30
            // missing", "left 12 dead" (the word says what happened to them, whatever verb came before)
            if (!c.counted.inherited && !c.counted.head.empty() && c.counted.modifiers.empty() && c.partitive.empty() &&
                (c.q.kind == quantity_kind::count || c.q.kind == quantity_kind::vague)) {
                static const word_set states{"missing", "dead", "injured", "wounded", "hurt", "killed", "displaced", "evacuated",
                                             "rescued", "arrested", "detained", "homeless", "stranded", "trapped"};
                if (states.count(c.counted.head)) {
                    static const auto& preds = lexicon_pairs("predicates");
                    if (auto it = preds.find(std::string_view(c.counted.head)); it != preds.end()) {
                        c.pred = {c.counted.head, it->second};
                        c.counted.lemma = c.counted.cls = "person";
                    }
                }
            }
            // a figure a source puts on a number said before restates that number: "Hundreds of
            // residents were evacuated; officials put the number at 650", "police estimated the
            // total at 45,000" (the nearest earlier figure of this sentence or the one before that
            // counts something that happened)
            if (c.counted.head.empty() && c.pred.cls.empty() && qtok >= 4 && same(tokens[qtok - 1].lower, "at"sv)) {
                static const word_set putting{"put", "puts", "putting", "estimated", "estimates", "estimating", "pegged", "pegs",
                                              "placed", "places", "set", "sets"};
                static const word_set numbers{"number", "figure", "total", "count", "tally"};
                bool restated = false;
                for (std::size_t k = qtok - 1; k > 0 && qtok - k < 5 && !restated; --k)
                    if (numbers.count(tokens[k - 1].lower))
                        for (std::size_t v = k - 1; v > 0 && k - v < 4 && !restated; --v) restated = putting.count(tokens[v - 1].lower) > 0;
                if (restated) {
                    const claim* said = nullptr;
                    // (the nearest few: a sentence of thousands of figures is read in linear time)
                    for (std::size_t j = out.size() - 1, looked = 0; j-- > 0 && !said && looked++ < 64;) {
                        if (out[j].sentence + 1 < out.back().sentence) break;
                        if (!out[j].counted.head.empty() && !out[j].pred.cls.empty()) said = &out[j];
                    }
                    if (said) {
                        c.counted = said->counted;
                        c.counted.inherited = true;
                        c.counted.begin = c.counted.end = 0;
                        c.pred = said->pred;
                    }
                }
                // "Organisers put the crowd at 30,000", "police estimated the crowd at 7,000": the
                // people who came
                static const word_set crowds{"crowd", "crowds", "attendance", "audience", "gathering"};
                bool crowd = false;
                for (std::size_t k = qtok - 1; k > 0 && qtok - k < 4 && !crowd && !restated; --k)
                    if (crowds.count(tokens[k - 1].lower))
                        for (std::size_t v = k - 1; v > 0 && k - v < 3 && !crowd; --v) crowd = putting.count(tokens[v - 1].lower) > 0;
                if (crowd) {
                    c.counted = {};
                    c.counted.head = "crowd";
                    c.counted.lemma = "person";
                    c.counted.cls = "person";
                    c.pred = {"crowd", "attended"};
                }
            }
            // a noun that names what happened to whom it counts: "caused 45 deaths" are 45 people
            // killed, "500 layoffs" and "24,600 job cuts" are jobs cut (fate_nouns.tsv); a list
            // member's own noun says it, not the first member's verb ("3 deaths and 12 injuries")
            // (the noun says it over any verb: "buried the village ... caused 45 deaths" are no
            // deaths buried, the verb before a fate noun is a light one, "caused", "reported")
            bool by_fate = false;
            if (!c.counted.lemma.empty() && !c.counted.inherited) {
                struct fate {
                    std::string cls, pred;
                    std::vector<std::string> verbs;  ///< the verbs one must follow (none: any)
                };
                static const std::unordered_map<std::string, fate> fates = [] {
                    std::unordered_map<std::string, fate> m;
                    for (const auto& r : lexicon("fate_nouns").rows) {
                        if (r.size() < 3) continue;
                        fate f{r[1], r[2], {}};
                        if (r.size() >= 4)
                            for (std::size_t b = 0; b < r[3].size();) {
                                std::size_t e = r[3].find(',', b);
                                if (e == std::string::npos) e = r[3].size();
                                f.verbs.push_back(r[3].substr(b, e - b));
                                b = e + 1;
                            }
                        m.emplace(r[0], std::move(f));
                    }
                    return m;
                }();
                auto it = fates.find(c.counted.lemma);
                if (it == fates.end() && !c.counted.modifiers.empty())
                    it = fates.find(c.counted.modifiers.back() + " " + c.counted.lemma);
                if (it != fates.end() && !it->second.verbs.empty()) {
                    const bool after_verb = qtok >= 1 && tokens[qtok - 1].word &&
                                            std::find(it->second.verbs.begin(), it->second.verbs.end(), tokens[qtok - 1].lower) !=
                                                it->second.verbs.end();
                    if (!after_verb) it = fates.end();
                }
                if (it != fates.end()) {
                    c.pred = {c.counted.head, it->second.pred};
                    c.counted.cls = it->second.cls;
                    by_fate = true;
                }
            }
            // list members share what the first member says: "launched 145 drones, two missiles and four ..."
            if (earlier) {
                const claim& prev = *earlier;
                bool list = true;
                for (std::size_t k = token_at(tokens, prev.end); k < qtok && list; ++k)
                    list = (!tokens[k].word && !same(tokens[k].lower, ";"sv)) || same(tokens[k].lower, "and"sv) || same(tokens[k].lower, "or"sv);  // (";" ends a list: "killing 12; about 30 missing")
                // (a member with a past participle of its own right after its noun is a clause of
                // its own: "Mine blast kills 15, 11 miners trapped"; one of an agent is the list's
                // member still, "shot down 57 drones, 12 missiles launched by Russia", as one with
                // a participle in -ing, which tells of the noun: "four missiles targeting Kyiv")
                // (nor one with a verb of its own: "At least 81 people were injured, including 22
                // police officers, and 11 people were arrested")
                const bool own_participle =
                    (da == 0 && !c.pred.cls.empty() && c.pred.text == after_p.text && after_tok < tokens.size() &&
                     !tokens[after_tok].lower.ends_with("ing"sv) &&
                     !(after_tok + 1 < tokens.size() && same(tokens[after_tok + 1].lower, "by"sv)) &&
                     !(after_tok + 2 < tokens.size() && same(tokens[after_tok + 2].lower, "by"sv))) ||
                    (da >= 0 && !c.pred.cls.empty() && c.pred.text == after_p.text && after_tok < tokens.size() &&
                     auxiliaries.count(tokens[after_tok].lower));
                if (list && db < 0 && !prev.pred.cls.empty() && !own_verb && !by_fate && !own_participle) {
                    c.pred = prev.pred;
                    if (c.agent.empty()) c.agent = prev.agent;
                }
                // a bare member shares the first member's unit: "Two aftershocks, magnitude 2.9 and 2.2"
                if (list && !own_verb && c.counted.head.empty() && c.q.unit.empty() && c.q.kind == quantity_kind::count &&
                    !prev.q.unit.empty() && prev.q.kind == quantity_kind::measure && c.q.has_decimal == prev.q.has_decimal) {
                    c.q.unit = prev.q.unit;
                    c.q.dimension = prev.q.dimension;
                    c.q.kind = prev.q.kind;
                }
                if (c.counted.head.empty() && !prev.counted.head.empty() && c.q.unit.empty() &&
                    c.q.kind == quantity_kind::count) {
                    // a part "of them" is of the things counted, not of the places they were spread
                    // over: "337 drones were shot down over 10 Russian regions overnight, 91 of them
                    // over the Moscow region" (91 drones)
                    // (nor of a part a list includes: "killed at least 14 people, including three
                    // children, and injured 50 others" are 50 people)
                    const claim* whole = &prev;
                    auto included = [](const claim& x) {
                        return same(x.partitive, "including"sv) || same(x.partitive, "among them"sv) || same(x.partitive, "among"sv);
                    };
                    if ((!c.partitive.empty() && same(prev.counted.cls, "place"sv)) || included(prev))
                        for (std::size_t j = out.size() - 2, looked = 0; j-- > prior && looked++ < 16;)
                            if (!out[j].counted.head.empty() && !same(out[j].counted.cls, "place"sv) && !included(out[j])) {
                                whole = &out[j];
                                break;
                            }
                    // the hurt and the dead are people, not the weapons before them: "Russia fires 12
                    // missiles, injuring 5"
                    static const word_set weapons{"missile", "drone", "rocket", "shell", "bomb", "munition", "projectile"};
                    const bool harm = same(c.pred.cls, "injured"sv) || same(c.pred.cls, "killed"sv);
                    // a margin is no more of them: "three abstentions, just two above the absolute
                    // majority of 176 deputies"
                    static const word_set margins{"above", "below", "short", "shy", "beyond"};
                    const std::string_view after_word = word_after(d, c.q.end, s.end);
                    if (margins.count(after_word) && c.attribute.empty()) {
                        c.attribute = "margin";
                    } else if (harm && weapons.count(whole->counted.cls)) {
                        c.counted = {};
                        c.counted.head = "people";
                        c.counted.lemma = "person";
                        c.counted.cls = "person";
                        c.counted.inherited = true;
                    } else {
                        c.counted = whole->counted;
                        c.counted.inherited = true;
                        c.counted.begin = c.counted.end = 0;
                        // fewer of them, of whom the clause tells no verb of the whole's, are a part of
                        // them: "The factory employs about 3,000 workers, and around 600 were on the
                        // night shift" (600 of the 3,000)
                        if (c.partitive.empty() && c.pred.cls.empty() && !whole->pred.cls.empty() && whole->partitive.empty() &&
                            c.q.kind == whole->q.kind && c.q.value < whole->q.value && !c.q.range_high && !whole->q.range_high)
                            c.partitive = "of them";
                        // the members of a list set off by a dash or a bracket right after a total are
                        // its parts: "scored three knockdowns - one in the fourth round and two in the
                        // ninth" (and the next member after the first)
                        if (c.partitive.empty() && c.q.kind == whole->q.kind && whole->end <= c.q.begin && c.q.begin - whole->end < 40) {
                            const std::string_view between(d.text.data() + whole->end, c.q.begin - whole->end);
                            const bool set_off = between.find(" - "sv) != std::string_view::npos || between.find("\u2013"sv) != std::string_view::npos ||
                                                 between.find("\u2014"sv) != std::string_view::npos || between.find('(') != std::string_view::npos;
                            if ((set_off && whole->partitive.empty() && c.q.value < whole->q.value) ||
                                (same(whole->partitive, "of them"sv) && whole->counted.inherited && !set_off))
                                c.partitive = "of them";
                        }
                        if (whole != &prev && c.pred.cls.empty()) c.pred = whole->pred;
                    }
                }
            }
            // whose offer or payment (its predicate may come from the list it is in): the name right
            // before the verb that opens the figure's clause
            // ("the Boston Red Sox have made Teixeira an eight-year, $200 million offer", "the
            // Nationals have offered Teixeira ... $160 million"), looking back past verbs with no
            // name before them ("an eight-year offer")
            if (c.agent.empty() && c.q.kind == quantity_kind::money &&
                (same(c.pred.cls, "offered"sv) || same(c.pred.cls, "paid"sv))) {
                static const word_set& verbs = lexicon_words("payer_verbs");
                static const word_set before_verb{"have", "has", "had", "will", "would", "reportedly", "also", "already"};
                for (std::size_t k = qtok, looked = 0; k > 0 && looked < 16; --k, ++looked) {
                    const token& t = tokens[k - 1];
                    if (same(t.lower, "and"sv) || same(t.lower, "but"sv) || same(t.lower, "while"sv) || same(t.lower, ";"sv) ||
                        same(t.lower, "\""sv))
                        break;
                    if (!t.word || !verbs.count(t.lower)) continue;
                    std::size_t j = k - 1;
                    while (j > 0 && tokens[j - 1].word && before_verb.count(tokens[j - 1].lower)) --j;
                    if (j > 0 && tokens[j - 1].word && tokens[j - 1].capitalised) {
                        c.agent = agent_of(tokens[j - 1].lower);
                        break;
                    }
                }
            }
            bool per_side = false;
            // a verb of harm and its object, then "to death" or "dead": "stabbed two friends to
            // death", "shot two men dead"
            if (qtok >= 1 && after_tok < tokens.size()) {
                static const word_set harm{"stabbed", "shot", "beat", "beaten", "hacked", "gunned", "bludgeoned", "clubbed",
                                           "strangled", "burned", "burnt", "kicked", "stoned", "crushed", "trampled"};
                const bool dead = same(tokens[after_tok].lower, "dead"sv) ||
                                  (after_tok + 1 < tokens.size() && same(tokens[after_tok].lower, "to"sv) &&
                                   same(tokens[after_tok + 1].lower, "death"sv));
                if (dead && harm.count(tokens[qtok - 1].lower)) {
                    c.pred.text = std::string(tokens[qtok - 1].lower) + (same(tokens[after_tok].lower, "dead"sv) ? " dead" : " to death");
                    c.pred.cls = "killed";
                }
            }
            // a count in a relative clause on a named person is that person's: "said director
            // Michael Trent, who cast him in two films" (not the actor's career's more than 60 films)
            if (c.agent.empty() && c.pred.cls.empty() && c.q.kind == quantity_kind::count && qtok >= 4) {
                static const word_set speech{"said", "says", "told", "added", "reported", "estimated", "warned", "wrote"};
                for (std::size_t k = qtok; k >= 3 && qtok - k < 8; --k) {
                    const std::string_view w = tokens[k - 1].lower;
                    if (!tokens[k - 1].word || speech.count(w)) break;
                    if (same(w, "who"sv) && same(tokens[k - 2].lower, ","sv) && tokens[k - 3].capitalised) {
                        std::string name = name_before(tokens, k - 2);
                        drop_titles(name);
                        if (!name.empty()) {
                            // (a speaker's own count, told of the speaker after "said": "said director
                            // Michael Trent, who cast him in two films", not the story's)
                            std::size_t b = k - 3;
                            while (b > 0 && tokens[b - 1].word && (tokens[b - 1].capitalised || !speech.count(tokens[b - 1].lower)) &&
                                   k - 3 - b < 5)
                                --b;
                            if (b > 0 && speech.count(tokens[b - 1].lower)) c.subgroup = "speaker's";
                            c.agent = std::move(name);
                        }
                        break;
                    }
                }
            }
            // a swap two sides made, told without "each", counts both sides' prisoners: "Russia and
            // Ukraine swapped 410 prisoners of war" (205 each)
            if (same(c.pred.cls, "exchanged"sv) && qtok >= 4) {
                static const word_set swaps{"swapped", "exchanged", "traded", "swap", "swaps", "exchange", "exchanges", "trade", "trades"};
                std::size_t v = qtok;
                while (v > 0 && qtok - v < 3 && !swaps.count(tokens[v - 1].lower)) --v;
                if (v > 0 && swaps.count(tokens[v - 1].lower)) {
                    bool sides = false, each = false;
                    for (std::size_t k = v - 1; k > 1 && v - 1 - k < 6; --k) {
                        // (a headline's comma: "Russia, Ukraine exchange 190 POWs")
                        if (k == 2 && sentence_index == 0 && same(tokens[1].lower, ","sv) && tokens[0].capitalised && tokens[2].capitalised)
                            sides = true;
                        if (!tokens[k - 1].word) break;
                        if (same(tokens[k - 1].lower, "each"sv)) each = true;
                        if (same(tokens[k - 1].lower, "and"sv) && tokens[k].capitalised && tokens[k - 2].capitalised) sides = true;
                    }
                    for (std::size_t k = qtok; k < tokens.size() && k < after_tok + 3; ++k)
                        if (same(tokens[k].lower, "each"sv)) each = true;
                    if (sides && !each) c.aggregate = true;
                }
            }
            c.where = read_scope(tokens, after_tok, per_side);  // (c.end is as after_tok was found)
            // a player's count over so many games is that span's: "scored 11 goals in 29 league
            // games last season", "38 in 121 matches" (not a career's)
            if (after_tok + 2 < tokens.size() && same(tokens[after_tok].lower, "in"sv) && !tokens[after_tok + 1].lower.empty() &&
                ascii::is_digit(tokens[after_tok + 1].lower[0])) {
                static const word_set spans{"games", "matches", "appearances", "starts", "outings", "fights", "bouts", "races"};
                std::size_t g = after_tok + 2;
                if (g + 1 < tokens.size() && !spans.count(tokens[g].lower) && tokens[g].word) ++g;  // ("29 league games")
                if (g < tokens.size() && spans.count(tokens[g].lower)) {
                    c.where = {};
                    c.where.text = "in " + std::string(tokens[after_tok + 1].lower) + " " + std::string(tokens[g].lower);
                    c.where.kind = "span";
                    c.where.key = c.where.text;
                    per_side = false;
                }
            }
            // a night or a morning of a day is that day: "launched 112 drones on the night of April
            // 9" (reconcile drops the article's own day and the day before)
            if (!per_side && c.where.text.starts_with("on the "sv) && after_tok + 5 < tokens.size() &&
                same(tokens[after_tok].lower, "on"sv) && same(tokens[after_tok + 3].lower, "of"sv)) {
                std::size_t past = 0;
                if (part_of_day(tokens[after_tok + 2].lower))
                    if (const int when = date_at(tokens, after_tok + 4, past)) {
                        c.where.kind = "time";
                        c.where.key = date_key(when);
                    }
            }
            // the toll of an event its day names is that day's: "Hamas's Oct. 7 attack on Israel, which
            // killed 1,195 people", "the magnitude 7.7 earthquake that struck central Myanmar on March
            // 28, killing more than 3,700 people" (the day right before the event's noun, or after it
            // in its own clause before the figure; reconcile drops the article's own day)
            if (!per_side && c.where.key.empty() && qtok >= 3 && c.q.kind != quantity_kind::age) {
                static const word_set events{"attack", "attacks", "strike", "strikes", "raid", "assault", "bombing",
                                             "massacre", "earthquake", "quake", "tremor", "storm", "hurricane", "typhoon",
                                             "explosion", "blast", "shooting", "crash", "offensive", "incursion", "rampage"};
                int when = 0;
                // (a day of one or two digits must stand in reach: told by bytes, before any lookup)
                bool day_near = false;
                for (std::size_t k = qtok; k > 0 && qtok - k < 14 && !day_near; --k) {
                    const std::string_view w = tokens[k - 1].lower;
                    day_near = (w.size() == 1 || w.size() == 2) && is_digit(w[0]) && is_digit(w.back());
                }
                for (std::size_t k = qtok; day_near && k > 0 && qtok - k < 14 && !when; --k) {
                    const token& t = tokens[k - 1];
                    if (t.lower == ";"sv || t.lower == "."sv) break;
                    if (!t.word || !events.count(t.lower)) continue;
                    // the day right before the noun: "its Oct. 7 attack", "the 28 March earthquake"
                    std::size_t past = 0;
                    for (std::size_t m = k >= 4 ? k - 4 : 0; m + 2 < k && !when; ++m)
                        if (const int w = date_at(tokens, m, past); w && past == k - 1) when = w;
                    // or "on <day>" between the noun and the figure
                    for (std::size_t j = k; j + 2 < qtok && !when; ++j)
                        if (same(tokens[j].lower, "on"sv) && (when = date_at(tokens, j + 1, past)) && past > qtok) when = 0;
                }
                if (when) {
                    c.where.kind = "time";
                    c.where.key = date_key(when);
                    if (c.where.text.empty()) c.where.text = c.where.key;
                }
            }
            c.per_side = per_side;
            // a rate or a period the sentence sets the figure in: "die in road accidents each year",
            // "over the past week Russia had launched ... more than 670 attack drones" (not over a
            // year or a date the figure names itself)
            if (c.where.kind != "time"sv && !c.per_side && c.q.dimension != "time"sv) {
                if (!periods_read) {
                    periods = find_periods(tokens);
                    periods_read = true;
                }
                if (!periods.empty())
                    if (scope p = period_scope(tokens, periods, qtok, after_tok); !p.key.empty()) c.where = std::move(p);
            }
            // who a vehicle carried were on board, as "with 72 people on board" says: "A small plane
            // carrying 18 people crashed", "The bus had 42 passengers aboard"
            if (c.where.text.empty() && c.q.kind == quantity_kind::count && !c.counted.head.empty()) {
                const bool carrying = qtok >= 1 && (same(tokens[qtok - 1].lower, "carrying"sv) || same(tokens[qtok - 1].lower, "ferrying"sv));
                const bool aboard = after_tok < tokens.size() && (same(tokens[after_tok].lower, "aboard"sv) || same(tokens[after_tok].lower, "onboard"sv));
                if (carrying || aboard) {
                    c.where.text = "on board";
                    c.where.kind = "side";
                }
            }
            // a vehicle someone fled or hid a thing in is no place ("four men had been seen fleeing in
            // a dark Audi estate", "200 kg of explosives had been hidden in a pickup truck"), nor the
            // jail a sum of bail holds someone in ("held on $1.5 million bond in the Jasper County Jail")
            if (!c.where.text.empty() && same(c.where.kind, "place"sv)) {
                const std::string_view w = c.where.text;
                const std::size_t sp = w.rfind(' ');
                const std::string_view last = sp == std::string_view::npos ? w : w.substr(sp + 1);
                static const word_set vehicles{"car", "truck", "van", "pickup", "suv", "sedan", "estate", "vehicle",
                                               "hatchback", "motorbike", "motorcycle", "taxi", "minibus", "jeep",
                                               "lorry", "saloon", "coupe", "scooter", "parked"};
                static const word_set jails{"jail", "prison", "custody", "detention", "lockup", "gaol"};
                const bool indefinite = w.starts_with("in a "sv) || w.starts_with("in an "sv) || w.starts_with("into a "sv);
                // ("parked": "in a pickup truck parked at the market gate")
                if ((indefinite && vehicles.count(last)) ||
                    (c.q.kind == quantity_kind::money && jails.count(last)))
                    c.where = {};
            }
            // "Russia and Ukraine each freed 175 POWs": "each" before the verb shares the figure out
            // among the parties, as "175 each" does
            if (c.where.text.empty() && !c.per_side) {
                for (std::size_t k = qtok, looked = 0; k > 0 && looked < 3; --k, ++looked) {
                    const token& t = tokens[k - 1];
                    if (!t.word || ascii::is_digit(t.lower[0])) break;
                    // (and "both parties securing 58 seats": what each of the two took)
                    if (same(t.lower, "each"sv) ||
                        (same(t.lower, "both"sv) && k < qtok && tokens[k].word && tokens[k].lower.ends_with("s"sv))) {
                        c.where.text = "each";
                        c.where.kind = "side";
                        c.where.key = "per side";
                        c.per_side = true;
                        break;
                    }
                }
            }
            // a place that opens the figure's clause scopes it: "In Ballia district alone, 34 people
            // died", "while in Bihar at least 44 people died", "in the Pine Grove neighborhood,
            // where 45 homes were lost" (a part of a toll, told apart by its place)
            if (c.where.text.empty() && !c.per_side) {
                if (scope fronted = scope_before(tokens, qtok); !fronted.key.empty()) c.where = fronted;
            }
            // and the place a clause says was hit hardest, for the figure its "with" gives:
            // "Arkansas was hit hardest, with 11 deaths" ("the worst affected", "hardest hit")
            if (c.where.text.empty() && !c.per_side && qtok >= 6 && same(tokens[qtok - 1].lower, "with"sv) &&
                same(tokens[qtok - 2].lower, ","sv)) {
                std::size_t e = qtok - 2;  // the words before the comma: "... was hit hardest"
                static const word_set most{"hardest", "worst", "most", "badly"};
                static const word_set hit{"hit", "affected", "damaged"};
                bool said = false;
                if (e >= 2 && ((most.count(tokens[e - 1].lower) && hit.count(tokens[e - 2].lower)) ||
                               (hit.count(tokens[e - 1].lower) && most.count(tokens[e - 2].lower)))) {
                    e -= 2;
                    if (e >= 1 && same(tokens[e - 1].lower, "the"sv)) --e;
                    said = e >= 2 && (same(tokens[e - 1].lower, "was"sv) || same(tokens[e - 1].lower, "were"sv));
                    if (said) --e;
                }
                // (the place: the clause's first words, all capitalised)
                // (or their place noun: "Sindh province")
                static const word_set kinds{"province", "state", "county", "district", "region", "city", "island", "area"};
                std::size_t b = e;
                if (b > 1 && kinds.count(tokens[b - 1].lower) && tokens[b - 2].capitalised) --b;
                while (b > 0 && e - b < 4 && tokens[b - 1].word && tokens[b - 1].capitalised) --b;
                const bool opens = b == 0 || same(tokens[b - 1].lower, ","sv) || same(tokens[b - 1].lower, ";"sv);
                if (said && b < e && opens) {
                    // (the place's words, its kind left out of the key as a scope's are: "in sindh
                    // province" keys "sindh")
                    std::string text = "in", key;
                    for (std::size_t k = b; k < e; ++k) {
                        text += ' ';
                        text += tokens[k].lower;
                        if (kinds.count(tokens[k].lower)) continue;
                        if (!key.empty()) key += ' ';
                        key += tokens[k].lower;
                    }
                    if (!key.empty() && !lex().name_stopwords.count(key)) {
                        c.where = {};
                        c.where.text = std::move(text);
                        c.where.kind = "place";
                        c.where.key = std::move(key);
                    }
                }
            }
            // so does a place that opens the sentence, for the figures that name no place of their
            // own: "In Bangladesh, authorities evacuated about 750,000 people from coastal areas"
            if (c.where.key.empty() && !c.per_side && qtok > 2 && same(tokens[0].lower, "in"sv)) {
                std::size_t comma = 1;
                while (comma < qtok && comma < 7 && tokens[comma].word) ++comma;
                if (comma > 1 && comma < qtok && same(tokens[comma].lower, ","sv)) {
                    const std::vector<token> phrase(tokens.begin(), tokens.begin() + static_cast<std::ptrdiff_t>(comma));
                    bool side = false;
                    scope opened = read_scope(phrase, 0, side);
                    if (!side && same(opened.kind, "place"sv) && !opened.key.empty()) c.where = std::move(opened);
                }
            }
            // a phrase with "alone" that opens the clause makes its figures a part of a larger
            // whole when it names no place to scope them by: "On Saturday alone, nine people died"
            // is a day of a toll, not the toll ("In Kursk alone, 35 drones" is scoped by Kursk)
            if (c.where.key.empty() && c.partitive.empty() && !c.per_side) {
                for (std::size_t a = 1; a + 1 < qtok && a < 10; ++a) {
                    if (!same(tokens[a + 1].lower, ","sv)) continue;
                    if (same(tokens[a].lower, "alone"sv)) c.partitive = "alone";
                    break;
                }
            }
            // a bare figure that took an earlier figure's noun speaks of it where that one does:
            // "Police said 57,000 people took part in the Paris march, while the CGT union put the
            // number at 400,000" (the 400,000 marched in Paris too)
            // (a part has a place of its own or none: "of which 78 were shot down" is not "at Ukraine")
            // (a share per side is the earlier figure's own: "each freed 175 POWs, bringing the number
            // ... to more than 4,500")
            // (only by a figure that restates the earlier one's measure: 'killing at least 68' after
            // 'carrying 72 people crashed near the city of Pokhara' is another measure, and a place
            // only it states would keep it from meeting the other reports' toll)
            if (earlier && c.counted.inherited && c.partitive.empty() && c.where.text.empty() && !c.per_side &&
                !earlier->per_side && c.pred.cls == earlier->pred.cls)
                c.where = earlier->where;
            // "bringing the number of Ukrainians returned home since 2022 to more than 4,500", "taking
            // the toll to 57": the figure a running total reaches
            if (word_before_is(d, c.begin, s.begin, "to"sv)) {
                for (std::size_t k = qtok, looked = 0; k > 0 && looked < 16; --k, ++looked) {
                    const std::string_view w = tokens[k - 1].lower;
                    if (same(w, "bringing"sv) || same(w, "taking"sv) || same(w, "raising"sv) || same(w, "pushing"sv) ||
                        same(w, "brings"sv) || same(w, "takes"sv) || same(w, "raises"sv) || same(w, "pushes"sv) ||
                        same(w, "brought"sv) || same(w, "took"sv)) {
                        static const word_set totals{"toll", "total", "number", "count", "tally", "figure", "sum"};
                        for (std::size_t t = k; t < qtok; ++t)
                            if (totals.count(tokens[t].lower)) c.aggregate = true;
                        break;
                    }
                    if (same(w, ";"sv) || same(w, "."sv)) break;
                }
            }
            // driven from home: "forcing more than 300,000 to flee their homes", "driving 350,000
            // from their homes" (the verb stands before the figure, its particle after); and who
            // stay in shelters, a count of another day than those who fled: "around 120,000 remain
            // in evacuation centres"
            if (c.pred.cls.empty() && (c.q.kind == quantity_kind::count || c.q.kind == quantity_kind::vague) && c.q.unit.empty() &&
                (c.counted.head.empty() || same(c.counted.cls, "person"sv))) {
                const std::string_view after = d.lower.substr(c.end, std::min<std::size_t>(40, s.end - c.end));
                auto opens = [&](std::string_view p) { return after.size() > p.size() && after.substr(1, p.size()) == p; };
                if (opens("to flee") || opens("from their homes") || opens("from homes") || opens("out of their homes"))
                    c.pred = {"fled", "displaced"};
                else if (c.where.text.find("evacuation cent") != std::string::npos || c.where.text.find("shelter") != std::string::npos ||
                         c.where.text.find("relief camp") != std::string::npos)
                    c.pred = {"sheltered", "sheltered"};
                if (!c.pred.cls.empty() && c.counted.head.empty()) {
                    c.counted.lemma = c.counted.cls = "person";
                    c.counted.inherited = true;
                }
            }
            describe_measure(tokens, c);
            describe_percent(tokens, c);
            // a tally's first count counts what its second does (read after the sentence): the
            // words after the second are not its own ("a 233-196 vote")
            if (!tallies.empty() && tallies.back().first == c.q.num_begin && c.end > tallies.back().second) {
                c.counted = {};
                c.end = c.q.end;
            }
            i = std::max(c.q.end, c.end) - 1;
        }
        if (slot) out.pop_back();

        if (here.empty()) {
            // no claim: its cues wait until a later claim asks for what they leave
            pending.push_back({sentence_index, false, false, {}});
            pending_limit = s.end + 2;
            ++sentence_index;
            continue;
        }
        // the quotes this sentence reads (gives a speaker, or takes one for its claims) close in
        // it or after it and open before its end (or just past it); a pending sentence names the
        // speaker of a quote that opens in it or closes in it or just past it (quote_steps):
        // when one quote is both, the pending sentences are read first (quotes are in text order
        // and do not nest: the first that closes from here on opens first)
        if (!pending.empty()) {
            bool touched = false;
            for (auto q = std::lower_bound(quotes.begin(), quotes.end(), s.begin,
                                           [](const quote_span& qs, std::size_t p) { return qs.close < p; });
                 !touched && q != quotes.end() && q->open < s.end + 2 && q->open < pending_limit; ++q)
                for (const pending_sentence& p : pending) {
                    if (p.read) continue;
                    const sentence_span& ps = sentences[p.index];
                    if ((q->open >= ps.begin && q->open < ps.end) || (q->close >= ps.begin && q->close < ps.end + 2)) {
                        touched = true;
                        break;
                    }
                }
            if (touched) catch_up();
        }
        // cues of this sentence (and the speakers of the quotes that close or open in it)
        std::vector<cue_match> cues = find_cues(d.text, s.begin, s.end);
        quote_steps(s, cues);

        // partitive figures with no counted thing take their whole's ("35 of those")
        for (auto& c : here)
            if (c.counted.head.empty() && !c.partitive.empty() && prior > 0 && &c == &here.front()) {
                const claim& prev = out[prior - 1];
                if (!prev.counted.head.empty()) {
                    c.counted = prev.counted;
                    c.counted.inherited = true;
                    c.counted.begin = c.counted.end = 0;
                }
            }

        // a paragraph a label sets apart as an earlier story's: "Background: On the night of 23
        // January, Russia launched 4 Kinzhal missiles" ("Previously:", "Reminder:", "Context:")
        {
            const std::string_view open = std::string_view(d.lower).substr(s.begin, std::min<std::size_t>(12, s.end - s.begin));
            if (open.starts_with("background:"sv) || open.starts_with("previously:"sv) || open.starts_with("reminder:"sv) ||
                open.starts_with("context:"sv) || open.starts_with("recall:"sv))
                background_paragraph = s.paragraph;
            if (background_paragraph == s.paragraph)
                for (auto& c : here) c.background = true;
        }
        // a total over several events: "a total of", "in their five operations so far"
        if (!here.empty()) {
            // both lexicons in one read of the sentence: bit 1 aggregates, bit 2 background
            static const phrase_index both = make_phrase_index({"aggregates", "background"});
            const std::string_view low = std::string_view(d.lower).substr(s.begin, s.end - s.begin);
            unsigned found = 0;
            // a background cue reaches the figures of its own clause ("The deal cost AMD $334
            // million ($281M in cash), ... its yearly profits are usually around the $400 million
            // mark": the 400 only); a cue in a clause with no figure reaches them all
            // A cue of sequence ("followed by", "preceded by") does not reach a figure whose noun
            // names its place in the sequence: "It was followed by a 2.9 aftershock" is the story's
            // aftershock, told apart from the quake by its noun, not another event.
            auto names_its_place = [](const claim& c) {
                return same(c.attribute, "aftershock"sv) || same(c.attribute, "foreshock"sv) ||
                       same(c.counted.cls, "aftershock"sv) || same(c.counted.cls, "foreshock"sv);
            };
            // a person's age beside the name is the age now, whatever the clause recalls: "Senator
            // Hollis, 55, entered Parliament 12 years ago" ("then 45" is the age then)
            auto age_now = [&](const claim& c) {
                return c.q.kind == quantity_kind::age && !same(word_before(d, c.q.begin, s.begin), "then"sv) &&
                       !same(word_before(d, c.q.begin, s.begin), "aged"sv);
            };
            // where the sentence's coordinate parts begin (", and", ", but", " but", ", while"), found
            // at the first background or total cue that asks
            std::vector<std::size_t> parts;
            bool parts_made = false;
            auto coordinate_part = [&](std::size_t at) {
                if (!parts_made) {
                    parts_made = true;
                    for (std::size_t k = low.find(' '); k != std::string_view::npos; k = low.find(' ', k + 1)) {
                        const std::string_view rest = low.substr(k + 1);
                        const bool comma = k > 0 && low[k - 1] == ',';
                        if (rest.starts_with("but ") || (comma && (rest.starts_with("and ") || rest.starts_with("while ") ||
                                                                   rest.starts_with("whereas "))))
                            parts.push_back(k);
                    }
                }
                return static_cast<std::size_t>(std::lower_bound(parts.begin(), parts.end(), at) - parts.begin());
            };
            // a change told as "rose to $910 million, or 52 cents a share, from $705 million a year
            // ago" or "rose from 10 to 14": the figure after "from" is the value it started from, no
            // longer the story's; the new level and what stands between it and "from" keep their
            // own, whatever time cue follows the "from" figure (the cue is the old value's)
            // (offset of "from" in low, per claim; left empty, and not read, where no "from" is)
            std::vector<std::size_t> level_until;
            // (a sentence of a few figures: the frames are found by asking the figures of each
            // other, which a sentence of thousands of numbers is not asked)
            if (here.size() <= 24 && low.find("from ") != std::string_view::npos) {
                level_until.assign(here.size(), std::string_view::npos);
                auto starting_at = [&](std::size_t tok) -> claim* {
                    for (auto& c : here)
                        if (token_at(tokens, c.q.begin) == tok) return &c;
                    return nullptr;
                };
                auto ending_at = [&](std::size_t tok) -> const claim* {
                    for (const auto& c : here)
                        if (c.q.begin <= tokens[tok].begin && c.q.end >= tokens[tok].end) return &c;
                    return nullptr;
                };
                // the change verb before token `k` (exclusive): the word itself, or the word before a
                // figure there ("rose 12% to", "rose by 5,000 to")
                // (the verb's token, npos for none)
                auto change_before = [&](std::size_t k) -> std::size_t {
                    if (k == 0) return std::string_view::npos;
                    // (the verb, or the verb of a short object: "raised its estimate of the dead to 300")
                    for (std::size_t j = k; j > 0 && k - j < 6 && tokens[j - 1].word && !ascii::is_digit(tokens[j - 1].lower[0]); --j)
                        if (change_verb(tokens[j - 1].lower)) return j - 1;
                    const claim* f = ending_at(k - 1);
                    if (!f) return std::string_view::npos;
                    std::size_t b = token_at(tokens, f->q.begin);
                    if (b > 0 && same(tokens[b - 1].lower, "by"sv)) --b;
                    return b > 0 && change_verb(tokens[b - 1].lower) ? b - 1 : std::string_view::npos;
                };
                auto changed_before = [&](std::size_t k) { return change_before(k) != std::string_view::npos; };
                // the token of "from" a claim opens with or follows (npos: none)
                auto from_of = [&](const claim& c) {
                    const std::size_t kb = token_at(tokens, c.q.begin);
                    if (kb < tokens.size() && same(tokens[kb].lower, "from"sv)) return kb;
                    if (kb > 0 && same(tokens[kb - 1].lower, "from"sv)) return kb - 1;
                    return std::string_view::npos;
                };
                for (std::size_t i = 0; i < here.size(); ++i) {
                    claim& c = here[i];
                    const std::size_t f = from_of(c);
                    if (f == std::string_view::npos || !changed_before(f)) continue;
                    c.background = true;  // "rose from 10 to 14"
                    // the new level is what the start was: "The death toll rose from 10 to 14"
                    if (i + 1 < here.size()) {
                        claim& level = here[i + 1];
                        const std::size_t kb = token_at(tokens, level.q.begin);
                        if (kb > 0 && same(tokens[kb - 1].lower, "to"sv) && token_at(tokens, c.q.end) + 1 >= kb &&
                            level.pred.cls.empty() && level.counted.head.empty() && level.attribute.empty()) {
                            level.pred = c.pred;
                            level.attribute = c.attribute;
                            if (!c.counted.head.empty()) {
                                level.counted = c.counted;
                                level.counted.inherited = true;
                                level.counted.begin = level.counted.end = 0;
                            }
                        }
                    }
                }
                for (std::size_t i = 0; i < here.size(); ++i) {
                    const claim& level = here[i];
                    const std::size_t kb = token_at(tokens, level.q.begin);
                    if (kb < 2 || !same(tokens[kb - 1].lower, "to"sv)) continue;
                    const std::size_t verb = change_before(kb - 1);
                    if (verb == std::string_view::npos) continue;
                    for (std::size_t j = token_at(tokens, level.q.end); j + 1 < tokens.size() && j < token_at(tokens, level.q.end) + 14; ++j) {
                        if (same(tokens[j].lower, ";"sv)) break;
                        if (!same(tokens[j].lower, "from"sv)) continue;
                        claim* old = starting_at(j + 1);
                        if (!old) old = starting_at(j);
                        if (!old || old == &level) break;
                        old->background = true;
                        const std::size_t from_at = tokens[j].begin - s.begin;
                        for (std::size_t k = 0; k < here.size(); ++k)
                            // (the change's own size too: "fell 31 percent to $1.6 billion")
                            if (here[k].q.begin >= tokens[verb].begin && here[k].q.begin < tokens[j].begin) level_until[k] = from_at;
                        break;
                    }
                }
            }
            bool whole_sentence = false, whole_by_sequence = true;
            std::vector<std::size_t> aggregate_cues;  // where the sentence's total cues are
            std::vector<std::size_t> marks;  // the sentence's clause marks, found at the first cue
            bool marked = false;
            // the sentence has a figure, so its tokens are there
            for_each_mention(low, s.begin, tokens, both, [&](std::size_t at, unsigned bit) {
                // "the largest prisoner exchange ... since the onset of the conflict", "the
                // deadliest since": a superlative's "since" compares, it sums nothing
                if (bit == 1 && low.substr(at).starts_with("since") && superlative_before(low, at)) return true;
                found |= bit;
                if (bit == 1) aggregate_cues.push_back(at);
                if (bit != 2) return true;
                // "Henry said earlier this week that ... a 10-year deal": when it was said, not
                // when the figure happened
                // "rose 3.2% from a year earlier": the period a change is taken over, not another event
                if (low.substr(at).starts_with("earlier") && at >= 7) {
                    const std::string_view before = low.substr(0, at);
                    // (after the word that takes the period: "A year earlier it earned $4.71 billion"
                    // tells that year's figure)
                    static const word_set taking{"from", "than", "over", "on", "versus", "vs", "vs.", "with"};
                    for (const std::string_view span : {"a year "sv, "a month "sv, "a quarter "sv, "a week "sv, "the year "sv})
                        if (before.ends_with(span) &&
                            taking.count(word_before(d, s.begin + at - span.size(), s.begin)))
                            return true;
                }
                if (low.substr(at).starts_with("earlier") || low.substr(at).starts_with("previously")) {
                    static const word_set& speech = lexicon_words("speech_verbs");
                    if (speech.count(word_before(d, s.begin + at, s.begin))) return true;
                }
                // "since the outbreak began in October", "the outbreak began in October": the month
                // a running story began in, not another event's
                if (low.substr(at).starts_with("in ") && lex().months.count(strip_dot(word_after(d, s.begin + at + 3, s.end)))) {
                    static const word_set starts{"began", "begun", "started", "erupted", "out", "emerged", "since"};
                    std::size_t from = s.begin + at;
                    for (int k = 0; k < 6; ++k) {
                        const std::string_view w = word_before(d, from, s.begin);
                        if (w.empty()) break;
                        if (starts.count(w)) return true;
                        from = static_cast<std::size_t>(w.data() - d.lower.data());
                    }
                }
                // "Kestrel recalled 1.29 million vehicles": a recall of things, not a memory
                if (low.substr(at).starts_with("recalled ")) {
                    std::size_t k = s.begin + at + 9;
                    static const word_set loose{"about", "nearly", "some", "more", "almost", "roughly", "around", "over",
                                                "approximately", "another", "an", "a"};
                    for (int n = 0; n < 2 && loose.count(word_after(d, k, s.end)); ++n) {
                        const std::string_view w = word_after(d, k, s.end);
                        k = static_cast<std::size_t>(w.data() - d.lower.data()) + w.size();
                    }
                    while (k < s.end && d.text[k] == ' ') ++k;
                    if (k < s.end && (is_digit(d.text[k]) || d.text[k] == '$')) return true;
                }
                const bool sequence = low.substr(at).starts_with("followed by") || low.substr(at).starts_with("preceded by");
                const bool month_cue = low.substr(at).starts_with("in ") && lex().months.count(strip_dot(word_after(d, s.begin + at + 3, s.end)));
                if (!marked) {
                    marks = clause_marks(low);
                    marked = true;
                }
                const std::size_t clause = clause_at(marks, at);
                // a cue in a side phrase reaches that phrase's figures only, and no further
                const auto [side_first, side_last] = side_phrase(low, marks, at);
                const bool side = side_first != std::string_view::npos;
                // the span an average is taken over is no average: "has averaged 30 home runs in his
                // six big-league seasons" (the six seasons are his career's, as other reports say)
                const bool average = low.substr(at).starts_with("averag");
                auto span_of_average = [&](const claim& c) {
                    static const word_set spans{"season", "year", "game", "match", "start", "month", "week"};
                    if (!average || !spans.count(c.counted.lemma)) return false;
                    const std::size_t k = token_at(tokens, c.q.begin);
                    for (std::size_t b = k; b > 0 && k - b < 3; --b) {
                        const std::string_view w = tokens[b - 1].lower;
                        if (same(w, "in"sv) || same(w, "over"sv) || same(w, "across"sv) || same(w, "during"sv)) return true;
                    }
                    return false;
                };
                bool any = false;
                for (auto& c : here) {
                    const std::size_t off = c.q.begin - s.begin;
                    if (side ? (off > side_first && off < side_last) : clause_at(marks, off) == clause) {
                        any = true;
                        // (within the clause, the cue's own coordinate part: "knocking out power to 1.1
                        // million customers but sparing New Orleans the catastrophe of three years ago")
                        if (!side && coordinate_part(off) != coordinate_part(at)) continue;
                        // (nor before an "after ...ing" phrase that holds the cue: "Wages increased 4.3%
                        // ... after rising 4.4% in July" recalls July's only)
                        if (off < at) {
                            const std::size_t after = low.substr(off, at - off).find(" after ");
                            if (after != std::string_view::npos) {
                                const std::size_t w = off + after + 7;
                                std::size_t e = w;
                                while (e < low.size() && ascii::is_lower(low[e])) ++e;
                                if (e - w > 4 && low.substr(w, e - w).ends_with("ing")) continue;
                            }
                        }
                        // (a month is the period of a rate, not another event: "Annual inflation slowed
                        // to 2.7 per cent in April", "earnings rose 0.2% in August")
                        if (month_cue && c.q.kind == quantity_kind::percent) continue;
                        // (a new level, for a cue after the value the change started from)
                        if (!level_until.empty())
                            if (const std::size_t until = level_until[static_cast<std::size_t>(&c - here.begin())];
                                until != std::string_view::npos && at > until)
                                continue;
                        if (!(sequence && names_its_place(c)) && !span_of_average(c) && !age_now(c)) c.background = true;
                    }
                }
                if (!any && !side) {
                    whole_sentence = true;
                    whole_by_sequence = whole_by_sequence && sequence;
                }
                return true;
            });
            if (whole_sentence)
                for (auto& c : here)
                    if (!(whole_by_sequence && names_its_place(c)) && !age_now(c)) c.background = true;
            // a month that opens the sentence, with its comma, tells of another day than the
            // story's: "In early March, a gunman shot and wounded three people at a printing
            // facility near Los Angeles" (a report says "on Monday" of its own event)
            // a count since a year that opens the sentence is a count of many events: "Since 2008, more
            // than 800 people have been killed in sectarian violence in the province"
            if (tokens.size() > 4 && same(tokens[0].lower, "since"sv) && is_year(tokens[1].lower)) {
                if (!marked) {
                    marks = clause_marks(low);
                    marked = true;
                }
                const std::size_t clause = clause_at(marks, tokens[2].begin - s.begin + 1);
                for (auto& c : here)
                    if (c.q.kind != quantity_kind::age && clause_at(marks, c.q.begin - s.begin) == clause) c.background = true;
            }
            if (tokens.size() > 4 && same(tokens[0].lower, "in"sv)) {
                std::size_t k = 1;
                if (same(tokens[k].lower, "early"sv) || same(tokens[k].lower, "late"sv) || same(tokens[k].lower, "mid"sv) ||
                    same(tokens[k].lower, "mid-"sv))
                    ++k;
                if (k < tokens.size() && lex().months.count(strip_dot(tokens[k].lower))) {
                    ++k;
                    if (k < tokens.size() && is_year(tokens[k].lower)) ++k;  // (a year does as much: handled with years too)
                    if (k < tokens.size() && same(tokens[k].lower, ","sv)) {
                        if (!marked) {
                            marks = clause_marks(low);
                            marked = true;
                        }
                        const std::size_t clause = clause_at(marks, tokens[k].begin - s.begin + 1);
                        for (auto& c : here)
                            if (c.q.kind != quantity_kind::age && clause_at(marks, c.q.begin - s.begin) == clause) c.background = true;
                    }
                }
            }
            // a "when" clause after a past month or year tells what happened then: "the largest
            // since October, when Microsoft patched 20 flaws in 11 bulletins", "robbed in 2007,
            // when thieves took 10 million euros" (a weekday or a date is the story's own day)
            for (std::size_t at = low.find(", when "); at != std::string_view::npos; at = low.find(", when ", at + 1)) {
                const std::string_view w = strip_dot(word_before(d, s.begin + at, s.begin));
                // (a year after a day of a month is a date, the story's own day: "a bus crashed on
                // March 3, 2024, when the driver fell asleep, killing 12 people")
                auto dated_day = [&](std::string_view year) {
                    std::size_t p = static_cast<std::size_t>(year.data() - d.lower.data());
                    while (p > s.begin && d.text[p - 1] == ' ') --p;
                    if (p > s.begin && d.text[p - 1] == ',') --p;
                    std::size_t digits = 0;
                    while (p > s.begin && is_digit(d.text[p - 1])) --p, ++digits;
                    return digits >= 1 && digits <= 2;
                };
                bool past = lex().months.count(w) || (is_year(w) && !dated_day(w)) || same(w, "ago"sv) ||
                            ((same(w, "year"sv) || same(w, "month"sv)) && word_before_is(d, static_cast<std::size_t>(w.data() - d.lower.data()), s.begin, "last"sv));
                // or a past event named by its year: "memories of the November 2021 disaster in
                // Ikoyi, when a tower fell and killed 45 people" (the year after "the", a month
                // between them or not, within the six words before the comma)
                for (std::string_view x = w; !past && !x.empty() && x.data() - d.lower.data() > static_cast<std::ptrdiff_t>(s.begin);) {
                    const std::size_t x_at = static_cast<std::size_t>(x.data() - d.lower.data());
                    if (s.begin + at - x_at > 60) break;
                    const std::string_view before = word_before(d, x_at, s.begin);
                    if (is_year(x)) {
                        std::string_view det = before;
                        if (lex().months.count(strip_dot(det)) && !det.empty())
                            det = word_before(d, static_cast<std::size_t>(det.data() - d.lower.data()), s.begin);
                        past = same(det, "the"sv);
                    }
                    x = before;
                }
                if (!past) continue;
                if (!marked) {
                    marks = clause_marks(low);
                    marked = true;
                }
                const std::size_t clause = clause_at(marks, at);
                for (auto& c : here)
                    if (c.q.begin - s.begin > at && clause_at(marks, c.q.begin - s.begin) == clause) c.background = true;
            }
            // values no longer or not yet the story's own, read from the words before each figure:
            // a value a change started from ("has recorded 3,482 cholera cases ..., up from 2,900
            // cases a week ago", "compared with 1.1 million a year earlier"), one set right, a first
            // reading revised; a forecast, an analysts' estimate of a sum or a target ("Spotify
            // forecast revenue of 4.2 billion euros", "against a target of 2 million"; an estimate
            // of a toll is the toll)
            for (auto& c : here) {
                if (c.background) continue;
                const std::size_t k = token_at(tokens, c.q.begin);
                if (k < 2 || k >= tokens.size()) continue;
                const std::string_view w1 = tokens[k - 1].lower, w2 = tokens[k - 2].lower;
                if ((same(w1, "from"sv) && (same(w2, "up"sv) || same(w2, "down"sv))) ||
                    // a figure set right: "was carrying 178 passengers, not 164 as listed"
                    (same(w1, "not"sv) && same(w2, ","sv)) ||
                    // a first reading revised: "It was first measured at magnitude 4.5 before
                    // seismologists downgraded it to 4.3"
                    (k >= 3 && same(w1, "at"sv) &&
                     (same(w2, "measured"sv) || same(w2, "reported"sv) || same(w2, "estimated"sv) || same(w2, "put"sv)) &&
                     (same(tokens[k - 3].lower, "first"sv) || same(tokens[k - 3].lower, "initially"sv) ||
                      same(tokens[k - 3].lower, "originally"sv))) ||
                    ((same(w1, "with"sv) || same(w1, "to"sv)) && same(w2, "compared"sv))) {
                    c.background = true;
                    continue;
                }
                // a condition's figure is no fact: "If you only have time for two patches today, make
                // it the two IE patches" (an "if" that opens the sentence or its quote, to its comma)
                {
                    bool condition = false;
                    for (std::size_t j = k; j > 0 && k - j < 16; --j) {
                        const std::string_view w = tokens[j - 1].lower;
                        if (w.size() == 1 && (w[0] == ',' || w[0] == ';' || w[0] == ':')) break;
                        if (((w.size() == 2 && w[0] == 'i' && w[1] == 'f') || (w.size() == 6 && w[0] == 'u' && same(w, "unless"sv))) &&
                            (j == 1 || same(tokens[j - 2].lower, "\""sv) || same(tokens[j - 2].lower, "\u201c"sv))) {
                            condition = true;
                            break;
                        }
                    }
                    if (condition) {
                        c.background = true;
                        continue;
                    }
                }
                // what is needed is not what is: "the economy needs to create between 50,000 and
                // 100,000 jobs", "A government needs the support of at least 46 deputies", "Ukraine
                // needs 50 more systems" (not what was needed: "needed 30 stitches")
                {
                    static const word_set need{"need", "needs", "require", "requires"};
                    // (a sum needed is what a thing costs: "The church needs $1.37 million in repairs")
                    bool needed = false;
                    for (std::size_t j = k; j > 0 && k - j < 6 && !needed && c.q.kind != quantity_kind::money; --j) {
                        if (!tokens[j - 1].word) break;
                        const std::string_view w = tokens[j - 1].lower;
                        needed = w.size() >= 4 && (w[0] == 'n' || w[0] == 'r') && need.count(w) > 0;
                    }
                    if (needed) {
                        c.background = true;
                        continue;
                    }
                }
                // a forecast someone made of a thing: "she expected the iPhone 5 to sell 10 million
                // units", "analysts predict the bank to post $2 billion" (the thing named between the
                // verb and "to"; not "is expected to", which may be the story's own estimate)
                {
                    static const word_set expect{"expect", "expects", "expected", "expecting", "predict", "predicts",
                                                 "predicted", "forecast", "forecasts", "project", "projects", "projected"};
                    std::size_t to = std::string_view::npos;
                    for (std::size_t j = k; j > 0 && k - j < 4; --j)
                        if (same(tokens[j - 1].lower, "to"sv)) {
                            to = j - 1;
                            break;
                        } else if (!tokens[j - 1].word) {
                            break;
                        }
                    // (of how a thing will do, not what it will cost or be: "The company expects the
                    // recall to cost about $45 million" is the company's estimate, the story's own)
                    static const word_set perform{"sell", "ship", "post", "report", "earn", "reach", "hit", "top",
                                                  "exceed", "grow", "rise", "fall", "drop", "climb", "deliver",
                                                  "generate", "win", "attract", "draw", "gain", "lose", "increase"};
                    bool forecast = false;
                    if (to != std::string_view::npos && to + 1 < k && perform.count(tokens[to + 1].lower))
                        for (std::size_t j = to; j > 0 && to - j < 6 && !forecast; --j) {
                            if (!tokens[j - 1].word) break;
                            if (expect.count(tokens[j - 1].lower)) forecast = j < to;
                        }
                    if (forecast) {
                        c.background = true;
                        continue;
                    }
                }
                // what a modal says may come, or would have been, is no fact: "parts of north Florida
                // could see up to 15 inches of rain", "exports could grow by more than 50%", "would
                // have risen 1.0 per cent" (not "may have killed 30", an estimate of what was, nor
                // "could be as high as", nor "would exchange 175", a plan)
                {
                    bool possible = false;
                    for (std::size_t j = k; j > 0 && k - j < 6; --j) {
                        if (!tokens[j - 1].word) break;
                        const std::string_view w = tokens[j - 1].lower;
                        if (w.size() < 3 || (w[0] != 'c' && w[0] != 'm' && w[0] != 'w')) continue;
                        if (same(w, "could"sv) || same(w, "may"sv) || same(w, "might"sv)) {
                            possible = j < k && !same(tokens[j].lower, "have"sv) && !same(tokens[j].lower, "be"sv) &&
                                       !same(tokens[j].lower, "not"sv);
                            break;
                        }
                        if (same(w, "would"sv)) {
                            possible = j + 1 < k && same(tokens[j].lower, "have"sv);
                            break;
                        }
                    }
                    if (possible) {
                        c.background = true;
                        continue;
                    }
                }
                if ((!same(w1, "of"sv) && !same(w1, "for"sv)) || c.q.kind == quantity_kind::percent || c.q.kind == quantity_kind::age)
                    continue;
                for (std::size_t j = k - 1; j > 0 && k - j <= 4; --j) {
                    const std::string_view w = tokens[j - 1].lower;
                    if (!tokens[j - 1].word) break;
                    const bool any_kind = same(w, "forecast"sv) || same(w, "forecasts"sv) || same(w, "guidance"sv) ||
                                          same(w, "consensus"sv) || same(w, "expectations"sv) || same(w, "target"sv) ||
                                          same(w, "targets"sv) || same(w, "projection"sv) || same(w, "projections"sv);
                    const bool sums = c.q.kind == quantity_kind::money && (same(w, "estimate"sv) || same(w, "estimates"sv));
                    if (any_kind || sums) {
                        c.background = true;
                        break;
                    }
                }
            }
            const bool aggregate = (found & 1) != 0;
            static const word_set events{"operation", "attack", "raid", "mission", "season",
                                                                "game", "match", "incident", "strike"};
            bool container = false;
            for (const auto& c : here)
                if (events.count(c.counted.lemma) && !same(c.counted.lemma, ""sv) && here.size() > 1) container = true;
            // a total's cue reaches the figures of its own coordinate clause: "Grant had 18 points
            // and 11 rebounds, and the Mavericks improved to 19-8 overall" (the record is the
            // season's, the points the game's)
            // (coordinate_part, as for the background cues above)
            auto reached = [&](const claim& c) {
                if (container || aggregate_cues.empty()) return true;
                const std::size_t own = coordinate_part(c.q.begin - s.begin);
                for (std::size_t at : aggregate_cues)
                    if (coordinate_part(at) == own) return true;
                return false;
            };
            if (aggregate || container)
                for (auto& c : here)
                    if (!events.count(c.counted.lemma) && reached(c)) c.aggregate = true;
            // a toll since a year is a total of many events: "The conflict has killed more than
            // 40,000 people since 2009" (not after a superlative: "the deadliest since 2004")
            // so is a toll a war is said to have taken: "Israel's war on Gaza has killed at least
            // 57,418 Palestinians" (the war, its subject, within six words before "has killed")
            for (auto& c : here) {
                if (c.aggregate || c.q.kind == quantity_kind::age || !same(c.pred.cls, "killed"sv)) continue;
                std::size_t k = token_at(tokens, c.q.begin);
                // (past the qualifier: "has killed at least 57,418")
                for (std::size_t back = 0; back < 3 && k > 0 && tokens[k - 1].word && !same(tokens[k - 1].lower, "killed"sv); ++back) --k;
                if (k < 2 || !same(tokens[k - 1].lower, "killed"sv) ||
                    !(same(tokens[k - 2].lower, "has"sv) || same(tokens[k - 2].lower, "have"sv)))
                    continue;
                static const word_set wars{"war", "conflict", "offensive", "campaign", "fighting", "insurgency",
                                           "bombardment", "violence", "invasion", "occupation", "siege", "wars"};
                for (std::size_t j = k - 2; j > 0 && k - 2 - j < 6 && tokens[j - 1].word; --j)
                    if (wars.count(tokens[j - 1].lower)) {
                        c.aggregate = true;
                        break;
                    }
            }
            for (auto& c : here) {
                if (c.aggregate || c.q.kind == quantity_kind::age) continue;
                const std::size_t k = token_at(tokens, c.end);
                // (up to the clause's comma: "more than 30,000 deaths and disappearances recorded
                // by the IOM since 2014")
                for (std::size_t j = k; j + 1 < tokens.size() && j < k + 8; ++j) {
                    if (!tokens[j].word) break;
                    // (or since a month's day: "have been killed in the enclave since Oct. 7")
                    if (same(tokens[j].lower, "since"sv) && !is_year(tokens[j + 1].lower) && month_number(tokens[j + 1].lower) &&
                        !superlative_before(low, tokens[j].begin - s.begin)) {
                        c.aggregate = true;
                        break;
                    }
                    if (same(tokens[j].lower, "since"sv) && is_year(tokens[j + 1].lower) &&
                        !superlative_before(low, tokens[j].begin - s.begin)) {
                        c.aggregate = true;
                        // (the total since 2014 is not the one "so far this year")
                        if (c.where.text.empty()) {
                            c.where.text = "since " + std::string(tokens[j + 1].lower);
                            c.where.kind = "time";
                            c.where.key = c.where.text;
                        }
                        break;
                    }
                }
            }
        }
        // a year in a figure's clause says which year's figure it is: "since a 1999 tremor killed
        // 2,415 people", "In 2016, a quake in Tainan killed 117 people" (a figure with a place of
        // its own keeps it; reconcile drops a year that is the article's own)
        // (an age, a figure with a place or one per side takes none: the tokens are read only
        // when a figure may take one)
        // (nor a thing's length: "the 180-foot ship, built for the 1962 film", which a year does
        // not date; a weight seized in 2014 is that year's)
        auto takes_year = [](const claim& c) {
            return c.where.key.empty() && !c.per_side && c.q.kind != quantity_kind::age &&
                   !(c.q.kind == quantity_kind::measure && same(c.q.dimension, "length"sv));
        };
        // (a place the figure names gives way to a year that opens its sentence: "In 2013, Typhoon
        // Haiyan left more than 7,300 people dead in the central Philippines" is 2013's toll)
        auto placed = [](const claim& c) { return same(c.where.kind, "place"sv) && !c.per_side && c.q.kind != quantity_kind::age; };
        if (std::any_of(here.begin(), here.end(), takes_year) || std::any_of(here.begin(), here.end(), placed)) {
            std::vector<std::size_t> years;
            // "its biggest purchase since its 2002 acquisition of Compaq": the year of what a
            // superlative compares with, not of the figures before it (those after are that
            // event's: "the deadliest since a 1999 tremor killed 2,415 people")
            // ("the highest since German reunification in 1990": up to five words between)
            auto compared = [&](std::size_t k) {
                for (std::size_t j = k; j > 0 && k - j < 6 && tokens[j - 1].word; --j)
                    if (same(tokens[j - 1].lower, "since"sv))
                        return superlative_before(std::string_view(d.lower).substr(s.begin, s.end - s.begin), tokens[j - 1].begin - s.begin);
                return false;
            };
            for (std::size_t k = 0; k < tokens.size(); ++k)
                // (is_year is a call: most tokens are no four-digit word, told inline)
                if (tokens[k].lower.size() == 4 && is_digit(tokens[k].lower[0]) && tokens[k].word && is_year(tokens[k].lower))
                    years.push_back(k);
            if (!years.empty()) {
                const std::string_view low = std::string_view(d.lower).substr(s.begin, s.end - s.begin);
                const std::vector<std::size_t> marks = clause_marks(low);
                // a year that opens the sentence sets the time of all of its first clause: "In 2003,
                // the Aspen Fire burned 84,750 acres and destroyed 340 homes", "In October 2007, ..."
                // (or after a colon: "The region has been hit repeatedly: in 2024, floods killed 67
                // people, and another 20 were missing")
                // so does one set off by commas after the subject, before any figure: "Mozambique's
                // last major outbreak, in 2023, infected more than 33,000 people and killed 140"
                std::size_t opening = tokens.size();
                const std::size_t first_figure = here.empty() ? s.end : here.front().q.begin;
                for (std::size_t start = 0; start < tokens.size() && opening == tokens.size(); ++start) {
                    const bool set_off = start > 0 && same(tokens[start - 1].lower, ","sv) && tokens[start].begin < first_figure &&
                                         start + 2 < tokens.size() && same(tokens[start].lower, "in"sv) &&
                                         std::find(years.begin(), years.end(), start + 1) != years.end() &&
                                         same(tokens[start + 2].lower, ","sv);
                    if (start > 0 && !same(tokens[start - 1].lower, ":"sv) && !set_off) continue;
                    std::size_t k = start;
                    if (k < tokens.size() && same(tokens[k].lower, "in"sv)) ++k;
                    if (k == start + 1 && k < tokens.size() && lex().months.count(strip_dot(tokens[k].lower))) ++k;
                    // (with or without its comma: "In 2019 a similar robbery at a bank in Antwerp ended
                    // with six hostages freed after a 14-hour standoff")
                    if (k > start && k + 1 < tokens.size() && std::find(years.begin(), years.end(), k) != years.end())
                        opening = k;
                }
                for (auto& c : here) {
                    // (an age is a person's whatever year its clause names: "Talley, 51, had been
                    // with the department since 2010")
                    const std::size_t clause = clause_at(marks, c.q.begin - s.begin);
                    const bool opened = opening < tokens.size() && clause_at(marks, tokens[opening].begin - s.begin) == clause;
                    if (!takes_year(c) && !(opened && placed(c))) continue;
                    const std::size_t at = token_at(tokens, c.q.begin);
                    std::size_t best = tokens.size(), gap = tokens.size();
                    if (opened) best = opening;
                    for (std::size_t k : years) {
                        if (opened) break;  // else the year of the figure's clause nearest it
                        if (tokens[k].begin >= c.q.begin && tokens[k].end <= c.q.end) continue;  // the figure itself
                        // a year that ends or starts a span is not when the figure happened: "a
                        // contract that runs through 2028", "in place since 1978", "by 2030"
                        if (k > 0) {
                            static const word_set spans{"through", "until", "till", "since", "by", "thru"};
                            if (spans.count(tokens[k - 1].lower)) continue;
                        }
                        if (c.q.end <= tokens[k].begin && compared(k)) continue;
                        // a year in a participle set off before the figure tells when its subject was
                        // made or begun: "SeaMicro, founded in 2007, has about 150 employees", "The
                        // jail, built in 1994, houses about 850 inmates" (after the figure it dates
                        // the figure's own noun: "the REVEAL trial of 30,449 patients, published in 2017")
                        // (or goes on: "Lumisil, founded in 2019 and based in Austin, Texas, has about 180 employees")
                        // (the participle may say where first: "The ferry, built in Japan in 1985, was licensed to carry")
                        if (tokens[k].end <= c.q.begin && k + 1 < tokens.size() &&
                            (same(tokens[k + 1].lower, ","sv) || same(tokens[k + 1].lower, "and"sv))) {
                            static const word_set made{"founded", "established", "built", "born", "formed", "created",
                                                       "opened", "launched", "started", "incorporated", "completed",
                                                       "acquired", "bought", "elected", "hired", "constructed"};
                            bool set_off = false;
                            for (std::size_t j = k; j >= 2 && k - j < 6 && tokens[j - 1].word; --j)
                                if (made.count(tokens[j - 1].lower)) {
                                    set_off = same(tokens[j - 2].lower, ","sv);
                                    break;
                                }
                            if (set_off) continue;
                        }
                        if (clause_at(marks, tokens[k].begin - s.begin) != clause) continue;
                        // a year in a side phrase is that phrase's: "signed a four-year, $16 million
                        // contract when he was hired in June 2023"
                        if (const auto [f, l] = side_phrase(low, marks, tokens[k].begin - s.begin);
                            f != std::string_view::npos && !(c.q.begin - s.begin > f && c.q.begin - s.begin < l))
                            continue;
                        // a figure between them is nearer the year: "reduced to 121 seats, down from
                        // 365 at the last election in 2019" (2019's is the 365)
                        const std::size_t lo = std::min(tokens[k].begin, c.q.begin), hi = std::max(tokens[k].end, c.q.end);
                        bool between = false;
                        for (const auto& o : here)
                            if (&o != &c && o.q.begin > lo && o.q.end < hi && o.q.kind != quantity_kind::age) between = true;
                        if (between) continue;
                        const std::size_t g = k > at ? k - at : at - k;
                        if (g < gap) {
                            gap = g;
                            best = k;
                        }
                    }
                    if (best == tokens.size()) continue;
                    // a scope without a name keeps its words ("on the island", "in funding") and
                    // takes the year as its key
                    c.where.key = std::string(tokens[best].lower);
                    if (c.where.text.empty()) {
                        c.where.text = c.where.key;
                        c.where.kind = "time";
                    }
                }
                // what a relative clause tells of an event a year names is that year's, past what
                // stands between: "the 2004 Indian Ocean tsunami, triggered by a magnitude 9.1
                // quake, which killed about 170,000 people" (the event noun within five words of
                // "the <year>")
                static const word_set& events = lexicon_words("scope_events");
                for (auto& c : here) {
                    // (the year outweighs a place, as one that opens the sentence does)
                    if (!takes_year(c) && !placed(c)) continue;
                    const std::size_t at = token_at(tokens, c.q.begin);
                    std::size_t rel = at;
                    for (std::size_t j = at; j > 0 && at - j < 4; --j)
                        if (same(tokens[j - 1].lower, "which"sv) || same(tokens[j - 1].lower, "that"sv)) {
                            rel = j - 1;
                            break;
                        }
                    // (after a comma, or right after the event noun: "the April 2011 outbreak that
                    // killed more than 240 people")
                    if (rel == at || rel == 0 || !(same(tokens[rel - 1].lower, ","sv) || events.count(tokens[rel - 1].lower))) continue;
                    for (auto k = years.rbegin(); k != years.rend(); ++k) {
                        if (*k >= rel || *k == 0) continue;
                        std::size_t det = *k - 1;
                        if (det > 0 && lex().months.count(strip_dot(tokens[det].lower))) --det;  // "the April 2011 outbreak"
                        if (!(same(tokens[det].lower, "the"sv) || same(tokens[det].lower, "a"sv))) continue;
                        bool event = false;
                        for (std::size_t j = *k + 1; j < rel && j <= *k + 5 && !event; ++j) event = events.count(tokens[j].lower) > 0;
                        if (!event) continue;
                        c.where.key = std::string(tokens[*k].lower);
                        if (c.where.text.empty()) {
                            c.where.text = c.where.key;
                            c.where.kind = "time";
                        }
                        break;
                    }
                }
            }
        }
        // "... killed 35 people. Another 52 people were wounded": "another" or "others" that says
        // a different thing happened to them than to the figure before counts all of those (the
        // wounded are not a part of the dead)
        for (std::size_t k = 0; k < here.size(); ++k) {
            claim& c = here[k];
            if (!(same(c.partitive, "another"sv) || same(c.partitive, "others"sv) || same(c.partitive, "other"sv)) ||
                c.pred.cls.empty())
                continue;
            const claim* before = k > 0 ? &here[k - 1] : (prior > 0 ? &out[prior - 1] : nullptr);
            // (past a part a list includes, to its whole: "killed at least 14 people, including three
            // children, and injured 50 others" are 50 people)
            for (std::size_t j = k; j >= 2 && before && (same(before->partitive, "including"sv) || same(before->partitive, "among them"sv)) &&
                                    k - j < 4;
                 --j)
                before = &here[j - 2];
            if (before && !before->pred.cls.empty() && before->pred.cls != c.pred.cls) {
                c.partitive.clear();
                // "58 people were rescued. Eight others were found dead": the others are of the
                // figure before's kind ("others" counts no thing of its own)
                if (same(c.counted.head, "others"sv) || same(c.counted.head, "other"sv)) {
                    if (!before->counted.head.empty() && !same(before->counted.head, "others"sv)) {
                        c.counted = before->counted;
                        c.counted.inherited = true;
                        c.counted.begin = c.counted.end = 0;
                    } else {
                        c.partitive = "others";  // of no kind the text says: left a part
                    }
                }
            }
        }
        // the period a rate is taken over (rate_frames.tsv), said between it and the sentence's figures
        // beside it: "rose 0.4% on the month" is not "rose 3.2% from a year earlier"
        {
            static const auto frames = [] {
                std::vector<std::pair<std::string, std::string>> v;
                for (const auto& r : lexicon("rate_frames").rows) v.push_back({r[0], r.size() > 1 ? r[1] : r[0]});
                return v;
            }();
            // (a gapped second rate takes what the first measures: "Inflation rose 0.4% on the month and
            // 3.2% from a year earlier")
            for (std::size_t k = 1; k < here.size(); ++k) {
                claim& b = here[k];
                const claim& a = here[k - 1];
                if (b.q.kind != quantity_kind::percent || a.q.kind != quantity_kind::percent || !b.attribute.empty() ||
                    a.attribute.empty() || b.background != a.background || a.end > b.begin)
                    continue;
                const std::string_view between = std::string_view(d.lower).substr(a.end, b.begin - a.end);
                const std::size_t andp = between.find(" and ");
                if (andp == std::string_view::npos || between.size() > 48 || between.find(',') != std::string_view::npos) continue;
                b.attribute = a.attribute;
                b.pred = a.pred;
                if (b.agent.empty()) b.agent = a.agent;
            }
            for (std::size_t k = 0; k < here.size(); ++k) {
                claim& c = here[k];
                if (c.q.kind != quantity_kind::percent || c.attribute.empty()) continue;
                const std::size_t from = k > 0 ? std::max(here[k - 1].end, s.begin) : s.begin;
                // (past a period's own figure: "in the 12 months through August")
                std::size_t next = k + 1;
                while (next < here.size() && here[next].q.kind == quantity_kind::measure && same(here[next].q.dimension, "time"sv))
                    ++next;
                const std::size_t to = next < here.size() ? std::min(here[next].begin, s.end) : s.end;
                if (from >= to) continue;
                const std::string_view region = std::string_view(d.lower).substr(from, to - from);
                std::string_view found;
                for (const auto& [words, frame] : frames)
                    for (std::size_t at = region.find(words); at != std::string_view::npos && found.empty();
                         at = region.find(words, at + 1)) {
                        const bool starts = at == 0 || !ascii::is_alpha(region[at - 1]);
                        const bool ends = at + words.size() >= region.size() || !ascii::is_alpha(region[at + words.size()]);
                        if (starts && ends) found = frame;
                    }
                // (a year is the frame a rate is told in unless another is said: "Inflation was 3.6%")
                if (!found.empty() && !same(found, "year"sv)) {
                    c.attribute += " (";
                    c.attribute += found;
                    c.attribute += ')';
                }
            }
        }
        // a coordinate subject shares the verb after it: "Five firefighters and four residents were
        // hurt" (the five were hurt too)
        for (std::size_t k = here.size(); k-- > 1;) {
            claim& a = here[k - 1];
            const claim& b = here[k];
            if (!a.pred.cls.empty() || b.pred.cls.empty() || a.end > b.begin || b.q.kind != a.q.kind) continue;
            const std::string_view between = std::string_view(d.lower).substr(a.end, b.begin - a.end);
            if (between != " and "sv || !b.partitive.empty()) continue;  // (not "nine patients, two of whom had died")
            const std::size_t verb = d.lower.find(b.pred.text, b.end);
            if (verb == std::string::npos || verb >= s.end || verb > b.end + 24) continue;
            a.pred = b.pred;
        }
        // a count set against the rest of its set is a part: "Two judges had him up 78-74 and 79-73,
        // while the third scored it 77-75" (the two are of three)
        for (auto& c : here) {
            if (!c.partitive.empty() || c.q.kind != quantity_kind::count || c.counted.head.empty()) continue;
            const std::string_view rest = std::string_view(d.lower).substr(c.end, s.end - c.end);
            for (const std::string_view contrast : {", while the third"sv, ", while the other"sv, ", while the rest"sv,
                                                    ", while the remaining"sv, ", and the third"sv, ", but the third"sv,
                                                    ", but the other"sv, "; the third"sv, "; the other"sv})
                if (rest.find(contrast) != std::string_view::npos) {
                    c.partitive = "of";
                    break;
                }
        }
        // what a person has is theirs, not the event's: "who lived on the fifth floor with her three
        // children", "his two sons" (a group of its own)
        for (auto& c : here) {
            if (!c.subgroup.empty() || c.q.kind != quantity_kind::count) continue;
            const std::string_view w = word_before(d, c.q.begin, s.begin);
            // ("their five operations" are the story's actors' own doings: not a person's)
            if (same(w, "her"sv) || same(w, "his"sv)) c.subgroup = "their own";
        }
        // a tally's counts are votes for and against ("voted 233-196"): of votes where they count
        // nothing else ("by 246 votes to 183" names them once), cast by the body the sentence
        // names nearest before them (or after: "a 5-4 ruling by the Supreme Court"), whose they are
        // ("The House voted 233-196" and "the Senate passed it 60-38" are two tallies)
        for (const auto& [first, second] : tallies) {
            std::string body;
            {
                static const auto& bodies = lexicon("voting_bodies");
                static const auto table = [] {
                    std::unordered_map<std::string, std::pair<std::string, bool>> m;
                    for (const auto& r : bodies.rows) m[r[0]] = {r.size() > 1 ? r[1] : r[0], r.size() > 2 && r[2] == "any"};
                    return m;
                }();
                std::size_t best = std::string::npos;
                for (std::size_t t = 0; t < tokens.size(); ++t) {
                    if (!tokens[t].word) continue;
                    // the longest name that begins here ("the Supreme Court" is no court's vote)
                    std::string phrase;
                    const std::pair<std::string, bool>* found = nullptr;
                    std::size_t words = 0;
                    for (std::size_t n = 0; n < 3 && t + n < tokens.size() && tokens[t + n].word; ++n) {
                        if (n) phrase += ' ';
                        phrase.append(tokens[t + n].lower);
                        const auto it = table.find(phrase);
                        if (it != table.end() && (it->second.second || tokens[t].capitalised)) {
                            found = &it->second;
                            words = n + 1;
                        }
                    }
                    if (!found) continue;
                    // (not one a noun names: "obstruction of Congress", "the speaker of the House")
                    if ((t > 0 && same(tokens[t - 1].lower, "of"sv)) ||
                        (t > 1 && same(tokens[t - 1].lower, "the"sv) && same(tokens[t - 2].lower, "of"sv))) {
                        t += words - 1;
                        continue;
                    }
                    // the nearest before the tally, else the first after it
                    const std::size_t at = tokens[t].begin;
                    if (best == std::string::npos || (at < first && (best > first || at > best))) {
                        best = at;
                        body = found->first;
                    }
                    t += words - 1;
                }
            }
            // what was voted on (motions.tsv): the motion a purpose clause after the tally names ("229-197
            // to approve the second charge"), else the nearest before it in its clause ("survived a
            // vote of no confidence by 325 votes to 306"), with its ordinal ("the first article")
            std::string motion;
            // and which count is for: a rejection's first count is against ("rejected the deal by 432
            // votes to 202", "voting 432-202 against it")
            bool rejected = false;
            {
                static const auto& motions = lexicon_map("motions");
                static const word_set ordinals{"first", "second", "third", "fourth", "fifth", "final"};
                static const word_set rejecting{"rejected", "rejects", "reject", "defeated", "crushed", "killed", "blocked",
                                                "overrode", "overturned", "struck"};
                const std::size_t at = token_at(tokens, first);
                // (the first token after the second count: "432-202" may be one token)
                std::size_t second_end = second;
                while (second_end < s.end && (is_digit(d.text[second_end]) || d.text[second_end] == ',')) ++second_end;
                const std::size_t past = token_at(tokens, second_end);
                auto motion_at = [&](std::size_t k) -> std::string {
                    const auto it = motions.find(std::string(tokens[k].lower));
                    if (it == motions.end()) return {};
                    for (std::size_t j = k; j > 0 && k - j < 3; --j)
                        if (ordinals.count(tokens[j - 1].lower)) return it->second + " " + std::string(tokens[j - 1].lower);
                    return it->second;
                };
                auto clause_end = [&](std::size_t k) {
                    return same(tokens[k].lower, ","sv) || same(tokens[k].lower, ";"sv) || same(tokens[k].lower, "and"sv);
                };
                // (the purpose clause may follow a day: "voted 244 to 188 on Friday to pass the bill")
                std::size_t purpose = past;
                while (purpose < tokens.size() && purpose < past + 4 && !same(tokens[purpose].lower, "to"sv) && !clause_end(purpose))
                    ++purpose;
                if (purpose < tokens.size() && same(tokens[purpose].lower, "to"sv))
                    for (std::size_t k = purpose + 1; k < tokens.size() && k < purpose + 10 && motion.empty() && !clause_end(k); ++k)
                        motion = motion_at(k);
                for (std::size_t k = at; k > 0 && motion.empty() && at - k < 16 && !same(tokens[k - 1].lower, ";"sv); --k)
                    if (tokens[k - 1].word) motion = motion_at(k - 1);
                for (std::size_t k = at; k > 0 && at - k < 16; --k) {
                    const std::string_view w = tokens[k - 1].lower;
                    if (rejecting.count(w)) rejected = true;
                    if (same(w, ","sv) || same(w, ";"sv)) break;
                }
                if (past < tokens.size() && same(tokens[past].lower, "against"sv)) rejected = true;
            }
            for (auto& c : here) {
                if (c.q.num_begin != first && c.q.num_begin != second) continue;
                c.pred = (c.q.num_begin == first) != rejected ? predicate{"voted", "voted_for"} : predicate{"against", "voted_against"};
                if (!motion.empty() && c.attribute.empty()) c.attribute = motion;
                if (c.counted.lemma != "vote"sv) {
                    c.end = c.q.end;
                    c.counted = {};
                    c.counted.head = "votes";
                    c.counted.lemma = "vote";
                    c.counted.inherited = true;
                }
                c.partitive.clear();
                if (!body.empty()) c.agent = body;
            }
        }
        // "with 116 lawmakers voting in favour and 91 against": a bare "against" after a count,
        // beside a count of votes for, is a count of votes against
        for (std::size_t k = 1; k < here.size(); ++k) {
            claim& c = here[k];
            if (!c.pred.cls.empty()) continue;
            const std::size_t t = token_at(tokens, c.q.end);
            if (t >= tokens.size() || !same(tokens[t].lower, "against"sv)) continue;
            if (t + 1 < tokens.size() && tokens[t + 1].word) continue;  // "against the bill": a preposition
            for (std::size_t j = 0; j < k; ++j)
                if (same(here[j].pred.cls, "voted_for"sv)) c.pred = {"against", "voted_against"};
        }
        // a place said once after two fates joined by "and" is both's: "Three people were killed and
        // six injured in Donetsk Oblast" (the three died there too)
        for (std::size_t k = 1; k < here.size(); ++k) {
            claim& a = here[k - 1];
            const claim& b = here[k];
            if (!a.where.text.empty() || a.per_side || a.pred.cls.empty() || b.pred.cls.empty() || a.pred.cls == b.pred.cls ||
                !same(b.where.kind, "place"sv) || b.where.key.empty() || b.q.begin <= a.end)
                continue;
            const std::string_view between = std::string_view(d.lower).substr(a.end, b.q.begin - a.end);
            if (between.find(" and ") == std::string_view::npos || between.find_first_of(",;") != std::string_view::npos ||
                between.size() > 40)
                continue;
            a.where = b.where;
        }
        // "Of the 22 coaches, 14 derailed", "Of the 11 dead, four were health workers": the whole
        // named first, then its part after the comma (as "14 of the 22 coaches" reads them)
        if (here.size() >= 2 && tokens.size() > 4 && same(tokens[0].lower, "of"sv)) {
            const std::size_t first = same(tokens[1].lower, "the"sv) ? 2 : 1;
            claim& whole = here[0];
            claim& part = here[1];
            if (token_at(tokens, whole.q.begin) == first && whole.partitive.empty() && part.partitive.empty()) {
                const std::size_t comma = token_at(tokens, whole.end);
                std::size_t k = comma;
                while (k < tokens.size() && k < comma + 3 && !same(tokens[k].lower, ","sv)) ++k;
                // (a whole that says what befell it is that count still: "Of the 11 dead" meets "11 killed")
                if (k < tokens.size() && same(tokens[k].lower, ","sv) && token_at(tokens, part.q.begin) == k + 1) {
                    if (whole.pred.cls.empty()) whole.partitive = "of";
                    part.partitive = "of the";
                    // (and the parts listed after it, of the whole's kind: "Of the 183 prisoners, 18
                    // were serving life sentences and 54 were serving long sentences")
                    for (std::size_t j = 2; j < here.size(); ++j)
                        if (here[j].partitive.empty() && here[j].counted.inherited && here[j].counted.lemma == whole.counted.lemma)
                            here[j].partitive = "of the";
                }
            }
        }
        // "about 350 rescue workers" are not the 87 workers underground: a role word before the
        // noun names other people (compared only with the same role)
        // (of people, their teams and vehicles, or things no class names: a thing of a known kind
        // is that kind whatever word sorts it, "17 security bulletins" and "17 patches")
        for (auto& c : here) {
            if (!c.subgroup.empty() || c.counted.modifiers.empty()) continue;
            static const word_set peoples{"person", "serviceman", "employee", "crew", "perpetrator", "pirate", "patient",
                                          "lawmaker", "prisoner", "truck", "car", "boat", "vessel"};
            if (!c.counted.cls.empty() && !peoples.count(c.counted.cls)) continue;
            // (and a kind of people within people: "42 political prisoners" of the 3,073 freed)
            // (and a side of fans or players: "about 200 home supporters tried to reach the 3,000
            // travelling fans")
            static const word_set roles{"rescue", "relief", "aid", "health", "emergency", "medical", "construction",
                                        "social", "election", "polling", "security", "sanitation", "postal",
                                        "political", "foreign", "juvenile", "female", "home", "away", "visiting",
                                        "travelling", "traveling", "rival", "opposing"};
            for (const auto& m : c.counted.modifiers)
                if (roles.count(m)) c.subgroup = m;
        }
        // "in seven games this season" and "the final three games of the regular season": a figure
        // picked out by its place in a run is a selection, compared only with the same selection
        for (auto& c : here) {
            if (c.q.kind != quantity_kind::count || !c.subgroup.empty()) continue;
            const std::size_t at = token_at(tokens, c.q.begin);
            static const word_set picks{"last", "first", "final", "next", "past", "previous", "opening", "closing"};
            if (at >= 1 && picks.count(tokens[at - 1].lower)) c.subgroup = std::string(tokens[at - 1].lower);
        }
        // "One hostage was seriously injured and three others suffered minor injuries": the first
        // figure is a part of the injured as the others are (four in all), not their count; "Two
        // suspects were arrested ... and a third was detained, bringing the number of arrests to
        // three": so are the figures a running total of the same verb sums up
        for (std::size_t k = 1; k < here.size(); ++k) {
            const claim& later = here[k];
            const bool others = same(later.partitive, "others"sv) || same(later.partitive, "other"sv) ||
                                same(later.partitive, "more"sv);
            if ((!others && !later.aggregate) || later.pred.cls.empty()) continue;
            for (std::size_t j = 0; j < k; ++j) {
                claim& part = here[j];
                if (!part.partitive.empty() || part.aggregate || part.background || part.pred.cls != later.pred.cls ||
                    part.q.kind != later.q.kind)
                    continue;
                part.partitive = others ? "with others" : "of a total";
            }
        }
        // "12 Somali and 11 Yemeni nationals": the first figure shares the second's noun
        for (std::size_t k = 0; k + 1 < here.size(); ++k) {
            claim& a = here[k];
            const claim& b = here[k + 1];
            const auto& dem = lex().demonyms;
            if (!a.counted.head.empty() && a.counted.modifiers.empty() && dem.count(a.counted.head) &&
                !b.counted.head.empty() && !b.counted.modifiers.empty() && dem.count(b.counted.modifiers.back())) {
                a.counted.modifiers.push_back(a.counted.head);
                a.counted.head = b.counted.head;
                a.counted.lemma = b.counted.lemma;
                a.counted.cls = b.counted.cls;
            }
        }
        // a nationality used as the noun ("12 Somalis", "11 Yemeni nationals") counts people of it
        for (auto& c : here) {
            const auto& dem = lex().demonyms;
            std::string_view h = c.counted.head;  // (read in place: most heads are no nationality)
            if (h.size() > 1 && h.back() == 's' && dem.count(h.substr(0, h.size() - 1))) h.remove_suffix(1);
            if (auto it = dem.find(h); it != dem.end() && !c.counted.head.empty()) {
                c.agent = it->second;
                c.counted.lemma = h;
                c.counted.cls = "person";
            }
            if ((same(c.counted.lemma, "national"sv) || same(c.counted.lemma, "citizen"sv)) && !c.counted.modifiers.empty())
                c.counted.cls = "person";
        }
        // figures listed side by side with different nationalities are parts of a whole
        for (std::size_t k = 1; k < here.size(); ++k) {
            auto nationality = [&](const claim& c) -> std::string {
                const auto& dem = lex().demonyms;
                if (auto it = dem.find(c.counted.lemma); it != dem.end()) return it->second;
                for (const auto& m : c.counted.modifiers)
                    if (auto it = dem.find(m); it != dem.end()) return it->second;
                return {};
            };
            std::string a = nationality(here[k - 1]), b = nationality(here[k]);
            if (!a.empty() && !b.empty() && a != b) {
                here[k - 1].subgroup = a;
                here[k].subgroup = b;
            }
        }
        // a place that opens the sentence, with its comma, is where its figures were counted: "In
        // Kharkiv, two people were killed and 14 wounded", "Separately, in the southern city of
        // Kherson, Russian shelling killed one person" (a figure with a place of its own keeps it)
        if (tokens.size() > 4) {
            std::size_t k = 0;
            if (same(tokens[0].lower, "separately"sv) && same(tokens[1].lower, ","sv)) k = 2;
            // a rate that opens the sentence: "For every civilian hostage released, Israel will free
            // 30 prisoners" (30 a hostage, not in all)
            if (same(tokens[0].lower, "for"sv) && (same(tokens[1].lower, "every"sv) || same(tokens[1].lower, "each"sv)) &&
                tokens[2].word) {
                std::size_t e = 2;
                while (e < tokens.size() && e < 10 && tokens[e].word) ++e;
                if (e < tokens.size() && same(tokens[e].lower, ","sv)) {
                    for (auto& c : here)
                        if (c.where.text.empty() && c.q.kind != quantity_kind::age) {
                            c.where.text = std::string(std::string_view(d.lower).substr(tokens[0].begin, tokens[e - 1].end - tokens[0].begin));
                            c.where.kind = "distributive";
                            c.where.key = "per " + std::string(tokens[2].lower);
                        }
                }
            }
            // a day that opens the sentence: "On July 4, Ukraine said Russia launched 550 drones",
            // "On June 17, a massive Russian attack on Kyiv killed 28 people" (reconcile drops the
            // day where it is the article's own, or the day before; any other sets the figures in
            // that day, as a year does)
            // ("On the night of June 9, Russia fired a record 479 drones"; past a report it is told
            // after: "As Ukrinform reported, on the night of March 22, the enemy attacked ...")
            std::size_t on = k;
            if (tokens.size() > 6 && same(tokens[0].lower, "as"sv)) {
                for (std::size_t j = 1; j < tokens.size() && j < 7; ++j)
                    if (same(tokens[j].lower, ","sv)) {
                        static const word_set reporting{"reported", "said", "wrote", "noted"};
                        if (reporting.count(tokens[j - 1].lower)) on = j + 1;
                        break;
                    }
            }
            if (on + 3 < tokens.size() && same(tokens[on].lower, "on"sv)) {
                std::size_t m = on + 1;
                if (m + 2 < tokens.size() && same(tokens[m].lower, "the"sv) && part_of_day(tokens[m + 1].lower) &&
                    same(tokens[m + 2].lower, "of"sv))
                    m += 3;
                std::size_t after = 0;
                const int when = date_at(tokens, m, after);
                if (after + 1 < tokens.size() && same(tokens[after].lower, ","sv) && is_year(tokens[after + 1].lower)) after += 2;
                else if (after + 1 < tokens.size() && is_year(tokens[after].lower)) ++after;  // ("On 19 January 2025,")
                if (when && after < tokens.size() && same(tokens[after].lower, ","sv)) {
                    const std::string key = date_key(when);
                    const std::string text(std::string_view(d.lower).substr(tokens[on].begin, tokens[after - 1].end - tokens[on].begin));
                    // (over a scope that keys nothing or only the day's year: "in what was then the
                    // largest attack", "On Jan. 12, 2025,")
                    for (auto& c : here)
                        if ((c.where.key.empty() || is_year(c.where.key)) && c.q.kind != quantity_kind::age) {
                            c.where.text = text;
                            c.where.kind = "time";
                            c.where.key = key;
                        }
                }
            }
            // a day a "when" clause tells of: "the chaos of February 29, when more than 100 people
            // were killed" (the figures of that clause, to its end)
            // (found by its comma: most sentences hold no ", when")
            const std::string_view sentence_low = std::string_view(d.lower).substr(s.begin, s.end - s.begin);
            for (std::size_t w = sentence_low.find(", when "sv) == std::string_view::npos ? tokens.size() : 4; w < tokens.size(); ++w) {
                if (!same(tokens[w].lower, "when"sv) || !same(tokens[w - 1].lower, ","sv)) continue;
                // "February 29, when", "29 February, when", "since Oct. 7, when": a day that ends at the comma
                std::size_t past = 0, from = w - 3;
                int when = date_at(tokens, from, past);
                if (!when || past != w - 1) {
                    from = w - 4;
                    when = w >= 5 ? date_at(tokens, from, past) : 0;
                    if (past != w - 1) when = 0;
                }
                if (!when) continue;
                const std::string key = date_key(when);
                std::size_t end = w + 1;
                while (end < tokens.size() && !same(tokens[end].lower, ";"sv) && !same(tokens[end].lower, "."sv)) ++end;
                for (auto& c : here) {
                    const std::size_t q = token_at(tokens, c.q.begin);
                    if (q <= w || q >= end || c.q.kind == quantity_kind::age || !(c.where.key.empty() || is_year(c.where.key))) continue;
                    c.where.text = std::string(std::string_view(d.lower).substr(tokens[from].begin, tokens[w - 2].end - tokens[from].begin));
                    c.where.kind = "time";
                    c.where.key = key;
                }
            }
            // a time before the story's own that opens the sentence: "Before the war, about 500 trucks
            // of goods entered Gaza every working day" (not one inside a clause: "Bilopillia, which had
            // a population of around 15,000 before the war, lies about 10 kilometres from the border")
            if (tokens.size() > 4 && same(tokens[0].lower, "before"sv) && same(tokens[1].lower, "the"sv) &&
                (same(tokens[2].lower, "war"sv) || same(tokens[2].lower, "conflict"sv) || same(tokens[2].lower, "invasion"sv) ||
                 same(tokens[2].lower, "pandemic"sv) || same(tokens[2].lower, "crisis"sv)) &&
                same(tokens[3].lower, ","sv))
                for (auto& c : here) c.background = true;
            // ("On the Israeli side," names whose dead a sentence counts, as a place does)
            const bool on_side = same(tokens[k].lower, "on"sv);
            // ("Across the Gaza Strip, Israeli attacks killed at least 112": where, as "In Kharkiv,")
            if (same(tokens[k].lower, "in"sv) || same(tokens[k].lower, "across"sv) || on_side) {
                static const word_set place_nouns{"city", "town", "village", "region", "province", "district", "state",
                                                  "county", "oblast", "area", "capital", "port", "camp", "neighbourhood",
                                                  "neighborhood", "suburb", "islands", "island"};
                std::size_t e = k + 1;
                bool place_noun = false, no_place = false;  // (no_place: a month, a year, "a", "which")
                std::string key;
                int names = 0, lower_words = 0;
                for (; e < tokens.size() && e < k + 10 && tokens[e].word; ++e) {
                    const std::string_view w = tokens[e].lower;
                    if (lex().months.count(strip_dot(w)) || is_year(w) || same(w, "which"sv) || same(w, "a"sv) || same(w, "an"sv)) no_place = true;
                    if (place_nouns.count(w)) place_noun = true;
                    if (tokens[e].capitalised) {
                        ++names;
                        if (!key.empty()) key += ' ';
                        key += w;
                    } else if (!same(w, "the"sv) && !same(w, "of"sv)) {
                        ++lower_words;
                    }
                }
                const bool comma = e < tokens.size() && same(tokens[e].lower, ","sv) && e > k + 1 &&
                                   (!on_side || same(tokens[e - 1].lower, "side"sv));
                if (on_side) place_noun = true;
                // "In Kharkiv," or "In the southern city of Kherson," (not "In a statement," nor "In
                // January,")
                if (comma && !no_place && names >= 1 && (place_noun || (lower_words == 0 && names <= 3))) {
                    const std::string text(std::string_view(d.text).substr(tokens[k].begin, tokens[e - 1].end - tokens[k].begin));
                    for (auto& c : here) {
                        if (c.q.kind == quantity_kind::age) continue;
                        if (c.where.text.empty()) {
                            c.where.text = text;
                            c.where.kind = "place";
                            c.where.key = key;
                        } else if (!on_side && !c.per_side && !key.empty() &&
                                   (c.where.kind == "distributive"sv || (c.where.kind == "time"sv && is_year(c.where.key)))) {
                            // a rate or a year keeps the place too: "In the UK, heart disease causes around
                            // 170,000 deaths a year" is the UK's rate, "In the United States, ... 48,000
                            // deaths ... in 2021" the US's year
                            c.where.key = key + " " + c.where.key;
                            c.where.text = text + ", " + c.where.text;
                        }
                    }
                }
            }
        }
        // a player's line of counts is the player's: "Antawn Jamison scored 30 points and grabbed 14
        // rebounds", "had 32 points, 12 rebounds and eight assists" (the owner of the first owned count
        // reaches the next ones joined to it by "and", a comma and lower-case words; a name between
        // is another owner)
        // (only where some figure of the sentence has an owner, told before any lookup)
        if (here.size() > 1 && std::any_of(here.begin(), here.end(), [](const claim& c) { return !c.agent.empty(); })) {
            static const auto& owned = lexicon_set("owned_counts");
            const claim* owner = nullptr;
            for (auto& c : here) {
                const bool owned_count = c.q.kind == quantity_kind::count && !c.counted.lemma.empty() && owned.count(c.counted.lemma);
                if (!owned_count) {
                    owner = nullptr;
                    continue;
                }
                if (!c.agent.empty()) {
                    owner = &c;
                    continue;
                }
                if (!owner || owner->end > c.q.begin) continue;
                bool joined = true;
                for (std::size_t k = token_at(tokens, owner->end); k < tokens.size() && tokens[k].begin < c.q.begin && joined; ++k) {
                    const token& t = tokens[k];
                    joined = (t.word && !t.capitalised && !same(t.lower, "while"sv) && !same(t.lower, "but"sv) &&
                              !same(t.lower, "who"sv) && !same(t.lower, "which"sv)) ||
                             same(t.lower, ","sv);
                }
                if (joined) c.agent = owner->agent;
                else owner = nullptr;
            }
        }
        // a group told as coming too is one beside another: "Kyiv also brought home 20 civilians",
        // "20 Ukrainian civilians had also been freed", "as well as 20 civilians" (the 205 freed
        // in all are 185 soldiers and these)
        for (auto& c : here) {
            if (!c.partitive.empty() || c.q.kind != quantity_kind::count || c.aggregate) continue;
            const std::size_t b = token_at(tokens, c.q.begin), e = token_at(tokens, c.end);
            bool also = false;
            for (std::size_t k = b; k > 0 && b - k < 3 && !also; --k) {
                if (!tokens[k - 1].word) break;
                also = same(tokens[k - 1].lower, "also"sv) ||
                       (k >= 3 && same(tokens[k - 1].lower, "as"sv) && same(tokens[k - 2].lower, "well"sv) && same(tokens[k - 3].lower, "as"sv));
            }
            for (std::size_t k = e; k < tokens.size() && k < e + 2 && !also; ++k) {
                if (!tokens[k].word) break;
                also = same(tokens[k].lower, "also"sv);
            }
            // ("In addition, eight residents of the Kursk Region ... were returned to Russia")
            if (!also && tokens.size() > 3 && b > 2 &&
                ((same(tokens[0].lower, "in"sv) && same(tokens[1].lower, "addition"sv) && same(tokens[2].lower, ","sv)) ||
                 (same(tokens[0].lower, "additionally"sv) && same(tokens[1].lower, ","sv))))
                also = true;
            // (beside an earlier group that the same happened to, another kind of thing: "Ukraine
            // brought home 185 soldiers ... Kyiv also brought home 20 civilians"; not "12 people were
            // killed and 27 were also injured", nor a lone "also")
            if (also) {
                const std::size_t at = static_cast<std::size_t>(&c - out.data());
                bool beside = false, other_verb = false;
                for (std::size_t j = at; j > 0 && at - j < 8 && !beside; --j) {
                    const claim& e = out[j - 1];
                    beside = !c.pred.cls.empty() && same(e.pred.cls, c.pred.cls) && !e.counted.lemma.empty() &&
                             !c.counted.lemma.empty() && !same(e.counted.lemma, c.counted.lemma);
                    if (j - 1 >= prior && !e.pred.cls.empty() && !same(e.pred.cls, c.pred.cls)) other_verb = true;
                }
                also = beside || !other_verb;
            }
            if (also) c.partitive = "also";
            // a part named after its whole's sentence: "Of those, 38 trucks carried fuel"
            if (!also && b >= 3 && same(tokens[b - 1].lower, ","sv) && same(tokens[b - 3].lower, "of"sv) &&
                (same(tokens[b - 2].lower, "those"sv) || same(tokens[b - 2].lower, "them"sv) || same(tokens[b - 2].lower, "these"sv)) &&
                b - 3 == 0) {
                c.partitive = "of those";
                continue;
            }
            // a group among the dead is part of the toll: "Among the dead were two Bolivian
            // citizens", "The dead included four children"
            if (!also && b >= 2) {
                const std::string_view w1 = tokens[b - 1].lower, w2 = tokens[b - 2].lower;
                const bool among = (same(w1, "were"sv) || same(w1, "are"sv)) && b >= 4 && same(tokens[b - 4].lower, "among"sv) &&
                                   same(tokens[b - 3].lower, "the"sv);
                const bool included = (same(w1, "included"sv) || same(w1, "include"sv) || same(w1, "includes"sv)) &&
                                      (same(w2, "dead"sv) || same(w2, "victims"sv) || same(w2, "injured"sv) || same(w2, "wounded"sv));
                if (among || included) c.partitive = "among";
            }
        }
        // whose age: the person named beside it ("Doris Simms, 76," "the 63-year-old Madeline
        // Kafoury", "Bettie Page dies at 85"), so that two reports of one person's age are
        // compared and two people's are not
        // (an age's owner is only such a name: a place it came from is no owner, "a 63-year-old
        // woman from Warren")
        for (auto& c : here) {
            if (c.q.kind != quantity_kind::age) continue;
            const std::size_t at = token_at(tokens, c.q.begin);
            std::string name, noun_owner;
            if (at >= 2 && same(tokens[at - 1].lower, "("sv)) {
                name = name_before(tokens, at - 1);  // "Daniel Mutai (27)"
            } else if (at >= 2 && same(tokens[at - 1].lower, ","sv)) {
                name = name_before(tokens, at - 1);
                // "her son, 61,", "The Harbor Lights actress, 35,": the person is the noun (two
                // people so named are not one), told apart from an age with no owner
                // (when no name follows the age either: "The suspect, 38-year-old Anthony LaCalamita")
                if (name.empty() && tokens[at - 2].word && !tokens[at - 2].capitalised &&
                    ascii::is_alpha(tokens[at - 2].lower[0]) && !lex().stopwords.count(tokens[at - 2].lower))
                    noun_owner = "the " + std::string(tokens[at - 2].lower);
            } else if (at == 2 && same(tokens[at - 1].lower, "was"sv) &&
                       (same(tokens[0].lower, "she"sv) || same(tokens[0].lower, "he"sv))) {
                // an obituary's "She was 87.": the person whose age the article gave last, else
                // the name that opens the sentence before ("Evelyn Marsh, whose ..., died on
                // Saturday. She was 87.")
                name = last_aged;
                if (name.empty() && sentence_index > 0) name = leading_name(d, sentences[sentence_index - 1]);
            } else if (at >= 3 && (same(tokens[at - 1].lower, "at"sv) || same(tokens[at - 1].lower, "aged"sv))) {
                static const word_set deaths{"died", "dies", "dead", "passed"};
                if (deaths.count(tokens[at - 2].lower)) {
                    name = name_before(tokens, at - 2);
                    // past an apposition: "Harlan Whitcomb, longtime Iowa senator, dead at 86"
                    if (name.empty() && at >= 4 && same(tokens[at - 3].lower, ","sv))
                        for (std::size_t k = at - 3; k > 0 && at - 3 - k < 8; --k)
                            if (same(tokens[k - 1].lower, ","sv)) {
                                name = name_before(tokens, k - 1);
                                break;
                            }
                }
            }
            if (name.empty()) {
                // "63-year-old Madeline Kafoury": the capitalised words right after the age
                std::size_t k = token_at(tokens, c.q.end);
                if (k < tokens.size() && tokens[k].begin == c.q.end + 1) {
                    std::size_t e = k;
                    while (e < tokens.size() && e - k < 4 && tokens[e].word && tokens[e].capitalised &&
                           !lex().name_stopwords.count(tokens[e].lower))
                        ++e;
                    for (std::size_t w = k; w < e; ++w) {
                        if (!name.empty()) name += ' ';
                        name += tokens[w].lower;
                    }
                }
            }
            if (name.empty()) name = std::move(noun_owner);
            // the name less its titles: "Senator Hollis, 55" is the "Tom Hollis, 54" of another report
            drop_titles(name);
            // the name as written, less a generation's suffix ("Anthony J. LaCalamita III"): not the
            // surname alone, which a husband and a wife share ("Harold Simms, 78, and his wife, Doris
            // Simms, 76")
            static const word_set suffixes{"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"};
            for (std::size_t space = name.rfind(' ');
                 space != std::string::npos && suffixes.count(std::string_view(name).substr(space + 1));
                 space = name.rfind(' '))
                name.resize(space);
            if (suffixes.count(name)) name.clear();
            if (name.size() > 2 && name.ends_with("'s")) name.resize(name.size() - 2);
            // a person by first and last name: reports differ on middle names and initials ("Gary
            // Lee Hollis", "Gary Hollis", "Anthony J. LaCalamita")
            if (const auto first_space = name.find(' '), last_space = name.rfind(' ');
                first_space != std::string::npos && last_space != first_space)
                name.erase(first_space, last_space - first_space);
            // a surname alone is the person the article named in full before with it ("Gary Lee
            // Hollis, 52, ... Hollis, 53"), when only one such person is named
            if (!name.empty() && name.find(' ') == std::string::npos) {
                if (auto it = aged_by_surname.find(name); it != aged_by_surname.end()) {
                    if (!it->second.empty()) name = it->second;
                }
            } else if (const auto sp = name.rfind(' '); sp != std::string::npos && !name.starts_with("the ")) {
                auto [it, added] = aged_by_surname.try_emplace(name.substr(sp + 1), name);
                if (!added && it->second != name) it->second.clear();  // two people of one surname: neither
            }
            if (!name.empty() && !name.starts_with("the ")) last_aged = name;
            c.agent = std::move(name);
        }
        // whose: a demonym among the modifiers, "launched by Ukraine", else the part's whole, else
        // the latest claim about the same kind of thing
        for (std::size_t k = 0; k < here.size(); ++k) {
            claim& c = here[k];
            if (c.q.kind == quantity_kind::age) continue;  // (its owner is the person named beside it, above)
            std::size_t t = token_at(tokens, c.end);
            for (std::size_t n = 0; n < 3 && t + 1 < tokens.size() && tokens[t].word; ++n, ++t)
                if ((same(tokens[t].lower, "by"sv) || same(tokens[t].lower, "from"sv)) && tokens[t + 1].capitalised) {
                    c.agent = agent_of(tokens[t + 1].lower);
                    break;
                }
            // (a part that names its own whole, "on three of the skiffs", is not the figure before's part)
            if (c.agent.empty() && !c.partitive.empty() && k > 0 &&
                (c.counted.head.empty() || c.counted.inherited || c.counted.cls == here[k - 1].counted.cls))
                c.agent = here[k - 1].agent;
            // (refugees' and migrants' nationality is where they came from, not who holds them:
            // "Chad hosts 1.1 million Sudanese refugees")
            static const word_set origin_nouns{"refugee", "migrant", "asylum", "evacuee"};
            const bool origin = origin_nouns.count(c.counted.lemma) > 0;
            for (const auto& m : c.counted.modifiers) {
                if (origin || !lex().demonyms.count(m)) continue;  // (asked first: most modifiers are none, and agent_of builds a string)
                std::string a = agent_of(m);
                if (!a.empty()) c.agent = std::move(a);
            }
            // (not in a sentence about any one of a kind: "A party needs 76 seats for a majority")
            static const word_set generic{"a", "an", "any", "every", "each"};
            if (c.agent.empty() && !c.counted.lemma.empty() && !(tokens.size() > 1 && generic.count(tokens[0].lower))) {
                const std::string& cls = c.counted.cls.empty() ? c.counted.lemma : c.counted.cls;
                std::size_t looked = 0;
                for (auto it = out.rbegin() + static_cast<std::ptrdiff_t>(out.size() - prior);
                     it != out.rend() && looked++ < recall_window; ++it) {
                    const std::string& other = it->counted.cls.empty() ? it->counted.lemma : it->counted.cls;
                    if (other == cls && !it->agent.empty()) {
                        c.agent = it->agent;
                        break;
                    }
                }
            }
            for (const auto& m : c.counted.modifiers) {
                predicate p;
                one_word[0] = token{0, 0, m, true, false};
                if (find_predicate(one_word, 0, 1, true, p) == 0) c.mod_class = p.cls;
            }
        }

        // an owner named by surname alone is the one the article named in full before: "Trae Young
        // scored 38 points ... Young's 36 points" (when only one such name ends so)
        for (auto& c : here) {
            if (c.q.kind == quantity_kind::age || c.agent.empty() || c.agent.find(' ') != std::string::npos) continue;
            if (auto it = owners_by_surname.find(c.agent); it != owners_by_surname.end() && !it->second.empty()) c.agent = it->second;
        }
        for (const auto& c : here) {
            if (c.q.kind == quantity_kind::age) continue;
            const auto sp = c.agent.rfind(' ');
            if (sp == std::string::npos) continue;
            auto [it, added] = owners_by_surname.try_emplace(c.agent.substr(sp + 1), c.agent);
            if (!added && it->second != c.agent) it->second.clear();  // two people of one surname: neither
        }

        // attribution
        made_for.clear();
        for (auto& c : here) {
            quote_span* qs = quote_of(c.q.num_begin);
            if (auto sp = quote_speaker(qs)) {
                c.source = std::move(sp);
                continue;
            }
            const cue_match* before = nullptr;
            const cue_match* after = nullptr;
            for (const auto& cue : cues) {
                // a cue inside a quotation speaks only for the quotation
                quote_span* cq = quote_of(cue.begin);
                if (cq && cq != qs) continue;
                if (cue.kind == cue_kind::headline && (cue.begin != s.begin || dateline_cue(d, cue, cues))) continue;
                if (cue.begin >= c.end) {
                    // a trailing cue speaks for its own clause: not across ";" or ", but"
                    const std::string_view between = d.lower.substr(c.end, cue.begin - c.end);
                    if (between.find(';') != std::string::npos || between.find(", but ") != std::string::npos) continue;
                    // a source named after a conjunction opens a clause of its own, and speaks for
                    // what follows its verb: "Turkey's disaster agency said at least 1,541 people had
                    // died, while Syria's health ministry reported 371 deaths"
                    if (cue.kind == cue_kind::source_verb) {
                        const std::string_view w = word_before(d, cue.begin, s.begin);
                        if (same(w, "while"sv) || same(w, "whereas"sv) || same(w, "and"sv) || same(w, "but"sv) ||
                            same(w, "although"sv) || same(w, "though"sv))
                            continue;
                    }
                }
                if (cue.kind == cue_kind::verb_source) {
                    std::size_t p = cue.begin;
                    while (p > s.begin && d.text[p - 1] == ' ') --p;
                    if (p > s.begin && d.text[p - 1] != ',' && d.text[p - 1] != '"') continue;
                }
                // (a cue that ends in the figure's lead words, before its number, is before it:
                // "put the magnitude at 7.3", whose figure reads "magnitude at 7.3")
                if (cue.end <= c.begin || (cue.begin < c.begin && cue.end <= c.q.num_begin)) before = &cue;
                else if (cue.begin >= c.q.num_end && !after) after = &cue;
            }
            const cue_match* pick = before ? before : after;
            if (before && after && before->kind == cue_kind::source_verb && d.lower.substr(before->end, 5) != " that"sv &&
                (after->kind == cue_kind::source_verb || after->kind == cue_kind::verb_source))
                pick = after;  // "X said Monday. ... , Y said": the nearer trailing cue speaks for this clause
            if (!pick) continue;
            if (pick->kind == cue_kind::participle) {
                const cue_match* named = nullptr;
                for (const auto& cue : cues)
                    if (cue.kind != cue_kind::participle && cue.end <= pick->begin) named = &cue;
                if (named) {
                    c.source = attribution_of(*named);
                } else {
                    c.source = sentence_subject();
                }
                if (c.source) c.source->cue = std::string(d.text.substr(pick->verb_begin, pick->verb_end - pick->verb_begin));
                continue;
            }
            c.source = attribution_of(*pick);
            // "Intel Corp said last week it would cut up to 6,000 jobs", "the Red Cross said it had
            // sent 1,000 tents": the source is the subject of the clause it opens, and owns what
            // that clause's verb did (not what it only counted: "said it had recorded 300 cases")
            if (c.agent.empty() && c.source && pick == before && pick->kind == cue_kind::source_verb && !pick->pronoun &&
                c.q.begin > pick->end && c.q.begin - pick->end < 90)
                if (std::string a = said_it_agent(d, *pick, c); !a.empty()) c.agent = std::move(a);
        }
        if (pending.empty()) {
            remember(s, cues);
        } else {
            pending.push_back({sentence_index, true, false, std::move(cues)});
        }
        ++sentence_index;
    }
    // what is still trapped, missing or held is what is left, where the report gave a larger first
    // count of that fate before: "a roof fall trapped 17 men" ... "Five miners were still trapped"
    // (a report of one count, "12 people remain missing", keeps it as the count)
    {
        auto remaining = [&](const claim& c) {
            if (c.pred.text.empty() || c.sentence >= sentences.size()) return false;
            // (from the figure's own end: "17 still trapped" in a headline)
            const std::size_t from = std::max(c.q.end, c.counted.end);
            const std::size_t e = std::min(sentences[c.sentence].end, from + 32);
            if (e <= from) return false;
            const std::string_view after = std::string_view(d.lower).substr(from, e - from);
            const std::size_t p = after.find(c.pred.text);
            if (p == std::string_view::npos) return false;
            const std::string_view gap = after.substr(0, p);
            return gap.find("still ") != std::string_view::npos || gap.find(" remain") != std::string_view::npos;
        };
        // (a first count before it, larger: "98 missing" ... "with 98 people still missing" is one
        // count told twice)
        std::unordered_map<std::string, double> most;  // the largest count told so far of each fate
        // (a headline tells what is left before the body tells the first count: "Eight miners
        // rescued in Guizhou, 17 still trapped" ... "Of the 25 miners trapped")
        // (whether each claim tells what is left, read once: -1 not asked, 0 no, 1 yes)
        std::vector<signed char> left(out.size(), -1);
        auto is_left = [&](std::size_t i) {
            if (left[i] < 0) left[i] = static_cast<signed char>(remaining(out[i]));
            return left[i] > 0;
        };
        std::unordered_map<std::string, double> in_all;
        bool headline_left = false;  // (the headline's claims are asked first: most headlines tell no "still")
        for (std::size_t i = 0; i < out.size() && out[i].sentence == 0; ++i)
            if (!out[i].pred.cls.empty() && out[i].value && is_left(i)) headline_left = true;
        if (headline_left)
            for (std::size_t i = 0; i < out.size(); ++i) {
                const claim& c = out[i];
                if (!c.pred.cls.empty() && c.value && c.sentence > 0 && !is_left(i)) {
                    double& m = in_all[c.pred.cls];
                    m = std::max(m, *c.value);
                }
            }
        for (std::size_t i = 0; i < out.size(); ++i) {
            claim& c = out[i];
            if (c.pred.cls.empty() || !c.value) continue;
            if (is_left(i)) {
                const auto& seen = c.sentence == 0 ? in_all : most;
                if (const auto it = seen.find(c.pred.cls); it != seen.end() && it->second > *c.value && c.subgroup.empty())
                    c.subgroup = "still";
            } else {
                double& m = most[c.pred.cls];
                m = std::max(m, *c.value);
            }
        }
    }
    return out;
}

}  // namespace claimcheck::grammar
