// What a mass or a length after a verb measures: a thing's weight, how far someone fell.
#include <catch2/catch.hpp>

#include "tests/grammar/doc.hpp"

using claimcheck::test::doc;

TEST_CASE("weights and falls", "[grammar][extract][measures]") {
    doc weighs{"The phone weighs 112 grams (3.95 ounces) and is 7.6mm thick."};
    CHECK(weighs.find("112 grams").attribute == "weight");
    CHECK(weighs.find("3.95 ounces").q.unit == "oz");  // ounces are a unit, not a counted noun
    doc glued{"It weighs 4.3oz and the case 12 lbs."};
    CHECK(glued.find("4.3oz").q.unit == "oz");
    CHECK(glued.find("12 lbs").q.unit == "lb");
    doc falling{"A climber died Sunday after falling about 1,000 feet on the south side of Mount Hood."};
    CHECK(falling.find("about 1,000 feet").attribute == "fall");
    doc plunged{"He plunged some 1,500 feet to his death."};
    CHECK(plunged.find("some 1,500 feet").attribute == "fall");
    doc compound{"Vancouver man dies after 1,500-foot fall on Mount Hood"};
    CHECK(compound.find("1,500-foot fall").attribute == "fall");
    doc noun{"It was a fall of 900 feet."};
    CHECK(noun.find("900 feet").attribute == "fall");
    // a length that is no fall
    doc walked{"Rescuers walked 900 feet up the slope."};
    CHECK(walked.find("900 feet").attribute != "fall");
}

TEST_CASE("depths and heights told by their adjective; members of an N-strong body", "[grammar][extract][measures]") {
    doc deep{"The U.S. Geological Survey said it was 16 km (10 miles) deep."};
    CHECK(deep.find("16 km").attribute == "depth");
    doc waves{"Waves up to 3 meters high swamped the ferry."};
    CHECK(waves.find("up to 3 meters").attribute == "height");
    doc strong{"AMD will absorb the 140-strong SeaMicro crew."};
    CHECK(strong.find("140-strong").counted.lemma == "crew");
    // a compound noun stays the counted thing
    doc boats{"Pirates in a five-boat flotilla attacked the ship."};
    CHECK(boats.find("five-boat").counted.lemma == "boat");
}

TEST_CASE("fates and kinds of people in conflict and disaster reports", "[grammar][extract][fates]") {
    doc power{"By Sunday afternoon, about 300,000 customers still had no power."};
    CHECK(power.find("about 300,000 customers").pred.cls == "without_power");
    doc hospital{"Seven people were taken to hospital with burns."};
    CHECK(hospital.find("Seven people").pred.cls == "treated");
    doc militants{"Security forces killed 17 militants, and the army said 19 terrorists died."};
    CHECK(militants.find("17 militants").counted.cls == militants.find("19 terrorists").counted.cls);
    // a part after a source's name is no age
    doc idf{"According to the IDF, 12 of the rockets were intercepted."};
    CHECK(idf.find_number("12").q.kind != claimcheck::grammar::quantity_kind::age);
    doc talley{"Talley, 51, of Main Street was charged."};
    CHECK(talley.find_number("51").q.kind == claimcheck::grammar::quantity_kind::age);
}

TEST_CASE("tornadoes by either name, flats as apartments", "[grammar][extract][kinds]") {
    doc tornadoes{"At least 32 tornadoes touched down and a dozen twisters hit Arkansas."};
    CHECK(tornadoes.find("At least 32 tornadoes").counted.lemma == "tornado");
    CHECK(tornadoes.find("a dozen twisters").counted.cls == "tornado");
    doc flats{"The blast destroyed 40 flats, and 12 apartments were damaged."};
    CHECK(flats.find("40 flats").counted.cls == flats.find("12 apartments").counted.cls);
}
