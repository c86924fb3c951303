// Compiles the quantity grammar once; callers see only quantity.hpp.
#include "grammar/quantity.hpp"

#include <mutex>
#include <string>

#include "grammar/prefix_set.hpp"
#include "grammar/word_trie.hpp"
#include "grammar/quantity_def.hpp"

namespace claimcheck::grammar {

namespace {
void ensure_tables() {
    static std::once_flag once;
    std::call_once(once, quantity_grammar::fill_tables);
}
}  // namespace

std::uint64_t& parser_steps() {
    thread_local std::uint64_t steps = 0;
    return steps;
}

bool parse_quantity(std::string_view lower, std::size_t pos, quantity& out) {
    namespace x3 = boost::spirit::x3;
    ensure_tables();
    ++parser_steps();
    quantity_grammar::state s;
    s.base = lower.data();
    const char* first = lower.data() + pos;
    const char* last = lower.data() + lower.size();
    if (!x3::parse(first, last, quantity_grammar::quantity_rule, s)) return false;
    s.q.begin = pos;
    s.q.end = static_cast<std::size_t>(first - lower.data());
    out = std::move(s.q);
    return true;
}

namespace {
/// The words a quantity can begin with (for_each_starter_word): those the text must spell whole
/// and those it may run on from.
struct starter_sets {
    word_trie whole;  ///< the leading letters of the starters the text must spell whole
    prefix_set prefix;
};
const starter_sets& starters() {
    static const starter_sets sets = [] {
        ensure_tables();
        starter_sets out;
        quantity_grammar::for_each_starter_word([&](const std::string& w, bool whole) {
            if (!whole) {
                out.prefix.add(w);
                return;
            }
            std::size_t letters = 0;
            while (letters < w.size() && ascii::is_alpha(w[letters])) ++letters;
            out.whole.add(std::string_view(w).substr(0, letters), 0);  // nothing for no letter
        });
        return out;
    }();
    return sets;
}
}  // namespace

bool may_start_quantity(std::string_view lower, std::size_t pos) {
    unsigned char c = static_cast<unsigned char>(lower[pos]);
    if (c >= '0' && c <= '9') return true;
    if (c >= 0x80 || c == '$') return true;  // currency signs
    if (c < 'a' || c > 'z') return false;
    // a letter: the word must be the letters of a qualifier, number word, denial, ... (or begin
    // with those of a currency written in letters)
    const starter_sets& s = starters();
    std::size_t e = pos + 1;
    while (e < lower.size() && ascii::is_alpha(lower[e])) ++e;  // the run of letters
    return s.whole.find(lower, pos, e) != word_trie::none || s.prefix.begins(lower, pos);
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
