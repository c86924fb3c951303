#pragma once
// Story scoping: the features that tell events apart, and how two documents compare.
//
// Features are compact: every string (name, word, unit or counted class) is a term id from one
// process-wide dictionary (term_dictionary), and a document holds flat sorted vectors. Ids are
// given in whatever order threads meet the terms; story scoping renumbers the terms of a drop by
// their text before it uses them, so no result depends on id order (docs/reconcile.md).
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace claimcheck::engine {

struct document_result;
struct story;

/// A term and how many times a document uses it.
struct term_count {
    std::uint32_t term = 0;
    std::uint32_t count = 0;
    friend bool operator==(const term_count&, const term_count&) = default;
};

/// A document's terms with their counts, sorted by term, coded compactly: for each term the gap
/// from the previous id, then the count, both as varints (7 bits a byte). Read in order only.
class term_list {
public:
    class iterator {
    public:
        using value_type = term_count;
        using reference = term_count;
        using pointer = void;
        using difference_type = std::ptrdiff_t;
        using iterator_category = std::forward_iterator_tag;
        iterator() = default;
        iterator(const std::uint8_t* p, const std::uint8_t* end) : p_(p), end_(end) { load(); }
        term_count operator*() const { return cur_; }
        iterator& operator++() {
            load();
            return *this;
        }
        iterator operator++(int) {
            iterator before = *this;
            load();
            return before;
        }
        friend bool operator==(const iterator& a, const iterator& b) { return a.at_ == b.at_; }

    private:
        std::uint32_t read() {
            std::uint32_t v = 0;
            for (int shift = 0;; shift += 7) {
                const std::uint8_t b = *p_++;
                v |= static_cast<std::uint32_t>(b & 0x7f) << shift;
                if (!(b & 0x80)) return v;
            }
        }
        void load() {
            at_ = p_;
            if (p_ == end_) return;
            cur_.term += read();
            cur_.count = read();
        }
        const std::uint8_t *at_ = nullptr, *p_ = nullptr, *end_ = nullptr;
        term_count cur_{};
    };
    term_list() = default;
    /// From terms sorted by id, each once.
    explicit term_list(const std::vector<term_count>& sorted);
    iterator begin() const { return {bytes_.data(), bytes_.data() + bytes_.size()}; }
    iterator end() const { return {bytes_.data() + bytes_.size(), bytes_.data() + bytes_.size()}; }
    std::size_t size() const { return size_; }
    bool empty() const { return size_ == 0; }
    std::vector<term_count> decode() const { return {begin(), end()}; }
    std::size_t heap_bytes() const { return bytes_.capacity(); }

private:
    std::vector<std::uint8_t> bytes_;
    std::uint32_t size_ = 0;
};

/// Interns the strings of story features: one id per distinct string, for the life of the
/// process. Safe to use from several threads; ids depend on the order threads meet the strings.
class term_dictionary {
public:
    /// The dictionary features_of uses.
    static term_dictionary& global();
    term_dictionary();
    ~term_dictionary();
    term_dictionary(const term_dictionary&) = delete;
    term_dictionary& operator=(const term_dictionary&) = delete;
    /// ids[k] = the id of terms[k] (added when new).
    void intern(const std::vector<std::string_view>& terms, std::vector<std::uint32_t>& ids);
    /// The id of one term and its text as the dictionary holds it.
    std::pair<std::uint32_t, std::string_view> intern(std::string_view term);
    /// The text of an id; it stays valid as long as the dictionary.
    std::string_view term(std::uint32_t id) const;
    /// The texts of ids [0, size()) at the time of the call.
    std::vector<std::string_view> snapshot() const;
    std::size_t size() const;

private:
    struct impl;
    std::unique_ptr<impl> impl_;
};

/// What a document says that identifies its event. Term ids are those of term_dictionary::global()
/// as features_of returns them (story scoping renumbers its own copy).
struct story_features {
    term_list names;  ///< capitalised words not opening a sentence, by term
    term_list words;  ///< content words, by term
    std::vector<std::pair<double, std::uint32_t>> figures;  ///< (value, unit or counted class), sorted, unique
    std::vector<double> values;                             ///< distinctive counts (see distinctive()), sorted, unique
    std::vector<std::pair<std::uint32_t, double>> signature;  ///< distinctive measures: (counted class or magnitude, value), sorted, unique
    std::uint8_t weekdays = 0;                  ///< days of the week the text names: bit 0 Monday ... bit 6 Sunday
    std::optional<long> published_day;          ///< days since 1970-01-01 of the publication date, when known
    /// Named events the text mentions twice or more ("park fire", "hurricane ian"), sorted, and the
    /// first of them its headline names (empty for none): two reports whose headlines name two
    /// different events, neither mentioned by the other, are of two events (other_events).
    std::vector<std::string> events;
    std::string headline_event;
    /// Bytes held on the heap (vector capacities), for measurements.
    std::size_t heap_bytes() const;
};

/// Do the figures two documents share tie them to one event? Against different values for a
/// distinctive measure, any figure or distinctive count in common does. Against different days, a
/// figure (the same count of the same thing, or the same amount in the same unit) does, but a bare
/// count only with another: one two-digit count (14, 23) is common enough in the news to be shared
/// by chance by reports of events weeks apart.
/// Reports published more than story_far_days apart (`far_apart`) need two figures, one of them
/// strong (of three significant figures or more: 334 million, 13.3 inches, 1,217 people), or a
/// strong figure and two counts: a year-old bout and tonight's share a purse ("$1.2 million", paid
/// to two different boxers), and a church fire eight months later the first's round damage ("$2.5
/// million") and its hours ("about four hours"), by chance.
/// Reports published more than story_max_days apart (`week_apart`) need a strong figure or two,
/// and a strong one where a distinctive measure differs (`conflicts`): an overnight attack three
/// weeks later shares "two people killed", "14 wounded" and "three children" with the first by
/// chance, and the vocabulary of its war, while its drones number 103, not 145.
inline bool ties(bool different_days, int shared_figures, int shared_values, bool far_apart = false, int shared_strong = 0,
                 bool week_apart = false, int conflicts = 0) {
    if (far_apart) return shared_strong >= 1 && (shared_figures >= 2 || shared_values >= 2);
    if (week_apart) return shared_strong >= 1 || (conflicts == 0 && (shared_figures >= 2 || shared_values >= 2));
    // two nights of attacks four days apart, 145 drones against 87, both with Russia's "44
    // Ukrainian drones" downed: of different days where a distinctive measure differs, one small
    // figure in common is chance
    if (different_days && conflicts > 0) return shared_strong >= 1 || shared_figures >= 2;
    return shared_figures > 0 || shared_values >= (different_days ? 2 : 1);
}

/// Whether a figure's value has three significant figures or more (13.3, 334, 1,217, 2.56).
inline bool strong_value(double v) {
    if (!(v > 0) || v > 1e15) return false;
    for (int k = 0; k < 6 && v != static_cast<double>(static_cast<long long>(v)); ++k) v *= 10;
    auto n = static_cast<long long>(v + 0.5);
    while (n > 0 && n % 10 == 0) n /= 10;
    return n >= 100;
}

/// How two documents' figures relate.
struct story_link {
    int shared_figures = 0, shared_values = 0;
    int shared_strong = 0;        ///< shared figures of three significant figures or more (strong_value)
    int conflicts = 0;            ///< distinctive measures with no value in common
    bool different_days = false;  ///< both name days of the week, none in common; or published far apart
    bool far_apart = false;       ///< both dated, more than story_far_days apart
    bool week_apart = false;      ///< both dated, more than story_max_days apart
    bool other_events = false;    ///< their headlines name two events, neither named by the other (other_events)
    /// Two named events; or different values for a distinctive measure, or different days, and
    /// nothing that ties them.
    bool keeps_apart() const {
        return other_events || ((conflicts > 0 || different_days) &&
                                !ties(different_days, shared_figures, shared_values, far_apart, shared_strong, week_apart, conflicts));
    }
};

/// The documents of a drop as story scoping sees them: features, document frequencies of names,
/// words, counts and figures (over this drop), and the score of a pair. tf-idf weights are
/// computed when read, from counts, frequencies and each document's norm.
class story_space {
public:
    /// `jobs` threads may share the work (features of each document); the result never depends on it.
    explicit story_space(const std::vector<document_result>& docs, unsigned jobs = 1);
    /// From features made by features_of (taken over: their ids are renumbered).
    explicit story_space(std::vector<story_features> feats, unsigned jobs = 1);
    ~story_space();
    story_space(const story_space&) = delete;
    story_space& operator=(const story_space&) = delete;
    std::size_t size() const { return n_; }
    /// names + words cosine, plus shared distinctive figures (see docs/reconcile.md).
    double score(std::size_t i, std::size_t j) const;
    /// How the two documents' figures relate.
    story_link link(std::size_t i, std::size_t j) const;
    /// link(i, j).keeps_apart(), stopping as soon as the answer is known.
    bool keeps_apart(std::size_t i, std::size_t j) const;
    /// The tf-idf vector of a document's names, by term.
    std::vector<std::pair<std::string, double>> names(std::size_t i) const;

private:
    friend std::vector<story> find_stories(std::vector<story_features> feats, unsigned jobs, std::size_t max_documents);
    void build();
    double weight(const term_count& t, const std::vector<std::uint32_t>& df, double norm) const;
    double cosine(const term_list& a, double na, const term_list& b, double nb,
                  const std::vector<std::uint32_t>& df) const;
    /// A term found in every document (of more than two) tells no story from another, so story
    /// labels leave it out. Scores keep it: in a folder of one story, or of copies of one wire
    /// story, such terms are what the documents share.
    bool everywhere(std::uint32_t d) const { return n_ > 2 && d == n_; }

    std::size_t n_;
    unsigned jobs_;
    std::vector<story_features> feats_;        ///< terms renumbered by text; values and figures moved to the ids below
    std::vector<std::string_view> terms_;      ///< term id -> text (the ids of feats_)
    std::vector<std::uint32_t> df_names_, df_words_;  ///< by term
    std::vector<double> norm_names_, norm_words_;     ///< by document
    std::vector<double> idf_, tf_;
    std::vector<double> values_;               ///< distinct distinctive counts, ascending
    std::vector<std::uint32_t> df_values_;     ///< by value id
    std::vector<double> value_weight_;         ///< story_value_weight x idf, by value id
    std::vector<double> figure_weight_;        ///< by figure id (figures by value, then key text)
    std::vector<std::uint32_t> figure_value_;  ///< value id of a figure's value, or none
    std::vector<std::uint8_t> figure_strong_;  ///< by figure id: its value is strong_value
    /// Shared figures of two documents, and how many of them are strong (each counting stops at `most`).
    std::pair<int, int> shared_figures(std::size_t i, std::size_t j, int most) const;
    std::vector<std::vector<std::uint32_t>> value_ids_, figure_ids_;  ///< by document, ascending
};

/// A document's features (compact; safe to call from several threads at once).
story_features features_of(const document_result& dr);

/// Compares two documents' figures (features with ids from one numbering).
story_link compare(const story_features& a, const story_features& b);

/// A story of more documents than this is cross-checked in parts of consecutive documents in
/// publication order (its label says "part k of n"): grouping reads a part whole.
inline constexpr std::size_t story_max_documents = 5000;

/// Partitions documents into stories from their features alone (see find_stories in reconcile.hpp);
/// a story of more than `max_documents` documents is cut into parts.
std::vector<story> find_stories(std::vector<story_features> feats, unsigned jobs = 1,
                                std::size_t max_documents = story_max_documents);

/// Two documents join a story when names + words cosine (+ shared rare counts) reach this.
inline constexpr double story_threshold = 0.25;
/// Two stories merge only when their documents' scores average at least this.
inline constexpr double story_average = 0.15;
/// Articles published more days apart than this cover different events unless a figure ties them.
inline constexpr long story_max_days = 7;
/// Articles published more days apart than this need two figures to tie them (see ties): a
/// follow-up within the month restates the deal's price alone (AMD's $334 million for SeaMicro,
/// 27 days on), a like event months later shares one figure by chance.
inline constexpr long story_far_days = 31;
/// A name or figure found in more documents than this does not make pairs to compare.
inline constexpr std::size_t story_block_cap = 50;
/// Each document is compared through at most this many of its rarest shared names and figures.
inline constexpr std::size_t story_block_keys = 24;
/// A name or figure held by more than story_block_cap documents (a story printed by many outlets,
/// a wire copy) pairs each of its documents with this many neighbours in publication order ...
inline constexpr std::size_t story_wide_neighbours = 3;
/// ... through at most this many of the document's rarest such keys, however many documents hold
/// them: a few pairs a document, so the cost stays linear in the drop. A big drop prints each story
/// thousands of times, and no name of its copies is rarer; a name that only tells the topic (a
/// country, a leader) pairs documents of different events, which the score and the figures then
/// keep apart.
inline constexpr std::size_t story_wide_keys = 8;
/// Members of each story sampled for the average guard ...
inline constexpr std::size_t story_sample = 32;
/// ... and of those, the first members whose pairs are scored when blocking did not compare them.
inline constexpr std::size_t story_sample_scored = 8;
/// Shared figures add to the score only when names + words reach this.
inline constexpr double story_min_text = 0.1;
/// ... and the names alone reach this: a first name or a city in common ("joe", "houston") is
/// what two events of a large drop share by chance, and a shared count then joined a coach's
/// firing to another team's season (session 9).
inline constexpr double story_min_names = 0.05;
/// Weight of a shared count or figure (times its smoothed idf) in the story score.
inline constexpr double story_value_weight = 0.15;

}  // namespace claimcheck::engine
