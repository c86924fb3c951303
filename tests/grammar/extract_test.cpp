#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>
#include <stdexcept>
#include <string>
#include <vector>

#include "grammar/extract.hpp"
#include "grammar/lexicon.hpp"
#include "tests/grammar/doc.hpp"

using namespace claimcheck::grammar;

using claimcheck::test::doc;

// ---- what is not a claim -------------------------------------------------------------------

TEST_CASE("extract: a year is not a claim", "[grammar][extract]") {
    doc strike{"The strike came in 2023."};
    CHECK(strike.claims.empty());

    // 004: the sentence's only figure is the prison term
    doc court{"Adding to the tension, a Russian military court has sentenced a Russian-Italian citizen to 29 years in "
              "prison on terrorism-related charges for allegedly blowing up a freight train in 2023 at Ukraine's behest."};
    INFO(court.listing());
    REQUIRE(court.claims.size() == 1);
    CHECK(court.words(court.claims[0]) == "29 years");
    CHECK(court.claims[0].q.unit == "year");
}

TEST_CASE("extract: dates are not claims", "[grammar][extract]") {
    doc march{"On March 18, 2025, Russia launched 145 drones."};
    INFO(march.listing());
    CHECK(march.values() == std::vector<double>{145});

    // 12_1ecb
    doc november{"On November 19, INS Tabar sunk a fishing trawler that was under the control of pirates, in a third "
                 "successive strike since its deployment on November 2 this year."};
    INFO(november.listing());
    CHECK(november.claims.empty());

    // 12_3ecb: the day before the month
    doc october{"On 23 October, the government gave a go-ahead to the Navy's request for a pro-active approach against "
                "the pirates."};
    INFO(october.listing());
    CHECK(october.claims.empty());

    // 38_3ecb: "Dec. 30" is a date; the magnitude and the distances are claims
    doc dec{"The last earthquake measuring 3.0 or above occurred on Dec. 30, three miles east of The Geysers at a depth "
            "of 1.1 miles."};
    INFO(dec.listing());
    CHECK(dec.values() == std::vector<double>{3.0, 3, 1.1});

    // 38_2ecbplus: a date written with slashes and a time
    doc posted{"Posted: 03 / 14 / 2013 06:37:46 AM PDT"};
    INFO(posted.listing());
    CHECK(posted.claims.empty());
}

TEST_CASE("extract: times of day are not claims", "[grammar][extract]") {
    // 38_1ecbplus
    doc quake{"The quake occurred at 2:09 a.m. about 14 miles north-northeast of Healdsburg and had a depth of 1.2 "
              "miles."};
    INFO(quake.listing());
    REQUIRE(quake.claims.size() == 2);
    CHECK(quake.words(quake.claims[0]) == "about 14 miles");
    CHECK(quake.words(quake.claims[1]) == "1.2 miles");

    // 12_1ecb: "1100 hours" is a time, "two boats" a claim
    doc hours{"The Ministry said MV Gibe put out a message at 1100 hours that it was under attack from two boats "
              "closing in on it and firing small arms."};
    INFO(hours.listing());
    CHECK(hours.values() == std::vector<double>{2});

    // 12_1ecbplus: a time with a decimal point
    doc decimal{"At 9.25 a.m. on Thursday, navy personnel aboard warship INS Sukanya spotted a group of five "
                "suspicious boats speedily approaching the merchant vessels of her group."};
    INFO(decimal.listing());
    CHECK(decimal.values() == std::vector<double>{5});

    // 43_2ecbplus
    doc call{"AMD will hold a conference call for the financial community at 4:45 p.m. EST today to discuss today's "
             "announcement."};
    INFO(call.listing());
    CHECK(call.claims.empty());
}

TEST_CASE("extract: ordinals are not claims", "[grammar][extract]") {
    doc fleet{"However, the commander of the U.S. Navy's 5th Fleet expressed doubt Friday about the wisdom of launching "
              "attacks against Somali pirates on land, as the draft proposes."};  // 12_4ecb
    INFO(fleet.listing());
    CHECK(fleet.claims.empty());

    doc birthdays{"He also noted that it is rare for Boston to extend contracts to players that go to their 36th "
                  "birthdays, with the exceptions of Jason Varitek's just-expired deal and Mike Lowell's contract."};
    INFO(birthdays.listing());
    CHECK(birthdays.claims.empty());

    doc fifth{"This is the fifth successful anti-piracy operation conducted by INS Sukanya, during its patrol mission "
              "in the Gulf of Aden."};  // 12_7ecbplus
    INFO(fifth.listing());
    CHECK(fifth.claims.empty());
}

TEST_CASE("extract: model names are not claims", "[grammar][extract]") {
    // 002
    doc s300{"Ukrainian authorities have reported an overnight attack by Russia involving kamikaze drones and S-300 "
             "surface-to-air missiles, occurring shortly after a phone conversation between Russian President Vladimir "
             "Putin and former US President Donald Trump."};
    INFO(s300.listing());
    CHECK(s300.claims.empty());

    // 12_1ecb
    doc ak{"Seven AK-47s, three other automatic rifles, 13 loaded magazines, a rocket-propelled grenade-launcher, "
           "rockets, cartridges and grenades were found in the boats."};
    INFO(ak.listing());
    CHECK(ak.values() == std::vector<double>{7, 3, 13});

    // 12_1ecbplus: "AK 47" written with a space
    doc spaced{"While two of them managed to escape, INS Sukanya successfully intercepted the remaining three boats and, "
               "in a well-practiced and professionally executed boarding-and-search action, nabbed 26 Somali pirates "
               "with six AK 47 rifles, 12 magazines and about 300 rounds of ammunition."};
    INFO(spaced.listing());
    CHECK(spaced.values() == std::vector<double>{2, 3, 26, 6, 12, 300});
}

TEST_CASE("extract: addresses and roads are not claims", "[grammar][extract]") {
    // 10_1ecbplus
    doc yawkey{"Though the Red Sox continue to operate in intriguing secrecy when it comes to their pursuit of "
               "free-agent slugger Mark Teixeira, it appears an offer has been transmitted from the offices of 4 Yawkey "
               "Way in Boston to the corporation of power agent Scott Boras in Southern California."};
    INFO(yawkey.listing());
    CHECK(yawkey.claims.empty());

    // 38_2ecb: the highway number is not a claim, the distance is
    doc highway{"The size of Sunday morning's earthquake caught the attention of people in Cobb, a small community along "
                "Highway 175 in Lake County, 4 miles east of The Geysers."};
    INFO(highway.listing());
    REQUIRE(highway.claims.size() == 1);
    CHECK(highway.words(highway.claims[0]) == "4 miles");

    // 18_1ecbplus
    doc interstate{"LaCalamita drove across several counties, at speeds up to 120 miles per hour, surrendering only "
                   "after authorities boxed in his car on Interstate 75 in Saginaw, Michigan."};
    INFO(interstate.listing());
    REQUIRE(interstate.claims.size() == 1);
    CHECK(interstate.words(interstate.claims[0]) == "up to 120 miles per hour");
}

TEST_CASE("extract: a denial is a claim of zero", "[grammar][extract]") {
    doc d{"There are no reports of injuries or major damage."};  // 38_1ecbplus
    INFO(d.listing());
    REQUIRE(d.claims.size() == 1);
    const claim& c = d.claims[0];
    CHECK(c.q.kind == quantity_kind::denial);
    REQUIRE(c.value);
    CHECK(*c.value == 0);
    CHECK(d.words(c).rfind("no reports of injuries", 0) == 0);

    doc nobody{"No one knew what to do."};  // 18_5ecbplus: "no one" is not a number here
    INFO(nobody.listing());
    CHECK(nobody.claims.empty());
}

// ---- the counted thing -------------------------------------------------------------------------

TEST_CASE("extract: the counted thing: head, lemma and modifiers", "[grammar][extract]") {
    // 001
    doc pows{"\"Also, as a goodwill gesture, 22 seriously wounded prisoners of war in need of urgent medical "
             "assistance\" were handed over, the ministry added."};
    const claim& c = pows.find("22");
    CHECK(pows.words(c) == "22 seriously wounded prisoners of war");
    CHECK(c.counted.head == "prisoners of war");
    CHECK(c.counted.lemma == "prisoner of war");
    CHECK(c.counted.cls == "serviceman");
    CHECK(c.counted.modifiers == std::vector<std::string>{"seriously", "wounded"});
    CHECK_FALSE(c.counted.inherited);
    CHECK(pows.text.substr(c.counted.begin, c.counted.end - c.counted.begin) == "seriously wounded prisoners of war");

    // 12_3ecb
    doc rifles{"Nine assault rifles, a grenade launcher, 13 fully loaded magazines and a GPS receiver were seized from "
               "the pirates, the Navy spokesman said."};
    const claim& nine = rifles.find("Nine");
    CHECK(rifles.words(nine) == "Nine assault rifles");
    CHECK(nine.counted.lemma == "rifle");
    CHECK(nine.counted.modifiers == std::vector<std::string>{"assault"});
    const claim& mags = rifles.find("13");
    CHECK(mags.counted.lemma == "magazine");
    CHECK(mags.counted.modifiers == std::vector<std::string>{"fully", "loaded"});

    // 003
    doc people{"In a significant escalation, Ukraine's capital Kyiv faced a massive drone and missile attack from Russia, "
               "which left at least 15 people injured and damaged numerous buildings across the city."};
    const claim& fifteen = people.find("at least 15");
    CHECK(people.words(fifteen) == "at least 15 people");
    CHECK(fifteen.counted.head == "people");
    CHECK(fifteen.counted.lemma == "person");
}

TEST_CASE("extract: a figure with no noun takes the noun of the figure before it", "[grammar][extract]") {
    // 000: "one individual lost their life and 14 sustained injuries"
    doc d{"Casualty figures reported by Ukrainian officials noted one individual lost their life and 14 sustained "
          "injuries as a result of the attacks, illustrating the severe impact of this conflict."};
    const claim& fourteen = d.find("14");
    CHECK(fourteen.counted.lemma == "person");
    CHECK(fourteen.counted.inherited);
}

// ---- the predicate -------------------------------------------------------------------------------

TEST_CASE("extract: predicate classes", "[grammar][extract]") {
    // 001: every member of the list was launched
    doc attack{"Overnight, Russia attacked Ukraine with 145 drones, 2 ballistic missiles, and 4 anti-aircraft missiles, "
               "Ukraine's Air Force said Wednesday morning."};
    CHECK(attack.find("145").pred.cls == "launched");
    CHECK(attack.find("2 ballistic").pred.cls == "launched");
    CHECK(attack.find("4 anti-aircraft").pred.cls == "launched");
    CHECK(attack.find("2 ballistic").counted.modifiers == std::vector<std::string>{"ballistic"});

    doc down{"72 drones were shot down, the air force said."};  // 001
    CHECK(down.find("72").pred.cls == "shot_down");

    // 001: the verb before the figure wins over the participle after it
    doc shot{"Meanwhile, Russia's defense ministry said Wednesday it had shot down 57 drones launched by Ukraine "
             "overnight, with 35 of those intercepted and destroyed over the Kursk border region."};
    CHECK(shot.find("57").pred.cls == "shot_down");

    doc injured{"In a significant escalation, Ukraine's capital Kyiv faced a massive drone and missile attack from "
                "Russia, which left at least 15 people injured and damaged numerous buildings across the city."};  // 003
    CHECK(injured.find("at least 15").pred.cls == "injured");

    doc killed{"At least one Thai crew member was killed in the attack, which the Indian navy had originally announced "
               "by saying it had sunk a pirate \"mother ship.\""};  // 12_4ecb
    const claim& one = killed.find("At least one");
    CHECK(one.pred.cls == "killed");
    CHECK(one.q.qual == qualifier::at_least);

    doc headline{"Sheriff: Michigan office shooting kills 1, injures 2"};  // 18_1ecbplus
    REQUIRE(headline.claims.size() == 2);
    CHECK(headline.claims[0].pred.cls == "killed");
    CHECK(headline.claims[1].pred.cls == "injured");

    doc swap{"An expected prisoner swap between Russia and Ukraine took place Wednesday, with 175 servicemen exchanged "
             "on each side, the Russian Defense Ministry said."};  // 001
    CHECK(swap.find("175").pred.cls == "exchanged");

    doc nabbed{"INS Sukanya nabbed 26 Somali pirates with six AK 47 rifles."};  // 12_1ecbplus
    CHECK(nabbed.find("26").pred.cls == "captured");
}

TEST_CASE("extract: a figure with a verb of its own does not take its whole's or its list's predicate", "[grammar][extract]") {
    // the others were taken to hospital, not killed: their own verb (treated), not the list's
    doc taken{"One person was killed and two others were taken to the hospital, police said."};
    CHECK(taken.find("One person").pred.cls == "killed");
    CHECK(taken.find("two others").pred.cls == "treated");
    // and a verb the lexicons do not know is still no borrowing of the list's
    doc unknown{"One person was killed and two others were airlifted to Kyiv, police said."};
    CHECK(unknown.find("two others").pred.cls.empty());
    // without a verb of their own, the others share the verb given them ("and two others wounded")
    doc wounded{"One person was killed and two others wounded, police said."};
    CHECK(wounded.find("two others").pred.cls == "injured");
    // a list with no verb after a member still shares the list's verb (001)
    doc list{"Russia attacked Ukraine with 145 drones and 2 ballistic missiles, the air force said."};
    CHECK(list.find("2 ballistic").pred.cls == "launched");
}

TEST_CASE("extract: shot to death is killed, shot alone is not", "[grammar][extract]") {
    doc d{"A Michigan man shot to death one person and injured two others Monday, police said."};  // 18_1ecbplus
    CHECK(d.find("one person").pred.cls == "killed");
    CHECK(d.find("two others").pred.cls == "injured");
    doc dead{"Police said the gunman shot dead two guards."};
    CHECK(dead.find("two guards").pred.cls == "killed");
    doc shot{"The gunman shot two guards, police said."};
    CHECK(shot.find("two guards").pred.cls == "shot");
}

TEST_CASE("extract: predicate after a closing quotation mark", "[grammar][extract]") {
    // 001: the 22 prisoners "were handed over"
    doc d{"\"Also, as a goodwill gesture, 22 seriously wounded prisoners of war in need of urgent medical assistance\" "
          "were handed over, the ministry added."};
    CHECK(d.find("22").pred.cls == "exchanged");
}

// ---- scope, per side, partitives ------------------------------------------------------------------

TEST_CASE("extract: scope of a figure", "[grammar][extract]") {
    // 000
    doc d{"In retaliation, Russia's defense ministry claimed to have intercepted 57 Ukrainian drones, with 35 destroyed "
          "over the Kursk border region."};
    const claim& c = d.find("35");
    CHECK(c.where.text == "over the kursk border region");  // lower case (docs/json.md)
    CHECK(c.where.kind == "place");
    CHECK_FALSE(c.per_side);

    // 001: the same scope after "of those intercepted and destroyed"
    doc those{"Meanwhile, Russia's defense ministry said Wednesday it had shot down 57 drones launched by Ukraine "
              "overnight, with 35 of those intercepted and destroyed over the Kursk border region."};
    CHECK(those.find("35").where.text == "over the kursk border region");
}

TEST_CASE("extract: 'said earlier this week' says when it was said, not when the figure happened", "[grammar][extract]") {
    // 10_5ecbplus: the request for a 10-year deal is the story's own
    doc said{"However, Henry said earlier this week that the Red Sox will not satisfy Boras' request for a 10-year deal."};
    CHECK_FALSE(said.find("10-year").background);
    // without a verb of speech before it, "earlier" still recalls another event
    doc recalled{"Earlier, a magnitude 4.6 quake struck the same area."};
    CHECK(recalled.find("magnitude 4.6").background);
}

TEST_CASE("extract: a quake's magnitude: measuring 4.6, and a bare list member after magnitude 2.9", "[grammar][extract]") {
    // 38_3ecbplus: the figure after "an earthquake measuring" is its magnitude; "rattled Sonoma" is
    // the sentence's verb and object, not what is counted
    doc measuring{"An earthquake measuring 4.6 rattled Sonoma and Lake counties early Thursday, according to the U.S. "
                  "Geological Survey."};
    const claim& m = measuring.find("4.6");
    CHECK(m.q.unit == "magnitude");
    CHECK(m.attribute == "quake");
    CHECK(m.counted.head.empty());
    CHECK(measuring.words(m) == "4.6");
    // 38_6ecbplus: the second aftershock shares the first's unit
    doc list{"Two aftershocks, magnitude 2.9 and 2.2, occurred immediately following."};
    CHECK(list.find("2.2").q.unit == "magnitude");
    CHECK(list.find("2.2").attribute == "aftershock");
    // a whole number after "and" with a verb of its own is not the quake's
    doc hurt{"The quake had a magnitude of 4.6 and 3 people were hurt."};
    CHECK(hurt.find("3 people").q.unit.empty());
    // something other than a quake measured keeps its own unit
    doc wall{"A wall measuring 4.5 metres fell on the road."};
    CHECK(wall.find("4.5").q.unit == "m");
}

TEST_CASE("extract: an age by its verb: turns 29, will be 29 in April", "[grammar][extract]") {
    // 10_13ecbplus, 10_19ecbplus and 10_5ecbplus tell one birthday three ways
    doc turns{"Teixeira, who turns 29 on April 11, has averaged more than 30 home runs."};
    CHECK(turns.find("29").q.kind == quantity_kind::age);
    doc will{"Teixeira will be 29 in April."};
    CHECK(will.find("29").q.kind == quantity_kind::age);
    CHECK(will.find("29").q.unit == "year");
    doc on{"The free-agent first baseman will be 29 on April 11, coinciding with the opening week of the 2009 season."};
    CHECK(on.find("29").q.kind == quantity_kind::age);
    // a count to come names no date after it
    doc toll{"Officials said the toll will be 29 in all."};
    CHECK(toll.find("29").q.kind != quantity_kind::age);
}

TEST_CASE("extract: a preposition that opens a figure, its qualifier or a date is no scope", "[grammar][extract]") {
    // 10_19ecbplus: "at least" belongs to the next figure, not to the contract's place
    doc least{"Teixeira is seeking a 10-year contract for at least $20 million per season."};
    CHECK(least.find("10-year").where.text.empty());
    // 10_13ecbplus: "in excess of" qualifies the $160 million
    doc excess{"The Nationals made an eight-year offer in excess of $160 million."};
    CHECK(excess.find("eight-year").where.text.empty());
    // 10_19ecbplus: a day and a month say when
    doc day{"The free-agent first baseman will be 29 on April 11, coinciding with the opening week."};
    CHECK(day.find("29").where.text.empty());
    // 38_5ecb: a time of day
    doc time{"It was followed by a 2.9 aftershock at 2:12 a.m., the USGS said."};
    CHECK(time.find("2.9").where.text.empty());
    // a place with a number in it stays a place
    doc road{"Police chased him for 30 miles on Interstate 75 before stopping him."};
    CHECK(road.find("30 miles").where.text == "on interstate 75");
}

TEST_CASE("extract: what economists had expected is a forecast, not a figure of the event", "[grammar][extract]") {
    // a forecast is compared with nothing the event's reports say: the 200,000 was never reported
    doc expected{"Economists had expected a gain of about 200,000 jobs, according to a survey by FactSet."};
    CHECK(expected.find("about 200,000").background);
    doc polled{"The economy created 275,000 jobs in February, well above the 198,000 that economists polled by "
               "Reuters had forecast."};
    CHECK(polled.find("198,000").background);
    doc hoped{"Wages grew 4.3 percent over the past year, below the 4.5 percent pace economists had hoped for."};
    CHECK(hoped.find("4.5 percent").background);
    // the report itself is the event's figure
    doc added{"U.S. employers added 275,000 jobs, the Labor Department said Friday."};
    CHECK_FALSE(added.find("275,000").background);
}

TEST_CASE("extract: a background cue reaches the figures of its clause, or all when its clause has none", "[grammar][extract]") {
    // 38_1ecb: an opener with no figure ("Earlier this morning,") reaches the whole sentence
    doc opener{"Earlier this morning, an earthquake with a preliminary magnitude of 2.0 struck near The Geysers, "
               "according to the USGS."};
    CHECK(opener.find("magnitude of 2.0").background);
    // 38_3ecb: "The last earthquake" is the subject of every figure of its sentence; commas part no clause
    doc last{"The last earthquake measuring 3.0 or above occurred on Dec. 30, three miles east of The Geysers at a "
             "depth of 1.1 miles."};
    CHECK(last.find("3.0").background);
    CHECK(last.find("three miles").background);
    CHECK(last.find("1.1 miles").background);
    // 43_10ecbplus: the cost of the deal, then a comparison with what AMD usually earns
    doc deal{"The deal cost AMD $334 million ($281M in cash), a fairly sizable chunk of change when you consider that "
             "its yearly profits are usually around the $400 million mark."};
    CHECK_FALSE(deal.find("$334 million").background);
    CHECK_FALSE(deal.find("$281M").background);
    CHECK(deal.find("$400 million").background);
    // a sentence with no cue
    doc plain{"The deal cost AMD $334 million, including $281 million in cash."};
    CHECK_FALSE(plain.find("$334 million").background);
    // a cue of sequence does not reach a figure whose noun says its place in the sequence (38_3ecbplus)...
    doc after{"It was followed by a 2.9 aftershock at 2:12 a.m. and a 2.2 at 2:15 a.m."};
    CHECK_FALSE(after.find("2.9 aftershock").background);
    // ... but reaches another quake (38_3ecb)
    doc other{"At 9:32 p.m., it was followed by a 2.0-magnitude centered quake two miles east of The Geysers."};
    CHECK(other.find("2.0-magnitude").background);
}

TEST_CASE("extract: whose offer: the name before the verb of the figure's clause", "[grammar][extract]") {
    // 10_13ecbplus, 10_2ecbplus, 10_4ecbplus
    doc made{"Dan Patrick reported that the Boston Red Sox have made first baseman Mark Teixeira an eight-year, "
             "$200 million offer."};
    CHECK(made.find("$200 million").pred.cls == "offered");
    CHECK(made.find("$200 million").agent == "sox");  // not Teixeira, who is offered it
    doc past_noun{"The Red Sox have made an eight-year offer to Teixeira in excess of $160 million."};
    CHECK(past_noun.find("in excess of $160 million").agent == "sox");
    // the predicate comes from the list the figure is in ("an 8-year, $160 million contract")
    doc listed{"The Nationals have offered Mark Teixeira an 8-year, $160 million contract."};
    CHECK(listed.find("$160 million").agent == "nationals");
    // no name before the verb: nobody's
    doc nobody{"It was then that agent Scott Boras countered by asking for an eight-year contract worth $200 million."};
    CHECK(nobody.find("$200 million").agent.empty());
}

TEST_CASE("extract: nationalities beyond the war's say whose a figure is", "[grammar][extract]") {
    // 12_6ecb writes "Somalian"; demonyms.tsv lists the countries of the world, not only the seeds'
    doc pirates{"The Indian Navy arrested 23 Somalian pirates in the Gulf of Aden."};
    CHECK(pirates.find("23").agent == "somalia");
    doc crew{"At least one Thai crew member was killed."};  // 12_4ecb
    CHECK(crew.find("At least one").agent == "thailand");
    doc nurses{"The hospital said 14 Filipino nurses were evacuated."};
    CHECK(nurses.find("14").agent == "philippines");
}

TEST_CASE("extract: a name given after the noun is not the noun", "[grammar][extract]") {
    doc d{"The mother vessel, a 10-metre craft called Salahaddin, had some catch stocked in it."};  // 12_6ecb
    CHECK(d.find("10-metre").counted.head == "craft");
    doc named{"Police said 12 people were evacuated from a 40-metre ferry named Aurora."};
    CHECK(named.find("40-metre").counted.head == "ferry");
}

TEST_CASE("extract: a day named in a scope says when, not where", "[grammar][extract]") {
    // 12_4ecbplus and 12_8ecbplus: the same place, with and without "on"
    doc on{"Patrol vessel INS Sukanya was escorting the five merchant vessels through the Internationally Recognised "
           "Transit Corridor in the Gulf of Aden on Thursday morning when the warship's crew noticed the pirates."};
    doc bare{"Patrol vessel INS Sukanya was escorting the five merchant vessels in the Gulf of Aden Thursday morning "
             "when the warship's crew noticed the pirates."};
    CHECK(bare.find("five").where.text == "in the gulf of aden thursday morning");
    CHECK(bare.find("five").where.key == "gulf aden");
    CHECK(on.find("five").where.key == bare.find("five").where.key);
}

TEST_CASE("extract: on each side", "[grammar][extract]") {
    // 001
    doc d{"An expected prisoner swap between Russia and Ukraine took place Wednesday, with 175 servicemen exchanged on "
          "each side, the Russian Defense Ministry said."};
    const claim& c = d.find("175");
    CHECK(d.words(c) == "175 servicemen");
    CHECK(c.counted.lemma == "serviceman");
    CHECK(c.per_side);
    CHECK(c.where.text == "on each side");

    // 003: "from each side"
    doc from{"The prisoner exchange, which involved the transfer of 390 personnel from each side on the first day "
             "alone, marked a crucial moment amidst ongoing hostilities."};
    CHECK(from.find("390").per_side);

    // a figure with no side in its scope is not per side
    doc plain{"72 drones were shot down, the air force said."};
    CHECK_FALSE(plain.find("72").per_side);
}

TEST_CASE("extract: a part that names its whole after 'of the' counts that whole's things", "[grammar][extract]") {
    // 12_5ecbplus: the three are skiffs, not brigands, and not the brigands' (Somalia's)
    doc skiffs{"An Indian warship foiled a five-boat pirate attack on Friday, capturing 26 Somani brigands on three of the "
               "skiffs and confiscating their weapons."};
    const claim& three = skiffs.find("three");
    CHECK(three.counted.cls == "boat");
    CHECK(three.partitive == "of the");
    CHECK(three.agent.empty());
    CHECK(skiffs.words(three) == "three of the skiffs");
    // the part was shot down; the whole's figure does not take the part's verb
    doc drones{"Five of the 20 drones were shot down over Kyiv, the air force said."};
    CHECK(drones.find("Five").counted.cls == "drone");
    CHECK(drones.find("Five").pred.cls == "shot_down");
    CHECK(drones.find("20 drones").pred.cls.empty());
}

TEST_CASE("extract: partitives", "[grammar][extract]") {
    // 001: "35 of those" is part of the 57 drones and counts drones
    doc those{"Meanwhile, Russia's defense ministry said Wednesday it had shot down 57 drones launched by Ukraine "
              "overnight, with 35 of those intercepted and destroyed over the Kursk border region."};
    const claim& part = those.find("35");
    CHECK(part.partitive == "of those");
    CHECK(part.counted.lemma == "drone");
    CHECK(part.counted.inherited);
    CHECK(those.find("57").partitive.empty());

    // 000: "including 23"
    doc including{"The ongoing conflict has led to a scheduled prisoner swap anticipated to occur on Wednesday, with 175 "
                  "individuals set to be exchanged, including 23 critically injured Ukrainian soldiers."};
    const claim& wounded = including.find("23");
    CHECK(wounded.partitive == "including");
    CHECK(including.words(wounded) == "23 critically injured Ukrainian soldiers");
    CHECK(wounded.counted.lemma == "soldier");
    CHECK(including.find("175").partitive.empty());

    // 12_2ecb: "capturing 23 of the raiders"
    doc raiders{"Indian naval forces came to the rescue of a merchant vessel under attack by pirates in the Gulf of Aden "
                "on Saturday, capturing 23 of the raiders, India said."};
    CHECK(raiders.find("23").partitive == "of the");
}

// ---- the interval ------------------------------------------------------------------------------------

TEST_CASE("extract: the interval the text allows", "[grammar][extract]") {
    doc exact{"Overnight, Russia attacked Ukraine with 145 drones."};
    const claim& e = exact.find("145");
    REQUIRE(e.low);
    REQUIRE(e.high);
    CHECK(*e.low == 145);
    CHECK(*e.high == 145);

    doc at_least{"Which left at least 15 people injured."};
    const claim& l = at_least.find("at least 15");
    REQUIRE(l.low);
    CHECK(*l.low == 15);
    CHECK_FALSE(l.high);  // open above

    doc more{"As of Wednesday morning, more than 200 personnel were on the ground working to extinguish the blaze, "
             "Russian officials said."};  // 001
    const claim& m = more.find("more than 200");
    REQUIRE(m.low);
    CHECK(*m.low == 200);
    CHECK_FALSE(m.high);

    doc up_to{"These server bricks are just 10U in size, contain up to 768 CPUs, and include four gigabit Ethernet "
              "switches and a load balancer."};  // 43_10ecbplus
    const claim& u = up_to.find("up to 768");
    CHECK(up_to.words(u) == "up to 768 CPUs");
    CHECK_FALSE(u.low);  // open below
    REQUIRE(u.high);
    CHECK(*u.high == 768);

    doc nearly{"Pirates holding about a dozen ships and nearly 300 crewmen in safe havens on the Somali coast."};
    const claim& n = nearly.find("nearly 300");
    CHECK_FALSE(n.low);
    REQUIRE(n.high);
    CHECK(*n.high == 300);

    doc range{"The Orioles, according to reports, have offered Teixeira a seven-year deal worth between $140 million "
              "and $150 million."};  // 10_1ecbplus
    const claim& r = range.find("between");
    REQUIRE(r.low);
    REQUIRE(r.high);
    CHECK(*r.low == Approx(140e6));
    CHECK(*r.high == Approx(150e6));
    CHECK(r.q.qual == qualifier::range);
}

// ---- attribution ------------------------------------------------------------------------------------

TEST_CASE("extract: attribution: X said after the figures", "[grammar][extract][attribution]") {
    // 001: one attribution covers every figure of its sentence
    doc d{"Overnight, Russia attacked Ukraine with 145 drones, 2 ballistic missiles, and 4 anti-aircraft missiles, "
          "Ukraine's Air Force said Wednesday morning."};
    REQUIRE(d.claims.size() == 3);
    for (const claim& c : d.claims) {
        INFO(d.words(c));
        REQUIRE(c.source);
        CHECK(c.source->source == "Ukraine's Air Force");
        CHECK(c.source->cue == "said");
        CHECK(c.source->via == "sentence");
        CHECK(d.source_words(*c.source) == "Ukraine's Air Force");
    }
}

TEST_CASE("extract: attribution: X reported that / X confirmed that", "[grammar][extract][attribution]") {
    // 000
    doc reported{"The Ukrainian Air Force reported that Russia launched 145 drones, two ballistic missiles, and four "
                 "anti-aircraft missiles targeting multiple regions, including Sumy, Odesa, and Kyiv."};
    REQUIRE(reported.claims.size() == 3);
    for (const claim& c : reported.claims) {
        INFO(reported.words(c));
        REQUIRE(c.source);
        CHECK(c.source->source == "Ukrainian Air Force");
        CHECK(c.source->cue == "reported");
    }

    doc confirmed{"Russian officials confirmed that emergency efforts, involving over 200 personnel, were underway to "
                  "manage the blaze."};  // 000
    const claim& c = confirmed.find("over 200");
    REQUIRE(c.source);
    CHECK(c.source->source == "Russian officials");
    CHECK(c.source->cue == "confirmed");
}

TEST_CASE("extract: attribution: said X after a comma", "[grammar][extract][attribution]") {
    // 12_3ecb, with the cue inverted as 12_4ecb writes it ("..., said the spokesman")
    doc d{"Nine assault rifles, a grenade launcher, 13 fully loaded magazines and a GPS receiver were seized from the "
          "pirates, said the Navy spokesman."};
    for (const char* figure : {"Nine", "13"}) {
        INFO(figure);
        const claim& c = d.find(figure);
        REQUIRE(c.source);
        CHECK(c.source->source == "Navy spokesman");
        CHECK(c.source->cue == "said");
    }
}

TEST_CASE("extract: attribution: according to X", "[grammar][extract][attribution]") {
    // 38_1ecbplus
    doc d{"An earthquake with a preliminary magnitude of 4.6 was recorded in the North Bay this morning, according to "
          "the U.S. Geological Survey."};
    const claim& c = d.find("magnitude of 4.6");
    REQUIRE(c.source);
    CHECK(c.source->source == "U.S. Geological Survey");
    CHECK(c.source->cue == "according to");
    CHECK(d.source_words(*c.source) == "the U.S. Geological Survey");
}

TEST_CASE("extract: attribution: as confirmed by X", "[grammar][extract][attribution]") {
    // 004
    doc d{"Overnight into Saturday, Kyiv was subjected to a formidable drone and missile assault by Russian forces, "
          "resulting in widespread fires and injuring at least eight individuals, as confirmed by the city's mayor."};
    const claim& c = d.find("at least eight");
    CHECK(d.words(c) == "at least eight individuals");
    CHECK(c.pred.cls == "injured");
    REQUIRE(c.source);
    CHECK(c.source->source == "city's mayor");
    CHECK(c.source->cue == "as confirmed by");
}

TEST_CASE("extract: attribution: reported by X", "[grammar][extract][attribution]") {
    // 000
    doc d{"Casualty figures reported by Ukrainian officials noted one individual lost their life and 14 sustained "
          "injuries as a result of the attacks, illustrating the severe impact of this conflict."};
    for (const char* figure : {"one", "14"}) {
        INFO(figure);
        const claim& c = d.find(figure);
        REQUIRE(c.source);
        CHECK(c.source->source == "Ukrainian officials");
        CHECK(c.source->cue == "reported by");
    }
    CHECK(d.find("one").pred.cls == "killed");
    CHECK(d.find("14").pred.cls == "injured");
}

TEST_CASE("extract: attribution: X claimed to have", "[grammar][extract][attribution]") {
    // 000: both figures are the ministry's
    doc d{"In retaliation, Russia's defense ministry claimed to have intercepted 57 Ukrainian drones, with 35 destroyed "
          "over the Kursk border region."};
    for (const char* figure : {"57", "35"}) {
        INFO(figure);
        const claim& c = d.find(figure);
        REQUIRE(c.source);
        CHECK(c.source->source == "Russia's defense ministry");
        CHECK(c.source->cue == "claimed");
    }
}

TEST_CASE("extract: attribution: X asserted that", "[grammar][extract][attribution]") {
    // 002
    doc d{"Russia's defence ministry asserted that they countered this threat by destroying 57 Ukrainian drones, "
          "primarily in the Kursk region."};
    const claim& c = d.find("57");
    CHECK(c.pred.cls == "shot_down");
    REQUIRE(c.source);
    CHECK(c.source->source == "Russia's defence ministry");
    CHECK(c.source->cue == "asserted");
}

TEST_CASE("extract: attribution: with X reporting that", "[grammar][extract][attribution]") {
    // 003: the officials report the figures; TRT Global and Al Jazeera report the officials
    doc d{"The attack occurred during the largest prisoner exchange between Ukraine and Russia since the onset of the "
          "conflict, with Ukrainian officials reporting that Russia launched 14 ballistic missiles and 250 drones "
          "targeting the city, damaging civilian infrastructure and causing chaos in the streets, according to TRT "
          "Global and Al Jazeera."};
    REQUIRE(d.claims.size() == 2);
    for (const claim& c : d.claims) {
        INFO(d.words(c));
        CHECK(c.pred.cls == "launched");
        REQUIRE(c.source);
        CHECK(c.source->source == "Ukrainian officials");
        CHECK(c.source->cue == "reporting");
    }
}

TEST_CASE("extract: attribution: ', saying that' takes the sentence subject", "[grammar][extract][attribution]") {
    // 001
    doc d{"Ukrainian President Volodymyr Zelensky on Wednesday accused Putin of already breaking his pledge, saying "
          "that Russia attacked Ukraine with 150 drones overnight, including strikes on energy facilities."};
    const claim& c = d.find("150");
    CHECK(c.pred.cls == "launched");
    REQUIRE(c.source);
    CHECK(c.source->source == "Volodymyr Zelensky");  // the name; the role goes to the title
    CHECK(c.source->title == "Ukrainian President");
    CHECK(c.source->cue == "saying");
    CHECK(c.source->via == "participle");
    CHECK(d.source_words(*c.source) == "Ukrainian President Volodymyr Zelensky");
}

TEST_CASE("extract: attribution: a quotation attributed after the quote", "[grammar][extract][attribution]") {
    // 12_5ecb: "..., said a senior officer."
    doc officer{"\"The external affairs ministry is now working to find out to which country the 23 pirates in INS "
                "Mysore's custody can be handed over,\" said a senior officer."};
    const claim& pirates = officer.find("23");
    REQUIRE(pirates.source);
    CHECK(pirates.source->source == "senior officer");
    CHECK(pirates.source->via == "quote");

    // 18_11ecbplus: "..., Craft said."
    doc craft{"\"I'm not positive all three of the people were targeted, but there appeared to be some purpose,\" Craft "
              "said."};
    const claim& three = craft.find("three");
    REQUIRE(three.source);
    CHECK(three.source->source == "Craft");
    CHECK(three.source->via == "quote");
    CHECK(three.partitive == "of the");

    // 001: a quotation of two sentences; the speaker is named after it, not the "Putin said" inside it
    doc zelensky{"\"When Putin said that he was allegedly ordering a halt to strikes on Ukrainian energy, there were 150 "
                 "drones overnight, including on energy facilities.",
                 "There were strikes on transportation, unfortunately, two hospitals were hit, and on urban "
                 "infrastructure,\" Zelensky said during a news conference in Finland."};
    for (const char* figure : {"150", "two hospitals"}) {
        INFO(figure);
        const claim& c = zelensky.find(figure);
        REQUIRE(c.source);
        CHECK(c.source->source == "Zelensky");
        CHECK(c.source->via == "quote");
    }
    CHECK(zelensky.find("150").sentence == 0);
    CHECK(zelensky.find("two hospitals").sentence == 1);
}

TEST_CASE("extract: attribution: X told reporters", "[grammar][extract][attribution]") {
    // 001 reports the figure and has "Peskov told reporters"; the two are put together here
    doc d{"Zelensky told reporters that Russia attacked Ukraine with 150 drones overnight."};
    const claim& c = d.find("150");
    REQUIRE(c.source);
    CHECK(c.source->source == "Zelensky");
    CHECK(c.source->cue == "told");
}

TEST_CASE("extract: attribution: 'the ministry added' names the ministry of an earlier sentence",
          "[grammar][extract][attribution]") {
    // 001
    doc d{"An expected prisoner swap between Russia and Ukraine took place Wednesday, with 175 servicemen exchanged on "
          "each side, the Russian Defense Ministry said.",
          "\"Also, as a goodwill gesture, 22 seriously wounded prisoners of war in need of urgent medical assistance\" "
          "were handed over, the ministry added."};
    const claim& swap = d.find("175");
    REQUIRE(swap.source);
    CHECK(swap.source->source == "Russian Defense Ministry");
    CHECK(swap.source->via == "sentence");

    const claim& pows = d.find("22");
    CHECK(pows.sentence == 1);
    REQUIRE(pows.source);
    CHECK(pows.source->source == "Russian Defense Ministry");
    CHECK(pows.source->cue == "added");
    CHECK(pows.source->via == "resolved");
    CHECK(d.source_words(*pows.source) == "the ministry");  // the span is where this sentence names it
}

TEST_CASE("extract: attribution: 'the air force said' names the air force of an earlier sentence",
          "[grammar][extract][attribution]") {
    // 001
    doc d{"Overnight, Russia attacked Ukraine with 145 drones, 2 ballistic missiles, and 4 anti-aircraft missiles, "
          "Ukraine's Air Force said Wednesday morning.",
          "The attacks targeted the Sumy, Odesa, Poltava, Dnipropetrovsk, Kyiv and Chernihiv regions.",
          "72 drones were shot down, the air force said."};
    const claim& c = d.find("72");
    REQUIRE(c.source);
    CHECK(c.source->source == "Ukraine's Air Force");
    CHECK(c.source->via == "resolved");
}

TEST_CASE("extract: attribution: the resolved source keeps the words it was written as",
          "[grammar][extract][attribution]") {
    // docs/json.md: "the words as written, without the article (`ministry`, `He`)"
    doc d{"An expected prisoner swap between Russia and Ukraine took place Wednesday, with 175 servicemen exchanged on "
          "each side, the Russian Defense Ministry said.",
          "\"Also, as a goodwill gesture, 22 seriously wounded prisoners of war in need of urgent medical assistance\" "
          "were handed over, the ministry added."};
    const claim& pows = d.find("22");
    REQUIRE(pows.source);
    CHECK(pows.source->written == "ministry");
}

TEST_CASE("extract: attribution: a figure whose sentence names nobody has no source",
          "[grammar][extract][attribution]") {
    // 004: the mayor speaks for the first sentence only
    doc d{"Overnight into Saturday, Kyiv was subjected to a formidable drone and missile assault by Russian forces, "
          "resulting in widespread fires and injuring at least eight individuals, as confirmed by the city's mayor.",
          "The air was filled with explosions and gunfire, prompting many residents to seek refuge in underground "
          "subway stations.",
          "Debris was scattered across at least four districts, with six people requiring medical assistance."};
    INFO(d.listing());
    REQUIRE(d.claims.size() == 3);
    CHECK(d.find("at least eight").source);
    const claim& districts = d.find("at least four");
    CHECK(districts.sentence == 2);
    CHECK_FALSE(districts.source);
    const claim& six = d.find("six people");
    CHECK_FALSE(six.source);
    CHECK(six.pred.cls == "treated");

    // 002
    doc none{"Two individuals sustained injuries in these attacks, while a drone also struck a hospital in the eastern "
             "city of Sumy, necessitating the evacuation of over 100 patients."};
    REQUIRE(none.claims.size() == 2);
    CHECK_FALSE(none.claims[0].source);
    CHECK_FALSE(none.claims[1].source);
}

TEST_CASE("extract: the counted thing after a model name", "[grammar][extract]") {
    // 12_1ecbplus: six rifles, of the AK 47 model
    doc d{"INS Sukanya nabbed 26 Somali pirates with six AK 47 rifles, 12 magazines and about 300 rounds of "
          "ammunition."};
    const claim& six = d.find("six");
    CHECK(six.counted.lemma == "rifle");
    CHECK(d.words(six) == "six AK 47 rifles");
}

TEST_CASE("extract: claims do not overlap", "[grammar][extract]") {
    // 10_1ecbplus: "10-5" is one label, and its "5" is not a second figure
    doc d{"David Ortiz, Boston's star designated hitter, is a 10-5 man (10 years in the Majors, five with the same "
          "team), meaning he could veto any trade."};
    INFO(d.listing());
    for (std::size_t i = 1; i < d.claims.size(); ++i) CHECK(d.claims[i - 1].end <= d.claims[i].begin);
}

TEST_CASE("extract: phone numbers are not claims", "[grammar][extract]") {
    doc local{"For details call 555-1234 today."};
    INFO(local.listing());
    CHECK(local.claims.empty());

    doc area{"For details call 248-555-1234 today."};
    INFO(area.listing());
    CHECK(area.claims.empty());
}

TEST_CASE("extract: attribution: 'he said' names the speaker of an earlier quotation",
          "[grammar][extract][attribution]") {
    // 12_5ecb: the officer's quotation continues after two sentences of narration; "he" is the officer
    doc d{"\"On spotting the armed Chetak hovering overhead, the pirate boats broke off their attack,\" said an "
          "officer.",
          "Soon after, steaming at full speed, the deadly INS Mysore also reached the spot.",
          "\"Seeing the Marcos, the pirates surrendered quite easily, even though for some time they pretended to be "
          "plain fishermen.",
          "A search of the dhow led to the discovery of the large arms cache and three outboard motors,\" he said."};
    const claim& motors = d.find("three");
    REQUIRE(motors.source);
    CHECK(motors.source->source == "officer");
}

TEST_CASE("extract: a noun shared by two figures ('12 Somali and 11 Yemeni nationals')", "[grammar][extract]") {
    // 12_2ecb
    doc d{"Indian commandos boarded the larger pirate boat, seizing 12 Somali and 11 Yemeni nationals as well as arms "
          "and equipment, the statement said."};
    const claim& twelve = d.find("12");
    CHECK(twelve.counted.lemma == "national");
    CHECK(d.find("11").counted.lemma == "national");
}

TEST_CASE("extract: figures at every place of a sixteen-byte block", "[grammar][extract]") {
    // the scan for figures sorts sixteen places at a time: a figure at the sentence's start, after
    // each kind of byte that may precede one, and on either side of a block's end is still found;
    // the inside of a number or word ("1,000", "20-26", "b52") begins none
    for (std::size_t pad = 0; pad < 20; ++pad) {
        const std::string lead(pad, 'x');
        doc d{lead + " reported 145 drones; (3 boats) $5 million and 1,000 people, 20-26 miles, over twenty "
                     "homes, about \xE2\x82\xAC" "40 million in aid and b52 jets.",
              "12 people were hurt."};
        INFO(d.text << "\nclaims: " << d.listing());
        CHECK(d.find("145 drones").value == 145);
        CHECK(d.find("3 boats").value == 3);
        CHECK(d.find("$5 million").value == 5e6);
        CHECK(d.find("1,000 people").value == 1000);
        CHECK(d.find("20-26 miles").value == 20);
        CHECK(d.find("over twenty").value == 20);
        CHECK(d.find("about \xE2\x82\xAC" "40 million").value == 40e6);
        CHECK(d.find("12 people").value == 12);  // the sentence's first byte
        for (const auto& c : d.claims) {
            const std::string w = d.words(c);
            CHECK(w.rfind("000", 0) != 0);  // not from inside "1,000"
            CHECK(w.rfind("26", 0) != 0);   // nor from inside "20-26"
            CHECK(w.rfind("52", 0) != 0);   // nor from inside a word
        }
    }
}

TEST_CASE("extract: a figure followed by any time marker of the lexicon, in any case, is a time of day", "[grammar][extract]") {
    // not_a_claim reads the markers only when the byte after the figure opens one of them:
    // every marker must still be found (and a figure followed by none stays a claim)
    const auto& rows = lexicon("time_markers").rows;
    REQUIRE(rows.size() > 10);
    for (const auto& r : rows) {
        for (bool upper : {false, true}) {
            std::string m = r[0];
            if (upper) std::transform(m.begin(), m.end(), m.begin(), [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
            INFO(m);
            doc d{"Officials said 7 " + m + " drones hit the city."};
            const std::vector<double> values = d.values();
            CHECK(std::find(values.begin(), values.end(), 7.0) == values.end());
        }
    }
    doc plain{"Officials said 7 drones hit the city."};
    CHECK(plain.values() == std::vector<double>{7});
}

TEST_CASE("extract: every partitive cue of the lexicon is found beside its figure", "[grammar][extract]") {
    // the cues are read only when the byte after the figure opens a cue read after it, or the
    // byte before it ends one read before it: every cue must still be found
    const auto& rows = lexicon("partitives").rows;
    REQUIRE(rows.size() > 5);
    for (const auto& r : rows) {
        const std::string& cue = r[0];
        if (cue.empty() || cue.size() > 10) continue;  // (a cue after a figure is read in its next ten bytes)
        const bool after = r.at(1) == "after";
        INFO(cue << (after ? " (after)" : " (before)"));
        doc d{after ? "Officials said 7 " + cue + " were hit." : "Officials said " + cue + " 7 were hit."};
        const claim& c = d.find("7");
        CHECK_FALSE(c.partitive.empty());
    }
    doc plain{"Officials said 7 drones hit the city."};
    CHECK(plain.find("7").partitive.empty());
}

TEST_CASE("extract: a craft is a boat, whose length is the boat's", "[grammar][extract]") {
    // 12_8ecbplus: the same 10-metre mother vessel other reports call a dhow
    doc craft{"The mother vessel, a 10-metre craft called Salahaddin, had some catch stocked in it to give the "
              "impression that it was a fishing vessel."};
    CHECK(craft.find("10-metre").attribute == "boat");
    doc dhow{"The pirates used a 10-metre dhow as their mother ship."};
    CHECK(dhow.find("10-metre").attribute == "boat");
}

TEST_CASE("extract: an age before a name is a person's", "[grammar][extract]") {
    // 18_6ecbplus: Kafoury is the person whose age it is, not a kind of thing
    doc trial{"Anthony LaCalamita III was found guilty of first-degree murder and assault with intent to murder in the "
              "shotgun slaying of 63-year-old Madeline Kafoury and assault with intent to kill in the shootings of "
              "Paul Riva and Alan Steinberg at the accounting firm."};
    const claim& age = trial.find("63-year-old");
    CHECK(age.q.kind == quantity_kind::age);
    CHECK(age.counted.cls == "person");
    // a lower-case noun after the age keeps its own lemma
    doc woman{"Police said the person killed was a 63-year-old woman from Warren but would not name her."};
    CHECK(woman.find("63-year-old").counted.lemma == "woman");
}

TEST_CASE("extract: a vague count names its things after 'of'", "[grammar][extract]") {
    doc dozens{"Dozens of people were injured in the blast, police said."};
    CHECK(dozens.find("Dozens").counted.cls == "person");
    CHECK(dozens.find("Dozens").pred.cls == "injured");
    // 43_2ecbplus
    doc cores{"The servers pack thousands of processor cores into one rack."};
    CHECK(cores.find("thousands").counted.lemma == "core");
    // a number that is not vague keeps "of" as a partitive: no noun read past it
    doc part{"Ukraine said it had downed 23 of 25 drones launched by Russia."};
    CHECK(part.find("23").counted.head != "25");
}

TEST_CASE("extract: an idiom after a figure is no scope", "[grammar][extract]") {
    doc arrest{"Police arrested two men in connection with the attack, and three others were detained on Tuesday."};
    CHECK(arrest.find("two men").where.text.empty());
    doc wake{"Some 300 people were evacuated in the wake of the quake."};
    CHECK(wake.find("Some 300").where.text.empty());
    // a place after the same preposition is still read
    doc place{"Two men were arrested in Kharkiv on Monday."};
    CHECK(place.find("Two men").where.text == "in kharkiv");
}

TEST_CASE("extract: temperatures carry their scale, and a reading in the other scale is another unit", "[grammar][extract]") {
    doc heat{"Temperatures reached 45°C (113°F) in Seville on Sunday."};
    CHECK(heat.find("45").q.unit == "°c");
    CHECK(heat.find("113").q.unit == "°f");
    doc spelled{"Forecasters expect 40 degrees Celsius, or 104 degrees Fahrenheit, by Friday."};
    CHECK(spelled.find("40").q.unit == "°c");
    CHECK(spelled.find("104").q.unit == "°f");
    // the UK style writes the scale's letter right after the digits; a model's letter is no unit
    doc attached{"Temperatures reached 45C (113F) in Seville, and 3 F-35s flew over."};
    CHECK(attached.find("45C").q.unit == "°c");
    CHECK(attached.find("113F").q.unit == "°f");
    CHECK(attached.find("3 F-35s").q.unit.empty());
    // after a space the scale's capital letter alone still is one (a heatwave story's "46 C")
    CHECK(doc{"Temperatures reached 46 C on Saturday."}.find("46 C").q.unit == "°c");
    CHECK(doc{"He got 3 C grades."}.find("3 C grades").q.unit.empty());
    // without a scale a degree stays a degree
    doc bare{"It was 30 degrees in the shade."};
    CHECK(bare.find("30").q.unit == "degree");
}

TEST_CASE("extract: Indian scale words lakh and crore", "[grammar][extract]") {
    doc crore{"The state government allocated Rs 500 crore to the project."};
    CHECK(crore.find("Rs 500").value == Approx(5e9));
    CHECK(crore.find("Rs 500").q.unit == "INR");
    doc lakh{"Each family of the victims will get ₹5 lakh in compensation."};
    CHECK(lakh.find("₹5").value == Approx(5e5));
}

TEST_CASE("extract: trapped, missing and rescued are what happened to a count", "[grammar][extract]") {
    // without these, '137 trapped' and '18 missing' were counts of people with nothing happening to
    // them, and a story's trapped and missing could be compared as one figure
    doc trapped{"The fire department said 934 people were injured and 137 were trapped in buildings and tunnels."};
    CHECK(trapped.find("137").pred.cls == "trapped");
    CHECK(trapped.find("934").pred.cls == "injured");
    doc remained{"At least 946 people were injured, the agency said, and 143 people remained trapped."};
    CHECK(remained.find("143").pred.cls == "trapped");
    doc missing{"Rescuers searched for 18 people still missing."};
    CHECK(missing.find("18").pred.cls == "missing");
    doc rescued{"Firefighters said 45 people had been rescued from the rubble."};
    CHECK(rescued.find("45").pred.cls == "rescued");
}

TEST_CASE("extract: 'N of M things' and 'N out of M things' are a part and its whole", "[grammar][extract]") {
    doc of{"Ukraine said it had downed 23 of 25 drones launched by Russia."};
    const claim& part = of.find("23");
    CHECK(part.partitive == "of");
    CHECK(part.counted.cls == "drone");
    CHECK(part.pred.cls == "shot_down");
    // the whole keeps its own participle, not the part's verb
    CHECK(of.find("25 drones").pred.cls == "launched");
    doc out_of{"Air defences destroyed 30 out of 34 missiles, the military said."};
    CHECK(out_of.find("30").partitive == "out of");
    CHECK(out_of.find("30").counted.cls == "missile");
    CHECK(out_of.find("34 missiles").pred.cls.empty());
    // 10_19ecbplus: a word qualifying the whole's figure is passed over, and the whole stays a claim
    doc just{"He is one of just five players in Major League history to hit at least 100 home runs in his first "
             "three seasons."};
    CHECK(just.find("one").counted.lemma == "player");
    CHECK(just.find("five players").value == 5);
    // after a bare "of" without a figure nothing is read as the whole
    doc its{"AMD disrupts Intel by acquiring one of its close partners."};
    CHECK(its.find("one").counted.head.empty());
    // a vague count's "of" names its things, not a whole
    CHECK(doc{"Hundreds of aftershocks followed."}.find("Hundreds").partitive.empty());
}

TEST_CASE("extract: a source named after 'while' or 'and' speaks for its own clause", "[grammar][extract]") {
    doc two{"Turkey's disaster agency said at least 1,541 people had died in the country, while Syria's health "
            "ministry reported 371 deaths in government-held areas."};
    const claim& turkey = two.find("at least 1,541");
    REQUIRE(turkey.source);
    CHECK(turkey.source->source == "Turkey's disaster agency");
    const claim& syria = two.find("371");
    REQUIRE(syria.source);
    CHECK(syria.source->source == "Syria's health ministry");
    doc aid{"The government has pledged $1.2bn in emergency aid, and the European Union said it would send 1,200 "
            "rescue workers."};
    CHECK_FALSE(aid.find("$1.2bn").source);
    REQUIRE(aid.find("1,200").source);
    CHECK(aid.find("1,200").source->source == "European Union");
    // a trailing source after a comma still speaks for the figures before it
    doc trailing{"Five people were killed, and 12 injured, police said."};
    REQUIRE(trailing.find("12").source);
    CHECK(trailing.find("12").source->source == "police");
}

TEST_CASE("extract: more role words make a source: disaster agency, coast guard, medical examiner", "[grammar][extract]") {
    doc agency{"Turkey's disaster agency said 5 people died."};
    REQUIRE(agency.find("5").source);
    CHECK(agency.find("5").source->source == "Turkey's disaster agency");
    doc guard{"The US Coast Guard said 12 people were rescued."};
    REQUIRE(guard.find("12").source);
    CHECK(guard.find("12").source->source == "US Coast Guard");
    doc examiner{"The county medical examiner said 3 people died."};
    REQUIRE(examiner.find("3").source);
    CHECK(examiner.find("3").source->source == "county medical examiner");
}

TEST_CASE("extract: a percentage takes no unit after its sign", "[grammar][extract]") {
    doc yoy{"Tesla delivered 466,140 vehicles in the second quarter, up 83% year on year."};
    const claim& up = yoy.find("83%");
    CHECK(up.q.unit == "%");
    CHECK(up.q.kind == quantity_kind::percent);
    CHECK(up.where.text.empty());
    doc hyphen{"Prices rose 5% year-on-year in May."};
    CHECK(hyphen.find("5%").q.unit == "%");
    // a range of percentages still reads both ends
    doc range{"Analysts expect growth of 5%-10% next year."};
    CHECK(range.find("5%").q.unit == "%");
    CHECK(range.find("5%").high == Approx(10));
}

TEST_CASE("extract: a union's count is the union's, of the same march as the police count", "[grammar][extract]") {
    doc march{"Police said 57,000 people took part in the Paris march, while the CGT union put the number at 400,000."};
    const claim& police = march.find("57,000");
    const claim& union_count = march.find("400,000");
    REQUIRE(police.source);
    CHECK(police.source->source == "Police");
    REQUIRE(union_count.source);
    CHECK(union_count.source->source == "CGT union");
    // the bare 400,000 counts the people marching in Paris, as the 57,000 does
    CHECK(union_count.counted.cls == police.counted.cls);
    CHECK(union_count.where.key == police.where.key);
    CHECK(union_count.where.key == "paris");
    doc unions{"French unions claimed 3.5 million marchers on Saturday."};
    REQUIRE(unions.find("3.5 million").source);
    CHECK(unions.find("3.5 million").source->source == "French unions");
}

TEST_CASE("extract: 'in <year>' scopes a figure to that year", "[grammar][extract]") {
    doc then{"The 28-year-old Japanese star hit 46 home runs in 2021."};
    const claim& runs = then.find("46");
    CHECK(runs.where.kind == "time");
    CHECK(runs.where.key == "2021");
    // the age's noun stops before the verb of the next figure
    CHECK(then.find("28-year-old").counted.head == "star");
    doc now{"He hit .304 with 44 homers in 2023."};
    CHECK(now.find("44").where.key == "2023");
    // a month or a day says when the story happened and scopes nothing
    doc month{"Five people were killed in January."};
    CHECK(month.find("Five").where.key.empty());
    // a place still wins when it comes first
    doc place{"Twelve people were killed in Kyiv in 2022."};
    CHECK(place.find("Twelve").where.key == "kyiv");
}

TEST_CASE("extract: 'half of' is a part, and its whole does not take the part's verb", "[grammar][extract]") {
    doc half{"Half of the 300 residents were evacuated, officials said."};
    const claim& part = half.find("Half");
    CHECK(part.value == Approx(0.5));
    CHECK(part.partitive == "of the");
    CHECK(part.counted.cls == "person");
    CHECK(part.pred.cls == "evacuated");
    CHECK(half.find("300").pred.cls.empty());
    // 43_3ecbplus: "about half of them" keeps its qualifier
    doc about{"SeaMicro currently employs 80 people, and about half of them are engineers."};
    CHECK(about.find("about half").q.qual == qualifier::approx);
    // a half that names a part of a period or a place is no figure
    doc period{"AMD plans to offer the first solutions in the second half of 2012."};
    for (const auto& c : period.claims) CHECK(period.words(c) != "half");
    // "half a dozen" is still six
    CHECK(doc{"Half a dozen people were hurt."}.find("Half a dozen").value == Approx(6));
}

TEST_CASE("extract: a year in a figure's clause says which year's figure it is", "[grammar][extract]") {
    doc since{"The quake was the deadliest since a 1999 tremor killed 2,415 people on the island."};
    CHECK(since.find("2,415").where.key == "1999");
    CHECK(since.find("2,415").where.text == "on the island");  // its own words are kept
    doc fronted{"In 2016, a quake in the southern city of Tainan killed 117 people."};
    CHECK(fronted.find("117").where.key == "2016");
    // a figure with no year in its clause has none: the one after the dash is another clause
    doc apart{"The quake killed 17 people -- the worst toll since 1999."};
    CHECK(apart.find("17").where.key.empty());
    CHECK(fronted.find("117").where.kind == "time");
    // a named place is kept, the year does not replace it
    doc own{"Twelve people were killed in Kyiv in 2022."};
    CHECK(own.find("Twelve").where.key == "kyiv");
}

TEST_CASE("extract: an event after 'in' is how a figure happened, not where", "[grammar][extract]") {
    doc strikes{"At least 22 people were killed in Israeli air strikes on Rafah overnight."};
    CHECK(strikes.find("At least 22").where.key == "rafah");
    doc fire{"Five people died in a fire at a hotel in Paris."};
    CHECK(fire.find("Five").where.text == "at a hotel");
    // 12_4ecb: "in the attack" is no place
    doc attack{"At least one Thai crew member was killed in the attack."};
    CHECK(attack.find("At least one").where.text.empty());
    // a place after 'in' is still read
    CHECK(doc{"The fire burned 200 acres in the forest."}.find("200 acres").where.text == "in the forest");
}

TEST_CASE("extract: 'since the war began' makes a figure a total", "[grammar][extract]") {
    doc total{"More than 34,000 Palestinians have been killed since the war began, according to the ministry."};
    CHECK(total.find("More than 34,000").aggregate);
    doc since{"The ministry says 34,097 people have been killed in Gaza since October 7."};
    CHECK(since.find("34,097").aggregate);
    doc night{"Israeli strikes on Rafah killed at least 35 people overnight."};
    CHECK_FALSE(night.find("at least 35").aggregate);
}

TEST_CASE("extract: a superlative's 'since' compares, it makes no total", "[grammar][extract]") {
    // seed 003: the largest exchange since the onset of the conflict; the missiles are the day's
    doc seed{"The attack occurred during the largest prisoner exchange between Ukraine and Russia since the onset of "
             "the conflict, with Ukrainian officials reporting that Russia launched 14 ballistic missiles and 250 "
             "drones targeting the city."};
    CHECK_FALSE(seed.find("14 ballistic").aggregate);
    CHECK_FALSE(seed.find("250 drones").aggregate);
    doc total{"Since the start of the war, at least 34,151 people have been killed in Gaza, the health ministry said."};
    CHECK(total.find("at least 34,151").aggregate);
}

TEST_CASE("extract: companies and firms speak as sources", "[grammar][extract]") {
    doc deal{"Microsoft agreed to buy Activision Blizzard for $68.7 billion in cash, the companies said on Tuesday."};
    REQUIRE(deal.find("$68.7 billion").source);
    CHECK(deal.find("$68.7 billion").source->source == "companies");
}

TEST_CASE("extract: 'each' after the figure or before its verb makes it per side", "[grammar][extract]") {
    doc after{"Russia and Ukraine exchanged 175 prisoners of war each on Wednesday, Zelensky said."};
    CHECK(after.find("175").per_side);
    CHECK(after.find("175").where.key == "per side");
    doc before{"In the biggest swap of the war, Russia and Ukraine each freed 175 POWs, Zelensky said."};
    CHECK(before.find("175").per_side);
    CHECK(before.find("175").where.key == "per side");
    doc side{"Each side released 175 captives."};
    CHECK(side.find("175").where.key == "per side");
    // "each" naming what is shared keeps its own words: "$5 million each year" is per year
    doc year{"The club will pay $5 million each year."};
    CHECK_FALSE(year.find("$5 million").per_side);
}

TEST_CASE("extract: 'handed over 22' is 22, not more than 22", "[grammar][extract]") {
    doc over{"Ukraine also handed over 22 seriously wounded Russian soldiers."};
    const claim& c = over.find("22");
    CHECK(c.q.qual == qualifier::exact);
    CHECK(c.low == Approx(22));
    CHECK(c.high == Approx(22));
    // "took over 200" is more than 200
    CHECK(doc{"The gunmen took over 200 hostages."}.find("over 200").q.qual == qualifier::more_than);
}

TEST_CASE("extract: a part does not take its whole's place", "[grammar][extract]") {
    doc which{"Russia launched 112 Shahed-type drones and decoys at Ukraine overnight, of which 78 were shot down, the "
              "air force said."};
    CHECK(which.find("112").where.key == "ukraine");
    CHECK(which.find("78").partitive == "of which");
    CHECK(which.find("78").where.key.empty());
}

TEST_CASE("extract: scores, records and names are no claims, and an age at death is an age", "[grammar][extract]") {
    doc score{"Villanova beat Pittsburgh 78-76 to reach the Final Four."};
    CHECK(score.claims.empty());
    CHECK(doc{"The 76ers fired coach Maurice Cheeks on Saturday after a 9-14 start."}.claims.empty());
    // a vote's tally is two counts of votes (tallies_test), no range and no score
    doc vote{"The Senate voted 68-32 to pass the bill."};
    REQUIRE(vote.claims.size() == 2);
    CHECK(vote.find_number("68").pred.cls == "voted_for");
    CHECK(vote.find_number("32").pred.cls == "voted_against");
    // a range with no word of a score is still a range
    doc range{"About 20-30 people were killed."};
    CHECK(range.find("About 20-30").high == Approx(30));
    // "died ... at the age of 85", "died at 95"
    doc page{"Bettie Page died on Thursday at the age of 85."};
    CHECK(page.find("85").q.kind == quantity_kind::age);
    doc felt{"Mark Felt, the FBI official known as Deep Throat, died at 95."};
    CHECK(felt.find("95").q.kind == quantity_kind::age);
    // a number at a place is no age: "killed people at 10 homes"
    CHECK(doc{"The fire killed people at 10 homes."}.find("10").q.kind != quantity_kind::age);
}

TEST_CASE("extract: the figure a running total is brought to is a total", "[grammar][extract]") {
    doc swap{"In the biggest swap of the war, Russia and Ukraine each freed 175 POWs, Zelensky said, bringing the number "
             "of Ukrainians returned home since 2022 to more than 4,500."};
    CHECK_FALSE(swap.find("175").aggregate);
    CHECK(swap.find("more than 4,500").aggregate);
    // the share per side is the 175's own
    CHECK_FALSE(swap.find("more than 4,500").per_side);
    CHECK(doc{"Five more people died, bringing the death toll to 57."}.find("57").aggregate);
    CHECK_FALSE(doc{"He took the train to 5 cities."}.find("5").aggregate);
}

TEST_CASE("extract: a quotation with no speaker goes on with the speaker's quotation before it", "[grammar][extract]") {
    doc quotes{"\"We have recovered 42 bodies so far,\" said Ahmed Khan, the district's emergency chief.",
               "\"At least 60 people are still missing.\""};
    REQUIRE(quotes.find("At least 60").source);
    CHECK(quotes.find("At least 60").source->source == "Ahmed Khan");
    // the speaker may be named in a sentence with no figure, before the quotation goes on
    doc later{"\"The damage is enormous,\" said Ahmed Khan.", "\"We counted 300 destroyed houses.\""};
    REQUIRE(later.find("300").source);
    CHECK(later.find("300").source->source == "Ahmed Khan");
    // a quotation after one that names nobody has nobody to go on with
    doc nobody{"\"It was terrible.\"", "\"At least 60 people are still missing.\""};
    CHECK_FALSE(nobody.find("At least 60").source);
}

TEST_CASE("extract: a role after its/their/his/her is a source", "[grammar][extract]") {
    doc ceo{"The company expects to hire 3,000 workers next year, its chief executive told investors."};
    REQUIRE(ceo.find("3,000").source);
    CHECK(ceo.find("3,000").source->source == "its chief executive");
    doc coach{"Their coach said 12 players were injured."};
    REQUIRE(coach.find("12").source);
    CHECK(coach.find("12").source->source == "Their coach");
}

TEST_CASE("extract: 'the magnitude at 6.9' and 'the magnitude to 7.1' are magnitudes", "[grammar][extract]") {
    doc at{"The USGS initially put the magnitude at 6.9."};
    CHECK(at.find("magnitude at 6.9").q.unit == "magnitude");
    doc to{"Officials later raised the magnitude to 7.1."};
    CHECK(to.find("magnitude to 7.1").value == Approx(7.1));
    CHECK(to.find("magnitude to 7.1").q.unit == "magnitude");
}

TEST_CASE("extract: a figure after 'with' takes no verb from before it, and 'the last two' is no background",
          "[grammar][extract]") {
    doc board{"At least 67 people were killed when a Yeti Airlines plane with 72 people on board crashed in Nepal's "
              "tourist city of Pokhara on Sunday, police said."};
    CHECK(board.find("At least 67").pred.cls == "killed");
    CHECK(board.find("72 people").pred.cls.empty());
    doc missing{"The death toll from Sunday's plane crash in Pokhara rose to 70, police said on Monday, as rescuers "
                "searched for the last two people missing."};
    CHECK_FALSE(missing.find("70").background);
    // the last quake of another day is still background
    doc quake{"The last major quake, in February 2016, left 117 dead in Tainan."};
    CHECK(quake.find("117").background);
}

TEST_CASE("extract: 'the suspect, 21,' is an age, and a year in its clause does not key it", "[grammar][extract]") {
    doc suspect{"Prosecutors said the suspect, 21, bought an assault weapon six days before the attack."};
    CHECK(suspect.find("21").q.kind == quantity_kind::age);
    doc victim{"The victim, 27, was named on Tuesday."};
    CHECK(victim.find("27").q.kind == quantity_kind::age);
    // a count after a comma is still a count
    doc village{"In the village, 12 were killed."};
    CHECK(village.find("12").q.kind == quantity_kind::count);
    doc talley{"Police Chief Maris Herold said the officer, Eric Talley, 51, had been with the department since 2010."};
    CHECK(talley.find("51").q.kind == quantity_kind::age);
    CHECK(talley.find("51").where.key.empty());
}

TEST_CASE("extract: commissions, boards and panels speak as sources", "[grammar][extract]") {
    doc turnout{"Turnout was 97.27 percent, the commission said."};
    REQUIRE(turnout.find("97.27").source);
    CHECK(turnout.find("97.27").source->source == "commission");
    doc board{"The election commission said 3.3 million voters were registered."};
    REQUIRE(board.find("3.3 million").source);
    CHECK(board.find("3.3 million").source->source == "election commission");
}

TEST_CASE("extract: 3M is a name, 3m a length", "[grammar][extract]") {
    CHECK(doc{"The company, 3M, said its sales grew."}.claims.empty());
    CHECK(doc{"The wall is 3m high."}.find("3m").q.unit == "m");
    CHECK(doc{"The deal is worth $3M."}.find("$3M").value == Approx(3e6));
}

TEST_CASE("extract: a change then a new level is not a range", "[grammar][extract]") {
    doc by{"The number of confirmed cases rose by 5,000 to 120,000."};
    CHECK(by.find("5,000").high == Approx(5000));  // the change alone, a point
    CHECK(by.find("120,000").value == Approx(120000));
    doc from{"The death toll rose from 50 to 70."};
    CHECK(from.find("70").value == Approx(70));
    // a range is still a range
    doc range{"From 5 to 10 people were hurt."};
    CHECK(range.find("From 5 to 10").high == Approx(10));
}

TEST_CASE("extract: litres, gallons and barrels are units, and a protest's running count is a total", "[grammar][extract]") {
    CHECK(doc{"The tanker spilled 1.5 million litres of oil."}.find("1.5 million").q.unit == "l");
    CHECK(doc{"The field pumps 200,000 barrels a day."}.find("200,000").q.unit == "bbl/d");  // a flow (session 13)
    CHECK(doc{"More than 1,000 people have been arrested since the protests began three weeks ago."}
              .find("More than 1,000")
              .aggregate);
}

TEST_CASE("extract: memory, storage, clock speed and energy are measures in their units", "[grammar][extract]") {
    // a product launch: "24GB of memory" was no claim at all, "24 gigabytes" a count of gigabytes
    doc laptop{"The laptops can be configured with up to 24GB of memory and 2TB of storage."};
    CHECK(laptop.find("up to 24GB").q.unit == "gb");
    CHECK(laptop.find("up to 24GB").q.qual == claimcheck::grammar::qualifier::at_most);
    CHECK(laptop.find("2TB").q.unit == "tb");
    CHECK(doc{"It supports up to 24 gigabytes of memory."}.find("up to 24 gigabytes").q.unit == "gb");
    CHECK(doc{"The chip runs at 3.2GHz."}.find("3.2GHz").q.unit == "ghz");
    CHECK(doc{"The plant will produce 500 megawatt-hours a day."}.find("500 megawatt-hours").q.unit == "mwh");
}

TEST_CASE("extract: a place that opens a figure's clause, or that where stands for, is its scope", "[grammar][extract]") {
    // a heatwave story: the district's 34 are a part of the toll, told apart by their place
    doc alone{"In Ballia district alone, 34 people died, officials said."};
    CHECK(alone.find("34 people").where.key == "ballia");
    doc two{"In the district, 54 people died over three days, while in Bihar at least 44 people died, officials said."};
    CHECK(two.find("at least 44 people").where.key == "bihar");
    // a wildfire story: the 45 homes lost in one neighborhood are not the fire's 125
    doc where{"Deputies went door to door in the Pine Grove neighborhood, where 45 homes were lost."};
    CHECK(where.find("45 homes").where.key == "pine grove");
    // a phrase that opens the sentence but names no place, or says when, scopes nothing
    CHECK(doc{"In a statement, police said 12 people died."}.find("12 people").where.key.empty());
    CHECK(doc{"In total, 40 people died in the fire."}.find("40 people").where.key.empty());
}

TEST_CASE("extract: a hurricane's category is a rating, not a count of storms", "[grammar][extract]") {
    doc landfall{"Hurricane Milton made landfall as a Category 3 storm with winds of 120 mph."};
    const auto& c = landfall.find("Category 3");
    CHECK(c.q.unit == "category");
    CHECK(c.q.kind == claimcheck::grammar::quantity_kind::measure);
    CHECK(c.attribute == "storm");
    CHECK(c.counted.head.empty());
    CHECK(doc{"The storm had weakened from a Category 5 with winds of 180 mph."}.find("Category 5").attribute == "storm");
    // a count after another word stays a count
    CHECK(doc{"Three storms hit the coast this year."}.find("Three storms").q.kind == claimcheck::grammar::quantity_kind::count);
}

TEST_CASE("extract: every member of a list of ages after aged is an age", "[grammar][extract]") {
    doc men{"Three men, aged 24, 31 and 45, were arrested."};
    for (const char* age : {"24", "31", "45"}) CHECK(men.find(age).q.kind == claimcheck::grammar::quantity_kind::age);
    doc children{"Among the dead were three children, aged 3, 6 and 8, and a 20-year-old security guard."};
    CHECK(children.find("6").q.kind == claimcheck::grammar::quantity_kind::age);
    CHECK(children.find("8").q.kind == claimcheck::grammar::quantity_kind::age);
    // a list of other figures is not one
    CHECK(doc{"He scored 24, 31 and 45 points in three games."}.find("31").q.kind == claimcheck::grammar::quantity_kind::count);
}

TEST_CASE("extract: a predicate after an apposition on the counted thing is the figure's", "[grammar][extract]") {
    // a shipwreck story: the 104 were rescued, which the apposition kept from them
    doc rescued{"The coast guard said 104 people, mostly from Egypt, Syria and Pakistan, had been rescued."};
    CHECK(rescued.find("104 people").pred.cls == "rescued");
    doc arrested{"Three men, aged 24, 31 and 45, were arrested."};
    CHECK(arrested.find("Three men").pred.cls == "captured");
}

TEST_CASE("extract: an abbreviation's period stays in a scope's name", "[grammar][extract]") {
    // a hurricane story: "in St. Lucie County" was keyed "st"
    doc county{"Tornadoes killed six people in St. Lucie County, officials said."};
    // (and the place's kind is no part of its key: "Butte County" is Butte, session 14)
    CHECK(county.find("six people").where.key == "st lucie");
}

TEST_CASE("extract: a singular noun before a counted noun modifies it", "[grammar][extract]") {
    // dev 12_5ecb: the destroyer weighs 6,900 tonnes, not a missile
    doc destroyer{"The 6,900-tonne Delhi-class missile destroyer INS Mysore received a distress call."};
    // (its class: a destroyer, a frigate and a warship are vessels, heads.tsv)
    CHECK(destroyer.find("6,900-tonne").counted.head == "destroyer");
    CHECK(destroyer.find("6,900-tonne").attribute == "vessel");
    CHECK(doc{"Russia carried out three drone attacks on the city."}.find("three").counted.head == "attacks");
    CHECK(doc{"Police seized two missile launchers."}.find("two").counted.head == "launchers");
    // a verb, a number or "worth" after the noun is no noun of a compound
    CHECK(doc{"The 4.6 quake rattles the area."}.find("4.6").counted.head == "quake");
    CHECK(doc{"He signed a seven-year deal worth $140 million."}.find("seven-year").counted.head == "deal");
}

TEST_CASE("extract: a number after a word that labels it is no figure", "[grammar][extract]") {
    doc channel{"It received a distress call over the MMB Channel 16 from the merchant vessel Gibe."};
    CHECK(channel.claims.empty());
    doc flight{"Flight 370 vanished with 239 people on board."};
    REQUIRE(flight.claims.size() == 1);
    CHECK(flight.words(flight.claims[0]) == "239 people");
}

TEST_CASE("extract: a year scopes the figure nearest it, not one past another figure", "[grammar][extract]") {
    // an election: 2019's seats were the 365, the 121 are this election's
    doc seats{"The Conservatives were reduced to 121 seats, down from 365 at the last election in 2019."};
    CHECK(seats.find("121 seats").where.key.empty());
    CHECK(seats.find("365").where.key == "2019");
    CHECK(doc{"In 2016, a quake in Tainan killed 117 people."}.find("117 people").where.key == "2016");
}

TEST_CASE("extract: cents and pence are sums of money in hundredths", "[grammar][extract]") {
    doc share{"Net income was $19.3 billion, or 78 cents per share."};
    const auto& c = share.find("78 cents");
    CHECK(c.q.kind == claimcheck::grammar::quantity_kind::money);
    CHECK(c.q.unit == "USD");
    REQUIRE(c.value);
    CHECK(*c.value == Approx(0.78));
    CHECK(doc{"Shares rose 50 pence."}.find("50 pence").q.unit == "GBP");
    // a price a share in pounds is money; a bare weight in pounds is not
    CHECK(doc{"HP agreed to buy Autonomy for 25.50 pounds a share."}.find("25.50 pounds").q.unit == "GBP");
    CHECK(doc{"It weighed 500 pounds."}.find("500 pounds").q.kind != claimcheck::grammar::quantity_kind::money);
}

TEST_CASE("extract: the month a running story began in is no background", "[grammar][extract]") {
    // an outbreak: the toll since October is the story's, not another event's
    doc since{"Zambia's health ministry said 45 people had died of cholera since the outbreak began in October."};
    CHECK_FALSE(since.find("45 people").background);
    // a month that dates another event still is
    doc other{"In February, a gunman killed five people in Salt Lake City."};
    CHECK(other.find("five people").background);
    // "made it out" is an escape
    CHECK(doc{"Fifty-eight miners made it out safely."}.find("Fifty-eight").pred.cls == "escaped");
}

TEST_CASE("extract: what a span of time is of, or where it is spent, is its attribute", "[grammar][extract]") {
    // a sentencing: the days in jail and the days of rehab are two measures
    doc lohan{"A judge sentenced Lohan to 90 days in jail and ordered her to undergo 90 days of rehab."};
    REQUIRE(lohan.claims.size() == 2);
    CHECK(lohan.claims[0].attribute == "sentence");
    CHECK(lohan.claims[1].attribute == "rehab");
    CHECK(doc{"He was sentenced to 12 years in federal prison."}.find("12 years").attribute == "sentence");
    CHECK(doc{"Three days of national mourning were declared."}.find("Three days").attribute == "mourning");
    // a named place is a scope, not what the time is of
    CHECK(doc{"He spent 10 days in Gaza."}.find("10 days").attribute.empty());
}
