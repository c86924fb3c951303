#pragma once
// Word lists held as data (grammar/lexicon/*.tsv, compiled into the binary).
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace claimcheck::grammar {

/// One lexicon file: rows of tab-separated columns, comments and blank lines dropped.
struct lexicon_table {
    std::vector<std::vector<std::string>> rows;
    /// first column -> second column (or "" when the row has one column).
    std::unordered_map<std::string, std::string> map() const;
    /// the set of first columns.
    std::unordered_set<std::string> set() const;
};

/// The lexicon named `name` (file stem, e.g. "units"); throws std::out_of_range if unknown.
const lexicon_table& lexicon(std::string_view name);

/// Parses TSV text (exposed for tests).
lexicon_table parse_lexicon(std::string_view text);

/// Cached first-column set of a lexicon, for hot lookups.
const std::unordered_set<std::string>& lexicon_set(std::string_view name);
/// Cached first->second column map of a lexicon.
const std::unordered_map<std::string, std::string>& lexicon_map(std::string_view name);

}  // namespace claimcheck::grammar
