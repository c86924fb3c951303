#include "grammar/context.hpp"

#include <algorithm>
#include <array>
#include <cctype>

#include "grammar/ascii.hpp"
#include "grammar/lexicon.hpp"
#include "grammar/quantity.hpp"

namespace claimcheck::grammar {

using namespace std::string_view_literals;  // word == "of"sv: lengths compared first, no strlen

namespace {

bool is_alnum(char c) { return ascii::is_alnum(c); }

/// Multi-word phrases of a lexicon, split into words, longest first.
struct phrase_table {
    struct row {
        std::vector<std::string> first;   ///< the words
        std::vector<std::string> second;  ///< the other columns
        std::string text;                 ///< the words joined by one space
    };
    std::vector<row> rows;
    /// the rows by their first word, each list in the order of `rows` (so the first row of the
    /// list that matches is the first row of `rows` that matches)
    std::vector<std::vector<const row*>> lists;
    std::unordered_map<std::string, std::int16_t, word_hash, std::equal_to<>> by_first;  ///< -> index into `lists`
    bool has_empty = false;  ///< a row without words matches anywhere: then every row is tried
    word_filter first_words;  ///< the first words by their first and last bytes and length: most tokens fail it
    std::size_t slot;        ///< which of token::first_of keeps this table's lookups

    phrase_table(std::string_view name, std::size_t memo_slot) : slot(memo_slot) {
        // longest first, rows of the same length in lexicon order: the lexicon's rows are taken
        // once for each length, from the longest down (no sort moving rows about)
        const auto& lines = lexicon(name).rows;
        std::vector<std::vector<std::string>> words;
        std::vector<std::size_t> sizes;  // (words[k] is moved from once taken)
        words.reserve(lines.size());
        sizes.reserve(lines.size());
        for (const auto& r : lines) {
            words.push_back(split_words(r[0]));
            sizes.push_back(words.back().size());
        }
        const std::size_t longest = sizes.empty() ? 0 : *std::max_element(sizes.begin(), sizes.end());
        rows.reserve(lines.size());
        for (std::size_t n = longest + 1; n-- > 0;)
            for (std::size_t k = 0; k < lines.size(); ++k) {
                if (sizes[k] != n) continue;
                row x{std::move(words[k]), std::vector<std::string>(lines[k].begin() + 1, lines[k].end()), {}};
                for (const std::string& w : x.first) {
                    if (!x.text.empty()) x.text += ' ';
                    x.text += w;
                }
                rows.push_back(std::move(x));
            }
        // (room made once: the map is not rehashed, nor the lists moved, as they grow)
        by_first.reserve(rows.size());
        lists.reserve(rows.size());
        for (const auto& r : rows) {
            if (r.first.empty()) {
                has_empty = true;
            } else {
                auto [it, added] = by_first.try_emplace(r.first[0], static_cast<std::int16_t>(lists.size()));
                if (added) lists.emplace_back();
                lists[static_cast<std::size_t>(it->second)].push_back(&r);
                first_words.add(r.first[0]);
            }
        }
    }
    /// Whether the words of `r` stand at i, its first `known` of them known to (a list of
    /// `lists` holds the rows of one first word, found from the token's own word).
    static bool matches(const row& r, const std::vector<token>& toks, std::size_t i, std::size_t known = 0) {
        const auto& words = r.first;
        if (i + words.size() > toks.size()) return false;
        bool ok = true;
        for (std::size_t k = known; k < words.size() && ok; ++k) ok = toks[i + k].word && toks[i + k].lower == words[k];
        return ok;
    }
    /// The index into `lists` of the rows that begin with the word `w`, -1 when none does.
    [[gnu::always_inline]] std::int16_t rows_of(std::string_view w) const { return first_words.may(w) ? find_rows(w) : -1; }
    /// rows_of() past the filter: out of line, as most words asked stop at the filter.
    [[gnu::noinline]] std::int16_t find_rows(std::string_view w) const {
        auto it = by_first.find(w);
        return it == by_first.end() ? std::int16_t(-1) : it->second;
    }
    /// The first row of `list` (or, with `has_empty`, of all rows) that matches at i, or nullptr.
    [[gnu::noinline]] const row* first_match(const std::vector<const row*>* list, const std::vector<token>& toks,
                                             std::size_t i) const {
        if (!list) {
            for (const auto& r : rows)
                if (matches(r, toks, i)) return &r;
            return nullptr;
        }
        for (const row* r : *list)
            if (matches(*r, toks, i, 1)) return r;
        return nullptr;
    }
    /// The row whose words match word tokens starting at i, or nullptr. Inline: most tokens asked
    /// begin no row, and the answer is kept in the token after the first time.
    [[gnu::always_inline]] const row* match(const std::vector<token>& toks, std::size_t i) const {
        if (has_empty) return first_match(nullptr, toks, i);
        return i < toks.size() ? match_at(toks, i) : nullptr;
    }
    /// match() for a token of `toks` (i < toks.size()) when no row is empty (!has_empty).
    [[gnu::always_inline]] const row* match_at(const std::vector<token>& toks, std::size_t i) const {
        return match_at(toks, i, slot);
    }
    /// match_at() with this table's `slot` given by the caller: a constant spares a load at
    /// each token (find_predicate asks a token at a step).
    [[gnu::always_inline]] const row* match_at(const std::vector<token>& toks, std::size_t i, std::size_t memo_slot) const {
        const token& t = toks[i];
        if (!t.word) return nullptr;
        std::int16_t& at = t.first_of[memo_slot];
        if (at == token::not_asked) at = rows_of(t.lower);
        return at < 0 ? nullptr : first_match(&lists[static_cast<std::size_t>(at)], toks, i);
    }
};

// (the tables are asked at each call of find_predicate and read_counted: inline, the check that
// they are made is a test, not a call)
constexpr std::size_t predicates_slot = 0;  ///< predicates()'s slot of token::first_of
[[gnu::always_inline]] inline const phrase_table& predicates() {
    static const phrase_table& t = *new phrase_table("predicates", predicates_slot);  // never destroyed: no work at exit
    return t;
}
/// The row of predicates() that begins at token i (i < toks.size()), or nullptr: what
/// find_predicate(toks, i, i + 1, true, p) == 0 tells, without copying the row's strings into a
/// predicate that read_counted mostly throws away.
const phrase_table::row* predicate_at(const std::vector<token>& toks, std::size_t i) {
    const phrase_table& table = predicates();
    return table.has_empty ? table.match(toks, i) : table.match_at(toks, i, predicates_slot);
}
constexpr std::size_t heads_slot = 1;  ///< heads()'s slot of token::first_of
[[gnu::always_inline]] inline const phrase_table& heads() {
    static const phrase_table& t = *new phrase_table("heads", heads_slot);  // never destroyed: no work at exit
    return t;
}

/// Personal pronouns and speech verbs, which no counted thing reads through ("One said he saw
/// the gunman", "Two told reporters").
constexpr std::array<std::string_view, 9> unread_words = {"he", "she", "we", "you", "i", "said", "says", "told", "according"};
[[gnu::always_inline]] inline bool is_stop(std::string_view w) {
    // the lexicon's stopwords, and the personal pronouns and speech verbs that no counted thing
    // reads through ("One said he saw the gunman", "Two told reporters"); stopwords.tsv is also
    // what story scoping drops, and those words stay in its features (never destroyed)
    static const word_set& stop = *[] {
        auto* set = new word_set(lexicon_words("stopwords"));
        for (std::string_view w : unread_words) set->insert(std::string(w));
        return set;
    }();
    return stop.count(w) > 0;
}
/// is_stop, and the prepositions and adverbs that end a counted thing but may stand inside a
/// place ("in and around the Geysers"): "a 524-km sun-synchronous orbit along with ...", "the
/// 250-metre Sea Meridian shortly after" (never destroyed)
[[gnu::always_inline]] inline bool ends_counted(std::string_view w) {
    // (one set, one lookup: read_counted asks it of every word it passes)
    static const word_set& ends = *[] {
        auto* set = new word_set(lexicon_words("stopwords"));
        for (std::string_view x : unread_words) set->insert(std::string(x));
        for (const char* x : {"along", "alongside", "aboard", "amid", "around", "beyond", "despite", "inside", "outside",
                              "throughout", "toward", "towards", "under", "within", "without", "off", "above", "below",
                              "behind", "beneath", "beside", "besides", "past", "upon", "shortly", "soon"})
            set->insert(x);
        return set;
    }();
    return ends.count(w) > 0;
}
[[gnu::always_inline]] inline bool is_time_word(std::string_view w) {
    // the months and the words of a day in one set: one lookup a word (never destroyed)
    static const word_set& words = *[] {
        auto* set = new word_set{"overnight", "today",   "yesterday", "tonight",  "morning", "evening",
                                 "afternoon", "night",   "week",      "weekend",  "monday",  "tuesday",
                                 "wednesday", "thursday", "friday",   "saturday", "sunday"};
        for (const auto& m : lexicon_words("months")) set->insert(m);
        return set;
    }();
    if (words.count(w) || (w.size() == 4 && std::all_of(w.begin(), w.end(), [](char c) { return ascii::is_digit(c); })))
        return true;
    // a span of months: "the April-June quarter"
    const std::size_t dash = w.find('-');
    return dash != std::string_view::npos && dash > 0 && words.count(w.substr(0, dash)) && words.count(w.substr(dash + 1));
}

/// The token indices of a counted phrase, in place: read_counted reads at most six.
class index_run {
public:
    void push_back(std::size_t i) { at_[n_++] = i; }
    void pop_back() { --n_; }
    bool empty() const { return n_ == 0; }
    std::size_t size() const { return n_; }
    std::size_t front() const { return at_[0]; }
    std::size_t back() const { return at_[n_ - 1]; }
    std::size_t operator[](std::size_t k) const { return at_[k]; }
    const std::size_t* begin() const { return at_.data(); }
    const std::size_t* end() const { return at_.data() + n_; }

private:
    std::array<std::size_t, 6> at_{};
    std::size_t n_ = 0;
};

bool looks_plural(std::string_view w) {
    if (w.size() < 4 || w.back() != 's') return false;
    // not "-ss", "-us" (and "-ous"), "-is" nor "'s": the byte before the final 's' tells
    const char before = w[w.size() - 2];
    if (before == 's' || before == 'u' || before == 'i' || before == '\'') return false;
    return !is_stop(w);
}

/// The words of tokens [i, last] one space apart: where they stand so in the lowered text, a
/// view of it (no copy); else joined in `scratch`.
std::string_view spaced_words(const std::vector<token>& toks, std::size_t i, std::size_t last, std::string& scratch) {
    bool spaced = true;
    for (std::size_t k = i + 1; k <= last && spaced; ++k) {
        const std::string_view before = toks[k - 1].lower;
        spaced = toks[k].lower.data() == before.data() + before.size() + 1 && before.data()[before.size()] == ' ';
    }
    if (spaced) return std::string_view(toks[i].lower.data(), static_cast<std::size_t>(toks[last].lower.data() - toks[i].lower.data()) + toks[last].lower.size());
    scratch.assign(toks[i].lower);
    for (std::size_t k = i + 1; k <= last; ++k) {
        scratch += ' ';
        scratch += toks[k].lower;
    }
    return scratch;
}

}  // namespace

std::vector<std::string> split_words(std::string_view text) {
    std::vector<std::string> words;
    words.reserve(static_cast<std::size_t>(std::count(text.begin(), text.end(), ' ')) + 1);  // (one allocation)
    std::size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && text[i] == ' ') ++i;
        std::size_t e = i;
        while (e < text.size() && text[e] != ' ') ++e;
        if (e > i) words.emplace_back(text.substr(i, e - i));
        i = e;
    }
    return words;
}

std::vector<token> tokenize(const text_input& doc, std::size_t begin, std::size_t end) {
    std::vector<token> out;
    tokenize(doc, begin, end, out);
    return out;
}

void tokenize(const text_input& doc, std::size_t begin, std::size_t end, std::vector<token>& out) {
    out.clear();
    // about one token per five bytes of news text; room for more than one sentence asks, so that
    // a document's vector grows a few times, not at each sentence longer than those before
    const std::size_t want = (end - begin) / 5 + 4;
    if (out.capacity() < want) out.reserve(std::max({want, 2 * out.capacity(), std::size_t(128)}));
    const char* p = doc.text.data();
    const char* low = doc.lower.data();  // the same length as the text: one byte a byte
    // a byte after the sentence that is no letter or digit ends every run of them in it (most
    // sentences end so): then a run is read without a bounds check a byte
    const bool fenced = end < doc.text.size() && !is_alnum(p[end]);
    std::size_t i = begin;
    while (i < end) {
        const char c = p[i];
        // one look at the class table for the first byte, asked first whether it begins a word (most
        // tokens do; the one space after a token is passed below, so few bytes here are spaces)
        const std::uint8_t classes = ascii::classes(c);
        std::size_t e;
        bool word = false, joined = false;
        bool spaced = false;  // a space follows the token (at `end` at the furthest)
        if (classes & (ascii::k_upper | ascii::k_lower | ascii::k_digit)) {
            // runs of letters and digits joined by a '-', '\'' or '.' that a letter or digit follows
            e = i + 1;
            for (;;) {
                if (fenced) {
                    // two bytes a step, no bounds checked (the byte at `end` stops the run)
                    while (is_alnum(p[e]) && is_alnum(p[e + 1])) e += 2;
                    if (is_alnum(p[e])) ++e;
                    // a space ends most words: asked first, without the bounds (the byte at e is
                    // the text's), and then known below
                    if (p[e] == ' ') {
                        spaced = true;
                        break;
                    }
                } else {
                    // two bytes a bounds check, then an odd last one
                    while (e + 1 < end && is_alnum(p[e]) && is_alnum(p[e + 1])) e += 2;
                    if (e < end && is_alnum(p[e])) ++e;
                }
                // (a space ends most words: asked first, it spares them the three joiners)
                if (!(e + 1 < end && p[e] != ' ' && (p[e] == '-' || p[e] == '\'' || p[e] == '.') && is_alnum(p[e + 1]))) break;
                joined = true;
                e += 2;
            }
            // a dotted initialism keeps its last point before a word in lower case ("U.S. viewers",
            // "the U.N. mission"): the point ends no sentence there, and "u.s." is the lexicons' word
            if (joined && e + 2 < end && p[e] == '.' && p[e + 1] == ' ' && ascii::is_lower(p[e + 2]) && e >= i + 3 &&
                p[e - 2] == '.' && ascii::is_alpha(p[e - 1]) && ascii::is_alpha(p[e - 3])) {
                ++e;
                spaced = true;
            }
            word = true;
        } else if (c == ' ' || c == '\n') {
            ++i;
            continue;
        } else if (static_cast<unsigned char>(c) >= 0x80) {
            e = i + 1;
            while (e < end && (static_cast<unsigned char>(p[e]) & 0xC0) == 0x80) ++e;
        } else {
            e = i + 1;
        }
        // possessive "Ukraine's" reads as "ukraine's"; keep it whole
        out.push_back(token{i, e, std::string_view(low + i, e - i), word, (classes & ascii::k_upper) != 0, joined});
        // the one space after most tokens, without a turn of the loop (past `end` when the space is
        // there: the loop ends as well)
        i = spaced ? e + 1 : e + (e < end && p[e] == ' ');
    }
    parser_steps() += out.size();  // one step a token, counted once
}

std::size_t token_at(const std::vector<token>& tokens, std::size_t offset) {
    // the tokens of a sentence are spread about evenly over its bytes: start where the offset's
    // share of the bytes puts it and step to the answer (a step or two; a search of a sentence's
    // hundred tokens took seven halvings)
    const std::size_t n = tokens.size();
    if (n == 0 || offset <= tokens[0].begin) return 0;
    const token* t = tokens.data();
    const std::size_t first = t[0].begin, last = t[n - 1].begin;
    if (offset > last) return n;
    // first < offset <= last: the answer is in [1, n - 1]
    std::size_t i = 1 + static_cast<std::size_t>((offset - first - 1) * (n - 1) / (last - first));
    while (t[i - 1].begin >= offset) --i;
    while (t[i].begin < offset) ++i;
    return i;
}

std::string lemma_of(std::string_view w) {
    static const word_map& irregular = *[] {  // never destroyed
        auto* map = new word_map;
        for (const auto& [plural, singular] : std::initializer_list<std::pair<const char*, const char*>>{
                 {"people", "person"}, {"men", "man"},       {"women", "woman"},       {"children", "child"},
                 {"personnel", "personnel"}, {"police", "police"}, {"staff", "staff"}, {"crew", "crew"},
                 {"series", "series"}, {"species", "species"}, {"news", "news"},     {"aircraft", "aircraft"}, {"sheep", "sheep"},
                 // diseases named in the plural, and nouns in -fe/-f
                 {"measles", "measles"}, {"mumps", "mumps"}, {"diabetes", "diabetes"}, {"lives", "life"}, {"wives", "wife"},
                 {"knives", "knife"}, {"wolves", "wolf"}, {"halves", "half"}, {"shelves", "shelf"}, {"thieves", "thief"},
                 {"leaves", "leaf"}, {"loaves", "loaf"},
                 // nouns in -ie, whose plural "-ies" is no "-y"
                 {"movies", "movie"}, {"calories", "calorie"}, {"cookies", "cookie"}, {"zombies", "zombie"},
                 {"rookies", "rookie"}, {"goalies", "goalie"}, {"selfies", "selfie"}, {"hippies", "hippie"},
                 {"pies", "pie"}, {"ties", "tie"}, {"lies", "lie"}, {"prairies", "prairie"}})
            map->emplace(plural, singular);
        return map;
    }();
    if (auto it = irregular.find(w); it != irregular.end()) return it->second;
    auto ends = [&](std::string_view suf) { return w.size() > suf.size() + 1 && w.ends_with(suf); };
    std::string lemma;
    if (ends("ies")) lemma = std::string(w.substr(0, w.size() - 3)) + "y";
    else if (ends("sses") || ends("shes") || ends("ches") || ends("xes")) lemma = std::string(w.substr(0, w.size() - 2));
    else if (ends("ss") || ends("us") || ends("is")) lemma = std::string(w);
    else if (ends("s")) lemma = std::string(w.substr(0, w.size() - 1));
    else lemma = std::string(w);
    // one noun in British and American spelling: a BBC "60-day programme" is an AP "60-day program"
    // (tonne stays: a metric ton is not a ton)
    static const word_map& spellings = *[] {  // never destroyed
        auto* map = new word_map;
        for (const auto& [british, american] : std::initializer_list<std::pair<const char*, const char*>>{
                 {"programme", "program"}, {"centre", "center"},     {"theatre", "theater"},   {"metre", "meter"},
                 {"litre", "liter"},       {"kilometre", "kilometer"}, {"labour", "labor"},    {"harbour", "harbor"},
                 {"neighbour", "neighbor"}, {"colour", "color"},     {"honour", "honor"},      {"rumour", "rumor"},
                 {"defence", "defense"},   {"offence", "offense"},   {"licence", "license"},   {"tyre", "tire"},
                 {"cheque", "check"},      {"jewellery", "jewelry"}, {"aluminium", "aluminum"}, {"aeroplane", "airplane"},
                 {"catalogue", "catalog"}, {"manoeuvre", "maneuver"}, {"behaviour", "behavior"}, {"favour", "favor"}})
            map->emplace(british, american);
        return map;
    }();
    if (auto it = spellings.find(lemma); it != spellings.end()) return it->second;
    if (lemma.size() > 8 && lemma.ends_with("isation")) lemma.replace(lemma.size() - 7, 7, "ization");
    return lemma;
}

int find_predicate(const std::vector<token>& toks, std::size_t from, std::size_t to, bool forward, predicate& out) {
    to = std::min(to, toks.size());
    if (from >= to) return -1;
    const auto& table = predicates();
    auto found = [&](const phrase_table::row& row, std::size_t distance) {
        out.text = row.text;
        out.cls = row.second.at(0);
        return static_cast<int>(distance);
    };
    // (whether the table has an empty row is asked once, not at each token; a loop for each
    // direction, each with one index)
    auto scan = [&](auto match) {
        if (forward) {
            for (std::size_t i = from; i < to; ++i)
                if (const auto* row = match(i)) return found(*row, i - from);
        } else {
            for (std::size_t i = to; i-- > from;)
                if (const auto* row = match(i)) return found(*row, to - 1 - i);
        }
        return -1;
    };
    if (table.has_empty) return scan([&](std::size_t k) { return table.match(toks, k); });
    return scan([&](std::size_t k) { return table.match_at(toks, k, predicates_slot); });
}

counted_thing read_counted(const std::vector<token>& toks, std::size_t first, const quantity& q, predicate& pred) {
    counted_thing c;
    // (but "N-strong" counts the members of what follows: "the 140-strong SeaMicro crew")
    if (!q.compound_noun.empty() && q.compound_noun != "strong"sv) {
        c.head = q.compound_noun;
        c.lemma = lemma_of(c.head);
        return c;
    }
    bool unit_figure = !q.unit.empty() && !q.hyphen_compound;
    // an amount names its substance after "of": "150 kilograms of explosives", "2.5 tonnes of
    // cocaine", "300 litres of fuel" (not "of the", "of which", "of them": another phrase's)
    // (past its conversion in brackets: "about 150 kilograms (330 pounds) of explosives")
    std::size_t of_at = first;
    if (unit_figure && of_at < toks.size() && toks[of_at].lower == "("sv) {
        std::size_t close = of_at + 1;
        while (close < toks.size() && close < of_at + 6 && toks[close].lower != ")"sv) ++close;
        if (close < toks.size() && toks[close].lower == ")"sv) of_at = close + 1;
    }
    const bool substance = unit_figure && (q.dimension == "mass"sv || q.dimension == "volume"sv) && of_at + 1 < toks.size() &&
                           toks[of_at].lower == "of"sv && toks[of_at + 1].word && !toks[of_at + 1].capitalised &&
                           !is_stop(toks[of_at + 1].lower) && !ascii::is_digit(toks[of_at + 1].lower[0]);
    if (substance) {
        // one to three words, to the first plural or known noun, before any participle or verb
        // ("of cocaine hidden in", "of fuel oil", "of liquid explosives")
        std::size_t e = of_at + 1;
        while (e < toks.size() && e < of_at + 4 && toks[e].word && !toks[e].capitalised && !is_stop(toks[e].lower) &&
               !ends_counted(toks[e].lower) && !ascii::is_digit(toks[e].lower[0]) && !toks[e].lower.ends_with("ed"sv) &&
               !toks[e].lower.ends_with("en"sv) && !toks[e].lower.ends_with("ing"sv) && !predicate_at(toks, e)) {
            ++e;
            const auto& table = heads();
            if (looks_plural(toks[e - 1].lower) || (table.has_empty ? table.match(toks, e - 1) : table.match_at(toks, e - 1, heads_slot)))
                break;
        }
        if (e == of_at + 1) return c;
        c.head = toks[e - 1].lower;
        c.lemma = lemma_of(c.head);
        for (std::size_t k = of_at + 1; k + 1 < e; ++k) c.modifiers.emplace_back(toks[k].lower);
        c.begin = toks[of_at + 1].begin;
        c.end = toks[e - 1].end;
        c.substance = true;
        return c;
    }
    if (unit_figure || q.kind == quantity_kind::denial) return c;
    index_run run;
    std::size_t i = first;
    // a vague count names its things after "of": "Dozens of people", "hundreds of aftershocks"
    if (q.kind == quantity_kind::vague && i + 1 < toks.size() && toks[i].lower == "of"sv && toks[i + 1].word) ++i;
    const auto& head_table = heads();
    // head_table.match, kept for the token last asked: the loop asks it of a token up to three
    // times, and the lines after the loop of the head again (each a walk of the token's rows)
    std::size_t asked = static_cast<std::size_t>(-1);  // (no token yet)
    const phrase_table::row* answer = nullptr;
    auto head_at = [&](std::size_t k) {
        if (k != asked) {
            asked = k;
            answer = head_table.has_empty ? head_table.match(toks, k)
                     : k < toks.size()        ? head_table.match_at(toks, k, heads_slot)
                                              : nullptr;
        }
        return answer;
    };
    std::size_t multi_end = 0;
    // (before the loop: a static in it is asked whether it is made at each word)
    static const word_map& number_words = lexicon_pairs("number_words");
    while (i < toks.size() && run.size() < 6) {
        const token& t = toks[i];
        if (!t.word) break;
        // "five confirmed dead", "12 reported missing": how the fate is known, not what is counted
        if (run.empty() && (t.lower == "confirmed"sv || t.lower == "reported"sv || t.lower == "feared"sv) && i + 1 < toks.size()) {
            const std::string_view n = toks[i + 1].lower;
            if (n == "dead"sv || n == "killed"sv || n == "missing"sv || n == "injured"sv || n == "wounded"sv || n == "drowned"sv) {
                ++i;
                continue;
            }
        }
        if (const auto* row = head_at(i); row && row->first.size() > 1) {
            run.push_back(i);
            multi_end = i + row->first.size();
            break;
        }
        if (ends_counted(t.lower) || is_time_word(t.lower)) break;
        // "30 out of 34 missiles": a partitive cue, not a noun
        if (t.lower == "out"sv && i + 1 < toks.size() && toks[i + 1].lower == "of"sv) break;
        // a name given after the noun: "a 10-metre craft called Salahaddin"
        // or its value: "an eight-year deal worth $180 million"
        if (!run.empty() && (t.lower == "called"sv || t.lower == "named"sv || t.lower == "dubbed"sv || t.lower == "worth"sv))
            break;
        if (ascii::is_digit(t.lower[0])) {
            // a model code inside the phrase: "six AK 47 rifles"
            if (!run.empty() && toks[run.back()].capitalised && toks[run.back()].lower.size() <= 4 &&
                std::all_of(t.lower.begin(), t.lower.end(), [](char ch) { return ascii::is_digit(ch); })) {
                run.push_back(i);
                ++i;
                continue;
            }
            break;
        }
        // a verb of the lexicon before another figure ends the phrase: "The 28-year-old Japanese
        // star hit 46 home runs" (the age's noun is the star)
        if (!run.empty() && i + 1 < toks.size() &&
            (ascii::is_digit(toks[i + 1].lower[0]) || number_words.count(toks[i + 1].lower)) && predicate_at(toks, i))
            break;
        // a present participle after the noun opens a clause: "250 drones targeting the city"
        if (!run.empty() && t.lower.size() > 4 && t.lower.ends_with("ing"sv) && !head_at(i)) break;
        // so does an irregular verb: "The 24-hour curfew began", "a three-day visit began" (a
        // regular one, "ended", is let through and taken off the phrase's end below)
        static const word_set irregular_verbs{"began", "begun", "begins", "begin", "took", "taken", "came", "went", "ran",
                                              "held", "left", "got", "saw", "seen", "made", "kept", "brought", "broke",
                                              "broken", "fell", "fallen", "rose", "risen", "grew", "drew", "won", "lost",
                                              "hit", "cost", "costs", "set", "put", "shut", "sent", "spent", "meant",
                                              "gave", "given", "struck", "stood", "became", "become", "becomes"};
        if (!run.empty() && irregular_verbs.count(t.lower) && !head_at(i)) break;
        // and a verb in -ed after a noun that more words follow: "A 15-year-old student opened fire"
        // (a participle closing the phrase is read below: "15 people injured")
        // (after a hyphen compound's or an age's noun: elsewhere an -ed word may stand inside the
        // phrase, "22 seriously wounded soldiers")
        if (!run.empty() && (q.hyphen_compound || q.kind == quantity_kind::age) && !toks[run.back()].lower.ends_with("ly"sv) &&
            t.lower.size() > 4 && t.lower.ends_with("ed"sv) && !head_at(i) && i + 1 < toks.size() && toks[i + 1].word &&
            !is_stop(toks[i + 1].lower))
            break;
        run.push_back(i);
        ++i;
        // the first known or plural noun is the head: "4.6 earthquake shakes Northern California"
        const bool known_head = head_at(run.back()) != nullptr;
        if (known_head || looks_plural(t.lower)) {
            // unless a singular noun modifies the noun after it: "two missile launchers", "three
            // drone attacks", "a 6,900-tonne Delhi-class missile destroyer" (a thing a unit
            // measures is one thing whatever its number)
            // (the noun after is a counted thing of the lexicon, or, after a unit, any word that
            // is no verb, number or "worth": "deal worth", "quake rattles", "quake two miles")
            // (a noun no row knows came here by being plural)
            if (known_head && i < toks.size() && run.size() < 6 && !looks_plural(t.lower) && !t.capitalised) {
                const token& next = toks[i];
                // (an acronym the lexicon knows is a noun: "Shahed-type attack UAVs")
                const bool noun = next.word && (!next.capitalised || (next.lower.size() <= 5 && head_at(i))) && next.lower.size() > 2 && !is_stop(next.lower) &&
                                  !is_time_word(next.lower) && !ascii::is_digit(next.lower[0]) &&
                                  !number_words.count(next.lower) && !next.lower.ends_with("ing"sv) &&
                                  !next.lower.ends_with("ed"sv) && next.lower != "worth"sv && next.lower != "called"sv &&
                                  next.lower != "named"sv && !predicate_at(toks, i);
                if (noun && (head_at(i) || (q.hyphen_compound && next.lower.back() != 's'))) {
                    run.push_back(i);
                    ++i;
                }
            }
            break;
        }
    }
    if (multi_end == 0) {
        // a participle closing the phrase is the predicate: "15 people injured"
        while (!run.empty()) {
            const std::string_view last = toks[run.back()].lower;
            const auto* known = predicate_at(toks, run.back());
            bool participle = last.size() > 3 && last.ends_with("ed"sv) && !head_at(run.back());
            if ((known && (participle || last == "hurt"sv || last == "dead"sv)) || (participle && run.size() > 1)) {
                if (pred.cls.empty() && known) {
                    pred.text = known->text;
                    pred.cls = known->second.at(0);
                }
                run.pop_back();
            } else {
                break;
            }
        }
    }
    if (run.empty()) return c;
    std::size_t head_i = run.back();
    std::size_t head_end = multi_end ? multi_end : head_i + 1;
    c.begin = toks[run.front()].begin;
    c.end = toks[head_end - 1].end;
    for (std::size_t k = head_i; k < head_end; ++k) {
        if (k > head_i) c.head += ' ';
        c.head += toks[k].lower;
    }
    c.modifiers.reserve(run.size() - 1);  // (one allocation, not one a doubling)
    for (std::size_t k = 0; k + 1 < run.size(); ++k) c.modifiers.emplace_back(toks[run[k]].lower);
    if (const auto* row = head_at(head_i)) {
        c.lemma = row->second.at(0);
        c.cls = row->second.size() > 1 ? row->second[1] : c.lemma;
    } else if (q.kind == quantity_kind::age && multi_end == 0 &&
               std::all_of(run.begin(), run.end(), [&](std::size_t k) {
                   return toks[k].capitalised && !toks[k].joined &&
                          std::all_of(toks[k].lower.begin(), toks[k].lower.end(), [](char ch) { return ascii::is_lower(ch); });
               })) {
        // an age followed by a name is a person's: "63-year-old Madeline Kafoury" (the name is not
        // the kind of thing whose age it is, as "woman" is)
        c.lemma = "person";
        c.cls = "person";
    } else {
        c.lemma = lemma_of(c.head);
    }
    return c;
}

scope read_scope(const std::vector<token>& toks, std::size_t first, bool& per_side) {
    scope s;
    static const word_map& preps = lexicon_pairs("scope_preps");
    static const word_map& number_words = lexicon_pairs("number_words");
    // (made before the loop: a static in it is asked whether it is made at each word)
    static const word_set subordinators{"as", "when", "because", "although", "though", "whereas", "until", "unless", "after", "before", "following"};
    // ("as of Monday", "as many as", "as part of", "as a precaution" open no clause)
    static const word_set not_after_as{"of", "many", "much", "well", "part", "soon", "long", "far", "a", "an", "the"};
    for (std::size_t i = first; i < toks.size() && i < first + 8; ++i) {
        const token& t = toks[i];
        if (!t.word) break;
        if (t.lower == "but"sv || t.lower == "while"sv || t.lower == "which"sv || t.lower == "who"sv) break;
        // a subordinate clause tells of another happening: "arrested 87 people as rioting raged
        // for a third day across Greece", "killed 20 when a bus plunged into a ravine in Peru"
        if (subordinators.count(t.lower) &&
            !(t.lower == "as"sv && i + 1 < toks.size() && toks[i + 1].word && not_after_as.count(toks[i + 1].lower)))
            break;
        if (t.lower == "and"sv && i + 1 < toks.size() &&
            (ascii::is_digit(toks[i + 1].lower[0]) ||
             number_words.count(toks[i + 1].lower)))
            break;  // "and 14 were injured": another figure's clause
        // a target year is a year of its own: "plans to have 175 warships by 2035" is not today's fleet
        if (t.lower == "by"sv && i + 1 < toks.size() && is_year(toks[i + 1].lower) &&
            (i + 2 >= toks.size() || !toks[i + 2].word || !is_time_word(toks[i + 2].lower))) {
            s.text = "by " + std::string(toks[i + 1].lower);
            s.kind = "time";
            s.key = std::string(toks[i + 1].lower);
            return s;
        }
        auto it = preps.find(t.lower);
        if (it == preps.end()) {
            // a sum each of several got or paid: "set bail at $500,000 apiece" (not the three men's total)
            if (t.lower.size() == 6 && t.lower == "apiece"sv) {
                s.text = "apiece";
                s.kind = "distributive";
                s.key = "per person";
                return s;
            }
            // where a thing in flight was going is its place: "eight that were heading for Moscow"
            // ("towards" is a row of its own: "eight drones flying towards the capital")
            if (t.lower.size() == 3 && t.lower == "for"sv && i > first &&
                (toks[i - 1].lower == "heading"sv || toks[i - 1].lower == "headed"sv || toks[i - 1].lower == "bound"sv))
                it = preps.find("towards"sv);
            if (it == preps.end()) continue;
        }
        // "per cent" is a unit, another figure's: "fell to 4.1 per cent from 4.3 per cent"
        if (t.lower == "per"sv && i + 1 < toks.size() && toks[i + 1].lower == "cent"sv) continue;
        // a year tells seasons and years apart: "46 home runs in 2021" is not 2023's 44 (other
        // phrases of time say when the story happened, and scope nothing)
        if (t.lower == "in"sv && i + 1 < toks.size() && is_year(toks[i + 1].lower) &&
            (i + 2 >= toks.size() || !toks[i + 2].word || !is_time_word(toks[i + 2].lower))) {
            s.text = "in " + std::string(toks[i + 1].lower);
            s.kind = "time";
            s.key = std::string(toks[i + 1].lower);
            return s;
        }
        // a preposition that opens a figure or its qualifier is no place: "at least $20 million",
        // "in excess of $160 million", "at 2:15 a.m.", "at approximately 9"
        // (a distributive keeps its number: "per 100,000 residents")
        if (i + 1 < toks.size() && toks[i + 1].word && it->second != "distributive"sv) {
            static const word_set& qualifiers = lexicon_words("qualifiers");
            auto numeric = [&](std::size_t k) {
                return k < toks.size() && (!toks[k].word || ascii::is_digit(toks[k].lower[0]) || number_words.count(toks[k].lower));
            };
            const std::string_view next = toks[i + 1].lower;
            if (numeric(i + 1) || (qualifiers.count(next) && numeric(i + 2))) continue;
            std::string scratch;
            if (qualifiers.count(spaced_words(toks, i, i + 1, scratch))) continue;
            if (i + 2 < toks.size() && toks[i + 2].word && qualifiers.count(spaced_words(toks, i, i + 2, scratch)))
                continue;
        }
        // a bare "each" after the figure shares it out among the parties: "exchanged 175 prisoners
        // of war each on Wednesday" is 175 a side
        // "each week", "every day": how often, not how many a side
        if ((t.lower == "each"sv || t.lower == "every"sv) && i + 1 < toks.size() && toks[i + 1].word) {
            static const word_set periods{"day", "week", "month", "year", "night", "hour", "minute"};
            if (periods.count(toks[i + 1].lower)) {
                s.text = std::string(t.lower) + " " + std::string(toks[i + 1].lower);
                s.kind = "distributive";
                s.key = "per " + std::string(toks[i + 1].lower);
                return s;
            }
        }
        if (t.lower == "each"sv && (i + 1 >= toks.size() || !toks[i + 1].word || is_stop(toks[i + 1].lower) ||
                                    is_time_word(toks[i + 1].lower) || preps.count(toks[i + 1].lower))) {
            s.text = "each";
            s.kind = "side";
            s.key = "per side";
            per_side = true;
            return s;
        }
        // an idiom is no scope: "in connection with the attack", "in the wake of the quake"
        if (i + 1 < toks.size() && toks[i + 1].word) {
            static const word_set& idioms = lexicon_words("scope_idioms");
            // the words as the lowered text holds them (no copy): an idiom matches when they stand
            // one space apart, as the lexicon writes them
            auto words_to = [&](std::size_t last) {
                return std::string_view(t.lower.data(), toks[last].end - t.begin);
            };
            if (idioms.count(words_to(i + 1))) continue;
            if (i + 2 < toks.size() && toks[i + 2].word && idioms.count(words_to(i + 2))) continue;
            // ("in a critical condition")
            if (i + 3 < toks.size() && toks[i + 3].word && toks[i + 2].word && idioms.count(words_to(i + 3))) continue;
        }
        std::size_t j = i + 1;
        std::size_t words = 0;
        // a phrase of days, months and numbers says when: "on April 11", "in January 2009"
        bool time_only = true;
        bool periods_passed = false;  // an abbreviation's period is among the tokens read
        while (j < toks.size() && words < 6) {
            // "in St. Lucie County", "near Mt. Etna": an abbreviation's period stays in the name
            if (!toks[j].word) {
                static const word_set& abbreviations = lexicon_words("abbreviations");
                if (toks[j].lower == "."sv && j > i + 1 && j + 1 < toks.size() && toks[j + 1].capitalised &&
                    abbreviations.count(toks[j - 1].lower)) {
                    periods_passed = true;
                    ++j;
                    continue;
                }
                break;
            }
            const std::string_view w = toks[j].lower;
            // (the comparisons before the lookups: "of" and "the" are common, and a phrase known
            // to say more than when needs no more lookups of time words)
            if (words > 0 && w != "of"sv && w != "the"sv && is_stop(w)) break;
            if (time_only && w != "the"sv && w != "a"sv && w != "this"sv && w != "last"sv && !is_time_word(w) &&
                !std::all_of(w.begin(), w.end(), [](char ch) { return ascii::is_digit(ch); }))
                time_only = false;
            ++j;
            ++words;
        }
        // "a night", "a week": how often, though the word says when ("an average of 150 drones a
        // night")
        if (words == 1 && time_only && it->second == "distributive"sv && t.lower == "a"sv &&
            (toks[i + 1].lower == "night"sv || toks[i + 1].lower == "week"sv) &&
            !(i > 0 && (toks[i - 1].lower == "in"sv || toks[i - 1].lower == "within"sv || toks[i - 1].lower == "for"sv ||
                        toks[i - 1].lower == "over"sv))) {  // ("fled in a week": within one)
            s.text = "a " + std::string(toks[i + 1].lower);
            s.kind = "distributive";
            s.key = "per " + std::string(toks[i + 1].lower);
            return s;
        }
        if (words == 0 || time_only) continue;
        // "in Israeli air strikes", "in a fire", "in the attack": how it happened, not where; so
        // is an event of someone or somewhere ("in the shootings of Paul Riva")
        {
            static const word_set& events = lexicon_words("scope_events");
            if (it->second == "place"sv) {
                bool event = events.count(toks[j - 1].lower) > 0;
                for (std::size_t k = i + 2; k < j && !event; ++k)
                    if (toks[k].lower == "of"sv && events.count(toks[k - 1].lower)) event = true;
                if (event) continue;
            }
        }

        // a list of places is the scope, not its first: "in raids in Palermo, Trapani and
        // Agrigento" is not Palermo's count ("in Palermo, Italy", with no "and", stays Palermo's)
        if (it->second == "place"sv && j + 1 < toks.size() && toks[j].lower == ","sv && toks[j + 1].capitalised) {
            auto names_from = [&](std::size_t k) {
                while (k < toks.size() && toks[k].word && toks[k].capitalised) ++k;
                return k;
            };
            std::size_t k = j;
            for (int items = 0; items < 8 && k + 1 < toks.size() && toks[k].lower == ","sv && toks[k + 1].capitalised; ++items)
                k = names_from(k + 1);
            if (k < toks.size() && toks[k].lower == ","sv) ++k;  // (the serial comma)
            if (k + 1 < toks.size() && (toks[k].lower == "and"sv || toks[k].lower == "or"sv) && toks[k + 1].capitalised)
                j = names_from(k + 1);
        }
        if (it->second == "distributive"sv && t.lower == "a"sv) {
            static const word_set periods{"season", "year", "month", "week", "day", "night", "game", "share"};  // "$25 a share"
            if (!periods.count(toks[i + 1].lower)) continue;
            // "a year earlier", "a week ago", "a day later" say when, not how often
            static const word_set relative{"earlier", "ago", "before", "later", "after", "prior", "previously", "on"};
            if (i + 2 < toks.size() && toks[i + 2].word && relative.count(toks[i + 2].lower)) continue;
        }
        // the words read, one space apart (not an abbreviation's period): most often as the
        // lowered text holds them, copied in one piece
        std::string text;
        if (!periods_passed) {
            std::string scratch;
            text = spaced_words(toks, i, j - 1, scratch);
        } else {
            text = t.lower;
            for (std::size_t k = i + 1; k < j; ++k)
                if (toks[k].word) {
                    text += ' ';
                    text += toks[k].lower;
                }
        }
        s.kind = it->second;
        // a street is a place: "responded to the blaze on Walton Avenue" (not a side)
        static const word_set& roads = lexicon_words("roads");
        if (s.kind == "side"sv && j > i + 1 && j - 1 < toks.size() && roads.count(toks[j - 1].lower)) s.kind = "place";
        // (a place's kind is no part of its name: "the Bryansk Oblast" is "the Bryansk region",
        // "Butte County" Butte)
        static const word_set kinds{"oblast", "region", "province", "governorate", "krai", "prefecture", "county", "district"};
        for (std::size_t k = i + 1; k < j; ++k)
            if (toks[k].capitalised && !is_time_word(toks[k].lower) && !(k > i + 1 && kinds.count(toks[k].lower))) {  // "Thursday" says when, not where
                if (!s.key.empty()) s.key += ' ';
                s.key += toks[k].lower;
                // "in the U.S. and Canada" keys as "in the U.S." does at a sentence's end
                if (s.key.size() > 2 && s.key.back() == '.' && s.key[s.key.size() - 3] == '.') s.key.pop_back();
            }
        // where a thing in flight was going, named by its role: "eight drones flying towards the
        // capital" is keyed, as "heading for Moscow" is (a figure for the capital is no whole's)
        if (s.key.empty() && (t.lower == "towards"sv || t.lower == "toward"sv || t.lower == "for"sv) && j > i + 1 &&
            toks[j - 1].lower == "capital"sv)
            s.key = "the capital";
        if (it->second == "distributive"sv || it->second == "side"sv) {
            // "per season", "a season", "on each side": the distribution itself tells measures apart
            std::string tail;
            for (std::size_t k = i + 1; k < j; ++k)
                if (toks[k].lower != "the"sv) {
                    if (!tail.empty()) tail += ' ';
                    tail += toks[k].lower;
                }
            if (tail.rfind("each ", 0) == 0 || tail.rfind("either ", 0) == 0 || it->second == "distributive"sv)
                s.key = "per " + tail.substr(tail.find(' ') == std::string::npos ? 0 : tail.find(' ') + 1);
        }
        if (text.find("each side") != std::string::npos || text.find("either side") != std::string::npos ||
            text.find("each country") != std::string::npos)
            per_side = true;
        s.text = std::move(text);
        return s;
    }
    return s;
}

}  // namespace claimcheck::grammar
