#include "engine/segment.hpp"

#include <cctype>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "grammar/ascii.hpp"
#include "grammar/lexicon.hpp"

namespace claimcheck::engine {

namespace {

bool is_alnum(char c) { return grammar::ascii::is_alnum(c); }
bool is_mark(char c) { return c == '.' || c == '!' || c == '?'; }

/// Calls `f(i)` for each place i of [b, e) that holds '.', '!' or '?', in order, until `f`
/// returns true. Sixteen places are sorted at a time, the last sixteen overlapping those before:
/// the text between marks is passed over without a step, or a call, each.
template <class F>
void for_each_mark(const char* p, std::size_t b, std::size_t e, F&& f) {
    std::size_t i = b;
#if defined(__SSE2__)
    auto marks = [&](std::size_t at) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + at));
        const __m128i hit = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('.')),
                                         _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('!')), _mm_cmpeq_epi8(v, _mm_set1_epi8('?'))));
        return static_cast<unsigned>(_mm_movemask_epi8(hit));
    };
    auto visit = [&](std::size_t at, unsigned m) {
        for (; m; m &= m - 1)
            if (f(at + static_cast<std::size_t>(__builtin_ctz(m)))) return true;
        return false;
    };
    for (; i + 16 <= e; i += 16)
        if (visit(i, marks(i))) return;
    if (i < e && e - b >= 16) {
        // the last sixteen bytes, the places before i dropped
        visit(i, marks(e - 16) >> (16 - (e - i)));
        return;
    }
#endif
    for (; i < e; ++i)
        if (is_mark(p[i]) && f(i)) return;
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
    std::size_t para = 0;
    for (const auto& paragraph : doc.paragraphs) {
        // (not a structured binding: the lambda below reads the ends, and clang 14 does not
        // capture bindings)
        const std::size_t pb = paragraph.first, pe = paragraph.second;
        std::size_t start = pb;
        for_each_mark(t.data(), pb, pe, [&](std::size_t i) {
            const char c = t[i];
            std::size_t j = i + 1;
            while (j < pe && (t[j] == '"' || t[j] == ')' || t[j] == '\'')) ++j;
            if (j >= pe) return true;
            if (t[j] != ' ' && t[j] != '\n') return false;
            std::size_t k = j;
            while (k < pe && (t[k] == ' ' || t[k] == '\n')) ++k;
            if (k >= pe) return true;
            const char n = t[k];
            if (!(grammar::ascii::is_upper(n) || grammar::ascii::is_digit(n) || n == '"' || n == '(' ||
                  static_cast<unsigned char>(n) >= 0x80))
                return false;
            if (c == '.') {
                // the word before the period
                std::size_t w = i;
                while (w > start && (is_alnum(t[w - 1]) || t[w - 1] == '.')) --w;
                const std::string_view word = std::string_view(doc.folded.lower).substr(w, i - w);
                if (abbreviations.count(word)) return false;
                if (word.size() == 1 && grammar::ascii::is_alpha(word[0]) && grammar::ascii::is_upper(t[w]))
                    return false;  // an initial: "John W. Henry"
            }
            push(start, j, para);
            start = k;
            return false;
        });
        if (start < pe) push(start, pe, para);
        ++para;
    }
}

}  // namespace claimcheck::engine
