// Compiles the attribution grammar once; callers see only attribution.hpp.
#include "grammar/attribution.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include "grammar/ascii.hpp"
#include "grammar/byte_scan.hpp"
#include "grammar/attribution_def.hpp"
#include "grammar/cue_word_starts.hpp"
#include "grammar/lead_filter.hpp"
#include "grammar/prefix_set.hpp"
#include "grammar/word_trie.hpp"
#include "grammar/quantity.hpp"

namespace claimcheck::grammar {

namespace {
/// Fills the symbol tables before the first parse. A function-local static: after the first
/// call, one load and a branch (std::call_once was a call and some 90 instructions, once per
/// sentence or figure).
void ensure_tables() {
    static const bool filled = (attribution_grammar::fill_tables(), true);
    (void)filled;
}
bool is_word(char c) { return ascii::is_alnum(c); }

/// The bit of a starter's `opens` for what it opens.
constexpr unsigned bit(attribution_grammar::opens what) { return 1u << static_cast<unsigned>(what); }

/// The words the scan of a sentence looks up: the first words of lexicon/speech_verbs.tsv
/// (every cue holds one of its phrases, a verb, participle, preposition or "by" phrase, or a
/// colon for headlines), the lower-case words a cue's source may hold, and the first words of
/// the entries a cue can begin with (attribution_grammar::for_each_starter).
struct word_table {
    struct phrase {
        std::string text;   ///< lower-case
        bool verb = false;  ///< of kind "verb": what the grammar's speech_verb reads
        bool participle = false;  ///< of kind "participle": what with_participle ends with
    };
    /// An entry of a list a cue can begin with, and what it opens there.
    struct starter {
        std::string text;    ///< lower-case
        unsigned opens = 0;  ///< bit(what) for each list that holds it
    };
    struct entry {
        /// the anchor phrases of more than one word that begin with the word (a space follows it
        /// in each: the word is a phrase's text up to its first space)
        std::vector<phrase> phrases;
        /// the word itself is an anchor phrase (of kind "verb": `verb`, "participle": `participle`):
        /// it stands wherever the word stands whole, with nothing more to compare
        bool whole = false, whole_verb = false, whole_participle = false;
        std::vector<starter> starters;  ///< the starters that begin with the word
        bool source_word = false;       ///< may stand, lower-case, inside a source and before its verb
        bool intro = false;             ///< a starter that opens an intro or "with" begins with it
    };
    word_trie words;  ///< word -> index into `entries`
    std::vector<entry> entries;
    lead_filter anchors;  ///< the words that begin an anchor phrase, by their leading letters
    lead_filter all;      ///< every word of `words`, by its leading letters
    /// the words read_anchors looks up, -> index into `entries`: those that begin an anchor
    /// phrase, and those an intro or "with" begins with (entry::intro)
    cue_words::leads anchor_or_intro;
    /// every verb's first word is letters and digits only, so that the word scan below sees
    /// every place a speech verb can start (else the scan cannot rule any place out)
    bool verbs_scannable = true;
    /// the same of the participles: the scan sees every place one can start (else "with" is
    /// always tried)
    bool participles_scannable = true;
    /// the characters a cue that names its source first may read before its verb or colon:
    /// those of a name (letters, digits, - ' . &), of sp and of the entries of the lists that
    /// make a source and the adverbials after it
    std::array<bool, 256> source_char{};
    /// neither ',' nor ':' is one: where another character stands, no such cue reads past it
    /// (else read_anchors cannot cut its walks there)
    bool reach_known = true;
};

/// Calls `f(run)` for the runs of letters and digits of `s`: "U.N. official" -> U, N, official.
template <class F>
void for_each_alnum_run(std::string_view s, F&& f) {
    for (std::size_t i = 0; i < s.size();) {
        if (!is_word(s[i])) {
            ++i;
            continue;
        }
        const std::size_t b = i;
        while (i < s.size() && is_word(s[i])) ++i;
        f(s.substr(b, i - b));
    }
}

const word_table& words() {
    // never destroyed: it lives as long as the program (no work at exit)
    static const word_table& table = *new word_table([] {
        ensure_tables();
        word_table t;
        // the entry of a word, made the first time it is asked for; none for a word that is not
        // letters and digits only (the scans read no such word: word_trie holds none)
        t.entries.reserve(512);  // (about 400 words: no moves of entries while it is filled)
        auto entry = [&](std::string_view w) -> word_table::entry* {
            if (w.empty() || bytes::alnum_prefix(w.data(), w.size()) != w.size()) return nullptr;
            std::int32_t at = t.words.find(w, 0, w.size());
            if (at == word_trie::none) {
                at = static_cast<std::int32_t>(t.entries.size());
                t.words.add(w, at);
                t.all.add(w);
                t.entries.emplace_back();
            }
            return &t.entries[static_cast<std::size_t>(at)];
        };
        for (const auto& r : lexicon("speech_verbs").rows) {
            std::string phrase;
            for (char c : r[0]) phrase.push_back(ascii::to_lower(c));
            const bool verb = r.at(1) == "verb", participle = r.at(1) == "participle";
            const std::string_view first = std::string_view(phrase).substr(0, phrase.find(' '));
            const bool scannable = !first.empty() && std::all_of(first.begin(), first.end(), is_word);
            if (verb && !scannable) t.verbs_scannable = false;
            if (participle && !scannable) t.participles_scannable = false;
            if (word_table::entry* e = entry(first)) {
                t.anchors.add(first);
                t.anchor_or_intro.add(first, static_cast<std::int32_t>(e - t.entries.data()));
                if (first.size() == phrase.size()) {
                    e->whole = true;
                    e->whole_verb |= verb;
                    e->whole_participle |= participle;
                } else {
                    e->phrases.push_back({phrase, verb, participle});
                }
            }
        }
        // a starter is found from its first run of letters and digits (one that begins with
        // neither stands at no word start, where find_cues tries the grammar)
        attribution_grammar::for_each_starter([&](const std::string& w, attribution_grammar::opens what) {
            std::string lower;
            for (char c : w) lower.push_back(ascii::to_lower(c));
            const std::string_view first = std::string_view(lower).substr(0, bytes::alnum_prefix(lower.data(), lower.size()));
            word_table::entry* e = entry(first);
            if (!e) return;
            if (what == attribution_grammar::opens::intro || what == attribution_grammar::opens::with) {
                e->intro = true;
                t.anchor_or_intro.add(first, static_cast<std::int32_t>(e - t.entries.data()));
            }
            for (auto& s : e->starters)
                if (s.text == lower) {
                    s.opens |= bit(what);
                    return;
                }
            e->starters.push_back({lower, bit(what)});
        });
        // what a source and the words up to its verb are made of, apart from capitalised names:
        // determiners, role words, pronouns, adverbials ("also", "in a statement"), "of/for/in the"
        // (cue_def in attribution_def.hpp); "s" of "ministry's"
        namespace ag = attribution_grammar;
        for (unsigned c = 0; c < 256; ++c) t.source_char[c] = is_word(static_cast<char>(c));
        for (char c : {' ', '\n', '-', '\'', '.', '&'}) t.source_char[static_cast<unsigned char>(c)] = true;
        auto each = [&](const word_list& table) {
            table.for_each([&](const std::string& w) {
                for_each_alnum_run(w, [&](std::string_view run) { entry(run)->source_word = true; });
                for (char c : w) t.source_char[static_cast<unsigned char>(c)] = true;
            });
        };
        each(ag::t().det);
        each(ag::t().role_head);
        each(ag::t().role_mod);
        each(ag::t().pronoun);
        each(ag::t().adverbial);
        for (const char* w : {"of", "for", "in", "the", "s"}) entry(w)->source_word = true;
        t.reach_known = !t.source_char[static_cast<unsigned char>(',')] && !t.source_char[static_cast<unsigned char>(':')];
        return t;
    }());
    return table;
}

/// What one read of a sentence tells find_cues before it tries the grammar anywhere.
struct cue_scan {
    bool anchor = false;               ///< a colon or an anchor phrase: else no cue at all
    std::vector<std::size_t> verbs;    ///< where a speech verb starts (as speech_verb reads one)
    std::vector<std::size_t> colons;   ///< where a colon is
    std::vector<std::size_t> breaks;   ///< where a word starts that no source holds (see below)
    std::vector<std::size_t> parens;   ///< where a '(' is (a source's parenthetical holds anything)
    /// where a word starts and where a comma is, in text order: the only places a cue can begin
    /// (find_cues tries them from this list instead of reading the sentence a third time)
    std::vector<std::size_t> starts;
    void clear() {
        anchor = false;
        starts.clear();
        verbs.clear();
        colons.clear();
        breaks.clear();
        parens.clear();
    }
};

/// Whether the lower-case `p`, whose first word is the word [start, start + word_size) of
/// `text`, stands at `start` as whole words (up to `end`), as a word_list reads it and then `wb`.
bool stands(std::string_view text, std::size_t start, std::size_t word_size, std::size_t end, const std::string& p) {
    if (start + p.size() > end) return false;
    for (std::size_t k = word_size; k < p.size(); ++k)
        if (ascii::to_lower(text[start + k]) != p[k]) return false;
    return start + p.size() == end || !is_word(text[start + p.size()]);
}

/// Whether a phrase of `e` (the entry of the word [start, start + word_size), which stands there
/// whole) stands at `start` as whole words; the start goes to `verbs` once for each verb phrase
/// that does (when given), and to `*participle` when a participle does (when given).
[[gnu::always_inline]] inline bool phrase_at(std::string_view text, std::size_t start, std::size_t word_size, std::size_t end,
                                             const word_table::entry& e, std::vector<std::size_t>* verbs, std::size_t* participle = nullptr) {
    bool found = e.whole;
    if (found) {
        if (!verbs) return true;
        if (e.whole_verb) verbs->push_back(start);
        if (e.whole_participle && participle) *participle = start;
    }
    // a phrase of more words has a space right after the word (most words are followed by
    // something else where they are no such phrase's)
    if (e.phrases.empty() || start + word_size + 1 >= end || text[start + word_size] != ' ') return found;
    const char next = ascii::to_lower(text[start + word_size + 1]);  // the next word's first letter
    for (const auto& phrase : e.phrases) {
        if (phrase.text.size() > word_size + 1 && phrase.text[word_size + 1] == next && stands(text, start, word_size, end, phrase.text)) {
            found = true;
            if (!verbs) return true;
            if (phrase.verb) verbs->push_back(start);
            if (phrase.participle && participle) *participle = start;
        }
    }
    return found;
}

/// True when [begin, end) holds a colon or an anchor phrase (what scan_for_cues sets `anchor`
/// for), read from the leading letters of each word: only a word that may begin a phrase is
/// looked up. Most sentences have neither, and their words are not looked up at all.
bool anchored(std::string_view text, std::size_t begin, std::size_t end) {
    if (std::memchr(text.data() + begin, ':', end - begin)) return true;
    const auto& table = words();
    return bytes::for_each_word_start(text.data(), begin, end, [&](std::size_t start) {
        if (!table.anchors.may(text, start, end)) return false;
        const std::size_t past = start + bytes::alnum_prefix(text.data() + start, end - start);
        const std::int32_t found = table.words.find(text, start, past);
        return found != word_trie::none &&
               phrase_at(text, start, past - start, end, table.entries[static_cast<std::size_t>(found)], nullptr);
    });
}

/// Reads [begin, end) word by word: does it hold a colon or, as whole words, a phrase that can
/// anchor a cue (the grammar needs one, so a sentence without any is not parsed at all); where
/// are its speech verbs, colons and parentheses; and where does a word start, after a space,
/// that is not capitalised and is none of the lower-case words of a source (such a word ends
/// any source before it: a cue that names its source before the verb, or a headline, cannot
/// reach past it to its verb or colon).
/// Whether the word at `start` is an "and" between two capitalised words, which a source's name
/// holds ("the Food and Drug Administration", "the Maritime and Port Authority"): no break of
/// the walk back from a verb (np_core reads it).
bool and_in_name(std::string_view text, std::size_t begin, std::size_t start, std::size_t end) {
    if (start < begin + 2 || end - start < 5 || text.compare(start, 3, "and") != 0) return false;
    std::size_t k = start + 3;
    if (text[k] != ' ' && text[k] != '\n') return false;
    while (k < end && (text[k] == ' ' || text[k] == '\n')) ++k;
    if (k >= end || !ascii::is_upper(text[k])) return false;
    std::size_t b = start;
    while (b > begin && (text[b - 1] == ' ' || text[b - 1] == '\n')) --b;
    std::size_t w = b;
    while (w > begin && is_word(text[w - 1])) --w;
    return w < b && ascii::is_upper(text[w]);
}

void scan_for_cues(std::string_view text, std::size_t begin, std::size_t end, cue_scan& scan) {
    const auto& table = words();
    scan.clear();
    if (!anchored(text, begin, end)) return;  // no cue: nothing else is asked
    for (std::size_t i = begin; i < end;) {
        const char c = text[i];
        if (!is_word(c)) {
            if (c == ':') {
                scan.anchor = true;
                scan.colons.push_back(i);
            } else if (c == ',') {
                scan.starts.push_back(i);
            } else if (c == '(') {
                scan.parens.push_back(i);
            }
            ++i;
            continue;
        }
        const std::size_t start = i;
        scan.starts.push_back(start);
        i += bytes::alnum_prefix(text.data() + i, end - i);  // past the word
        // most words of a sentence are in no table: the lead filter tells without a lookup
        const std::int32_t found = table.all.may(text, start, end) ? table.words.find(text, start, i) : word_trie::none;
        const word_table::entry* e = found == word_trie::none ? nullptr : &table.entries[static_cast<std::size_t>(found)];
        if (start > begin && (text[start - 1] == ' ' || text[start - 1] == '\n') && !ascii::is_upper(c) &&
            !(e && e->source_word) && !and_in_name(text, begin, start, end))
            scan.breaks.push_back(start);
        if (!e) continue;
        if (phrase_at(text, start, i - start, end, *e, &scan.verbs)) scan.anchor = true;
    }
}

/// The first element of the sorted `v` from `at` on that is at least (or, `strict`, more than)
/// `pos`; `at` moves there. npos when none.
inline std::size_t next_at(const std::vector<std::size_t>& v, std::size_t& at, std::size_t pos, bool strict) {
    while (at < v.size() && (strict ? v[at] <= pos : v[at] < pos)) ++at;
    return at < v.size() ? v[at] : std::string_view::npos;
}

/// The leading letters of the words that open a cue by themselves: a preposition ("according
/// to"), a "by" phrase ("as confirmed by") or "with".
const prefix_set& intro_starters() {
    static const prefix_set set = [] {
        ensure_tables();
        prefix_set out;
        auto each = [&](const word_list& table) {
            table.for_each([&](const std::string& w) { out.add(w); });
        };
        each(attribution_grammar::t().prep);
        each(attribution_grammar::t().by);
        out.add("with");
        return out;
    }();
    return set;
}

/// The leading letters of the participles: at a comma only ", saying", ", adding", ... (a
/// participle cue) can begin (cue_def reads ',' in no other alternative).
const prefix_set& participle_starters() {
    static const prefix_set set = [] {
        ensure_tables();
        prefix_set out;
        attribution_grammar::t().participle.for_each(
            [&](const std::string& w) { out.add(w); });
        return out;
    }();
    return set;
}

/// The entry of the word that starts at `i` (up to `end`), and its end in `past`; nullptr when
/// it has none.
const word_table::entry* entry_at(std::string_view text, std::size_t i, std::size_t end, std::size_t& past) {
    const auto& table = words();
    past = i + bytes::alnum_prefix(text.data() + i, end - i);
    if (!table.all.may(text, i, end)) return nullptr;
    const std::int32_t found = table.words.find(text, i, past);
    return found == word_trie::none ? nullptr : &table.entries[static_cast<std::size_t>(found)];
}

/// Whether a source noun phrase (np_core) may begin after the spaces at `j`: sp reads one space
/// or line break at least, then np_core a capitalised name, a determiner or a role word.
bool source_may_follow(std::string_view text, std::size_t j, std::size_t end) {
    if (j >= end || (text[j] != ' ' && text[j] != '\n')) return false;
    while (j < end && (text[j] == ' ' || text[j] == '\n')) ++j;
    if (j >= end || !is_word(text[j])) return false;
    if (ascii::is_upper(text[j])) return true;
    std::size_t past = 0;
    const word_table::entry* e = entry_at(text, j, end, past);
    if (!e) return false;
    for (const auto& s : e->starters)
        if ((s.opens & bit(attribution_grammar::opens::np)) && stands(text, j, past - j, end, s.text)) return true;
    return false;
}

/// False when no alternative of cue_def can match at the word start `i`: a word not capitalised
/// where no starter stands whole (for_each_starter; a lower-case word or a digit begins no name),
/// or where only a speech verb stands with no source after it, or only "with" with no space after
/// it or, `participle_ahead` false, no participle after it. Capitalised words are always tried.
bool may_begin_cue(std::string_view text, std::size_t i, std::size_t end, bool participle_ahead) {
    using attribution_grammar::opens;
    if (!ascii::is_lower(text[i]) && !ascii::is_digit(text[i])) return true;
    std::size_t past = 0;
    const word_table::entry* e = entry_at(text, i, end, past);
    if (!e) return false;
    for (const auto& s : e->starters) {
        if (!stands(text, i, past - i, end, s.text)) continue;
        const std::size_t after = i + s.text.size();
        if (s.opens & (bit(opens::intro) | bit(opens::np) | bit(opens::pronoun))) return true;
        if ((s.opens & bit(opens::with)) && participle_ahead && after < end && (text[after] == ' ' || text[after] == '\n'))
            return true;
        if ((s.opens & bit(opens::verb)) && source_may_follow(text, after, end)) return true;
    }
    return false;
}

/// What find_cues reads of a sentence with no '(' before it tries the grammar: its anchors and
/// the places a cue may begin at (`tries`, in text order), found from the anchors instead of by
/// reading every word.
struct anchor_scan {
    bool anchor = false;
    std::vector<std::size_t> verbs;   ///< where a speech verb starts
    std::vector<std::size_t> colons;  ///< where a colon is
    std::vector<std::size_t> tries;   ///< where find_cues tries the grammar (before may_begin_cue)
    std::size_t participle = std::string_view::npos;  ///< where the last participle starts (npos: none)
};

/// Reads [begin, end) (which holds no '(') for anchor_scan: one pass over the word starts for
/// the speech verbs, the participles, the anchor phrases and the first words of the intros
/// ("according to", "as confirmed by", "with"); the colons and the commas before a participle;
/// then, back from each speech verb and colon, the word starts from which a source may reach it
/// (scan_for_cues's breaks: a word that no source holds ends the walk, and so does a character
/// that no source reads). These are the places where the reading of every word (scan_for_cues
/// and the loop in find_cues) tries the grammar, less those where no source can reach its verb.
void read_anchors(std::string_view text, std::size_t begin, std::size_t end, anchor_scan& scan) {
    const auto& table = words();
    scan.anchor = false;
    scan.verbs.clear();
    scan.colons.clear();
    scan.tries.clear();
    scan.participle = std::string_view::npos;
    const char* p = text.data();
    for (const char* c = p + begin; (c = static_cast<const char*>(std::memchr(c, ':', static_cast<std::size_t>(p + end - c))));
         ++c)
        scan.colons.push_back(static_cast<std::size_t>(c - p));
    if (!scan.colons.empty()) scan.anchor = true;
    const std::string_view upto = text.substr(0, end);
    // a word that passes the lead filter is read out of line: most words do not, and the loop
    // that asks every word start stays small
    auto read_lead = [&](std::size_t start) __attribute__((noinline)) {
        std::size_t size = 0;
        const std::int32_t found = table.anchor_or_intro.find(text, start, end, size);
        if (found < 0) return;
        const word_table::entry& e = table.entries[static_cast<std::size_t>(found)];
        if (phrase_at(text, start, size, end, e, &scan.verbs, &scan.participle)) scan.anchor = true;
        if (e.intro) scan.tries.push_back(start);
    };
    // (by four characters: some words the first three let through are read no further)
    cue_words::for_each_lead_by_four(p, begin, end, text.size(), table.anchor_or_intro, read_lead);
    if (!scan.anchor) return;
    // a participle cue: a comma, spaces, then the participle
    const prefix_set& participles = participle_starters();
    for (const char* c = p + begin; (c = static_cast<const char*>(std::memchr(c, ',', static_cast<std::size_t>(p + end - c))));
         ++c) {
        std::size_t q = static_cast<std::size_t>(c - p) + 1;
        if (q >= end || (text[q] != ' ' && text[q] != '\n')) continue;
        while (q < end && (text[q] == ' ' || text[q] == '\n')) ++q;
        if (participles.begins(upto, q)) scan.tries.push_back(static_cast<std::size_t>(c - p));
    }
    // the word start before `x` (at or after `begin`), npos when none; `gap` is where the
    // characters between that word and `x` begin
    auto word_before = [&](std::size_t x, std::size_t& gap) {
        std::size_t k = x;
        while (k > begin && !is_word(text[k - 1])) --k;
        if (k == begin) return std::string_view::npos;
        gap = k;
        while (k > begin && is_word(text[k - 1])) --k;
        return k;
    };
    // whether a cue that names its source first may read the characters [gap, x) on its way to
    // its verb or colon: source characters only, but for a comma right before the spaces before
    // the verb (`before_verb`: `x` is the verb's start) ("the ministry, said": source, -',', sp)
    auto passes = [&](std::size_t gap, std::size_t x, bool before_verb) {
        if (!table.reach_known) return true;
        if (before_verb) {
            std::size_t k = x;
            while (k > gap && (text[k - 1] == ' ' || text[k - 1] == '\n')) --k;
            if (k < x && k > gap && text[k - 1] == ',') x = k - 1;
        }
        for (std::size_t k = gap; k < x; ++k)
            if (!table.source_char[static_cast<unsigned char>(text[k])]) return false;
        return true;
    };
    // a word after a space or line break that is not capitalised and that no source holds
    auto is_break = [&](std::size_t j) {
        if (j == begin || (text[j - 1] != ' ' && text[j - 1] != '\n') || ascii::is_upper(text[j])) return false;
        if (text[j] == 'a' && and_in_name(text, begin, j, end)) return false;
        if (!table.all.may(text, j, end)) return true;
        const std::int32_t found = table.words.find(text, j, j + bytes::alnum_prefix(p + j, end - j));
        return found == word_trie::none || !table.entries[static_cast<std::size_t>(found)].source_word;
    };
    // back from each verb and colon, in text order: a source may begin at a word start from which
    // no break lies before the verb (at the verb itself) or colon, nor a character that such a
    // cue does not read (a comma but right before the verb, a quote, a semicolon: see passes); the
    // walk stops at the anchor before, whose own walk reaches further back (scan.verbs is in text
    // order: phrase_at pushes a start once per verb phrase standing there)
    const std::size_t npos = std::string_view::npos;
    std::size_t stop = npos;  // the anchor before (npos: none yet)
    std::size_t vi = 0, ci = 0;
    while (vi < scan.verbs.size() || ci < scan.colons.size()) {
        const bool verb = ci == scan.colons.size() || (vi < scan.verbs.size() && scan.verbs[vi] < scan.colons[ci]);
        const std::size_t at = verb ? scan.verbs[vi++] : scan.colons[ci++];
        if (at == stop) continue;  // a second verb phrase at the same start
        if (verb) scan.tries.push_back(at);
        for (std::size_t x = at;;) {
            std::size_t gap = 0;
            const std::size_t j = word_before(x, gap);
            if (j == npos || (stop != npos && j <= stop) || !passes(gap, x, verb && x == at)) break;
            scan.tries.push_back(j);
            if (is_break(j)) break;
            x = j;
        }
        stop = at;
    }
    std::sort(scan.tries.begin(), scan.tries.end());
    scan.tries.erase(std::unique(scan.tries.begin(), scan.tries.end()), scan.tries.end());
}
/// The first word of an apposition between a source and its verb: an age ("Mark Hurd, 51,
/// told"), an article or relative ("Smith, a spokesman for the agency, said", "Teixeira, who
/// turns 29 on April 11, said"), or a role word ("Smith, spokesman for the ministry, said").
bool opens_apposition(std::string_view text, std::size_t at, std::size_t end) {
    std::size_t e = at;
    while (e < end && ascii::is_alnum(text[e])) ++e;
    if (e == at) return false;
    const std::string_view w = text.substr(at, e - at);
    if (ascii::is_digit(w[0])) {
        // an age: one to three digits alone ("51"), not a figure with a unit or noun after
        if (w.size() > 3 || !std::all_of(w.begin(), w.end(), ascii::is_digit)) return false;
        std::size_t k = e;
        while (k < end && text[k] == ' ') ++k;
        return k == end;  // (`end`: the comma that closes the apposition)
    }
    std::string low(w);
    for (char& c : low) c = ascii::to_lower(c);
    static const std::array<std::string_view, 10> openers = {"a",    "an",   "the",     "who",     "whose",
                                                              "which", "aged", "himself", "herself", "one"};
    if (std::find(openers.begin(), openers.end(), std::string_view(low)) != openers.end()) return true;
    namespace x3 = boost::spirit::x3;
    const char* f = text.data() + at;
    x3::unused_type unused;
    return attribution_grammar::t().role_head.parse(f, text.data() + e, x3::unused, unused, unused) && f == text.data() + e;
}

/// Cues whose source and verb stand apart by an apposition set off by commas: "Mark Hurd, 51,
/// told analysts", "John Smith, a spokesman for the agency, said", "Teixeira, who turns 29,
/// said". The grammar's source reads no comma but one right before its verb; here, for a speech
/// verb (at `verbs`) that no cue of `out` reads, the two commas before it are found (with no
/// quote, bracket, colon, semicolon or sentence stop between), the apposition must open as
/// opens_apposition tells, and the longest source noun phrase (or pronoun) that ends right at
/// the first comma names the source. Added to `out` in text order; none overlaps a cue there.
void add_appositive_cues(std::string_view text, std::size_t begin, std::size_t end, const std::vector<std::size_t>& verbs,
                         std::vector<cue_match>& out) {
    namespace x3 = boost::spirit::x3;
    // (each verb reads the cues found: a sentence of thousands of verbs is read in linear time
    // without this rule)
    if (verbs.size() > 64) return;
    const char* base = text.data();
    for (const std::size_t v : verbs) {
        if (v <= begin || v >= end) continue;
        {
            // a comma right before the verb first (most verbs have none: nothing more is read)
            std::size_t k = v;
            while (k > begin && (text[k - 1] == ' ' || text[k - 1] == '\n')) --k;
            if (k <= begin || text[k - 1] != ',') continue;
        }
        // a cue of the grammar that reads this verb: kept, unless its source lies inside the
        // apposition ("Smith, a spokesman for the agency, said" reads "the agency, said")
        const auto read = std::find_if(out.begin(), out.end(), [&](const cue_match& c) { return v >= c.begin && v < c.end; });
        // (or one that reads its source after the verb: "Ruth Ibarra, one of the two no votes, said
        // the public share was ...", where the verb has its source before it)
        if (read != out.end() && !((read->kind == cue_kind::source_verb || read->kind == cue_kind::verb_source) && read->verb_begin == v))
            continue;
        // the verb, as the grammar's source_verb reads it: not "added 24 points", not "said by"
        const char* vf = base + v;
        if (!x3::parse(vf, base + end, x3::no_case[attribution_grammar::t().verb] >> attribution_grammar::wb)) continue;
        const std::size_t verb_end = static_cast<std::size_t>(vf - base);
        {
            const char* o = base + v;
            if (x3::parse(o, base + end,
                          attribution_grammar::counted_object_verb >> x3::lit(' ') >>
                              -(x3::no_case[attribution_grammar::object_qualifier] >> x3::lit(' ')) >> x3::char_('0', '9')))
                continue;  // "added 24 points", "wrote 412 checks"
            std::size_t k = verb_end;
            while (k < end && text[k] == ' ') ++k;
            if (k + 2 <= end && ascii::to_lower(text[k]) == 'b' && ascii::to_lower(text[k + 1]) == 'y' &&
                (k + 2 == end || !ascii::is_alnum(text[k + 2])))
                continue;  // "reported by": passive
        }
        std::size_t k = v;
        while (k > begin && (text[k - 1] == ' ' || text[k - 1] == '\n')) --k;
        if (k <= begin || text[k - 1] != ',') continue;
        const std::size_t second = k - 1;
        // the comma before: an apposition is short and holds no other stop
        std::size_t first = std::string_view::npos;
        for (std::size_t j = second; j > begin && second - j < 120;) {
            --j;
            const char ch = text[j];
            if (ch == ',' && !(j > begin && ascii::is_digit(text[j - 1]) && j + 1 < end && ascii::is_digit(text[j + 1]))) {
                first = j;  // (not the comma of "14,000")
                break;
            }
            if (ch == ';' || ch == ':' || ch == '"' || ch == '(' || ch == ')' || ch == '\n' ||
                (ch == '.' && j + 1 < second && text[j + 1] == ' ' && j > 0 && ascii::is_lower(text[j - 1])))
                break;
            if (static_cast<unsigned char>(ch) >= 0x80) break;  // curly quotes and dashes
        }
        if (first == std::string_view::npos || first <= begin) continue;
        if (read != out.end() && read->kind == cue_kind::source_verb && read->src_begin <= first) continue;  // its source stands before the apposition
        std::size_t a = first + 1;
        while (a < second && text[a] == ' ') ++a;
        if (a >= second || !opens_apposition(text, a, second)) continue;
        // a list of people with their ages is no cue: "office manager Linda Carver, 58, claims
        // adjuster Marisol Ortega, 34, and ..." (another age between commas follows the "verb")
        if (ascii::is_digit(text[a])) {
            bool listed = false;
            for (std::size_t x = verb_end; x + 2 < end && x < verb_end + 60 && !listed; ++x) {
                if (text[x] != ',') continue;
                std::size_t y = x + 1;
                while (y < end && text[y] == ' ') ++y;
                std::size_t digits = 0;
                while (y < end && ascii::is_digit(text[y])) ++y, ++digits;
                while (y < end && text[y] == ' ') ++y;
                listed = digits >= 1 && digits <= 3 && y < end && text[y] == ',';
            }
            if (listed) continue;
        }
        // the source: the earliest word start (up to twelve words back, no stop crossed) from
        // which a source noun phrase or a pronoun reads up to the first comma
        std::size_t best = std::string_view::npos;
        bool pronoun = false;
        std::size_t w = first;
        for (int n = 0; n < 12; ++n) {
            while (w > begin && text[w - 1] == ' ') --w;
            if (w == begin || !(ascii::is_alnum(text[w - 1]) || text[w - 1] == '.' || text[w - 1] == '\'' || text[w - 1] == '-'))
                break;
            while (w > begin && (ascii::is_alnum(text[w - 1]) || text[w - 1] == '.' || text[w - 1] == '\'' || text[w - 1] == '-'))
                --w;
            const char* f = base + w;
            if (x3::parse(f, base + first, attribution_grammar::np_core) && f == base + first) {
                best = w;
                pronoun = false;
            } else if (best == std::string_view::npos) {
                const char* g = base + w;
                if (x3::parse(g, base + first, attribution_grammar::pronoun_np) && g == base + first) {
                    best = w;
                    pronoun = true;
                }
            }
            if (w == begin || text[w - 1] != ' ') break;
        }
        if (best == std::string_view::npos) continue;
        cue_match c;
        c.kind = cue_kind::source_verb;
        c.begin = best;
        c.end = verb_end;
        c.src_begin = best;
        c.src_end = first;
        c.verb_begin = v;
        c.verb_end = verb_end;
        c.pronoun = pronoun;
        if (read != out.end()) out.erase(read);
        if (std::any_of(out.begin(), out.end(), [&](const cue_match& o) { return o.begin < c.end && c.begin < o.end; })) continue;
        out.insert(std::upper_bound(out.begin(), out.end(), c, [](const cue_match& x, const cue_match& y) { return x.begin < y.begin; }), c);
    }
}
}  // namespace


std::vector<cue_match> find_cues(std::string_view text, std::size_t begin, std::size_t end) {
    namespace x3 = boost::spirit::x3;
    ensure_tables();
    std::vector<cue_match> out;
    const char* base = text.data();
    const char* last = base + end;
    // a cue begins at a comma or where a word starts (the inside of a word begins none); the
    // places before `from` lie inside a cue already read
    std::size_t from = begin;
    // tries the grammar at `i`; `colons` are the colons of the sentence, in order, and `colon_at`
    // an index into them that only moves forward
    auto try_at = [&](std::size_t i, const std::vector<std::size_t>& colons, std::size_t& colon_at) {
        attribution_grammar::match m;
        const char* first = base + i;
        ++parser_steps();
        // a headline ends at a colon: with none ahead, the grammar without that alternative
        // reads the same
        const bool colon_ahead = next_at(colons, colon_at, i, true) != std::string_view::npos;
        if (!(colon_ahead ? x3::parse(first, last, attribution_grammar::cue, m)
                          : x3::parse(first, last, attribution_grammar::cue_no_headline, m)))
            return;
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
        // "told analysts", "tells reporters": who is told is the listener, never the speaker
        if (c.kind == cue_kind::verb_source && c.verb_end - c.verb_begin >= 4) {
            const std::string_view v = text.substr(c.verb_begin, c.verb_end - c.verb_begin);
            if (v.starts_with("told") || v.starts_with("tell") || v.starts_with("Told") || v.starts_with("Tell")) return;
        }
        out.push_back(c);
        // continue after the source so that "X said ... , Y added" finds both
        from = c.kind == cue_kind::participle ? c.end : std::max(c.verb_end, c.src_end);
    };
    const bool bounded = words().verbs_scannable;
    if (bounded && !std::memchr(base + begin, '(', end - begin)) {
        // the places a cue may begin at, from the anchors (read_anchors)
        thread_local anchor_scan scan;  // find_cues does not call itself: one scratch per thread
        read_anchors(text, begin, end, scan);
        if (!scan.anchor) return out;
        std::size_t colon_at = 0;
        const bool participles_seen = words().participles_scannable;
        for (const std::size_t i : scan.tries) {
            if (i < from) continue;
            // "with" opens a cue only with a participle after it
            const bool participle_ahead =
                !participles_seen || (scan.participle != std::string_view::npos && scan.participle > i);
            if (text[i] != ',' && !may_begin_cue(text, i, end, participle_ahead)) continue;
            try_at(i, scan.colons, colon_at);
        }
        add_appositive_cues(text, begin, end, scan.verbs, out);
        return out;
    }
    thread_local cue_scan scan;  // find_cues does not call itself: one scratch per thread
    scan_for_cues(text, begin, end, scan);
    if (!scan.anchor) return out;
    std::size_t verb_at = 0, colon_at = 0, break_at = 0, paren_at = 0;
    const prefix_set& intros = intro_starters();
    const prefix_set& participles = participle_starters();
    for (const std::size_t i : scan.starts) {
        if (i < from) continue;
        // a cue that names its source first reads the source, then its verb ("X said") or a
        // colon (a headline): both must lie ahead, with no word between that ends a source (a
        // parenthetical may hold any). Else only a comma (", saying"), a preposition, a "by"
        // phrase or "with" can open one here.
        if (bounded && text[i] != ',') {
            const std::size_t npos = std::string_view::npos;
            // the verb and colon ahead first: past the last of them no source can name itself
            // first, and the breaks and brackets are not asked (the indices into them only move
            // forward, so a question skipped here changes no later answer)
            const std::size_t verb = next_at(scan.verbs, verb_at, i, false);
            const std::size_t colon = next_at(scan.colons, colon_at, i, true);
            bool may_name_first = false;
            if (verb != npos || colon != npos) {
                std::size_t reach = next_at(scan.breaks, break_at, i, true);
                const std::size_t paren = next_at(scan.parens, paren_at, i, true);
                if (paren != npos && paren < reach) reach = npos;
                may_name_first = (verb != npos && verb <= reach) || (colon != npos && colon <= reach);
            }
            if (!may_name_first && !intros.begins(text.substr(0, end), i)) continue;
        }
        if (text[i] == ',') {
            // a participle cue: the comma, spaces, then the participle
            std::size_t p = i + 1;
            if (p >= end || (text[p] != ' ' && text[p] != '\n')) continue;
            while (p < end && (text[p] == ' ' || text[p] == '\n')) ++p;
            if (!participles.begins(text.substr(0, end), p)) continue;
        } else if (!may_begin_cue(text, i, end, true)) {
            continue;
        }
        try_at(i, scan.colons, colon_at);
    }
    add_appositive_cues(text, begin, end, scan.verbs, out);
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
