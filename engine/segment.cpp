#include "engine/segment.hpp"

#include <cctype>

#include "grammar/byte_scan.hpp"
#include "grammar/ascii.hpp"
#include "grammar/lexicon.hpp"

namespace claimcheck::engine {

namespace bytes = grammar::bytes;

namespace {
bool is_alnum(char c) { return grammar::ascii::is_alnum(c); }
}  // namespace

std::vector<grammar::sentence_span> split_sentences(const document& doc) {
    std::vector<grammar::sentence_span> out;
    const std::string& t = doc.folded.text;
    static const grammar::word_set& abbreviations = grammar::lexicon_words("abbreviations");
    std::size_t para = 0;
    for (const auto& [pb, pe] : doc.paragraphs) {
        std::size_t start = pb;
        for (std::size_t i = pb; i < pe; ++i) {
            i += bytes::prefix_without(t.data() + i, pe - i, '.', '!', '?');  // to the next mark
            if (i >= pe) break;
            char c = t[i];
            std::size_t j = i + 1;
            while (j < pe && (t[j] == '"' || t[j] == ')' || t[j] == '\'')) ++j;
            if (j >= pe) break;
            if (t[j] != ' ' && t[j] != '\n') continue;
            std::size_t k = j;
            while (k < pe && (t[k] == ' ' || t[k] == '\n')) ++k;
            if (k >= pe) break;
            char n = t[k];
            if (!(grammar::ascii::is_upper(n) || grammar::ascii::is_digit(n) || n == '"' ||
                  n == '(' || static_cast<unsigned char>(n) >= 0x80))
                continue;
            if (c == '.') {
                // the word before the period
                std::size_t w = i;
                while (w > start && (is_alnum(t[w - 1]) || t[w - 1] == '.')) --w;
                const std::string_view word = std::string_view(doc.folded.lower).substr(w, i - w);
                if (abbreviations.count(word)) continue;
                if (word.size() == 1 && grammar::ascii::is_alpha(word[0]) &&
                    grammar::ascii::is_upper(t[w]))
                    continue;  // an initial: "John W. Henry"
            }
            out.push_back({start, j, para});
            start = k;
        }
        if (start < pe) out.push_back({start, pe, para});
        ++para;
    }
    // cut overlong sentences at a space
    std::vector<grammar::sentence_span> cut;
    cut.reserve(out.size());
    for (const auto& s : out) {
        std::size_t b = s.begin;
        while (s.end - b > max_sentence_bytes) {
            std::size_t e = t.rfind(' ', b + max_sentence_bytes);
            if (e == std::string::npos || e <= b) e = b + max_sentence_bytes;
            // never inside a UTF-8 sequence
            while (e < s.end && (static_cast<unsigned char>(t[e]) & 0xC0) == 0x80) ++e;
            cut.push_back({b, e, s.paragraph});
            b = e;
            while (b < s.end && t[b] == ' ') ++b;
        }
        if (b < s.end) cut.push_back({b, s.end, s.paragraph});
    }
    return cut;
}

}  // namespace claimcheck::engine
