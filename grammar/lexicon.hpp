#pragma once
// Word lists held as data (grammar/lexicon/*.tsv, compiled into the binary).
#include <array>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace claimcheck::grammar {

/// One lexicon file: rows of tab-separated columns, comments and blank lines dropped.
struct lexicon_table {
    std::vector<std::vector<std::string>> rows;
    /// first column -> second column (or "" when the row has one column).
    std::unordered_map<std::string, std::string> map() const;
    /// the set of first columns.
    std::unordered_set<std::string> set() const;
};

/// The lexicon named `name` (file stem, e.g. "units"); throws std::out_of_range if unknown.
const lexicon_table& lexicon(std::string_view name);

/// Parses TSV text (exposed for tests).
lexicon_table parse_lexicon(std::string_view text);

/// Cached first-column set of a lexicon, for hot lookups.
const std::unordered_set<std::string>& lexicon_set(std::string_view name);
/// Cached first->second column map of a lexicon.
const std::unordered_map<std::string, std::string>& lexicon_map(std::string_view name);

/// A hash that takes std::string and std::string_view alike, so that a word of the text is
/// looked up where it lies, without building a std::string for the question. Inline and made for
/// words (a few bytes): eight bytes a step, where std::hash calls out to a general byte hash.
/// Nothing iterates a word_set or word_map in an order that shows (a lookup is all they do), so
/// the hash is free to change. Not noexcept, on purpose: libstdc++ then keeps each word's hash in
/// its node, and a lookup compares hashes before words and tells where a bucket ends without
/// hashing the next word of the bucket again.
struct word_hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const {
        const char* p = s.data();
        std::size_t n = s.size();
        std::uint64_t h = 0x9e3779b97f4a7c15ULL ^ n;
        for (; n >= 8; p += 8, n -= 8) {
            std::uint64_t v;
            std::memcpy(&v, p, 8);
            h = (h ^ v) * 0xbf58476d1ce4e5b9ULL;
            h ^= h >> 29;
        }
        // the last (up to) seven bytes in two loads that may overlap, or three bytes of a short
        // tail (the length is in `h` already): not a byte a step
        std::uint64_t v = 0;
        if (n >= 4) {
            std::uint32_t a, b;
            std::memcpy(&a, p, 4);
            std::memcpy(&b, p + n - 4, 4);
            v = a | (static_cast<std::uint64_t>(b) << 32);
        } else if (n > 0) {
            auto byte = [&](std::size_t k) { return static_cast<std::uint64_t>(static_cast<unsigned char>(p[k])); };
            v = byte(0) | (byte(n / 2) << 8) | (byte(n - 1) << 16);
        }
        h = (h ^ v) * 0x94d049bb133111ebULL;
        return static_cast<std::size_t>(h ^ (h >> 31));
    }
};
/// The words of a word_set or word_map by their first and last bytes and their length: most words
/// asked are in no lexicon, and this tells so without hashing them, from one bit of a 4 KB table
/// (no means no; yes means look the word up).
class word_filter {
public:
    void add(std::string_view w) {
        if (w.empty()) empty_ = true;
        else bits_[slot(w)] |= std::uint64_t(1) << length_bit(w.size());
    }
    /// False when `w` is none of the words added.
    [[gnu::always_inline]] bool may(std::string_view w) const {
        if (w.empty()) return empty_;
        return (bits_[slot(w)] >> length_bit(w.size())) & 1;
    }

private:
    /// Five bits of the first byte and four of the last (letters and digits sharing a slot only
    /// let through a word that is then looked up).
    static std::size_t slot(std::string_view w) {
        return (static_cast<std::size_t>(static_cast<unsigned char>(w.front()) & 31u) << 4) |
               (static_cast<unsigned char>(w.back()) & 15u);
    }
    /// n mod 64: the shift by it takes no instruction of its own (x86 shifts by the count mod 64),
    /// and a word of 64 bytes or more only shares a bit with a shorter one (the filter lets both
    /// through to the lookup)
    static unsigned length_bit(std::size_t n) { return static_cast<unsigned>(n & 63u); }
    std::array<std::uint64_t, 512> bits_{};  ///< by slot: bit n % 64 for a word of n bytes
    bool empty_ = false;                     ///< the empty word was added
};

/// What word_set and word_map share: a hashed container of words, asked through a word_filter
/// first (most words asked are in no lexicon, and the filter answers without hashing).
template <class Base>
class filtered_words {
public:
    using const_iterator = typename Base::const_iterator;
    // (the filter inline at each call, the hashing behind a call: most words asked stop at the
    // filter, and pay no call for it)
    [[gnu::always_inline]] std::size_t count(std::string_view w) const { return filter_.may(w) ? count_hashed(w) : 0; }
    [[gnu::always_inline]] const_iterator find(std::string_view w) const {
        return filter_.may(w) ? find_hashed(w) : words_.end();
    }
    const_iterator begin() const { return words_.begin(); }
    const_iterator end() const { return words_.end(); }
    std::size_t size() const { return words_.size(); }
    bool empty() const { return words_.empty(); }

protected:
    Base words_;
    word_filter filter_;

private:
    /// count() and find() past the filter.
    [[gnu::noinline]] std::size_t count_hashed(std::string_view w) const { return words_.count(w); }
    [[gnu::noinline]] const_iterator find_hashed(std::string_view w) const { return words_.find(w); }
};

/// A set of words asked with a std::string_view (a lexicon's first column, or a list of its own).
class word_set : public filtered_words<std::unordered_set<std::string, word_hash, std::equal_to<>>> {
public:
    word_set() = default;
    word_set(std::initializer_list<std::string> words) {
        for (const auto& w : words) insert(w);
    }
    void insert(std::string w) {
        filter_.add(w);
        words_.insert(std::move(w));
    }
};

/// A map from words to strings asked with a std::string_view (a lexicon's first two columns).
class word_map : public filtered_words<std::unordered_map<std::string, std::string, word_hash, std::equal_to<>>> {
public:
    /// Adds `key` with `value`; a key already there keeps its value.
    void emplace(std::string key, std::string value) {
        filter_.add(key);
        words_.emplace(std::move(key), std::move(value));
    }
};

/// The same as lexicon_set and lexicon_map (same contents), asked with a std::string_view.
/// The tables live as long as the program: callers may keep the reference.
const word_set& lexicon_words(std::string_view name);
const word_map& lexicon_pairs(std::string_view name);

}  // namespace claimcheck::grammar
