// Units, synonyms and capacities met in flood, layoff, ferry and prison reports: each rule with
// the sentence it was written for.
#include <catch2/catch.hpp>

#include "tests/grammar/doc.hpp"

using claimcheck::test::doc;

TEST_CASE("measure words: millimetres and centimetres are units, written apart or together", "[grammar][extract]") {
    doc together{"Officials said 250mm of rain fell overnight."};
    CHECK(together.find("250mm").q.unit == "mm");
    CHECK(together.find("250mm").value == 250);
    doc apart{"Nearly 10 inches (250 millimeters) of rain fell on Tuesday."};
    CHECK(apart.find("250 millimeters").q.unit == "mm");
    CHECK(apart.find("Nearly 10 inches").q.unit == "in");
    doc british{"More than 250 millimetres of rain fell in 24 hours."};
    CHECK(british.find("More than 250 millimetres").q.unit == "mm");
}

TEST_CASE("measure words: people who fled their homes are displaced", "[grammar][extract]") {
    doc fled{"More than 4,000 people have fled their homes, the disaster agency said."};
    CHECK(fled.find("More than 4,000 people").pred.cls == "displaced");
    doc displaced{"More than 4,000 have been displaced."};
    CHECK(displaced.find("More than 4,000").pred.cls == "displaced");
    doc forced{"Some 2,000 people were forced from their homes by the floods."};
    CHECK(forced.find("Some 2,000 people").pred.cls == "displaced");
    // fleeing a fight is not being made homeless
    doc fighting{"About 500 people fled the fighting."};
    CHECK(fighting.find("About 500 people").pred.cls == "fled");
}

TEST_CASE("measure words: factories and plants are one kind of thing", "[grammar][extract]") {
    doc factories{"The company will close three factories next year."};
    doc plants{"The carmaker will shut three plants in Germany."};
    CHECK(factories.find("three factories").counted.cls == "factory");
    CHECK(plants.find("three plants").counted.cls == "factory");
}

TEST_CASE("measure words: what a vessel or a building can hold is a capacity, not who is there", "[grammar][extract]") {
    doc licensed{"The ferry was licensed to carry 200 passengers."};
    CHECK(licensed.find("200 passengers").attribute == "capacity");
    doc houses{"The prison, which houses about 1,600 inmates, is the largest in the state."};
    CHECK(houses.find("about 1,600 inmates").attribute == "capacity");
    doc stadium{"The stadium has a capacity of 60,000."};
    CHECK(stadium.find("60,000").attribute == "capacity");
    doc can{"The plane can carry up to 180 people."};
    CHECK(can.find("up to 180 people").attribute == "capacity");
    // what it carried that day
    doc carrying{"The boat was carrying 142 passengers when it capsized."};
    CHECK(carrying.find("142 passengers").attribute.empty());
}

TEST_CASE("measure words: British and American spellings of a noun are one lemma", "[grammar][extract]") {
    doc bbc{"The singer began a 60-day rehab programme on Monday."};
    doc ap{"The singer began a 60-day rehab program on Monday."};
    CHECK(bbc.find("60-day").counted.lemma == "program");
    CHECK(ap.find("60-day").counted.lemma == "program");
    doc organisations{"Three organisations sued the city."};
    CHECK(organisations.find("Three organisations").counted.lemma == "organization");
    // a tonne is not a ton: units keep their own words
    doc tonnes{"Police seized 3.2 tonnes of cocaine."};
    CHECK(tonnes.find("3.2 tonnes").q.unit == "t");
}

TEST_CASE("measure words: a crowd counts the people who came, whatever it did next", "[grammar][extract]") {
    doc crowd{"A crowd of 21,500 watched the fight at the Kingdom Arena."};
    const auto& c = crowd.find("21,500");
    CHECK(c.counted.cls == "person");
    CHECK(c.pred.cls == "attended");
    doc audience{"Cook told the audience of about 3,000 people that 2.4 million people had pre-ordered the phone."};
    CHECK(audience.find("about 3,000 people").pred.cls == "attended");
    CHECK(audience.find("2.4 million people").pred.cls == "ordered");
    doc front{"The Hornets lost in front of 22,000 fans."};
    CHECK(front.find("22,000 fans").pred.cls == "attended");
    CHECK(front.find("22,000 fans").counted.cls == "person");
    // a number alone in front of: people, not the noun of the figure before
    // a crowd someone put at a figure
    doc put{"Organisers put the crowd at 30,000."};
    CHECK(put.find("30,000").counted.cls == "person");
    CHECK(put.find("30,000").pred.cls == "attended");
    doc bare{"Jamison scored 46 points in front of 8,450 at Baxter Arena."};
    CHECK(bare.find("8,450").counted.cls == "person");
    CHECK(bare.find("8,450").pred.cls == "attended");
}

TEST_CASE("measure words: a price is its product's when the product is named before the verb", "[grammar][extract]") {
    doc priced{"The Orbit X is priced at $999 in the United States."};
    CHECK(priced.find("$999").pred.cls == "priced");
    CHECK(priced.find("$999").agent == "orbit x");
    doc retail{"The Orbit X will retail for $999."};
    CHECK(retail.find("$999").agent == "orbit x");
    doc costs{"The Orbit X costs $999."};
    CHECK(costs.find("$999").agent == "orbit x");
    // a price of nothing named has no owner
    doc base{"The base model starts at $799."};
    CHECK(base.find("$799").pred.cls == "priced");
    CHECK(base.find("$799").agent.empty());
}

TEST_CASE("measure words: 'two and a half' is 2.5", "[grammar][extract]") {
    doc film{"The film runs two and a half hours."};
    CHECK(film.find("two and a half hours").value == 2.5);
    CHECK(film.find("two and a half hours").q.unit == "hour");
    doc jail{"He served one and a half years in jail."};
    CHECK(jail.find("one and a half years").value == 1.5);
    doc cost{"The project cost two and a half million dollars."};
    CHECK(cost.find("two and a half million").value == 2500000);
}

TEST_CASE("measure words: pounds that a thing weighs are a weight", "[grammar][extract]") {
    doc boxer{"He weighed 245 pounds for the fight."};
    CHECK(boxer.find("245").q.unit == "lb");
    doc converted{"Police seized 3.2 tonnes (7,055 pounds) of cocaine."};
    CHECK(converted.find("7,055").q.unit == "lb");
    CHECK(converted.find("3.2 tonnes").q.unit == "t");
}

TEST_CASE("measure words: a win-loss record after 'went' or 'finished' is no range", "[grammar][extract]") {
    doc went{"The Hornets went 7-22 before he was fired."};
    for (const auto& c : went.claims) CHECK(c.value != 7);
    doc finished{"They finished 27-55 last season."};
    for (const auto& c : finished.claims) CHECK(c.value != 27);
}

TEST_CASE("measure words: a season's record, and a team's in brackets after its name, is no range", "[grammar][extract]") {
    doc season{"The Hawks finished a 5-7 season, and the coach was fired."};
    for (const auto& c : season.claims) CHECK(c.value != 5);
    doc bracket{"Drake (14-13, 7-8) lost to Oakland (2-12) on Saturday."};
    for (const auto& c : bracket.claims) CHECK((c.value != 7 && c.value != 2));
    // a range in brackets after no name is still a range
    doc toll{"The toll (20-26 people) rose on Sunday."};
    CHECK(toll.find("20-26").high == 26);
}

TEST_CASE("measure words: people pulled from the water were pulled, which reconcile reads as rescued", "[grammar][extract]") {
    doc pulled{"Rescuers pulled 97 people from the water."};
    CHECK(pulled.find("97 people").pred.cls == "pulled");
}

TEST_CASE("measure words: nouns of security updates, football and jobs", "[grammar][extract]") {
    doc patch{"Microsoft fixed 87 vulnerabilities and 12 bugs; the update patches 89 flaws."};
    CHECK(patch.find("87 vulnerabilities").counted.cls == "vulnerability");
    CHECK(patch.find("89 flaws").counted.cls == "vulnerability");
    doc tds{"He threw four touchdown passes and ran for two touchdowns."};
    CHECK(tds.find("four touchdown passes").counted.cls == "touchdown");
    CHECK(tds.find("two touchdowns").counted.cls == "touchdown");
    doc cuts{"HP could cut 24,600 positions, or 25,000 jobs by other counts."};
    CHECK(cuts.find("24,600 positions").counted.cls == "job");
    doc species{"The rule covers 1,600 species."};
    CHECK(species.find("1,600 species").counted.lemma == "species");
}

TEST_CASE("measure words: an obituary's family is no count of survivors", "[grammar][extract]") {
    doc family{"She is survived by seven grandchildren."};
    CHECK(family.find("seven grandchildren").pred.cls == "family");
    doc crash{"About 90 people survived the crash."};
    CHECK(crash.find("About 90 people").pred.cls == "survived");
}

TEST_CASE("measure words: villages destroyed are destroyed, not shot down", "[grammar][extract]") {
    doc quake{"The quake destroyed 12 villages."};
    CHECK(quake.find("12 villages").counted.cls == "place");
    CHECK(quake.find("12 villages").pred.text == "destroyed");  // (reconcile reads destroyed places as destroyed)
}

TEST_CASE("measure words: a year that ends or starts a span is no scope", "[grammar][extract]") {
    doc through{"He signed a three-year extension worth $120 million that runs through 2028."};
    CHECK(through.find("$120 million").where.key.empty());
    doc since{"The rule, in place since 1978, covers 1,600 species."};
    CHECK(since.find("1,600 species").where.key.empty());
}

TEST_CASE("measure words: approved or licensed for N is a capacity", "[grammar][extract]") {
    doc floors{"The building was approved for six floors."};
    CHECK(floors.find("six floors").attribute == "capacity");
    doc venue{"The venue was licensed for 20,000 people."};
    CHECK(venue.find("20,000 people").attribute == "capacity");
}

TEST_CASE("measure words: a patient's condition is no place", "[grammar][extract]") {
    doc critical{"Eleven of the injured were in critical condition."};
    CHECK(critical.find("Eleven").where.text.empty());
    doc serious{"Nine patients remain in a serious condition."};
    CHECK(serious.find("Nine patients").where.text.empty());
}

TEST_CASE("measure words: cars and carriages derailed", "[grammar][extract]") {
    doc cars{"Five of the train's eight cars left the tracks."};
    doc carriages{"Four of the eight carriages derailed."};
    // the whole past the possessive is a figure of its own, as in "Five of the 20 drones"
    CHECK(cars.find("Five").counted.cls == "car");
    CHECK(cars.find("eight cars").counted.cls == "car");
    CHECK(carriages.find("eight carriages").counted.cls == "car");
    CHECK(carriages.find("eight carriages").pred.cls == "derailed");
}

TEST_CASE("measure words: votes for, against and abstaining", "[grammar][extract]") {
    doc vote{"With 116 lawmakers voting in favour and 91 against, the budget passed; 21 lawmakers were abstaining."};
    CHECK(vote.find("116 lawmakers").pred.cls == "voted_for");
    CHECK(vote.find_number("91").pred.cls == "voted_against");
    CHECK(vote.find("21 lawmakers").pred.cls == "abstained");
    // "against" before a noun is a preposition
    doc protest{"Some 500 people marched, and 40 against the plan were arrested."};
    for (const auto& c : protest.claims) CHECK(c.pred.cls != "voted_against");
}

TEST_CASE("measure words: pounds a week are a wage", "[grammar][extract]") {
    doc wage{"He will earn about 200,000 pounds a week."};
    CHECK(wage.find("about 200,000 pounds").q.unit == "GBP");
}

TEST_CASE("measure words: a group of N counts the group's members", "[grammar][extract]") {
    doc ferry{"The ferry had 221 passengers and a crew of twenty-eight on board."};
    CHECK(ferry.find("twenty-eight").counted.lemma == "crew");
    CHECK(ferry.find("221 passengers").counted.lemma == "passenger");
    doc served{"A crew of 226 served on the frigate."};
    CHECK(served.find("226").counted.lemma == "crew");
    CHECK(served.words(served.find("226")) == "226");
}

TEST_CASE("counted things: films and movies are one class", "[grammar][counted]") {
    doc movies{"She appeared in more than 30 movies."};
    CHECK(movies.find("more than 30 movies").counted.lemma == "movie");
    CHECK(movies.find("more than 30 movies").counted.cls == "film");
    doc films{"She made 30 films."};
    CHECK(films.find("30 films").counted.cls == "film");
}

TEST_CASE("magnitudes: a quake told by its place in a sequence", "[grammar][measure][magnitude]") {
    doc two{"The first quake, of magnitude 6.4, hit 60 km northeast of Tabriz.",
            "A second quake of magnitude 6.3 struck 11 minutes later."};
    CHECK(two.find("magnitude 6.4").attribute == "first quake");
    CHECK(two.find("magnitude 6.3").attribute == "second quake");
    CHECK(doc{"The second, magnitude 6.3, struck 11 minutes later."}.find("magnitude 6.3").attribute == "second quake");
    // no sequence: the quake's
    CHECK(doc{"A magnitude 6.4 quake hit Tabriz."}.find("magnitude 6.4").attribute == "quake");
}

TEST_CASE("measure words: what wind, rain and surge figures measure", "[grammar][measure][weather]") {
    CHECK(doc{"Ian made landfall with maximum sustained winds of 150 mph (240 kph)."}.find("150 mph").attribute == "wind speed");
    CHECK(doc{"The storm packed 150 mph winds."}.find("150 mph").attribute == "wind speed");
    CHECK(doc{"Some 572 mm (22.5 inches) of rain fell in 48 hours."}.find("Some 572 mm").attribute == "rainfall");
    CHECK(doc{"About 527 mm of rain fell in 48 hours."}.find("About 527 mm").attribute == "rainfall");
    // a wind after the storm changed is another measure
    CHECK(doc{"The storm, which has weakened to a severe tropical storm with winds of 110km/h, is moving west."}
              .find("110km/h").attribute == "wind speed after a change");
}

TEST_CASE("measure words: buildings destroyed, power knocked out, acres charred", "[grammar][predicate][disaster]") {
    CHECK(doc{"The fire destroyed 134 structures."}.find("134 structures").pred.cls == "destroyed");
    CHECK(doc{"41 homes were destroyed."}.find("41 homes").pred.cls == "destroyed");
    // drones destroyed are shot down, as before
    CHECK(doc{"Ukraine destroyed 40 drones."}.find("40 drones").pred.cls == "shot_down");
    CHECK(doc{"The storm knocked out power to more than 2.5 million customers."}.find("more than 2.5 million").pred.cls ==
          "without_power");
    CHECK(doc{"The Park Fire, charring more than 348,000 acres, is the largest."}.find("more than 348,000 acres").pred.cls == "burned");
}
