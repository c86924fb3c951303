// Compiles the quantity grammar once; callers see only quantity.hpp.
#include "grammar/quantity.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <deque>
#include <map>
#include <string>
#include <vector>

#include "grammar/lead_filter.hpp"
#include "grammar/prefix_set.hpp"
#include "grammar/word_trie.hpp"
#include "grammar/quantity_def.hpp"

namespace claimcheck::grammar {

using namespace std::string_view_literals;

namespace {
/// Fills the symbol tables before the first parse. A function-local static: after the first
/// call, one load and a branch (std::call_once was a call and some 90 instructions, once per
/// sentence or figure).
void ensure_tables() {
    static const bool filled = (quantity_grammar::fill_tables(), true);
    (void)filled;
}

/// Whether a text that begins with a digit is read by quantity_digit_rule (see
/// digit_start_is_main_figure), asked once.
bool digit_rule_reads_digits() {
    static const bool yes = (ensure_tables(), quantity_grammar::digit_start_is_main_figure());
    return yes;
}
}  // namespace

std::uint64_t& parser_steps() {
    thread_local std::uint64_t steps = 0;
    return steps;
}

namespace {
/// A byte set: 256 bits.
struct byte_set {
    std::array<std::uint64_t, 4> bits{};
    void add(char c) {
        const auto u = static_cast<unsigned char>(c);
        bits[u / 64] |= std::uint64_t(1) << (u % 64);
    }
    bool has(char c) const {
        const auto u = static_cast<unsigned char>(c);
        return (bits[u / 64] >> (u % 64)) & 1;
    }
};

/// Strings as "does the text at this position begin with one of them?" asks them: the leading
/// letters of those that open with a letter, the first bytes of the others. A yes may be wrong
/// (only the leading letters are compared); a no never is.
struct opening_set {
    prefix_set letters;
    byte_set others;
    void add(const std::string& w) {
        if (w.empty()) return;
        if (ascii::is_alpha(w[0])) letters.add(w);
        else others.add(w[0]);
    }
    template <class Table>
    void add_table(const Table& table) {
        quantity_grammar::for_each_entry(table, [&](const std::string& w) { add(w); });
    }
    bool may_begin(std::string_view text, std::size_t pos) const {
        return pos < text.size() && (others.has(text[pos]) || letters.begins(text, pos));
    }
};

/// What the quantity rule reads besides a figure that is a number alone ("145", "1,000", "4.6",
/// "two", "twenty"), as the tables and keywords write it: where none of it can stand, the
/// figure is its number, and plain_figure makes it without the rules.
struct plain_tables {
    /// the number words read alone (units, teens, tens) -> index into `values`
    word_trie number_words;
    std::vector<double> values;
    /// what the rule's other alternatives and its qualifier open with, where a number word
    /// stands (a denial, a vague quantity, a currency prefix, a qualifier)
    opening_set before;
    /// the bytes right after the number that may open more of the rule: letters and digits (a
    /// scale, a unit or no word boundary), signs and spaces, and what units open with ("°c")
    byte_set right_after;
    /// after spaces: what the rule may read on into (a scale, currency, unit or qualifier, a
    /// fraction, "hundred", "dozen" or a number word after a ten)
    opening_set after_space;
    /// what begins an amount, for a range's second number (" to 12", " - $5"): digits besides
    opening_set amount;
    /// what the rule reads before a figure of money ("$5"), where a currency prefix stands: a
    /// qualifier, a denial, a vague quantity, a fraction or a number word, "between", "from",
    /// "magnitude"
    opening_set before_money;
    /// the first bytes of the entries of the tables reads_on_at asks, in its order (scale words,
    /// currency suffixes, scaled ones, qualifiers after, fraction words, unit words): a walk of a
    /// table costs some twenty instructions a byte, and most words after a number open with
    /// none of a table's entries
    std::array<byte_set, 6> reads_on_first;
};

/// Whether a word ends at `k` of `lower`: no lower-case letter or digit stands there (the rules' wb).
bool word_ends(std::string_view lower, std::size_t k) {
    return k >= lower.size() || (!ascii::is_digit(lower[k]) && !ascii::is_lower(lower[k]));
}

/// Whether a word of `table` (a table of the quantity grammar) stands at `pos` of `lower`, as the
/// rules read it there: the longest entry the text begins with, then a word boundary.
template <class Table>
bool table_word_at(const Table& table, std::string_view lower, std::size_t pos) {
    const char* first = lower.data() + pos;
    const char* const last = lower.data() + lower.size();
    return table.prefix_find(first, last) && word_ends(lower, static_cast<std::size_t>(first - lower.data()));
}

/// Whether `word` stands at `pos` (at most the end) of `lower`, then a word boundary. (Its
/// bytes compared in place: string_view's substr and == were calls.)
bool word_at(std::string_view lower, std::size_t pos, std::string_view word) {
    return lower.size() - pos >= word.size() && std::memcmp(lower.data() + pos, word.data(), word.size()) == 0 &&
           word_ends(lower, pos + word.size());
}

/// Whether the rule reads on into a word at `pos`, after the spaces that follow a number, other
/// than a unit: a scale, currency, qualifier, fraction, a number word after a ten, "hundred" or
/// "dozen".
bool reads_on_at(const plain_tables& tables, std::string_view lower, std::size_t pos) {
    if (pos >= lower.size()) return false;  // (a table's walk reads a byte first: nothing stands at the end)
    const quantity_grammar::tables& tb = quantity_grammar::t();  // (asked once: each call tests its guard)
    const std::array<byte_set, 6>& first = tables.reads_on_first;
    const char c = lower[pos];
    return (first[0].has(c) && table_word_at(tb.scale_words, lower, pos)) ||
           (first[1].has(c) && table_word_at(tb.cur_suffix, lower, pos)) ||
           (first[2].has(c) && table_word_at(tb.cur_suffix_scaled, lower, pos)) ||
           (first[3].has(c) && table_word_at(tb.post_qual, lower, pos)) ||
           (first[4].has(c) && table_word_at(tb.fraction_words, lower, pos)) ||
           (first[5].has(c) && table_word_at(tb.units19, lower, pos)) || word_at(lower, pos, "hundred") ||
           word_at(lower, pos, "dozen") || word_at(lower, pos, "and a half");
}

/// The unit the rule reads at `pos` after a number and spaces or a hyphen ("12 miles", "20-km"),
/// with `end` set past it: the longest entry of the units the text begins with, then a word
/// boundary. Null when no unit stands there.
const quantity_grammar::unit_info* unit_at(std::string_view lower, std::size_t pos, std::size_t& end) {
    const char* first = lower.data() + pos;
    const char* const last = lower.data() + lower.size();
    const quantity_grammar::unit_info* u = quantity_grammar::t().units.prefix_find(first, last);
    if (!u) return nullptr;
    end = static_cast<std::size_t>(first - lower.data());
    return word_ends(lower, end) ? u : nullptr;  // (no word boundary: no unit)
}

const plain_tables& plain() {
    static const plain_tables p = [] {
        namespace qg = quantity_grammar;
        ensure_tables();
        plain_tables out;
        auto words = [&](const auto& table) {
            qg::for_each_entry(table, [&](const std::string& w) {
                out.number_words.add(w, static_cast<std::int32_t>(out.values.size()));
                out.values.push_back(*table.find(w));  // (the value the rules read: the first added)
            });
        };
        words(qg::t().units19);
        words(qg::t().teens);
        words(qg::t().tens);
        out.before.add_table(qg::t().pre_qual);
        out.before.add_table(qg::t().denial_subject);
        out.before.add_table(qg::t().vague);
        out.before.add_table(qg::t().cur_prefix);
        for (unsigned ch = 0; ch < 256; ++ch)
            if (ascii::is_alnum(static_cast<char>(ch))) out.right_after.add(static_cast<char>(ch));
        for (const char c : {'%', '-', ' ', '\n'}) out.right_after.add(c);
        auto right_after = [&](const auto& table) {
            qg::for_each_entry(table, [&](const std::string& w) {
                if (!w.empty()) out.right_after.add(w[0]);
            });
        };
        right_after(qg::t().abbr_any);
        right_after(qg::t().attached_units);
        right_after(qg::t().units);
        std::size_t table = 0;
        auto first_bytes = [&](const auto& t) {
            byte_set& set = out.reads_on_first[table++];
            qg::for_each_entry(t, [&](const std::string& w) {
                if (w.empty()) set.bits.fill(~std::uint64_t(0));  // (an empty entry stands anywhere)
                else set.add(w[0]);
            });
        };
        first_bytes(qg::t().scale_words);
        first_bytes(qg::t().cur_suffix);
        first_bytes(qg::t().cur_suffix_scaled);
        first_bytes(qg::t().post_qual);
        first_bytes(qg::t().fraction_words);
        first_bytes(qg::t().units19);
        out.after_space.add_table(qg::t().scale_words);
        out.after_space.add_table(qg::t().cur_suffix);
        out.after_space.add_table(qg::t().cur_suffix_scaled);
        out.after_space.add_table(qg::t().units);
        out.after_space.add_table(qg::t().post_qual);
        out.after_space.add_table(qg::t().fraction_words);
        out.after_space.add_table(qg::t().units19);
        out.after_space.add("hundred");
        out.after_space.add("dozen");
        out.after_space.add("and a half");  // "two and a half hours" (the rule reads 2.5)
        out.amount.add_table(qg::t().cur_prefix);
        out.amount.add_table(qg::t().units19);
        out.amount.add_table(qg::t().teens);
        out.amount.add_table(qg::t().tens);
        for (const char* w : {"a", "half", "hundred"}) out.amount.add(w);
        out.before_money.add_table(qg::t().pre_qual);
        out.before_money.add_table(qg::t().denial_subject);
        out.before_money.add_table(qg::t().vague);
        out.before_money.add_table(qg::t().units19);
        for (const char* w : {"no", "between", "from", "one", "a", "half", "magnitude"}) out.before_money.add(w);
        return out;
    }();
    return p;
}

/// A number in digits as the digits rule reads it: +digit >> *(',' >> (digit >> digit >> digit |
/// ' ' >> '0' >> digit >> digit) >> !digit) >> -('.' >> +digit).
struct digits_read {
    std::size_t end = 0;
    double value = 0;  ///< as digits_value gives it
    bool separator = false, decimal = false;
};

/// The digits rule at `pos` (a digit) of `lower`. Inlined: most figures read theirs here, and
/// the call cost about as much as reading a few digits.
[[gnu::always_inline]] inline digits_read read_digits(std::string_view lower, std::size_t pos) {
    const char* const text = lower.data();
    const std::size_t size = lower.size();
    // (a lambda here was left a call where read_digits is inlined three times)
    auto digit = [&](std::size_t k) __attribute__((always_inline)) { return k < size && ascii::is_digit(text[k]); };
    digits_read r;
    std::size_t e = pos;
    std::uint64_t whole = 0;  // (digits_value of a whole number of at most fifteen digits)
    std::size_t digits = 0;
    for (; digit(e); ++e, ++digits) whole = whole * 10 + static_cast<std::uint64_t>(text[e] - '0');
    // (", 0dd": a group broken after its comma, as the digits rule reads it)
    while (e < size && text[e] == ',') {
        std::size_t g = e + 1;
        if (g < size && text[g] == ' ' && g + 1 < size && text[g + 1] == '0') ++g;
        if (!(digit(g) && digit(g + 1) && digit(g + 2) && !digit(g + 3))) break;
        for (e = g; e < g + 3; ++e, ++digits) whole = whole * 10 + static_cast<std::uint64_t>(text[e] - '0');
        r.separator = true;
    }
    if (e < size && text[e] == '.' && digit(e + 1)) {
        for (++e; digit(e);) ++e;
        r.decimal = true;
    }
    r.end = e;
    r.value = r.decimal || digits > 15 ? quantity_grammar::digits_value(text + pos, text + e) : static_cast<double>(whole);
    return r;
}

/// Whether, after a figure's number at `e` (a space), the rule may read on into a range's
/// second number (" - 5", " to $12", " or two") or an age (" years old").
bool range_or_age_at(const plain_tables& tables, std::string_view lower, std::size_t e) {
    const char* const text = lower.data();
    const std::size_t size = lower.size();
    auto is = [&](std::size_t k, char ch) { return k < size && text[k] == ch; };
    if (is(e + 1, 'y') && is(e + 2, 'e') && is(e + 3, 'a') && is(e + 4, 'r') &&
        (lower.substr(e, 10) == " years old"sv || lower.substr(e, 9) == " year old"sv))
        return true;
    std::size_t high = 0;  // past " - ", " to ", " or "
    if (is(e + 1, '-') && is(e + 2, ' ')) high = e + 3;
    else if (((is(e + 1, 't') && is(e + 2, 'o')) || (is(e + 1, 'o') && is(e + 2, 'r'))) && is(e + 3, ' ')) high = e + 4;
    return high && high < size && (ascii::is_digit(text[high]) || tables.amount.may_begin(lower, high));
}

/// Whether a qualifier the rule reads after a figure follows `end` ("5 miles or more"): after
/// '-' (where more of a compound may stand too) or spaces.
bool qualifier_after(std::string_view lower, std::size_t end) {
    const std::size_t size = lower.size();
    if (end < size && lower[end] == '-') return true;
    std::size_t after = end;
    while (after < size && (lower[after] == ' ' || lower[after] == '\n')) ++after;
    return after > end && table_word_at(quantity_grammar::t().post_qual, lower, after);
}

/// After a number, at the '-' at `e`: the unit ("20-km", "eight-year") or the compound noun
/// ("five-boat") the rule reads there, when the figure ends with it (`end` past it; `unit` null
/// for a noun). False where the rule may read something else there or more after it: a range
/// ("20-26"), an age ("-year-old"), a fraction ("one-third"), a number word ("twenty-three"), a
/// qualifier, another hyphen ("20-km-long").
bool hyphen_compound_at(const plain_tables& tables, std::string_view lower, std::size_t e,
                        const quantity_grammar::unit_info*& unit, std::size_t& end) {
    namespace qg = quantity_grammar;
    const char* const text = lower.data();
    const std::size_t size = lower.size();
    const std::size_t h = e + 1;
    if (h >= size || ascii::is_digit(text[h]) || tables.amount.may_begin(lower, h)) return false;
    const std::string_view at = lower.substr(e, 10);
    if (at.starts_with("-year-old"sv) || at.starts_with("-years-old"sv) || at.starts_with("-year old"sv)) return false;
    if (table_word_at(qg::t().fraction_words, lower, h) || table_word_at(qg::t().post_qual, lower, h)) return false;
    unit = unit_at(lower, h, end);
    if (!unit) {
        for (end = h; end < size && ascii::is_lower(text[end]);) ++end;
        if (end == h || (end < size && ascii::is_digit(text[end]))) return false;
    }
    return !qualifier_after(lower, end);
}

/// Past the age the rule reads right after digits that end at `e` ("99-year-old", "45 years
/// old"), where nothing follows it that the rule reads (a qualifier); 0 where none stands there
/// or the rule may read something else (a range, a scale or currency word).
std::size_t age_end_at(const plain_tables& tables, std::string_view lower, std::size_t e) {
    const std::size_t size = lower.size();
    if (e + 9 > size || (lower[e] != '-' && lower[e] != ' ') || lower[e + 1] != 'y') return 0;
    const std::string_view at = lower.substr(e, 10);
    std::size_t end = 0;  // the unit_part's age alternatives, in their order
    for (const std::string_view age : {"-year-old"sv, "-years-old"sv, " years old"sv, " year old"sv, "-year old"sv})
        if (at.starts_with(age)) {
            end = e + age.size();
            break;
        }
    if (!end || !word_ends(lower, end)) return 0;
    // before the age the rule tries a range after '-' and a scale or currency word after a space
    if (lower[e] == '-' ? tables.amount.may_begin(lower, e + 1) : reads_on_at(tables, lower, e + 1)) return 0;
    return qualifier_after(lower, end) ? 0 : end;
}

/// The unit the rule reads right after digits that end at `e` ("48km", "45c"), with `end` past
/// it: an attached unit, else a unit, each the longest entry then a word boundary. Null where
/// none stands, or where the rule reads a scale abbreviation there ("5bn", "1.5m").
const quantity_grammar::unit_info* attached_unit_at(std::string_view lower, std::size_t e, bool decimal, std::size_t& end) {
    namespace qg = quantity_grammar;
    const char* const text = lower.data();
    const char* const last = text + lower.size();
    const char* f = text + e;
    if (qg::t().abbr_any.prefix_find(f, last) && word_ends(lower, static_cast<std::size_t>(f - text))) return nullptr;
    if (decimal && text[e] == 'm' && word_ends(lower, e + 1)) return nullptr;
    f = text + e;
    if (const quantity_grammar::unit_info* u = qg::t().attached_units.prefix_find(f, last)) {
        end = static_cast<std::size_t>(f - text);
        if (word_ends(lower, end)) return u;  // (else the rule reads on to the units)
    }
    return unit_at(lower, e, end);
}

/// Past the scale word the amount rule reads after digits ending at `e` and spaces ("5
/// million": past "million"), with `value` multiplied by it as the rule does; `e` when none
/// stands there (the longest entry the text begins with, then a word boundary, as scale_sp).
std::size_t past_scale(const plain_tables& tables, std::string_view lower, std::size_t e, double& value) {
    const char* const text = lower.data();
    const std::size_t size = lower.size();
    std::size_t w = e;
    while (w < size && (text[w] == ' ' || text[w] == '\n')) ++w;
    if (w == e || w >= size || !tables.reads_on_first[0].has(text[w])) return e;  // (reads_on_first[0]: the scale words')
    const char* s = text + w;
    const double* scale = quantity_grammar::t().scale_words.prefix_find(s, text + size);
    if (!scale || !word_ends(lower, static_cast<std::size_t>(s - text))) return e;
    value *= *scale;
    return static_cast<std::size_t>(s - text);
}

/// Sets `out` to a figure of one number read without the rules, exact and unqualified, with
/// every other part left as the rules leave it (`out` may hold a quantity of an earlier parse).
inline void set_figure(quantity& out, std::size_t begin, std::size_t end, std::size_t num_begin, std::size_t num_end,
                       double value, bool separator, bool decimal) {
    out.begin = begin;
    out.end = end;
    out.num_begin = num_begin;
    out.num_end = num_end;
    out.value = value;
    out.range_high.reset();
    out.qual = qualifier::exact;
    out.qualified = false;
    out.compound_noun.clear();
    out.hyphen_compound = false;
    out.word_number = false;
    out.has_separator = separator;
    out.has_decimal = decimal;
    out.unrepresentable = false;
    out.denial_word.clear();
}

/// The quantity the rule reads at `pos` when it reads a number alone there, made without the
/// rule: digits ("145 drones", "1,000,", "4.6.") or a number word ("two people"), alone or with
/// a unit after spaces ("12 miles"), a hyphen ("20-km", "five-boat") or right after digits
/// ("48km"), digits with a scale word ("5 million people"), most figures. False when the rule
/// may read more or something else (a currency, range, qualifier, a number of several words, a
/// fraction, an age, ...): the rule reads those.
bool plain_figure(std::string_view lower, std::size_t pos, quantity& out) {
    static const plain_tables& tables = plain();
    const char* const text = lower.data();
    const std::size_t size = lower.size();
    std::size_t e = pos;
    double value = 0;
    bool separator = false, decimal = false, word = false;
    const quantity_grammar::unit_info* unit = nullptr;  // where the figure ends with one
    std::size_t unit_end = 0;                            // past it, or past a hyphen's compound noun
    bool hyphen = false;                                 // "20-km", "five-boat"
    if (pos < size && ascii::is_digit(text[pos])) {
        const digits_read r = read_digits(lower, pos);
        e = r.end;
        value = r.value;
        separator = r.separator;
        decimal = r.decimal;
    } else {
        while (e < size && ascii::is_lower(text[e])) ++e;
        const std::int32_t at = tables.number_words.find(lower, pos, e);
        if (at == word_trie::none || tables.before.may_begin(lower, pos)) return false;
        value = tables.values[static_cast<std::size_t>(at)];
        word = true;
    }
    // where what follows the amount begins: past a scale after digits ("5 million"; a number
    // word's scale is part of its number, read by the rules), and past an age after digits
    // ("99-year-old"): each asked only where the figure would else be left to the rules
    std::size_t amount_end = e;
    std::size_t age = 0;
    while (amount_end < size) {
        const char c = text[amount_end];
        if (c == ' ' || c == '\n') {
            if (c == ' ' && range_or_age_at(tables, lower, amount_end)) {
                if (word || amount_end != e || !(age = age_end_at(tables, lower, e))) return false;
                unit_end = age;
                break;
            }
            std::size_t w = amount_end;
            while (w < size && (text[w] == ' ' || text[w] == '\n')) ++w;
            if (tables.after_space.may_begin(lower, w)) {
                if (reads_on_at(tables, lower, w)) {
                    // a scale after the digits: what follows it is read as after the digits
                    if (word || amount_end != e || (amount_end = past_scale(tables, lower, e, value)) == e) return false;
                    continue;
                }
                // a unit ("12 miles", "eight years"), where nothing follows it that the rule reads
                // (a qualifier after spaces or '-')
                if ((unit = unit_at(lower, w, unit_end)) && qualifier_after(lower, unit_end)) return false;
            }
        } else if (c == '-') {
            if (!hyphen_compound_at(tables, lower, amount_end, unit, unit_end)) {
                if (word || amount_end != e || !(age = age_end_at(tables, lower, e))) return false;
                unit_end = age;
                break;
            }
            hyphen = true;
        } else if (tables.right_after.has(c)) {
            // a unit right after the digits ("48km"), where nothing follows it that the rule reads
            // ("48km or more"); else more of the rule ("5%", "3bn", "12,34")
            if (c == '%' || word || amount_end != e || !(unit = attached_unit_at(lower, e, decimal, unit_end)) ||
                qualifier_after(lower, unit_end))
                return false;
        }
        break;
    }
    // (the quantity the rules leave: its defaults, then the number; `out` may be a quantity of
    // an earlier parse)
    set_figure(out, pos, unit || hyphen || age ? unit_end : amount_end, pos, e, value, separator, decimal);
    if (age) {
        out.unit = "year";
        out.dimension = "time";
        out.kind = quantity_kind::age;
    } else if (unit) {
        out.unit = unit->unit;
        out.dimension = unit->dimension;
        out.kind = unit->dimension == "percent"sv ? quantity_kind::percent : quantity_kind::measure;
    } else {
        out.unit.clear();
        out.dimension.clear();
        out.kind = quantity_kind::count;
    }
    if (hyphen && !unit) out.compound_noun.assign(lower.substr(amount_end + 1, unit_end - amount_end - 1));
    out.hyphen_compound = hyphen || age;
    out.word_number = word;
    return true;
}

/// The quantity the rule reads at `pos` when it reads a sum of money in digits there, made
/// without the rule: a currency prefix, the digits, a scale and "dollars" ("$145", "€1.2
/// billion", "us$ 5m"). False where the rule may read something else or more (a range, a
/// qualifier, a compound, a number in words, ...): the rule reads those.
bool money_figure(std::string_view lower, std::size_t pos, quantity& out) {
    namespace qg = quantity_grammar;
    static const plain_tables& tables = plain();
    const char* const text = lower.data();
    const char* const last = text + lower.size();
    const std::size_t size = lower.size();
    auto digit = [&](std::size_t k) { return k < size && ascii::is_digit(text[k]); };
    auto space = [&](std::size_t k) { return k < size && (text[k] == ' ' || text[k] == '\n'); };
    auto past_spaces = [&](std::size_t k) {
        while (space(k)) ++k;
        return k;
    };
    if (tables.before_money.may_begin(lower, pos)) return false;
    // amount_rule's first alternative: cur_prefix >> -sp >> digits >> -(scale | abbreviation) >> -(sp >> "dollars")
    const char* f = text + pos;
    const std::string* currency = qg::t().cur_prefix.prefix_find(f, last);
    if (!currency) return false;
    const std::size_t num_begin = past_spaces(static_cast<std::size_t>(f - text));
    if (!digit(num_begin)) return false;
    const digits_read number = read_digits(lower, num_begin);
    const std::size_t num_end = number.end;
    double value = number.value;
    std::size_t end = num_end;
    if (space(end)) {
        const char* s = text + past_spaces(end);
        if (const double* scale = qg::t().scale_words.prefix_find(s, last); scale && word_ends(lower, static_cast<std::size_t>(s - text))) {
            value *= *scale;
            end = static_cast<std::size_t>(s - text);
        }
    } else {
        const char* s = text + end;
        if (const double* scale = qg::t().abbr_money.prefix_find(s, last); scale && word_ends(lower, static_cast<std::size_t>(s - text))) {
            value *= *scale;
            end = static_cast<std::size_t>(s - text);
        }
    }
    if (space(end) && word_at(lower, past_spaces(end), "dollars")) end = past_spaces(end) + 7;
    // what follows the amount: the rule reads on into a percent sign, a range, an age, a
    // compound or a qualifier, and a letter or digit there is no word boundary
    if (end < size) {
        const char c = text[end];
        if (c == '%' || c == '-' || ascii::is_digit(c) || ascii::is_lower(c)) return false;
        if ((c == ' ' && range_or_age_at(tables, lower, end)) || qualifier_after(lower, end)) return false;
    }
    set_figure(out, pos, end, num_begin, num_end, value, number.separator, number.decimal);
    out.unit = *currency;
    out.dimension = "money";
    out.kind = quantity_kind::money;
    return true;
}

/// The quantity the rule reads at `pos` when it reads "magnitude" and digits there, made
/// without the rule: "magnitude 6.1", "magnitude-4", "magnitude of 4.6". False where the rule
/// may read something else or more (a scale, a currency, a qualifier after, a number in words,
/// no word boundary): the rule reads those.
bool magnitude_figure(std::string_view lower, std::size_t pos, quantity& out) {
    static const plain_tables& tables = plain();
    const char* const text = lower.data();
    const std::size_t size = lower.size();
    // magnitude_prefix: "magnitude" >> -(" of" | " at" | " to") >> (sp | '-') >> amount_rule
    if (size - pos < 11 || text[pos] != 'm' || std::memcmp(text + pos, "magnitude", 9) != 0 || tables.before.may_begin(lower, pos)) return false;
    std::size_t k = pos + 9;
    auto is = [&](std::size_t at, char ch) { return at < size && text[at] == ch; };
    if (is(k, ' ') && ((is(k + 1, 'o') && is(k + 2, 'f')) || (is(k + 1, 'a') && is(k + 2, 't')) || (is(k + 1, 't') && is(k + 2, 'o'))))
        k += 3;
    if (is(k, '-')) ++k;
    else if (is(k, ' ') || is(k, '\n'))
        while (is(k, ' ') || is(k, '\n')) ++k;
    else return false;
    if (k >= size || !ascii::is_digit(text[k])) return false;
    const digits_read number = read_digits(lower, k);
    const std::size_t e = number.end;
    // what the amount rule or the qualifier after may read on into: a scale or currency word
    // (after spaces), an abbreviation, a qualifier ('-' or spaces); a letter or digit is no word
    // boundary
    if (e < size) {
        const char c = text[e];
        if (c == '-' || ascii::is_alnum(c)) return false;
        if (c == ' ' || c == '\n') {
            std::size_t w = e;
            while (w < size && (text[w] == ' ' || text[w] == '\n')) ++w;
            if (tables.after_space.may_begin(lower, w) && reads_on_at(tables, lower, w)) return false;
        }
    }
    set_figure(out, pos, e, k, e, number.value, number.separator, number.decimal);
    out.unit = "magnitude";
    out.dimension = "magnitude";
    out.kind = quantity_kind::measure;
    return true;
}

/// Where the figure after a qualifier at `pos` begins ("about 145": at "145"), with the
/// qualifier in `qual`; `pos` when no qualifier and spaces stand there.
std::size_t after_qualifier(std::string_view lower, std::size_t pos, qualifier& qual) {
    const char* first = lower.data() + pos;
    const char* const last = lower.data() + lower.size();
    const qualifier* found = quantity_grammar::t().pre_qual.prefix_find(first, last);  // as the rule reads it
    if (!found) return pos;
    qual = *found;
    if (first == last || (*first != ' ' && *first != '\n')) return pos;
    while (first != last && (*first == ' ' || *first == '\n')) ++first;
    return static_cast<std::size_t>(first - lower.data());
}

/// parse_quantity by the rules alone.
bool parse_by_rules(std::string_view lower, std::size_t pos, quantity& out) {
    namespace x3 = boost::spirit::x3;
    quantity_grammar::state s;
    s.base = lower.data();
    const char* first = lower.data() + pos;
    const char* last = lower.data() + lower.size();
    // most figures begin with a digit: only the main figure's alternative can read them
    const bool digit = first != last && *first >= '0' && *first <= '9';
    if (!(digit && digit_rule_reads_digits() ? x3::parse(first, last, quantity_grammar::quantity_digit_rule, s)
                                  : x3::parse(first, last, quantity_grammar::quantity_rule, s)))
        return false;
    s.q.begin = pos;
    s.q.end = static_cast<std::size_t>(first - lower.data());
    out = std::move(s.q);
    return true;
}
}  // namespace

bool parse_quantity(std::string_view lower, std::size_t pos, quantity& out) {
    ensure_tables();
    ++parser_steps();
    // a number alone, with or without a qualifier, is most figures ("145 drones", "about 145
    // drones", "two drones", "12 miles", "$1.2 billion"); where the tables let a digit begin only
    // the main figure (which plain_figure reads), it is read without the rules
    if (pos < lower.size() && digit_rule_reads_digits()) {
        auto shortcut = [&](std::size_t at) {
            return plain_figure(lower, at, out) || money_figure(lower, at, out) || magnitude_figure(lower, at, out);
        };
        if (shortcut(pos)) return true;
        qualifier qual = qualifier::exact;
        const std::size_t figure = ascii::is_lower(lower[pos]) ? after_qualifier(lower, pos, qual) : pos;
        if (figure != pos && shortcut(figure)) {
            out.begin = pos;
            out.qual = qual;
            out.qualified = true;
            return true;
        }
    }
    return parse_by_rules(lower, pos, out);
}

bool parse_quantity_by_rules(std::string_view lower, std::size_t pos, quantity& out) {
    ensure_tables();
    return parse_by_rules(lower, pos, out);
}

namespace {
/// What a quantity can begin with (for_each_starter), arranged for may_start_quantity.
struct starter_sets {
    /// What must follow a starter after spaces: a string of `sorted`. One list serves every
    /// starter given the same one (the qualifiers share theirs, of some 150 strings).
    struct after_list {
        std::vector<std::string> sorted;
        /// the first bytes of `sorted` (an empty string there lets any text through): the list
        /// is read only when the text's byte after the spaces is one of them
        std::array<std::uint64_t, 4> first{};
        bool any = false;
        /// what follows is a quantity itself (an amount, the rest of the rule after a
        /// qualifier): may_start_quantity asks itself there ("over a wide area": "a" begins an
        /// amount only before "hundred", "dozen" or a fraction word)
        bool quantity = false;
        bool may_follow(char c) const {
            const auto u = static_cast<unsigned char>(c);
            return (first[u / 64] >> (u % 64)) & 1;
        }
    };
    struct starter {
        std::string text;                  ///< the text at the quantity's start begins with this
        const after_list* after = nullptr;  ///< then spaces and one of these (none: nothing asked)
    };
    /// the starters that spell one word whole, and what may follow that word in any of them:
    /// most words asked about ("a", "in", "at", "for") are followed by none of it
    struct word_starters {
        std::vector<starter> list;
        byte_set right_after;  ///< a byte right after the word, not a space ("a$", "approx.")
        byte_set next_word;    ///< a byte that opens the word after the spaces ("a minimum of": 'm')
        bool any = false;      ///< a starter is the word alone and asks nothing after it
        /// the first two bytes of the word after the spaces, where it opens with a letter: its
        /// letter and the class of the byte after it (a letter, or 26 for any other byte), one
        /// bit of 26 * 27 each ("a total" is none of "a third", "a tenth", "a thousand": most
        /// "a" of a text are turned down here, not by their list of starters); every pair when
        /// a starter's list is a quantity's own (may_start_quantity reads there)
        std::array<std::uint64_t, 11> next_pair{};
        bool any_pair = false;
        static unsigned letter_class(char c) { return c >= 'a' && c <= 'z' ? static_cast<unsigned>(c - 'a') : 26; }
        /// Lets the pair `first`, `second` through (`second` null: any byte after `first`).
        void add_pair(char first, const char* second) {
            if (first < 'a' || first > 'z') return;  // (the pairs are asked of a word that opens with a letter)
            const unsigned row = letter_class(first) * 27;
            for (unsigned c = 0; c < 27; ++c)
                if (!second || letter_class(*second) == c) next_pair[(row + c) / 64] |= std::uint64_t(1) << ((row + c) % 64);
        }
        /// Whether the word after the spaces, from `p` (a lower-case letter; `end` past the
        /// text), may open with a pair of next_pair.
        bool may_pair(const char* p, const char* end) const {
            if (any_pair) return true;
            const unsigned bit = letter_class(*p) * 27 + (p + 1 < end ? letter_class(p[1]) : 26);
            return (next_pair[bit / 64] >> (bit % 64)) & 1;
        }
        void add(starter st, std::size_t letters) {
            const std::string& w = st.text;
            if (w.size() > letters && w[letters] != ' ') {
                right_after.add(w[letters]);
            } else if (w.size() > letters + 1) {
                next_word.add(w[letters + 1]);
                add_pair(w[letters + 1], w.size() > letters + 2 ? &w[letters + 2] : nullptr);
            } else if (!st.after || st.after->any) {
                any = true;
            } else {
                for (std::size_t k = 0; k < 4; ++k) next_word.bits[k] |= st.after->first[k];
                if (st.after->quantity) any_pair = true;
                else
                    for (const auto& a : st.after->sorted)
                        if (!a.empty()) add_pair(a[0], a.size() > 1 ? &a[1] : nullptr);
            }
            list.push_back(std::move(st));
        }
    };
    std::deque<after_list> lists;  ///< (a deque: the starters point into it)
    word_trie whole;  ///< the leading letters of the starters the text must spell whole -> `by_word`
    std::vector<word_starters> by_word;
    /// `whole` for words of one to three letters (most words asked about: "a", "in", "for"), by
    /// short_code: the index into `by_word`, or -1
    std::vector<std::int32_t> short_words = std::vector<std::int32_t>(27 * 27 * 27, -1);
    /// a word of one to three letters as a number below 27^3 (letters case folded; a letter
    /// past the word counts 0), written out: the loop over three places cost more than the rest
    /// of a short word's question
    static std::size_t short_code(const char* w, std::size_t len) {
        auto letter = [&](std::size_t k) { return static_cast<std::size_t>((w[k] | 0x20) - 'a' + 1); };
        std::size_t code = letter(0) * 27 * 27;
        if (len > 1) code += letter(1) * 27;
        if (len > 2) code += letter(2);
        return code;
    }
    prefix_set prefix;  ///< the leading letters of those that may run on into more letters
    byte_set prefix_first;  ///< their first letters: most words asked begin with none
    /// every starter by its leading letters: most words of a text fail this without a lookup
    lead_filter leads{lead_filter::words::letters};
};

const starter_sets& starters() {
    static const starter_sets sets = [] {
        ensure_tables();
        starter_sets out;
        // the lists of for_each_starter live through the call: one after_list for each
        std::map<const std::vector<std::string>*, const starter_sets::after_list*> made;
        quantity_grammar::for_each_starter([&](const std::string& w, bool whole, const std::vector<std::string>& after,
                                               bool quantity_follows) {
            std::size_t letters = 0;
            while (letters < w.size() && ascii::is_alpha(w[letters])) ++letters;
            if (letters == 0) return;  // a sign or a digit: may_start_quantity lets those through
            out.leads.add(w, !whole);
            if (!whole) {
                out.prefix.add(w);
                out.prefix_first.add(ascii::to_lower(w[0]));  // (as prefix_set folds it)
                return;
            }
            const std::string_view lead = std::string_view(w).substr(0, letters);
            std::int32_t at = out.whole.find(lead, 0, lead.size());
            if (at == word_trie::none) {
                at = static_cast<std::int32_t>(out.by_word.size());
                out.whole.add(lead, at);
                out.by_word.emplace_back();
                if (lead.size() <= 3) out.short_words[starter_sets::short_code(lead.data(), lead.size())] = at;
            }
            starter_sets::starter st{w, nullptr};
            if (!after.empty()) {
                const starter_sets::after_list*& list = made[&after];
                if (!list) {
                    starter_sets::after_list& l = out.lists.emplace_back();
                    l.sorted = after;
                    l.quantity = quantity_follows;
                    std::sort(l.sorted.begin(), l.sorted.end());  // (begins_with_any reads them by first byte)
                    for (const auto& a : after) {
                        if (a.empty()) {
                            l.any = true;
                            continue;
                        }
                        const auto u = static_cast<unsigned char>(a[0]);
                        l.first[u / 64] |= std::uint64_t(1) << (u % 64);
                    }
                    list = &l;
                }
                st.after = list;
            }
            out.by_word[static_cast<std::size_t>(at)].add(std::move(st), letters);
        });
        return out;
    }();
    return sets;
}

/// True when `text` from `pos` begins with a string of `sorted` (a sorted list: only the
/// strings with the text's first byte are compared; a qualifier's list holds some 150).
bool begins_with_any(std::string_view text, std::size_t pos, const std::vector<std::string>& sorted) {
    const std::string_view rest = text.substr(pos);
    if (rest.empty()) return false;
    // std::string orders bytes as unsigned char: so does this
    const auto first = static_cast<unsigned char>(rest[0]);
    auto it = std::lower_bound(sorted.begin(), sorted.end(), first, [](const std::string& w, unsigned char c) {
        return w.empty() || static_cast<unsigned char>(w[0]) < c;
    });
    for (; it != sorted.end() && static_cast<unsigned char>((*it)[0]) == first; ++it)
        if (rest.starts_with(*it)) return true;
    return false;
}
}  // namespace

const lead_filter& quantity_leads() { return starters().leads; }

bool may_start_quantity(std::string_view lower, std::size_t pos) {
    unsigned char c = static_cast<unsigned char>(lower[pos]);
    if (c >= '0' && c <= '9') return true;
    if (c >= 0x80 || c == '$') return true;  // currency signs
    if (c < 'a' || c > 'z') return false;
    // a letter: the text must begin with a qualifier, number word, denial, ... as written (or
    // with the letters of a currency written in letters). Most words asked here begin no
    // quantity ("a", "in", "for"): the comparisons below are written out, not calls.
    if (!starters().leads.may(lower, pos, lower.size())) return false;
    return word_may_start_quantity(lower, pos);
}

bool word_may_start_quantity(std::string_view lower, std::size_t pos) {
    static const starter_sets& s = starters();
    const std::size_t size = lower.size();
    if (s.prefix_first.has(lower[pos]) && s.prefix.begins(lower, pos)) return true;
    const char* const text = lower.data();
    std::size_t e = pos + 1;
    while (e < size && ascii::is_alpha(text[e])) ++e;  // the run of letters
    const std::int32_t at =
        e - pos <= 3 ? s.short_words[starter_sets::short_code(text + pos, e - pos)] : s.whole.find(lower, pos, e);
    if (at == word_trie::none) return false;
    const starter_sets::word_starters& word = s.by_word[static_cast<std::size_t>(at)];
    if (!word.any) {
        // the byte after the word, or the one that opens the next word, must be a starter's
        if (e >= size) return false;
        if (!word.right_after.has(text[e])) {
            if (text[e] != ' ' && text[e] != '\n') return false;
            std::size_t next = e + 1;
            while (next < size && (text[next] == ' ' || text[next] == '\n')) ++next;
            if (next >= size || !word.next_word.has(text[next])) return false;
            if (ascii::is_lower(text[next]) && !word.may_pair(text + next, text + size)) return false;
        }
    }
    const std::size_t rest = size - pos;
    for (const auto& st : word.list) {
        const std::size_t len = st.text.size();
        if (len > rest) continue;
        std::size_t k = e - pos;  // (the word is the starter's leading letters)
        while (k < len && text[pos + k] == st.text[k]) ++k;
        if (k < len) continue;
        if (!st.after) return true;
        std::size_t p = pos + len;
        if (p >= size || (text[p] != ' ' && text[p] != '\n')) continue;
        while (p < size && (text[p] == ' ' || text[p] == '\n')) ++p;
        if (st.after->any) return true;
        if (p >= size || !st.after->may_follow(text[p])) continue;  // no string of the list begins so
        if (st.after->quantity ? may_start_quantity(lower, p) : begins_with_any(lower, p, st.after->sorted)) return true;
    }
    return false;
}

std::string_view to_string(qualifier q) {
    switch (q) {
        case qualifier::exact: return "exact";
        case qualifier::approx: return "approx";
        case qualifier::nearly: return "nearly";
        case qualifier::at_least: return "at_least";
        case qualifier::more_than: return "more_than";
        case qualifier::at_most: return "at_most";
        case qualifier::less_than: return "less_than";
        case qualifier::range: return "range";
    }
    return "exact";
}

std::string_view to_string(quantity_kind k) {
    switch (k) {
        case quantity_kind::count: return "count";
        case quantity_kind::money: return "money";
        case quantity_kind::percent: return "percent";
        case quantity_kind::measure: return "measure";
        case quantity_kind::age: return "age";
        case quantity_kind::fraction: return "fraction";
        case quantity_kind::vague: return "vague";
        case quantity_kind::denial: return "denial";
    }
    return "count";
}

}  // namespace claimcheck::grammar
