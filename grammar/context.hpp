#pragma once
// Word-level context of a figure: the counted thing, the predicate and the scope, read from
// the words around the number with the lexicons (no Spirit here: this is word chunking).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "grammar/extract.hpp"

namespace claimcheck::grammar {

/// A word or punctuation token of a sentence (folded offsets).
struct token {
    std::size_t begin = 0, end = 0;
    std::string_view lower;    ///< lower-cased: a view into the document's `lower` (no copy)
    bool word = false;         ///< letters/digits (not punctuation)
    bool capitalised = false;  ///< first letter upper case
    bool joined = false;       ///< a word of runs joined by '-', '\'' or '.' ("U.S.", "Ukraine's"); else one run of letters and digits
    /// What the phrase tables of context.cpp (heads, predicates) hold under this word as a first
    /// word, looked up the first time it is asked: the claims of a sentence ask it of the same
    /// tokens again and again. The word alone decides it, so a copy of the token may keep it.
    mutable std::int16_t first_of[2] = {not_asked, not_asked};
    static constexpr std::int16_t not_asked = -2;
};

/// Splits on spaces: "prisoners of war" -> {"prisoners", "of", "war"}.
std::vector<std::string> split_words(std::string_view text);

/// Splits [begin, end) of `doc` into tokens.
std::vector<token> tokenize(const text_input& doc, std::size_t begin, std::size_t end);
/// The same into `out` (cleared first), so that a caller can keep one vector for every sentence.
void tokenize(const text_input& doc, std::size_t begin, std::size_t end, std::vector<token>& out);

/// Index of the first token starting at or after `offset` (tokens.size() if none).
std::size_t token_at(const std::vector<token>& tokens, std::size_t offset);

/// Singular of an English plural noun ("injuries" -> "injury", "people" -> "person").
std::string lemma_of(std::string_view word);

/// Reads the counted thing that follows the quantity; sets `pred` when a participle closes
/// the phrase ("15 people injured").
counted_thing read_counted(const std::vector<token>& toks, std::size_t first, const quantity& q, predicate& pred);

/// Finds a predicate phrase (lexicon/predicates.tsv) among tokens [from, to), nearest to
/// `from` when `forward`, else nearest to `to`. Returns the token distance or -1.
int find_predicate(const std::vector<token>& toks, std::size_t from, std::size_t to, bool forward, predicate& out);

/// A year written in digits, 1900 to 2099 ("1999", "2024"). Inline: asked of every word of a
/// sentence with a figure.
inline bool is_year(std::string_view w) {
    auto digit = [](char ch) { return ch >= '0' && ch <= '9'; };
    return w.size() == 4 && ((w[0] == '1' && w[1] == '9') || (w[0] == '2' && w[1] == '0')) && digit(w[2]) && digit(w[3]);
}

/// Reads a scope phrase after token `first` up to the clause end.
scope read_scope(const std::vector<token>& toks, std::size_t first, bool& per_side);

}  // namespace claimcheck::grammar
