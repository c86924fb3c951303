#pragma once
// Unicode folding with a map from every folded byte back to the original bytes.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck::engine {

/// Text made plain for the grammars: a BOM dropped, typographic quotes, apostrophes and dashes
/// made ASCII, non-breaking and other spaces made ' ', CRLF and lone CR made '\n', HTML entities
/// decoded. `original(i)` is the byte offset in the original of folded byte i (one past the
/// end maps to the original size), so every span found in `text` points at the original bytes.
struct folded_text {
    std::string text;
    std::string lower;  ///< `text` with ASCII letters lower-cased (same offsets)

    /// The offset map as runs: folded bytes from `at` on map to `original + (i - at)` until the
    /// next run. Plain text is one run and the text after each sign folded from several bytes
    /// (or dropped) starts one, so the map costs a few bytes per sign, not four per byte of text.
    struct run {
        std::uint32_t at, original;
    };
    std::vector<run> runs;
    bool letters = false;  ///< a letter with a mark was read as its ASCII letter ("é" as "e")

    std::size_t original(std::size_t folded_offset) const {
        // the last run that starts at or before the offset, by halving without a branch to
        // mispredict (inline: a report asks this several times per claim)
        std::size_t lo = 0, n = runs.size();
        if (n == 0) return folded_offset;  // no map (an empty folded_text)
        while (n > 1) {
            const std::size_t half = n / 2;
            lo = runs[lo + half].at <= folded_offset ? lo + half : lo;
            n -= half;
        }
        const run& r = runs[lo];
        if (r.at > folded_offset) return folded_offset;  // before the first run
        return r.original + (folded_offset - r.at);
    }
    /// Records that folded byte `folded` (the next one, in order) comes from original byte `orig`.
    void map(std::size_t folded, std::size_t orig) {
        if (!runs.empty() && runs.back().original + (folded - runs.back().at) == orig) return;
        runs.push_back({static_cast<std::uint32_t>(folded), static_cast<std::uint32_t>(orig)});
    }
};

/// Folds UTF-8 text (assumed valid; invalid bytes are copied as they are).
folded_text fold(std::string_view original);
/// The same, written over `out` (a folded_text kept from document to document keeps its room).
void fold(std::string_view original, folded_text& out);

/// Returns the byte offset of the first invalid UTF-8 sequence, or npos when the text is valid.
std::size_t find_invalid_utf8(std::string_view text);
/// The length of the valid UTF-8 sequence that starts at p[0] (a byte from 0x80; n bytes are
/// there): 2 to 4, or 0 when it is not one (overlong, a surrogate, past U+10FFFF, cut short).
std::size_t utf8_sequence(const char* p, std::size_t n);

/// Appends to `out` the places of `text` that hold '\n', '.', '!' or '?', in order: the line ends
/// and the sentence marks, found in one pass for both (scan_layout reads the lines, split_sentences
/// the marks).
void find_stops(std::string_view text, std::vector<std::uint32_t>& out);

/// Number of Unicode code points in `text` (for 1-based columns).
std::size_t count_code_points(std::string_view text);

}  // namespace claimcheck::engine
