// Rates and periods a sentence sets its figures in, who a vehicle carried, and a whole named
// before its part ("Of the 22 coaches, 14 derailed").
#include <catch2/catch.hpp>

#include "tests/grammar/doc.hpp"

using claimcheck::test::doc;

TEST_CASE("periods: a week's or a month's figures, and rates", "[grammar][extract][periods]") {
    doc week{"Zelensky said on April 21 that over the past week Russia had launched around 1,460 guided aerial bombs, "
             "more than 670 attack drones, and almost 30 missiles against Ukraine."};
    CHECK(week.find("more than 670 attack drones").where.key == "past week");
    CHECK(week.find("almost 30 missiles").where.key == "past week");
    doc months{"In the last two months, 300 people were killed."};
    CHECK(months.find("300 people").where.key == "past two months");
    // a night's figures and a toll over days are the story's own
    doc night{"Russia launched 145 drones overnight, the air force said."};
    CHECK(night.find("145 drones").where.key.empty());
    doc days{"A heatwave has killed at least 65 people in Karachi over the past four days, a charity said."};
    CHECK(days.find("at least 65 people").where.key != "past four days");
    // rates
    doc rate{"More than 3,500 people die in road accidents in the country each year."};
    CHECK(rate.find("More than 3,500 people").where.key == "per year");
    doc opening{"Each year, 3,000 people die on the roads."};
    CHECK(opening.find("3,000 people").where.key == "per year");
    // a rate before the figure is another figure's, and a year ago is when
    doc wage{"He will pocket 260,000 pounds a week after the club agreed a $73 million fee."};
    CHECK(wage.find("$73 million").where.key.empty());
    doc ago{"The toll rose to 40 a year after the war began."};
    CHECK(ago.find_number("40").where.key.empty());
}

TEST_CASE("who a vehicle carried was on board", "[grammar][extract][aboard]") {
    doc carrying{"A small plane carrying 18 people crashed into a mountainside."};
    CHECK(carrying.find("18 people").where.text == "on board");
    doc aboard{"The bus had 42 passengers aboard when it plunged into the ravine."};
    CHECK(aboard.find("42 passengers").where.text == "on board");
    doc killed{"The crash killed 18 people."};
    CHECK(killed.find("18 people").where.text.empty());
}

TEST_CASE("a whole named before its part", "[grammar][extract][parts]") {
    doc coaches{"Of the 22 coaches, 14 derailed and four of them overturned, officials said."};
    CHECK(coaches.find("22 coaches").partitive == "of");
    CHECK(coaches.find_number("14").partitive == "of the");
    // every part listed after the comma
    doc listed{"Of the 183 prisoners, 18 were serving life sentences and 54 were serving long sentences."};
    CHECK(listed.find_number("18").partitive == "of the");
    CHECK(listed.find_number("54").partitive == "of the");
    // a whole that says what befell it stays that count
    doc dead{"Of the 11 dead, four were health workers."};
    CHECK(dead.find_number("11").partitive.empty());
    CHECK(dead.find_number("four").partitive == "of the");
}

TEST_CASE("a place said once after two fates is both's", "[grammar][extract][scope]") {
    doc both{"Three people were killed and six injured in Donetsk Oblast."};
    CHECK(both.find("Three people").where.key == "donetsk");
    CHECK(both.find_number("six").where.key == "donetsk");
    // each its own place, and one fate's list stays as read
    doc own{"Two people were killed in Kharkiv and five injured in Sumy."};
    CHECK(own.find("Two people").where.key == "kharkiv");
    doc list{"Russia launched 145 drones and four missiles at Kyiv."};
    CHECK(list.find("145 drones").where.key.empty());
}

TEST_CASE("units and fates of health reports", "[grammar][extract][units]") {
    doc admitted{"Thirty-eight of them were admitted to Kisii Teaching and Referral Hospital."};
    CHECK(admitted.find_number("Thirty-eight").pred.cls == "treated");
    doc confessed{"He admitted to 12 robberies."};
    CHECK(confessed.find("12 robberies").pred.cls != "treated");
    doc kmph{"The train was running at 100 kmph."};
    CHECK(kmph.find("100 kmph").q.unit == "km/h");
    doc kwacha{"The cost was 2.5 billion kwacha."};
    CHECK(kwacha.find("2.5 billion kwacha").q.unit == "MWK");
}

TEST_CASE("days of a month written as a range are a date", "[grammar][extract][dates]") {
    doc between{"YouGov surveyed 2,050 UK adults online between 7 and 9 February."};
    CHECK_FALSE(between.has("between 7 and 9"));
    CHECK(between.has("2,050 UK adults"));
    doc dash{"The poll ran 7-9 February."};
    CHECK_FALSE(dash.has("7-9"));
    // a range of a count stays a range
    doc range{"Between 7 and 9 people were hurt in February."};
    CHECK(range.find("Between 7 and 9").q.range_high);
}
