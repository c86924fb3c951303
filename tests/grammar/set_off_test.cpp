// What a comma sets off: a list member with a participle of its own is a clause of its own, and a
// year between commas after the subject dates the sentence's figures.
#include <catch2/catch.hpp>

#include "tests/grammar/doc.hpp"

using claimcheck::test::doc;

TEST_CASE("set off: a list member with its own participle keeps it", "[grammar][extract][set_off]") {
    doc headline{"Colombia coal mine blast kills 15, 11 miners trapped"};
    CHECK(headline.find_number("15").pred.cls == "killed");
    CHECK(headline.find("11 miners").pred.cls == "trapped");
    // a member without one shares the first member's verb, and one with an agent's participle too
    doc list{"Russia launched 145 drones, two missiles and four rockets."};
    CHECK(list.find("two missiles").pred.cls == "launched");
    doc agent{"Ukraine shot down 57 drones, 12 missiles launched by Russia."};
    CHECK(agent.find("12 missiles").pred.cls == "shot_down");
    doc targeting{"Russia launched 145 drones, two ballistic missiles, and four missiles targeting Kyiv."};
    CHECK(targeting.find("four missiles").pred.cls == "launched");
}

TEST_CASE("set off: a year between commas after the subject dates its clause", "[grammar][extract][set_off]") {
    doc outbreak{"Mozambique's last major outbreak, in 2023, infected more than 33,000 people and killed 140 across "
                 "the country."};
    const auto& killed = outbreak.find_number("140");
    CHECK(killed.where.key == "2023");
    CHECK(killed.background);  // "last major outbreak": another event than the story's
    doc worst{"The country's worst outbreak, in 2019, killed 140 people."};
    CHECK(worst.find("140 people").where.key == "2019");
    // not words between commas that are no year
    doc day{"The storm, in its third day, killed 14 people."};
    CHECK(day.find("14 people").where.key.empty());
}
