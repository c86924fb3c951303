// A "when" clause after a past month or year recalls what happened then: its figures are another
// event's, not the story's.
#include <catch2/catch.hpp>

#include "tests/grammar/doc.hpp"

using claimcheck::test::doc;

TEST_CASE("recalled when: a 'when' clause after a past month or year is background", "[grammar][extract]") {
    doc patch{"The update is the largest since October, when Microsoft patched 20 flaws in 11 bulletins."};
    CHECK(patch.find("20 flaws").background);
    CHECK(patch.find("11 bulletins").background);
    doc heist{"The same store was robbed in 2007, when thieves took jewels worth 10 million euros."};
    CHECK(heist.find("10 million euros").background);
    // the figures before the "when" are the sentence's own
    doc before{"Microsoft will fix 28 flaws, its most since October, when it patched 20."};
    CHECK_FALSE(before.find("28 flaws").background);
    CHECK(before.find("20").background);
}

TEST_CASE("recalled when: a 'when' clause after the story's day is the story", "[grammar][extract]") {
    CHECK_FALSE(doc{"The gunman opened fire on Thursday, when 20 people were in the store."}.find("20 people").background);
    CHECK_FALSE(doc{"The quake struck at dawn, when 300 miners were underground."}.find("300 miners").background);
}

TEST_CASE("recalled when: a year that opens the sentence is the time of all its figures", "[grammar][extract]") {
    doc fire{"In 2003, the Aspen Fire burned 84,750 acres and destroyed 340 homes in the same area."};
    CHECK(fire.find("84,750 acres").where.key == "2003");
    CHECK(fire.find("340 homes").where.key == "2003");
    doc month{"In October 2007, thieves took jewels worth 10 million euros and 40 watches."};
    CHECK(month.find("40 watches").where.key == "2007");
    // a year inside the sentence still goes to the figure nearest it
    doc seats{"The Conservatives were reduced to 121 seats, down from 365 at the last election in 2019."};
    CHECK(seats.find("121 seats").where.key.empty());
}

TEST_CASE("recalled when: a day before a comma is no person an age belongs to", "[grammar][extract]") {
    doc hostages{"Militants released 25 hostages on Friday, 13 of them Israelis."};
    CHECK(hostages.find("13").q.kind != claimcheck::grammar::quantity_kind::age);
    CHECK(doc{"The suspect, Talley, 51, was arrested."}.find("51").q.kind == claimcheck::grammar::quantity_kind::age);
}

TEST_CASE("recalled when: a relative clause of an event a year names is that year's", "[grammar][extract][years]") {
    doc aceh{"Aceh was the province worst hit by the 2004 Indian Ocean tsunami, triggered by a magnitude 9.1 quake, "
             "which killed about 170,000 people there."};
    CHECK(aceh.find("about 170,000").where.key == "2004");
    // today's figure before the recalled event keeps no year
    doc today{"The quake killed three people, the worst since the 2004 tsunami, which killed 170,000."};
    CHECK(today.find("three people").where.key.empty());
    CHECK(today.find("170,000").where.key == "2004");
}

TEST_CASE("recalled when: a background cue reaches its own coordinate part only", "[grammar][extract][years]") {
    doc storm{"Hurricane Gus came ashore with 110 mph winds, knocking out power to 1.1 million customers but sparing "
              "New Orleans the catastrophe of three years ago."};
    CHECK_FALSE(storm.find("1.1 million").background);
    CHECK_FALSE(storm.find("110 mph").background);
    doc recall{"Kestrel has recalled more than a million air fryers in North America, and says 42,000 sold in the UK are also affected."};
    CHECK_FALSE(recall.find("42,000").background);
    // a cue in the figure's own part still reaches it
    doc last{"The storm killed 12 people last year, but none this year."};
    CHECK(last.find("12 people").background);
}

TEST_CASE("recalled when: 'the April 2011 outbreak that killed' is 2011's, over its place", "[grammar][extract][years]") {
    doc outbreak{"The tornado struck less than a year after the April 2011 outbreak that killed more than 240 people in Alabama."};
    CHECK(outbreak.find("more than 240").where.key == "2011");
}
