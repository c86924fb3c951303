#pragma once
// Sentences with spans, within the article's paragraphs.
#include <vector>

#include "engine/document.hpp"
#include "grammar/extract.hpp"

namespace claimcheck::engine {

/// The longest sentence read as one: a longer run of text without a sentence end (a table of
/// numbers, a 50 MB line) is cut at the last space before this many bytes, so that work stays
/// linear; a figure and its source then only meet within one piece.
inline constexpr std::size_t max_sentence_bytes = 4000;

/// Splits each paragraph into sentences at . ! ? followed by a space and a capital, a digit or
/// a quotation mark; abbreviations (lexicon/abbreviations.tsv), initials and decimals do not
/// end a sentence.
std::vector<grammar::sentence_span> split_sentences(const document& doc);
/// The same, written over `out` (a vector kept from document to document keeps its room).
void split_sentences(const document& doc, std::vector<grammar::sentence_span>& out);

}  // namespace claimcheck::engine
