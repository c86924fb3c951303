// Story scoping: which documents cover the same event.
//
// Content similarity alone mixes events of the same kind (two quakes at the same place score
// higher than two reports of one quake), so the score adds what tells events apart: shared
// distinctive figures raise it, and two documents that report different values for the same
// distinctive count or magnitude, with no figure in common, are never put in one story.
// Documents merge greedily, best pair first, while no such conflict arises inside a story.
#include <algorithm>
#include <cstdint>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <map>
#include <unordered_set>
#include <set>
#include <unordered_map>

#include "engine/pipeline.hpp"
#include "engine/reconcile.hpp"
#include "engine/stories.hpp"
#include "grammar/context.hpp"
#include "grammar/lexicon.hpp"

namespace claimcheck::engine {

namespace {

double cosine(const sparse& a, const sparse& b) {
    const sparse& small = a.size() < b.size() ? a : b;
    const sparse& large = a.size() < b.size() ? b : a;
    double s = 0;
    for (const auto& [k, v] : small)
        if (auto it = large.find(k); it != large.end()) s += v * it->second;
    return s;
}

/// A count that is unlikely to recur by chance: 10 or more, two significant digits or more
/// (390, 23, 145; not 30, 100, 1000), not a year.
bool distinctive(double v) {
    if (v < 10 || v != std::floor(v) || v > 1e15 || (v >= 1900 && v <= 2100)) return false;
    auto n = static_cast<long long>(v);
    while (n % 10 == 0) n /= 10;
    return n >= 10;
}

std::string figure_key(const grammar::claim& c) {
    if (!c.q.unit.empty()) return c.q.unit;
    if (!c.counted.cls.empty()) return c.counted.cls;
    return c.counted.lemma;
}

}  // namespace

story_features features_of(const document_result& dr) {
    story_features f;
    const auto& stop = grammar::lexicon_set("stopwords");
    const auto& name_stop = grammar::lexicon_set("name_stopwords");
    grammar::text_input in{dr.doc.folded.text, dr.doc.folded.lower};
    for (const auto& s : dr.sentences) {
        auto toks = grammar::tokenize(in, s.begin, s.end);
        bool first = true;
        for (auto& t : toks) {
            if (!t.word) {
                if (t.lower == "\"") first = true;
                continue;
            }
            std::string& w = t.lower;  // the token is ours: no copy
            if (w.size() > 2 && w.compare(w.size() - 2, 2, "'s") == 0) w.erase(w.size() - 2);
            static const std::set<std::string> days{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
            if (w.size() >= 6 && w.size() <= 9 && w.compare(w.size() - 3, 3, "day") == 0 && days.count(w)) f.weekdays.insert(w);
            if (t.capitalised && !first && w.size() >= 3 && !name_stop.count(w)) f.names[w] += 1;
            if (w.size() >= 4 && std::all_of(w.begin(), w.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '-'; }) &&
                !stop.count(w))
                f.words[w] += 1;
            first = false;
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
    for (const auto& c : dr.claims) {
        if (!c.value) continue;
        double v = *c.value;
        const std::string key = figure_key(c);
        if (c.q.kind == grammar::quantity_kind::count && distinctive(v)) f.values.insert(v);
        if (key.empty() || (v <= 3 && c.q.unit.empty())) continue;
        f.figures.insert({v, key});
        // distinctive measures whose values tell events apart
        if ((c.q.unit.empty() && c.q.kind == grammar::quantity_kind::count && !c.counted.cls.empty() &&
             c.counted.cls != "person") ||
            c.q.dimension == "magnitude")
            f.signature[key].insert(v);
    }
    return f;
}

story_link compare(const story_features& a, const story_features& b) {
    story_link l;
    for (const auto& fig : a.figures)
        if (b.figures.count(fig)) ++l.shared_figures;
    for (double v : a.values)
        if (b.values.count(v)) ++l.shared_values;
    for (const auto& [key, va] : a.signature) {
        auto it = b.signature.find(key);
        if (it == b.signature.end()) continue;
        bool common = std::any_of(va.begin(), va.end(), [&](double v) { return it->second.count(v) > 0; });
        if (!common) l.conflicts.push_back(key);
    }
    if (a.published_day && b.published_day && std::labs(*a.published_day - *b.published_day) > story_max_days)
        l.different_days = true;
    if (!a.weekdays.empty() && !b.weekdays.empty() && !l.different_days)
        l.different_days = std::none_of(a.weekdays.begin(), a.weekdays.end(), [&](const std::string& d) { return b.weekdays.count(d) > 0; });
    return l;
}

namespace {
std::vector<story_features> features_of_all(const std::vector<document_result>& docs, unsigned jobs) {
    // each document's features are its own: threads share the documents, and each fills its
    // slot, so nothing depends on the number of threads
    std::vector<story_features> feats(docs.size());
    detail::parallel_for_blocks(docs.size(), jobs, [&](std::size_t i) { feats[i] = features_of(docs[i]); });
    return feats;
}
}  // namespace

story_space::story_space(const std::vector<document_result>& docs, unsigned jobs)
    : story_space(features_of_all(docs, jobs), jobs) {}

story_space::story_space(std::vector<story_features> feats, unsigned jobs)
    : n_(feats.size()), jobs_(jobs), feats_(std::move(feats)) {
    // document frequencies: counted over slices of the documents, then summed
    struct frequencies {
        std::unordered_map<std::string, int> names, words;
        std::map<std::pair<double, std::string>, int> figures;
        std::map<double, int> values;
    };
    const std::size_t slices = std::clamp<std::size_t>(jobs, 1, std::max<std::size_t>(n_, 1));
    std::vector<frequencies> part(slices);
    detail::parallel_for(slices, jobs, [&](std::size_t p) {
        frequencies& df = part[p];
        for (std::size_t i = n_ * p / slices; i < n_ * (p + 1) / slices; ++i) {
            const auto& f = feats_[i];
            for (const auto& fig : f.figures) ++df.figures[fig];
            for (const auto& [k, _] : f.names) ++df.names[k];
            for (const auto& [k, _] : f.words) ++df.words[k];
            for (double v : f.values) ++df.values[v];
        }
    });
    frequencies& df = part.front();
    for (std::size_t p = 1; p < slices; ++p) {
        for (const auto& [k, c] : part[p].names) df.names[k] += c;
        for (const auto& [k, c] : part[p].words) df.words[k] += c;
        for (const auto& [k, c] : part[p].figures) df.figures[k] += c;
        for (const auto& [k, c] : part[p].values) df.values[k] += c;
        part[p] = frequencies();
    }
    df_figures_ = std::move(df.figures);
    df_values_ = std::move(df.values);
    // tf-idf vectors of names and of words (smoothed idf, so that two documents still compare);
    // the logarithms are looked up, the same values as computed each time
    std::vector<double> idf(n_ + 1, 0.0);
    for (std::size_t d = 1; d <= n_; ++d) idf[d] = std::log(1.0 + static_cast<double>(n_) / static_cast<double>(d));
    std::vector<double> tf(64);
    for (std::size_t c = 1; c < tf.size(); ++c) tf[c] = 1 + std::log(static_cast<int>(c));
    auto vectorise = [&](const std::unordered_map<std::string, int>& counts, const std::unordered_map<std::string, int>& df) {
        sparse v;
        double norm = 0;
        for (const auto& [k, c] : counts) {
            int d = df.at(k);
            if (n_ > 2 && static_cast<std::size_t>(d) == n_) continue;  // in every document: says nothing
            double w = (static_cast<std::size_t>(c) < tf.size() ? tf[c] : 1 + std::log(c)) * idf[d];
            v[k] = w;
            norm += w * w;
        }
        norm = std::sqrt(norm);
        if (norm > 0)
            for (auto& [k, w] : v) w /= norm;
        return v;
    };
    names_.resize(n_);
    words_.resize(n_);
    detail::parallel_for_blocks(n_, jobs, [&](std::size_t i) {
        names_[i] = vectorise(feats_[i].names, df.names);
        words_[i] = vectorise(feats_[i].words, df.words);
        feats_[i].words = {};  // only the vector is read from now on
    });
}

story_space::~story_space() {
    try {
        // each thread frees the documents it made (parallel_for_blocks), in its own malloc arena
        detail::parallel_for_blocks(n_, jobs_, [&](std::size_t i) {
            feats_[i] = story_features();
            names_[i] = sparse();
            words_[i] = sparse();
        });
    } catch (...) {
        // no thread to spare: the members free what is left
    }
}

double story_space::score(std::size_t i, std::size_t j) const {
    const double text = cosine(names_[i], names_[j]) + cosine(words_[i], words_[j]);
    double s = text;
    // shared figures count only between documents that already talk alike
    if (text >= story_min_text) {
        for (double v : feats_[i].values)
            if (feats_[j].values.count(v)) s += story_value_weight * std::log(1.0 + static_cast<double>(n_) / df_values_.at(v));
        for (const auto& fig : feats_[i].figures)
            if (feats_[j].figures.count(fig) && !feats_[j].values.count(fig.first))
                s += story_value_weight * std::log(1.0 + static_cast<double>(n_) / df_figures_.at(fig));
    }
    return s;
}

story_link story_space::link(std::size_t i, std::size_t j) const { return compare(feats_[i], feats_[j]); }

std::vector<story> find_stories(const std::vector<document_result>& docs, unsigned jobs) {
    return find_stories(features_of_all(docs, jobs), jobs);
}

std::vector<story> find_stories(std::vector<story_features> feats_in, unsigned jobs) {
    const std::size_t n = feats_in.size();
    const story_space space(std::move(feats_in), jobs);
    const auto& feats = space.features();

    struct pair_score {
        double score;
        std::size_t a, b;
    };
    std::vector<pair_score> pairs;
    std::vector<std::vector<std::size_t>> cannot(n);
    // scores of the pairs that say anything (missing: 0), for the average guard
    std::unordered_map<std::uint64_t, float> score;
    auto pair_key = [](std::size_t a, std::size_t b) {
        return (static_cast<std::uint64_t>(std::min(a, b)) << 32) | static_cast<std::uint64_t>(std::max(a, b));
    };
    // blocking: only documents that share a rare name or a distinctive figure are compared, so
    // the cost follows the number of such pairs, not the square of the drop
    // each document is compared through its few rarest shared features only: at most
    // story_block_keys postings of at most story_block_cap documents each, so the number of
    // pairs grows linearly with the drop
    std::unordered_map<std::string, std::vector<std::size_t>> all_postings;
    for (std::size_t i = 0; i < n; ++i) {
        for (const auto& [k, _] : feats[i].names) all_postings["n:" + k].push_back(i);
        for (double v : feats[i].values) all_postings["v:" + std::to_string(v)].push_back(i);
    }
    std::unordered_map<std::string, std::vector<std::size_t>> postings;
    {
        std::vector<std::vector<std::pair<std::size_t, const std::string*>>> keys(n);
        for (const auto& [k, docs_with] : all_postings)
            if (docs_with.size() >= 2 && docs_with.size() <= story_block_cap)
                for (std::size_t d : docs_with) keys[d].push_back({docs_with.size(), &k});
        for (std::size_t d = 0; d < n; ++d) {
            auto& ks = keys[d];
            std::sort(ks.begin(), ks.end(), [](const auto& a, const auto& b) {
                return a.first != b.first ? a.first < b.first : *a.second < *b.second;
            });
            for (std::size_t k = 0; k < ks.size() && k < story_block_keys; ++k) postings[*ks[k].second].push_back(d);
        }
    }
    const std::size_t cap = story_block_cap;
    std::unordered_set<std::uint64_t> compared;
    std::vector<std::pair<std::size_t, std::size_t>> todo;
    for (const auto& [_, docs_with] : postings) {
        if (docs_with.size() < 2 || docs_with.size() > cap) continue;
        for (std::size_t a = 0; a < docs_with.size(); ++a)
            for (std::size_t b = a + 1; b < docs_with.size(); ++b)
                if (compared.insert(pair_key(docs_with[a], docs_with[b])).second)
                    todo.push_back({std::min(docs_with[a], docs_with[b]), std::max(docs_with[a], docs_with[b])});
    }
    // each pair is scored on its own (on `jobs` threads), then recorded in the order above
    struct evaluation {
        double score;
        bool apart;
    };
    std::vector<evaluation> evaluated(todo.size());
    detail::parallel_for(todo.size(), jobs, [&](std::size_t k) {
        const auto [i, j] = todo[k];
        evaluated[k] = {space.score(i, j), space.link(i, j).keeps_apart()};
    });
    for (std::size_t k = 0; k < todo.size(); ++k) {
        const auto [i, j] = todo[k];
        const double s = evaluated[k].score;
        if (evaluated[k].apart) {
            cannot[i].push_back(j);
            cannot[j].push_back(i);
        }
        if (s >= 0.05) score[pair_key(i, j)] = static_cast<float>(s);
        if (s >= story_threshold) pairs.push_back({s, i, j});
    }
    std::sort(pairs.begin(), pairs.end(), [](const pair_score& x, const pair_score& y) {
        return x.score != y.score ? x.score > y.score : std::tie(x.a, x.b) < std::tie(y.a, y.b);
    });

    std::vector<std::size_t> cluster(n);
    std::vector<std::vector<std::size_t>> members(n);
    for (std::size_t i = 0; i < n; ++i) {
        cluster[i] = i;
        members[i] = {i};
    }
    // stories only grow, so two that could not merge never can: remember them
    std::unordered_set<std::uint64_t> refused;
    for (const auto& p : pairs) {
        std::size_t ca = cluster[p.a], cb = cluster[p.b];
        if (ca == cb || refused.count(pair_key(ca, cb))) continue;
        bool blocked = false;
        const auto& small = members[ca].size() < members[cb].size() ? members[ca] : members[cb];
        const std::size_t other = members[ca].size() < members[cb].size() ? cb : ca;
        for (std::size_t x : small)
            for (std::size_t y : cannot[x])
                if (cluster[y] == other) blocked = true;
        // pairs that blocking never compared: a sample of them may still keep the stories apart
        for (std::size_t a = 0; a < members[ca].size() && a < story_sample && !blocked; ++a)
            for (std::size_t b = 0; b < members[cb].size() && b < story_sample && !blocked; ++b) {
                std::size_t x = members[ca][a], y = members[cb][b];
                if (!compared.count(pair_key(x, y)) && space.link(x, y).keeps_apart()) blocked = true;
            }
        if (blocked) {
            refused.insert(pair_key(ca, cb));
            continue;
        }
        // the two stories must also agree on average, not through one pair alone (on a sample of
        // their first members, so that large stories merge in bounded time)
        double sum = 0;
        std::size_t pairs_seen = 0;
        for (std::size_t a = 0; a < members[ca].size() && a < story_sample; ++a)
            for (std::size_t b = 0; b < members[cb].size() && b < story_sample; ++b) {
                auto it = score.find(pair_key(members[ca][a], members[cb][b]));
                sum += it == score.end() ? 0.0 : it->second;
                ++pairs_seen;
            }
        if (sum / static_cast<double>(pairs_seen) < story_average) {
            refused.insert(pair_key(ca, cb));
            continue;
        }
        for (std::size_t y : members[cb]) {
            cluster[y] = ca;
            members[ca].push_back(y);
        }
        members[cb].clear();
    }

    std::vector<story> out;
    std::vector<bool> done(n, false);
    for (std::size_t i = 0; i < n; ++i) {
        std::size_t c = cluster[i];
        if (done[c]) continue;
        done[c] = true;
        story s;
        s.id = "s" + std::to_string(out.size() + 1);
        s.documents = std::move(members[c]);
        std::sort(s.documents.begin(), s.documents.end());
        out.push_back(std::move(s));
    }
    // label: the names most shared by its documents
    detail::parallel_for(out.size(), jobs, [&](std::size_t si) {
        story& s = out[si];
        std::unordered_map<std::string, double> weight;
        for (std::size_t d : s.documents)
            for (const auto& [k, w] : space.names(d)) weight[k] += w;
        std::vector<std::pair<double, std::string>> ranked;
        for (const auto& [k, w] : weight) ranked.push_back({-w, k});
        std::sort(ranked.begin(), ranked.end());
        for (std::size_t k = 0; k < ranked.size() && k < 4; ++k) s.label += (k ? ", " : "") + ranked[k].second;
    });
    return out;
}

}  // namespace claimcheck::engine
