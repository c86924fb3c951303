#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "grammar/ascii_x3.hpp"
#include "grammar/word_list_x3.hpp"

namespace x3 = boost::spirit::x3;
using claimcheck::grammar::word_list;

namespace {
/// Where no_case[p] stops reading `text` from its start, or -1 when it reads nothing.
template <class P>
long read(const P& p, std::string_view text) {
    const char* first = text.data();
    if (!x3::parse(first, text.data() + text.size(), x3::no_case[p])) return -1;
    return first - text.data();
}
}  // namespace

TEST_CASE("word_list: reads what no_case[symbols] reads, the longest entry with letters in either case", "[grammar][word_list]") {
    const std::vector<std::string> entries{"official", "officials", "u.s. official", "the", "them", "as confirmed by",
                                           "ministry's", "on monday", "cease-fire", "g7", "a"};
    word_list list;
    claimcheck::grammar::ascii::symbols symbols;
    for (const auto& e : entries) {
        list.add(e);
        symbols.add(e);
    }
    for (std::string_view text : {"official", "Officials said", "OFFICIALSX", "offic", "U.S. Official", "u.s official",
                                  "them", "The", "theme", "As confirmed by", "as confirmed", "Ministry's", "ministrys",
                                  "On Monday", "on  monday", "Cease-Fire", "cease fire", "G7", "g8", "a", "A", "x", "",
                                  "  the", "\xc3\xa9t\xc3\xa9", "t\xc3\xa9"}) {
        INFO(text);
        CHECK(read(list, text) == read(symbols, text));
    }
}

TEST_CASE("word_list: each entry once, in the order added", "[grammar][word_list]") {
    word_list list;
    for (std::string_view w : {"b", "a", "b", "", "ab"}) list.add(w);
    std::vector<std::string> seen;
    list.for_each([&](const std::string& w) { seen.push_back(w); });
    CHECK(seen == std::vector<std::string>{"b", "a", "ab"});
}

TEST_CASE("word_list: a copy reads what is added after it is made", "[grammar][word_list]") {
    word_list list;
    const word_list copy = list;  // as the grammar's expressions copy the lists before the lexicons fill them
    list.add("said");
    CHECK(read(copy, "Said so") == 4);
}
