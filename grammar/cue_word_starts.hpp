#pragma once
// The word starts of a sentence that a filter lets through, for the read of a sentence's
// attribution cues (read_anchors in attribution.cpp), which asks its filter at every word start
// of every sentence with a claim. bytes::for_each_word_start with lead_filter::may_letter did
// the same at about half again the cost: it classifies each byte twice (at its place and as the
// byte before the next) where this classifies each block of sixteen bytes once and carries its
// last bit into the next block, and the filter here reads three bytes with no branch and no
// bounds to check.
#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "grammar/ascii.hpp"

namespace claimcheck::grammar::cue_words {

/// Words of letters and digits asked of the word starts of a text: "may the word that starts
/// here be one of them?" from its first three characters, as lead_filter::may_letter answers it
/// for words added whole but with no branch on the second (no means no); then which one it is,
/// read from the text where it lies (word_trie::find without reading the word's end first).
/// Digits are one class to the filter, as in lead_filter.
class leads {
public:
    leads() {
        for (unsigned ch = 0; ch < 256; ++ch) {
            const char c = static_cast<char>(ch);
            class_[ch] = static_cast<std::uint8_t>(ascii::is_alpha(c) ? ascii::to_lower(c) - 'a' : ascii::is_digit(c) ? digit : other);
            row_[ch] = static_cast<std::uint16_t>(class_[ch] * classes);
        }
    }
    /// Adds a word of letters and digits with `value` (a word already there keeps its first;
    /// one holding anything else adds nothing). Throws std::length_error past 200 keys (the
    /// classes of a word's first three characters).
    void add(std::string_view word, std::int32_t value) {
        if (word.empty()) return;
        for (char c : word)
            if (!ascii::is_alnum(c)) return;
        const unsigned a = class_of(word[0]);
        const unsigned b = word.size() > 1 ? class_of(word[1]) : other;
        const unsigned c = word.size() > 2 ? class_of(word[2]) : other;
        // after a word of one character the third byte read is another word's: any may follow
        third_[a * classes + b] |= b == other ? ~std::uint32_t(0) : std::uint32_t(1) << c;
        // the fourth likewise, after a word of one or two characters
        const unsigned d = word.size() > 3 ? class_of(word[3]) : other;
        for (unsigned c_any = b == other ? 0 : c; c_any <= (b == other ? classes - 1 : c); ++c_any)
            for (unsigned d_any = c == other ? 0 : d; d_any <= (c == other ? classes - 1 : d); ++d_any) set_fourth(a, b, c_any, d_any);
        std::string lower(word);
        for (char& ch : lower) ch = ascii::to_lower(ch);
        std::vector<entry>& bucket = bucket_for(key(a, b, c));
        for (const entry& e : bucket)
            if (e.text == lower) return;
        bucket.push_back({std::move(lower), value});
    }
    /// False when the word that starts at `w` (a letter or digit, with two more bytes of the
    /// text after it) is none of the words added.
    [[gnu::always_inline]] bool may(const char* w) const {
        // (the first character's row read from a table: no multiplication at each word start)
        return (third_[row_[static_cast<unsigned char>(w[0])] + class_of(w[1])] >> class_of(w[2])) & 1;
    }
    /// False when the word that starts at `w` (a letter or digit that may() lets through, with
    /// three more bytes of the text after it) is none of the words added, asked of its first four
    /// characters; may() first: this is asked of the few words it lets through.
    [[gnu::always_inline]] bool may_fourth(const char* w) const {
        const unsigned k = fourth_key(class_of(w[0]), class_of(w[1]), class_of(w[2]), class_of(w[3]));
        return (fourth_[k / 64] >> (k % 64)) & 1;
    }
    /// may() for a word at `pos` of `text` read up to `end` (the bytes from `end` on are none of
    /// its).
    bool may(std::string_view text, std::size_t pos, std::size_t end) const {
        const unsigned a = class_of(text[pos]);
        const unsigned b = pos + 1 < end ? class_of(text[pos + 1]) : other;
        const unsigned c = pos + 2 < end ? class_of(text[pos + 2]) : other;
        return (third_[a * classes + b] >> c) & 1;
    }
    /// The value of the word that starts at `pos` of `text` (read up to `end`), case folded, and
    /// its size in `size`; -1 when it is none of the words added.
    std::int32_t find(std::string_view text, std::size_t pos, std::size_t end, std::size_t& size) const {
        const unsigned a = class_of(text[pos]);
        const unsigned b = pos + 1 < end ? class_of(text[pos + 1]) : other;
        const unsigned c = b != other && pos + 2 < end ? class_of(text[pos + 2]) : other;
        const std::vector<entry>* bucket = bucket_at(key(a, b, c));
        if (!bucket) return -1;
        for (const entry& e : *bucket) {
            const std::size_t n = e.text.size();
            if (pos + n > end || (pos + n < end && ascii::is_alnum(text[pos + n]))) continue;
            std::size_t k = 0;
            while (k < n && ascii::to_lower(text[pos + k]) == e.text[k]) ++k;
            if (k == n) {
                size = n;
                return e.value;
            }
        }
        return -1;
    }

private:
    static constexpr unsigned digit = 26, other = 27, classes = 28;
    struct entry {
        std::string text;  ///< lower-case
        std::int32_t value;
    };
    struct slot {
        std::uint16_t key_plus_1 = 0;  ///< 0: empty
        std::uint16_t bucket = 0;      ///< index into buckets_
    };
    unsigned class_of(char ch) const { return class_[static_cast<unsigned char>(ch)]; }
    static unsigned key(unsigned a, unsigned b, unsigned c) { return (a * classes + b) * classes + c; }
    /// a bit of fourth_ for the classes of four characters (a hash: other keys share it)
    static unsigned fourth_key(unsigned a, unsigned b, unsigned c, unsigned d) {
        return ((key(a, b, c) * classes + d) * 0x9E3779B1u) >> (32 - 12);
    }
    void set_fourth(unsigned a, unsigned b, unsigned c, unsigned d) {
        const unsigned k = fourth_key(a, b, c, d);
        fourth_[k / 64] |= std::uint64_t(1) << (k % 64);
    }
    static unsigned home(unsigned k) { return (k * 0x9E3779B1u) >> (32 - 8); }
    const std::vector<entry>* bucket_at(unsigned k) const {
        for (unsigned at = home(k);; at = (at + 1) & 255) {
            if (slots_[at].key_plus_1 == 0) return nullptr;
            if (slots_[at].key_plus_1 == k + 1) return &buckets_[slots_[at].bucket];
        }
    }
    std::vector<entry>& bucket_for(unsigned k) {
        if (const std::vector<entry>* b = bucket_at(k)) return buckets_[static_cast<std::size_t>(b - buckets_.data())];
        if (buckets_.size() >= 200) throw std::length_error("cue_words::leads: over 200 keys of three characters");
        unsigned at = home(k);
        while (slots_[at].key_plus_1 != 0) at = (at + 1) & 255;
        slots_[at] = slot{static_cast<std::uint16_t>(k + 1), static_cast<std::uint16_t>(buckets_.size())};
        buckets_.emplace_back();
        return buckets_.back();
    }
    std::array<std::uint8_t, 256> class_{};
    std::array<std::uint16_t, 256> row_{};  ///< class_ times `classes`: a first character's row of third_
    /// for each class of the first two characters, the classes of the third that may follow
    /// (all of them after a word of one character: the third is then another word's)
    std::array<std::uint32_t, std::size_t(classes) * classes> third_{};
    /// the classes of the first four characters of the words added (`other` past a word's end,
    /// any after a word of one or two characters: the bytes read are then another word's), a bit
    /// each in 4096 by fourth_key
    std::array<std::uint64_t, 64> fourth_{};
    /// the words added, by the classes of their first three characters (`other` past the end)
    std::array<slot, 256> slots_{};
    std::vector<std::vector<entry>> buckets_;
};

/// Calls `f(j)`, in order, for every place j of [begin, end) where a word of ASCII letters and
/// digits starts (p[j] is one and, unless j is `begin`, p[j - 1] is not) that `filter` lets
/// through (the word is read up to `end`). The bytes up to `readable` (at least `end`) may be
/// loaded, as the rest of a document after a sentence: the last bytes of the range are then
/// read as a block too, and not one at a time. `f` is called for few words: keep it out of
/// line, and this loop stays small.
template <class F>
void for_each_lead(const char* p, std::size_t begin, std::size_t end, std::size_t readable, const leads& filter, F&& f);

/// for_each_lead that asks may_fourth() too where four bytes of the range from j are at hand
/// (most places): every word of `filter` is given, and fewer others, some of those for_each_lead
/// gives, depending on where they lie.
template <class F>
void for_each_lead_by_four(const char* p, std::size_t begin, std::size_t end, std::size_t readable, const leads& filter,
                           F&& f);

namespace detail {
template <bool Fourth, class F>
void for_each_lead(const char* p, std::size_t begin, std::size_t end, std::size_t readable, const leads& filter, F&& f) {
    std::size_t i = begin;
    bool after_word = false;  // p[i - 1] is a letter or digit (false at `begin`)
    const std::string_view text(p, end);
#if defined(__SSE2__)
    // A byte is in [lo, lo + n) when, lo - 128 taken from it (wrapping), it is below -128 + n as a
    // signed byte: one addition and one comparison a range. Letters are read with bit 0x20 set
    // (either case); the bytes from 0x80 on are neither digits nor letters.
    const __m128i digit_shift = _mm_set1_epi8(static_cast<char>(0x80 - '0')), digit_limit = _mm_set1_epi8(-128 + 10);
    const __m128i letter_shift = _mm_set1_epi8(static_cast<char>(0x80 - 'a')), letter_limit = _mm_set1_epi8(-128 + 26);
    const __m128i case_bit = _mm_set1_epi8(0x20);
    // bit k: the byte at block[k] is a letter or digit
    auto alnum_of = [&](const char* block) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(block));
        const __m128i digit = _mm_cmplt_epi8(_mm_add_epi8(v, digit_shift), digit_limit);
        const __m128i letter = _mm_cmplt_epi8(_mm_add_epi8(_mm_or_si128(v, case_bit), letter_shift), letter_limit);
        return static_cast<std::uint32_t>(_mm_movemask_epi8(_mm_or_si128(digit, letter)));
    };
    std::uint32_t carry = 0;
    // (three bytes past the block: four bytes of the text from any word start in it.) Thirty-two
    // bytes a turn, then sixteen: the loop's own work is shared by twice the bytes
    for (; i + 35 <= end; i += 32) {
        const char* block = p + i;
        const std::uint32_t alnum = alnum_of(block) | (alnum_of(block + 16) << 16);
        // (the word's place is a pointer, its offset asked only of the few words the filter lets
        // through)
        for (std::uint32_t m = alnum & ~((alnum << 1) | carry); m; m &= m - 1) {
            const char* w = block + std::countr_zero(m);
            if (filter.may(w) && (!Fourth || filter.may_fourth(w))) f(static_cast<std::size_t>(w - p));
        }
        carry = alnum >> 31;
    }
    for (; i + 19 <= end; i += 16) {
        const char* block = p + i;
        const std::uint32_t alnum = alnum_of(block);  // (sixteen bits: so has m)
        for (std::uint32_t m = alnum & ~((alnum << 1) | carry); m; m &= m - 1) {
            const char* w = block + std::countr_zero(m);
            if (filter.may(w) && (!Fourth || filter.may_fourth(w))) f(static_cast<std::size_t>(w - p));
        }
        carry = (alnum >> 15) & 1u;
    }
    // the last bytes, as a block where it may be loaded: the places from `end` on are none, and a
    // word near `end` is read up to it
    for (; i < end && i + 16 <= readable; i += 16) {
        const std::uint32_t in_range = end - i >= 16 ? 0xFFFFu : (1u << (end - i)) - 1;
        const std::uint32_t alnum = alnum_of(p + i) & in_range;
        for (std::uint32_t m = alnum & ~((alnum << 1) | carry); m; m &= m - 1) {
            const std::size_t j = i + static_cast<std::size_t>(__builtin_ctz(m));
            if (j + 3 <= end ? filter.may(p + j) : filter.may(text, j, end)) f(j);
        }
        carry = (alnum >> 15) & 1u;
    }
    after_word = carry != 0;
#endif
    for (; i < end; ++i) {
        const bool word = ascii::is_alnum(p[i]);
        if (word && !after_word && filter.may(text, i, end)) f(i);
        after_word = word;
    }
}

}  // namespace detail

template <class F>
void for_each_lead(const char* p, std::size_t begin, std::size_t end, std::size_t readable, const leads& filter, F&& f) {
    detail::for_each_lead<false>(p, begin, end, readable, filter, f);
}

template <class F>
void for_each_lead_by_four(const char* p, std::size_t begin, std::size_t end, std::size_t readable, const leads& filter,
                           F&& f) {
    detail::for_each_lead<true>(p, begin, end, readable, filter, f);
}

}  // namespace claimcheck::grammar::cue_words
