// What an amount is of, what a phone number is, what a participle set off before a figure dates,
// and the verbs whose sense depends on their object (session 15's rules).
#include <catch2/catch.hpp>

#include "tests/grammar/doc.hpp"

using claimcheck::test::doc;

TEST_CASE("substances: an amount names what it is of after 'of'", "[grammar][extract][substances]") {
    doc seized{"Police seized 2.5 tonnes of cocaine and 300 litres of fuel."};
    const auto& cocaine = seized.find("2.5 tonnes");
    CHECK(cocaine.counted.lemma == "cocaine");
    CHECK(cocaine.counted.substance);
    CHECK(cocaine.attribute.empty());  // what was done with it names the measure, not the substance alone
    CHECK(seized.find("300 litres").counted.lemma == "fuel");
    // past a conversion in brackets, which is read as a figure of its own
    doc bomb{"He said the bomb contained about 150 kilograms (330 pounds) of explosives."};
    CHECK(bomb.find("about 150 kilograms").counted.lemma == "explosive");
    CHECK(bomb.has("330 pounds"));
    // the substance ends before a participle
    doc hidden{"Police seized 1.1 tonnes of cocaine hidden inside a shipment of bananas."};
    CHECK(hidden.find("1.1 tonnes").counted.lemma == "cocaine");
    // not "of the" (another phrase's), nor a length
    doc the{"Authorities seized 21.6 tonnes of the drug in 2014."};
    CHECK(the.find("21.6 tonnes").counted.head.empty());
    doc road{"The army built 20 kilometres of road."};
    CHECK(road.find("20 kilometres").counted.head.empty());
}

TEST_CASE("telephone numbers are no figures", "[grammar][extract][phone]") {
    doc call{"Anyone with information should call 911 or Crime Stoppers at 0800 555 111."};
    CHECK_FALSE(call.has("911"));
    CHECK_FALSE(call.has("0800"));
    CHECK_FALSE(call.has("555"));
    CHECK_FALSE(call.has("111"));
    doc toll{"Tips can be left at 1-800-555-0199 or 1-888-TIP-LINE, police said."};
    CHECK(toll.claims.empty());
    doc dispatcher{"A 911 dispatcher took the call at 2:10 a.m."};
    CHECK_FALSE(dispatcher.has("911"));
    // a count of 911 is a count, and a vote's tally two
    doc cars{"Police impounded 911 cars in the operation."};
    CHECK(cars.find("911 cars").counted.lemma == "car");
    doc vote{"The House voted 233-196 to pass the bill."};
    CHECK(vote.has("233"));
}

TEST_CASE("a year in a participle set off before the figure is its subject's", "[grammar][extract][set_off]") {
    doc founded{"SeaMicro, founded in 2007, has about 150 employees."};
    CHECK(founded.find("about 150 employees").where.key.empty());
    doc based{"Lumisil, founded in 2019 and based in Austin, Texas, has about 180 employees."};
    CHECK(based.find("about 180 employees").where.key != "2019");
    doc ferry{"The ferry, built in Japan in 1985, was licensed to carry 300 passengers."};
    CHECK(ferry.find("300 passengers").where.key.empty());
    // after the figure the phrase dates the figure's own noun
    doc trial{"Merck's drug cut events by 9% in the REVEAL trial of 30,449 patients, published in 2017."};
    CHECK(trial.find("30,449 patients").where.key == "2017");
    // and a place that houses people past such a phrase gives their capacity
    doc jail{"The jail, built in 1994, houses about 850 inmates."};
    CHECK(jail.find("about 850 inmates").attribute == "capacity");
}

TEST_CASE("verbs by their object: destroyed, cut power, searched for", "[grammar][extract][object_verbs]") {
    doc area{"The fire destroyed around 7,000 square meters of the store."};
    CHECK(area.find("around 7,000 square meters").pred.cls == "destroyed");
    doc flats{"The strike destroyed about 40 flats."};
    CHECK(flats.find("about 40 flats").pred.cls == "destroyed");
    doc drones{"Air defences destroyed 40 drones overnight."};
    CHECK(drones.find("40 drones").pred.cls == "shot_down");
    doc power{"Power was cut to 1.4 million households across the region."};
    CHECK(power.find("1.4 million households").pred.cls == "without_power");
    doc jobs{"The company cut 1,400 jobs."};
    CHECK(jobs.find("1,400 jobs").pred.cls == "cut");
    // those searched for are not all who escaped
    doc search{"Deputies went door to door in the search for two inmates who broke out of the jail."};
    CHECK(search.find("two inmates").pred.cls == "sought");
    doc broke{"Four inmates broke out of the county jail on Tuesday."};
    CHECK(broke.find("Four inmates").pred.cls == "escaped");
}

TEST_CASE("wholes and remainders: a relative clause on a whole, the remaining and the other", "[grammar][extract][parts]") {
    doc whole{"Police recaptured one of three inmates who escaped from a Tennessee prison."};
    CHECK(whole.find("three inmates").pred.cls == "escaped");
    doc had{"Police recaptured two of the five prisoners who had escaped."};
    CHECK(had.find_number("five").pred.cls == "escaped");
    doc remaining{"Nine of the 17 bulletins were rated critical, while the remaining eight were rated important."};
    CHECK(remaining.find_number("eight").partitive == "remaining");
    doc other{"One of them pulls a handgun while the other two smash display cases with hammers."};
    CHECK(other.find_number("two").partitive == "other");
}

TEST_CASE("the toll past a relative clause on its event; how a fate is known", "[grammar][extract][tolls]") {
    doc shook{"The death toll from a powerful earthquake that shook mountain villages in western Iran rose to 41 on Monday."};
    CHECK(shook.find_number("41").pred.cls == "killed");
    doc jolted{"The death toll from a 6.2-magnitude earthquake that jolted Aceh on Tuesday has risen to 22, with 210 others injured."};
    CHECK(jolted.find_number("22").pred.cls == "killed");
    doc confirmed{"With 187 rescued and five confirmed dead, the search went on."};
    const auto& five = confirmed.find_number("five");
    CHECK(five.pred.cls == "killed");
    CHECK(five.counted.head != "confirmed");
    doc branches{"Rioters set fire to nine bank branches."};
    CHECK(branches.find("nine bank branches").counted.lemma == "bank");
    // the bodies of a part included in a whole are the part
    doc bodies{"94 of the 251 hostages remain in Gaza, including the bodies of at least 34 confirmed dead by the army."};
    CHECK(bodies.find("at least 34").partitive == "including");
}

TEST_CASE("a fine ordered paid, and a year that names a thing", "[grammar][extract][fines]") {
    doc pay{"The court ordered him to pay a fine of 2.5 million euros."};
    CHECK(pay.find("2.5 million euros").pred.cls == "fined");
    doc proposed{"The regulator had originally proposed a fine of 8 million pounds."};
    CHECK(proposed.find("8 million pounds").pred.cls != "fined");
    doc canvas{"Seven bidders chased the 1911 canvas."};
    CHECK_FALSE(canvas.has("1911"));
    CHECK(canvas.has("Seven bidders"));
    // a year after a determiner with a unit is a distance, and a year alone a date
    doc race{"She won the 1500 meters in record time."};
    CHECK(race.has("1500 meters"));
}

TEST_CASE("war reports: others past an included part, boats that are drones, drones off the radar", "[grammar][extract][war]") {
    doc others{"The strike killed at least 14 people, including three children, and injured 50 others."};
    CHECK(others.find("50 others").counted.cls == "person");
    CHECK(others.find("50 others").counted.lemma != "child");
    doc boats{"The ministry said it destroyed six uncrewed boats."};
    CHECK(boats.find("six uncrewed boats").counted.cls == "naval drone");
    doc naval{"Eight naval drones were destroyed in the Black Sea."};
    CHECK(naval.find("Eight naval drones").counted.cls == "naval drone");
    CHECK(naval.find("Eight naval drones").pred.cls == boats.find("six uncrewed boats").pred.cls);
    doc radar{"Air defences shot down 81 drones, and a further 56 disappeared from radars."};
    CHECK(radar.find_number("56").pred.cls == "lost_ew");
    CHECK(radar.find_number("56").counted.cls == "drone");
}
