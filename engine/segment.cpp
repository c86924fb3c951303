#include "engine/segment.hpp"

#include <algorithm>
#include <cctype>
#include <cstdint>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "engine/io_simd.hpp"
#include "grammar/ascii.hpp"
#include "grammar/lexicon.hpp"

namespace claimcheck::engine {

namespace {

bool is_alnum(char c) { return grammar::ascii::is_alnum(c); }
bool is_mark(char c) { return c == '.' || c == '!' || c == '?'; }

#if CLAIMCHECK_IO_AVX2
/// find_marks thirty-two places at a time, for a processor with AVX2: the three marks have three
/// different low halves, so a shuffle gives each byte the one mark with its low half (or 0x80,
/// which no byte it is compared with can be: a byte from 0x80 is given 0), and one compare says
/// whether the byte is it. Returns where it stopped (fewer than thirty-two bytes before n).
[[gnu::target("avx2")]] std::size_t find_marks_avx2(const char* t, std::size_t n, std::vector<std::uint32_t>& out) {
    constexpr char none = static_cast<char>(0x80);
    const __m256i marks = _mm256_broadcastsi128_si256(
        _mm_setr_epi8(none, '!', none, none, none, none, none, none, none, none, none, none, none, none, '.', '?'));
    std::size_t i = 0;
    for (; i + 32 <= n; i += 32) {
        const __m256i v = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(t + i));
        auto m = static_cast<unsigned>(_mm256_movemask_epi8(_mm256_cmpeq_epi8(v, _mm256_shuffle_epi8(marks, v))));
        for (; m; m &= m - 1) out.push_back(static_cast<std::uint32_t>(i + static_cast<std::size_t>(__builtin_ctz(m))));
    }
    return i;
}
#endif

/// Appends to `out` the places of t[0, n) that hold '.', '!' or '?', in order: the whole text in
/// one pass, sixteen or thirty-two places sorted at a time, so that the text between marks is
/// passed over without a step, or a call, each (a pass per paragraph had a tail and a start to
/// make for each of them).
void find_marks(const char* t, std::size_t n, std::vector<std::uint32_t>& out) {
    std::size_t i = 0;
    auto visit = [&](std::size_t at, unsigned m) {
        for (; m; m &= m - 1) out.push_back(static_cast<std::uint32_t>(at + static_cast<std::size_t>(__builtin_ctz(m))));
    };
#if CLAIMCHECK_IO_AVX2
    if (io::has_avx2()) i = find_marks_avx2(t, n, out);
#endif
#if defined(__SSE2__)
    for (; i + 16 <= n; i += 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(t + i));
        const __m128i hit = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('.')),
                                         _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('!')), _mm_cmpeq_epi8(v, _mm_set1_epi8('?'))));
        visit(i, static_cast<unsigned>(_mm_movemask_epi8(hit)));
    }
#endif
    for (; i < n; ++i)
        if (is_mark(t[i])) out.push_back(static_cast<std::uint32_t>(i));
}

}  // namespace

std::vector<grammar::sentence_span> split_sentences(const document& doc) {
    std::vector<grammar::sentence_span> out;
    split_sentences(doc, out);
    return out;
}

void split_sentences(const document& doc, std::vector<grammar::sentence_span>& out) {
    const std::string& t = doc.folded.text;
    static const grammar::word_set& abbreviations = grammar::lexicon_words("abbreviations");
    out.clear();
    // a sentence, cut at a space when it is overlong
    auto push = [&](std::size_t b, std::size_t end, std::size_t para) {
        while (end - b > max_sentence_bytes) {
            std::size_t e = t.rfind(' ', b + max_sentence_bytes);
            if (e == std::string::npos || e <= b) e = b + max_sentence_bytes;
            // never inside a UTF-8 sequence
            while (e < end && (static_cast<unsigned char>(t[e]) & 0xC0) == 0x80) ++e;
            out.push_back({b, e, para});
            b = e;
            while (b < end && t[b] == ' ') ++b;
        }
        if (b < end) out.push_back({b, end, para});
    };
    // the marks of the whole text, then each paragraph's in turn (kept from document to document)
    thread_local std::vector<std::uint32_t> marks;
    marks.clear();
    find_marks(t.data(), t.size(), marks);
    std::size_t next = 0;  // the first mark not yet passed
    std::size_t para = 0;
    for (const auto& [pb, pe] : doc.paragraphs) {
        std::size_t start = pb;
        if (next > 0 && marks[next - 1] >= pb)  // (paragraphs out of order: look again)
            next = static_cast<std::size_t>(std::lower_bound(marks.begin(), marks.end(), pb) - marks.begin());
        while (next < marks.size() && marks[next] < pb) ++next;
        for (; next < marks.size() && marks[next] < pe; ++next) {
            const std::size_t i = marks[next];
            const char c = t[i];
            std::size_t j = i + 1;
            while (j < pe && (t[j] == '"' || t[j] == ')' || t[j] == '\'')) ++j;
            if (j >= pe) break;
            if (t[j] != ' ' && t[j] != '\n') continue;
            std::size_t k = j;
            while (k < pe && (t[k] == ' ' || t[k] == '\n')) ++k;
            if (k >= pe) break;
            const char n = t[k];
            if (!(grammar::ascii::is_upper(n) || grammar::ascii::is_digit(n) || n == '"' || n == '(' ||
                  static_cast<unsigned char>(n) >= 0x80))
                continue;
            if (c == '.') {
                // the word before the period
                std::size_t w = i;
                while (w > start && (is_alnum(t[w - 1]) || t[w - 1] == '.')) --w;
                const std::string_view word = std::string_view(doc.folded.lower).substr(w, i - w);
                if (abbreviations.count(word)) continue;
                if (word.size() == 1 && grammar::ascii::is_alpha(word[0]) && grammar::ascii::is_upper(t[w]))
                    continue;  // an initial: "John W. Henry"
            }
            push(start, j, para);
            start = k;
        }
        if (start < pe) push(start, pe, para);
        ++para;
    }
}

}  // namespace claimcheck::engine
