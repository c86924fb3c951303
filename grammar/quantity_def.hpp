#pragma once
// Rules of the quantity grammar. Included only by quantity.cpp: callers use quantity.hpp.
//
// The grammar reads ASCII-lower-cased, folded text (typographic quotes, dashes and
// non-breaking spaces already made plain), so keywords need no no_case[]. Word lists come
// from grammar/lexicon/*.tsv and fill the symbol tables once, before the first parse.
#include <boost/spirit/home/x3.hpp>
#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <string>
#include <memory>
#include <unordered_map>
#include <vector>

#include "grammar/ast.hpp"
#include "grammar/lexicon.hpp"

namespace claimcheck::grammar::quantity_grammar {

namespace x3 = boost::spirit::x3;

struct unit_info {
    std::string unit, dimension;
};

/// Symbol tables shared by the rules (x3::symbols share their lookup between copies, so the
/// rules below see what fill_tables() adds).
struct tables {
    x3::symbols<double> units19, teens, tens, scale_words, vague, fraction_words;
    x3::symbols<double> abbr_any, abbr_money;
    x3::symbols<qualifier> pre_qual, post_qual, vague_qual;
    x3::symbols<unit_info> units, attached_units;  ///< attached: only right after the digits ("45C")
    x3::symbols<std::string> cur_prefix, cur_suffix, cur_suffix_scaled;
    x3::symbols<std::string> denial_subject, denial_noun, harm_verb;
    x3::symbols<x3::unused_type> aux;
    /// the entries of each table above as fill_tables adds them, by the table's address (taken
    /// with std::addressof: x3 parsers overload unary &), for the filters built from the tables:
    /// x3's for_each walks a table's tree, copying a string at every node (a few hundred
    /// thousand instructions for the units)
    std::unordered_map<const void*, std::vector<std::string>> entries;
};

inline tables& t() {
    static tables tb;
    return tb;
}

/// Adds `word` with `value` to `table` (a table of t()), recording the entry.
template <class Table, class Value>
void add_entry(Table& table, const std::string& word, Value&& value) {
    table.add(word, std::forward<Value>(value));
    t().entries[std::addressof(table)].push_back(word);
}

/// Calls f(word) for each entry added to `table` (a table of t()) by fill_tables, in the order
/// added (an entry the lexicon holds twice comes twice). Only reads: threads may ask at once.
template <class Table, class F>
void for_each_entry(const Table& table, F f) {
    const auto& entries = t().entries;
    if (const auto it = entries.find(std::addressof(table)); it != entries.end())
        for (const std::string& w : it->second) f(w);
}

inline void fill_tables() {
    auto& tb = t();
    for (const auto& r : lexicon("number_words").rows) {
        double v = std::stod(r.at(1));
        const std::string& kind = r.at(2);
        if (kind == "unit") add_entry(tb.units19, r[0], v);
        else if (kind == "teen") add_entry(tb.teens, r[0], v);
        else if (kind == "ten") add_entry(tb.tens, r[0], v);
        else if (kind == "scale") add_entry(tb.scale_words, r[0], v);
    }
    for (const auto& r : lexicon("scale_abbreviations").rows) {
        double v = std::stod(r.at(1));
        if (r.at(2) == "any") add_entry(tb.abbr_any, r[0], v);
        add_entry(tb.abbr_money, r[0], v);
    }
    for (const auto& r : lexicon("qualifiers").rows)
        add_entry(r.at(2) == "pre" ? tb.pre_qual : tb.post_qual, r[0], qualifier_from(r.at(1)));
    for (const auto& r : lexicon("units").rows) add_entry(tb.units, r[0], unit_info{r.at(1), r.at(2)});
    for (const auto& r : lexicon("attached_units").rows) add_entry(tb.attached_units, r[0], unit_info{r.at(1), r.at(2)});
    for (const auto& r : lexicon("currencies").rows) {
        const std::string& pos = r.at(2);
        if (pos == "prefix") add_entry(tb.cur_prefix, r[0], r.at(1));
        else if (pos == "suffix") add_entry(tb.cur_suffix, r[0], r.at(1));
        else add_entry(tb.cur_suffix_scaled, r[0], r.at(1));
    }
    for (const auto& r : lexicon("vague").rows) {
        add_entry(tb.vague, r[0], std::stod(r.at(1)));
        add_entry(tb.vague_qual, r[0], qualifier_from(r.at(2)));
    }
    for (const auto& r : lexicon("fractions").rows) add_entry(tb.fraction_words, r[0], std::stod(r.at(1)));
    for (const auto& r : lexicon("denials").rows)
        add_entry(r.at(1) == "subject" ? tb.denial_subject : tb.denial_noun, r[0], r[0]);
    for (const auto& r : lexicon("harm_verbs").rows) add_entry(tb.harm_verb, r[0], r[0]);
    for (const char* a : {"was", "were", "is", "are", "has been", "have been", "had been", "got", "was reported",
                          "were reported", "is reported", "are reported", "was seriously", "were seriously",
                          "was immediately", "were immediately", "was believed to be", "is believed to be",
                          "appeared to be", "was reported to be", "were reported to be"})
        tb.aux.add(a);
}

// ---- semantic actions ---------------------------------------------------------------
inline constexpr auto set_val = [](auto& ctx) { x3::_val(ctx) = x3::_attr(ctx); };
inline constexpr auto add_val = [](auto& ctx) { x3::_val(ctx) += x3::_attr(ctx); };
inline constexpr auto mul_val = [](auto& ctx) { x3::_val(ctx) *= x3::_attr(ctx); };
inline constexpr auto set_one = [](auto& ctx) { x3::_val(ctx) = 1; };
inline constexpr auto times_100 = [](auto& ctx) { x3::_val(ctx) *= 100; };
inline constexpr auto times_12 = [](auto& ctx) { x3::_val(ctx) *= 12; };
inline constexpr auto set_12 = [](auto& ctx) { x3::_val(ctx) = 12; };
inline constexpr auto set_6 = [](auto& ctx) { x3::_val(ctx) = 6; };
inline constexpr auto add_half = [](auto& ctx) { x3::_val(ctx) += 0.5; };

/// The value of digits with optional thousands separators and decimals, [b, e): "145", "1,000",
/// "4.6" (the digits rule's text; also read by parse_quantity's shortcut for plain figures).
inline double digits_value(const char* b, const char* e) {
    // most figures are whole numbers of a few digits: one of at most fifteen digits is exact in
    // a double (below 2^53), the value strtod gives, read here without a string and a strtod call
    std::uint64_t whole = 0;
    int count = 0;
    bool plain = true;
    for (const char* p = b; p != e; ++p) {
        const char c = *p;
        if (c == ',' || c == ' ') continue;
        if (c < '0' || c > '9' || ++count > 15) {
            plain = false;
            break;
        }
        whole = whole * 10 + static_cast<std::uint64_t>(c - '0');
    }
    if (plain) return static_cast<double>(whole);
    // a decimal or a longer number: std::from_chars rounds as strtod does (to the nearest
    // double) without a string or the locale; out of range (hundreds of digits), strtod's
    // infinity or zero
    char buf[64];
    std::size_t n = 0;
    for (const char* p = b; p != e && n < sizeof buf; ++p)
        if (*p != ',' && *p != ' ') buf[n++] = *p;
    double v = 0;
    if (n < sizeof buf && std::from_chars(buf, buf + n, v).ec == std::errc()) return v;
    std::string s;
    for (const char* p = b; p != e; ++p)
        if (*p != ',' && *p != ' ') s.push_back(*p);
    return std::strtod(s.c_str(), nullptr);
}

inline constexpr auto digits_to_double = [](auto& ctx) {
    x3::_val(ctx) = digits_value(x3::_attr(ctx).begin(), x3::_attr(ctx).end());  // (the grammar reads const char*)
};

// ---- character classes ---------------------------------------------------------------
inline const auto word_char = x3::char_("a-z0-9");
inline const auto wb = !word_char;  // the word ends here
inline const auto sp = +(x3::lit(' ') | x3::lit('\n'));
inline const auto digit = x3::char_("0-9");

// ---- numbers ---------------------------------------------------------------------------
x3::rule<class digits_class, double> const digits = "digits";
x3::rule<class below100_class, double> const below100 = "below100";
x3::rule<class below1000_class, double> const below1000 = "below1000";
x3::rule<class word_number_class, double> const word_number = "word_number";

/// A group after a comma and a space that begins with 0 ("$250, 000": text scraped from a page
/// that broke the line there) is a group of the number: no figure of its own begins with 0.
inline const auto digits_def =
    x3::raw[x3::lexeme[+digit >> *(',' >> (digit >> digit >> digit | ' ' >> x3::char_('0') >> digit >> digit) >> !digit) >>
                       -('.' >> +digit)]][digits_to_double];

inline const auto below100_def =
    ((t().tens >> wb)[set_val] >> -((x3::lit('-') | sp) >> (t().units19 >> wb)[add_val])) |
    (t().teens >> wb)[set_val] | (t().units19 >> wb)[set_val];

inline const auto below1000_def =
    (x3::eps[set_one] >> -(((t().units19 >> wb)[set_val] | x3::lit("a") >> wb) >> sp) >>
     (x3::lit("hundred") >> wb)[times_100] >> -(sp >> -(x3::lit("and") >> sp) >> below100[add_val])) |
    below100[set_val];

/// "twenty-three", "a hundred and fifty", "two thousand", "three million", "two dozen", "two and a
/// half" (2.5: "two and a half hours", "one and a half million")
inline const auto word_number_def =
    (x3::lit("half a dozen") >> wb)[set_6] | (x3::lit("a dozen") >> wb)[set_12] |
    (below1000[set_val] >> -(sp >> (x3::lit("dozen") >> wb)[times_12]) >>
     -(sp >> (x3::lit("and a half") >> wb)[add_half]) >>
     -(sp >> (t().scale_words >> wb)[mul_val] >> -(sp >> -(x3::lit("and") >> sp) >> below1000[add_val])));

// ---- amounts: a number with its scale and currency ------------------------------------
struct amount {
    double value = 0;
    const char* num_begin = nullptr;
    const char* num_end = nullptr;
    std::string currency;
    bool word = false, scaled = false, decimal = false;
    double scale = 1;  ///< the scale word's factor ("million": 1e6), 1 without one
};

inline constexpr auto a_digits = [](auto& ctx) {
    auto& a = x3::_val(ctx);
    a.value = x3::_attr(ctx);
    a.word = false;
};
inline constexpr auto a_words = [](auto& ctx) {
    auto& a = x3::_val(ctx);
    a.value = x3::_attr(ctx);
    a.word = true;
};
inline constexpr auto a_span = [](auto& ctx) {
    auto& a = x3::_val(ctx);
    a.num_begin = x3::_attr(ctx).begin();
    a.num_end = x3::_attr(ctx).end();
    a.decimal = std::find(a.num_begin, a.num_end, '.') != a.num_end;
};
inline constexpr auto a_scale = [](auto& ctx) {
    auto& a = x3::_val(ctx);
    a.value *= x3::_attr(ctx);
    a.scale = x3::_attr(ctx);
    a.scaled = true;
};
inline constexpr auto a_million_if_decimal = [](auto& ctx) {
    auto& a = x3::_val(ctx);
    if (!a.decimal) {
        x3::_pass(ctx) = false;
        return;
    }
    a.value *= 1e6;
    a.scale = 1e6;
    a.scaled = true;
};
inline constexpr auto a_currency = [](auto& ctx) { x3::_val(ctx).currency = x3::_attr(ctx); };
inline constexpr auto a_currency_if_scaled = [](auto& ctx) {
    auto& a = x3::_val(ctx);
    if (!a.scaled) x3::_pass(ctx) = false;
    else a.currency = x3::_attr(ctx);
};
inline constexpr auto a_reset = [](auto& ctx) { x3::_val(ctx) = amount{}; };

x3::rule<class amount_class, amount> const amount_rule = "amount";

inline const auto number_a = x3::raw[digits[a_digits] | word_number[a_words]][a_span];
inline const auto scale_sp = sp >> (t().scale_words >> wb)[a_scale];

/// "$1.2 billion", "€150 billion", "£2m", "3.5bn euros", "145", "one hundred forty-five"
inline const auto amount_rule_def =
    (x3::eps[a_reset] >> t().cur_prefix[a_currency] >> -sp >> number_a >>
     -(scale_sp | (t().abbr_money >> wb)[a_scale]) >> -(sp >> x3::lit("dollars") >> wb)) |
    (x3::eps[a_reset] >> number_a >>
     -(scale_sp | (t().abbr_any >> wb)[a_scale] | (x3::lit('m') >> wb)[a_million_if_decimal]) >>
     -(sp >> (t().cur_suffix >> wb)[a_currency] | sp >> (t().cur_suffix_scaled >> wb)[a_currency_if_scaled]));

// ---- the quantity ----------------------------------------------------------------------
struct state {
    quantity q;
    const char* base = nullptr;
    bool low_scaled = false;  ///< the (first) amount had a scale word of its own
};

inline void take_amount(state& s, const amount& a) {
    s.q.value = a.value;
    s.q.num_begin = static_cast<std::size_t>(a.num_begin - s.base);
    s.q.num_end = static_cast<std::size_t>(a.num_end - s.base);
    s.q.word_number = a.word;
    s.q.has_decimal = a.decimal;
    s.q.has_separator = std::find(a.num_begin, a.num_end, ',') != a.num_end;
    s.low_scaled = a.scaled;
    if (!a.currency.empty()) {
        s.q.unit = a.currency;
        s.q.dimension = "money";
        s.q.kind = quantity_kind::money;
    }
}

inline constexpr auto q_qual = [](auto& ctx) {
    auto& q = x3::_val(ctx).q;
    q.qual = x3::_attr(ctx);
    q.qualified = true;
};
inline constexpr auto q_post_qual = [](auto& ctx) {
    auto& q = x3::_val(ctx).q;
    if (q.qual == qualifier::exact) q.qual = x3::_attr(ctx);
    q.qualified = true;
};
inline constexpr auto q_reset = [](auto& ctx) {
    auto& q = x3::_val(ctx).q;
    q.unit.clear();
    q.dimension.clear();
    q.kind = quantity_kind::count;
    q.range_high.reset();
    q.compound_noun.clear();
    q.hyphen_compound = false;
    q.denial_word.clear();
};
inline constexpr auto q_amount = [](auto& ctx) { take_amount(x3::_val(ctx), x3::_attr(ctx)); };
inline constexpr auto q_high = [](auto& ctx) {
    auto& s = x3::_val(ctx);
    const amount& a = x3::_attr(ctx);
    double high = a.value;
    // "$5-$7 million", "between 2 and 3 billion": the high end's scale word is the low end's too,
    // where the low end has none and, scaled, still lies below the high ("from 500 to 2 million"
    // keeps its 500)
    if (!s.low_scaled && a.scale > 1 && s.q.value * a.scale < high) s.q.value *= a.scale;
    if (!(high > s.q.value)) {
        x3::_pass(ctx) = false;
        return;
    }
    s.q.range_high = high;
    s.q.qual = qualifier::range;
    if (s.q.unit.empty() && !a.currency.empty()) {
        s.q.unit = a.currency;
        s.q.dimension = "money";
        s.q.kind = quantity_kind::money;
    }
};
inline constexpr auto q_unit = [](auto& ctx) {
    auto& q = x3::_val(ctx).q;
    const unit_info& u = x3::_attr(ctx);
    if (q.kind == quantity_kind::money) {
        x3::_pass(ctx) = false;
        return;
    }
    q.unit = u.unit;
    q.dimension = u.dimension;
    q.kind = u.dimension == "percent" ? quantity_kind::percent : quantity_kind::measure;
};
inline constexpr auto q_percent = [](auto& ctx) {
    auto& q = x3::_val(ctx).q;
    q.unit = "%";
    q.dimension = "percent";
    q.kind = quantity_kind::percent;
};
inline constexpr auto q_hyphen = [](auto& ctx) { x3::_val(ctx).q.hyphen_compound = true; };
inline constexpr auto q_age = [](auto& ctx) {
    auto& q = x3::_val(ctx).q;
    q.unit = "year";
    q.dimension = "time";
    q.kind = quantity_kind::age;
    q.hyphen_compound = true;
};
inline constexpr auto q_compound = [](auto& ctx) {
    auto& q = x3::_val(ctx).q;
    auto r = x3::_attr(ctx);
    q.compound_noun.assign(r.begin(), r.end());
    q.hyphen_compound = true;
};
inline constexpr auto q_magnitude = [](auto& ctx) {
    auto& q = x3::_val(ctx).q;
    q.unit = "magnitude";
    q.dimension = "magnitude";
    q.kind = quantity_kind::measure;
};
inline constexpr auto q_vague = [](auto& ctx) {
    auto& q = x3::_val(ctx).q;
    q.value = x3::_attr(ctx);
    q.kind = quantity_kind::vague;
    if (!q.qualified) q.qual = qualifier::at_least;
};
inline constexpr auto q_span_all = [](auto& ctx) {
    auto& s = x3::_val(ctx);
    s.q.num_begin = static_cast<std::size_t>(x3::_attr(ctx).begin() - s.base);
    s.q.num_end = static_cast<std::size_t>(x3::_attr(ctx).end() - s.base);
};
inline constexpr auto q_fraction_one = [](auto& ctx) {
    auto& q = x3::_val(ctx).q;
    q.value = 1.0 / x3::_attr(ctx);
    q.kind = quantity_kind::fraction;
    q.word_number = true;
};
inline constexpr auto q_half = [](auto& ctx) {
    auto& q = x3::_val(ctx).q;
    q.value = 0.5;
    q.kind = quantity_kind::fraction;
    q.word_number = true;
};
inline constexpr auto q_numerator = [](auto& ctx) { x3::_val(ctx).q.value = x3::_attr(ctx); };
inline constexpr auto q_fraction_n = [](auto& ctx) {
    auto& q = x3::_val(ctx).q;
    q.value = q.value / x3::_attr(ctx);
    q.kind = quantity_kind::fraction;
    q.word_number = true;
};
inline constexpr auto q_denial = [](auto& ctx) {
    auto& q = x3::_val(ctx).q;
    q.value = 0;
    q.kind = quantity_kind::denial;
    q.denial_word = x3::_attr(ctx);
    q.word_number = true;
};

x3::rule<class quantity_class, state> const quantity_rule = "quantity";

inline const auto range_tail =
    (x3::lit(" - ") | x3::lit('-') | x3::lit(" to ") | x3::lit(" or ")) >> -t().cur_prefix >> amount_rule[q_high];

inline const auto unit_part =
    x3::lit('%')[q_percent] |
    (x3::lit("-year-old") | x3::lit("-years-old") | x3::lit(" years old") | x3::lit(" year old") |
     x3::lit("-year old"))[q_age] >>
        wb |
    ('-' >> (t().units >> wb)[q_unit] >> -('-' >> (x3::lit("long") | "wide" | "high" | "deep" | "tall") >> wb))[q_hyphen] |
    ('-' >> !(t().post_qual >> wb) >> (x3::raw[+x3::char_("a-z")] >> wb)[q_compound]) |
    (t().attached_units >> wb)[q_unit] | (-sp >> (t().units >> wb)[q_unit]);

inline const auto harm_aux = x3::lit("was") | "were" | "is" | "are" | "has" | "have" | "had" | "been" | "being" | "got" |
                             "reported" | "believed" | "to" | "be" | "seriously" | "immediately" | "critically" |
                             "badly" | "yet" | "ever";

/// The words that may stand between "no" and a denial's noun ("no immediate casualties"); keep in
/// step with `denial` below (for_each_starter reads them).
inline const char* const denial_adjectives[] = {"immediate", "other", "serious", "major", "reported", "confirmed", "known", "further"};

inline const auto denial =
    (t().denial_subject >> sp >> *((harm_aux >> wb) >> sp) >> (t().harm_verb >> wb)[q_denial]) |
    (x3::lit("no") >> sp >>
     -((x3::lit("immediate") | "other" | "serious" | "major" | "reported" | "confirmed" | "known" | "further") >>
       sp) >>
     (t().denial_noun >> wb)[q_denial]);

inline const auto fraction =
    ((x3::lit("one") >> (x3::lit('-') | sp) | x3::lit("a") >> sp >> &(x3::char_("a-z") >> +x3::char_("a-z") >> " of")) >>
     (t().fraction_words >> wb)[q_fraction_one]) |
    ((t().units19 >> wb)[q_numerator] >> (x3::lit('-') | sp) >> (t().fraction_words >> wb)[q_fraction_n] >>
     -(x3::lit(" of a") >> sp >> (t().units >> wb)[q_unit])) |
    // "Half of the 300 residents" (a bare "half" elsewhere is no figure: "half-time", "in half")
    (x3::lit("half") >> &(sp >> x3::lit("of") >> wb))[q_half];

inline const auto between_range =
    // (the unit may be said at both ends: "between 50 percent and 60 percent", "from 5 km to 8 km";
    // the high end's unit is the figure's)
    ((x3::lit("between") | "from") >> sp >> amount_rule[q_amount] >> -(x3::lit('%') | (sp >> t().units >> wb)) >> sp >> (x3::lit("and") | "to") >>
     sp >> amount_rule[q_high] >> -x3::lit('%')[q_percent] >> -unit_part);

inline const auto magnitude_prefix =
    (x3::lit("magnitude") >> -(x3::lit(" of") | x3::lit(" at") | x3::lit(" to")) >> (sp | x3::lit('-')))[q_magnitude] >>
    amount_rule[q_amount];  // "put the magnitude at 6.9", "raised the magnitude to 7.1"

// a percent sign ends the figure: no unit follows it ("up 83% year on year" is no 83 years); a
// range of percentages closes with one too ("10% to 12%"), for "rose 112% to $30.8 billion" is a
// change and a new level, not a range from 112 to 30.8 billion percent
// (the high end is taken only once its '%' is read: an action runs even where the sequence
// around it fails later)
inline const auto percent_range_tail =
    ((x3::lit(" - ") | x3::lit('-') | x3::lit(" to ") | x3::lit(" or ")) >> amount_rule >> x3::lit('%'))[q_high];
inline const auto main_figure =
    amount_rule[q_amount] >> ((x3::lit('%')[q_percent] >> -percent_range_tail) | (-range_tail >> -unit_part));

inline const auto quantity_rule_def =
    -((t().pre_qual >> sp)[q_qual]) >>
    ((x3::eps[q_reset] >> x3::raw[denial][q_span_all]) | (x3::eps[q_reset] >> between_range) |
     (x3::eps[q_reset] >> x3::raw[(t().vague >> wb)[q_vague]][q_span_all]) |
     (x3::eps[q_reset] >> x3::raw[fraction][q_span_all]) | (x3::eps[q_reset] >> magnitude_prefix) |
     (x3::eps[q_reset] >> main_figure)) >>
    -((sp | x3::lit('-')) >> (t().post_qual >> wb)[q_post_qual]) >> wb;

/// quantity_rule where the text begins with a digit, when no entry of the tables its other
/// alternatives and its qualifier begin with (pre_qual, denial_subject, vague, units19) begins
/// with a digit (digit_start_is_main_figure): then each of them fails at the first byte after
/// its q_reset, and the main figure is read from the same state.
x3::rule<class quantity_digit_class, state> const quantity_digit_rule = "quantity_digit";
inline const auto quantity_digit_rule_def =
    (x3::eps[q_reset] >> main_figure) >> -((sp | x3::lit('-')) >> (t().post_qual >> wb)[q_post_qual]) >> wb;

BOOST_SPIRIT_DEFINE(digits, below100, below1000, word_number, amount_rule, quantity_rule, quantity_digit_rule)

/// True when no entry of the tables quantity_rule's qualifier and its alternatives before the
/// main figure begin with (pre_qual, denial_subject, vague, units19) begins with a digit (their
/// keywords are letters): then quantity_digit_rule reads a text that begins with a digit as
/// quantity_rule does. Call after fill_tables.
inline bool digit_start_is_main_figure() {
    bool digit = false;
    auto check = [&](const auto& table) {
        for_each_entry(table, [&](const std::string& w) {
            if (!w.empty() && w[0] >= '0' && w[0] <= '9') digit = true;
        });
    };
    check(t().pre_qual);
    check(t().denial_subject);
    check(t().vague);
    check(t().units19);
    return !digit;
}

/// Calls `f(text, whole, after_space, quantity_follows)` for every entry or keyword a quantity
/// can begin with, as quantity_rule above reads: a qualifier, a denial's subject or "no",
/// "between"/"from", a vague quantity, a fraction ("one", "a", a unit word), "magnitude", a
/// currency prefix, and a number word ("half a dozen", "a dozen", "hundred", a unit, teen or
/// ten). A figure in digits needs none. The text at a quantity's start begins with `text`, whole
/// (a table entry is read as written); when `after_space` is not empty, `text` is followed by
/// spaces or line breaks (the rules' sp) and then by one of the strings of `after_space` (as they
/// begin the text; a necessary condition, not the whole rule): "a" is followed by "hundred",
/// "dozen" or a fraction word, "no" by a denial's noun or a word before one, "between" and
/// "from" by an amount, which begins with a digit, a currency prefix or the first word of a
/// number, and a qualifier by whatever the rule's alternatives begin with. `quantity_follows`
/// is true when what follows the spaces is itself a quantity (an amount after "between" and
/// "from", the rest of the rule after a qualifier): then a filter may ask itself there. `whole`
/// is true when the rules read no letter right after the leading letters of `text` (every
/// entry is followed by a space, a word boundary, '-' or, within the entry, a sign such as
/// "."): then the word of the text must be those letters exactly. Only a currency prefix
/// written in letters alone ("usd", "eur") may run on into a number word, so it is not whole.
/// Keep it in step with the rules: a rule that begins with a new word adds it here
/// (tests/grammar/quantity_test.cpp checks that every quantity of a set of texts that covers
/// each rule passes the filter built from this).
template <typename F>
void for_each_starter(F f) {
    // (every list lives through the call: callers may tell lists apart by their address)
    const std::vector<std::string> none, of{"of"};
    auto each = [&](const auto& table) { for_each_entry(table, [&](const std::string& w) { f(w, true, none, false); }); };
    each(t().denial_subject);
    each(t().vague);
    each(t().units19);
    each(t().teens);
    each(t().tens);
    auto letters_only = [](const std::string& w) {
        std::size_t letters = 0;
        while (letters < w.size() && w[letters] >= 'a' && w[letters] <= 'z') ++letters;
        return letters == w.size();
    };
    for_each_entry(t().cur_prefix, [&](const std::string& w) { f(w, !letters_only(w), none, false); });
    for (const char* w : {"one", "half a dozen", "magnitude", "hundred"}) f(std::string(w), true, none, false);
    f(std::string("half"), true, of, false);  // "half of the residents"
    // "no casualties", "no immediate reports of injuries"
    std::vector<std::string> after_no(std::begin(denial_adjectives), std::end(denial_adjectives));
    for_each_entry(t().denial_noun, [&](const std::string& w) { after_no.push_back(w); });
    f(std::string("no"), true, after_no, false);
    // "a hundred", "a dozen", "a half", "a quarter of"
    std::vector<std::string> after_a{"hundred", "dozen"};
    for_each_entry(t().fraction_words, [&](const std::string& w) { after_a.push_back(w); });
    f(std::string("a"), true, after_a, false);
    // "between six and eight", "from $10 to $12": an amount (amount_rule) follows
    std::vector<std::string> amount{"0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "a", "half a dozen", "hundred"};
    auto add = [&](const auto& table) { for_each_entry(table, [&](const std::string& w) { amount.push_back(w); }); };
    add(t().cur_prefix);
    add(t().units19);
    add(t().teens);
    add(t().tens);
    f(std::string("between"), true, amount, true);
    f(std::string("from"), true, amount, true);
    // a qualifier ("over", "about", "north of") is followed by spaces and what the rest of
    // quantity_rule begins with: an amount, a denial, "between"/"from", a vague quantity, a
    // fraction ("one", "a", a unit word: in `amount`) or "magnitude" ("over the weekend" is
    // no quantity, and a qualifier word is common)
    std::vector<std::string> after_qual = amount;
    for_each_entry(t().denial_subject, [&](const std::string& w) { after_qual.push_back(w); });
    for_each_entry(t().vague, [&](const std::string& w) { after_qual.push_back(w); });
    for (const char* w : {"no", "between", "from", "one", "magnitude", "half"}) after_qual.push_back(w);
    for_each_entry(t().pre_qual, [&](const std::string& w) { f(w, true, after_qual, true); });
}

}  // namespace claimcheck::grammar::quantity_grammar
