#pragma once
// The quantity grammar (Spirit X3, compiled in quantity.cpp): qualifier + number + unit.
#include <cstdint>
#include <string_view>

#include "grammar/ast.hpp"
#include "grammar/lead_filter.hpp"

namespace claimcheck::grammar {

/// Parses one quantity starting exactly at `pos` of `lower` (ASCII-lower-cased, folded text).
/// Returns true and fills `out` (offsets into `lower`) when a quantity starts there.
bool parse_quantity(std::string_view lower, std::size_t pos, quantity& out);

/// parse_quantity without its shortcut for a number alone (the rules read every figure): for
/// tests that check the two agree.
bool parse_quantity_by_rules(std::string_view lower, std::size_t pos, quantity& out);

/// Parse attempts made so far by the calling thread (quantity and attribution grammars, word
/// tokens): an internal count of work, for tests that check it grows linearly with the input.
std::uint64_t& parser_steps();

/// True when a quantity can begin at `pos`: a digit, a currency sign byte, or text that begins
/// with a qualifier, number word, denial, ... as the grammar's tables and keywords write it ("at
/// least", not "at the"; "a" only before "hundred", "dozen" or a fraction word; "from" and
/// "between" only before an amount; a currency written in letters, "usd", may begin a longer
/// word); a cheap filter before parse_quantity, which most words of a text never reach. Give it
/// the text parse_quantity reads.
bool may_start_quantity(std::string_view lower, std::size_t pos);

/// may_start_quantity for a word of letters at `pos` that quantity_leads() lets through: for the
/// scans that ask the lead filter themselves (it is not asked again).
bool word_may_start_quantity(std::string_view lower, std::size_t pos);

/// The first question may_start_quantity asks of a word of letters, from its first three letters
/// (false: no quantity starts there); for a loop over every word of a text to ask inline.
const lead_filter& quantity_leads();

}  // namespace claimcheck::grammar
