// Compiles the attribution grammar once; callers see only attribution.hpp.
#include "grammar/attribution.hpp"

#include <algorithm>
#include <cctype>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "grammar/ascii.hpp"
#include "grammar/attribution_def.hpp"
#include "grammar/prefix_set.hpp"
#include "grammar/word_trie.hpp"
#include "grammar/quantity.hpp"

namespace claimcheck::grammar {

namespace {
void ensure_tables() {
    static std::once_flag once;
    std::call_once(once, attribution_grammar::fill_tables);
}
bool is_word(char c) { return ascii::is_alnum(c); }

/// Every cue holds a word of lexicon/speech_verbs.tsv (a verb, participle, preposition or "by"
/// phrase) or a colon (headlines): first word -> the whole phrases, lower-case.
struct anchor_table {
    struct phrase {
        std::string text;
        bool verb = false;  ///< of kind "verb": what the grammar's speech_verb reads
    };
    word_trie first_words;  ///< first word -> index into `phrases`
    std::vector<std::vector<phrase>> phrases;
    /// every verb's first word is letters and digits only, so that the word scan below sees
    /// every place a speech verb can start (else the scan cannot rule any place out)
    bool verbs_scannable = true;
};
const anchor_table& anchors() {
    static const anchor_table table = [] {
        std::unordered_map<std::string, std::vector<anchor_table::phrase>> m;
        anchor_table t;
        for (const auto& r : lexicon("speech_verbs").rows) {
            std::string phrase;
            for (char c : r[0]) phrase.push_back(ascii::to_lower(c));
            const bool verb = r.at(1) == "verb";
            std::string first = phrase.substr(0, phrase.find(' '));
            if (verb && (first.empty() || !std::all_of(first.begin(), first.end(), is_word))) t.verbs_scannable = false;
            m[std::move(first)].push_back({phrase, verb});
        }
        for (auto& [first, list] : m) {
            t.first_words.add(first, static_cast<std::int32_t>(t.phrases.size()));
            t.phrases.push_back(std::move(list));
        }
        return t;
    }();
    return table;
}

/// What one read of a sentence tells find_cues before it tries the grammar anywhere.
struct cue_scan {
    static constexpr std::size_t none = std::string_view::npos;
    bool anchor = false;          ///< a colon or an anchor phrase: else no cue at all
    std::size_t last_verb = none;   ///< the start of the last speech verb (as speech_verb reads one)
    std::size_t last_colon = none;  ///< the last colon
};

/// Reads [begin, end) word by word: does it hold a colon or, as whole words, a phrase that can
/// anchor a cue (the grammar needs one, so a sentence without any is not parsed at all), and
/// where are its last speech verb and colon (a cue that names its source before the verb, or
/// a headline, can only start before them).
cue_scan scan_for_cues(std::string_view text, std::size_t begin, std::size_t end) {
    const auto& table = anchors();
    cue_scan scan;
    if (!table.verbs_scannable) scan.last_verb = end;  // any place may be followed by a verb
    for (std::size_t i = begin; i < end;) {
        if (text[i] == ':') {
            scan.anchor = true;
            scan.last_colon = i;
            ++i;
            continue;
        }
        if (!is_word(text[i])) {
            ++i;
            continue;
        }
        const std::size_t start = i;
        const std::int32_t found = table.first_words.read(text, i, end);  // i: past the word
        if (found == word_trie::none) continue;
        const std::size_t word_size = i - start;
        for (const auto& phrase : table.phrases[static_cast<std::size_t>(found)]) {
            const std::string& p = phrase.text;
            if (start + p.size() > end) continue;
            bool same = true;
            for (std::size_t k = word_size; k < p.size() && same; ++k) same = ascii::to_lower(text[start + k]) == p[k];
            if (same && (start + p.size() == end || !is_word(text[start + p.size()]))) {
                scan.anchor = true;
                if (phrase.verb && table.verbs_scannable) scan.last_verb = start;
            }
        }
    }
    return scan;
}

/// The leading letters of the words that open a cue by themselves: a preposition ("according
/// to"), a "by" phrase ("as confirmed by") or "with".
const prefix_set& intro_starters() {
    static const prefix_set set = [] {
        ensure_tables();
        prefix_set out;
        auto each = [&](const ascii::symbols& table) {
            table.for_each([&](const std::string& w, const boost::spirit::x3::unused_type&) { out.add(w); });
        };
        each(attribution_grammar::t().prep);
        each(attribution_grammar::t().by);
        out.add("with");
        return out;
    }();
    return set;
}

/// The leading letters of every word a cue can begin with (for_each_starter).
const prefix_set& starters() {
    static const prefix_set set = [] {
        ensure_tables();
        prefix_set out;
        attribution_grammar::for_each_starter([&](const std::string& w) { out.add(w); });
        return out;
    }();
    return set;
}

/// False when the word at `i` cannot begin a cue: a lower-case word whose letters begin no
/// starter. Capitalised words, commas, digits and signs are always tried.
bool may_start_cue(std::string_view text, std::size_t i, std::size_t end) {
    return !ascii::is_lower(text[i]) || starters().begins(text.substr(0, end), i);
}
}  // namespace

std::vector<cue_match> find_cues(std::string_view text, std::size_t begin, std::size_t end) {
    namespace x3 = boost::spirit::x3;
    ensure_tables();
    std::vector<cue_match> out;
    const cue_scan scan = scan_for_cues(text, begin, end);
    if (!scan.anchor) return out;
    const char* base = text.data();
    const char* last = base + end;
    for (std::size_t i = begin; i < end; ++i) {
        if (text[i] != ',' && (!is_word(text[i]) || (i > begin && is_word(text[i - 1])))) continue;
        // past the last speech verb and colon, only a comma (", saying"), a preposition, a "by"
        // phrase or "with" can open a cue: the other forms need a verb (at or after their
        // start) or a colon (after it)
        if (text[i] != ',' && (scan.last_verb == cue_scan::none || i > scan.last_verb) &&
            (scan.last_colon == cue_scan::none || i >= scan.last_colon) &&
            !intro_starters().begins(text.substr(0, end), i))
            continue;
        if (!may_start_cue(text, i, end)) continue;
        attribution_grammar::match m;
        const char* first = base + i;
        ++parser_steps();
        if (!x3::parse(first, last, attribution_grammar::cue, m)) continue;
        cue_match c;
        c.kind = m.kind;
        c.begin = i;
        c.end = static_cast<std::size_t>(first - base);
        if (m.src_b) {
            c.src_begin = static_cast<std::size_t>(m.src_b - base);
            c.src_end = static_cast<std::size_t>(m.src_e - base);
        }
        if (m.verb_b) {
            c.verb_begin = static_cast<std::size_t>(m.verb_b - base);
            c.verb_end = static_cast<std::size_t>(m.verb_e - base);
        }
        c.pronoun = m.pronoun;
        out.push_back(c);
        // continue after the source so that "X said ... , Y added" finds both
        i = (c.kind == cue_kind::participle ? c.end : std::max(c.verb_end, c.src_end)) - 1;
    }
    return out;
}

std::size_t parse_source_phrase(std::string_view text, std::size_t pos, std::size_t end) {
    namespace x3 = boost::spirit::x3;
    ensure_tables();
    const char* first = text.data() + pos;
    if (!x3::parse(first, text.data() + end, attribution_grammar::source_phrase)) return pos;
    return static_cast<std::size_t>(first - text.data());
}

}  // namespace claimcheck::grammar
