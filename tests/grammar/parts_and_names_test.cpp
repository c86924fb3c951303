// Parts, selections and names met in bombing, climbing, launch, coach and basketball reports:
// each rule with the sentence it was written for.
#include <catch2/catch.hpp>

#include "tests/grammar/doc.hpp"

using claimcheck::test::doc;

TEST_CASE("parts and names: a capitalised number word that opens a name is no figure", "[grammar][extract]") {
    doc treks{"The 14-member team was organized by Seven Summit Treks, the company said."};
    for (const auto& c : treks.claims) CHECK(c.value != 7);
    CHECK(treks.find("14-member").value == 14);
    doc highway{"The crash closed Interstate 95 for six hours."};
    for (const auto& c : highway.claims) CHECK(c.value != 95);
}

TEST_CASE("parts and names: 'Among the dead were four children' is a part", "[grammar][extract]") {
    doc among{"Among the dead were four children, the hospital said."};
    CHECK(among.find("four children").partitive == "among");
    // a sentence that only opens with "among" keeps the figures it does not name as a part
    doc vessels{"Among the captured vessels are a Saudi supertanker loaded with $100 million of crude oil."};
    CHECK(vessels.find("$100 million").partitive.empty());
}

TEST_CASE("parts and names: 'another' wounded after a death toll counts all the wounded", "[grammar][extract]") {
    doc toll{"The blast killed 35 people, police said.", "Another 52 people were wounded in the attack."};
    CHECK(toll.find("52 people").partitive.empty());
    CHECK(toll.find("52 people").pred.cls == "injured");
    // the same verb: another is more of the same, a part
    doc more{"Police arrested 12 people on Monday.", "Another 20 people were arrested on Tuesday."};
    CHECK(more.find("20 people").partitive == "another");
}

TEST_CASE("parts and names: the last or final N of a run are a selection", "[grammar][extract]") {
    doc final{"He hopes to return for the final three games of the regular season."};
    CHECK(final.find("three games").subgroup == "final");
    doc all{"He has missed seven games this season."};
    CHECK(all.find("seven games").subgroup.empty());
    // the rest of a set is no selection: "intercepted the remaining three boats" counts the boats
    doc rest{"Two of them escaped, and the navy intercepted the remaining three boats."};
    CHECK(rest.find("three boats").subgroup.empty());
}

TEST_CASE("parts and names: a set beside another is no whole", "[grammar][extract]") {
    doc along{"The rocket placed the satellite in orbit along with eight smaller satellites."};
    CHECK(along.find("eight smaller satellites").partitive == "along with");
}

TEST_CASE("parts and names: prepositions and adverbs end a counted thing", "[grammar][extract]") {
    doc orbit{"It was placed in a 524-km orbit along with eight other satellites."};
    CHECK(orbit.find("524-km").counted.head != "along");
    doc ship{"The coast guard rescued 22 crew members shortly after the collision."};
    CHECK(ship.find("22 crew").counted.lemma == "crew");
    doc unions{"The ministry counted 757,000 protesters, against 2.5 million according to the unions."};
    CHECK(unions.find("2.5 million").counted.head != "according");
}

TEST_CASE("parts and names: the name before 'had' owns the figure", "[grammar][extract]") {
    doc had{"Darius Holt had 21 points and 11 rebounds."};
    CHECK(had.find("21 points").agent == "darius holt");
}

TEST_CASE("parts and names: a record a team falls to is no range", "[grammar][extract]") {
    doc fall{"The team lost 11 of its last 13 games to fall to 7-22."};
    for (const auto& c : fall.claims) CHECK(c.value != 7);
}

TEST_CASE("parts and names: a year after a colon opens its clause", "[grammar][extract]") {
    doc recalled{"The region has been hit repeatedly: in 2024, floods killed 67 people, and another 20 were missing."};
    CHECK(recalled.find("67 people").where.key == "2024");
    CHECK(recalled.find_number("20").where.key == "2024");
}

TEST_CASE("parts and names: a role word before workers names other people", "[grammar][extract]") {
    doc rescue{"About 350 rescue workers were at the site."};
    CHECK(rescue.find("About 350 rescue workers").subgroup == "rescue");
    doc plain{"There were 87 workers underground."};
    CHECK(plain.find("87 workers").subgroup.empty());
}

TEST_CASE("parts and names: trapping and spilling say what happened", "[grammar][extract]") {
    doc mine{"A gallery collapsed, trapping 22 miners underground."};
    CHECK(mine.find("22 miners").pred.cls == "trapped");
    doc spill{"The tanker collided with a cargo ship, spilling about 2,500 tonnes of oil."};
    CHECK(spill.find("about 2,500 tonnes").pred.cls == "spilled");
}

TEST_CASE("a part's verb is the finite verb after its whole's participle", "[grammar][extract][parts]") {
    doc freed{"Twenty-two of the Ukrainians freed were seriously wounded or seriously ill."};
    CHECK(freed.find("Twenty-two of the Ukrainians").pred.cls == "injured");
    doc returned{"22 of the soldiers returned were wounded, the ombudsman said."};
    CHECK(returned.find("22 of the soldiers").pred.cls == "injured");
    // a part whose participle is all the text says keeps it
    doc only{"Five of the 20 drones launched were Shaheds."};
    CHECK(only.find_number("Five").pred.cls != "injured");
}

TEST_CASE("the verb past a list set off by commas, and past a relative clause", "[grammar][extract][parts]") {
    doc large{"Three inmates, including the two men charged with murder, remain at large."};
    CHECK(large.find("Three inmates").pred.cls == "at_large");
    doc drowned{"Seven migrants, including three children, drowned off Lampedusa."};
    CHECK(drowned.find("Seven migrants").pred.text == "drowned");
    // not a participle of the sentence's own
    doc shelled{"Russian troops shelled 42 settlements, including the city of Kherson, killing two people."};
    CHECK(shelled.find("42 settlements").pred.cls != "killed");
    // a relative clause's verb yields to the sentence's
    doc residents{"Eight residents of the Kursk Region who had been illegally held on Ukrainian territory were returned to Russia."};
    CHECK(residents.find("Eight residents").pred.cls != "held");
}

TEST_CASE("a group told in addition is one beside another", "[grammar][extract][parts]") {
    doc addition{"Russia returned 185 servicemen.", "In addition, eight residents of the Kursk Region were returned to Russia."};
    CHECK(addition.find("eight residents").partitive == "also");
}

TEST_CASE("a swap two sides made counts both sides' prisoners", "[grammar][extract][parts]") {
    doc both{"Russia and Ukraine swapped 410 prisoners of war on Friday."};
    CHECK(both.find("410 prisoners of war").aggregate);
    doc headline{"Russia, Ukraine exchange 190 POWs and hundreds of bodies"};
    CHECK(headline.find("190 POWs").aggregate);
    // each side's count is each side's
    doc each{"Russia and Ukraine each swapped 205 prisoners."};
    CHECK_FALSE(each.find("205 prisoners").aggregate);
    doc one{"Ukraine swapped 205 prisoners with Russia."};
    CHECK_FALSE(one.find("205 prisoners").aggregate);
}

TEST_CASE("an adverb before what befell them is no counted thing; a total in that time", "[grammar][extract][parts]") {
    doc wounded{"Another 22 seriously wounded were handed over."};
    CHECK(wounded.find_number("22").counted.head != "seriously");
    CHECK(wounded.find_number("22").pred.cls == "injured");
    doc time{"The war began in October.", "Hezbollah has fired more than 8,000 rockets and drones at Israel in that time, the army says."};
    CHECK(time.find("more than 8,000 rockets").aggregate);
}

TEST_CASE("a count in a relative clause on a named person is that person's", "[grammar][extract][parts]") {
    doc speaker{"\"He was the finest actor,\" said director Michael Trent, who cast him in two films."};
    CHECK(speaker.find("two films").agent == "michael trent");
    CHECK(speaker.find("two films").subgroup == "speaker's");
    doc subject{"Sir Harold, who made more than 60 films, won two Oscars."};
    CHECK(subject.find("more than 60 films").agent == "harold");
    CHECK(subject.find("more than 60 films").subgroup.empty());
    // not a count the person reports
    doc told{"Governor Ivan Fedorov, who said 12 people were killed, called for help."};
    CHECK(told.find("12 people").agent != "ivan fedorov");
}
