#pragma once
// run(inputs, options) -> report: the one entry point of the engine.
#include <functional>
#include <string>
#include <vector>

#include "engine/document.hpp"
#include "engine/reconcile.hpp"
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

/// Extracts the claims of one loaded document.
document_result analyse(document doc);

}  // namespace claimcheck::engine
