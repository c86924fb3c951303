// Verbs joined by "or", thresholds and capacities, how survivors fared, and what a captor holds.
#include <catch2/catch.hpp>

#include "tests/grammar/doc.hpp"

using claimcheck::test::doc;

TEST_CASE("two verbs joined by or are one wider measure", "[grammar][extract][predicates]") {
    doc jammed{"Ukraine's air force said its units shot down or jammed 133 of the drones."};
    CHECK(jammed.find("133 of the drones").pred.cls == "downed_or_jammed");
    doc downed{"Air defences downed 98 of the drones."};
    CHECK(downed.find("98 of the drones").pred.cls == "shot_down");
    doc flights{"More than 60 flights were delayed or cancelled, according to Flightradar24."};
    CHECK(flights.find("More than 60 flights").pred.cls == "cancelled_or_delayed");
    doc cancelled{"At Sheremetyevo, 12 flights were cancelled."};
    CHECK(cancelled.find("12 flights").pred.cls == "cancelled");
    doc casualties{"Twelve people were killed or injured in the blast."};
    CHECK(casualties.find("Twelve people").pred.cls == "injured_or_killed");
    doc killed{"Twelve people were killed in the blast."};
    CHECK(killed.find("Twelve people").pred.cls == "killed");
}

TEST_CASE("a magnitude that bounds a count is no quake's", "[grammar][extract][not-a-claim]") {
    doc aftershocks{"By 6 a.m. Sunday, the USGS had recorded 51 aftershocks of magnitude 2.5 or greater."};
    CHECK(aftershocks.has("51 aftershocks"));
    CHECK_FALSE(aftershocks.has("magnitude 2.5"));
    doc largest{"The USGS said it had recorded more than 40 aftershocks, the largest a magnitude 4.4."};
    CHECK(largest.has("magnitude 4.4"));
}

TEST_CASE("what a vessel may carry and what a body holds are capacities", "[grammar][extract][attributes]") {
    doc licensed{"Officials say around 210 people were on board, well above the 150 the vessel was licensed to carry."};
    CHECK(licensed.find("150").attribute == "capacity");
    CHECK(licensed.find("around 210 people").attribute.empty());
    doc sabor{"The HDZ won 63 seats in the 151-seat Sabor."};
    CHECK(sabor.find("151-seat").attribute == "capacity");
    CHECK(sabor.find("63 seats").attribute.empty());
    doc tour{"Her label confirmed that 14 concerts on her upcoming 42-date tour have been postponed."};
    CHECK(tour.find("42-date").attribute == "capacity");
    CHECK(tour.find("14 concerts").attribute.empty());
}

TEST_CASE("no injuries after who came through is how they fared", "[grammar][extract][denials]") {
    doc escaped{"Four passengers escaped with no injuries, police said."};
    CHECK(escaped.has("Four passengers"));
    CHECK_FALSE(escaped.has("no injuries"));
    doc reported{"The quake struck at 2 a.m., with no injuries reported."};
    CHECK(reported.has("no injuries"));
}

TEST_CASE("what captors hold is held", "[grammar][extract][predicates]") {
    doc pirates{"They currently hold 22 vessels and about 420 hostages."};
    CHECK(pirates.find("22 vessels").pred.cls == "held");
    doc fleet{"The EU mission currently has about 20 warships in the region."};
    CHECK(fleet.find("about 20 warships").pred.cls.empty());
}

TEST_CASE("a margin in seats is no chamber's size", "[grammar][extract][attributes]") {
    doc majority{"Together, HDZ and DP would control 77 seats, a one-seat majority."};
    CHECK(majority.find("one-seat").attribute == "margin");
}

TEST_CASE("where a thing in flight was heading is its place", "[grammar][extract][scope]") {
    doc heading{"Russia said it destroyed 41 Ukrainian drones, including eight that were heading for Moscow."};
    CHECK(heading.find("eight").where.key == "moscow");
    doc capital{"Air defences repelled an attack by eight drones flying towards the capital."};
    CHECK(capital.find("eight drones").where.key == "the capital");
    doc reason{"The court jailed 12 men for fraud."};
    CHECK(reason.find("12 men").where.key.empty());
}

TEST_CASE("what a modal says may come is no fact", "[grammar][extract][background]") {
    doc rain{"Forecasters had warned that parts of north Florida could see up to 15 inches of rain."};
    CHECK(rain.find("up to 15 inches").background);
    doc exports{"EU exports to Indonesia could grow by more than 50% over the next decade."};
    CHECK(exports.find("more than 50%").background);
    doc rebates{"Without the rebates, electricity would have risen 1.0 per cent in the quarter."};
    CHECK(rebates.find("1.0 per cent").background);
    doc estimate{"Officials said the blast may have killed 30 people."};
    CHECK_FALSE(estimate.find("30 people").background);
    doc plan{"Under the deal, each side would exchange 175 prisoners."};
    CHECK_FALSE(plan.find("175 prisoners").background);
    doc recorded{"Leon County recorded 9.6 inches of rain in 24 hours."};
    CHECK_FALSE(recorded.find("9.6 inches").background);
}

TEST_CASE("a war's toll and a past week's count are totals", "[grammar][extract][aggregates]") {
    doc offensive{"Israel's retaliatory offensive has killed at least 64,522 people in Gaza, the health ministry says."};
    CHECK(offensive.find("at least 64,522 people").aggregate);
    doc week{"Zelensky said Russia had used more than 1,500 attack drones over the past week alone."};
    CHECK(week.find("more than 1,500 attack drones").aggregate);
    doc night{"An Israeli strike killed at least 31 people in Gaza City on Tuesday, the health ministry said."};
    CHECK_FALSE(night.find("at least 31 people").aggregate);
}

TEST_CASE("one who speaks at a sentence's end is a speaker, and a workforce is employed", "[grammar][extract]") {
    doc speaker{"Staff were told at an all-hands video call on Thursday afternoon, one employee said."};
    CHECK_FALSE(speaker.has("one employee"));
    doc sites{"The other two sites employ roughly 650 people between them."};
    CHECK(sites.find("roughly 650 people").pred.cls == "employed");
    doc firm{"Brightwell employs about 18,500 people nationally."};
    CHECK(firm.find("about 18,500 people").agent == "brightwell");
}

TEST_CASE("a war's toll, a year-earlier period, a time before the war and a sum apiece", "[grammar][extract]") {
    doc war{"Israel's war on Gaza has killed at least 57,418 Palestinians, according to the Ministry of Health."};
    CHECK(war.find("at least 57,418 Palestinians").aggregate);
    doc strike{"An Israeli strike has killed at least 20 people in Gaza City, medics said."};
    CHECK_FALSE(strike.find("at least 20 people").aggregate);
    doc last_year{"Net income was $912 million, compared with $655 million in the same period last year."};
    CHECK_FALSE(last_year.find("$912 million").aggregate);
    doc raid{"That raid killed six people and wounded 80, the rebels said at the time."};
    CHECK(raid.find("six people").background);
    doc bail{"A judge set bail at $500,000 apiece on Saturday."};
    CHECK(bail.find("$500,000").where.key == "per person");
    doc counts{"He had originally been charged with six counts; prosecutors dismissed the other five."};
    CHECK(counts.find("five").pred.cls == "dismissed");
}

TEST_CASE("an event's day dates its toll", "[grammar][extract][dates]") {
    doc oct7{"Hamas took 251 hostages in its Oct. 7 attack on Israel, which killed about 1,200 people."};
    CHECK(oct7.find("about 1,200 people").where.key == "date 10-07");
    doc quake{"Sagaing was the region worst affected by the magnitude 7.7 earthquake that struck central Myanmar on "
              "March 28, killing more than 3,700 people."};
    CHECK(quake.find("more than 3,700 people").where.key == "date 03-28");
    doc since{"The ministry says more than 38,200 Palestinians have been killed in the enclave since Oct. 7, when "
              "Hamas-led gunmen attacked southern Israel, killing about 1,200 people."};
    CHECK(since.find("more than 38,200 Palestinians").aggregate);
    CHECK(since.find("about 1,200 people").where.key == "date 10-07");
    doc today{"An Israeli strike on a house in Khan Younis killed 22 people on Tuesday, medics said."};
    CHECK(today.find("22 people").where.key.empty());
}

TEST_CASE("pounds of a food are a weight, millions before a currency are money", "[grammar][extract][units]") {
    doc meat{"The company recalled 7.2 million pounds of ready-to-eat deli meats."};
    CHECK(meat.find("7.2 million pounds").q.unit == "lb");
    doc funding{"The council received 2 million pounds of funding."};
    CHECK(funding.find("2 million pounds").q.unit == "GBP");
    doc fee{"Chelsea paid 75m euros for the striker."};
    CHECK(fee.find("75m euros").q.unit == "EUR");
    CHECK(*fee.find("75m euros").value == 75000000);
    doc wall{"The wall is 2m high."};
    CHECK(wall.find("2m").q.unit == "m");
}

TEST_CASE("ranked members, hospital care, robbers' takings and an event named again", "[grammar][extract]") {
    doc studios{"The company said it would keep investing in its two biggest studios, in Los Angeles and Vancouver."};
    CHECK(studios.find("two biggest studios").attribute == "ranked");
    doc closed{"Pinecrest will close three studios."};
    CHECK(closed.find("three studios").attribute.empty());
    doc care{"Thirty-one patients have needed hospital care during the outbreak."};
    CHECK(care.find("Thirty-one patients").pred.cls == "treated");
    doc robbers{"The robbers made off with about $62,000 in cash."};
    CHECK(robbers.find("about $62,000").pred.cls == "stolen");
    doc event{"In Multnomah County alone, 72 people died in that event."};
    CHECK(event.find("72 people").background);
    doc tier{"The bank's core tier 1 capital ratio rose to 14.2%."};
    CHECK_FALSE(tier.has("1 capital"));
}

TEST_CASE("a day that opens the sentence dates its figures", "[grammar][extract][dates]") {
    doc night{"On the night of June 9, Russia fired a record 479 drones and decoys and 20 missiles."};
    CHECK(night.find("479 drones").where.key == "date 06-09");
    doc dotted{"On Oct. 30, Russia launched 653 drones."};
    CHECK(dotted.find("653 drones").where.key == "date 10-30");
    doc monday{"On Monday, Russia launched 440 drones."};
    CHECK(monday.find("440 drones").where.key.empty());
}

TEST_CASE("drones by their long name, bodies handed back, a swap traded", "[grammar][extract]") {
    doc uav{"Russian air defence units destroyed 159 Ukrainian unmanned aerial vehicles overnight."};
    CHECK(uav.find("159 Ukrainian unmanned aerial vehicles").counted.cls == "drone");
    doc bodies{"Ukraine received the bodies of 1,245 people on Monday."};
    CHECK(bodies.find("1,245 people").counted.cls == "body");
    doc swap{"Ukraine and Russia trade 168 POWs, Kyiv says."};
    CHECK(swap.find("168 POWs").pred.cls == "exchanged");
}

TEST_CASE("a list of ages after 'ages' is ages from its first", "[grammar][extract][ages]") {
    doc wounded{"The wounded were two students, ages 14 and 17, police said."};
    CHECK(wounded.find("14").q.kind == claimcheck::grammar::quantity_kind::age);
    CHECK(wounded.find("17").q.kind == claimcheck::grammar::quantity_kind::age);
    CHECK(wounded.find("two students").q.kind == claimcheck::grammar::quantity_kind::count);
}

TEST_CASE("a time before the war that opens the sentence is another time", "[grammar][extract][background]") {
    doc opens{"Before the war, about 500 trucks of goods entered Gaza every working day."};
    CHECK(opens.find("about 500 trucks").background);
    doc inside{"Bilopillia, which had a population of around 15,000 before the war, lies about 10 kilometres from the border."};
    CHECK_FALSE(inside.find("about 10 kilometres").background);
}

TEST_CASE("a player's line of counts is the player's, up to another name", "[grammar][extract][owned]") {
    doc line{"Antawn Jamison scored 30 points and grabbed 14 rebounds as the Wizards won."};
    CHECK(line.find("14 rebounds").agent == line.find("30 points").agent);
    CHECK_FALSE(line.find("30 points").agent.empty());
    doc two{"Antawn Jamison scored 30 points, while Caron Butler added 12 rebounds."};
    CHECK(two.find("12 rebounds").agent != two.find("30 points").agent);
}

TEST_CASE("a denial of the worst only, the sources of a report, a pair of harms to homes", "[grammar][extract]") {
    doc serious{"The quake cracked chimneys but caused no serious injuries, authorities said."};
    CHECK_FALSE(serious.has("no serious injuries"));
    doc none{"No injuries were reported."};
    CHECK(none.has("No injuries"));
    doc familiar{"Two people familiar with the deal said the company was paying about $85 million."};
    CHECK_FALSE(familiar.has("Two people"));
    CHECK(familiar.has("about $85 million"));
    doc homes{"Some 1,200 homes had been destroyed or damaged, the civil defense institute said."};
    CHECK(homes.find("Some 1,200 homes").pred.cls == "damaged_or_destroyed");
    doc destroyed{"At least 400 homes were completely destroyed."};
    CHECK(destroyed.find("At least 400 homes").pred.cls == "destroyed");
}

TEST_CASE("a toll since a day is a total, 'at least' or not", "[grammar][extract][aggregates]") {
    doc least{"At least 30 people have died in the unrest since October 31, according to a monitoring group."};
    CHECK(least.find("At least 30 people").aggregate);
    doc late{"At least 68 people have died since late May."};
    CHECK(late.find("At least 68 people").aggregate);
    doc deadliest{"It was the deadliest quake since 2004, killing 30 people."};
    CHECK_FALSE(deadliest.find("30 people").aggregate);
}

TEST_CASE("a denial's whole, an earlier night told after a report, an attack set after another", "[grammar][extract]") {
    doc none{"None of the three missiles was intercepted."};
    CHECK_FALSE(none.has("three missiles"));
    doc as_reported{"As Ukrinform reported, on the night of March 22, the enemy attacked Ukraine with 179 attack drones."};
    CHECK(as_reported.find("179 attack drones").where.key == "date 03-22");
    doc after{"The attack came nine days after a Russian missile struck a playground in Kryvyi Rih, killing 20 people."};
    CHECK(after.find("20 people").background);
    doc uavs{"Ukraine's air force said 97 Shahed-type attack UAVs have been confirmed shot down."};
    CHECK(uavs.find("97 Shahed-type attack UAVs").counted.cls == "drone");
}

TEST_CASE("people cut off by water are stranded", "[grammar][extract][predicates]") {
    doc marooned{"Some 1.5 million people are marooned in north-eastern Bangladesh."};
    CHECK(marooned.find("Some 1.5 million people").pred.cls == "stranded");
}

TEST_CASE("a place that opens the sentence keeps its rate's or year's figures", "[grammar][extract][scope]") {
    doc uk{"In the UK, heart and circulatory diseases cause around 170,000 deaths a year."};
    CHECK(uk.find("around 170,000 deaths").where.key == "uk per year");
    doc us{"In the United States, the report found roughly 48,000 deaths were linked to PM2.5 in 2021."};
    CHECK(us.find("roughly 48,000 deaths").where.key == "united states 2021");
    doc kharkiv{"In Kharkiv, nine people were killed."};
    CHECK(kharkiv.find("nine people").where.key == "kharkiv");
}
