// Amounts of a substance are compared by what was done with them, or, where no verb says, by the
// substance; people sent to a scene are deployed there; a maker's fixes are one kind of thing.
#include <catch2/catch.hpp>

#include "tests/engine/support.hpp"

using namespace claimcheck::engine;
using claimcheck::test::group_of;
using claimcheck::test::same_group;

TEST_CASE("substances: explosives reported at two weights are a discrepancy", "[engine][reconcile][substances]") {
    const std::string ap =
        "QUETTA, Pakistan (AP) - A car bomb tore through a crowded vegetable market in Quetta on Saturday, killing 23 "
        "people, police said. Police official Abdul Rashid said the bomb contained about 150 kilograms (330 pounds) of "
        "explosives.\n";
    const std::string reuters =
        "QUETTA, Pakistan (Reuters) - A car bomb exploded in a crowded vegetable market in Quetta on Saturday, killing "
        "23 people, police said. Police said about 200 kg of explosives were packed into the car.\n";
    report r = claimcheck::test::cross_checked({{"ap.txt", ap}, {"reuters.txt", reuters}});
    REQUIRE(r.stories.size() == 1);
    REQUIRE(same_group(r, 0, "about 150 kilograms", 1, "about 200 kg"));
    CHECK(group_of(r, 0, "about 150 kilograms")->verdict == "discrepancy");
    // the conversion is not held against either
    const group* pounds = group_of(r, 0, "330 pounds");
    CHECK((pounds == nullptr || pounds->verdict != "discrepancy"));
}

TEST_CASE("substances: two substances named with no verb are two measures", "[engine][reconcile][substances]") {
    const std::string a =
        "LIMA (Reuters) - Peruvian police found 150 kilograms of cocaine in a truck near the port of Callao on Monday, "
        "police said.\n";
    const std::string b =
        "LIMA (AP) - Peruvian police found drugs in a truck near the port of Callao on Monday, police said. The truck "
        "held 200 kilograms of marijuana.\n";
    report r = claimcheck::test::cross_checked({{"a.txt", a}, {"b.txt", b}});
    const group* g = group_of(r, 0, "150 kilograms");
    CHECK((g == nullptr || g->verdict != "discrepancy"));
}

TEST_CASE("people sent to a scene are deployed, as those who fought there", "[engine][reconcile][deployed]") {
    const std::string xinhua =
        "BEIJING (Xinhua) - A fire swept through a department store in the city of Jilin on Monday, killing 19 people. "
        "More than 300 firefighters were sent to the scene, the city government said.\n";
    const std::string reuters =
        "BEIJING (Reuters) - A fire at a department store in the northeastern Chinese city of Jilin killed 19 people on "
        "Monday. Some 300 firefighters fought the flames for five hours, the city government said.\n";
    report r = claimcheck::test::cross_checked({{"xinhua.txt", xinhua}, {"reuters.txt", reuters}});
    REQUIRE(r.stories.size() == 1);
    REQUIRE(same_group(r, 0, "More than 300 firefighters", 1, "Some 300 firefighters"));
    CHECK(group_of(r, 0, "More than 300 firefighters")->verdict == "agree");
}

TEST_CASE("a maker's security bulletins, updates and patches are one count", "[engine][reconcile][patches]") {
    const std::string cw =
        "Microsoft on Tuesday released 17 security bulletins to fix 64 vulnerabilities in Windows and Office, the "
        "company said.\n";
    const std::string ap =
        "SEATTLE (AP) - Microsoft Corp. issued 17 patches on Tuesday to fix 64 vulnerabilities in Windows and Office, "
        "the company said.\n";
    report r = claimcheck::test::cross_checked({{"cw.txt", cw}, {"ap.txt", ap}});
    REQUIRE(r.stories.size() == 1);
    REQUIRE(same_group(r, 0, "17 security bulletins", 1, "17 patches"));
    CHECK(group_of(r, 0, "17 security bulletins")->verdict == "agree");
}

TEST_CASE("a part a list includes that names no thing of its own is no measure", "[engine][reconcile][parts]") {
    // the 34 are of the hostages still held, whatever befell them: not the toll of the attack
    const std::string toi =
        "JERUSALEM - Hamas freed three more hostages on Sunday under the truce, the army said. Hamas-led gunmen "
        "killed some 1,200 people in the October 7 attack and seized 251 hostages. After Sunday's release, 94 of the "
        "251 hostages remain in Gaza, including the bodies of at least 34 confirmed dead by the army.\n";
    const std::string ap =
        "JERUSALEM (AP) - Hamas freed three more hostages on Sunday under the truce, the army said. Hamas-led "
        "militants killed some 1,200 people in the October 7 attack and took 251 hostages, officials said.\n";
    report r = claimcheck::test::cross_checked({{"toi.txt", toi}, {"ap.txt", ap}});
    REQUIRE(r.stories.size() == 1);
    const group* g = group_of(r, 0, "at least 34");
    CHECK((g == nullptr || g->verdict != "discrepancy"));
    CHECK(same_group(r, 0, "some 1,200 people", 1, "some 1,200 people"));
}
