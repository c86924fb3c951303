#pragma once
// Unicode folding with a map from every folded byte back to the original bytes.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck::engine {

/// Text made plain for the grammars: a BOM dropped, typographic quotes, apostrophes and dashes
/// made ASCII, non-breaking and other spaces made ' ', CRLF and lone CR made '\n', HTML entities
/// decoded. `to_original[i]` is the byte offset in the original of folded byte i (one past the
/// end maps to the original size), so every span found in `text` points at the original bytes.
struct folded_text {
    std::string text;
    std::string lower;  ///< `text` with ASCII letters lower-cased (same offsets)
    std::vector<std::uint32_t> to_original;

    std::size_t original(std::size_t folded_offset) const { return to_original[folded_offset]; }
};

/// Folds UTF-8 text (assumed valid; invalid bytes are copied as they are).
folded_text fold(std::string_view original);

/// Returns the byte offset of the first invalid UTF-8 sequence, or npos when the text is valid.
std::size_t find_invalid_utf8(std::string_view text);

/// Number of Unicode code points in `text` (for 1-based columns).
std::size_t count_code_points(std::string_view text);

}  // namespace claimcheck::engine
