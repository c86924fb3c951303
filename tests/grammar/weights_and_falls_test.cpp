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
