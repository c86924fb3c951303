#pragma once
// Which claims measure the same thing, and whether their values agree.
#include <cstddef>
#include <functional>
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

namespace detail {
/// Calls body(i) for every i in [0, n) on up to `jobs` threads (the calling thread among them),
/// taking the indexes in turn; rethrows the first exception once every thread has stopped. The
/// caller keeps the result independent of `jobs` (each i writes only its own slot).
void parallel_for(std::size_t n, unsigned jobs, const std::function<void(std::size_t)>& body);
/// The same, but the t-th of T threads takes the t-th of T equal runs of indexes, the calling
/// thread the first: with the same n and jobs, index i is handled by the same thread number in
/// every call, so what one call allocates for i is mostly freed by another in the same malloc
/// arena (a new thread usually gets the arena its predecessor left). For many similar items.
void parallel_for_blocks(std::size_t n, unsigned jobs, const std::function<void(std::size_t)>& body);

/// How grouping split a story: its claims with a value, and the components they fall into
/// (claims linked through buckets of equal values or of one conflict key), which are grouped
/// independently and may be grouped on different threads.
struct story_split {
    std::size_t claims = 0, components = 0;
    std::size_t largest = 0;  ///< claims of the largest component
};
/// The groups of one story as reconcile gives them (without ids; `story` 0), grouped on `jobs`
/// threads, and how the story was split. For tests and measurements.
std::vector<group> reconcile_one(const std::vector<document_result>& docs, const story& st, unsigned jobs,
                                 story_split* split = nullptr);
}  // namespace detail

}  // namespace claimcheck::engine
