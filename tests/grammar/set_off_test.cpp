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

TEST_CASE("set off: a coordinate clause with a verb of its own keeps it", "[grammar][extract][set_off]") {
    doc clash{"At least 81 people were injured in the clashes, including 22 police officers, and 11 people were "
              "arrested."};
    CHECK(clash.find("At least 81 people").pred.cls == "injured");
    CHECK(clash.find("11 people").pred.cls == "captured");  // arrested, not injured
    // the seats of a house a part is of are its size
    doc seats{"The Bharatiya Janata Party won 303 of the 543 seats in the lower house."};
    CHECK(seats.find("543 seats").attribute == "capacity");
    CHECK(seats.find_number("303").pred.cls == "won");
}
