// Words of war, migration and oil reports (session 13): each rule with the sentence it was
// written for.
#include <catch2/catch.hpp>

#include "tests/grammar/doc.hpp"

using claimcheck::test::doc;

TEST_CASE("conflict words: barrels per day, bpd and b/d are one unit of flow", "[grammar][extract]") {
    doc reuters{"OPEC+ agreed on Sunday to cut oil output by a further 1.4 million barrels per day (bpd) from January."};
    CHECK(reuters.find("1.4 million barrels per day").q.unit == "bbl/d");
    CHECK(reuters.find("1.4 million barrels per day").pred.cls == "cut");
    doc short_form{"Russia will contribute 300,000 bpd, Deputy Prime Minister Alexander Novak said."};
    CHECK(short_form.find("300,000 bpd").q.unit == "bbl/d");
    CHECK(short_form.find("300,000 bpd").counted.lemma.empty());  // a unit, not a thing counted
    doc slash{"Output reached 13.5 million b/d in September."};
    CHECK(slash.find("13.5 million b/d").q.unit == "bbl/d");
    doc day{"The group will cut 500,000 barrels a day."};
    CHECK(day.find("500,000 barrels a day").q.unit == "bbl/d");
    // a stock of barrels stays barrels
    doc stock{"The tanker carried 2 million barrels of crude."};
    CHECK(stock.find("2 million barrels").q.unit == "bbl");
}

TEST_CASE("conflict words: a year earlier says when, not how often", "[grammar][extract]") {
    doc earlier{"Revenue was 626 million euros, against 560 million euros a year earlier."};
    CHECK(earlier.find("560 million euros").where.key.find("per") == std::string::npos);
    doc ago{"Inflation was 4.9% a year ago."};
    CHECK(ago.find("4.9%").where.key.find("per") == std::string::npos);
    // a rate stays a rate
    doc rate{"He earns $25 million a year."};
    CHECK(rate.find("$25 million").where.key == "per year");
}

TEST_CASE("conflict words: the value a change started from is an earlier day's", "[grammar][extract]") {
    doc cholera{"Mozambique has recorded 3,482 cholera cases in Nampula province, the ministry said on Thursday, up from 2,900 cases a week ago."};
    CHECK_FALSE(cholera.find("3,482 cholera cases").background);
    CHECK(cholera.find("2,900 cases").background);
    doc compared{"The company sold 1.2 million cars, compared with 1.1 million cars last year."};
    CHECK_FALSE(compared.find("1.2 million cars").background);
    CHECK(compared.find("1.1 million cars").background);
}

TEST_CASE("conflict words: what befell people, named by verbs of war and migration", "[grammar][extract]") {
    doc drowned{"At least three people drowned when their boat capsized."};
    CHECK(drowned.find("At least three people").pred.cls == "killed");
    doc jammed{"Overnight, 110 drones were shot down or electronically jammed, the air force said."};
    CHECK(jammed.find("110 drones").pred.cls == "downed_or_jammed");
    doc downed{"Ukrainian forces shot down 81 drones."};
    CHECK(downed.find("81 drones").pred.cls == "shot_down");
    doc channel{"Some 10,448 people crossed the English Channel in small boats."};
    CHECK(channel.find("Some 10,448 people").pred.cls == "arrived");
    doc arrived{"In all, 10,484 people arrived on small boats."};
    CHECK(arrived.find("10,484 people").pred.cls == "arrived");
    // crossing the aisle is voting, not a journey
    doc aisle{"Two Democrats crossed the aisle to vote against the first article."};
    CHECK(aisle.find("Two Democrats").pred.cls != "arrived");
    doc sheltering{"The camp is now sheltering some 6,000 refugees."};
    CHECK(sheltering.find("some 6,000 refugees").pred.cls == "hosted");
    doc record{"U.S. output hit a record 13.5 million barrels in September."};
    CHECK(record.find("13.5 million barrels").pred.cls == "reached");
}

TEST_CASE("conflict words: a target year scopes its figure", "[grammar][extract]") {
    doc navy{"The Navy plans to have 175 warships by 2035, up from about 140 today."};
    CHECK(navy.find("175 warships").where.key == "2035");
    // a year's deadline that is a month's day is no year of its own
    doc deadline{"The company will cut 500 jobs by March 2025."};
    CHECK(deadline.find("500 jobs").where.kind != "place");
}

TEST_CASE("conflict words: a week's or a war's running total is a total", "[grammar][extract]") {
    doc week{"Zelenskiy said this week alone Russia had used more than 800 attack drones and about 20 missiles."};
    CHECK(week.find("about 20 missiles").aggregate);
    doc war{"More than 100,000 people have crossed into Chad since fighting erupted in mid-April, the agency said."};
    CHECK(war.find("More than 100,000 people").aggregate);
    doc route{"It is the deadliest route, with more than 30,000 deaths and disappearances recorded by the IOM since 2014."};
    CHECK(route.find("more than 30,000 deaths").aggregate);
    CHECK(route.find("more than 30,000 deaths").where.key == "since 2014");
    // the night's own figure is none
    doc night{"Russia launched 145 drones and four missiles overnight, the air force said."};
    CHECK_FALSE(night.find("145 drones").aggregate);
    // nor a month's rate and a year's beside it
    doc rate{"Average hourly earnings rose a modest 0.2% in August and 4.3% over the past year."};
    CHECK_FALSE(rate.find("0.2%").aggregate);
}

TEST_CASE("conflict words: a date in digits is no figure", "[grammar][extract]") {
    doc dotted{"Ukraine brings home 210 people. 02.10.2025 15:47 KYIV - Ukraine brought home 185 soldiers."};
    CHECK(dotted.claims.size() == 2);
    CHECK_FALSE(dotted.has("02.10"));
    doc slashed{"Updated 21/02/2025. About 30,000 people fled."};
    CHECK_FALSE(slashed.has("21"));
    CHECK(slashed.has("About 30,000 people"));
    // a ratio stays a figure
    doc ratio{"The panel rated it 3.5/10 on Monday."};
    CHECK(ratio.has("3.5"));
}

TEST_CASE("conflict words: one person who speaks is a speaker, not a count", "[grammar][extract]") {
    doc named{"One passenger, Derek Liu, said the cabin filled with smoke. The plane carried 172 passengers."};
    CHECK_FALSE(named.has("One passenger"));
    CHECK(named.has("172 passengers"));
    doc told{"One passenger told Spanish radio it was terrifying."};
    CHECK_FALSE(told.has("One passenger"));
    // one person something befell is counted, named or not
    doc arrested{"Officials said one man, John Smith, was arrested."};
    CHECK(arrested.has("one man"));
    doc killed{"One person was killed, police said."};
    CHECK(killed.has("One person"));
}

TEST_CASE("conflict words: what outbreaks, aid plans and deals did to people", "[grammar][extract]") {
    doc infected{"The outbreak has infected 2,143 people, the ministry said."};
    CHECK(infected.find("2,143 people").pred.cls == "infected");
    doc vaccinated{"Health workers have vaccinated more than 1.2 million people since January."};
    CHECK(vaccinated.find("more than 1.2 million people").pred.cls == "vaccinated");
    doc campaign{"The campaign aims to reach 11.5 million people."};
    CHECK(campaign.find("11.5 million people").pred.cls == "targeted");
    // rescuers who dig to reach trapped miners do not target them
    doc rescuers{"Rescuers were digging through rock on Monday to reach 26 miners trapped by a collapse."};
    CHECK(rescuers.find("26 miners").pred.cls == "trapped");
    doc deal{"The government would free 707 Houthi detainees under the deal."};
    CHECK(deal.find("707 Houthi detainees").pred.cls == "exchanged");
    doc uprooted{"The war has uprooted more than 12 million people."};
    CHECK(uprooted.find("more than 12 million people").pred.cls == "displaced");
    doc threat{"Some 2,300 homes remained under threat on Sunday."};
    CHECK(threat.find("Some 2,300 homes").pred.cls == "threatened");
    // a player's release clause is no release
    doc clause{"The striker has a €100m release clause."};
    CHECK(clause.find("€100m").pred.cls.empty());
}

TEST_CASE("conflict words: a quake that may follow is no quake that struck", "[grammar][extract]") {
    doc further{"The agency said there was a possibility of a further quake of up to magnitude 7.0."};
    CHECK(further.find("up to magnitude 7.0").background);
    doc struck{"A magnitude 6.2 quake struck Sulawesi on Friday."};
    CHECK_FALSE(struck.find("magnitude 6.2").background);
}

TEST_CASE("conflict words: people who are the subject of a verb no lexicon knows keep its text", "[grammar][extract]") {
    doc poured{"About 33,000 people have poured into Burundi in seven days."};
    CHECK(poured.find("About 33,000 people").pred.cls.empty());
    CHECK(poured.find("About 33,000 people").pred.text == "have");
    doc hunger{"Around 17 million people do not know where their next meal will come from."};
    CHECK(hunger.find("Around 17 million people").pred.text == "do");
    // an object has none
    doc swap{"A prisoner swap is set for Wednesday, involving 175 individuals."};
    CHECK(swap.find("175 individuals").pred.text.empty());
}

TEST_CASE("conflict words: 'A total of' opens a sentence with a figure; it sums no events", "[grammar][extract]") {
    doc trucks{"A total of 412 aid trucks entered Gaza on Sunday, the UN said."};
    CHECK_FALSE(trucks.find("412 aid trucks").aggregate);
    // a total the figure before it makes up is one: "384 dual-core processors (for a total of 768 cores)"
    doc cores{"SeaMicro put 384 Intel Atom dual-core processors (for a total of 768 cores) in a system."};
    CHECK(cores.find("768 cores").aggregate);
}

TEST_CASE("conflict words: the first of a suspended compound is no count", "[grammar][extract]") {
    doc ages{"Some 4.3 million people registered, among them about 100,000 16- and 17-year-olds."};
    CHECK_FALSE(ages.has("16"));
    CHECK(ages.has("about 100,000"));
}

TEST_CASE("conflict words: a place that opens the sentence is where its figures were counted", "[grammar][extract]") {
    doc separately{"Separately, in the southern city of Kherson, Russian shelling killed one person and wounded three."};
    CHECK(separately.find("one person").where.key == "kherson");
    CHECK(separately.find("three").where.key == "kherson");
    // a statement or a month is no place
    doc statement{"In a statement, the army said 40 drones were downed."};
    CHECK(statement.find("40 drones").where.text.empty());
    doc month{"In January, 12 people died in the fighting."};
    CHECK(month.find("12 people").where.kind != "place");
}

TEST_CASE("conflict words: a forecast, an estimate of a sum or a target is nobody's figure yet", "[grammar][extract]") {
    doc forecast{"For the third quarter, Spotify forecast revenue of 4.2 billion euros."};
    CHECK(forecast.find("4.2 billion euros").background);
    doc estimates{"Revenue rose 10% to 4.19 billion euros, compared with estimates of 4.26 billion euros."};
    CHECK_FALSE(estimates.find("4.19 billion euros").background);
    CHECK(estimates.find("4.26 billion euros").background);
    doc target{"The campaign vaccinated 1.2 million people against a target of 2 million."};
    CHECK_FALSE(target.find("1.2 million people").background);
    CHECK(target.find("2 million").background);
    // officials' estimate of a toll is the toll
    doc toll{"Officials gave an estimate of 300 dead."};
    CHECK_FALSE(toll.find("300").background);
}

TEST_CASE("conflict words: tolls, the saved and the still held", "[grammar][extract]") {
    doc toll{"Indonesia ferry toll rises to 17 as search goes on."};
    CHECK(toll.find("17").pred.cls == "killed");
    doc saved{"Rescuers had saved 104 of the 187 people on board."};
    CHECK(saved.find("104").pred.cls == "rescued");
    doc held{"Some 94 hostages remain in captivity in Gaza."};
    CHECK(held.find("Some 94 hostages").pred.cls == "held");
}

TEST_CASE("conflict words: a group among the dead is part of the toll", "[grammar][extract]") {
    doc among{"At least 18 people were killed. Among the dead were two Bolivian citizens and a child."};
    CHECK(among.find("two Bolivian citizens").partitive == "among");
    CHECK(among.find("At least 18 people").partitive.empty());
}

TEST_CASE("conflict words: a figure set right is no longer the story's", "[grammar][extract]") {
    doc manifest{"The ferry was carrying 178 passengers, not 164 as listed on the original manifest."};
    CHECK_FALSE(manifest.find("178 passengers").background);
    CHECK(manifest.find("164").background);
}

TEST_CASE("conflict words: 'On the X side,' opening a sentence names whose figures it gives", "[grammar][extract]") {
    doc side{"On the Israeli side, 50 people have been killed."};
    CHECK(side.find("50 people").where.key == "israeli");
    doc day{"On Monday, 12 people died."};
    CHECK(day.find("12 people").where.kind != "place");
}

TEST_CASE("conflict words: parts, rates and figures set aside by their sentence's opening", "[grammar][extract]") {
    doc those{"A total of 412 aid trucks entered on Sunday.", "Of those, 38 trucks carried fuel."};
    CHECK(those.find("38 trucks").partitive == "of those");
    CHECK(those.find("412 aid trucks").partitive.empty());
    doc every{"For every civilian hostage released, Israel will free 30 prisoners."};
    CHECK(every.find("30 prisoners").where.kind == "distributive");
    doc weekly{"After that, three hostages will be released each week."};
    CHECK(weekly.find("three hostages").where.key == "per week");
    // a side's share stays a side's
    doc side{"The two countries exchanged 175 prisoners of war each on Wednesday."};
    CHECK(side.find("175 prisoners").where.key == "per side");
    doc initially{"The school had initially said 255 children were taken."};
    CHECK(initially.find("255 children").background);
}

TEST_CASE("conflict words: refugees' nationality is their origin; the host is the subject", "[grammar][extract]") {
    doc chad{"Chad hosts more than 1.1 million Sudanese refugees."};
    CHECK(chad.find("more than 1.1 million Sudanese refugees").agent == "chad");
    CHECK(chad.find("more than 1.1 million Sudanese refugees").pred.cls == "hosted");
    // troops keep their country
    doc troops{"About 1,700 U.S. troops will deploy to Poland."};
    CHECK(troops.find("About 1,700 U.S. troops").agent == "united states");
}

TEST_CASE("conflict words: guns and firearms, drones lost to jamming, prisoners brought home", "[grammar][extract]") {
    doc guns{"Agents seized 23 guns."};
    doc firearms{"Agents seized 23 firearms."};
    CHECK(guns.find("23 guns").counted.cls == "firearm");
    CHECK(firearms.find("23 firearms").counted.cls == "firearm");
    doc lost{"Another 29 drones were lost from radar, the air force said."};
    CHECK(lost.find("29 drones").pred.cls == "lost_ew");
    doc home{"Ukraine brings home 210 people in latest prisoner swap."};
    CHECK(home.find("210 people").pred.cls == "exchanged");
}

TEST_CASE("conflict words: 'also' makes a group beside another only where the same befell it", "[grammar][extract]") {
    doc swap{"Ukraine brought home 185 soldiers on Thursday.", "Kyiv also brought home 20 civilians, Zelensky said."};
    CHECK(swap.find("20 civilians").partitive == "also");
    CHECK(swap.find("185 soldiers").partitive.empty());
    doc hurt{"Twelve people were killed and 27 people were also injured."};
    CHECK(hurt.find("27 people").partitive.empty());
}

TEST_CASE("conflict words: a nightly average is a rate; last November's strike is another event", "[grammar][extract]") {
    doc average{"Russia has launched an average of more than 150 drones a night."};
    CHECK(average.find("more than 150 drones").where.key == "per night");
    doc within{"Some 30,000 people fled into Burundi in a week."};
    CHECK(within.find("Some 30,000 people").where.kind != "distributive");
    doc november{"Last November, a similar missile strike on the port killed 10 people."};
    CHECK(november.find("10 people").background);
}

TEST_CASE("conflict words: a first reading revised and a quake that may come are not the quake's", "[grammar][extract]") {
    doc revised{"It was first measured at magnitude 4.5 before seismologists downgraded it to 4.3 about half an hour later."};
    CHECK(revised.find("magnitude 4.5").background);
    doc chance{"Scientists estimated a 63 percent chance of a magnitude 6.7 or larger quake in the next 30 years."};
    // (a bound on the quakes counted, not a quake's magnitude: no claim at all)
    CHECK_FALSE(chance.has("magnitude 6.7"));
    doc quake{"The quake had a magnitude of 4.3, the USGS said."};
    CHECK_FALSE(quake.find("magnitude of 4.3").background);
}

TEST_CASE("conflict words: the speaker after the verb is no count", "[grammar][extract]") {
    doc said{"\"I heard pop, pop, pop,\" said one employee, who asked not to be named."};
    CHECK_FALSE(said.has("one employee"));
    // one of whom the text says something
    CHECK(doc{"Officials said one man, John Smith, was arrested."}.has("one man"));
}

TEST_CASE("conflict words: a part of a possessive's whole, and an age's noun before its verb", "[grammar][extract]") {
    doc plant{"Roughly 85 of the plant's 220 employees were at work at the time."};
    CHECK(plant.find("Roughly 85").counted.lemma == "employee");
    CHECK(plant.find("Roughly 85").partitive == "of the");
    CHECK(plant.has("220 employees"));
    CHECK(doc{"A 15-year-old student opened fire in a classroom."}.find("15-year-old").counted.lemma == "student");
    // an -ed word inside a count's phrase stays: "seriously wounded"
    CHECK(doc{"Russia handed over 22 seriously wounded soldiers."}.find("22 seriously wounded soldiers").counted.lemma == "soldier");
}

TEST_CASE("conflict words: the second day of two is a date", "[grammar][extract][dates]") {
    doc poll{"YouGov surveyed 2,117 adults in Great Britain on May 4 and 5."};
    CHECK(poll.has("2,117 adults"));
    CHECK_FALSE(poll.has("5"));
    CHECK_FALSE(doc{"The talks ran from March 3 to 6."}.has("6"));
    // a count after "and" is still a count
    CHECK(doc{"Police arrested 4 men and 5 women."}.has("5 women"));
}
