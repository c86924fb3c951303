#pragma once
// Output formats. One file per format; each returns the whole rendering as a string.
#include <cstddef>
#include <string>

#include "engine/audit.hpp"
#include "engine/pipeline.hpp"

namespace claimcheck::engine {

/// The report as one JSON object (documents, claims, groups when cross-checked, skipped).
std::string render_json(const report& rep);

/// One claim object per line (the contract's claim objects, with a "path" added).
std::string render_jsonl(const report& rep);

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
