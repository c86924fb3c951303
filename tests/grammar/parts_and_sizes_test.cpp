// What makes a figure a part, a size or a need, and what does not: "others" that a different
// thing happened to, a day "alone", "146-seat", "requires 74"; and whose a relative clause's
// figure is.
#include <catch2/catch.hpp>

#include "tests/grammar/doc.hpp"

using claimcheck::test::doc;

TEST_CASE("parts: others that a different thing happened to are all of those, of the earlier kind", "[grammar][extract][parts]") {
    doc boat{"Rescuers pulled 58 people from the water.", "Eight others, including two children, were found dead."};
    const auto& others = boat.find("Eight others");
    CHECK(others.partitive.empty());
    CHECK(others.counted.cls == "person");
    CHECK(others.pred.cls == "killed");
    // the same thing happening to "others" keeps them a part
    doc more{"Police arrested 12 people on Friday.", "Police arrested four others on Saturday."};
    CHECK(more.find("four others").partitive == "others");
}

TEST_CASE("parts: a phrase with alone opening the clause makes a part", "[grammar][extract][parts]") {
    doc saturday{"On Saturday alone, nine people died, officials said."};
    CHECK(saturday.find("nine people").partitive == "alone");
    doc plain{"On Saturday, nine people died, officials said."};
    CHECK(plain.find("nine people").partitive.empty());
    // a place with alone scopes the figure instead
    doc kursk{"In Kursk alone, 35 drones were shot down."};
    CHECK(kursk.find("35 drones").partitive.empty());
    CHECK(kursk.find("35 drones").where.key == "kursk");
}

TEST_CASE("sizes and needs: a hyphened size before its noun, a figure a verb of needing takes", "[grammar][extract][parts]") {
    doc chamber{"The SPD secured 55 seats in the 146-seat legislature."};
    CHECK(chamber.find("146-seat").attribute == "capacity");
    CHECK(chamber.find("55 seats").attribute.empty());
    CHECK(chamber.find("55 seats").pred.cls == "won");
    doc hospital{"A 500-bed hospital was evacuated."};
    CHECK(hospital.find("500-bed").attribute == "capacity");
    doc majority{"A majority requires 74 seats."};
    CHECK(majority.find("74 seats").attribute == "required");
}

TEST_CASE("agents: the subject of a relative clause of winning is its antecedent", "[grammar][extract][parts]") {
    doc greens{"Lies said he would open coalition talks with the Greens, who won 19 seats."};
    CHECK(greens.find("19 seats").agent == "greens");
    doc gapped{"The SPD secured 55 seats, with the Christian Democrats winning 47."};
    CHECK(gapped.find("47").agent == "christian democrats");
}

TEST_CASE("fled and sheltered: the verb before the figure, its particle after; shelters are another count", "[grammar][extract][parts]") {
    doc forced{"The storm killed 14 people and forced more than 300,000 to flee their homes."};
    CHECK(forced.find("more than 300,000").pred.cls == "displaced");
    doc driven{"It drove more than 350,000 from their homes."};
    CHECK(driven.find("more than 350,000").pred.cls == "displaced");
    doc shelters{"Around 120,000 remain in evacuation centres."};
    CHECK(shelters.find("Around 120,000").pred.cls == "sheltered");
    // a distance run to flee is no one displaced
    doc ran{"He ran 300 metres to flee the fire."};
    CHECK(ran.find("300 metres").pred.cls.empty());
}

TEST_CASE("states and restated numbers: 'left 30 missing', 'put the number at 650'", "[grammar][extract][parts]") {
    doc missing{"A landslide killed at least 12 people and left about 30 missing."};
    CHECK(missing.find("at least 12 people").pred.cls == "killed");
    CHECK(missing.find("about 30 missing").pred.cls == "missing");
    CHECK(missing.find("about 30 missing").counted.cls == "person");
    doc number{"Hundreds of residents were evacuated.", "Officials put the number at 650."};
    const auto& n = number.find("650");
    CHECK(n.pred.cls == "evacuated");
    CHECK(n.counted.cls == "person");
    REQUIRE(n.source);
    CHECK(n.source->source == "Officials");
    // miners are workers
    doc miners{"Rescuers reached 27 miners."};
    CHECK(miners.find("27 miners").counted.cls == "employee");
}

TEST_CASE("lists: a semicolon ends a list, and the figure after it keeps its own state", "[grammar][extract][parts]") {
    doc headline{"Landslide buries homes in Colombia, killing 12; about 30 missing"};
    CHECK(headline.find("12").pred.cls == "killed");
    CHECK(headline.find("about 30").pred.cls == "missing");
    doc list{"Russia launched 145 drones, two missiles and four rockets."};
    CHECK(list.find("two missiles").pred.cls == "launched");
}

TEST_CASE("parts: 'included' makes a part, officers are one group by any name, a count since a year is of many events", "[grammar][extract][parts]") {
    doc included{"The bomb killed 31 people.", "Those killed included seven police officers."};
    CHECK(included.find("seven police officers").partitive == "included");
    CHECK(included.find("seven police officers").counted.lemma == "officer");
    doc policemen{"Seven policemen were among the dead."};
    CHECK(policemen.find("Seven policemen").counted.lemma == "officer");
    doc since{"Since 2008, more than 800 people have been killed in sectarian violence in the province."};
    CHECK(since.find("more than 800 people").background);
    doc today{"Since Monday, 23 people have died in the floods."};
    CHECK_FALSE(today.find("23 people").background);
}

TEST_CASE("owners: 'finished with', 'led ... with', and a surname the article named in full", "[grammar][extract][parts]") {
    doc young{"Trae Young scored 38 points.", "Young finished with 11 assists."};
    CHECK(young.find("38 points").agent == "trae young");
    CHECK(young.find("11 assists").agent == "trae young");
    doc led{"Cam Thomas led Brooklyn with 29 points."};
    CHECK(led.find("29 points").agent == "cam thomas");
    // two owners of one surname: the surname alone stays itself
    doc brothers{"Jalen Smith scored 20 points and Dennis Smith scored 12 points.", "Smith finished with 9 rebounds."};
    CHECK(brothers.find("9 rebounds").agent == "smith");
}

TEST_CASE("parts: a possessive between 'of' and the whole ('35 of his 47 fights')", "[grammar][extract][partitive]") {
    doc fights{"Hill has won 35 of his 47 fights by knockout."};
    const auto& part = fights.find("35");
    CHECK(part.partitive == "of");
    CHECK(part.pred.cls == "won");
    CHECK(part.counted.lemma == "fight");
    // the whole is the fights he fought, not fights he won
    CHECK(fights.find("47 fights").pred.cls.empty());
}

TEST_CASE("sizes: a measure's conversion in brackets before its noun", "[grammar][extract][parts]") {
    doc display{"The laptop has a 13.3-inch (34 cm) display and weighs 2.6 pounds."};
    const auto& inch = display.find("13.3-inch");
    CHECK(inch.counted.lemma == "display");
    // a display and a screen measured by their diagonal are one thing
    CHECK(inch.attribute == "screen");
    doc boat{"About 110 people had been crammed onto the 12-metre (39-foot) fishing boat."};
    CHECK(boat.find("12-metre").counted.lemma == "boat");
    CHECK(boat.words(boat.find("12-metre")) == "12-metre");
}

TEST_CASE("sizes: what a place holds, and a size of people before its noun, is a capacity", "[grammar][extract][parts]") {
    doc prison{"The prison holds about 1,200 inmates, and seven escaped on Sunday."};
    CHECK(prison.find("about 1,200").attribute == "capacity");
    CHECK(prison.find("seven").attribute.empty());
    doc lockdown{"The 1,200-inmate prison would remain on lockdown."};
    CHECK(lockdown.find("1,200-inmate").attribute == "capacity");
    doc ferry{"The ferry carried 212 people, well within its 300-passenger capacity."};
    CHECK(ferry.find("300-passenger").attribute == "capacity");
    CHECK(ferry.find("212 people").attribute.empty());
    doc prisons{"Myanmar's prisons hold about 60,000 inmates."};
    CHECK(prisons.find("about 60,000").attribute == "capacity");
    // holding people is no capacity: police held them
    doc held{"Police held 300 people overnight."};
    CHECK(held.find("300 people").attribute.empty());
}

TEST_CASE("sizes: a size that sorts things into a kind is background", "[grammar][extract][parts]") {
    doc kind{"It is one of the most dangerous 8,000-metre peaks, and Nepal has five peaks above 8,000 metres."};
    CHECK(kind.find("8,000-metre").background);
    CHECK(kind.find("above 8,000 metres").background);
    doc one{"He fell near the summit of the 8,167-metre peak."};
    CHECK_FALSE(one.find("8,167-metre").background);
    // a verb in -s after the size is no plural
    doc houses{"The 15,800-square-metre building houses a number of businesses."};
    CHECK_FALSE(houses.find("15,800").background);
}
