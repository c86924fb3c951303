#pragma once
// The bytes a JSON string holds as they are and that are ASCII: what the JSON Lines reader and
// the claim-line writer pass over in runs, sixteen at a time where SSE2 is there (every x86-64).
// The others are '"', '\\', control bytes (escaped) and bytes from 0x80 (checked as UTF-8).
#include <cstddef>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace claimcheck::engine::json_bytes {

/// True for a byte a JSON string holds as it is that is ASCII.
inline bool plain_ascii(char c) {
    const auto u = static_cast<unsigned char>(c);
    return u >= 0x20 && u < 0x80 && c != '"' && c != '\\';
}

#if defined(__SSE2__)
/// The bits (movemask order) of the bytes of `v` that are not plain_ascii.
inline unsigned special_mask(__m128i v) {
    const __m128i below_space = _mm_set1_epi8(0x1F);
    const __m128i control = _mm_cmpeq_epi8(_mm_max_epu8(v, below_space), below_space);  // v <= 0x1F
    const __m128i special = _mm_or_si128(control, _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')),
                                                               _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'))));
    // (v's own high bits: the bytes from 0x80)
    return static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(special, v)));
}
#endif

/// The number of leading bytes of [p, p + n) that are plain_ascii.
inline std::size_t plain_ascii_prefix(const char* p, std::size_t n) {
    std::size_t i = 0;
#if defined(__SSE2__)
    for (; i + 16 <= n; i += 16)
        if (const unsigned m = special_mask(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i))))
            return i + static_cast<std::size_t>(__builtin_ctz(m));
#endif
    while (i < n && plain_ascii(p[i])) ++i;
    return i;
}

}  // namespace claimcheck::engine::json_bytes
