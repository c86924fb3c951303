#pragma once
// Sentences with spans, within the article's paragraphs.
#include <vector>

#include "engine/document.hpp"
#include "grammar/extract.hpp"

namespace claimcheck::engine {

/// Splits each paragraph into sentences at . ! ? followed by a space and a capital, a digit or
/// a quotation mark; abbreviations (lexicon/abbreviations.tsv), initials and decimals do not
/// end a sentence.
std::vector<grammar::sentence_span> split_sentences(const document& doc);

}  // namespace claimcheck::engine
