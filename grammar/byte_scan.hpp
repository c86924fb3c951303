#pragma once
// Scans over runs of ordinary bytes, sixteen at a time where SSE2 is there (every x86-64), one
// at a time elsewhere: the loops that read every byte of the input (UTF-8 check, folding,
// lower-casing, JSON strings, words) spend their time on text that needs nothing done.
#include <cstddef>
#include <cstdint>
#include <type_traits>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "grammar/ascii.hpp"

namespace claimcheck::grammar::bytes {

namespace detail {
#if defined(__SSE2__)
// Sixteen bytes from p, unaligned. Callers load only where sixteen bytes remain; GCC 12 still
// warns about the (dead) loop body once a short constant string is inlined into it.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Warray-bounds"
#endif
inline __m128i load(const char* p) { return _mm_loadu_si128(reinterpret_cast<const __m128i*>(p)); }
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif
inline __m128i eq(__m128i v, char c) { return _mm_cmpeq_epi8(v, _mm_set1_epi8(c)); }
inline std::size_t first_bit(unsigned mask) { return static_cast<std::size_t>(__builtin_ctz(mask)); }
#endif
}  // namespace detail

/// The number of leading bytes of [p, p + n) below 0x80.
inline std::size_t ascii_prefix(const char* p, std::size_t n) {
    std::size_t i = 0;
#if defined(__SSE2__)
    for (; i + 16 <= n; i += 16)
        if (unsigned m = static_cast<unsigned>(_mm_movemask_epi8(detail::load(p + i)))) return i + detail::first_bit(m);
#endif
    while (i < n && static_cast<unsigned char>(p[i]) < 0x80) ++i;
    return i;
}

/// True for the bytes that engine::fold copies whatever follows them: ASCII but CR, tab, form
/// feed, vertical tab, '<' and '&'.
inline bool fold_plain(char c) {
    const unsigned char u = static_cast<unsigned char>(c);
    return u < 0x80 && c != '\r' && c != '\t' && c != '\f' && c != '\v' && c != '<' && c != '&';
}

/// The number of leading bytes of [p, p + n) for which fold_plain holds.
inline std::size_t fold_plain_prefix(const char* p, std::size_t n) {
    std::size_t i = 0;
#if defined(__SSE2__)
    using namespace detail;
    for (; i + 16 <= n; i += 16) {
        const __m128i v = load(p + i);
        const __m128i special = _mm_or_si128(_mm_or_si128(_mm_or_si128(eq(v, '\r'), eq(v, '\t')), _mm_or_si128(eq(v, '\f'), eq(v, '\v'))),
                                             _mm_or_si128(eq(v, '<'), eq(v, '&')));
        const unsigned m = static_cast<unsigned>(_mm_movemask_epi8(special) | _mm_movemask_epi8(v));
        if (m) return i + first_bit(m);
    }
#endif
    while (i < n && fold_plain(p[i])) ++i;
    return i;
}

/// True for the bytes a JSON string holds as they are: all but '"', '\\' and control bytes.
inline bool json_plain(char c) { return c != '"' && c != '\\' && static_cast<unsigned char>(c) >= 0x20; }

/// The number of leading bytes of [p, p + n) for which json_plain holds.
inline std::size_t json_plain_prefix(const char* p, std::size_t n) {
    std::size_t i = 0;
#if defined(__SSE2__)
    using namespace detail;
    const __m128i below_space = _mm_set1_epi8(0x1F);
    for (; i + 16 <= n; i += 16) {
        const __m128i v = load(p + i);
        const __m128i control = _mm_cmpeq_epi8(_mm_max_epu8(v, below_space), below_space);  // v <= 0x1F
        const __m128i special = _mm_or_si128(control, _mm_or_si128(eq(v, '"'), eq(v, '\\')));
        if (unsigned m = static_cast<unsigned>(_mm_movemask_epi8(special))) return i + first_bit(m);
    }
#endif
    while (i < n && json_plain(p[i])) ++i;
    return i;
}

/// The number of leading bytes of [p, p + n) that are none of the bytes `cs` (chars).
template <class... Chars>
inline std::size_t prefix_without(const char* p, std::size_t n, Chars... cs) {
    static_assert(sizeof...(cs) > 0 && (std::is_same_v<Chars, char> && ...), "prefix_without: give it chars");
    std::size_t i = 0;
#if defined(__SSE2__)
    using namespace detail;
    for (; i + 16 <= n; i += 16) {
        const __m128i v = load(p + i);
        __m128i hit = _mm_setzero_si128();
        ((hit = _mm_or_si128(hit, eq(v, cs))), ...);
        if (unsigned m = static_cast<unsigned>(_mm_movemask_epi8(hit))) return i + first_bit(m);
    }
#endif
    while (i < n && ((p[i] != cs) && ...)) ++i;
    return i;
}

/// The number of leading bytes of [p, p + n) that are ASCII letters or digits (ascii::is_alnum).
inline std::size_t alnum_prefix(const char* p, std::size_t n) {
    std::size_t i = 0;
#if defined(__SSE2__)
    using namespace detail;
    const __m128i before_0 = _mm_set1_epi8('0' - 1), after_9 = _mm_set1_epi8('9' + 1);
    const __m128i before_a = _mm_set1_epi8('a' - 1), after_z = _mm_set1_epi8('z' + 1), case_bit = _mm_set1_epi8(0x20);
    for (; i + 16 <= n; i += 16) {
        const __m128i v = load(p + i);
        // signed compares: bytes from 0x80 are negative, so neither digits nor letters
        const __m128i digit = _mm_and_si128(_mm_cmpgt_epi8(v, before_0), _mm_cmplt_epi8(v, after_9));
        const __m128i folded = _mm_or_si128(v, case_bit);
        const __m128i letter = _mm_and_si128(_mm_cmpgt_epi8(folded, before_a), _mm_cmplt_epi8(folded, after_z));
        const unsigned alnum = static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(digit, letter)));
        if (alnum != 0xFFFF) return i + first_bit(~alnum & 0xFFFF);
    }
#endif
    while (i < n && ascii::is_alnum(p[i])) ++i;
    return i;
}

/// Calls `f(j)` for every place j of [begin, end) where a word of ASCII letters and digits
/// starts (p[j] is one and, unless j is `begin`, p[j - 1] is not), in order, until `f` returns
/// true; true when it did. Sixteen places are sorted at a time: a scan that asks something of
/// every word start skips the insides of words and the spaces between without a step each.
template <class F>
bool for_each_word_start(const char* p, std::size_t begin, std::size_t end, F&& f) {
    std::size_t i = begin;
    if (i < end && ascii::is_alnum(p[i])) {
        if (f(i)) return true;
    }
    ++i;
#if defined(__SSE2__)
    using namespace detail;
    const __m128i before_0 = _mm_set1_epi8('0' - 1), after_9 = _mm_set1_epi8('9' + 1);
    const __m128i before_a = _mm_set1_epi8('a' - 1), after_z = _mm_set1_epi8('z' + 1), case_bit = _mm_set1_epi8(0x20);
    // signed compares: bytes from 0x80 are negative, so neither digits nor letters
    auto alnum = [&](__m128i v) {
        const __m128i digit = _mm_and_si128(_mm_cmpgt_epi8(v, before_0), _mm_cmplt_epi8(v, after_9));
        const __m128i folded = _mm_or_si128(v, case_bit);
        const __m128i letter = _mm_and_si128(_mm_cmpgt_epi8(folded, before_a), _mm_cmplt_epi8(folded, after_z));
        return static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(digit, letter)));
    };
    for (; i + 16 <= end; i += 16) {
        // the places i..i+15: a letter or digit at the place, none before it
        for (unsigned m = alnum(load(p + i)) & ~alnum(load(p + i - 1)) & 0xFFFFu; m; m &= m - 1)
            if (f(i + first_bit(m))) return true;
    }
#endif
    for (; i < end; ++i)
        if (ascii::is_alnum(p[i]) && !ascii::is_alnum(p[i - 1]) && f(i)) return true;
    return false;
}

/// Lower-cases the ASCII letters of [p, p + n) (other bytes stay as they are).
inline void lower_ascii(char* p, std::size_t n) {
    std::size_t i = 0;
#if defined(__SSE2__)
    const __m128i before_a = _mm_set1_epi8('A' - 1), after_z = _mm_set1_epi8('Z' + 1), gap = _mm_set1_epi8('a' - 'A');
    for (; i + 16 <= n; i += 16) {
        __m128i* at = reinterpret_cast<__m128i*>(p + i);
        const __m128i v = _mm_loadu_si128(at);
        // signed compares: bytes from 0x80 are negative, so never in 'A'..'Z'
        const __m128i upper = _mm_and_si128(_mm_cmpgt_epi8(v, before_a), _mm_cmplt_epi8(v, after_z));
        _mm_storeu_si128(at, _mm_add_epi8(v, _mm_and_si128(upper, gap)));
    }
#endif
    for (; i < n; ++i)
        if (p[i] >= 'A' && p[i] <= 'Z') p[i] = static_cast<char>(p[i] - 'A' + 'a');
}

}  // namespace claimcheck::grammar::bytes
