#pragma once
// Story scoping: the features that tell events apart, and how two documents compare.
#include <cstddef>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace claimcheck::engine {

struct document_result;

/// What a document says that identifies its event.
struct story_features {
    std::unordered_map<std::string, int> names;  ///< capitalised words not opening a sentence
    std::unordered_map<std::string, int> words;  ///< content words
    std::set<std::pair<double, std::string>> figures;  ///< (value, unit or counted class)
    std::set<double> values;                    ///< distinctive counts (see distinctive())
    std::map<std::string, std::set<double>> signature;  ///< distinctive measures: counted class or magnitude -> values
    std::set<std::string> weekdays;             ///< days of the week the text names
    std::optional<long> published_day;          ///< days since 1970-01-01 of the publication date, when known
};

/// How two documents' figures relate.
struct story_link {
    int shared_figures = 0, shared_values = 0;
    std::vector<std::string> conflicts;  ///< distinctive measures with no value in common
    bool different_days = false;         ///< both name days of the week, none in common; or published far apart
    /// Different values for a distinctive measure, or different days, and no figure in common.
    bool keeps_apart() const { return (!conflicts.empty() || different_days) && shared_figures == 0 && shared_values == 0; }
};

/// A sparse vector: term -> weight.
using sparse = std::unordered_map<std::string, double>;

/// The documents of a drop as story scoping sees them: features and tf-idf vectors of names and
/// words (idf over this drop), and the score of a pair.
class story_space {
public:
    /// `jobs` threads may share the work (features and vectors of each document); the result never depends on it.
    explicit story_space(const std::vector<document_result>& docs, unsigned jobs = 1);
    /// The same from the documents' features (features_of), taken over.
    story_space(std::vector<story_features> feats, unsigned jobs);
    /// Frees the documents' maps on the same `jobs` threads (they are many small blocks).
    ~story_space();
    story_space(const story_space&) = delete;
    story_space& operator=(const story_space&) = delete;
    /// names + words cosine, plus shared distinctive figures (see docs/reconcile.md).
    double score(std::size_t i, std::size_t j) const;
    /// How the two documents' figures relate.
    story_link link(std::size_t i, std::size_t j) const;
    /// Each document's features; its `words` are released once its vector is made.
    const std::vector<story_features>& features() const { return feats_; }
    const sparse& names(std::size_t i) const { return names_[i]; }

private:
    std::size_t n_;
    unsigned jobs_;
    std::vector<story_features> feats_;
    std::vector<sparse> names_, words_;
    std::map<double, int> df_values_;
    std::map<std::pair<double, std::string>, int> df_figures_;
};

/// A document's features.
story_features features_of(const document_result& dr);

/// Compares two documents' figures.
story_link compare(const story_features& a, const story_features& b);

/// Two documents join a story when names + words cosine (+ shared rare counts) reach this.
inline constexpr double story_threshold = 0.25;
/// Two stories merge only when their documents' scores average at least this.
inline constexpr double story_average = 0.15;
/// Articles published more days apart than this cover different events unless a figure ties them.
inline constexpr long story_max_days = 7;
/// A name or figure found in more documents than this does not make pairs to compare.
inline constexpr std::size_t story_block_cap = 50;
/// Each document is compared through at most this many of its rarest shared names and figures.
inline constexpr std::size_t story_block_keys = 24;
/// Members of each story sampled for the average guard.
inline constexpr std::size_t story_sample = 32;
/// Shared figures add to the score only when names + words reach this.
inline constexpr double story_min_text = 0.1;
/// Weight of a shared count or figure (times its smoothed idf) in the story score.
inline constexpr double story_value_weight = 0.15;

}  // namespace claimcheck::engine
