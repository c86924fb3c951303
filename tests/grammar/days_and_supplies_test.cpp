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
