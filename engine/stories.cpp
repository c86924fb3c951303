// Story scoping: which documents cover the same event.
//
// Content similarity alone mixes events of the same kind (two quakes at the same place score
// higher than two reports of one quake), so the score adds what tells events apart: shared
// distinctive figures raise it, and two documents that report different values for the same
// distinctive count or magnitude, with no figure in common, are never put in one story.
// Documents merge greedily, best pair first, while no such conflict arises inside a story.
//
// Representation (docs/reconcile.md): strings are term ids, a document's terms are sorted flat
// vectors of (term, count), weights are computed when read, and the pairs compared are held per
// document (sorted neighbours with their scores) rather than in hash sets of pairs.
#include <algorithm>
#include <chrono>
#include <array>
#include <atomic>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <limits>
#include <mutex>
#include <numeric>
#include <shared_mutex>
#include <string>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "engine/pipeline.hpp"
#include "engine/reconcile.hpp"
#include "engine/stories.hpp"
#include "grammar/ascii.hpp"
#include "grammar/context.hpp"
#include "grammar/lexicon.hpp"
#include <spdlog/spdlog.h>

namespace claimcheck::engine {

// ---------------------------------------------------------------------------------------------
// term dictionary

struct term_dictionary::impl {
    mutable std::shared_mutex lock;
    std::unordered_map<std::string_view, std::uint32_t> ids;
    std::vector<std::string_view> texts;                 // id -> text
    std::vector<std::unique_ptr<char[]>> chunks;         // the bytes of the texts (never move)
    std::size_t last_size = 0;                           // bytes of the last chunk
    std::size_t room = 0;                                // bytes left in it
    static constexpr std::size_t chunk_size = 1 << 16;
};

term_dictionary::term_dictionary() : impl_(std::make_unique<impl>()) {}
term_dictionary::~term_dictionary() = default;

term_dictionary& term_dictionary::global() {
    static term_dictionary d;
    return d;
}

void term_dictionary::intern(const std::vector<std::string_view>& terms, std::vector<std::uint32_t>& ids) {
    constexpr std::uint32_t none = std::numeric_limits<std::uint32_t>::max();
    ids.assign(terms.size(), none);
    bool missing = false;
    {
        std::shared_lock<std::shared_mutex> read(impl_->lock);
        for (std::size_t k = 0; k < terms.size(); ++k) {
            if (auto it = impl_->ids.find(terms[k]); it != impl_->ids.end()) ids[k] = it->second;
            else missing = true;
        }
    }
    if (!missing) return;
    std::unique_lock<std::shared_mutex> write(impl_->lock);
    impl& d = *impl_;
    for (std::size_t k = 0; k < terms.size(); ++k) {
        if (ids[k] != none) continue;
        if (auto it = d.ids.find(terms[k]); it != d.ids.end()) {
            ids[k] = it->second;
            continue;
        }
        if (d.chunks.empty() || terms[k].size() > d.room) {
            const std::size_t size = std::max(impl::chunk_size, terms[k].size());
            d.chunks.push_back(std::make_unique<char[]>(size));
            d.last_size = size;
            d.room = size;
        }
        char* at = d.chunks.back().get() + (d.last_size - d.room);
        std::copy(terms[k].begin(), terms[k].end(), at);
        d.room -= terms[k].size();
        const std::string_view text(at, terms[k].size());
        const auto id = static_cast<std::uint32_t>(d.texts.size());
        d.texts.push_back(text);
        d.ids.emplace(text, id);
        ids[k] = id;
    }
}

std::pair<std::uint32_t, std::string_view> term_dictionary::intern(std::string_view term) {
    std::vector<std::string_view> one{term};
    std::vector<std::uint32_t> id;
    intern(one, id);
    return {id[0], this->term(id[0])};
}

std::string_view term_dictionary::term(std::uint32_t id) const {
    std::shared_lock<std::shared_mutex> read(impl_->lock);
    return impl_->texts.at(id);
}

std::vector<std::string_view> term_dictionary::snapshot() const {
    std::shared_lock<std::shared_mutex> read(impl_->lock);
    return impl_->texts;
}

std::size_t term_dictionary::size() const {
    std::shared_lock<std::shared_mutex> read(impl_->lock);
    return impl_->texts.size();
}

term_list::term_list(const std::vector<term_count>& sorted) : size_(static_cast<std::uint32_t>(sorted.size())) {
    auto bytes_of = [](std::uint32_t v) {
        std::size_t k = 1;
        while (v >= 0x80) v >>= 7, ++k;
        return k;
    };
    std::size_t total = 0;
    std::uint32_t last = 0;
    for (const auto& t : sorted) {
        total += bytes_of(t.term - last) + bytes_of(t.count);
        last = t.term;
    }
    bytes_.reserve(total);  // exactly: the list is kept as long as the document
    auto put = [&](std::uint32_t v) {
        while (v >= 0x80) {
            bytes_.push_back(static_cast<std::uint8_t>(v | 0x80));
            v >>= 7;
        }
        bytes_.push_back(static_cast<std::uint8_t>(v));
    };
    last = 0;
    for (const auto& t : sorted) {
        put(t.term - last);
        put(t.count);
        last = t.term;
    }
}

std::size_t story_features::heap_bytes() const {
    std::size_t named = events.capacity() * sizeof(std::string) + headline_event.capacity();
    for (const auto& e : events) named += e.capacity();
    return names.heap_bytes() + words.heap_bytes() +
           figures.capacity() * sizeof(figures[0]) + values.capacity() * sizeof(double) +
           signature.capacity() * sizeof(signature[0]) + named;
}

/// Whether a's and b's headlines name two different events, neither of which the other report
/// mentions: "Dixie Fire levels Greenville" (2021) and "California's Park Fire grows" (2024) share
/// a look-alike's figures (134 structures, 26,000 people evacuated) but not their fire.
static bool other_events(const story_features& a, const story_features& b) {
    if (a.headline_event.empty() || b.headline_event.empty() || a.headline_event == b.headline_event) return false;
    return !std::binary_search(b.events.begin(), b.events.end(), a.headline_event) &&
           !std::binary_search(a.events.begin(), a.events.end(), b.headline_event);
}

namespace {

constexpr std::uint32_t no_id = std::numeric_limits<std::uint32_t>::max();

/// Frees what `x` holds. `v = {}` does not free a vector: it assigns an empty initializer list,
/// which keeps the capacity (a vector of vectors keeps its own, and frees the inner ones).
template <class T>
void release(T& x) {
    T empty{};
    std::swap(x, empty);
}

/// A count that is unlikely to recur by chance: 10 or more, two significant digits or more
/// (390, 23, 145; not 30, 100, 1000), not a year.
bool distinctive(double v) {
    if (v < 10 || v != std::floor(v) || v > 1e15 || (v >= 1900 && v <= 2100)) return false;
    auto n = static_cast<long long>(v);
    while (n % 10 == 0) n /= 10;
    return n >= 10;
}

std::string_view figure_key(const grammar::claim& c) {
    if (!c.q.unit.empty()) return c.q.unit;
    if (!c.counted.cls.empty()) return c.counted.cls;
    return c.counted.lemma;
}

/// What features_of needs to know of a word: its id, and whether it is a stopword or a name
/// stopword. Each thread keeps the words it has met (keys point into the dictionary), so most
/// words cost one lookup and no lock; the cache is dropped when it grows past `cache_limit`.
struct word_info {
    std::uint32_t id;
    bool stop, name_stop;
};
constexpr std::size_t cache_limit = std::size_t{1} << 20;

const word_info& info_of(std::string_view w) {
    thread_local std::unordered_map<std::string_view, word_info> cache;
    if (auto it = cache.find(w); it != cache.end()) return it->second;
    static const auto& stop = grammar::lexicon_set("stopwords");
    static const auto& name_stop = grammar::lexicon_set("name_stopwords");
    static const auto& agencies = grammar::lexicon_set("agencies");
    // a role capitalised in a title or after a dateline ("Police Chief Charles Gordon", "ATHENS
    // (AP) - Police arrested 87") names a kind of body, not which one: no name of a story
    // (sources.tsv, its head nouns)
    static const auto roles = [] {
        std::unordered_set<std::string> r;
        for (const auto& [word, role] : grammar::lexicon_pairs("sources"))
            if (role == "head") r.insert(std::string(word));
        return r;
    }();
    if (cache.size() >= cache_limit) cache.clear();
    const auto [id, text] = term_dictionary::global().intern(w);
    const std::string key(w);
    return cache.emplace(text, word_info{id, stop.count(key) > 0, name_stop.count(key) > 0 || roles.count(key) > 0 || agencies.count(key) > 0}).first->second;
}

/// Sorted ids -> (id, count) runs.
std::vector<term_count> count_runs(std::vector<std::uint32_t>& ids) {
    std::sort(ids.begin(), ids.end());
    std::vector<term_count> out;
    for (std::size_t k = 0; k < ids.size();) {
        std::size_t e = k + 1;
        while (e < ids.size() && ids[e] == ids[k]) ++e;
        out.push_back({ids[k], static_cast<std::uint32_t>(e - k)});
        k = e;
    }
    out.shrink_to_fit();
    return out;
}

/// How many elements the two sorted ranges share (counting stops at `most`).
template <class T>
int common(const std::vector<T>& a, const std::vector<T>& b, int most = std::numeric_limits<int>::max()) {
    int c = 0;
    auto i = a.begin(), j = b.begin();
    while (i != a.end() && j != b.end() && c < most) {
        if (*i < *j) ++i;
        else if (*j < *i) ++j;
        else ++c, ++i, ++j;
    }
    return c;
}

/// Distinctive measures that both documents state, with no value in common.
int signature_conflicts(const std::vector<std::pair<std::uint32_t, double>>& a,
                        const std::vector<std::pair<std::uint32_t, double>>& b, bool stop_at_first) {
    int conflicts = 0;
    std::size_t i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i].first < b[j].first) {
            ++i;
        } else if (b[j].first < a[i].first) {
            ++j;
        } else {
            const std::uint32_t key = a[i].first;
            std::size_t ie = i, je = j;
            while (ie < a.size() && a[ie].first == key) ++ie;
            while (je < b.size() && b[je].first == key) ++je;
            // values a tenth apart meet: a quake's magnitude is revised by a tenth in its first
            // hours, and agencies differ as much (6.1 and 6.0 are one quake), while two quakes of
            // one place may be 0.2 apart (dev: the Geysers' 4.4 on Sunday, 4.6 on Thursday);
            // counts are whole, so for them only equal values meet
            bool shared = false;
            for (std::size_t x = i, y = j; x < ie && y < je && !shared;) {
                if (std::fabs(a[x].second - b[y].second) <= 0.15) shared = true;
                else if (a[x].second < b[y].second) ++x;
                else ++y;
            }
            if (!shared) {
                ++conflicts;
                if (stop_at_first) return conflicts;
            }
            i = ie;
            j = je;
        }
    }
    return conflicts;
}

bool far_apart(const story_features& a, const story_features& b) {
    return a.published_day && b.published_day && std::labs(*a.published_day - *b.published_day) > story_far_days;
}

bool week_apart(const story_features& a, const story_features& b) {
    return a.published_day && b.published_day && std::labs(*a.published_day - *b.published_day) > story_max_days;
}

bool different_days(const story_features& a, const story_features& b) {
    if (a.published_day && b.published_day) {
        const long apart = std::labs(*a.published_day - *b.published_day);
        if (apart > story_max_days) return true;
        // two reports of one day tell of its event whatever other days they name ("cut rates on
        // Wednesday", "lower its rate ... from Friday")
        if (apart == 0) return false;
    }
    return a.weekdays && b.weekdays && !(a.weekdays & b.weekdays);
}

}  // namespace

story_features features_of(const document_result& dr) {
    story_features f;
    static constexpr std::array<std::string_view, 7> days{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
    const std::string_view text = dr.doc.folded.text, lower = dr.doc.folded.lower;
    std::vector<std::uint32_t> names, words;
    // named events: "<Name> Fire", "<Name> Complex", "Hurricane <Name>" (typhoon, cyclone, storm),
    // each with how often it is named, and the first sentence's first (the headline's)
    std::vector<std::pair<std::string, int>> named_events;
    std::string first_event;
    std::size_t sentence_no = 0;
    // the tokens of grammar::tokenize, read in place (no token strings)
    for (const auto& s : dr.sentences) {
        bool first = true;
        std::string_view prev_word;  // the word before, lower-cased, where it was capitalised
        const bool headline = sentence_no++ == 0;
        bool ahead = false;  // the word before was one of a day to come ("for", "until", "next")
        const std::size_t end = s.end;
        for (std::size_t i = s.begin; i < end;) {
            const char c = text[i];
            if (c == ' ' || c == '\n') {
                ++i;
                continue;
            }
            std::size_t j = i + 1;
            if (grammar::ascii::is_alnum(c)) {
                while (j < end && (grammar::ascii::is_alnum(text[j]) ||
                                   ((text[j] == '-' || text[j] == '\'' || text[j] == '.') && j + 1 < end &&
                                    grammar::ascii::is_alnum(text[j + 1]))))
                    ++j;
            } else {
                if (static_cast<unsigned char>(c) >= 0x80)
                    while (j < end && (static_cast<unsigned char>(text[j]) & 0xC0) == 0x80) ++j;
                // a quotation opens a sentence of its own, but a short one that a capitalised word
                // opens is a title ("Nightglass", "Deathly Hallows"): its words are names
                if (lower.substr(i, j - i) == "\"") {
                    const std::size_t close = text.find('"', j);
                    const std::string_view quoted = text.substr(j, close == std::string_view::npos ? 0 : close - j);
                    first = !(close != std::string_view::npos && close < end && quoted.size() <= 40 && !quoted.empty() &&
                              grammar::ascii::is_upper(quoted[0]) && std::count(quoted.begin(), quoted.end(), ' ') <= 3 &&
                              quoted.find_first_of(",.!?") == std::string_view::npos);
                }
                i = j;
                continue;
            }
            std::string_view w = lower.substr(i, j - i);
            const bool capitalised = grammar::ascii::is_upper(c);
            i = j;
            if (capitalised && !prev_word.empty()) {
                std::string event;
                if (w == "fire" || w == "complex") event = std::string(prev_word) + " " + std::string(w);
                else if (prev_word == "hurricane" || prev_word == "typhoon" || prev_word == "cyclone" || prev_word == "storm")
                    event = std::string(prev_word) + " " + std::string(w);
                if (!event.empty()) {
                    // (a few names a report: a text of thousands of them keeps its first 32)
                    auto it = std::find_if(named_events.begin(), named_events.end(), [&](const auto& e) { return e.first == event; });
                    if (it == named_events.end()) {
                        if (named_events.size() < 32) named_events.push_back({event, 1});
                    } else {
                        ++it->second;
                    }
                    if (headline && first_event.empty()) first_event = event;
                }
            }
            prev_word = capitalised && w.size() >= 3 ? w : std::string_view();
            // a capitalised possessive is a name even where it opens a sentence ("Ohtani's
            // contract with the Dodgers ..."), which other capitalised words are not known to be
            const bool possessive = w.size() > 2 && w.ends_with("'s");
            if (possessive) w.remove_suffix(2);
            // (a day to come is not the event's: "set for Thursday", "until Monday", "next Friday",
            // "starting Friday"; "from Friday" may be either: "the toll from Thursday's bombing")
            if (w.size() >= 6 && w.size() <= 9 && w.ends_with("day") && !ahead)
                for (std::size_t d = 0; d < days.size(); ++d)
                    if (w == days[d]) f.weekdays |= static_cast<std::uint8_t>(1u << d);
            ahead = w == "for" || w == "until" || w == "till" || w == "next" || w == "by" || w == "before" || w == "starting" ||
                    w == "effective";
            const bool name = capitalised && (!first || possessive) && w.size() >= 3;
            const bool word = w.size() >= 4 && std::all_of(w.begin(), w.end(), [](char ch) { return grammar::ascii::is_alpha(ch) || ch == '-'; });
            first = false;
            if (!name && !word) continue;
            const word_info& info = info_of(w);
            if (name && !info.name_stop && !info.stop) names.push_back(info.id);  // ("(AP) — The death toll": no name)
            if (word && !info.stop) words.push_back(info.id);
        }
    }
    // (a name said twice: a headline's "Deadly Fire" in title case is no name its report repeats)
    for (const auto& [event, times] : named_events)
        if (times >= 2) f.events.push_back(event);
    std::sort(f.events.begin(), f.events.end());
    if (!first_event.empty() && std::binary_search(f.events.begin(), f.events.end(), first_event)) f.headline_event = first_event;
    // a report that a toll rose tells of an event of an earlier day ("The death toll from a car bomb
    // ... rose to 31 on Sunday" of Saturday's bomb): the day before each day it names counts as
    // named, so the first reports of that day are not kept apart from it (a quake of another
    // day still is, by its magnitude)
    if (f.weekdays) {
        bool rose = false;
        for (std::size_t at = lower.find("toll"); at != std::string_view::npos && !rose; at = lower.find("toll", at + 4)) {
            const std::string_view after = lower.substr(at + 4, 32);
            for (const std::string_view verb : {" rose", " rises", " has risen", " had risen", " climbed", " jumped", " increased"})
                if (after.starts_with(verb)) rose = true;
        }
        if (rose) {
            const unsigned days_named = f.weekdays;
            f.weekdays = static_cast<std::uint8_t>(days_named | (days_named >> 1) | ((days_named & 1u) << 6));
        }
    }
    if (dr.doc.published && dr.doc.published->size() >= 10) {
        // ISO 8601 date: days since the epoch (civil calendar, proleptic Gregorian)
        const std::string& p = *dr.doc.published;
        int y = std::atoi(p.substr(0, 4).c_str()), m = std::atoi(p.substr(5, 2).c_str()), d = std::atoi(p.substr(8, 2).c_str());
        if (y > 0 && m >= 1 && m <= 12 && d >= 1 && d <= 31) {
            y -= m <= 2;
            const long era = (y >= 0 ? y : y - 399) / 400;
            const long yoe = y - era * 400;
            const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
            const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
            f.published_day = era * 146097 + doe - 719468;
        }
    }
    // the sentences that name a day of another month or date than the report's ("Organisers said
    // almost 2 million people marched on June 16", in a report of July 1): their figures are
    // recalled, and tie the report to no story (found for the sentences of claims only)
    std::vector<signed char> other_day(dr.sentences.size(), -1);
    int published_month = 0, published_mday = 0;
    if (dr.doc.published && dr.doc.published->size() >= 10) {
        published_month = std::atoi(dr.doc.published->substr(5, 2).c_str());
        published_mday = std::atoi(dr.doc.published->substr(8, 2).c_str());
    }
    auto names_other_day = [&](std::size_t si) {
        if (published_month == 0 || si >= dr.sentences.size()) return false;
        if (other_day[si] >= 0) return other_day[si] == 1;
        static const std::array<std::string_view, 12> months{"january", "february", "march", "april", "may", "june",
                                                             "july", "august", "september", "october", "november", "december"};
        const std::string_view low = lower.substr(dr.sentences[si].begin, dr.sentences[si].end - dr.sentences[si].begin);
        bool other = false;
        // one pass: at each word's start whose first letter opens a month's name, the months of it
        static constexpr std::string_view firsts = "jfmasond";
        for (std::size_t at = 0; at < low.size() && !other; ++at) {
            if (firsts.find(low[at]) == std::string_view::npos || (at > 0 && grammar::ascii::is_alpha(low[at - 1]))) continue;
            for (std::size_t m = 0; m < months.size() && !other; ++m) {
                if (months[m][0] != low[at] || low.compare(at, months[m].size(), months[m]) != 0) continue;
                const std::size_t e = at + months[m].size();
                if (e < low.size() && grammar::ascii::is_alpha(low[e])) continue;
                // "June 16" or "16 June"
                int day = 0;
                if (e + 1 < low.size() && low[e] == ' ' && grammar::ascii::is_digit(low[e + 1])) {
                    day = low[e + 1] - '0';
                    if (e + 2 < low.size() && grammar::ascii::is_digit(low[e + 2])) day = day * 10 + (low[e + 2] - '0');
                } else if (at >= 2 && low[at - 1] == ' ' && grammar::ascii::is_digit(low[at - 2])) {
                    day = low[at - 2] - '0';
                    if (at >= 3 && grammar::ascii::is_digit(low[at - 3])) day += 10 * (low[at - 3] - '0');
                }
                if (day < 1 || day > 31) continue;
                const int month = static_cast<int>(m) + 1;
                // (the day before counts as the report's: a morning paper tells of yesterday)
                const bool same_day = month == published_month && (day == published_mday || day + 1 == published_mday);
                other = !same_day;
            }
        }
        other_day[si] = other ? 1 : 0;
        return other;
    };
    // figures and signature by key text first, interned with the names and words below
    std::vector<std::pair<double, std::string_view>> figures;
    std::vector<std::pair<std::string_view, double>> signature;
    for (const auto& c : dr.claims) {
        // (a recalled figure tells nothing of this story: "In June 2024, suicide bombers killed 32
        // people in Gwoza" does not tie a bombing report to "Police arrested 32 people in Paris")
        // (nor does a figure of another year: "A 6.1 quake struck the same region in 2021")
        if (!c.value || c.background || grammar::is_year(c.where.key) || names_other_day(c.sentence)) continue;
        double v = *c.value;
        // (a named person's age is that person's: "Marcus Tate, 22" in two reports ties them; an
        // unnamed age is left out below)
        const std::string_view key =
            c.q.kind == grammar::quantity_kind::age && !c.agent.empty() ? std::string_view(c.agent) : figure_key(c);
        if (c.q.kind == grammar::quantity_kind::count && distinctive(v)) f.values.push_back(v);
        if (key.empty() || (v <= 3 && c.q.unit.empty())) continue;
        // figures that two events share by chance tie nothing: an age (a 45-year-old director and
        // a winner aged 45), a round sum ("a $10,000 reward"), a handful of people ("Nine people")
        // nor a rate: central banks' 4.75% and 2% targets, a currency's 0.4% fall, recur from
        // event to event
        if ((c.q.kind == grammar::quantity_kind::age && c.agent.empty()) ||
            (c.q.kind == grammar::quantity_kind::money && !distinctive(v)) || (key == "person" && v < 10) ||
            c.q.kind == grammar::quantity_kind::percent)
            continue;
        figures.push_back({v, key});
        // distinctive measures whose values tell events apart (not a recalled figure, nor one of
        // another year: "46 home runs in 2021" says nothing of this season's contract)
        // (a value stated loosely, or a part, tells no event apart: "about 15 staff and customers"
        // and "Sixteen employees and customers" are one heist's)
        // (nor a count of people of a kind, which rises as a toll does: "29 miners trapped" in one
        // report is "27 miners trapped" in another)
        if (((c.q.unit.empty() && c.q.kind == grammar::quantity_kind::count && !c.counted.cls.empty() &&
              c.counted.cls != "person" && c.counted.cls != "employee" && c.counted.cls != "patient" &&
              c.counted.cls != "serviceman" && c.counted.cls != "job" && !c.q.qualified && c.partitive.empty()) ||
             c.q.dimension == "magnitude") &&
            !c.background && c.where.kind != "time")
            signature.push_back({key, v});
    }
    std::sort(f.values.begin(), f.values.end());
    f.values.erase(std::unique(f.values.begin(), f.values.end(), [](double a, double b) { return !(a < b) && !(b < a); }), f.values.end());
    f.values.shrink_to_fit();

    f.names = term_list(count_runs(names));
    f.words = term_list(count_runs(words));
    std::vector<std::string_view> keys;
    std::vector<std::uint32_t> ids;
    for (const auto& fig : figures) keys.push_back(fig.second);
    for (const auto& sig : signature) keys.push_back(sig.first);
    term_dictionary::global().intern(keys, ids);
    std::size_t k = 0;
    f.figures.reserve(figures.size());
    for (const auto& fig : figures) f.figures.push_back({fig.first, ids[k++]});
    std::sort(f.figures.begin(), f.figures.end());
    f.figures.erase(std::unique(f.figures.begin(), f.figures.end()), f.figures.end());
    f.figures.shrink_to_fit();
    f.signature.reserve(signature.size());
    for (const auto& sig : signature) f.signature.push_back({ids[k++], sig.second});
    std::sort(f.signature.begin(), f.signature.end());
    f.signature.erase(std::unique(f.signature.begin(), f.signature.end()), f.signature.end());
    f.signature.shrink_to_fit();
    return f;
}

story_link compare(const story_features& a, const story_features& b) {
    story_link l;
    l.shared_figures = common(a.figures, b.figures);
    for (auto x = a.figures.begin(), y = b.figures.begin(); x != a.figures.end() && y != b.figures.end();) {
        if (*x < *y) ++x;
        else if (*y < *x) ++y;
        else {
            l.shared_strong += strong_value(x->first) ? 1 : 0;
            ++x, ++y;
        }
    }
    l.shared_values = common(a.values, b.values);
    l.conflicts = signature_conflicts(a.signature, b.signature, false);
    l.different_days = different_days(a, b);
    l.far_apart = far_apart(a, b);
    l.week_apart = week_apart(a, b);
    return l;
}

// ---------------------------------------------------------------------------------------------
// story space

story_space::story_space(const std::vector<document_result>& docs, unsigned jobs) : n_(docs.size()), jobs_(jobs) {
    feats_.resize(n_);
    detail::parallel_for_blocks(n_, jobs, [&](std::size_t i) { feats_[i] = features_of(docs[i]); });
    build();
}

story_space::story_space(std::vector<story_features> feats, unsigned jobs) : n_(feats.size()), jobs_(jobs), feats_(std::move(feats)) {
    build();
}

story_space::~story_space() = default;

namespace {
/// Sorts `all` and calls fn(value, how many times it occurs) for each distinct value, in order.
template <class T, class Fn>
void for_each_distinct(std::vector<T>& all, Fn&& fn) {
    std::sort(all.begin(), all.end());
    for (std::size_t k = 0; k < all.size();) {
        std::size_t e = k + 1;
        while (e < all.size() && !(all[k] < all[e])) ++e;
        fn(all[k], e - k);
        k = e;
    }
}
}  // namespace

void story_space::build() {
    const unsigned jobs = jobs_;
    // 1. document frequencies of names and words by dictionary id, over slices of the documents
    const std::vector<std::string_view> all_terms = term_dictionary::global().snapshot();
    const std::size_t dict = all_terms.size();
    const std::size_t slices = std::clamp<std::size_t>(jobs, 1, std::max<std::size_t>(n_, 1));
    std::vector<std::vector<std::uint32_t>> part_names(slices), part_words(slices);
    detail::parallel_for(slices, jobs, [&](std::size_t p) {
        auto& dn = part_names[p];
        auto& dw = part_words[p];
        dn.assign(dict, 0);
        dw.assign(dict, 0);
        for (std::size_t i = n_ * p / slices; i < n_ * (p + 1) / slices; ++i) {
            for (const auto& t : feats_[i].names) ++dn[t.term];
            for (const auto& t : feats_[i].words) ++dw[t.term];
        }
    });
    std::vector<std::uint32_t> g_names = std::move(part_names.front()), g_words = std::move(part_words.front());
    for (std::size_t p = 1; p < slices; ++p) {
        for (std::size_t t = 0; t < dict; ++t) g_names[t] += part_names[p][t];
        for (std::size_t t = 0; t < dict; ++t) g_words[t] += part_words[p][t];
        release(part_names[p]);
        release(part_words[p]);
    }
    std::vector<char> used(dict, 0);
    for (std::size_t t = 0; t < dict; ++t) used[t] = g_names[t] > 0 || g_words[t] > 0;
    for (const auto& f : feats_) {
        for (const auto& fig : f.figures) used[fig.second] = 1;
        for (const auto& sig : f.signature) used[sig.first] = 1;
    }
    // 2. the terms of this drop renumbered by their text, so that nothing depends on the order
    // threads met them in
    std::vector<std::uint32_t> order;
    for (std::size_t t = 0; t < dict; ++t)
        if (used[t]) order.push_back(static_cast<std::uint32_t>(t));
    std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) { return all_terms[a] < all_terms[b]; });
    std::vector<std::uint32_t> local(dict, no_id);
    terms_.resize(order.size());
    df_names_.resize(order.size());
    df_words_.resize(order.size());
    for (std::size_t k = 0; k < order.size(); ++k) {
        local[order[k]] = static_cast<std::uint32_t>(k);
        terms_[k] = all_terms[order[k]];
        df_names_[k] = g_names[order[k]];
        df_words_[k] = g_words[order[k]];
    }
    release(g_names);
    release(g_words);
    // 3. idf and tf tables (the logarithms are looked up, the same values as computed each time)
    idf_.assign(n_ + 1, 0.0);
    for (std::size_t d = 1; d <= n_; ++d) idf_[d] = std::log(1.0 + static_cast<double>(n_) / static_cast<double>(d));
    tf_.assign(64, 0.0);
    for (std::size_t c = 1; c < tf_.size(); ++c) tf_[c] = 1 + std::log(static_cast<int>(c));
    // 4. each document: ids renumbered, norms of its name and word vectors
    norm_names_.assign(n_, 0.0);
    norm_words_.assign(n_, 0.0);
    auto renumber = [&](term_list& list) {
        std::vector<term_count> v = list.decode();
        for (auto& t : v) t.term = local[t.term];
        std::sort(v.begin(), v.end(), [](const term_count& a, const term_count& b) { return a.term < b.term; });
        list = term_list(v);
    };
    auto norm = [&](const term_list& v, const std::vector<std::uint32_t>& df) {
        double s = 0;
        for (const auto& t : v) {
            const std::uint32_t d = df[t.term];
            const double w = (t.count < tf_.size() ? tf_[t.count] : 1 + std::log(static_cast<int>(t.count))) * idf_[d];
            s += w * w;
        }
        return std::sqrt(s);
    };
    detail::parallel_for_blocks(n_, jobs, [&](std::size_t i) {
        story_features& f = feats_[i];
        renumber(f.names);
        renumber(f.words);
        for (auto& fig : f.figures) fig.second = local[fig.second];
        std::sort(f.figures.begin(), f.figures.end());
        for (auto& sig : f.signature) sig.first = local[sig.first];
        std::sort(f.signature.begin(), f.signature.end());
        norm_names_[i] = norm(f.names, df_names_);
        norm_words_[i] = norm(f.words, df_words_);
    });
    release(local);
    // 5. distinctive counts and figures: ids in their order, frequencies and weights
    {
        std::vector<double> all;
        for (const auto& f : feats_) all.insert(all.end(), f.values.begin(), f.values.end());
        for_each_distinct(all, [&](double v, std::size_t documents) {
            values_.push_back(v);
            df_values_.push_back(static_cast<std::uint32_t>(documents));
        });
    }
    value_weight_.resize(values_.size());
    for (std::size_t v = 0; v < values_.size(); ++v)
        value_weight_[v] = story_value_weight * std::log(1.0 + static_cast<double>(n_) / static_cast<int>(df_values_[v]));
    std::vector<std::pair<double, std::uint32_t>> figures;
    {
        std::vector<std::pair<double, std::uint32_t>> all;
        for (const auto& f : feats_) all.insert(all.end(), f.figures.begin(), f.figures.end());
        for_each_distinct(all, [&](const std::pair<double, std::uint32_t>& fig, std::size_t documents) {
            figures.push_back(fig);
            figure_weight_.push_back(story_value_weight * std::log(1.0 + static_cast<double>(n_) / static_cast<int>(documents)));
            auto it = std::lower_bound(values_.begin(), values_.end(), fig.first);
            figure_value_.push_back(it != values_.end() && !(fig.first < *it) ? static_cast<std::uint32_t>(it - values_.begin()) : no_id);
            figure_strong_.push_back(strong_value(fig.first) ? 1 : 0);
        });
    }
    value_ids_.resize(n_);
    figure_ids_.resize(n_);
    detail::parallel_for_blocks(n_, jobs, [&](std::size_t i) {
        story_features& f = feats_[i];
        auto& vi = value_ids_[i];
        vi.reserve(f.values.size());
        for (double v : f.values) vi.push_back(static_cast<std::uint32_t>(std::lower_bound(values_.begin(), values_.end(), v) - values_.begin()));
        auto& fi = figure_ids_[i];
        fi.reserve(f.figures.size());
        for (const auto& fig : f.figures)
            fi.push_back(static_cast<std::uint32_t>(std::lower_bound(figures.begin(), figures.end(), fig) - figures.begin()));
        release(f.values);
        release(f.figures);
    });
}

[[gnu::always_inline]] inline double story_space::weight(const term_count& t, const std::vector<std::uint32_t>& df, double norm) const {
    const double w = (t.count < tf_.size() ? tf_[t.count] : 1 + std::log(static_cast<int>(t.count))) * idf_[df[t.term]];
    return norm > 0 ? w / norm : w;
}

double story_space::cosine(const term_list& a, double na, const term_list& b, double nb,
                           const std::vector<std::uint32_t>& df) const {
    double s = 0;
    const auto a_end = a.end(), b_end = b.end();
    auto i = a.begin(), j = b.begin();
    while (i != a_end && j != b_end) {
        const term_count x = *i, y = *j;
        if (x.term < y.term) {
            ++i;
        } else if (y.term < x.term) {
            ++j;
        } else {
            s += weight(x, df, na) * weight(y, df, nb);
            ++i;
            ++j;
        }
    }
    return s;
}

double story_space::score(std::size_t i, std::size_t j) const {
    const double names = cosine(feats_[i].names, norm_names_[i], feats_[j].names, norm_names_[j], df_names_);
    const double text = names + cosine(feats_[i].words, norm_words_[i], feats_[j].words, norm_words_[j], df_words_);
    double s = text;
    // shared figures count only between documents that already talk alike and name something in
    // common: a riot in Athens and an office shooting near Detroit both tell of police, officers
    // and shots, and a 12-gauge shotgun met 12 injured officers
    // A shared count lifts only with what it counts: "11 rebounds" and "11 rounds" share a number,
    // not a figure (a Houston basketball game and a Houston police shooting). Each shared figure
    // adds its value's weight when its value is a distinctive count, else its own weight.
    if (text >= story_min_text && names >= story_min_names) {
        const auto &fi = figure_ids_[i], &fj = figure_ids_[j];
        std::uint32_t counted = no_id;  // the last distinctive value lifted (a value lifts once)
        for (auto a = fi.begin(), b = fj.begin(); a != fi.end() && b != fj.end();) {
            if (*a < *b) {
                ++a;
            } else if (*b < *a) {
                ++b;
            } else {
                const std::uint32_t v = figure_value_[*a];
                if (v == no_id) s += figure_weight_[*a];
                else if (v != counted) s += value_weight_[v], counted = v;
                ++a;
                ++b;
            }
        }
    }
    // reports published more than story_max_days apart that a figure still ties (so not kept
    // apart) link at half strength: the reports of one day link first, and a year-old report of
    // a like event that shares one figure with one of them does not pull it from the others
    const auto &pa = feats_[i].published_day, &pb = feats_[j].published_day;
    if (pa && pb && std::labs(*pa - *pb) > story_max_days) s *= 0.5;
    return s;
}

story_link story_space::link(std::size_t i, std::size_t j) const {
    story_link l;
    l.shared_figures = common(figure_ids_[i], figure_ids_[j]);
    l.shared_strong = shared_figures(i, j, std::numeric_limits<int>::max()).second;
    l.shared_values = common(value_ids_[i], value_ids_[j]);
    l.conflicts = signature_conflicts(feats_[i].signature, feats_[j].signature, false);
    l.different_days = different_days(feats_[i], feats_[j]);
    l.far_apart = far_apart(feats_[i], feats_[j]);
    l.week_apart = week_apart(feats_[i], feats_[j]);
    l.other_events = other_events(feats_[i], feats_[j]);
    return l;
}

bool story_space::keeps_apart(std::size_t i, std::size_t j) const {
    const story_features &a = feats_[i], &b = feats_[j];
    if (other_events(a, b)) return true;
    const bool days = different_days(a, b);
    const int conflicts = signature_conflicts(a.signature, b.signature, true);
    if (!days && conflicts == 0) return false;
    const auto [figures, strong] = shared_figures(i, j, 2);
    return !ties(days, figures, common(value_ids_[i], value_ids_[j], 2), far_apart(a, b), strong, week_apart(a, b), conflicts);
}

std::pair<int, int> story_space::shared_figures(std::size_t i, std::size_t j, int most) const {
    int all = 0, strong = 0;
    const auto &a = figure_ids_[i], &b = figure_ids_[j];
    auto x = a.begin(), y = b.begin();
    while (x != a.end() && y != b.end() && (all < most || strong < most)) {
        if (*x < *y) ++x;
        else if (*y < *x) ++y;
        else {
            ++all;
            strong += figure_strong_[*x];
            ++x, ++y;
        }
    }
    return {std::min(all, most), std::min(strong, most)};
}

std::vector<std::pair<std::string, double>> story_space::names(std::size_t i) const {
    std::vector<std::pair<std::string, double>> out;
    for (const auto& t : feats_[i].names)
        out.push_back({std::string(terms_[t.term]), weight(t, df_names_, norm_names_[i])});
    return out;
}

// ---------------------------------------------------------------------------------------------
// find_stories

std::vector<story> find_stories(const std::vector<document_result>& docs, unsigned jobs) {
    std::vector<story_features> feats(docs.size());
    detail::parallel_for_blocks(docs.size(), jobs, [&](std::size_t i) { feats[i] = features_of(docs[i]); });
    return find_stories(std::move(feats), jobs);
}

namespace {
/// The documents that hold each key, from each document's keys: key k's documents, in ascending
/// order, are docs[start[k]] to docs[start[k + 1]] (start has n_keys + 1 entries).
struct key_postings {
    std::vector<std::uint32_t> start, docs;
};

key_postings postings_of(const std::vector<std::vector<std::uint32_t>>& keys, std::size_t n_keys) {
    key_postings p;
    p.start.assign(n_keys + 1, 0);
    for (const auto& ks : keys)
        for (std::uint32_t k : ks) ++p.start[k + 1];
    for (std::size_t k = 0; k < n_keys; ++k) p.start[k + 1] += p.start[k];
    p.docs.resize(p.start.back());
    std::vector<std::uint32_t> fill(p.start.begin(), p.start.end() - 1);
    for (std::size_t d = 0; d < keys.size(); ++d)
        for (std::uint32_t k : keys[d]) p.docs[fill[k]++] = static_cast<std::uint32_t>(d);
    return p;
}
}  // namespace

std::vector<story> find_stories(std::vector<story_features> feats_in, unsigned jobs, std::size_t max_documents) {
    // the time of each step, logged at debug level (--verbose): where a large drop's time goes
    auto lap = [t = std::chrono::steady_clock::now()](const char* step) mutable {
        const auto now = std::chrono::steady_clock::now();
        spdlog::debug("stories: {} in {:.2f} s", step, std::chrono::duration<double>(now - t).count());
        t = now;
    };
    const story_space space(std::move(feats_in), jobs);
    lap("term space");
    const std::size_t n = space.size();
    const auto& feats = space.feats_;
    const std::size_t n_terms = space.terms_.size();

    // blocking: only documents that share a rare name or a distinctive figure are compared, so
    // the cost follows the number of such pairs, not the square of the drop. Each document is
    // compared through its few rarest shared features only: at most story_block_keys postings of
    // at most story_block_cap documents each, so the number of pairs grows linearly with the drop.
    // A key is a name (its term id, in text order) or a count (after every name, in the order of
    // its text as std::to_string writes it): the order of the text keys "n:<name>", "v:<count>".
    std::vector<std::uint32_t> value_key(space.values_.size());
    {
        std::vector<std::pair<std::string, std::uint32_t>> texts;
        texts.reserve(space.values_.size());
        for (std::size_t v = 0; v < space.values_.size(); ++v) texts.push_back({std::to_string(space.values_[v]), static_cast<std::uint32_t>(v)});
        std::sort(texts.begin(), texts.end());
        for (std::size_t k = 0; k < texts.size(); ++k) value_key[texts[k].second] = static_cast<std::uint32_t>(n_terms + k);
    }
    const std::size_t n_keys = n_terms + space.values_.size();
    std::vector<std::vector<std::uint32_t>> chosen(n), wide(n);
    detail::parallel_for_blocks(n, jobs, [&](std::size_t d) {
        std::vector<std::pair<std::uint32_t, std::uint32_t>> ks, ws;  // (documents, key)
        auto add = [&](std::uint32_t c, std::uint32_t key) {
            if (c >= 2 && c <= story_block_cap) ks.push_back({c, key});
            else if (c > story_block_cap) ws.push_back({c, key});
        };
        for (const auto& t : feats[d].names) add(space.df_names_[t.term], t.term);
        for (std::uint32_t v : space.value_ids_[d]) add(space.df_values_[v], value_key[v]);
        auto rarest = [](std::vector<std::pair<std::uint32_t, std::uint32_t>>& from, std::size_t most, std::vector<std::uint32_t>& out) {
            const std::size_t keep = std::min(from.size(), most);
            std::partial_sort(from.begin(), from.begin() + static_cast<std::ptrdiff_t>(keep), from.end());
            out.reserve(keep);
            for (std::size_t k = 0; k < keep; ++k) out.push_back(from[k].second);
        };
        rarest(ks, story_block_keys, chosen[d]);
        rarest(ws, story_wide_keys, wide[d]);
    });
    // keys too common to pair all their documents (more than story_block_cap, up to every document
    // of the drop): each document is paired with its next story_wide_neighbours documents in
    // publication order, so that copies of one story printed by many outlets are still compared,
    // in linear time. The pairs are held
    // by their earlier document, as the blocked pairs below.
    lap("keys");
    std::vector<std::vector<std::uint32_t>> neighbours(n);
    {
        key_postings w = postings_of(wide, n_keys);
        release(wide);
        auto day = [&](std::uint32_t d) { return feats[d].published_day.value_or(std::numeric_limits<long>::min()); };
        for (std::size_t k = 0; k < n_keys; ++k) {
            const auto first = w.docs.begin() + w.start[k], last = w.docs.begin() + w.start[k + 1];
            std::stable_sort(first, last, [&](std::uint32_t a, std::uint32_t b) { return day(a) < day(b); });
            for (auto p = first; p != last; ++p)
                for (auto q = p + 1; q != last && q - p <= static_cast<std::ptrdiff_t>(story_wide_neighbours); ++q)
                    neighbours[std::min(*p, *q)].push_back(std::max(*p, *q));
        }
    }
    // postings of the chosen keys: documents in ascending order
    key_postings posting = postings_of(chosen, n_keys);
    // the pairs compared, held by their first document: sorted later documents and their scores
    // (scores below 0.05 say nothing and are held as 0); each pair is scored on its own
    std::vector<std::vector<std::uint32_t>> next(n);
    std::vector<std::vector<float>> scored(n);
    std::vector<std::vector<std::uint32_t>> apart(n);  // later documents kept apart
    struct pair_score {
        double score;
        std::uint32_t a, b;
    };
    std::vector<std::vector<pair_score>> strong(n);
    detail::parallel_for(n, jobs, [&](std::size_t i) {
        auto& nb = next[i];
        for (std::uint32_t k : chosen[i])
            for (std::uint32_t p = posting.start[k]; p < posting.start[k + 1]; ++p)
                if (posting.docs[p] > i) nb.push_back(posting.docs[p]);
        nb.insert(nb.end(), neighbours[i].begin(), neighbours[i].end());
        release(neighbours[i]);
        std::sort(nb.begin(), nb.end());
        nb.erase(std::unique(nb.begin(), nb.end()), nb.end());
        nb.shrink_to_fit();
        auto& sc = scored[i];
        sc.resize(nb.size());
        for (std::size_t k = 0; k < nb.size(); ++k) {
            const std::uint32_t j = nb[k];
            const double s = space.score(i, j);
            if (space.keeps_apart(i, j)) apart[i].push_back(j);
            sc[k] = s >= 0.05 ? static_cast<float>(s) : 0.0f;
            if (s >= story_threshold) strong[i].push_back({s, static_cast<std::uint32_t>(i), j});
        }
    });
    {
        std::size_t compared = 0;
        for (const auto& nb : next) compared += nb.size();
        spdlog::debug("stories: {} pairs compared for {} documents", compared, n);
    }
    lap("pairs scored");
    release(chosen);
    release(posting);
    // documents kept apart, both ways
    std::vector<std::size_t> cannot_start(n + 1, 0);
    for (std::size_t i = 0; i < n; ++i) {
        cannot_start[i + 1] += apart[i].size();
        for (std::uint32_t j : apart[i]) ++cannot_start[j + 1];
    }
    for (std::size_t i = 0; i < n; ++i) cannot_start[i + 1] += cannot_start[i];
    std::vector<std::uint32_t> cannot(cannot_start.back());
    {
        std::vector<std::size_t> fill(cannot_start.begin(), cannot_start.end() - 1);
        for (std::size_t i = 0; i < n; ++i) {
            for (std::uint32_t j : apart[i]) {
                cannot[fill[i]++] = j;
                cannot[fill[j]++] = static_cast<std::uint32_t>(i);
            }
            release(apart[i]);
        }
    }
    std::vector<pair_score> pairs;
    {
        std::size_t total = 0;
        for (const auto& s : strong) total += s.size();
        pairs.reserve(total);
        for (auto& s : strong) {
            pairs.insert(pairs.end(), s.begin(), s.end());
            release(s);
        }
    }
    lap("pairs kept apart");
    auto better = [](const pair_score& x, const pair_score& y) {
        return x.score != y.score ? x.score > y.score : std::tie(x.a, x.b) < std::tie(y.a, y.b);
    };
    if (jobs > 1 && pairs.size() > 4096) {
        // a total order: two sorted halves merged are the sorted whole
        const auto mid = pairs.begin() + static_cast<std::ptrdiff_t>(pairs.size() / 2);
        detail::parallel_for(2, 2, [&](std::size_t h) {
            if (h == 0) std::sort(pairs.begin(), mid, better);
            else std::sort(mid, pairs.end(), better);
        });
        std::inplace_merge(pairs.begin(), mid, pairs.end(), better);
    } else {
        std::sort(pairs.begin(), pairs.end(), better);
    }
    auto find_pair = [&](std::size_t x, std::size_t y) -> const float* {
        const std::size_t a = std::min(x, y), b = std::max(x, y);
        const auto& nb = next[a];
        auto it = std::lower_bound(nb.begin(), nb.end(), static_cast<std::uint32_t>(b));
        if (it == nb.end() || *it != b) return nullptr;
        return &scored[a][static_cast<std::size_t>(it - nb.begin())];
    };
    auto pair_key = [](std::size_t a, std::size_t b) {
        return (static_cast<std::uint64_t>(std::min(a, b)) << 32) | static_cast<std::uint64_t>(std::max(a, b));
    };

    std::vector<std::size_t> cluster(n);
    std::vector<std::vector<std::size_t>> members(n);
    for (std::size_t i = 0; i < n; ++i) {
        cluster[i] = i;
        members[i] = {i};
    }
    // stories only grow, so two that could not merge never can: remember them
    std::unordered_set<std::uint64_t> refused;
    // What the samples of two stories say: their first story_sample members, xs[0, na) and
    // ys[0, nb). Reads nothing that the merge below changes.
    enum class sampled : std::uint8_t { apart, weak, joins };
    auto judge = [&](const std::size_t* xs, std::size_t na, const std::size_t* ys, std::size_t nb) {
        // pairs that blocking never compared: a sample of them may still keep the stories apart
        for (std::size_t a = 0; a < na; ++a)
            for (std::size_t b = 0; b < nb; ++b)
                if (!find_pair(xs[a], ys[b]) && space.keeps_apart(xs[a], ys[b])) return sampled::apart;
        // the two stories must also agree on average, not through one pair alone (on a sample of
        // their first members, so that large stories merge in bounded time). A sampled pair that
        // blocking did not compare is scored here among the first story_sample_scored members of
        // each, and left out past them: the copies of a widely printed story are compared only
        // with their neighbours, which are seldom among their story's first members.
        double sum = 0;
        std::size_t pairs_seen = 0;
        for (std::size_t a = 0; a < na; ++a)
            for (std::size_t b = 0; b < nb; ++b) {
                const std::size_t x = xs[a], y = ys[b];
                double v;
                if (const float* s = find_pair(x, y)) v = *s;
                else if (a < story_sample_scored && b < story_sample_scored) v = space.score(x, y);
                else continue;
                sum += v >= 0.05 ? v : 0.0;
                ++pairs_seen;
            }
        return sum / static_cast<double>(pairs_seen) < story_average ? sampled::weak : sampled::joins;
    };
    auto sample_of = [&](std::size_t c) { return std::min(members[c].size(), story_sample); };

    // The merge is greedy, one pair after another, but judging the samples of a pair's stories
    // (scoring the pairs blocking did not compare) is most of its cost, and depends on nothing but
    // the two samples. So with several threads the pairs are taken a window at a time: a quick
    // pass foresees the samples each pair will be judged with, supposing that every pair judged
    // merges (nearly all do), the samples foreseen are judged on threads, and the greedy pass
    // takes a judgement when the samples it meets are those foreseen, and judges again otherwise.
    // The stories are the same with any number of threads.
    struct guess {
        std::vector<std::size_t> xs, ys;  ///< the samples foreseen; both empty: none
        sampled verdict = sampled::weak;
    };
    const std::size_t window = jobs > 1 ? 2048 : 0;
    std::vector<guess> guesses(window);
    // the stories as the quick pass foresees them: where a story went, and new samples
    std::unordered_map<std::size_t, std::size_t> went;
    std::unordered_map<std::size_t, std::vector<std::size_t>> sample_now;
    auto foresee = [&](std::size_t from, std::size_t to) {
        went.clear();
        sample_now.clear();
        auto where = [&](std::size_t c) {
            for (auto it = went.find(c); it != went.end(); it = went.find(c)) c = it->second;
            return c;
        };
        auto sample = [&](std::size_t c) {
            if (auto it = sample_now.find(c); it != sample_now.end()) return it->second;
            return std::vector<std::size_t>(members[c].begin(), members[c].begin() + static_cast<std::ptrdiff_t>(sample_of(c)));
        };
        for (std::size_t k = from; k < to; ++k) {
            guess& g = guesses[k - from];
            g.xs.clear();
            g.ys.clear();
            const std::size_t ca = where(cluster[pairs[k].a]), cb = where(cluster[pairs[k].b]);
            if (ca == cb || refused.count(pair_key(ca, cb))) continue;
            g.xs = sample(ca);
            g.ys = sample(cb);
            std::vector<std::size_t> joined = g.xs;
            for (std::size_t m = 0; m < g.ys.size() && joined.size() < story_sample; ++m) joined.push_back(g.ys[m]);
            sample_now[ca] = std::move(joined);
            went[cb] = ca;
        }
    };

    for (std::size_t from = 0; from < pairs.size();) {
        const std::size_t to = window ? std::min(pairs.size(), from + window) : pairs.size();
        if (window) {
            foresee(from, to);
            detail::parallel_for(to - from, jobs, [&](std::size_t k) {
                guess& g = guesses[k];
                if (!g.xs.empty()) g.verdict = judge(g.xs.data(), g.xs.size(), g.ys.data(), g.ys.size());
            });
        }
        for (std::size_t k = from; k < to; ++k) {
            const pair_score& p = pairs[k];
            std::size_t ca = cluster[p.a], cb = cluster[p.b];
            if (ca == cb || refused.count(pair_key(ca, cb))) continue;
            bool blocked = false;
            const auto& small = members[ca].size() < members[cb].size() ? members[ca] : members[cb];
            const std::size_t other = members[ca].size() < members[cb].size() ? cb : ca;
            for (std::size_t m = 0; m < small.size() && !blocked; ++m)
                for (std::size_t c = cannot_start[small[m]]; c < cannot_start[small[m] + 1]; ++c)
                    if (cluster[cannot[c]] == other) {
                        blocked = true;
                        break;
                    }
            if (!blocked) {
                const std::size_t na = sample_of(ca), nb = sample_of(cb);
                const guess* g = window ? &guesses[k - from] : nullptr;
                const bool foreseen = g && g->xs.size() == na && g->ys.size() == nb &&
                                      std::equal(g->xs.begin(), g->xs.end(), members[ca].begin()) &&
                                      std::equal(g->ys.begin(), g->ys.end(), members[cb].begin());
                blocked = (foreseen ? g->verdict : judge(members[ca].data(), na, members[cb].data(), nb)) != sampled::joins;
            }
            if (blocked) {
                refused.insert(pair_key(ca, cb));
                continue;
            }
            for (std::size_t y : members[cb]) {
                cluster[y] = ca;
                members[ca].push_back(y);
            }
            release(members[cb]);
        }
        from = to;
    }

    lap("merge");
    std::vector<story> out;
    std::vector<std::pair<std::size_t, std::size_t>> parts_of;  // per story: (part, parts)
    std::vector<bool> done(n, false);
    for (std::size_t i = 0; i < n; ++i) {
        std::size_t c = cluster[i];
        if (done[c]) continue;
        done[c] = true;
        std::vector<std::size_t> docs = std::move(members[c]);
        if (docs.size() <= std::max<std::size_t>(max_documents, 1)) {
            story s;
            s.documents = std::move(docs);
            std::sort(s.documents.begin(), s.documents.end());
            out.push_back(std::move(s));
            parts_of.push_back({0, 0});
            continue;
        }
        // a story too big to group at once is cross-checked in parts of consecutive documents in
        // publication order (grouping reads a part whole; copies of a wire story printed within
        // a few days fall in one part)
        auto day = [&](std::size_t d) { return feats[d].published_day.value_or(std::numeric_limits<long>::min()); };
        std::sort(docs.begin(), docs.end(), [&](std::size_t a, std::size_t b) { return std::pair(day(a), a) < std::pair(day(b), b); });
        const std::size_t most = std::max<std::size_t>(max_documents, 1);
        const std::size_t parts = (docs.size() + most - 1) / most;
        for (std::size_t p = 0; p < parts; ++p) {
            story s;
            // parts of equal size, told apart by publication
            const auto first = docs.begin() + static_cast<std::ptrdiff_t>(docs.size() * p / parts);
            const auto last = docs.begin() + static_cast<std::ptrdiff_t>(docs.size() * (p + 1) / parts);
            s.documents.assign(first, last);
            std::sort(s.documents.begin(), s.documents.end());
            out.push_back(std::move(s));
            parts_of.push_back({p + 1, parts});
        }
    }
    {
        // stories in the order of their first documents, as one story per cluster gave them
        std::vector<std::size_t> order(out.size());
        std::iota(order.begin(), order.end(), std::size_t{0});
        std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return out[a].documents.front() < out[b].documents.front(); });
        std::vector<story> sorted;
        std::vector<std::pair<std::size_t, std::size_t>> sorted_parts;
        sorted.reserve(out.size());
        for (std::size_t k : order) {
            sorted.push_back(std::move(out[k]));
            sorted_parts.push_back(parts_of[k]);
        }
        out = std::move(sorted);
        parts_of = std::move(sorted_parts);
        for (std::size_t k = 0; k < out.size(); ++k) out[k].id = "s" + std::to_string(k + 1);
    }
    // label: the names most shared by its documents (each name's weights summed in document order),
    // leaving out names found in every document, which tell no story from another
    detail::parallel_for(out.size(), jobs, [&](std::size_t si) {
        story& s = out[si];
        struct entry {
            std::uint32_t term;
            double w;
        };
        std::vector<entry> all;
        // (when every name is in every document, as in a folder of one story, they are all it has)
        for (const bool skip_everywhere : {true, false}) {
            for (std::size_t d : s.documents)
                for (const auto& t : feats[d].names)
                    if (!skip_everywhere || !space.everywhere(space.df_names_[t.term]))
                        all.push_back({t.term, space.weight(t, space.df_names_, space.norm_names_[d])});
            if (!all.empty()) break;
        }
        std::stable_sort(all.begin(), all.end(), [](const entry& a, const entry& b) { return a.term < b.term; });
        std::vector<std::pair<double, std::uint32_t>> ranked;
        for (std::size_t k = 0; k < all.size();) {
            double w = 0;
            std::size_t e = k;
            for (; e < all.size() && all[e].term == all[k].term; ++e) w += all[e].w;
            ranked.push_back({-w, all[k].term});
            k = e;
        }
        const std::size_t top = std::min<std::size_t>(ranked.size(), 4);
        std::partial_sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(top), ranked.end());
        for (std::size_t k = 0; k < top; ++k) s.label += (k ? ", " : "") + std::string(space.terms_[ranked[k].second]);
        if (parts_of[si].second)
            s.label += " (part " + std::to_string(parts_of[si].first) + " of " + std::to_string(parts_of[si].second) + ")";
    });
    lap("labels");
    return out;
}

}  // namespace claimcheck::engine
