// The date line of a plain-text article: the forms web pages print it in, and sentences that
// name a date without being one.
#include <catch2/catch.hpp>

#include "engine/dateline.hpp"
#include "engine/document.hpp"

using namespace claimcheck::engine;

TEST_CASE("dateline: month names, either order, with weekdays, times and labels", "[engine][dateline]") {
    CHECK(date_of_line("Thursday, March 14, 2013") == "2013-03-14");
    CHECK(date_of_line("March 14, 2013 | 8:16 am") == "2013-03-14");
    CHECK(date_of_line("Published: April 10, 2007") == "2007-04-10");
    CHECK(date_of_line("Updated: November 11, 2011 18:50 IST") == "2011-11-11");
    CHECK(date_of_line("Published on: Fri, 11 Nov 2011 at 09:56 IST") == "2011-11-11");
    CHECK(date_of_line("on Tuesday, 16 December 2008 13:45.") == "2008-12-16");
    CHECK(date_of_line("December 15th, 2008, 7:35 am") == "2008-12-15");
    CHECK(date_of_line("TNN Nov 12, 2011, 05.51AM IST MUMBAI:") == "2011-11-12");
    CHECK(date_of_line("POSTED: 1052 GMT (1852 HKT), April 10, 2007") == "2007-04-10");
    // the first date of a line that gives two (posted, then updated)
    CHECK(date_of_line("on April 30, 2008 at 4:31 AM, updated May 1, 2008 at 8:33 AM") == "2008-04-30");
}

TEST_CASE("dateline: dates in digits", "[engine][dateline]") {
    CHECK(date_of_line("Updated 4 / 9 / 2007 6:04 PM") == "2007-04-09");
    CHECK(date_of_line("Posted: 03 / 14 / 2013 06:37:46 AM PDT") == "2013-03-14");
    CHECK(date_of_line("2026-02-17") == "2026-02-17");
    // no month 14: the day comes first, as European sites write it; dots and hyphens are always
    // day first ("02.10.2025 15:47" is 2 October)
    CHECK(date_of_line("14 / 03 / 2013") == "2013-03-14");
    CHECK(date_of_line("21/02/2025") == "2025-02-21");
    CHECK(date_of_line("02.10.2025 15:47") == "2025-10-02");
    CHECK(date_of_line("02-10-2025") == "2025-10-02");
    // no year of two digits: not read
    CHECK_FALSE(date_of_line("02.29.12 4:15 PM"));
    // long runs of digits are no date part (and overflow no int: a fuzzed line)
    CHECK_FALSE(date_of_line("33/61666663/1666"));
    CHECK_FALSE(date_of_line("2013-99999999999-14"));
}

TEST_CASE("dateline: a sentence or a headline that names a date is no date line", "[engine][dateline]") {
    CHECK_FALSE(date_of_line("The quake struck on March 14, 2013, killing two people."));
    CHECK_FALSE(date_of_line("A jury on Tuesday convicted a man charged in an April 2007 shooting."));
    CHECK_FALSE(date_of_line("Ukraine and Russia exchange attacks, hours after Trump-Putin call"));
    CHECK_FALSE(date_of_line("March 14, 2013"  // too long to be a line of its own
                             " and then a long run of words that goes on and on past the hundred characters a date line has"));
}

TEST_CASE("dateline: a plain-text article is dated by its date line, near its top only", "[engine][dateline]") {
    document d;
    REQUIRE_FALSE(load_document("a.txt", "Landslide buries homes in Colombia\nFebruary 17, 2026\nA hillside collapsed on Tuesday.\n", d));
    CHECK(d.published == "2026-02-17");
    document late;
    REQUIRE_FALSE(load_document("b.txt", "Title\nOne.\nTwo.\nThree.\nFour.\nMarch 3, 2024\n", late));
    CHECK_FALSE(late.published);
}

TEST_CASE("dateline: a wire dateline that opens the lead dates the article", "[engine][dateline]") {
    document d;
    REQUIRE_FALSE(load_document("r.txt",
                                "Car bomb kills at least 23 in Quetta\nQUETTA, Pakistan, Jan 10 2013 (Reuters) - A car bomb "
                                "tore through a market on Thursday, killing at least 23 people, police said.\n",
                                d));
    CHECK(d.published == "2013-01-10");
    // a lead that names a date after its dateline is not dated by it
    document lead;
    REQUIRE_FALSE(load_document("a.txt",
                                "Bomb kills 11\nQUETTA, Pakistan (AP) - A bomb that police said was planted on Jan 10 2013 "
                                "killed 11 people.\n",
                                lead));
    CHECK_FALSE(lead.published);
}

TEST_CASE("dateline: a date in digits either way is settled by the weekday the report names", "[engine][dateline]") {
    auto published = [](const std::string& text) {
        claimcheck::engine::document d;
        REQUIRE_FALSE(claimcheck::engine::load_document("a.txt", text, d));
        return d.published.value_or("");
    };
    // June 1, 2025 was a Sunday; January 6, 2025 a Monday
    CHECK(published("Russia seized more land in May\n01/06/2025\n\nPARIS (AFP) - Russian forces seized 507 square "
                    "kilometres in May, an analysis showed Sunday.\n") == "2025-06-01");
    // no weekday to settle it: month first, as American sites write it
    CHECK(published("Russia seized more land in May\n01/06/2025\n\nPARIS (AFP) - Russian forces seized 507 square "
                    "kilometres in May, an analysis showed.\n") == "2025-01-06");
    // a weekday that fits neither reading (nor the day before either): month first
    CHECK(published("Quake hits\n03/04/2025\n\nA quake struck on Sunday.\n") == "2025-03-04");
}
