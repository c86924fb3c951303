#include <catch2/catch.hpp>

#include <cctype>
#include <string>
#include <string_view>
#include <vector>

#include "grammar/word_trie.hpp"

using claimcheck::grammar::word_trie;

namespace {
/// The value of the word at `pos` of `text`, and where reading stopped.
std::pair<std::int32_t, std::size_t> read_at(const word_trie& t, std::string_view text, std::size_t pos) {
    std::int32_t v = t.read(text, pos, text.size());
    return {v, pos};
}
}  // namespace

TEST_CASE("word_trie: whole words only, case folded, the reader moved past the word", "[grammar][word_trie]") {
    word_trie t;
    t.add("said", 0);
    t.add("according", 1);
    t.add("g7", 2);
    t.add("said", 9);       // a word added twice keeps its first value
    t.add("as of", 3);      // not letters and digits only: never a word of the text
    t.add("", 4);
    CHECK(read_at(t, "said", 0) == std::pair<std::int32_t, std::size_t>{0, 4});
    CHECK(read_at(t, "SAID so", 0) == std::pair<std::int32_t, std::size_t>{0, 4});
    CHECK(read_at(t, "x said, y", 2) == std::pair<std::int32_t, std::size_t>{0, 6});
    CHECK(read_at(t, "sai", 0) == std::pair<std::int32_t, std::size_t>{word_trie::none, 3});      // a prefix
    CHECK(read_at(t, "saidx", 0) == std::pair<std::int32_t, std::size_t>{word_trie::none, 5});    // longer
    CHECK(read_at(t, "zebras run", 0) == std::pair<std::int32_t, std::size_t>{word_trie::none, 6}); // unknown: to its end
    CHECK(read_at(t, "According to", 0) == std::pair<std::int32_t, std::size_t>{1, 9});
    CHECK(read_at(t, "G7 leaders", 0) == std::pair<std::int32_t, std::size_t>{2, 2});
    CHECK(read_at(t, "as of", 0) == std::pair<std::int32_t, std::size_t>{word_trie::none, 2});
    CHECK(read_at(t, ", said", 0) == std::pair<std::int32_t, std::size_t>{word_trie::none, 0});   // no word here
    // the end bounds the word
    std::size_t pos = 0;
    CHECK(t.read("saidx", pos, 4) == 0);
    CHECK(pos == 4);
    // bytes of UTF-8 end a word
    CHECK(read_at(t, "said\xE2\x80\x9D", 0) == std::pair<std::int32_t, std::size_t>{0, 4});
}

TEST_CASE("word_trie: many words, long words that share their first eight letters", "[grammar][word_trie]") {
    word_trie t;
    std::vector<std::string> words;
    for (int i = 0; i < 500; ++i) words.push_back("w" + std::to_string(i * 7919));  // grows the table many times
    words.push_back("abcdefghij");
    words.push_back("abcdefghik");
    words.push_back("abcdefgh");
    words.push_back("acknowledged");
    for (std::size_t i = 0; i < words.size(); ++i) t.add(words[i], static_cast<std::int32_t>(i));
    for (std::size_t i = 0; i < words.size(); ++i) {
        std::string upper = words[i];
        for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        CHECK(read_at(t, words[i] + " x", 0).first == static_cast<std::int32_t>(i));
        CHECK(read_at(t, upper, 0).first == static_cast<std::int32_t>(i));
    }
    CHECK(read_at(t, "abcdefghi", 0).first == word_trie::none);
    CHECK(read_at(t, "abcdefghijk", 0).first == word_trie::none);
    CHECK(read_at(t, "acknowledges", 0).first == word_trie::none);
    CHECK(read_at(t, "w1", 0).first == word_trie::none);
}
