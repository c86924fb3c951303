#pragma once
// Split and merge: `extract --format records` writes one line per document; `reconcile` reads
// the lines of any number of shards and reconciles them as one `check` would.
#include <memory>
#include <optional>
#include <string_view>
#include <string>
#include <vector>

#include "engine/document.hpp"
#include "engine/pipeline.hpp"
#include "engine/report/render.hpp"

namespace claimcheck::engine {

/// Bumped whenever the record layout changes; reconcile refuses other versions.
inline constexpr int record_version = 1;

/// One JSON line per document: metadata, its text, and its claims with every field reconciliation reads.
std::string render_records(const report& rep);

/// render_records, streamed: each document's record as soon as it is done.
std::unique_ptr<stream_writer> records_stream_writer();

/// Reads the record of one line (its 1-based number `line_no`, for the reason) into `out`
/// (its id left empty); returns why it is skipped otherwise.
std::optional<std::string> load_record(std::string_view line, std::size_t line_no, document_result& out);

/// Reads records (JSON Lines) into documents with their claims; a line that is not a record is
/// skipped with its line number.
void read_records(const std::string& path, const std::string& bytes, std::vector<document_result>& into,
                  std::vector<skipped_input>& skipped);

}  // namespace claimcheck::engine
