#include "engine/text.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string_view>
#include <tuple>
#include <utility>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "engine/io_simd.hpp"
#include "grammar/ascii.hpp"
#include "grammar/byte_scan.hpp"

namespace claimcheck::engine {

namespace bytes = grammar::bytes;

namespace {

struct fold_rule {
    const char* from;  // UTF-8 sequence
    const char* to;    // ASCII replacement
};

// Typographic punctuation and spaces that the grammars read as their ASCII twins.
// (and the half after a figure: "2½ hours" reads as "2.5 hours"; "¼" and "¾" would need three
// bytes for their two, and a fold is never longer than its input)
constexpr std::array<fold_rule, 25> fold_rules{{
    {"\xE2\x80\x98", "'"},  {"\xE2\x80\x99", "'"},  {"\xE2\x80\x9B", "'"},  {"\xE2\x80\xB2", "'"},
    {"\xE2\x80\x9C", "\""}, {"\xE2\x80\x9D", "\""}, {"\xE2\x80\x9E", "\""}, {"\xE2\x80\xB3", "\""},
    {"\xC2\xAB", "\""},     {"\xC2\xBB", "\""},     {"\xC2\xA0", " "},      {"\xE2\x80\x89", " "},
    {"\xE2\x80\xAF", " "},  {"\xE2\x80\x87", " "},  {"\xE2\x80\x8A", " "},  {"\xE2\x80\x88", " "},
    {"\xE2\x80\x93", "-"},  {"\xE2\x80\x94", "-"},  {"\xE2\x88\x92", "-"},  {"\xE2\x80\x90", "-"},
    {"\xE2\x80\x91", "-"},  {"\xC2\xB2", "2"},      {"\xE2\x80\xA6", "..."}, {"\xC2\xAD", ""},
    {"\xC2\xBD", ".5"},
}};

/// The letters of Latin-1 and Latin Extended-A (U+00C0 to U+017F, two bytes each) as the ASCII
/// letters a reader takes them for: "Gómez" is read as "Gomez", "Łódź" as "Lodz", "Ærø" as
/// "AEro", so that names and words hold no byte the grammars stop at (they read ASCII letters:
/// "said José Álvarez" named "Jos"). Empty: not a letter (× and ÷), kept as it is. Never longer
/// than the two bytes it replaces.
constexpr std::array<std::string_view, 0x180 - 0xC0> latin_letters = {
    "A", "A", "A", "A", "A", "A", "AE", "C", "E", "E", "E", "E", "I", "I", "I", "I",
    "D", "N", "O", "O", "O", "O", "O", "", "O", "U", "U", "U", "U", "Y", "TH", "ss",
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
    "d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "y",
    "A", "a", "A", "a", "A", "a", "C", "c", "C", "c", "C", "c", "C", "c", "D", "d",
    "D", "d", "E", "e", "E", "e", "E", "e", "E", "e", "E", "e", "G", "g", "G", "g",
    "G", "g", "G", "g", "H", "h", "H", "h", "I", "i", "I", "i", "I", "i", "I", "i",
    "I", "i", "IJ", "ij", "J", "j", "K", "k", "k", "L", "l", "L", "l", "L", "l", "L",
    "l", "L", "l", "N", "n", "N", "n", "N", "n", "n", "N", "n", "O", "o", "O", "o",
    "O", "o", "OE", "oe", "R", "r", "R", "r", "R", "r", "S", "s", "S", "s", "S", "s",
    "S", "s", "T", "t", "T", "t", "T", "t", "U", "u", "U", "u", "U", "u", "U", "u",
    "U", "u", "U", "u", "W", "w", "Y", "y", "Y", "Z", "z", "Z", "z", "Z", "z", "s",
};

/// A fold rule's bytes packed into a word (the first byte lowest) with the mask of its length:
/// a sequence is matched with one comparison, not a strlen and a compare per rule.
struct packed_rule {
    std::uint32_t bytes = 0, mask = 0;
    std::size_t size = 0;
    std::string_view to;
};
constexpr auto packed_rules = [] {
    std::array<packed_rule, fold_rules.size()> p{};
    for (std::size_t r = 0; r < fold_rules.size(); ++r) {
        const std::string_view from = fold_rules[r].from;
        for (std::size_t k = 0; k < from.size(); ++k) {
            p[r].bytes |= static_cast<std::uint32_t>(static_cast<unsigned char>(from[k])) << (8 * k);
            p[r].mask |= std::uint32_t(0xFF) << (8 * k);
        }
        p[r].size = from.size();
        p[r].to = fold_rules[r].to;
    }
    return p;
}();
/// The bytes some fold rule opens with: another sign from 0x80 (most of them) is copied at once.
constexpr auto opens_rule = [] {
    std::array<bool, 256> o{};
    for (const auto& r : fold_rules) o[static_cast<unsigned char>(r.from[0])] = true;
    return o;
}();

#if defined(__SSE2__)
/// The bits (movemask order) of the bytes of `v` that may not be bytes::fold_plain: '<', '&', and
/// the control bytes but the newline and the bytes from 0x80, which are the bytes below 0x20 read
/// as signed (one compare for both). A control byte that is plain after all (a rare one: not CR,
/// tab, form feed or vertical tab) is copied by the byte-at-a-time loop after the run.
inline unsigned not_fold_plain(__m128i v) {
    const __m128i low_or_high = _mm_cmplt_epi8(v, _mm_set1_epi8(0x20));
    const __m128i control = _mm_andnot_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\n')), low_or_high);
    const __m128i signs = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('<')), _mm_cmpeq_epi8(v, _mm_set1_epi8('&')));
    return static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(control, signs)));
}

/// `v` with its ASCII capitals lower-cased: 'A'..'Z' moved to the bottom of the signed range, so
/// that one compare finds them.
inline __m128i lower_ascii(__m128i v) {
    const __m128i moved = _mm_add_epi8(v, _mm_set1_epi8(static_cast<char>(0x80 - 'A')));
    const __m128i upper = _mm_cmplt_epi8(moved, _mm_set1_epi8(static_cast<char>(-128 + 26)));
    return _mm_add_epi8(v, _mm_and_si128(upper, _mm_set1_epi8('a' - 'A')));
}

/// Copies the plain bytes (bytes::fold_plain) that open in[0, n) to `text`, and lower-cased to
/// `lower`, sixteen at a time (thirty-two while they last: one test and one step of the loop for
/// both); returns how many it copied: up to the first byte that is not plain, or to fewer than
/// sixteen bytes from the end (left to the byte-at-a-time loop). Whole blocks are stored, the
/// bytes past the first that is not plain included (what follows writes over them): `text` and
/// `lower` have room for n bytes.
inline std::size_t copy_plain_run(const char* in, std::size_t n, char* text, char* lower) {
    auto store = [&](std::size_t to, __m128i v) {
        _mm_storeu_si128(reinterpret_cast<__m128i*>(text + to), v);
        _mm_storeu_si128(reinterpret_cast<__m128i*>(lower + to), lower_ascii(v));
    };
    auto load = [&](std::size_t from) { return _mm_loadu_si128(reinterpret_cast<const __m128i*>(in + from)); };
    std::size_t i = 0;
    unsigned m = 0;
    for (; i + 32 <= n; i += 32) {
        const __m128i v = load(i), w = load(i + 16);
        store(i, v);
        store(i + 16, w);
        if ((m = not_fold_plain(v) | not_fold_plain(w) << 16)) break;
    }
    for (; !m && i + 16 <= n; i += 16) {
        const __m128i v = load(i);
        store(i, v);
        if ((m = not_fold_plain(v))) break;
    }
    return m ? i + static_cast<std::size_t>(__builtin_ctz(m)) : i;
}
#endif

#if CLAIMCHECK_IO_AVX2
/// copy_plain_run thirty-two bytes at a time, for a processor with AVX2; the last sixteen to
/// thirty-one bytes of a run are left to copy_plain_run. The bytes that may not be plain are found
/// in fewer steps than not_fold_plain takes: those below 0x20 read as signed (the control bytes
/// and those from 0x80), told apart (xor) from the members of {'\n', '&', '<'}, which have three
/// different low halves: a shuffle gives each byte the one member with its low half (or 0x80,
/// which no byte it is compared with can be: a byte from 0x80 is given 0), and one compare says
/// whether the byte is it. The lower-casing is lower_ascii's.
[[gnu::target("avx2")]] std::size_t copy_plain_run_avx2(const char* in, std::size_t n, char* text, char* lower) {
    constexpr char none = static_cast<char>(0x80);
    const __m256i members = _mm256_broadcastsi128_si256(_mm_setr_epi8(none, none, none, none, none, none, '&', none,
                                                                      none, none, '\n', none, '<', none, none, none));
    const __m256i below_space = _mm256_set1_epi8(0x20), shift = _mm256_set1_epi8(static_cast<char>(0x80 - 'A')),
                  letters = _mm256_set1_epi8(static_cast<char>(-128 + 26)), case_bit = _mm256_set1_epi8('a' - 'A');
    std::size_t i = 0;
    for (; i + 32 <= n; i += 32) {
        const __m256i v = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(in + i));
        const __m256i upper = _mm256_cmpgt_epi8(letters, _mm256_add_epi8(v, shift));
        _mm256_storeu_si256(reinterpret_cast<__m256i*>(text + i), v);
        _mm256_storeu_si256(reinterpret_cast<__m256i*>(lower + i), _mm256_add_epi8(v, _mm256_and_si256(upper, case_bit)));
        const __m256i low_or_high = _mm256_cmpgt_epi8(below_space, v);
        const __m256i member = _mm256_cmpeq_epi8(v, _mm256_shuffle_epi8(members, v));
        if (const auto m = static_cast<unsigned>(_mm256_movemask_epi8(_mm256_xor_si256(low_or_high, member))))
            return i + static_cast<std::size_t>(__builtin_ctz(m));
    }
    return i;
}
#endif

#if CLAIMCHECK_IO_AVX2
/// find_stops thirty-two places at a time, for a processor with AVX2: the four signs have four
/// different low halves, so a shuffle gives each byte the one sign with its low half (or 0x80,
/// which no byte it is compared with can be: a byte from 0x80 is given 0), and one compare says
/// whether the byte is it. Writes the places from `out` on; returns where it stopped (fewer than
/// thirty-two bytes before n) and the end of what it wrote.
[[gnu::target("avx2")]] std::pair<std::size_t, std::uint32_t*> find_stops_avx2(const char* t, std::size_t n, std::uint32_t* out) {
    constexpr char none = static_cast<char>(0x80);
    const __m256i stops = _mm256_broadcastsi128_si256(
        _mm_setr_epi8(none, '!', none, none, none, none, none, none, none, none, '\n', none, none, none, '.', '?'));
    std::size_t i = 0;
    for (; i + 32 <= n; i += 32) {
        const __m256i v = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(t + i));
        auto m = static_cast<unsigned>(_mm256_movemask_epi8(_mm256_cmpeq_epi8(v, _mm256_shuffle_epi8(stops, v))));
        for (; m; m &= m - 1) *out++ = static_cast<std::uint32_t>(i + static_cast<std::size_t>(__builtin_ctz(m)));
    }
    return {i, out};
}
#endif

struct entity {
    const char* name;  // without & and ;
    const char* to;
};
constexpr std::array<entity, 12> entities{{
    {"amp", "&"}, {"quot", "\""}, {"apos", "'"}, {"nbsp", " "}, {"lt", "<"}, {"gt", ">"},
    {"rsquo", "'"}, {"lsquo", "'"}, {"rdquo", "\""}, {"ldquo", "\""}, {"ndash", "-"}, {"mdash", "-"},
}};

}  // namespace

folded_text fold(std::string_view in) {
    folded_text out;
    out.runs.reserve(16);  // (a news article's quotes and dashes: grown from one, reallocated a few times)
    fold(in, out);
    return out;
}

void fold(std::string_view in, folded_text& out) {
    out.runs.clear();
    out.letters = false;
    // The folded text and its lower-cased twin are written side by side into buffers kept from
    // document to document (a fold is never longer than its input), each plain run sixteen or
    // thirty-two bytes at a time (copy_plain_run), then copied out at their size: a scan for the end of each run, a copy of
    // it, a copy of the whole text and a second pass to lower-case it were half as much again.
    thread_local std::unique_ptr<char[]> text_room, lower_room;
    thread_local std::size_t room = 0;
    if (room < in.size()) {
        room = std::max(in.size(), 2 * room);
        text_room = std::make_unique_for_overwrite<char[]>(room);
        lower_room = std::make_unique_for_overwrite<char[]>(room);
    }
    char* const text = text_room.get();
    char* const lower = lower_room.get();
    std::size_t at = 0;  // the size of the folded text so far
    auto put = [&](char c) {
        text[at] = c;
        lower[at++] = grammar::ascii::to_lower(c);
    };
    std::size_t i = 0;
    if (in.substr(0, 3) == "\xEF\xBB\xBF") i = 3;
    auto emit = [&](std::string_view s, std::size_t orig) {
        for (char c : s) {
            out.map(at, orig);
            put(c);
        }
    };
    while (i < in.size()) {
        unsigned char c = static_cast<unsigned char>(in[i]);
        if (bytes::fold_plain(static_cast<char>(c))) {
            // a run of bytes copied as they are (not CR, tab, form feed, vertical tab, '<' that may
            // open a tag, '&' that may open an entity, or non-ASCII): one map entry at most
            out.map(at, i);
#if defined(__SSE2__)
            // many bytes at a time (at <= i: the stores stay in room)
            std::size_t k = 0;
#if CLAIMCHECK_IO_AVX2
            if (io::has_avx2()) k = copy_plain_run_avx2(in.data() + i, in.size() - i, text + at, lower + at);
#endif
            if (i + k < in.size() && bytes::fold_plain(in[i + k]))
                k += copy_plain_run(in.data() + i + k, in.size() - i - k, text + at + k, lower + at + k);
            i += k;
            at += k;
#endif
            while (i < in.size() && bytes::fold_plain(in[i])) put(in[i++]);
            continue;
        }
        if (c == '\r') {
            emit("\n", i);
            i += (i + 1 < in.size() && in[i + 1] == '\n') ? 2 : 1;
            continue;
        }
        if (c == '\t' || c == '\f' || c == '\v') {
            emit(" ", i);
            ++i;
            continue;
        }
        if (c == '<' && i + 1 < in.size() &&
            (grammar::ascii::is_alpha(in[i + 1]) || in[i + 1] == '/' || in[i + 1] == '!')) {
            // an HTML tag is markup, not text: a block tag breaks the paragraph, an inline one is a space
            std::size_t end = std::string_view::npos;
            if (in.compare(i, 4, "<!--") == 0) {
                std::size_t e = in.find("-->", i + 4);
                if (e != std::string_view::npos) end = e + 3;
            } else {
                std::size_t e = in.find_first_of("<>\n", i + 1);
                if (e != std::string_view::npos && in[e] == '>' && e - i < 1000) end = e + 1;
            }
            if (end != std::string_view::npos) {
                std::size_t n = i + 1 + (in[i + 1] == '/');
                std::string name;
                while (n < end && grammar::ascii::is_alnum(in[n]))
                    name.push_back(grammar::ascii::to_lower(in[n++]));
                if ((name == "script" || name == "style") && in[i + 1] != '/') {
                    // their content is not text either
                    std::size_t close = in.find(std::string("</") + name, end);
                    if (close != std::string_view::npos) {
                        std::size_t close_end = in.find('>', close);
                        if (close_end != std::string_view::npos) end = close_end + 1;
                    }
                }
                static const char* const blocks[] = {"p", "br", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5",
                                                      "h6", "tr", "table", "section", "article", "blockquote", "hr",
                                                      "header", "footer", "title", "td", "th", "pre"};
                bool block = false;
                for (const char* b : blocks) block = block || name == b;
                emit(block ? "\n" : " ", i);
                i = end;
                continue;
            }
        }
        if (c == '&') {
            bool done = false;
            for (const auto& e : entities) {
                std::size_t n = std::strlen(e.name);
                if (in.substr(i + 1, n) == e.name && i + 1 + n < in.size() && in[i + 1 + n] == ';') {
                    emit(e.to, i);
                    i += n + 2;
                    done = true;
                    break;
                }
            }
            if (done) continue;
        }
        if ((c == 0xC3 || c == 0xC4 || c == 0xC5) && i + 1 < in.size()) {
            const auto d = static_cast<unsigned char>(in[i + 1]);
            const std::size_t cp = (static_cast<std::size_t>(c & 0x1F) << 6) | (d & 0x3F);
            if ((d & 0xC0) == 0x80 && cp >= 0xC0 && !latin_letters[cp - 0xC0].empty()) {
                emit(latin_letters[cp - 0xC0], i);
                out.letters = true;
                i += 2;
                continue;
            }
        }
        if (c >= 0x80 && opens_rule[c]) {
            // the (up to) four bytes from i, packed as the rules are (a rule longer than what is
            // left asks for continuation bytes where the word holds zeros: no match)
            std::uint32_t word = 0;
            for (std::size_t k = 0; k < 4 && i + k < in.size(); ++k)
                word |= static_cast<std::uint32_t>(static_cast<unsigned char>(in[i + k])) << (8 * k);
            const auto rule = std::find_if(packed_rules.begin(), packed_rules.end(),
                                           [&](const packed_rule& r) { return (word & r.mask) == r.bytes; });
            if (rule != packed_rules.end()) {
                emit(rule->to, i);
                i += rule->size;
                continue;
            }
        }
        out.map(at, i);
        put(static_cast<char>(c));
        ++i;
    }
    out.map(at, in.size());
    out.text.assign(text, at);
    out.lower.assign(lower, at);
}

std::size_t utf8_sequence(const char* p, std::size_t n) {
    const auto c = static_cast<unsigned char>(p[0]);
    std::size_t len;
    std::uint32_t cp;
    if ((c & 0xE0) == 0xC0) {
        len = 2;
        cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
        len = 3;
        cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
        len = 4;
        cp = c & 0x07;
    } else {
        return 0;
    }
    if (len > n) return 0;
    for (std::size_t k = 1; k < len; ++k) {
        const auto d = static_cast<unsigned char>(p[k]);
        if ((d & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (d & 0x3F);
    }
    if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
        (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return len;
}

std::size_t find_invalid_utf8(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size()) {
        i += bytes::ascii_prefix(s.data() + i, s.size() - i);  // ASCII, many bytes at a time
        if (i >= s.size()) break;
        if (static_cast<unsigned char>(s[i]) < 0x80) {
            ++i;
            continue;
        }
        const std::size_t n = utf8_sequence(s.data() + i, s.size() - i);
        if (n == 0) return i;
        i += n;
    }
    return std::string_view::npos;
}

void find_stops(std::string_view text, std::vector<std::uint32_t>& out) {
    // sixteen or thirty-two places sorted at a time, so that the text between stops is passed
    // over without a step, or a call, each; written through a pointer into room kept from
    // document to document (a place for each byte at most), then copied out at their number (a
    // vector's push_back checked its room and reloaded its end for each)
    const char* const t = text.data();
    const std::size_t n = text.size();
    thread_local std::unique_ptr<std::uint32_t[]> room;
    thread_local std::size_t room_size = 0;
    if (room_size < n) {
        room_size = std::max(n, 2 * room_size);
        room = std::make_unique_for_overwrite<std::uint32_t[]>(room_size);
    }
    std::uint32_t* p = room.get();
    std::size_t i = 0;
#if CLAIMCHECK_IO_AVX2
    if (io::has_avx2()) std::tie(i, p) = find_stops_avx2(t, n, p);
#endif
#if defined(__SSE2__)
    for (; i + 16 <= n; i += 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(t + i));
        const __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\n')), _mm_cmpeq_epi8(v, _mm_set1_epi8('.'))),
                                         _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('!')), _mm_cmpeq_epi8(v, _mm_set1_epi8('?'))));
        for (auto m = static_cast<unsigned>(_mm_movemask_epi8(hit)); m; m &= m - 1)
            *p++ = static_cast<std::uint32_t>(i + static_cast<std::size_t>(__builtin_ctz(m)));
    }
#endif
    for (; i < n; ++i)
        if (t[i] == '\n' || t[i] == '.' || t[i] == '!' || t[i] == '?') *p++ = static_cast<std::uint32_t>(i);
    out.insert(out.end(), room.get(), p);
}

std::size_t count_code_points(std::string_view s) {
    std::size_t n = 0;
    for (char c : s)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
    return n;
}

}  // namespace claimcheck::engine
