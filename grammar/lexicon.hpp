#pragma once
// Word lists held as data (grammar/lexicon/*.tsv, compiled into the binary).
#include <cstdint>
#include <cstring>
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

/// A hash that takes std::string and std::string_view alike, so that a word of the text is
/// looked up where it lies, without building a std::string for the question. Inline and made for
/// words (a few bytes): eight bytes a step, where std::hash calls out to a general byte hash.
/// Nothing iterates a word_set or word_map in an order that shows (a lookup is all they do), so
/// the hash is free to change.
struct word_hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept {
        const char* p = s.data();
        std::size_t n = s.size();
        std::uint64_t h = 0x9e3779b97f4a7c15ULL ^ n;
        for (; n >= 8; p += 8, n -= 8) {
            std::uint64_t v;
            std::memcpy(&v, p, 8);
            h = (h ^ v) * 0xbf58476d1ce4e5b9ULL;
            h ^= h >> 29;
        }
        std::uint64_t v = 0;
        for (std::size_t k = 0; k < n; ++k) v |= static_cast<std::uint64_t>(static_cast<unsigned char>(p[k])) << (8 * k);
        h = (h ^ v) * 0x94d049bb133111ebULL;
        return static_cast<std::size_t>(h ^ (h >> 31));
    }
};
using word_set = std::unordered_set<std::string, word_hash, std::equal_to<>>;
using word_map = std::unordered_map<std::string, std::string, word_hash, std::equal_to<>>;

/// The same as lexicon_set and lexicon_map (same contents), asked with a std::string_view.
/// The tables live as long as the program: callers may keep the reference.
const word_set& lexicon_words(std::string_view name);
const word_map& lexicon_pairs(std::string_view name);

}  // namespace claimcheck::grammar
