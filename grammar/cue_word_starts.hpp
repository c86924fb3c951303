#pragma once
// The word starts of a sentence, for the read of a sentence's attribution cues (read_anchors in
// attribution.cpp), which asks its lead filter at every word start of every sentence with a
// claim: bytes::for_each_word_start classifies each byte twice (at its place and as the byte
// before the next), this classifies each block of sixteen bytes once and carries its last bit
// into the next block.
#include <cstddef>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "grammar/ascii.hpp"

namespace claimcheck::grammar::cue_words {

/// Calls `f(j)` for every place j of [begin, end) where a word of ASCII letters and digits
/// starts (p[j] is one and, unless j is `begin`, p[j - 1] is not), in order: the places
/// bytes::for_each_word_start gives, for a callback that never stops the scan.
template <class F>
void for_each_word_start(const char* p, std::size_t begin, std::size_t end, F&& f) {
    std::size_t i = begin;
    bool after_word = false;  // p[i - 1] is a letter or digit (false at `begin`: a word starts there)
#if defined(__SSE2__)
    const __m128i before_0 = _mm_set1_epi8('0' - 1), after_9 = _mm_set1_epi8('9' + 1);
    const __m128i before_a = _mm_set1_epi8('a' - 1), after_z = _mm_set1_epi8('z' + 1), case_bit = _mm_set1_epi8(0x20);
    unsigned carry = 0;  // after_word, as the bit below the block's first
    for (; i + 16 <= end; i += 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
        // signed compares: bytes from 0x80 are negative, so neither digits nor letters
        const __m128i digit = _mm_and_si128(_mm_cmpgt_epi8(v, before_0), _mm_cmplt_epi8(v, after_9));
        const __m128i folded = _mm_or_si128(v, case_bit);
        const __m128i letter = _mm_and_si128(_mm_cmpgt_epi8(folded, before_a), _mm_cmplt_epi8(folded, after_z));
        const unsigned alnum = static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(digit, letter)));
        for (unsigned m = alnum & ~((alnum << 1) | carry) & 0xFFFFu; m; m &= m - 1)
            f(i + static_cast<std::size_t>(__builtin_ctz(m)));
        carry = (alnum >> 15) & 1u;
    }
    after_word = carry != 0;
#endif
    for (; i < end; ++i) {
        const bool word = ascii::is_alnum(p[i]);
        if (word && !after_word) f(i);
        after_word = word;
    }
}

}  // namespace claimcheck::grammar::cue_words
