#pragma once
// ASCII character classes read from a table, as the "C" locale has them (bytes >= 0x80 are in
// no class), and a character encoding for Spirit X3 built on the same table (its parsers are in
// grammar/ascii_x3.hpp; this header has no Spirit, so the engine may use it).
//
// Why: std::isalnum, std::tolower and friends are calls into the C library that consult the
// locale; X3's char_encoding::standard goes through them for every character a no_case[] rule or
// a character class looks at, which made them the largest single cost of extraction (a quarter of
// the time, see docs/performance.md). A table lookup inlines to one load. Lexicon words and
// grammar keywords are ASCII, and UTF-8 bytes are never letters here, exactly as before.
#include <cstdint>

namespace claimcheck::grammar::ascii {

enum : std::uint8_t { k_upper = 1, k_lower = 2, k_digit = 4, k_space = 8, k_punct = 16, k_cntrl = 32, k_blank = 64, k_xdigit = 128 };

struct class_table {
    std::uint8_t c[256]{};
    constexpr class_table() {
        for (int i = 'A'; i <= 'Z'; ++i) c[i] |= k_upper;
        for (int i = 'a'; i <= 'z'; ++i) c[i] |= k_lower;
        for (int i = '0'; i <= '9'; ++i) c[i] |= k_digit | k_xdigit;
        for (int i = 'a'; i <= 'f'; ++i) c[i] |= k_xdigit;
        for (int i = 'A'; i <= 'F'; ++i) c[i] |= k_xdigit;
        for (int i : {' ', '\t', '\n', '\v', '\f', '\r'}) c[i] |= k_space;
        c[static_cast<int>(' ')] |= k_blank;
        c[static_cast<int>('\t')] |= k_blank;
        for (int i = 0; i < 32; ++i) c[i] |= k_cntrl;
        c[127] |= k_cntrl;
        for (int i = 33; i < 127; ++i)
            if (!(c[i] & (k_upper | k_lower | k_digit))) c[i] |= k_punct;
    }
};
inline constexpr class_table table{};

inline std::uint8_t classes(char ch) { return table.c[static_cast<unsigned char>(ch)]; }
inline bool is_alnum(char ch) { return (classes(ch) & (k_upper | k_lower | k_digit)) != 0; }
inline bool is_alpha(char ch) { return (classes(ch) & (k_upper | k_lower)) != 0; }
inline bool is_digit(char ch) { return (classes(ch) & k_digit) != 0; }
inline bool is_upper(char ch) { return (classes(ch) & k_upper) != 0; }
inline bool is_lower(char ch) { return (classes(ch) & k_lower) != 0; }
inline bool is_space(char ch) { return (classes(ch) & k_space) != 0; }
inline char to_lower(char ch) { return is_upper(ch) ? static_cast<char>(ch - 'A' + 'a') : ch; }
inline char to_upper(char ch) { return is_lower(ch) ? static_cast<char>(ch - 'a' + 'A') : ch; }

/// An X3 character encoding with the interface of boost::spirit::char_encoding::standard.
struct encoding {
    using char_type = char;
    using classify_type = unsigned char;

    static bool isascii_(int ch) { return 0 == (ch & ~0x7f); }
    static bool ischar(int ch) { return (0 == (ch & ~0xff) || ~0 == (ch | 0xff)) != 0; }
    static bool strict_ischar(int ch) { return ch >= 0 && ch <= 0xff; }
    static std::uint8_t cls(int ch) { return table.c[static_cast<unsigned char>(ch)]; }
    static bool isalnum(int ch) { return (cls(ch) & (k_upper | k_lower | k_digit)) != 0; }
    static bool isalpha(int ch) { return (cls(ch) & (k_upper | k_lower)) != 0; }
    static bool isdigit(int ch) { return (cls(ch) & k_digit) != 0; }
    static bool isxdigit(int ch) { return (cls(ch) & k_xdigit) != 0; }
    static bool iscntrl(int ch) { return (cls(ch) & k_cntrl) != 0; }
    static bool isgraph(int ch) { return (cls(ch) & (k_upper | k_lower | k_digit | k_punct)) != 0; }
    static bool islower(int ch) { return (cls(ch) & k_lower) != 0; }
    static bool isprint(int ch) { return ch == ' ' || isgraph(ch); }
    static bool ispunct(int ch) { return (cls(ch) & k_punct) != 0; }
    static bool isspace(int ch) { return (cls(ch) & k_space) != 0; }
    static bool isblank(int ch) { return (cls(ch) & k_blank) != 0; }
    static bool isupper(int ch) { return (cls(ch) & k_upper) != 0; }
    static int tolower(int ch) { return isupper(ch) ? ch - 'A' + 'a' : ch; }
    static int toupper(int ch) { return islower(ch) ? ch - 'a' + 'A' : ch; }
    static std::uint32_t toucs4(int ch) { return static_cast<unsigned char>(ch); }
};

}  // namespace claimcheck::grammar::ascii
