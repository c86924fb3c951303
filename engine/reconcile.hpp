#pragma once
// Which claims measure the same thing, and whether their values agree.
#include <cstddef>
#include <string>
#include <vector>

namespace claimcheck::engine {

struct document_result;

/// Documents that cover the same event.
struct story {
    std::string id;                      ///< "s1", ...
    std::vector<std::size_t> documents;  ///< indexes into report::documents
    std::string label;                   ///< a few distinctive words
};

/// A reference to one claim: document index and claim index within it.
struct claim_ref {
    std::size_t doc = 0, claim = 0;
};

/// Claims of one story that speak of the same quantity.
struct group {
    std::string id;           ///< "g1", ...
    std::size_t story = 0;    ///< index into report::stories
    std::string verdict;      ///< "agree" | "discrepancy" | "single"
    std::string relation;     ///< "equal", "within_rounding", "bounds_differ", "disjoint", "denial_vs_count", ...
    std::string explanation;  ///< one line for people
    std::string measure;      ///< the key: predicate class + counted class + scope
    std::string why;          ///< why these claims were grouped: the words each used and the classes they share
    std::vector<claim_ref> claims;
};

/// Partitions documents into stories; `jobs` threads may share the work (the result never depends on it).
std::vector<story> find_stories(const std::vector<document_result>& docs, unsigned jobs = 1);

/// Groups the claims of each story and gives verdicts; every claim sits in one group.
/// `jobs` threads may share the work; the result never depends on it.
std::vector<group> reconcile(const std::vector<document_result>& docs, const std::vector<story>& stories,
                             unsigned jobs = 1);

}  // namespace claimcheck::engine
