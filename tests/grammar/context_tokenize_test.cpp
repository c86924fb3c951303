// tokenize reads each run of letters and digits without a bounds check where the byte after the
// sentence is no letter or digit, and with one elsewhere: the tokens must be those of the rule
// (context.hpp) wherever the sentence ends, in the middle of a word or not.
#include <catch2/catch.hpp>

#include <cctype>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "grammar/context.hpp"

namespace {

/// The seed articles, found from this file's place (tests/grammar/ in the source tree).
const std::filesystem::path seeds = std::filesystem::path(__FILE__).parent_path().parent_path().parent_path() / "corpus" / "seeds";

/// The text lower-cased a byte a byte, as the document's `lower` is (the same length).
std::string lowered(std::string s) {
    for (char& c : s)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return s;
}

struct plain_token {
    std::size_t begin, end;
    bool word, capitalised, joined;
    bool operator==(const plain_token&) const = default;
};

bool letter_or_digit(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

/// The rule, a byte at a time: a word is a run of letters and digits, runs joined by a '-', '\''
/// or '.' between two of them; spaces and newlines part tokens; a byte of 0x80 and up is a token
/// with the UTF-8 continuation bytes after it; any other byte is a token of its own. Nothing past
/// `end` is read.
std::vector<plain_token> by_the_rule(const std::string& s, std::size_t begin, std::size_t end) {
    std::vector<plain_token> out;
    std::size_t i = begin;
    while (i < end) {
        const char c = s[i];
        if (c == ' ' || c == '\n') {
            ++i;
            continue;
        }
        std::size_t e = i + 1;
        bool word = false, joined = false;
        if (letter_or_digit(c)) {
            word = true;
            for (;;) {
                while (e < end && letter_or_digit(s[e])) ++e;
                if (e + 1 < end && (s[e] == '-' || s[e] == '\'' || s[e] == '.') && letter_or_digit(s[e + 1])) {
                    joined = true;
                    e += 1;
                    continue;
                }
                break;
            }
            // a dotted initialism ("u.s", single letters between points) keeps its last point
            // when a space and a lower-case letter follow it in the sentence
            const bool letter_point_letter = e >= i + 3 && s[e - 2] == '.' && std::isalpha(static_cast<unsigned char>(s[e - 1])) &&
                                             std::isalpha(static_cast<unsigned char>(s[e - 3]));
            if (joined && letter_point_letter && e + 2 < end && s[e] == '.' && s[e + 1] == ' ' && s[e + 2] >= 'a' && s[e + 2] <= 'z') ++e;
        } else if (static_cast<unsigned char>(c) >= 0x80) {
            while (e < end && (static_cast<unsigned char>(s[e]) & 0xC0) == 0x80) ++e;
        }
        out.push_back({i, e, word, c >= 'A' && c <= 'Z', joined});
        i = e;
    }
    return out;
}

std::vector<plain_token> tokens_of(const std::string& text, const std::string& lower, std::size_t begin, std::size_t end) {
    const claimcheck::grammar::text_input in{text, lower};
    std::vector<plain_token> out;
    for (const auto& t : claimcheck::grammar::tokenize(in, begin, end)) {
        CHECK(t.lower == std::string_view(lower).substr(t.begin, t.end - t.begin));
        out.push_back({t.begin, t.end, t.word, t.capitalised, t.joined});
    }
    return out;
}

}  // namespace

TEST_CASE("tokenize: a sentence that ends inside a word ends the word there", "[grammar][tokenize]") {
    const std::string text = "Ukraine's 20-year-old U.S. soldiers", lower = "ukraine's 20-year-old u.s. soldiers";
    // "Ukraine's 20-ye|ar-old": the word is cut where the sentence ends
    auto cut = tokens_of(text, lower, 0, 15);
    REQUIRE(cut.size() == 2);
    CHECK(cut[1] == plain_token{10, 15, true, false, true});
    // "...20-|year": a joiner with nothing after it in the sentence is a token of its own
    cut = tokens_of(text, lower, 10, 13);
    REQUIRE(cut.size() == 2);
    CHECK(cut[0] == plain_token{10, 12, true, false, false});
    CHECK(cut[1] == plain_token{12, 13, false, false, false});
    // the whole text: "U.S." is joined and keeps its last period (a word in lower case follows),
    // and the last word ends at the text's end
    cut = tokens_of(text, lower, 0, text.size());
    REQUIRE(cut.size() == 4);
    CHECK(cut[2] == plain_token{22, 26, true, true, true});
    CHECK(cut[3] == plain_token{27, 35, true, false, false});
    // at a sentence's end, or before a capital, the last period is a token of its own
    const std::string end_text = "in the U.S. Then", end_lower = "in the u.s. then";
    cut = tokens_of(end_text, end_lower, 0, end_text.size());
    REQUIRE(cut.size() == 5);
    CHECK(cut[2] == plain_token{7, 10, true, true, true});
    CHECK(cut[3] == plain_token{10, 11, false, false, false});
}

TEST_CASE("tokenize: the tokens of the rule wherever a sentence of real text ends", "[grammar][tokenize]") {
    std::vector<std::string> texts{"end. -x x- 'y y' a.b. caf\xC3\xA9 \xE2\x80\x94 x\n\nY", "a-b c'd e.f 1.5 2,000 A-"};
    for (const auto& entry : std::filesystem::directory_iterator(seeds)) {
        std::ifstream in(entry.path(), std::ios::binary);
        texts.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
    REQUIRE(texts.size() > 5);
    std::size_t compared = 0;
    for (const auto& text : texts) {
        const std::string lower = lowered(text);
        // sentences of every length from a few places, ending at every kind of byte
        for (std::size_t begin = 0; begin < text.size(); begin += 997)
            for (std::size_t end = begin; end <= text.size() && end <= begin + 300; ++end) {
                const auto got = tokens_of(text, lower, begin, end);
                const auto want = by_the_rule(text, begin, end);
                INFO(text.substr(begin, end - begin));
                REQUIRE(got == want);
                ++compared;
            }
    }
    CHECK(compared > 1000);
}
