#include <catch2/catch.hpp>

#include <cstdint>
#include <string>
#include <vector>

#include "engine/io_simd.hpp"
#include "engine/text.hpp"

using namespace claimcheck::engine;

using offsets = std::vector<std::uint32_t>;

namespace {
/// The original offset of every folded byte and of the end.
offsets offsets_of(const folded_text& f) {
    offsets out;
    for (std::size_t i = 0; i <= f.text.size(); ++i) out.push_back(static_cast<std::uint32_t>(f.original(i)));
    return out;
}
}  // namespace

TEST_CASE("text: typographic apostrophes fold to ASCII and keep their original offsets", "[engine][text]") {
    // "Russia’s" : the apostrophe is three bytes in UTF-8
    folded_text f = fold("Russia\xE2\x80\x99s army");
    CHECK(f.text == "Russia's army");
    CHECK(f.original(6) == 6);   // the apostrophe starts at byte 6
    CHECK(f.original(7) == 9);   // 's' comes after the three bytes
    CHECK(f.original(f.text.size()) == 15);  // 6 + 3 + 1 + 5 bytes
}

TEST_CASE("text: a byte order mark is dropped", "[engine][text]") {
    const folded_text f = fold("\xEF\xBB\xBFKyiv");
    CHECK(f.text == "Kyiv");
    CHECK(offsets_of(f) == offsets{3, 4, 5, 6, 7});
}

TEST_CASE("text: typographic double quotes fold to '\"'", "[engine][text]") {
    // “Hi” : each quote is three bytes
    const folded_text f = fold("\xE2\x80\x9CHi\xE2\x80\x9D");
    CHECK(f.text == "\"Hi\"");
    CHECK(offsets_of(f) == offsets{0, 3, 4, 5, 8});
}

TEST_CASE("text: a non-breaking space folds to a space", "[engine][text]") {
    const folded_text f = fold("10\xC2\xA0km");
    CHECK(f.text == "10 km");
    CHECK(offsets_of(f) == offsets{0, 1, 2, 4, 5, 6});
}

TEST_CASE("text: en and em dashes fold to '-'", "[engine][text]") {
    const folded_text en = fold("10\xE2\x80\x93" "15");
    CHECK(en.text == "10-15");
    CHECK(offsets_of(en) == offsets{0, 1, 2, 5, 6, 7});

    const folded_text em = fold("a\xE2\x80\x94" "b");
    CHECK(em.text == "a-b");
    CHECK(offsets_of(em) == offsets{0, 1, 4, 5});
}

TEST_CASE("text: CRLF and a lone CR fold to one line feed", "[engine][text]") {
    const folded_text crlf = fold("a\r\nb");
    CHECK(crlf.text == "a\nb");
    CHECK(offsets_of(crlf) == offsets{0, 1, 3, 4});

    const folded_text cr = fold("a\rb");
    CHECK(cr.text == "a\nb");
    CHECK(offsets_of(cr) == offsets{0, 1, 2, 3});
}

TEST_CASE("text: HTML entities are decoded", "[engine][text]") {
    const folded_text amp = fold("AT&amp;T");
    CHECK(amp.text == "AT&T");
    CHECK(offsets_of(amp) == offsets{0, 1, 2, 7, 8});

    const folded_text quot = fold("&quot;x&quot;");
    CHECK(quot.text == "\"x\"");
    CHECK(offsets_of(quot) == offsets{0, 6, 7, 13});

    const folded_text nbsp = fold("5&nbsp;km");
    CHECK(nbsp.text == "5 km");
    CHECK(offsets_of(nbsp) == offsets{0, 1, 7, 8, 9});

    const folded_text rsquo = fold("Ukraine&rsquo;s");
    CHECK(rsquo.text == "Ukraine's");
    CHECK(rsquo.original(8) == 14);  // "s": 7 bytes of "Ukraine" + 7 of "&rsquo;"
}

TEST_CASE("text: what is not an entity stays as written", "[engine][text]") {
    CHECK(fold("G&C, a subsidiary").text == "G&C, a subsidiary");  // 18_5ecbplus
    CHECK(fold("&foo; &amp").text == "&foo; &amp");
}

TEST_CASE("text: an ellipsis becomes three dots that all point at it", "[engine][text]") {
    const folded_text f = fold("wait\xE2\x80\xA6");
    CHECK(f.text == "wait...");
    CHECK(offsets_of(f) == offsets{0, 1, 2, 3, 4, 4, 4, 7});
}

TEST_CASE("text: a soft hyphen is dropped", "[engine][text]") {
    const folded_text f = fold("co\xC2\xAD" "op");
    CHECK(f.text == "coop");
    CHECK(offsets_of(f) == offsets{0, 1, 4, 5, 6});
}

TEST_CASE("text: bytes that are not folded are copied", "[engine][text]") {
    const folded_text euro = fold("\xE2\x82\xAC" "150");  // €150
    CHECK(euro.text == "\xE2\x82\xAC" "150");
    CHECK(offsets_of(euro) == offsets{0, 1, 2, 3, 4, 5, 6});

    const folded_text invalid = fold("a\xFFz");
    CHECK(invalid.text == "a\xFFz");
    CHECK(offsets_of(invalid) == offsets{0, 1, 2, 3});
}

TEST_CASE("text: the lower-case twin has the same offsets", "[engine][text]") {
    const folded_text f = fold("Russia\xE2\x80\x99s AIR Force: \xE2\x82\xAC" "150 Bn");
    CHECK(f.text == "Russia's AIR Force: \xE2\x82\xAC" "150 Bn");
    CHECK(f.lower == "russia's air force: \xE2\x82\xAC" "150 bn");
    CHECK(f.lower.size() == f.text.size());
    CHECK(f.original(f.text.size()) == 31);  // the end maps to the end: 6 + 3 + 13 + 3 + 6 bytes
}

TEST_CASE("text: plain ASCII text needs one run of the offset map, whatever its length", "[engine][text]") {
    const std::string plain(100000, 'a');
    const folded_text f = fold(plain);
    CHECK(f.runs.size() == 1);
    CHECK(f.original(0) == 0);
    CHECK(f.original(99999) == 99999);
    CHECK(f.original(100000) == 100000);
    // the text after a sign folded from several bytes starts a new run: "x’y" -> "x'y"
    const folded_text g = fold("x\xE2\x80\x99y");
    CHECK(g.runs.size() == 2);
    CHECK(offsets_of(g) == offsets{0, 1, 4, 5});
}

TEST_CASE("text: a sentence of a seed article folds byte for byte", "[engine][text]") {
    // 001: Ukraine’s “lack of will” to reach a deal – although
    const std::string original = "Ukraine\xE2\x80\x99s \xE2\x80\x9Clack of will\xE2\x80\x9D to reach a deal \xE2\x80\x93 although";
    const folded_text f = fold(original);
    CHECK(f.text == "Ukraine's \"lack of will\" to reach a deal - although");
    // every ASCII byte of the folded text points at the same byte in the original
    for (std::size_t i = 0; i < f.text.size(); ++i) {
        INFO("folded byte " << i);
        const unsigned char o = static_cast<unsigned char>(original[f.original(i)]);
        if (o < 0x80) CHECK(original[f.original(i)] == f.text[i]);
    }
    // four three-byte characters (’ “ ” –) come before "although", each folded to one byte
    const std::size_t folded_at = f.text.find("although");
    CHECK(f.original(folded_at) == original.find("although"));
    CHECK(f.original(folded_at) == folded_at + 4 * 2);
    CHECK(f.original(f.text.size()) == original.size());
}

TEST_CASE("text: find_invalid_utf8", "[engine][text]") {
    constexpr auto npos = std::string::npos;
    CHECK(find_invalid_utf8("") == npos);
    CHECK(find_invalid_utf8("145 drones") == npos);
    CHECK(find_invalid_utf8("Russia\xE2\x80\x99s") == npos);       // three bytes
    CHECK(find_invalid_utf8("\xC2\xA3" "2m") == npos);              // two bytes
    CHECK(find_invalid_utf8("\xF0\x9F\x98\x80") == npos);           // four bytes
    CHECK(find_invalid_utf8("ab\xFF" "cd") == 2);                   // never valid
    CHECK(find_invalid_utf8("Kyiv\x80") == 4);                      // a lone continuation byte
    CHECK(find_invalid_utf8("ab\xE2\x80") == 2);                    // cut short at the end
    CHECK(find_invalid_utf8("ab\xE2\x80z") == 2);                   // cut short by ASCII
    CHECK(find_invalid_utf8("\xC0\xAF") == 0);                      // overlong "/"
    CHECK(find_invalid_utf8("\xE0\x80\xAF") == 0);                  // overlong, three bytes
    CHECK(find_invalid_utf8("x\xED\xA0\x80") == 1);                 // a UTF-16 surrogate
    CHECK(find_invalid_utf8("\xF4\x90\x80\x80") == 0);              // above U+10FFFF
}

TEST_CASE("text: find_invalid_utf8 finds the bad byte wherever it lies in a run of ASCII", "[engine][text]") {
    // ASCII is read eight bytes at a time: the bad byte may fall in any lane, or in the tail
    for (std::size_t at = 0; at < 40; ++at) {
        for (std::size_t len = at + 1; len < at + 20; ++len) {
            std::string s(len, 'a');
            s[at] = '\x80';
            CHECK(find_invalid_utf8(s) == at);
            std::string ok(len, 'a');
            if (at + 2 <= len) {
                ok[at] = '\xC2';
                ok[at + 1] = '\xA3';
                CHECK(find_invalid_utf8(ok) == std::string::npos);
            }
        }
    }
}

TEST_CASE("text: runs of plain bytes between folded signs keep every offset", "[engine][text]") {
    std::string original;
    for (int k = 0; k < 20; ++k) original += std::string(static_cast<std::size_t>(k), 'x') + "\xE2\x80\x99&amp;\r\n<b>";
    const folded_text f = fold(original);
    // every plain 'x' maps back to an 'x' of the original, in order
    std::size_t last = 0;
    for (std::size_t i = 0; i < f.text.size(); ++i) {
        if (f.text[i] != 'x') continue;
        const std::size_t o = f.original(i);
        REQUIRE(o < original.size());
        CHECK(original[o] == 'x');
        CHECK(o >= last);
        last = o;
    }
    CHECK(f.original(f.text.size()) == original.size());
}

TEST_CASE("text: a folded sign at every place of the blocks of plain text around it", "[engine][text]") {
    // plain runs are copied (and lower-cased) sixteen bytes at a time: a sign at each place of
    // texts of each length up to past two blocks, mixed-case letters on both sides
    const std::vector<std::pair<std::string, std::string>> signs{
        {"\r\n", "\n"}, {"\r", "\n"}, {"\t", " "}, {"\v", " "}, {"\f", " "}, {"\n", "\n"}, {"<b>", " "}, {"</P>", "\n"},
        {"&amp;", "&"}, {"&x", "&x"}, {"<", "<"}, {"\xE2\x80\x99", "'"}, {"\xC3\xA9", "e"}, {"\xC3\x89", "E"},
        {"\xC3\x9F", "ss"}, {"\xC3\x97", "\xC3\x97"}, {"\xC2\xAD", ""}};
    const std::string letters = "aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789AbCdEfGhIj";
    for (std::size_t n = 0; n <= 40; ++n)
        for (std::size_t at = 0; at <= n; ++at)
            for (const auto& [sign, folded] : signs) {
                const std::string before = letters.substr(0, at), after = letters.substr(at, n - at);
                const std::string original = before + sign + after;
                const folded_text f = fold(original);
                INFO(n << " " << at << " " << sign);
                REQUIRE(f.text == before + folded + after);
                std::string lower = f.text;
                for (char& c : lower)
                    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
                CHECK(f.lower == lower);
                if (!before.empty() || !folded.empty()) CHECK(f.original(0) == 0);  // (a dropped sign first: its end)
                CHECK(f.original(before.size() + folded.size()) == before.size() + sign.size());
                CHECK(f.original(f.text.size()) == original.size());
            }
}

TEST_CASE("text: the AVX2 and the SSE2 loops fold alike, a sign at every place of two wide blocks", "[engine][text]") {
    // with AVX2, plain runs are copied thirty-two bytes at a time, the rest sixteen at a time: a
    // sign at each place of texts of each length up to past two wide blocks, both ways (on a
    // processor without AVX2 both ways are the SSE2 loop)
    const std::vector<std::pair<std::string, std::string>> signs{
        {"\r\n", "\n"}, {"\t", " "}, {"\n", "\n"}, {"<b>", " "}, {"&amp;", "&"}, {"&x", "&x"}, {"<", "<"},
        {"\xE2\x80\x99", "'"}, {"\xC3\xA9", "e"}, {"\xC3\x97", "\xC3\x97"}, {"\xC2\xAD", ""}, {std::string(1, '\0'), std::string(1, '\0')},
        {"\x1F", "\x1F"}, {"\x7F", "\x7F"}, {"@[`{", "@[`{"}};
    std::string letters;
    while (letters.size() < 80) letters += "aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789";
    struct restore {
        ~restore() { claimcheck::engine::io::avx2_off = false; }
    } restore_after;
    for (std::size_t n = 0; n <= 72; ++n)
        for (std::size_t at = 0; at <= n; ++at)
            for (const auto& [sign, folded] : signs) {
                const std::string before = letters.substr(0, at), after = letters.substr(at, n - at);
                const std::string original = before + sign + after;
                claimcheck::engine::io::avx2_off = false;
                const folded_text wide = fold(original);
                claimcheck::engine::io::avx2_off = true;
                const folded_text narrow = fold(original);
                INFO(n << " " << at << " " << sign);
                REQUIRE(wide.text == before + folded + after);
                std::string lower = wide.text;
                for (char& c : lower)
                    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
                CHECK(wide.lower == lower);
                CHECK(wide.original(before.size() + folded.size()) == before.size() + sign.size());
                CHECK(narrow.text == wide.text);
                CHECK(narrow.lower == wide.lower);
                CHECK(offsets_of(narrow) == offsets_of(wide));
            }
}

TEST_CASE("text: find_stops gives every line end and sentence mark in order, both loops", "[engine][text]") {
    // each of the four signs (and bytes that are none of them: a byte from 0x80, a NUL) at every
    // place of texts up to past two wide blocks, with AVX2 and without
    std::string letters;
    while (letters.size() < 80) letters += "aB,c;D:e0-9 'x\"y)";
    struct restore {
        ~restore() { claimcheck::engine::io::avx2_off = false; }
    } restore_after;
    for (const char sign : {'\n', '.', '!', '?', '\xAE', '\0', '/'})
        for (std::size_t n = 1; n <= 72; ++n)
            for (std::size_t at = 0; at < n; ++at) {
                std::string text = letters.substr(0, n);
                text[at] = sign;
                text[n - 1 - (n - 1) / 3] = '.';  // a second stop, before or after (or the same place)
                std::vector<std::uint32_t> expected;
                for (std::size_t i = 0; i < text.size(); ++i)
                    if (text[i] == '\n' || text[i] == '.' || text[i] == '!' || text[i] == '?')
                        expected.push_back(static_cast<std::uint32_t>(i));
                INFO(n << " " << at << " " << static_cast<int>(sign));
                for (const bool off : {false, true}) {
                    claimcheck::engine::io::avx2_off = off;
                    std::vector<std::uint32_t> stops{7};  // appended to
                    find_stops(text, stops);
                    REQUIRE(!stops.empty());
                    CHECK(stops.front() == 7);
                    CHECK(std::vector<std::uint32_t>(stops.begin() + 1, stops.end()) == expected);
                }
            }
}

TEST_CASE("text: count_code_points", "[engine][text]") {
    CHECK(count_code_points("") == 0);
    CHECK(count_code_points("drones") == 6);
    CHECK(count_code_points("Russia\xE2\x80\x99s") == 8);
    CHECK(count_code_points("\xE2\x82\xAC" "150") == 4);
    CHECK(count_code_points("\xF0\x9F\x98\x80") == 1);
}

#include <algorithm>
#include <random>

#include "grammar/byte_scan.hpp"

TEST_CASE("byte_scan: the wide scans agree with the byte-by-byte rules", "[engine][text]") {
    namespace bytes = claimcheck::grammar::bytes;
    std::mt19937 rng(7);
    // mostly plain letters, now and then one of the bytes the scans stop at
    const std::string rare = std::string("\r\t\f\v<&\"\\\x01\x1F\x7F\x80\xC3\xE2\xFF", 15) + "AZz@[`{09/:";
    for (int round = 0; round < 2000; ++round) {
        const std::size_t n = rng() % 70;
        std::string s(n, 'x');
        for (auto& c : s) c = (rng() % 8 == 0) ? rare[rng() % rare.size()] : static_cast<char>('a' + rng() % 26);
        if (round % 2) std::transform(s.begin(), s.end(), s.begin(), [](char c) { return c == 'q' ? ' ' : c; });
        for (std::size_t from = 0; from <= n; from += 1 + rng() % 5) {
            const char* p = s.data() + from;
            const std::size_t m = n - from;
            std::size_t want = 0;
            while (want < m && static_cast<unsigned char>(p[want]) < 0x80) ++want;
            CHECK(bytes::ascii_prefix(p, m) == want);
            want = 0;
            while (want < m && bytes::fold_plain(p[want])) ++want;
            CHECK(bytes::fold_plain_prefix(p, m) == want);
            want = 0;
            while (want < m && bytes::json_plain(p[want])) ++want;
            CHECK(bytes::json_plain_prefix(p, m) == want);
            want = 0;
            while (want < m && p[want] != '<' && p[want] != '&' && p[want] != 'z') ++want;
            CHECK(bytes::prefix_without(p, m, '<', '&', 'z') == want);
            want = 0;
            while (want < m && claimcheck::grammar::ascii::is_alnum(p[want])) ++want;
            CHECK(bytes::alnum_prefix(p, m) == want);
        }
        std::string low = s, expect = s;
        for (char& c : expect)
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        bytes::lower_ascii(low.data(), low.size());
        CHECK(low == expect);
    }
}

TEST_CASE("text: Latin letters with marks are read as their ASCII letters, mapped back to the original", "[engine][text]") {
    const std::string original = "said Jos\xC3\xA9 \xC3\x81lvarez in \xC5\x81\xC3\xB3" "d\xC5\xBA, Stra\xC3\x9F" "e 3 \xC3\x97 4";
    const folded_text f = fold(original);
    CHECK(f.text == "said Jose Alvarez in Lodz, Strasse 3 \xC3\x97 4");
    CHECK(f.lower == "said jose alvarez in lodz, strasse 3 \xC3\x97 4");
    // "Alvarez" begins where the original's "\xC3\x81lvarez" does, and ends where it ends
    const std::size_t a = f.text.find("Alvarez");
    CHECK(f.original(a) == original.find("\xC3\x81lvarez"));
    CHECK(f.original(a + 7) == original.find("\xC3\x81lvarez") + 8);
    CHECK(f.original(f.text.size()) == original.size());
}
