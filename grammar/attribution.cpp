// Compiles the attribution grammar once; callers see only attribution.hpp.
#include "grammar/attribution.hpp"

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
    word_trie first_words;                        ///< first word -> index into `phrases`
    std::vector<std::vector<std::string>> phrases;
};
const anchor_table& anchors() {
    static const anchor_table table = [] {
        std::unordered_map<std::string, std::vector<std::string>> m;
        for (const auto& r : lexicon("speech_verbs").rows) {
            std::string phrase;
            for (char c : r[0]) phrase.push_back(ascii::to_lower(c));
            m[phrase.substr(0, phrase.find(' '))].push_back(phrase);
        }
        anchor_table t;
        for (auto& [first, list] : m) {
            t.first_words.add(first, static_cast<std::int32_t>(t.phrases.size()));
            t.phrases.push_back(std::move(list));
        }
        return t;
    }();
    return table;
}

/// True when [begin, end) holds a colon or, as whole words, a phrase that can anchor a cue: the
/// grammar needs one, so a sentence without any is not parsed at all.
bool may_hold_cue(std::string_view text, std::size_t begin, std::size_t end) {
    const auto& table = anchors();
    for (std::size_t i = begin; i < end;) {
        if (text[i] == ':') return true;
        if (!is_word(text[i])) {
            ++i;
            continue;
        }
        const std::size_t start = i;
        const std::int32_t found = table.first_words.read(text, i, end);  // i: past the word
        if (found == word_trie::none) continue;
        const std::size_t word_size = i - start;
        for (const auto& phrase : table.phrases[static_cast<std::size_t>(found)]) {
            if (start + phrase.size() > end) continue;
            bool same = true;
            for (std::size_t k = word_size; k < phrase.size() && same; ++k)
                same = ascii::to_lower(text[start + k]) == phrase[k];
            if (same && (start + phrase.size() == end || !is_word(text[start + phrase.size()]))) return true;
        }
    }
    return false;
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
    if (!may_hold_cue(text, begin, end)) return out;
    const char* base = text.data();
    const char* last = base + end;
    for (std::size_t i = begin; i < end; ++i) {
        if (text[i] != ',' && (!is_word(text[i]) || (i > begin && is_word(text[i - 1])))) continue;
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
