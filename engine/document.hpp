#pragma once
// Reading inputs: files, folders (recursively), standard input; checks and metadata.
#include <cstddef>
#include <cstdint>
#include <functional>
#include <istream>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
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
    /// find_stops of the folded text (scan_layout's): its line ends, then the sentence marks
    /// split_sentences reads.
    std::vector<std::uint32_t> stops;
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

/// One input as read, before it is checked: the whole of a text file (or of standard input), one
/// line of a JSON Lines file, or an input that could not be read at all (`skip_reason` set).
struct raw_input {
    enum class kind { text, jsonl_line, skipped };
    kind what = kind::text;
    std::string path;         ///< the path, or FILE:LINE for a JSON Lines line
    std::string bytes;        ///< the file's bytes, or the line (trailing CR and spaces trimmed)
    std::size_t line_no = 0;  ///< JSON Lines: the 1-based line number
    std::string skip_reason;  ///< kind::skipped: why
    std::size_t input_bytes = 0;  ///< bytes of input this took (a line counts its newline), for progress
};

/// Reads the inputs one at a time, in the order read_inputs gives them, holding at most one file
/// (or one JSON Lines line, with a bounded read buffer) in memory: a file, a folder (its *.txt,
/// *.jsonl and *.ndjson files, recursively, in name order; other files are skipped with a reason)
/// or "-" (standard input, read once). Folders are listed and files sized (stat) when it is built.
class input_reader {
public:
    input_reader(const std::vector<std::string>& paths, std::istream& stdin_stream,
                 input_format format = input_format::by_name);
    ~input_reader();
    input_reader(const input_reader&) = delete;
    input_reader& operator=(const input_reader&) = delete;

    /// The next input; false when there is none left.
    bool next(raw_input& out);

    /// The size of the files to read, from the file system (standard input is not counted).
    std::size_t total_bytes() const;
    /// Whether total_bytes covers every input (false when standard input is read).
    bool total_known() const;

private:
    struct state;
    std::unique_ptr<state> st_;
};

/// Checks a raw input and builds its document (its id left empty); returns the skipped input
/// otherwise, with the reason read_inputs gives. A text file's bytes are taken from `raw`; a
/// JSON Lines line is read where it is and left there (input_reader::next writes the next line
/// over it, in the same room).
std::optional<skipped_input> prepare_input(raw_input&& raw, document& out);

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

/// Reads the article of one JSON Lines line (`where` is FILE:LINE); returns the reason it is
/// skipped ("line N: ...") otherwise.
/// `out` may hold an earlier document: it is written over, the room of its strings kept.
std::optional<std::string> load_jsonl_line(std::string_view where, std::size_t line_no, std::string_view line, document& out);

/// Checks raw bytes and builds a document; returns the reason it cannot be read otherwise. `out`
/// may hold an earlier document: it is written over, the room of its strings kept.
std::optional<std::string> load_document(std::string path, std::string bytes, document& out);

/// Finds outlet lines and debris; fills `paragraphs`, `stops` and `outlet` of a folded document.
void scan_layout(document& doc);

}  // namespace claimcheck::engine
