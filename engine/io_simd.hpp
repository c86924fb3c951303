#pragma once
// Whether the byte scans of reading a document may take 32 bytes at a time (AVX2).
//
// The build targets plain x86-64 (SSE2, sixteen bytes at a time, two-operand instructions that
// copy a register before most compares). The scans that read every byte of every document (the
// fold, the sentence marks) have a second loop compiled for AVX2 by a target attribute, taken
// when the processor has it: half the steps, and no copies. Both loops give the same bytes.

#if defined(__x86_64__) && defined(__SSE2__) && (defined(__GNUC__) || defined(__clang__))
#define CLAIMCHECK_IO_AVX2 1
#include <immintrin.h>
#else
#define CLAIMCHECK_IO_AVX2 0
#endif

namespace claimcheck::engine::io {

/// Set on a thread, its scans take the SSE2 loops even where AVX2 runs (the tests compare both).
inline thread_local bool avx2_off = false;

/// True when the processor runs AVX2 (asked once) and the thread has not turned it off; always
/// false where no AVX2 loop is built.
inline bool has_avx2() {
#if CLAIMCHECK_IO_AVX2
    static const bool yes = __builtin_cpu_supports("avx2");
    return yes && !avx2_off;
#else
    return false;
#endif
}

}  // namespace claimcheck::engine::io
