#pragma once
// run(inputs, options) -> report: the one entry point of the engine.
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "engine/document.hpp"
#include "engine/reconcile.hpp"
#include "engine/stories.hpp"
#include "grammar/extract.hpp"

namespace claimcheck::engine {

/// One document with its sentences and claims.
struct document_result {
    document doc;
    std::vector<grammar::sentence_span> sentences;
    std::vector<grammar::claim> claims;
};

/// Everything a report shows.
struct report {
    std::vector<document_result> documents;
    std::vector<skipped_input> skipped;
    std::vector<story> stories;  ///< filled when cross-checking
    std::vector<group> groups;   ///< filled when cross-checking
    bool cross_checked = false;
};

struct run_options {
    bool cross_check = false;  ///< group claims across documents and give verdicts
    unsigned jobs = 1;         ///< threads that segment and extract documents (output order never depends on it)
    /// Called after each document is extracted (from the worker threads, serialised): documents
    /// done, bytes done, claims so far. May be empty.
    std::function<void(std::size_t, std::size_t, std::size_t)> progress;
};

/// Segments and extracts every document, then (with cross_check) reconciles them.
report run(input_set inputs, const run_options& options);

/// Groups the claims of an extracted report into stories and groups (what run does with
/// cross_check).
void cross_check(report& rep, unsigned jobs);

/// One input of a streamed run, handed over in input order.
struct stream_item {
    std::optional<document_result> result;  ///< an analysed document (none when skipped, or once released)
    std::optional<skipped_input> skipped;   ///< or the input that could not be used, and why
    std::string id;                         ///< the document's id ("d1", ...), set when it is handed over
    std::string path;                       ///< the document's path
    std::size_t bytes = 0;                  ///< the document's size in bytes
    std::size_t claims = 0;                 ///< how many claims it has
    std::size_t input_bytes = 0;            ///< bytes of input it took (a JSON Lines line, a file)
    std::vector<std::string> rendered;      ///< what `render` made of it on a worker thread
    std::optional<story_features> features; ///< its story features, when `render` computed them
    std::string packed;                     ///< its packed form (engine/spill.hpp), when `render` made it
    /// handed to `sink` right after `render`, on the same thread (one job): `render` may leave
    /// the result for `sink` to write straight to the output, with its ids
    bool in_order = false;
};

struct stream_options {
    unsigned jobs = 1;  ///< threads that check, segment, extract and render documents
    /// At most this many inputs, and this many bytes of input, are between the reader and the
    /// writer at once (read, being analysed, or done and waiting for an earlier one); a single
    /// input larger than the byte bound still goes through alone. 0: the defaults.
    std::size_t window_items = 0, window_bytes = 0;
    /// Runs on a worker thread after a document is analysed (its id is not known yet); may
    /// render it into `rendered` and release `result`. May be empty.
    std::function<void(stream_item&)> render;
    /// Runs on the calling thread, once per input, in input order; the item is freed after it
    /// (with one job, a result it leaves there is written over by the next document's).
    /// Returning false stops the run (no more input is read).
    std::function<bool(stream_item&)> sink;
};

/// Reads the inputs one at a time, checks, segments and extracts them on `jobs` threads, and
/// hands every input to `sink` in input order as soon as it and those before it are done. Memory
/// is bounded by the window, not by the size of the input. Returns false when `sink` stopped it.
bool run_stream(input_reader& inputs, const stream_options& options);

/// Extracts the claims of one loaded document.
document_result analyse(document doc);
/// The same for the document `r` holds, in place: fills its sentences and claims.
void analyse(document_result& r);

}  // namespace claimcheck::engine
