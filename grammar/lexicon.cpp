#include "grammar/lexicon.hpp"

#include <cstring>
#include <map>
#include <memory>
#include <mutex>
#include <stdexcept>

namespace claimcheck::grammar {
namespace detail {
extern const std::pair<std::string_view, std::string_view> lexicon_files[];
extern const unsigned lexicon_file_count;
}  // namespace detail

namespace {
/// How many times `c` is in `s`, found with memchr (std::count reads a byte a step).
std::size_t count_of(std::string_view s, char c) {
    std::size_t n = 0;
    for (const char *p = s.data(), *end = p + s.size(); (p = static_cast<const char*>(std::memchr(p, c, static_cast<std::size_t>(end - p)))); ++p)
        ++n;
    return n;
}
}  // namespace

lexicon_table parse_lexicon(std::string_view text) {
    lexicon_table t;
    // room made once (at most a row a line, a column a tab and one): every lexicon is read at
    // start-up, and the growing of vectors was most of what that cost
    t.rows.reserve(count_of(text, '\n') + 1);
    std::size_t pos = 0;
    while (pos <= text.size()) {
        std::size_t nl = text.find('\n', pos);
        if (nl == std::string_view::npos) nl = text.size();
        std::string_view line = text.substr(pos, nl - pos);
        pos = nl + 1;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (line.empty() || line.front() == '#') continue;
        std::vector<std::string> cols;
        cols.reserve(count_of(line, '\t') + 1);
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
/// The forms of one lexicon besides its rows, each made the first time it is asked for: a run
/// reads a few forms of a few lexicons, and making every form of every one cost more than the
/// extraction of a small input. (`words` and `pairs` are made then too: each holds a 4 KB
/// word_filter, and zeroing two for every lexicon at start-up was a third of reading them.)
struct forms {
    std::once_flag rows_once, set_once, map_once, words_once, pairs_once;
    std::string_view text;  ///< the file, parsed into `rows` the first time it is asked for
    lexicon_table rows;
    std::unordered_set<std::string> set;
    std::unordered_map<std::string, std::string> map;
    std::unique_ptr<word_set> words;
    std::unique_ptr<word_map> pairs;
};
/// Every lexicon by name, each parsed the first time it is asked for (a run reads some of them).
struct store {
    mutable std::map<std::string, forms, std::less<>> lexicons;  ///< nodes never move
    store() {
        for (unsigned i = 0; i < detail::lexicon_file_count; ++i)
            lexicons[std::string(detail::lexicon_files[i].first)].text = detail::lexicon_files[i].second;
    }
};
const store& the_store() {
    // never destroyed (as the tables below that are made once): they live as long as the program,
    // and freeing their thousands of small strings at exit cost more than reading a small input
    static const store& s = *new store;
    return s;
}
template <class M>
auto& find_or_throw(M& m, std::string_view name) {
    auto it = m.find(name);
    if (it == m.end()) throw std::out_of_range("unknown lexicon: " + std::string(name));
    return it->second;
}
/// The rows of lexicon `name` and its forms (throws for an unknown name).
std::pair<const lexicon_table*, forms*> table_and_forms(std::string_view name) {
    forms* f = &find_or_throw(the_store().lexicons, name);
    std::call_once(f->rows_once, [f] { f->rows = parse_lexicon(f->text); });
    return {&f->rows, f};
}
}  // namespace

const lexicon_table& lexicon(std::string_view name) { return *table_and_forms(name).first; }
const std::unordered_set<std::string>& lexicon_set(std::string_view name) {
    auto [t, f] = table_and_forms(name);
    std::call_once(f->set_once, [t = t, f = f] { f->set = t->set(); });
    return f->set;
}
const std::unordered_map<std::string, std::string>& lexicon_map(std::string_view name) {
    auto [t, f] = table_and_forms(name);
    std::call_once(f->map_once, [t = t, f = f] { f->map = t->map(); });
    return f->map;
}
// the same rows in the same order as set() and map(): the first of two equal keys wins
const word_set& lexicon_words(std::string_view name) {
    auto [t, f] = table_and_forms(name);
    std::call_once(f->words_once, [t = t, f = f] {
        f->words = std::make_unique<word_set>();
        for (const auto& r : t->rows) f->words->insert(r[0]);
    });
    return *f->words;
}
const word_map& lexicon_pairs(std::string_view name) {
    auto [t, f] = table_and_forms(name);
    std::call_once(f->pairs_once, [t = t, f = f] {
        f->pairs = std::make_unique<word_map>();
        for (const auto& r : t->rows) f->pairs->emplace(r[0], r.size() > 1 ? r[1] : std::string());
    });
    return *f->pairs;
}

}  // namespace claimcheck::grammar
