#include "engine/segment.hpp"

#include <algorithm>
#include <cctype>
#include <cstdint>

#include "grammar/ascii.hpp"
#include "grammar/lexicon.hpp"

namespace claimcheck::engine {

namespace {

bool is_alnum(char c) { return grammar::ascii::is_alnum(c); }

/// Whether the (lower-cased) text begins with a word that opens sentences and no name: a pronoun,
/// an article, a possessive or a demonstrative, then a space.
bool opens_sentence(std::string_view low) {
    static constexpr std::string_view openers[] = {"he",  "she",   "it",    "they",  "we",    "the",   "a",     "an",
                                                   "his", "her",   "their", "its",   "this",  "that",  "these", "those",
                                                   "there", "but"};
    for (std::string_view w : openers)
        if (low.size() > w.size() && low.compare(0, w.size(), w) == 0 && low[w.size()] == ' ') return true;
    return false;
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
    // the marks among the stops of the whole text (scan_layout's), each paragraph's in turn
    const std::vector<std::uint32_t>& marks = doc.stops;
    std::size_t next = 0;  // the first stop not yet passed
    std::size_t para = 0;
    for (const auto& [pb, pe] : doc.paragraphs) {
        std::size_t start = pb;
        if (next > 0 && marks[next - 1] >= pb)  // (paragraphs out of order: look again)
            next = static_cast<std::size_t>(std::lower_bound(marks.begin(), marks.end(), pb) - marks.begin());
        while (next < marks.size() && marks[next] < pb) ++next;
        for (; next < marks.size() && marks[next] < pe; ++next) {
            const std::size_t i = marks[next];
            const char c = t[i];
            if (c == '\n') continue;  // a line end
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
                // an abbreviation ends no sentence, unless a word that opens sentences and
                // begins no name follows it: "in Santa Barbara, Calif. She was 87.", "at 5 a.m.
                // The quake", "in Washington, D.C. A spokesman said"
                if (abbreviations.count(word) && (word == "vs" || !opens_sentence(std::string_view(doc.folded.lower).substr(k))))
                    continue;
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
