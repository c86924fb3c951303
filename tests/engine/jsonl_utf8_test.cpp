// A JSON Lines text that load_jsonl_line's reader decoded is not checked for UTF-8 a second
// time: the reader checks each string's UTF-8, and no escape it accepts decodes to invalid UTF-8.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "engine/document.hpp"
#include "engine/text.hpp"

using namespace claimcheck::engine;

namespace {

std::string hex4(unsigned v) {
    static const char* digits = "0123456789abcdef";
    std::string s = "\\u";
    for (int shift = 12; shift >= 0; shift -= 4) s += digits[(v >> shift) & 15];
    return s;
}

}  // namespace

TEST_CASE("jsonl: a text read from JSON Lines is valid UTF-8 whenever it is accepted", "[engine][document]") {
    // escapes of every kind of code point, surrogates alone, paired, reversed and doubled,
    // and raw bytes from 0x80 (alone, and as the start of a sequence cut short)
    std::vector<std::string> pieces;
    for (unsigned v : {0x41u, 0x7Fu, 0x80u, 0x7FFu, 0x800u, 0xFFFFu, 0xFFFEu, 0xD7FFu, 0xE000u, 0xD800u, 0xDBFFu, 0xDC00u, 0xDFFFu})
        pieces.push_back(hex4(v));
    pieces.push_back(hex4(0xD83D) + hex4(0xDE00));  // a pair: U+1F600
    pieces.push_back(hex4(0xDE00) + hex4(0xD83D));  // reversed
    pieces.push_back(hex4(0xD83D) + hex4(0xD83D));  // two high halves
    pieces.push_back(hex4(0xD83D) + "x");           // a high half, then a letter
    for (unsigned b = 0x80; b <= 0xFF; ++b) pieces.push_back(std::string(1, static_cast<char>(b)));
    pieces.push_back("\xE2\x82");      // cut short
    pieces.push_back("\xF0\x9F\x98");  // cut short
    pieces.push_back("\xE2\x82\xAC");  // whole: the euro sign
    pieces.push_back("\xC0\xAF");      // overlong
    pieces.push_back("\xED\xA0\x80");  // a surrogate written out
    std::size_t accepted = 0, refused = 0;
    for (const auto& p : pieces) {
        const std::string line = "{\"text\":\"Officials said 15 people " + p + " were hurt.\",\"id\":\"x\"}";
        INFO(line);
        document d;
        if (auto why = load_jsonl_line("t.jsonl:1", 1, line, d)) {
            ++refused;
            continue;
        }
        ++accepted;
        CHECK(find_invalid_utf8(d.bytes) == std::string::npos);
    }
    // both kinds are there: the test reads both ways through
    CHECK(accepted >= 10);
    CHECK(refused >= 10);
    // a lone surrogate is refused, a pair read as its character
    document d;
    CHECK(load_jsonl_line("t.jsonl:1", 1, "{\"text\":\"Officials said 15 people " + hex4(0xD800) + " were hurt.\"}", d));
    document e;
    REQUIRE_FALSE(load_jsonl_line("t.jsonl:1", 1, "{\"text\":\"Officials said 15 people " + hex4(0xD83D) + hex4(0xDE00) + " were hurt.\"}", e));
    CHECK(e.bytes.find("\xF0\x9F\x98\x80") != std::string::npos);
}
