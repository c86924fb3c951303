// Whose figure a verb is, and when a year sets a figure in the past: election, robbery and
// escape reports.
#include <catch2/catch.hpp>

#include "tests/grammar/doc.hpp"

using claimcheck::test::doc;

TEST_CASE("clause verbs: seats, games and awards are won", "[grammar][extract]") {
    doc seats{"The Social Democrats won 46 seats."};
    CHECK(seats.find("46 seats").pred.cls == "won");
    doc awards{"The film won six awards on Sunday night."};
    CHECK(awards.find("six awards").pred.cls == "won");
}

TEST_CASE("clause verbs: a figure inside an earlier figure's phrase does not take its verb", "[grammar][extract]") {
    doc parliament{"The Civic Renewal Party won 78 seats in the 151-seat parliament in Sunday's election."};
    CHECK(parliament.find("78 seats").pred.cls == "won");
    CHECK(parliament.find("151-seat").pred.cls.empty());
    // a measure between them leaves the verb to the count: the toll is the 15's
    doc toll{"The death toll from a magnitude 6.0 earthquake in southern Iran rose to 15 on Monday."};
    CHECK(toll.find_number("15").pred.cls == "killed");
}

TEST_CASE("clause verbs: a sentence about any one of a kind takes no earlier owner", "[grammar][extract]") {
    doc needs{"The Homeland Front won 19 seats.", "A party needs 76 seats for a majority in the parliament."};
    CHECK(needs.find("19 seats").agent == "homeland front");
    CHECK(needs.find("76 seats").agent.empty());
}

TEST_CASE("clause verbs: a year that opens a sentence sets its figures in that year, comma or not", "[grammar][extract]") {
    doc robbery{"In 2019 a similar robbery at a bank in Antwerp ended with six hostages freed after a 14-hour standoff."};
    CHECK(robbery.find("14-hour").where.key == "2019");
    CHECK(robbery.find("six hostages").where.key == "2019");
    doc escape{"In 2018, three inmates escaped from the same facility."};
    CHECK(escape.find("three inmates").where.key == "2018");
}

TEST_CASE("clause verbs: a past told in a side phrase stays in that phrase", "[grammar][extract]") {
    // a comparison with last year's figure: only the compared figure is last year's
    doc compared{"Nova said it had received 2.4 million pre-orders in the first 24 hours, compared with 1.5 million for "
                 "last year's model."};
    CHECK_FALSE(compared.find("2.4 million").background);
    CHECK(compared.find("1.5 million").background);
    doc up_from{"In Europe it will cost 1,099 euros, up from 999 euros for the previous model."};
    CHECK_FALSE(up_from.find("1,099 euros").background);
    CHECK(up_from.find("999 euros").background);
    // a relative clause or a "when" clause tells its own time, not the sentence's
    doc which{"The tour, which opened in Phoenix in March, had sold more than 300,000 tickets."};
    CHECK_FALSE(which.find("more than 300,000").background);
    doc when{"Tillman signed a four-year, $16 million contract when he was hired in June 2023."};
    CHECK_FALSE(when.find("$16 million").background);
    CHECK(when.find("$16 million").where.key.empty());
    // a cue in the figure's own clause still reaches it
    doc own{"Last year the company sold 1.5 million phones."};
    CHECK(own.find("1.5 million").background);
}

TEST_CASE("clause verbs: a relative clause's figure is owned by what the clause hangs on", "[grammar][extract]") {
    doc company{"The company, which employs about 72,000 people, will cut 6,500 jobs."};
    CHECK(company.find("about 72,000 people").agent == "company");
    doc plant{"It will close its engine factory in Bochum, which employs 1,700 people."};
    CHECK(plant.find("1,700 people").agent == "bochum");
}

TEST_CASE("clause verbs: an age belongs to the person named beside it", "[grammar][extract]") {
    doc apposition{"Doris Simms, 76, was found dead in her home."};
    CHECK(apposition.find("76").agent == "doris simms");
    doc before{"The 63-year-old Madeline Kafoury was shot at her desk."};
    CHECK(before.find("63-year-old").agent == "madeline kafoury");
    doc died{"Bettie Page dies at 85."};
    CHECK(died.find("85").agent == "bettie page");
    // a place an unnamed person came from is no owner
    doc from{"Police said the person killed was a 63-year-old woman from Warren."};
    CHECK(from.find("63-year-old").agent.empty());
}

TEST_CASE("clause verbs: an obituary's 'She was 91.' is an age", "[grammar][extract]") {
    doc obit{"Margaret Ellison died at her home in London on Saturday.", "She was 91."};
    CHECK(obit.find("91").q.kind == claimcheck::grammar::quantity_kind::age);
    doc toll{"The toll was 12."};
    CHECK(toll.find("12").q.kind == claimcheck::grammar::quantity_kind::count);
}

TEST_CASE("clause verbs: a 'when' clause after a past event named by its year is background, after a date it is not", "[grammar][extract]") {
    doc named{"Residents recalled the November 2021 disaster in Ikoyi, when a tower fell and killed 45 people."};
    CHECK(named.find("45 people").background);
    doc date{"A bus crashed on March 3, 2024, when the driver fell asleep, killing 12 people."};
    CHECK_FALSE(date.find("12 people").background);
    doc year{"The museum was robbed in 2007, when thieves took 10 million euros."};
    CHECK(year.find("10 million euros").background);
}

TEST_CASE("clause verbs: a growth rate 'from a year earlier' is that phrase's past, not the figure's", "[grammar][extract]") {
    doc growth{"The company posted revenue of $14.2 billion on Tuesday, up 38% from a year earlier."};
    CHECK_FALSE(growth.find("$14.2 billion").background);
}

TEST_CASE("clause verbs: '12 of the injured' counts people, and takes its own verb", "[grammar][extract]") {
    doc part{"Eleven of the injured were in critical condition."};
    CHECK(part.find("Eleven").counted.lemma == "person");
    CHECK(part.find("Eleven").pred.cls.empty());
    doc died{"Officials said two of the injured had died in hospital overnight."};
    CHECK(died.find("two").pred.cls == "killed");
}

TEST_CASE("ages: one person by first and last name, a surname the person named in full before", "[grammar][extract][ages]") {
    doc hollis{"Police identified the gunman as 52-year-old Gary Lee Hollis.", "Hollis, 53, had been fired."};
    CHECK(hollis.find("52-year-old").agent == "gary hollis");
    CHECK(hollis.find("53").agent == "gary hollis");
    // two people of one surname: the surname alone stays ambiguous
    doc spouses{"Harold Simms, 78, and his wife, Doris Simms, 76, died.", "Simms, 78, was a teacher."};
    CHECK(spouses.find("76").agent == "doris simms");
    const auto& later = spouses.claims.back();
    CHECK(later.agent == "simms");
    // an age at death past an apposition
    doc senator{"Harlan Whitcomb, longtime Iowa senator, dead at 86"};
    CHECK(senator.find("86").agent == "harlan whitcomb");
}

TEST_CASE("ages: one person's age whatever noun it is written with", "[grammar][extract][ages]") {
    doc both{"Police named the gunman as 52-year-old Gary Lee Hollis.", "Gary Lee Hollis, 53, was fired in September."};
    CHECK(both.find("52-year-old").agent == both.find("53").agent);
}

TEST_CASE("clause verbs: the subject owns a figure past the record it sets", "[grammar][extract][agent]") {
    doc points{"Tyrell Jamison scored a school-record 48 points as Omaha State beat Drake."};
    CHECK(points.find("48 points").agent == "tyrell jamison");
    doc sold{"Apple sold a record 22 million iPhones in the quarter."};
    CHECK(sold.find("22 million").agent == "apple");
}

TEST_CASE("clause verbs: seats won by a party named by its leader", "[grammar][extract][agent]") {
    doc seats{"Cerar's party won 36 seats in the 90-seat assembly.",
              "The Slovenian Democratic Party of former Prime Minister Janez Jansa, 55, won 21 seats."};
    CHECK(seats.find("36 seats").agent == "cerar");
    CHECK(seats.find("21 seats").agent.find("jansa") != std::string::npos);
}
