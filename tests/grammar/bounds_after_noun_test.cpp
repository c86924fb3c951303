// A bound told after the counted thing ("Fifteen people or more were killed"): the figure takes
// the bound, and the verb after it is still the figure's.
#include <catch2/catch.hpp>

#include "tests/grammar/doc.hpp"

using claimcheck::grammar::qualifier;
using claimcheck::test::doc;

TEST_CASE("bounds after the noun: or more, or fewer, or so", "[grammar][extract][bounds]") {
    doc more{"Fifteen people or more were killed when the bus plunged into a ravine, police said."};
    const auto& killed = more.find("Fifteen people or more");
    CHECK(killed.q.qual == qualifier::at_least);
    CHECK(killed.low == 15);
    CHECK_FALSE(killed.high);
    CHECK(killed.pred.cls == "killed");  // past "or more", the verb is the figure's

    doc fewer{"The ministry said 200 people or fewer remained unaccounted for."};
    const auto& missing = fewer.find("200 people or fewer");
    CHECK(missing.q.qual == qualifier::at_most);
    CHECK(missing.high == 200);
    CHECK(missing.pred.cls == "missing");

    // a figure bounded before keeps that bound, and its verb is read past the second one
    doc around{"Around 30 soldiers or more died in the assault."};
    const auto& died = around.find("Around 30 soldiers or more");
    CHECK(died.q.qual == qualifier::approx);
    CHECK(died.pred.cls == "killed");
}

TEST_CASE("bounds after the noun: 'plus' and 'or' with another thing are no bound", "[grammar][extract][bounds]") {
    // "plus" adds another thing, "or" may name another choice
    doc plus{"The raid freed 15 hostages plus three dogs."};
    CHECK(plus.find_number("15").q.qual == qualifier::exact);
    doc choice{"Each convoy may take 12 buses or more trucks if needed."};
    CHECK(choice.find_number("12").q.qual == qualifier::exact);
    doc other{"Voters chose 40 candidates or moreover none at all."};
    CHECK(other.find_number("40").q.qual == qualifier::exact);  // a word that only begins with the phrase
}
