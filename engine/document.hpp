#pragma once
// Reading inputs: files, folders (recursively), standard input; checks and metadata.
#include <cstddef>
#include <functional>
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
    std::optional<std::string> record_id;  ///< the "id" of a JSON Lines record
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

/// How inputs are read: by their name (*.jsonl and *.ndjson are JSON Lines, anything else
/// text), or all as one format.
enum class input_format { by_name, text, jsonl };

/// Reads every input: a file, a folder (its *.txt, *.jsonl and *.ndjson files, recursively, in
/// name order; other files are skipped with a reason) or "-" (standard input, read once).
/// A JSON Lines file holds one article per line: "text" and optionally "id", "outlet", "url",
/// "published" (ISO 8601), "title"; its documents are named FILE:LINE.
input_set read_inputs(const std::vector<std::string>& paths, std::istream& stdin_stream,
                      input_format format = input_format::by_name);

/// Calls `fn(line_number, line)` for each non-blank line of `bytes` (1-based numbers; a trailing
/// CR and spaces trimmed).
void for_each_line(std::string_view bytes, const std::function<void(std::size_t, std::string_view)>& fn);

/// Reads the articles of a JSON Lines text; a malformed line is skipped with its line number.
void read_jsonl(const std::string& path, const std::string& bytes, input_set& into);

/// Checks raw bytes and builds a document; returns the reason it cannot be read otherwise.
std::optional<std::string> load_document(std::string path, std::string bytes, document& out);

/// Finds outlet lines and debris; fills `paragraphs` and `outlet` of a folded document.
void scan_layout(document& doc);

}  // namespace claimcheck::engine
