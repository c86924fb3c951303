#include <catch2/catch.hpp>

#include <string_view>

#include "grammar/lead_filter.hpp"

using claimcheck::grammar::lead_filter;

namespace {
bool may(const lead_filter& f, std::string_view text, std::size_t pos = 0) { return f.may(text, pos, text.size()); }
}  // namespace

TEST_CASE("lead_filter: a word added is always let through, case folded", "[grammar][lead_filter]") {
    lead_filter f;
    f.add("said");
    f.add("told");
    f.add("g7");
    f.add("a");
    CHECK(may(f, "said"));
    CHECK(may(f, "SAID so"));
    CHECK(may(f, "x told, y", 2));
    CHECK(may(f, "G7 leaders"));
    CHECK(may(f, "a drone"));
    // what shares no three leading characters with a word added is not
    CHECK_FALSE(may(f, "the"));
    CHECK_FALSE(may(f, "so"));
    CHECK(may(f, "g8"));             // digits are one class here: the lookup tells them apart
    CHECK_FALSE(may(f, "an"));       // "a" is one letter: a longer word is not it
    CHECK_FALSE(may(f, "to"));       // nor a shorter one
    CHECK_FALSE(may(f, ", said"));   // no word here
    CHECK_FALSE(may(f, ""));
    // only three characters are read: a longer word that shares them may be let through
    CHECK(may(f, "saints"));
    // the end given ends the word
    CHECK(f.may("saidx", 0, 4));
    CHECK_FALSE(f.may("tox", 0, 2));
}

TEST_CASE("lead_filter: words that run on, and words cut at a sign", "[grammar][lead_filter]") {
    lead_filter f;
    f.add("usd", true);  // "usd5", "usdone"
    f.add("x", true);    // any word that begins with x
    f.add("us$");        // the word of the text is "us" (a sign follows)
    f.add("no-one");     // the word of the text is "no"
    CHECK(may(f, "usdone"));
    CHECK(may(f, "usd"));
    CHECK(may(f, "xylophone"));
    CHECK(may(f, "x"));
    CHECK(may(f, "us$5"));
    CHECK(may(f, "no-one"));
    CHECK(may(f, "no one"));  // the same word "no"
    CHECK_FALSE(may(f, "use"));
    CHECK_FALSE(may(f, "none"));
}

TEST_CASE("lead_filter: of letters only, a digit ends a word", "[grammar][lead_filter]") {
    lead_filter letters(lead_filter::words::letters);
    letters.add("us");
    CHECK(may(letters, "us5"));  // the word is "us"
    CHECK(may(letters, "us"));
    CHECK_FALSE(may(letters, "use"));
    CHECK_FALSE(may(letters, "5us"));
    lead_filter alnum;
    alnum.add("us");
    CHECK_FALSE(may(alnum, "us5"));  // the word is "us5"
    CHECK(may(alnum, "us."));
}

TEST_CASE("lead_filter: the fourth character", "[grammar][lead_filter]") {
    lead_filter f(lead_filter::words::letters);
    f.add("forty");
    f.add("thirty");
    f.add("ten");
    f.add("usd", true);  // runs on: any fourth character
    f.add("millions", true);
    f.add("abc$");  // cut at the sign: the word is "abc"
    f.add("a");
    // (as the figure scan asks it: may_fourth only where three bytes of the text follow the word's start)
    auto fourth = [&](std::string_view text) {
        return f.may(text, 0, text.size()) && (text.size() < 3 || f.may_fourth(text, 0, text.size()));
    };
    // every word added passes, as written, in a longer text and cased
    for (std::string_view w : {"forty", "thirty", "ten", "usd", "millions", "abc", "a"}) CHECK(fourth(w));
    CHECK(fourth("forty-two"));
    CHECK(fourth("ten people"));
    CHECK(fourth("TEN"));
    CHECK(fourth("abc$5"));
    CHECK(fourth("a drone"));  // a word of one or two characters is told by the first three
    CHECK(fourth("usdollars"));
    CHECK(fourth("usd5"));     // a digit ends the word: still "usd", running on
    CHECK(fourth("millionaire"));
    // three characters shared, the fourth not
    CHECK_FALSE(fourth("for"));
    CHECK_FALSE(fourth("fore"));
    CHECK_FALSE(fourth("this"));
    CHECK_FALSE(fourth("tent"));
    CHECK_FALSE(fourth("abcd"));
    CHECK_FALSE(fourth("miles"));
    // the end given ends the word
    CHECK(f.may_fourth("tent", 0, 3));
}

TEST_CASE("lead_filter: may_letter answers as may, whatever stands after a word of one letter", "[grammar][lead_filter]") {
    // may_letter reads three bytes without asking where the word ends: after a word of one
    // letter, any third byte must give may's answer
    lead_filter f(lead_filter::words::letters);
    f.add("a");
    f.add("i");
    f.add("at", true);
    f.add("no");
    f.add("six");
    for (const char* text : {"a b", "a  ", "a,x", "a 5", "a\nz", "an ", "ab ", "i x", "i'm", "ix ", "at ", "ate",
                             "no ", "no,", "nob", "six", "sixty", "sa ", "s z", "b a", "z 1"}) {
        const std::string_view t(text);
        INFO(text);
        CHECK(f.may_letter(t.data()) == f.may(t, 0, t.size()));
    }
    CHECK(f.may_letter("a b"));
    CHECK(f.may_letter("a,x"));
    CHECK_FALSE(f.may_letter("ab "));
    CHECK_FALSE(f.may_letter("s z"));
}
