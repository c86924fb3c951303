#pragma once
// A Spirit X3 parser for a list of words and phrases read without regard to case: it reads the
// longest entry the input begins with, as no_case[symbols] does, from a trie with an array of
// children a node instead of the symbols' ternary search tree (which walks the siblings of a
// node one by one, and was most of what the attribution grammar spent reading its lists).
#include <array>
#include <cstdint>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <boost/spirit/home/x3.hpp>

#include "grammar/ascii.hpp"

namespace claimcheck::grammar {

/// Entries are ASCII. Letters match either case; any other character matches only itself.
/// Copies share their entries (as x3::symbols' do): the grammar's expressions copy the list when
/// they are made, before the lexicons fill it.
class word_list : public boost::spirit::x3::parser<word_list> {
public:
    using attribute_type = boost::spirit::x3::unused_type;
    static bool const has_attribute = false;

    /// Adds `word` (an entry already there or an empty one adds nothing). Throws
    /// std::length_error past 65535 trie nodes or 16 distinct characters that are not letters.
    void add(std::string_view word) {
        if (word.empty()) return;
        data& d = *data_;
        std::uint16_t at = 0;
        for (char ch : word) {
            const unsigned s = d.slot_for(ch);
            if (d.nodes[at].next[s] == 0) {
                if (d.nodes.size() > 0xFFFF) throw std::length_error("word_list: over 65535 trie nodes");
                d.nodes[at].next[s] = static_cast<std::uint16_t>(d.nodes.size());
                d.nodes.emplace_back();
            }
            at = d.nodes[at].next[s];
        }
        if (!d.nodes[at].end) {
            d.nodes[at].end = true;
            d.words.emplace_back(word);
        }
    }
    /// Calls `f(word)` for every entry, in the order they were added.
    template <class F>
    void for_each(F&& f) const {
        for (const std::string& w : data_->words) f(w);
    }

    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const&, RContext&, Attribute&) const {
        const data& d = *data_;
        const node* nodes = d.nodes.data();
        const node* at = nodes;
        Iterator matched = first;
        bool found = false;
        for (Iterator i = first; i != last;) {
            const std::uint8_t s = d.slot[static_cast<unsigned char>(*i)];
            const std::uint16_t next = at->next[s];  // (a byte in no entry has the slot no child is in)
            if (next == 0) break;
            at = nodes + next;
            ++i;
            if (at->end) {
                found = true;
                matched = i;
            }
        }
        if (found) first = matched;
        return found;
    }

private:
    static constexpr unsigned letters = 26, others = 16;
    static constexpr std::uint8_t none = letters + others;  ///< the slot of the bytes in no entry: never a child
    struct node {
        std::array<std::uint16_t, letters + others + 1> next{};  ///< 0: no child (the root is no one's)
        bool end = false;                                    ///< an entry ends here
    };
    struct data {
        std::array<std::uint8_t, 256> slot;  ///< a byte's child index: its letter, or an other character's slot
        unsigned other_slots = 0;
        std::vector<node> nodes = std::vector<node>(1);
        std::vector<std::string> words;
        data() {
            slot.fill(none);
            for (unsigned c = 0; c < 26; ++c) {
                slot['a' + c] = static_cast<std::uint8_t>(c);
                slot['A' + c] = static_cast<std::uint8_t>(c);
            }
        }
        unsigned slot_for(char ch) {
            const auto u = static_cast<unsigned char>(ch);
            if (slot[u] == none) {
                if (other_slots == others) throw std::length_error("word_list: over 16 characters that are not letters");
                slot[u] = static_cast<std::uint8_t>(letters + other_slots++);
            }
            return slot[u];
        }
    };
    std::shared_ptr<data> data_ = std::make_shared<data>();
};

}  // namespace claimcheck::grammar
