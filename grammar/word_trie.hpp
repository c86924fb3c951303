#pragma once
// Whole words of letters and digits -> an index, read from the text where it lies: case folded
// on the fly, one array step per character, no std::string built and no hash computed. For the
// scans that ask "is this word of the sentence one of the lexicon's?" of every word of a text.
#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

#include "grammar/ascii.hpp"

namespace claimcheck::grammar {

class word_trie {
public:
    static constexpr std::int32_t none = -1;

    /// Adds `word` with `value`; a word already there keeps its first value. A word that is
    /// empty or holds anything but ASCII letters and digits is not added (no word of letters
    /// and digits could equal it).
    void add(std::string_view word, std::int32_t value) {
        if (word.empty()) return;
        for (char ch : word)
            if (!ascii::is_alnum(ch)) return;
        std::uint32_t at = 0;
        for (char ch : word) {
            const int c = slot(ch);
            if (nodes_[at].next[c] == 0) {
                nodes_[at].next[c] = static_cast<std::uint32_t>(nodes_.size());
                nodes_.emplace_back();
            }
            at = nodes_[at].next[c];
        }
        if (nodes_[at].value == none) nodes_[at].value = value;
    }

    /// Reads the word of letters and digits that starts at `pos` (up to `end`): moves `pos` to
    /// its end and returns the value of the word, case folded, or `none`.
    std::int32_t read(std::string_view text, std::size_t& pos, std::size_t end) const {
        std::uint32_t at = 0;
        bool alive = true;
        std::size_t i = pos;
        for (; i < end && ascii::is_alnum(text[i]); ++i) {
            if (!alive) continue;
            at = nodes_[at].next[slot(text[i])];
            alive = at != 0;
        }
        const bool read_any = i > pos;
        pos = i;
        return alive && read_any ? nodes_[at].value : none;
    }

private:
    /// 0-9 for digits, 10-35 for letters (either case); only for letters and digits.
    static int slot(char ch) {
        return ascii::is_digit(ch) ? ch - '0' : 10 + (ascii::to_lower(ch) - 'a');
    }
    struct node {
        std::array<std::uint32_t, 36> next{};  ///< 0: no child (the root is never a child)
        std::int32_t value = none;
    };
    std::vector<node> nodes_ = std::vector<node>(1);
};

}  // namespace claimcheck::grammar
