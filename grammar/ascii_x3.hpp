#pragma once
// Spirit X3 parsers in the table-driven ASCII encoding of grammar/ascii.hpp: for rules that use
// no_case[] or character classes (a table load instead of a locale call per character).
#include <boost/spirit/home/x3.hpp>

#include "grammar/ascii.hpp"

namespace claimcheck::grammar::ascii {

namespace x3 = boost::spirit::x3;

/// Parsers of this encoding, for rules that use no_case[] or character classes.
inline const auto alnum = x3::char_class<encoding, x3::alnum_tag>{};
inline const auto upper = x3::char_class<encoding, x3::upper_tag>{};
using symbols = x3::symbols_parser<encoding, x3::unused_type>;
inline auto lit(const char* s) { return x3::literal_string<const char*, encoding, x3::unused_type>(s); }

}  // namespace claimcheck::grammar::ascii
