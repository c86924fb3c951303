#include <catch2/catch.hpp>

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "grammar/cue_word_starts.hpp"

using claimcheck::grammar::cue_words::leads;

namespace {
/// The places for_each_lead gives, the same whether the bytes past `end` may be loaded or not.
std::vector<std::size_t> found(const std::string& text, std::size_t begin, std::size_t end, const leads& filter) {
    std::vector<std::size_t> out, out_reading_on;
    claimcheck::grammar::cue_words::for_each_lead(text.data(), begin, end, end, filter, [&](std::size_t j) { out.push_back(j); });
    claimcheck::grammar::cue_words::for_each_lead(text.data(), begin, end, text.size(), filter,
                                                  [&](std::size_t j) { out_reading_on.push_back(j); });
    CHECK(out == out_reading_on);
    return out;
}
bool word_char(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
/// The rule, one byte at a time: a word starts at j (a letter or digit with none before it, or at
/// `begin`) and, read up to `end`, is one of `words` (words of one or two letters, any case) or
/// begins with the first three letters of one.
std::vector<std::size_t> by_rule(const std::string& text, std::size_t begin, std::size_t end,
                                 const std::vector<std::string>& words) {
    std::vector<std::size_t> out;
    for (std::size_t j = begin; j < end; ++j) {
        if (!word_char(text[j]) || (j > begin && word_char(text[j - 1]))) continue;
        std::size_t e = j;
        while (e < end && word_char(text[e])) ++e;
        std::string w;
        for (std::size_t k = j; k < e; ++k) w.push_back(lower(text[k]));
        for (const auto& x : words)
            if (x.size() < 3 ? w == x : w.compare(0, 3, x, 0, 3) == 0) {
                out.push_back(j);
                break;
            }
    }
    return out;
}
}  // namespace

TEST_CASE("cue_word_starts: words of one or two letters whole, longer ones by their first three", "[grammar][cue_word_starts]") {
    leads filter;
    for (const char* w : {"said", "as", "a"}) filter.add(w, 0);
    filter.add("u.s.", 0);  // not letters and digits only: adds nothing
    const std::string text = "As Saint a Sai, asked U.S. saids A as";
    //                        0  3     9 11   16    22   27    33 35
    CHECK(found(text, 0, text.size(), filter) == std::vector<std::size_t>{0, 3, 9, 11, 27, 33, 35});
    // a range that ends inside a word cuts it there: "as" of "asked" is a word of two letters
    CHECK(found(text, 16, 18, filter) == std::vector<std::size_t>{16});
    // one that begins inside a word starts a word there: "ids" is none
    CHECK(found(text, 29, text.size(), filter) == std::vector<std::size_t>{33, 35});
    CHECK(found(text, 0, 0, filter).empty());
}

TEST_CASE("cue_word_starts: the same words across blocks of sixteen bytes, signs and bytes past ASCII", "[grammar][cue_word_starts]") {
    const std::vector<std::string> words{"said", "according", "as", "is", "with", "told", "i"};
    leads filter;
    for (const auto& w : words) filter.add(w, 0);
    // the words at every place of a block, between gaps of every length; UTF-8 bytes (>= 0x80)
    // and signs end a word like a space
    const std::vector<std::string> pieces{"said", "Saying", "as", "ask", "IS", "i", "it", "according", "Accord", "with",
                                          "within", "told", "to", "Sa", "x9", "7", "ISO"};
    const char* gaps[] = {" ", ", ", "\xE2\x80\x94", "\"", "--", "\n", "   "};
    std::string text;
    for (int n = 0; n < 120; ++n) {
        text += pieces[static_cast<std::size_t>(n * 7) % pieces.size()];
        text += gaps[n % 7];
    }
    for (std::size_t begin : {0, 1, 5, 15, 16, 17, 40}) {
        for (std::size_t end : {text.size(), text.size() - 1, text.size() - 2, std::size_t(64), std::size_t(100), std::size_t(101)}) {
            INFO("begin " << begin << ", end " << end);
            CHECK(found(text, begin, end, filter) == by_rule(text, begin, end, words));
        }
    }
}

TEST_CASE("cue_word_starts: find reads the whole word where it lies, in either case", "[grammar][cue_word_starts]") {
    leads filter;
    filter.add("said", 1);
    filter.add("saying", 2);
    filter.add("as", 3);
    filter.add("g7", 4);
    filter.add("Said", 5);  // already there (case folded): keeps 1
    const std::string text = "SAID saidx as, Saying g8 g7 sa said";
    //                        0    5     11  15     22 25 28 31
    auto find = [&](std::size_t pos, std::size_t end) {
        std::size_t size = 0;
        const auto value = filter.find(text, pos, end, size);
        return value < 0 ? std::make_pair(value, std::size_t(0)) : std::make_pair(value, size);
    };
    CHECK(find(0, text.size()) == std::make_pair(1, std::size_t(4)));
    CHECK(find(5, text.size()).first == -1);  // "saidx": the word goes on
    CHECK(find(11, text.size()) == std::make_pair(3, std::size_t(2)));
    CHECK(find(15, text.size()) == std::make_pair(2, std::size_t(6)));
    CHECK(find(22, text.size()).first == -1);  // "g8": the filter's one class of digits, not the word
    CHECK(find(25, text.size()) == std::make_pair(4, std::size_t(2)));
    CHECK(find(28, text.size()).first == -1);  // "sa" is no word added
    CHECK(find(31, text.size()) == std::make_pair(1, std::size_t(4)));
    CHECK(find(31, 33).first == -1);  // read up to `end`: "sa"
    CHECK(find(5, 9) == std::make_pair(1, std::size_t(4)));  // "said" of "saidx", cut at `end`
}

TEST_CASE("cue_word_starts: every byte is a letter, a digit or neither as the rule reads it", "[grammar][cue_word_starts]") {
    // a one-letter word before and after each of the 256 byte values: the byte ends the word or
    // goes on with it (a letter of either case or a digit), read in blocks of thirty-two and
    // sixteen bytes as well as one at a time
    const std::vector<std::string> words{"a", "b"};
    leads filter;
    for (const auto& w : words) filter.add(w, 0);
    std::string text;
    for (unsigned byte = 0; byte < 256; ++byte) {
        text += "a";
        text += static_cast<char>(byte);
        text += "b ";
    }
    for (std::size_t begin : {0, 3, 31, 32, 33}) {
        INFO("begin " << begin);
        CHECK(found(text, begin, text.size(), filter) == by_rule(text, begin, text.size(), words));
    }
}

TEST_CASE("cue_word_starts: by four characters, every word of the filter and none that for_each_lead leaves", "[grammar][cue_word_starts]") {
    const std::vector<std::string> words{"said", "according", "as", "is", "with", "told", "i", "was"};
    leads filter;
    for (const auto& w : words) filter.add(w, 0);
    const std::vector<std::string> pieces{"said", "Saint", "Sai", "as", "ask", "IS", "i", "it", "according", "Accord", "with",
                                          "within", "told", "toll", "Sa", "x9", "7", "was", "wash", "WAS"};
    const char* gaps[] = {" ", ", ", "\xE2\x80\x94", "\"", "--", "\n", "   "};
    std::string text;
    for (int n = 0; n < 150; ++n) {
        text += pieces[static_cast<std::size_t>(n * 7) % pieces.size()];
        text += gaps[n % 7];
    }
    for (std::size_t begin : {0, 1, 5, 15, 16, 17, 40}) {
        for (std::size_t end : {text.size(), text.size() - 1, text.size() - 3, std::size_t(64), std::size_t(100), std::size_t(101)}) {
            INFO("begin " << begin << ", end " << end);
            std::vector<std::size_t> by_four, by_four_reading_on;
            claimcheck::grammar::cue_words::for_each_lead_by_four(text.data(), begin, end, end, filter,
                                                                  [&](std::size_t j) { by_four.push_back(j); });
            claimcheck::grammar::cue_words::for_each_lead_by_four(text.data(), begin, end, text.size(), filter,
                                                                  [&](std::size_t j) { by_four_reading_on.push_back(j); });
            const std::vector<std::size_t> by_three = found(text, begin, end, filter);
            // none that the first three characters leave out
            for (std::size_t j : by_four) CHECK(std::find(by_three.begin(), by_three.end(), j) != by_three.end());
            for (std::size_t j : by_four_reading_on) CHECK(std::find(by_three.begin(), by_three.end(), j) != by_three.end());
            // every place where a word of the filter stands whole (read up to `end`), in either case
            for (std::size_t j = begin; j < end; ++j) {
                if (!word_char(text[j]) || (j > begin && word_char(text[j - 1]))) continue;
                std::string w;
                for (std::size_t k = j; k < end && word_char(text[k]); ++k) w.push_back(lower(text[k]));
                if (std::find(words.begin(), words.end(), w) == words.end()) continue;
                INFO("word " << w << " at " << j);
                CHECK(std::find(by_four.begin(), by_four.end(), j) != by_four.end());
                CHECK(std::find(by_four_reading_on.begin(), by_four_reading_on.end(), j) != by_four_reading_on.end());
            }
        }
    }
}
