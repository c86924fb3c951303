#pragma once
// Output formats. One file per format; each returns the whole rendering as a string.
#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "engine/audit.hpp"
#include "engine/byte_buffer.hpp"
#include "engine/pipeline.hpp"

namespace claimcheck::engine {

/// The report as one JSON object (documents, claims, groups when cross-checked, skipped).
std::string render_json(const report& rep);

/// One claim object per line (the contract's claim objects, with a "path" added).
std::string render_jsonl(const report& rep);

/// Where a streamed rendering goes: bytes are gathered and handed to `emit` about a megabyte at a
/// time; once `emit` fails, nothing more is written and `ok()` is false.
class output_sink {
public:
    /// The buffer is given room for what it holds before a flush at once: grown from empty, it
    /// was copied a dozen times on its way to a megabyte.
    explicit output_sink(std::function<bool(std::string_view)> emit) : emit_(std::move(emit)) {
        buffer_.room(flush_at + (std::size_t(1) << 16));
    }
    void put(std::string_view bytes) {
        buffer_.append(bytes);
        maybe_flush();
    }
    /// Written into straight (call maybe_flush after): a writer that makes its lines there has
    /// them copied once, to `emit`.
    byte_buffer& buffer() { return buffer_; }
    void maybe_flush() {
        if (buffer_.size() >= flush_at) flush();
    }
    bool flush() {
        if (ok_ && !buffer_.empty()) ok_ = emit_(buffer_.view());
        buffer_.truncate(0);
        return ok_;
    }
    bool ok() const { return ok_; }

private:
    static constexpr std::size_t flush_at = std::size_t(1) << 20;  ///< bytes held before they are handed on
    std::function<bool(std::string_view)> emit_;
    byte_buffer buffer_;
    bool ok_ = true;
};

/// render_json handed to `out` as it is written (`out` flushed about a megabyte at a time; the
/// last bytes may stay in its buffer). Every string is checked first: one that is not valid
/// UTF-8 throws (nlohmann's type_error, as render_json) before anything is handed on.
void render_json(const report& rep, output_sink& out);
/// render_json built through nlohmann-json (render_json writes it directly; tests compare them).
std::string render_json_reference(const report& rep);

/// An extract output written while documents are extracted, document by document: `prepare`
/// runs on a worker thread for each analysed document (its id not known yet) and keeps what it
/// rendered in the item, releasing the document; `write` runs in input order for every input,
/// documents and skipped ones; `finish` writes the end. The bytes are those the whole-report
/// renderer of the same format gives.
class stream_writer {
public:
    virtual ~stream_writer() = default;
    virtual void prepare(stream_item& item) const = 0;
    virtual void write(stream_item& item, output_sink& out) = 0;
    virtual void finish(output_sink& out) = 0;
};

/// render_jsonl, streamed: each document's claim lines as soon as it is done.
std::unique_ptr<stream_writer> jsonl_stream_writer();

/// render_json of an extract report, streamed. The documents and claims lists are spooled to
/// unnamed temporary files (in $TMPDIR, else /tmp) until the last document is known, since the
/// documents come first; throws std::runtime_error when no temporary file can be made.
std::unique_ptr<stream_writer> json_stream_writer();

/// What a streamed check did: the figures `-v` logs.
struct check_stats {
    std::size_t claims = 0, documents = 0, stories = 0, groups = 0;
    std::size_t spilled_bytes = 0;  ///< the size of the temporary file
    double scoping_seconds = 0;   ///< find_stories
    double grouping_seconds = 0;  ///< reading the spilled documents back and grouping their claims
};

/// render_json of a check report (stories and groups found on `jobs` threads), streamed: the
/// same bytes as cross-checking the whole report and rendering it. Only each document's story
/// features stay in memory until the end; what grouping reads is spilled to an unnamed temporary
/// file (engine/spill.hpp) and read back a few stories at a time. `stats`, when given, is filled
/// by `finish`. The documents of consecutive stories are read back together up to about
/// `batch_claims` claims (a larger story alone): memory follows the largest stories, and the
/// output never depends on it. Throws std::runtime_error when no temporary file can be made or
/// written.
std::unique_ptr<stream_writer> check_json_stream_writer(unsigned jobs, check_stats* stats = nullptr,
                                                        std::size_t batch_claims = std::size_t(1) << 16);

/// render_text of an extract report, streamed (the skipped inputs and the count at the end).
std::unique_ptr<stream_writer> text_stream_writer();

/// The claim object of the contract (docs/json.md) as compact JSON, with "path" at the end when
/// `path` is given: the line render_jsonl writes, without its newline.
std::string claim_json_line(const document_result& dr, const grammar::claim& c, const std::string& id, const std::string* path);
/// The same line built through nlohmann-json (claim_json_line writes it directly; tests compare them).
std::string claim_json_line_reference(const document_result& dr, const grammar::claim& c, const std::string& id, const std::string* path);

/// How the text report looks.
struct text_style {
    bool color = false;     ///< ANSI colours (the CLI decides: a terminal, and NO_COLOR unset)
    std::size_t width = 0;  ///< wrap quoted sentences to this many columns; 0: no wrapping
    bool explain = false;   ///< per group, why its claims were grouped and why the verdict
};

/// For people: per document, its figures with their sources (and, when cross-checked, per
/// story, discrepancies first).
std::string render_text(const report& rep, const text_style& style = {});

/// Markdown: per story, a table of discrepancies (each value with source, outlet and sentence),
/// then agreements; ready to paste in a CMS or a chat.
std::string render_markdown(const report& rep);

/// One self-contained HTML page (no network, no external assets): discrepancy cards per story,
/// agreements folded away, a filter by story and verdict.
std::string render_html(const report& rep);

/// An audit in the compiler-diagnostic form editors read: "draft.txt:12:34: warning: ...".
/// Columns count code points, or bytes when `byte_columns`.
std::string render_diagnostics(const audit_result& a, bool byte_columns);

/// An audit as JSON: per draft claim, its verdict and the reference claims it was compared with.
std::string render_audit_json(const audit_result& a);

/// A claim's value for people: "145", ">=15", "~200 km2", "10..15", "150000000000 EUR".
std::string describe_claim_value(const grammar::claim& c);

/// 1-based line and column (in code points) of a byte offset.
struct line_col {
    std::size_t line = 1, column = 1;
};
line_col locate(const std::string& bytes, std::size_t offset);

/// Original byte span of a claim: [start, end).
std::pair<std::size_t, std::size_t> original_span(const document& doc, std::size_t folded_begin, std::size_t folded_end);

/// The claim's words as they appear in the original text.
std::string claim_text(const document& doc, const grammar::claim& c);

/// The sentence holding a claim, as it appears in the original text.
std::string sentence_text(const document_result& dr, const grammar::claim& c);

}  // namespace claimcheck::engine
