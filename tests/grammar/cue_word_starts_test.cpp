#include <catch2/catch.hpp>

#include <cstddef>
#include <string>
#include <vector>

#include "grammar/byte_scan.hpp"
#include "grammar/cue_word_starts.hpp"

namespace {
std::vector<std::size_t> starts(const std::string& text, std::size_t begin, std::size_t end) {
    std::vector<std::size_t> out;
    claimcheck::grammar::cue_words::for_each_word_start(text.data(), begin, end, [&](std::size_t j) { out.push_back(j); });
    return out;
}
/// The rule itself, one byte at a time: a letter or digit with none before it (or at `begin`).
std::vector<std::size_t> by_rule(const std::string& text, std::size_t begin, std::size_t end) {
    auto word = [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
    std::vector<std::size_t> out;
    for (std::size_t j = begin; j < end; ++j)
        if (word(text[j]) && (j == begin || !word(text[j - 1]))) out.push_back(j);
    return out;
}
}  // namespace

TEST_CASE("cue_word_starts: the words of a short sentence", "[grammar][cue_word_starts]") {
    const std::string text = "He said: 45 U.N. staff";
    CHECK(starts(text, 0, text.size()) == std::vector<std::size_t>{0, 3, 9, 12, 14, 17});
    // a range that begins inside a word starts a word there; one that ends inside a word cuts it
    CHECK(starts(text, 4, 11) == std::vector<std::size_t>{4, 9});
    CHECK(starts(text, 0, 0).empty());
}

TEST_CASE("cue_word_starts: words across blocks of sixteen bytes, signs and bytes past ASCII", "[grammar][cue_word_starts]") {
    std::string text;
    // every length of word and of gap from 1 to 20, so that words and gaps begin and end at every
    // place of a block; UTF-8 bytes (>= 0x80) and signs end a word like a space
    const char* gaps[] = {" ", ", ", "\xE2\x80\x94", "\"", "--", "\n"};
    for (int n = 1; n <= 20; ++n) {
        for (int k = 0; k < n; ++k) text.push_back(k % 3 == 0 ? 'a' + k : k % 3 == 1 ? 'Z' - k : '0' + k % 10);
        const std::string gap = gaps[n % 6];
        for (int k = 0; k <= n % 4; ++k) text += gap;
    }
    for (std::size_t begin : {0, 1, 5, 15, 16, 17, 40}) {
        for (std::size_t end : {text.size(), text.size() - 1, std::size_t(64), std::size_t(100)}) {
            INFO("begin " << begin << ", end " << end);
            CHECK(starts(text, begin, end) == by_rule(text, begin, end));
        }
    }
    // and the same places as the scan shared with the other readers of words
    std::vector<std::size_t> shared;
    claimcheck::grammar::bytes::for_each_word_start(text.data(), 3, text.size(), [&](std::size_t j) {
        shared.push_back(j);
        return false;
    });
    CHECK(starts(text, 3, text.size()) == shared);
}
