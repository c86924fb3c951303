// The day a "when" clause tells of, who a supply is for, the size of a convoy, and prisoners
// still held or home.
#include <catch2/catch.hpp>

#include "tests/grammar/doc.hpp"

using claimcheck::test::doc;

TEST_CASE("a day a when clause tells of sets its figures", "[grammar][extract][dates]") {
    doc chaos{"The convoy recalled the chaos of February 29, when more than 100 people were killed near an aid convoy."};
    CHECK(chaos.find("more than 100 people").where.key == "date 02-29");
    doc day_first{"The previous exchange took place on 19 March, when 175 Ukrainian defenders were released."};
    CHECK(day_first.find("175 Ukrainian defenders").where.key == "date 03-19");
    // the clause ends at its semicolon; a figure before the day is not the day's
    doc after{"Russia launched 145 drones overnight, more than on May 3, when it fired 120; 12 people were hurt."};
    CHECK(after.find("145 drones").where.key.empty());
    CHECK(after.find("12 people").where.key.empty());
}

TEST_CASE("who a supply is for and the size of a convoy are their own measures", "[grammar][extract][attributes]") {
    doc food{"The trucks were carrying food for 25,000 people, the WFP said."};
    CHECK(food.find("25,000 people").attribute == "beneficiaries");
    doc convoy{"A convoy of 24 trucks carrying food reached Gaza City on Thursday."};
    CHECK(convoy.find("24 trucks").attribute == "convoy");
    doc crossed{"Israel said 213 aid trucks crossed into Gaza on Thursday."};
    CHECK(crossed.find("213 aid trucks").attribute.empty());
}

TEST_CASE("prisoners still held and prisoners home", "[grammar][extract][predicates]") {
    doc held{"Kyiv says about 8,000 Ukrainians remain in Russian captivity."};
    CHECK(held.find("about 8,000 Ukrainians").pred.cls == "held");
    doc home{"Today 157 Ukrainians are home, President Volodymyr Zelensky said."};
    CHECK(home.find("157 Ukrainians").pred.cls == "exchanged");
}

TEST_CASE("an earlier attack is set apart by its night, its label or the attack it came after", "[grammar][extract][dates]") {
    doc night{"Russia launched 112 drones on the night of April 9, the Air Force said."};
    CHECK(night.find("112 drones").where.key == "date 04-09");
    CHECK(night.find("112 drones").where.kind == "time");
    doc after{"The attack came a week after Russia launched 112 drones against Ukraine."};
    CHECK(after.find("112 drones").background);
    doc label{"Russia launched 176 drones overnight.",
              "Background: On the night of 23 January, Russia launched 4 Kinzhal missiles and 63 drones at Kyiv.",
              "Two people were killed in the attack."};
    CHECK_FALSE(label.find("176 drones").background);
    CHECK(label.find("4 Kinzhal missiles").background);
    CHECK(label.find("63 drones").background);
    CHECK(label.find("Two people").background);
}

TEST_CASE("the hurt and the dead are people, not the weapons before them", "[grammar][extract][counted]") {
    doc headline{"Russia launched 21 missiles: 1 killed and 9 injured."};
    CHECK(headline.find_number("9").counted.lemma == "person");
    CHECK(headline.find_number("9").pred.cls == "injured");
    doc soldiers{"The soldiers killed 12 fighters and wounded 8."};
    CHECK(soldiers.find_number("8").counted.lemma == "soldier");
}

TEST_CASE("households are homes, settlements are places", "[grammar][extract][counted]") {
    doc power{"About 1.2 million households were left without power."};
    CHECK(power.find("About 1.2 million households").counted.cls == "building");
    doc retaken{"Ukrainian forces recaptured seven settlements."};
    CHECK(retaken.find("seven settlements").counted.cls == "place");
}

TEST_CASE("what is left, the first hours, an earlier toll and a season's toll", "[grammar][extract][dates]") {
    doc headline{"Eight miners rescued in Guizhou, 17 still trapped",
                 "Of the 25 miners trapped, rescuers pulled eight alive on Tuesday."};
    CHECK(headline.find_number("17").counted.head != "still");
    CHECK(headline.find_number("17").subgroup == "still");
    doc hours{"There were 41 aftershocks in the first 26 hours, the agency said."};
    CHECK(hours.find("41 aftershocks").where.key == "first 26 hours");
    // a quarter told in other words is no window: "between January and March"
    doc months{"Some 10,448 people crossed the Channel in the first three months of 2025."};
    CHECK(months.find("Some 10,448 people").where.key != "first three months");
    doc initial{"Initial reports had put the toll at six."};
    CHECK(initial.find_number("six").background);
    doc season{"The death toll across the province since the monsoon began on July 1 stood at 61."};
    CHECK(season.find_number("61").aggregate);
}
