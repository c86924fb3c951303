#pragma once
// Plain structs produced by the grammars: no Spirit here.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace claimcheck::grammar {

/// How the text bounds a figure (the contract's closed vocabulary).
enum class qualifier { exact, approx, nearly, at_least, more_than, at_most, less_than, range };

/// A qualifier by its name in the lexicons (qualifiers.tsv, vague_numbers.tsv): "at_least" -> at_least;
/// exact for any other name.
inline qualifier qualifier_from(std::string_view s) {
    using namespace std::string_view_literals;
    if (s == "approx"sv) return qualifier::approx;
    if (s == "nearly"sv) return qualifier::nearly;
    if (s == "at_least"sv) return qualifier::at_least;
    if (s == "more_than"sv) return qualifier::more_than;
    if (s == "at_most"sv) return qualifier::at_most;
    if (s == "less_than"sv) return qualifier::less_than;
    if (s == "range"sv) return qualifier::range;
    return qualifier::exact;
}

/// What sort of figure a quantity is.
enum class quantity_kind { count, money, percent, measure, age, fraction, vague, denial };

std::string_view to_string(qualifier q);
std::string_view to_string(quantity_kind k);

/// A number with its qualifier and unit, as the quantity grammar reads it. Offsets are into
/// the text that was parsed.
struct quantity {
    std::size_t begin = 0, end = 0;          ///< whole match: qualifier, number, unit
    std::size_t num_begin = 0, num_end = 0;  ///< the first number itself
    double value = 0;
    std::optional<double> range_high;        ///< second number of a range
    qualifier qual = qualifier::exact;
    bool qualified = false;                  ///< a qualifier word was read
    std::string unit;                        ///< canonical unit ("km2", "USD", "day"); empty for a count
    std::string dimension;                   ///< "length", "time", "money", ...
    quantity_kind kind = quantity_kind::count;
    std::string compound_noun;               ///< "boat" in "five-boat"
    bool hyphen_compound = false;            ///< "30-day", "181-km": a number used as an adjective
    bool word_number = false;                ///< written in words ("twenty-three")
    bool has_separator = false;              ///< digits with a thousands separator ("1,000")
    bool has_decimal = false;
    bool unrepresentable = false;            ///< too many digits for a double to hold exactly
    std::string denial_word;                 ///< the harm word of a denial ("killed", "casualties")
};

}  // namespace claimcheck::grammar
