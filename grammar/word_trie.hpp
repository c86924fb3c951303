#pragma once
// Whole words of letters and digits -> an index, read from the text where it lies: case folded
// on the fly, no std::string built. For the scans that ask "is this word of the sentence one of
// the lexicon's?" of every word of a text.
//
// (Named for its first form, a trie; it is now an open-addressing hash table keyed by the
// word's first eight bytes, its length and, for longer words, a hash of the rest: one probe per
// word instead of one dependent load per letter.)
#include <bit>
#include <cstdint>
#include <cstring>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "grammar/ascii.hpp"
#include "grammar/byte_scan.hpp"

namespace claimcheck::grammar {

class word_trie {
public:
    static constexpr std::int32_t none = -1;

    /// Adds `word` with `value`; a word already there keeps its first value. A word that is
    /// empty or holds anything but ASCII letters and digits is not added (no word of letters
    /// and digits could equal it). Throws std::length_error past 255 bytes or 2^24 words.
    void add(std::string_view word, std::int32_t value) {
        if (word.empty()) return;
        for (char ch : word)
            if (!ascii::is_alnum(ch)) return;
        if (word.size() > 255 || words_.size() >= (1u << 24))
            throw std::length_error("word_trie: a word over 255 bytes, or over 16 million words");
        std::string lower(word);
        for (char& ch : lower) ch = ascii::to_lower(ch);
        if (find(lower, 0, lower.size()) != none) return;
        words_.push_back({std::move(lower), value});
        if (word.size() > max_len_) max_len_ = word.size();
        if (words_.size() * 2 > slots_.size()) rebuild();  // at most half full
        else place(words_.size() - 1);
    }

    /// Reads the word of letters and digits that starts at `pos` (up to `end`): moves `pos` to
    /// its end and returns the value of the word, case folded, or `none`.
    std::int32_t read(std::string_view text, std::size_t& pos, std::size_t end) const {
        const std::size_t b = pos;
        const std::size_t e = pos + bytes::alnum_prefix(text.data() + pos, end - pos);
        pos = e;
        return find(text, b, e);
    }

    /// The value of the word [b, e) of `text` (letters and digits), case folded, or `none`.
    std::int32_t find(std::string_view text, std::size_t b, std::size_t e) const {
        const std::size_t len = e - b;
        if (len == 0 || len > max_len_ || slots_.empty()) return none;
        // eight bytes in one load where the text has them (then the bytes past the word are
        // masked off), else byte by byte
        const std::uint64_t head = b + 8 <= text.size() ? head_of_loaded(text.data() + b, len) : head_of(text.data() + b, len);
        const std::uint32_t tail = len > 8 ? tail_of(text.data() + b + 8, len - 8) : 0;
        const std::uint64_t h = hash(head, tail, len);
        // a bit per word in half a kilobyte first: most words of a text are no lexicon's, and
        // this answers for them without touching the larger table
        if (!(filter_[(h >> 52) & 63] & (std::uint64_t(1) << ((h >> 46) & 63)))) return none;
        for (std::size_t at = static_cast<std::size_t>(h) & mask_;; at = (at + 1) & mask_) {
            const slot& s = slots_[at];
            if (s.len == 0) return none;
            if (s.len != len || s.head != head || s.tail != tail) continue;
            if (len > 8) {  // the hash of the rest may collide: compare it
                const std::string& w = words_[static_cast<std::size_t>(s.word)].text;
                bool same = true;
                for (std::size_t k = 8; k < len && same; ++k) same = ascii::to_lower(text[b + k]) == w[k];
                if (!same) continue;
            }
            return words_[static_cast<std::size_t>(s.word)].value;
        }
    }

private:
    /// The first (up to) eight bytes of a word of letters and digits, lower-cased: setting bit
    /// 0x20 lower-cases a letter and leaves a digit as it is.
    static std::uint64_t head_of(const char* p, std::size_t len) {
        std::uint64_t v = 0;
        for (std::size_t k = 0; k < len && k < 8; ++k) v |= static_cast<std::uint64_t>(static_cast<unsigned char>(p[k])) << (8 * k);
        return v | (0x2020202020202020ULL >> (8 * (8 - (len < 8 ? len : 8))));
    }
    /// head_of when eight bytes may be read at `p` (little- or big-endian alike: the bytes are
    /// put in the order head_of puts them).
    static std::uint64_t head_of_loaded(const char* p, std::size_t len) {
        std::uint64_t v;
        std::memcpy(&v, p, 8);
        if constexpr (std::endian::native == std::endian::big) v = __builtin_bswap64(v);
        if (len < 8) v &= (std::uint64_t(1) << (8 * len)) - 1;
        return v | (0x2020202020202020ULL >> (8 * (8 - (len < 8 ? len : 8))));
    }
    static std::uint32_t tail_of(const char* p, std::size_t len) {
        std::uint32_t h = 2166136261u;
        for (std::size_t k = 0; k < len; ++k) h = (h ^ static_cast<unsigned char>(p[k] | 0x20)) * 16777619u;
        return h;
    }
    static std::uint64_t hash(std::uint64_t head, std::uint64_t tail, std::size_t len) {
        std::uint64_t h = (head ^ (tail * 0x9e3779b97f4a7c15ULL) ^ len) * 0xbf58476d1ce4e5b9ULL;
        return h ^ (h >> 31);
    }
    void rebuild() {
        std::size_t size = 16;
        while (size < words_.size() * 4) size *= 2;
        slots_.assign(size, slot{});
        for (auto& f : filter_) f = 0;
        mask_ = size - 1;
        for (std::size_t i = 0; i < words_.size(); ++i) place(i);
    }
    void place(std::size_t i) {
        const std::string& w = words_[i].text;
        const std::uint64_t head = head_of(w.data(), w.size());
        const std::uint32_t tail = w.size() > 8 ? tail_of(w.data() + 8, w.size() - 8) : 0;
        const std::uint64_t h = hash(head, tail, w.size());
        filter_[(h >> 52) & 63] |= std::uint64_t(1) << ((h >> 46) & 63);
        std::size_t at = static_cast<std::size_t>(h) & mask_;
        while (slots_[at].len != 0) at = (at + 1) & mask_;
        slots_[at] = slot{head, tail, static_cast<std::uint32_t>(w.size()), static_cast<std::uint32_t>(i)};
    }
    struct slot {  // sixteen bytes: four to a cache line
        std::uint64_t head = 0;
        std::uint32_t tail = 0;
        std::uint32_t len : 8 = 0;    ///< 0: empty (words are at most 255 bytes: see add)
        std::uint32_t word : 24 = 0;  ///< index into words_
    };
    struct entry {
        std::string text;  ///< lower-case
        std::int32_t value;
    };
    std::vector<entry> words_;
    std::vector<slot> slots_;
    std::uint64_t filter_[64] = {};  ///< bit (hash >> 46) % 4096 set for every word
    std::size_t mask_ = 0;
    std::size_t max_len_ = 0;
};

}  // namespace claimcheck::grammar
