// What a phrase after a figure says of its scope: an event of someone is no place, and a price
// "a share" is per share.
#include <catch2/catch.hpp>

#include "tests/grammar/doc.hpp"

using claimcheck::test::doc;

TEST_CASE("scope words: an event of someone is no place", "[grammar][context]") {
    // 18_6ecbplus
    doc trial{"He was found guilty of murder in the shotgun slaying of 63-year-old Madeline Kafoury and assault in the "
              "shootings of Paul Riva and Alan Steinberg at the accounting firm."};
    CHECK(trial.find("63-year-old").where.key.empty());
    // a place after the event is still read: "killed in a blast in Kabul"
    CHECK(doc{"Five people were killed in a blast in Kabul."}.find("Five people").where.key == "kabul");
}

TEST_CASE("scope words: a price 'a share' is per share", "[grammar][context]") {
    doc offer{"HP said it would buy EDS for $13.9 billion, or $25 a share."};
    CHECK(offer.find("$25").where.key == "per share");
    CHECK(offer.find("$13.9 billion").where.key.empty());
}

TEST_CASE("scope words: a subordinate clause after the figure scopes it nowhere", "[grammar][context]") {
    doc riot{"Police arrested 87 people as rioting raged for a third day across Greece on Monday."};
    CHECK(riot.find("87 people").where.key.empty());
    doc bus{"The crash killed 20 people when the bus plunged into a ravine in Peru."};
    CHECK(bus.find("20 people").where.key.empty());
    // "as of" and "as many as" open no clause
    CHECK(doc{"Floods have killed 40 people in Kerala as of Monday."}.find("40 people").where.key == "kerala");
}

TEST_CASE("scope words: a place that opens the sentence scopes its figures with no place of their own", "[grammar][extract]") {
    doc storm{"In Bangladesh, authorities evacuated about 750,000 people from coastal areas, an official said."};
    CHECK(storm.find("about 750,000 people").where.key == "bangladesh");
    // a figure's own place stays its own
    doc two{"In Bangladesh, the storm killed 3 people in Chittagong."};
    CHECK(two.find("3 people").where.key == "chittagong");
}

TEST_CASE("scope words: a place in an 'after' clause is the event's, not the figure's", "[grammar][extract]") {
    doc ferry{"At least 31 people were dead and 14 were missing after a passenger ferry capsized in rough seas off "
              "the central Philippine island of Cebu."};
    CHECK(ferry.find_number("14").where.key.empty());
    doc following{"Police arrested 12 people following clashes in Athens."};
    CHECK(following.find("12 people").where.key.empty());
    // a place right after the figure still scopes it
    doc kursk{"Air defences shot down 35 drones over the Kursk region after midnight."};
    CHECK(kursk.find("35 drones").where.key == "kursk");
}

TEST_CASE("scope words: a day or an area that opens the sentence", "[grammar][scope][opener]") {
    const doc july{"On July 4, Ukraine said Russia launched 550 drones and missiles."};
    const auto& day = july.find("550 drones");
    CHECK(day.where.kind == "time");
    CHECK(day.where.key == "date 07-04");
    CHECK(doc{"On Jan. 12, 2025, the ministry said 30 people died."}.find("30 people").where.key == "date 01-12");
    const doc gaza{"Across the Gaza Strip, Israeli attacks killed at least 112 Palestinians on Thursday."};
    const auto& across = gaza.find("at least 112");
    CHECK(across.where.kind == "place");
    CHECK(across.where.key == "gaza strip");
    // a weekday a week back is another day's
    CHECK(doc{"Last Friday, Russia fired 539 drones at Ukraine."}.find("539 drones").background);
}

TEST_CASE("scope words: a day first, a place's kind, a ship's length", "[grammar][scope][opener]") {
    const doc first{"On 19 January, the commission said 1.12 million people marched."};
    CHECK(first.find("1.12 million people").where.key == "date 01-19");
    const doc oblast{"Russia's Defence Ministry said 24 drones were downed over the Bryansk Oblast."};
    CHECK(oblast.find("24 drones").where.key == "bryansk");
    // a year does not date a thing's length
    const doc ship{"The 180-foot ship, built for the 1962 film, sank about 90 miles off Cape Hatteras."};
    CHECK(ship.find("180-foot").where.key.empty());
}

TEST_CASE("scope words: what a possessive's part counts, and a bond that is debt", "[grammar][partitive][money]") {
    CHECK(doc{"Ukraine said Russia had killed 27 of its own soldiers."}.find("27 of its own soldiers").counted.lemma == "soldier");
    CHECK(doc{"Russian missiles struck two of its thermal power plants."}.find("two of its").counted.lemma == "plant");
    // one of a kind is a member, not a count of them
    CHECK(doc{"AMD disrupts Intel by acquiring one of its close partners."}.find("one").counted.head.empty());
    CHECK(doc{"The government plans bond issuance of $5 billion."}.find("$5 billion").attribute != "bail");
    CHECK(doc{"Bond was set at $250,000."}.find("$250,000").attribute == "bail");
    CHECK(doc{"Ukraine brought home 150 defenders."}.find("150 defenders").counted.cls == "serviceman");
}

TEST_CASE("the place a clause says was hit hardest scopes the figure its 'with' gives", "[grammar][extract][scope]") {
    doc hardest{"Arkansas was hit hardest, with 11 deaths; eight people were killed in Tennessee and four in Mississippi."};
    CHECK(hardest.find("11 deaths").where.key == "arkansas");
    CHECK(hardest.find("eight people").where.key == "tennessee");
    doc worst{"Sindh province was the worst affected, with 400 dead."};
    CHECK(worst.find_number("400").where.key == "sindh");
    // a place that was not said to be hit is no scope of the figure
    doc other{"The storm moved east, with 30 people injured."};
    CHECK(other.find("30 people").where.key.empty());
}

TEST_CASE("a player's count over so many games is that span's", "[grammar][extract][scope]") {
    doc season{"He scored 11 goals in 29 league games last season."};
    CHECK(season.find("11 goals").where.key == "in 29 games");
    doc career{"Saldivar scored 38 goals in 121 games for Porto."};
    CHECK(career.find("38 goals").where.key == "in 121 games");
    doc plain{"He scored 38 goals for Porto."};
    CHECK(plain.find("38 goals").where.key.empty());
}
