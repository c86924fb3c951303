#include "grammar/lexicon.hpp"

#include <map>
#include <mutex>
#include <stdexcept>

namespace claimcheck::grammar {
namespace detail {
extern const std::pair<std::string_view, std::string_view> lexicon_files[];
extern const unsigned lexicon_file_count;
}  // namespace detail

lexicon_table parse_lexicon(std::string_view text) {
    lexicon_table t;
    std::size_t pos = 0;
    while (pos <= text.size()) {
        std::size_t nl = text.find('\n', pos);
        if (nl == std::string_view::npos) nl = text.size();
        std::string_view line = text.substr(pos, nl - pos);
        pos = nl + 1;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (line.empty() || line.front() == '#') continue;
        std::vector<std::string> cols;
        std::size_t c = 0;
        while (true) {
            std::size_t tab = line.find('\t', c);
            cols.emplace_back(line.substr(c, tab == std::string_view::npos ? std::string_view::npos : tab - c));
            if (tab == std::string_view::npos) break;
            c = tab + 1;
        }
        t.rows.push_back(std::move(cols));
    }
    return t;
}

std::unordered_map<std::string, std::string> lexicon_table::map() const {
    std::unordered_map<std::string, std::string> m;
    for (const auto& r : rows) m.emplace(r[0], r.size() > 1 ? r[1] : std::string());
    return m;
}

std::unordered_set<std::string> lexicon_table::set() const {
    std::unordered_set<std::string> s;
    for (const auto& r : rows) s.insert(r[0]);
    return s;
}

namespace {
struct store {
    std::map<std::string, lexicon_table, std::less<>> tables;
    std::map<std::string, std::unordered_set<std::string>, std::less<>> sets;
    std::map<std::string, std::unordered_map<std::string, std::string>, std::less<>> maps;
    std::map<std::string, word_set, std::less<>> word_sets;
    std::map<std::string, word_map, std::less<>> word_maps;
    store() {
        for (unsigned i = 0; i < detail::lexicon_file_count; ++i)
            tables.emplace(std::string(detail::lexicon_files[i].first), parse_lexicon(detail::lexicon_files[i].second));
        for (auto& [k, t] : tables) {
            sets.emplace(k, t.set());
            maps.emplace(k, t.map());
            // the same rows in the same order as set() and map(): the first of two equal keys wins
            word_set ws;
            word_map wm;
            for (const auto& r : t.rows) {
                ws.insert(r[0]);
                wm.emplace(r[0], r.size() > 1 ? r[1] : std::string());
            }
            word_sets.emplace(k, std::move(ws));
            word_maps.emplace(k, std::move(wm));
        }
    }
};
const store& the_store() {
    static const store s;
    return s;
}
template <class M>
const auto& find_or_throw(const M& m, std::string_view name) {
    auto it = m.find(name);
    if (it == m.end()) throw std::out_of_range("unknown lexicon: " + std::string(name));
    return it->second;
}
}  // namespace

const lexicon_table& lexicon(std::string_view name) { return find_or_throw(the_store().tables, name); }
const std::unordered_set<std::string>& lexicon_set(std::string_view name) { return find_or_throw(the_store().sets, name); }
const std::unordered_map<std::string, std::string>& lexicon_map(std::string_view name) {
    return find_or_throw(the_store().maps, name);
}
const word_set& lexicon_words(std::string_view name) { return find_or_throw(the_store().word_sets, name); }
const word_map& lexicon_pairs(std::string_view name) { return find_or_throw(the_store().word_maps, name); }

}  // namespace claimcheck::grammar
