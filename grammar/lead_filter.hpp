#pragma once
// "May the word of the text at this position be one of these?" answered from its first three
// characters alone: one bit of a table, no hashing (and, asked next, from its fourth). No means
// no; yes means look the word up. For the scans that ask it of every word of a text, where most
// words are in no lexicon.
#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "grammar/ascii.hpp"

namespace claimcheck::grammar {

class lead_filter {
public:
    /// What a word is made of: letters and digits (the words of word_trie), or letters only
    /// (then a digit ends a word like a space does).
    enum class words { alnum, letters };

    explicit lead_filter(words w = words::alnum) {
        for (unsigned ch = 0; ch < 256; ++ch) {
            const char c = static_cast<char>(ch);
            class_[ch] = static_cast<std::uint8_t>(ascii::is_alpha(c)                              ? ascii::to_lower(c) - 'a'
                                                   : ascii::is_digit(c) && w == words::alnum ? digit
                                                                                             : other);
        }
    }

    /// Adds a word (case folded). `runs_on`: the text's word may go on past it (only its leading
    /// characters must be `word`'s). A word with a character that is no word character of this
    /// filter is cut there (what follows cannot be read as part of the same word).
    void add(std::string_view word, bool runs_on = false) {
        unsigned c[4];
        std::size_t n = 0;
        while (n < word.size() && n < 4 && word_class(word[n]) != other) {
            c[n] = word_class(word[n]);
            ++n;
        }
        if (n == 0) return;
        if (n < 3 && n < word.size()) runs_on = false;  // cut at a sign: the word ends there
        if (n >= 3) {
            set(c[0], c[1], c[2]);
            if (n == 3 && runs_on) open_[c[0] * classes + c[1]] |= std::uint32_t(1) << c[2];
            else set_fourth(c[0], c[1], c[2], n == 4 ? c[3] : other);
        } else if (runs_on) {
            // any characters may follow the leading ones
            for (unsigned x = 0; x < classes; ++x)
                for (unsigned y = 0; y < classes; ++y) {
                    set(c[0], n == 1 ? x : c[1], y);
                    open_[c[0] * classes + (n == 1 ? x : c[1])] |= std::uint32_t(1) << y;
                }
        } else {
            set(c[0], n == 2 ? c[1] : other, other);  // the word ends after one or two characters
        }
    }

    /// False when the word that starts at `pos` (reading up to `end`) is none of the words added,
    /// nor begins with a word added as running on.
    bool may(std::string_view text, std::size_t pos, std::size_t end) const {
        const unsigned a = pos < end ? word_class(text[pos]) : other;
        if (a == other) return false;
        const unsigned b = pos + 1 < end ? word_class(text[pos + 1]) : other;
        const unsigned c = b != other && pos + 2 < end ? word_class(text[pos + 2]) : other;
        return (third_[a * classes + b] >> c) & 1;
    }

    /// may(), always inlined: for a loop that asks it of every word and does little else (the
    /// compiler keeps may() out of line where it is asked in many places of a function).
    [[gnu::always_inline]] bool may_inline(std::string_view text, std::size_t pos, std::size_t end) const {
        const unsigned a = pos < end ? word_class(text[pos]) : other;
        if (a == other) return false;
        const unsigned b = pos + 1 < end ? word_class(text[pos + 1]) : other;
        const unsigned c = b != other && pos + 2 < end ? word_class(text[pos + 2]) : other;
        return (third_[a * classes + b] >> c) & 1;
    }

    /// may(), for a word that starts at `p` with a letter, where the three bytes from `p` are
    /// the text's (none past the end given to may): no bounds to check, for the scans that ask
    /// it of every word they pass.
    [[gnu::always_inline]] bool may_letter(const char* p) const {
        const unsigned a = word_class(p[0]);
        const unsigned b = word_class(p[1]);
        // (a word of one character: its row is all set or all clear, so any third class reads it)
        return (third_[a * classes + b] >> word_class(p[2])) & 1;
    }

    /// For a word at `p` that may() or may_letter() let through (up to `end`, and `p` ahead of
    /// `text.data() + end` by at least three bytes): false when its fourth character tells it is
    /// none of the words added either ("for" and "this" share three letters with "forty" and
    /// "thirty", "miles" with "million"). A word of one or two characters passes.
    [[gnu::always_inline]] bool may_fourth(std::string_view text, std::size_t pos, std::size_t end) const {
        const unsigned a = word_class(text[pos]), b = word_class(text[pos + 1]), c = word_class(text[pos + 2]);
        if (b == other || c == other || ((open_[a * classes + b] >> c) & 1)) return true;
        const unsigned d = pos + 3 < end ? word_class(text[pos + 3]) : other;
        const std::size_t bit = fourth_bit(a, b, c, d);
        return (fourth_[bit / 64] >> (bit % 64)) & 1;
    }

private:
    static constexpr unsigned digit = 26, other = 27, classes = 28;
    static_assert(classes <= 32, "a class of the third character is a bit of a 32-bit word");

    unsigned word_class(char ch) const { return class_[static_cast<unsigned char>(ch)]; }
    void set(unsigned a, unsigned b, unsigned c) {
        // nothing is read past the end of the word: a word of one character sets its whole row
        // (may_letter reads any third character there)
        third_[a * classes + b] |= b == other ? (std::uint32_t(1) << classes) - 1 : std::uint32_t(1) << c;
    }

    /// The bit of fourth_ for the classes of a word's first four characters (`d` other: the word
    /// ends after three): a hash, so a word may share a bit with one added (then it passes).
    static std::size_t fourth_bit(unsigned a, unsigned b, unsigned c, unsigned d) {
        const std::uint32_t key = ((a * classes + b) * classes + c) * classes + d;
        return (key * 0x9E3779B1u) >> (32 - 13);
    }
    void set_fourth(unsigned a, unsigned b, unsigned c, unsigned d) {
        const std::size_t bit = fourth_bit(a, b, c, d);
        fourth_[bit / 64] |= std::uint64_t(1) << (bit % 64);
    }

    std::array<std::uint8_t, 256> class_{};  ///< a byte's class: its letter (0-25), digit or other
    /// for each class of the first two characters, the classes of the third that may follow
    std::array<std::uint32_t, std::size_t(classes) * classes> third_{};
    /// the first three characters of the words added as running on, as third_ has them: any
    /// fourth may follow them
    std::array<std::uint32_t, std::size_t(classes) * classes> open_{};
    /// the first four characters of the other words of three or more (of 8192 bits, by fourth_bit)
    std::array<std::uint64_t, 128> fourth_{};
};

}  // namespace claimcheck::grammar
