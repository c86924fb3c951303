// "over" before a span of time says over what span when it opens a clause or follows a figure,
// and "more than" elsewhere; the span an average is taken over is no background figure.
#include <catch2/catch.hpp>

#include "tests/grammar/doc.hpp"

using claimcheck::test::doc;
using claimcheck::grammar::qualifier;

TEST_CASE("spans: over a span of time after a figure or opening a clause is exact", "[grammar][extract][spans]") {
    doc opening{"Over six full seasons, he hit 203 home runs."};
    CHECK(opening.find("Over six full seasons").q.qual == qualifier::exact);
    doc after_money{"He took in $61 million over nine years."};
    CHECK(after_money.find("over nine years").q.qual == qualifier::exact);
    CHECK(after_money.find("over nine years").high == 9);
}

TEST_CASE("spans: over a span after a verb of lasting, or before a count, is more than", "[grammar][extract][spans]") {
    doc jailed{"He was jailed for over six years."};
    CHECK(jailed.find("over six years").q.qual == qualifier::more_than);
    doc lasted{"The fighting lasted over six hours."};
    CHECK(lasted.find("over six hours").q.qual == qualifier::more_than);
    doc people{"Over 200 people died."};
    CHECK(people.find("Over 200 people").q.qual == qualifier::more_than);
}

TEST_CASE("spans: the seasons an average is taken over are no average", "[grammar][extract][spans]") {
    doc average{"He has averaged more than 30 home runs and 100 RBIs in his six big-league seasons."};
    CHECK(average.find("more than 30 home runs").background);
    CHECK(average.find("100 RBIs").background);
    CHECK_FALSE(average.find("six big-league seasons").background);
}

TEST_CASE("spans: plus that adds something is no bound", "[grammar][extract][spans]") {
    doc overruns{"The deal is valued at $800 million plus any cost overruns."};
    CHECK(overruns.find("$800 million").q.qual == qualifier::exact);
    CHECK(overruns.words(overruns.find("$800 million")) == "$800 million");
    doc variables{"He signed for 105 million euros plus 15 million euros in variables."};
    CHECK(variables.find("105 million").q.qual == qualifier::exact);
    doc members{"It has 200 plus members."};
    CHECK(members.find("200 plus").q.qual == qualifier::at_least);
    doc starts{"He posted a 2.84 ERA over 33 starts."};
    CHECK(starts.find("over 33 starts").q.qual == qualifier::exact);
}

TEST_CASE("spans: a year that opens the sentence outweighs the place the figure names", "[grammar][extract][spans]") {
    doc haiyan{"In 2013, Typhoon Haiyan left more than 7,300 people dead or missing in the central Philippines."};
    CHECK(haiyan.find("more than 7,300 people").where.key == "2013");
    doc place{"Typhoon Marwin killed 14 people in the central Philippines."};
    CHECK(place.find("14 people").where.key != "2013");
}
