#pragma once
// Reading inputs: files, folders (recursively), standard input; checks and metadata.
#include <cstddef>
#include <istream>
#include <optional>
#include <string>
#include <vector>

#include "engine/text.hpp"

namespace claimcheck::engine {

/// One article.
struct document {
    std::string id;                   ///< "d1", "d2", ... in input order
    std::string path;                 ///< as given on the command line or found in a folder; "-" for stdin
    std::string bytes;                ///< the original content
    folded_text folded;
    std::optional<std::string> outlet;     ///< "cnn.com", from an outlet line
    std::optional<std::string> url, published, title;
    /// Folded spans of the lines that are article text (outlet lines and share-button debris
    /// excluded), one per paragraph.
    std::vector<std::pair<std::size_t, std::size_t>> paragraphs;
};

/// An input that is not in the report, and why.
struct skipped_input {
    std::string path;
    std::string reason;
};

struct input_set {
    std::vector<document> documents;
    std::vector<skipped_input> skipped;
};

/// Reads every input: a file, a folder (its *.txt files, recursively, in name order; other
/// files are skipped with a reason) or "-" (standard input, read once).
input_set read_inputs(const std::vector<std::string>& paths, std::istream& stdin_stream);

/// Checks raw bytes and builds a document; returns the reason it cannot be read otherwise.
std::optional<std::string> load_document(std::string path, std::string bytes, document& out);

/// Finds outlet lines and debris; fills `paragraphs` and `outlet` of a folded document.
void scan_layout(document& doc);

}  // namespace claimcheck::engine
