// Figures that are not counts of the event: an age a group is bounded by, the first of things
// told one by one, a model's number, what a place holds, and a rate written "daily".
#include <catch2/catch.hpp>

#include "tests/grammar/doc.hpp"

using claimcheck::test::doc;

TEST_CASE("an age bound is no count", "[grammar][extract][labels]") {
    doc over{"It aims to reach 1.1 million people over the age of one within 10 days."};
    CHECK_FALSE(over.has("one"));
    CHECK(over.has("1.1 million people"));
    doc under{"Children under the age of five are most at risk, and 40 have died."};
    CHECK_FALSE(under.has("five"));
    // one person's age is a figure
    doc died{"The actor died at the age of 84."};
    CHECK(died.has("84"));
}

TEST_CASE("the first of things told one by one is no count of them", "[grammar][extract][labels]") {
    doc missiles{"One missile hit a public transport stop; the second struck a residential building."};
    CHECK_FALSE(missiles.has("One missile"));
    // a part of a whole is a part
    doc skiffs{"Nine suspected pirates were detained aboard one of the skiffs; the second skiff was sunk."};
    CHECK(skiffs.has("one of the skiffs"));
    doc alone{"One missile hit a bus stop in the city centre."};
    CHECK(alone.has("One missile"));
}

TEST_CASE("a launcher's or a model's number is its name", "[grammar][extract][labels]") {
    doc ariane{"An Ariane 5 rocket blasted off from Kourou with two satellites."};
    CHECK_FALSE(ariane.has("5 rocket"));
    CHECK(ariane.has("two satellites"));
    doc falcon{"A Falcon 9 carried 23 satellites into orbit."};
    CHECK(falcon.find("23 satellites").q.value == 23);
    CHECK_FALSE(falcon.has("9"));
}

TEST_CASE("what a place holds is no count of the event", "[grammar][extract][labels]") {
    doc home{"Gazipur, home to more than 900 garment factories, has seen several fires."};
    CHECK(home.find("more than 900 garment factories").attribute == "capacity");
    doc councils{"Cosla negotiates on behalf of Scotland's 32 councils."};
    CHECK(councils.find("32 councils").attribute == "capacity");
    doc population{"Slovenia, a euro zone member of 2.1 million people, has seen growth slow."};
    CHECK(population.find("2.1 million people").attribute == "population");
    // the councils that did something are counted
    doc struck{"Workers at 14 councils went on strike."};
    CHECK(struck.find("14 councils").attribute.empty());
}

TEST_CASE("fewer of them with no verb of their own are a part", "[grammar][extract][labels]") {
    doc shift{"The factory employs about 3,000 workers, and around 600 were on the night shift when the fire started."};
    CHECK(shift.find("around 600").partitive == "of them");
    CHECK(shift.find("around 600").counted.lemma == "worker");
    // a count with its own verb is its own
    doc wounded{"The soldiers killed 12 fighters and wounded 8."};
    CHECK(wounded.find_number("8").partitive.empty());
}

TEST_CASE("daily after a figure is a rate", "[grammar][extract][periods]") {
    doc trucks{"Officials said 60 trucks daily could cross from Chad."};
    CHECK(trucks.find("60 trucks").where.key == "per day");
    // an adjective before its noun is no rate, nor a paper's name
    doc shelling{"The shelling killed 20 people in daily attacks on the city."};
    CHECK(shelling.find("20 people").where.key != "per day");
    doc paper{"Five people died, The Daily Telegraph reported."};
    CHECK(paper.find("Five people").where.key.empty());
}

TEST_CASE("a list set off after a total holds its parts", "[grammar][extract][labels]") {
    doc knockdowns{"Klitschko scored three knockdowns - one in the fourth round and two in the ninth - before the referee stopped it."};
    CHECK(knockdowns.find("three knockdowns").partitive.empty());
    CHECK(knockdowns.find_number("one").partitive == "of them");
    CHECK(knockdowns.find_number("two").partitive == "of them");
    // a count that goes on without a dash is its own
    doc plain{"The soldiers killed 12 fighters and wounded 8."};
    CHECK(plain.find_number("8").partitive.empty());
}

TEST_CASE("the places a network reaches are not those an event touched", "[grammar][extract][labels]") {
    doc cable{"The EAG cable links 13 countries between Britain and Singapore."};
    CHECK(cable.find("13 countries").attribute == "reach");
    doc lands{"The cable lands in 13 countries."};
    CHECK(lands.find("13 countries").attribute == "reach");
    doc cut{"The cut disrupted traffic in 12 countries."};
    CHECK(cut.find("12 countries").attribute.empty());
}

TEST_CASE("a margin is no more of the things before it", "[grammar][extract][labels]") {
    doc vote{"The text received 178 votes in favour, 169 against and three abstentions, just two above the absolute majority of 176 deputies required."};
    CHECK(vote.find_number("two").attribute == "margin");
    CHECK(vote.find_number("two").counted.lemma.empty());
    // a count of the same things after a list is still theirs
    doc list{"Police arrested 12 men and 3 women, and 20 more later."};
    CHECK(list.find_number("12").attribute.empty());
}

TEST_CASE("what befell people by the words after them, and a gun's calibre", "[grammar][extract][labels]") {
    doc stabbed{"A man who stabbed two friends to death was jailed for life."};
    CHECK(stabbed.find("two friends").pred.cls == "killed");
    doc shot{"Police shot two men dead in the raid."};
    CHECK(shot.find("two men").pred.cls == "killed");
    doc hostage{"Eight prison officers were taken hostage."};
    CHECK(hostage.find("Eight prison officers").pred.cls == "held");
    doc march{"About 800,000 people took part in the march, organisers said."};
    CHECK(march.find("About 800,000 people").pred.cls == "participated");
    doc gun{"He used a .40-caliber handgun."};
    CHECK_FALSE(gun.has(".40"));
}

TEST_CASE("a version's number is its name, and who a network covers is its coverage", "[grammar][extract][labels]") {
    doc version{"The flaw affects version 6 of the browser."};
    CHECK_FALSE(version.has("6"));
    doc coverage{"The carrier holds spectrum covering about 180 million people."};
    CHECK(coverage.find("about 180 million people").attribute == "coverage");
}
