#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "grammar/byte_scan.hpp"

namespace bytes = claimcheck::grammar::bytes;
namespace ascii = claimcheck::grammar::ascii;

namespace {
/// The word starts of [begin, end) read a byte at a time: what for_each_word_start must give.
std::vector<std::size_t> word_starts_slowly(const std::string& s, std::size_t begin, std::size_t end) {
    std::vector<std::size_t> out;
    for (std::size_t j = begin; j < end; ++j)
        if (ascii::is_alnum(s[j]) && (j == begin || !ascii::is_alnum(s[j - 1]))) out.push_back(j);
    return out;
}
}  // namespace

TEST_CASE("byte_scan: for_each_word_start gives every word start in order", "[grammar][byte_scan]") {
    // words of every length around the sixteen-byte blocks, signs, bytes from 0x80 (not letters),
    // the bytes next to '0'-'9', 'a'-'z' and 'A'-'Z', and ranges that begin inside a word
    const std::string text = "Ukraine's Air Force said 72 of 145 drones (\xE2\x80\x94 U.S.-made) were shot down; "
                             "/0:9@A[Z`a{z a bb ccc dddd eeeee ffffff ggggggg hhhhhhhhhhhhhhhhh 1,000.5 x\xC3\xA9y end";
    for (std::size_t begin = 0; begin < 40; ++begin)
        for (std::size_t end : {text.size(), text.size() - 1, begin + 17, begin + 33, begin}) {
            if (end < begin || end > text.size()) continue;
            std::vector<std::size_t> got;
            CHECK_FALSE(bytes::for_each_word_start(text.data(), begin, end, [&](std::size_t j) {
                got.push_back(j);
                return false;
            }));
            INFO("begin " << begin << ", end " << end);
            CHECK(got == word_starts_slowly(text, begin, end));
        }
    // stopping: true from f ends the scan there
    std::vector<std::size_t> got;
    CHECK(bytes::for_each_word_start(text.data(), 0, text.size(), [&](std::size_t j) {
        got.push_back(j);
        return got.size() == 3;
    }));
    CHECK(got == std::vector<std::size_t>{0, 8, 10});  // Ukraine, s, Air
}
