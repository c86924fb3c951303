// A change told with its two levels: "rose to A from B", "rose from B to A". B is the value the
// change started from (no longer the story's figure); A is the new level, whatever time cue
// follows B ("from $705 million a year ago" recalls the 705 only). Ranges whose low end borrows
// the high end's scale word ("$5-$7 million").
#include <catch2/catch.hpp>

#include "tests/grammar/doc.hpp"

using claimcheck::test::doc;

TEST_CASE("change frames: to A from B, the time cue is B's", "[grammar][background][change]") {
    doc earnings{"Net income rose to $910 million, or 52 cents a share, from $705 million a year ago."};
    CHECK_FALSE(earnings.find("$910 million").background);
    CHECK_FALSE(earnings.find("52 cents").background);
    CHECK(earnings.find("$705 million").background);
    doc revenue{"Revenue rose 12% to $5.1 billion from $4.5 billion a year earlier."};
    CHECK_FALSE(revenue.find("$5.1 billion").background);
    CHECK(revenue.find("$4.5 billion").background);
    doc sales{"Sales fell to $2.1 billion from $2.4 billion in the same period last year."};
    CHECK_FALSE(sales.find("$2.1 billion").background);
    CHECK(sales.find("$2.4 billion").background);
    // the verb may have an object before "to"
    doc estimate{"The UN raised its estimate of the dead to 300 from 250."};
    CHECK_FALSE(estimate.find("300").background);
    CHECK(estimate.find("250").background);
    // an earlier figure after "from" with a speech verb of its own
    doc injured{"Police said the number of injured rose to 45, from 30 reported earlier."};
    CHECK_FALSE(injured.find("45").background);
    CHECK(injured.find_number("30").background);
}

TEST_CASE("change frames: from B to A", "[grammar][background][change]") {
    doc toll{"The death toll rose from 10 to 14 on Tuesday."};
    CHECK(toll.find_number("10").background);
    const auto& level = toll.find("14");
    CHECK_FALSE(level.background);
    CHECK(level.pred.cls == "killed");  // the toll's, carried from the start to the new level
    // a sum: the change's two ends, not a range from 2.1 billion to 2.6 billion
    doc exports{"Exports jumped from $2.1 billion to $2.6 billion."};
    const auto& from = exports.find_number("2.1");
    CHECK(from.q.value == Approx(2.1e9));
    CHECK_FALSE(from.q.range_high);
    CHECK(from.background);
    CHECK(exports.find("$2.6 billion").q.value == Approx(2.6e9));
    CHECK_FALSE(exports.find("$2.6 billion").background);
    // no change verb: no frame
    doc sent{"They sent 300 troops to the area from 20 bases."};
    CHECK_FALSE(sent.find("20 bases").background);
}

TEST_CASE("ranges: the low end takes the high end's scale word", "[grammar][quantity][range]") {
    doc cost{"It cost $5-$7 million."};
    const auto& c = cost.find("$5-$7 million");
    REQUIRE(c.low);
    CHECK(*c.low == Approx(5e6));
    CHECK(*c.high == Approx(7e6));
    doc fled{"Between 2 and 3 million people fled."};
    CHECK(*fled.find("Between 2 and 3 million").low == Approx(2e6));
    // a low end that, scaled, would pass the high end keeps its own value
    doc wide{"From 500 to 2 million people fled."};
    CHECK(*wide.find("From 500").low == Approx(500));
    // a decimal low end before a hyphen is a range, not a score
    doc euros{"It will cost 1.5-2bn euros."};
    const auto& e = euros.find("1.5-2bn euros");
    CHECK(*e.low == Approx(1.5e9));
    CHECK(*e.high == Approx(2e9));
    CHECK(e.q.unit == "EUR");
}

TEST_CASE("counted things: an irregular verb ends the phrase", "[grammar][counted]") {
    // after a hyphen compound an unknown singular noun does not end the phrase; the verb after it does
    doc curfew{"The 24-hour curfew began on Monday."};
    CHECK(curfew.find("24-hour").counted.head == "curfew");
    doc visit{"A three-day visit began."};
    CHECK(visit.find("three-day").counted.head == "visit");
}

TEST_CASE("change frames: the change's own size is the new level's", "[grammar][background][change]") {
    doc hp{"Net income for the quarter ended April 30 fell 31 percent to $1.6 billion, or 80 cents a share, from $2.3 "
           "billion, or $1.05 a share, a year earlier."};
    CHECK_FALSE(hp.find("31 percent").background);
    CHECK_FALSE(hp.find("$1.6 billion").background);
    CHECK_FALSE(hp.find("80 cents").background);
    CHECK(hp.find("$2.3").background);
    CHECK(hp.find("$1.05").background);
}

TEST_CASE("background: 'a year earlier' opening a sentence tells that year's figure", "[grammar][background]") {
    doc earlier{"A year earlier it earned $4.71 billion, or 50 cents."};
    CHECK(earlier.find("$4.71 billion").background);
    CHECK(earlier.find("50 cents").background);
    // the period a change is taken over is no other event
    doc change{"Consumer prices rose 3.2% from a year earlier."};
    CHECK_FALSE(change.find("3.2%").background);
}

TEST_CASE("ranges: the unit said at both ends", "[grammar][quantity][range]") {
    doc lost{"Indian operators lost between 50 percent and 60 percent of their westbound bandwidth."};
    const auto& c = lost.find("between 50 percent and 60 percent");
    CHECK(c.q.unit == "%");
    CHECK(*c.low == Approx(50));
    CHECK(*c.high == Approx(60));
    doc fault{"The fault moved between 5 km and 8 km."};
    CHECK(*fault.find("between 5 km and 8 km").high == Approx(8));
}
