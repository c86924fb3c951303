#pragma once
// A set of lower-case letter strings, asked "does the text at this position begin with one of
// them?": the filters that keep the grammars away from words that cannot begin a quantity or a
// cue. A trie over a-z: one array step per letter read, no hashing, no allocation per question.
#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

#include "grammar/ascii.hpp"

namespace claimcheck::grammar {

class prefix_set {
public:
    /// Adds the leading letters of `word` (case folded; reading stops at the first non-letter).
    /// A word that begins with no letter adds nothing.
    void add(std::string_view word) {
        std::uint32_t at = 0;
        std::size_t n = 0;
        for (; n < word.size() && ascii::is_alpha(word[n]); ++n) {
            const int c = ascii::to_lower(word[n]) - 'a';
            if (nodes_[at].next[c] == 0) {
                nodes_[at].next[c] = static_cast<std::uint32_t>(nodes_.size());
                nodes_.emplace_back();
            }
            at = nodes_[at].next[c];
        }
        if (n > 0) nodes_[at].end = true;
    }
    /// True when the letters of `text` from `pos` (case folded) begin with a string of the set.
    bool begins(std::string_view text, std::size_t pos) const {
        std::uint32_t at = 0;
        for (std::size_t i = pos; i < text.size() && ascii::is_alpha(text[i]); ++i) {
            at = nodes_[at].next[ascii::to_lower(text[i]) - 'a'];
            if (at == 0) return false;
            if (nodes_[at].end) return true;
        }
        return false;
    }

private:
    struct node {
        std::array<std::uint32_t, 26> next{};  ///< 0: no child (the root is never a child)
        bool end = false;
    };
    std::vector<node> nodes_ = std::vector<node>(1);
};

}  // namespace claimcheck::grammar
