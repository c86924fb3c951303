// Figures that are not yet, or were never, the story's own: a forecast of how a thing will do, a
// plan talked about, a target by a deadline, and a decade's count.
#include <catch2/catch.hpp>

#include "tests/grammar/doc.hpp"

using claimcheck::test::doc;

TEST_CASE("a forecast of how a thing will do is no count of what it did", "[grammar][extract][plans]") {
    doc analyst{"Analyst Sarah Pell said she expected the iPhone 5 to sell 10 million units in its first month."};
    CHECK(analyst.find("10 million units").background);
    doc street{"Wall Street expects Apple to ship about 26 million iPhones in the September quarter."};
    CHECK(street.find("about 26 million iPhones").background);
    // a company's estimate of what a thing will cost is the story's own figure
    doc cost{"The company expects the recall to cost about $45 million, chief executive Ingrid Solberg said."};
    CHECK_FALSE(cost.find("about $45 million").background);
    // and so is what someone sold
    doc sold{"Apple sold 26 million iPhones in the April-to-June quarter."};
    CHECK_FALSE(sold.find("26 million iPhones").background);
}

TEST_CASE("a plan talked about is no count of what was done", "[grammar][extract][plans]") {
    doc talked{"\"We had talked about 25 dates,\" Rennick said."};
    CHECK(talked.find_number("25").background);
    doc planned{"The ministry had planned 40 flights but only 12 took off."};
    CHECK(planned.find("40 flights").background);
    doc done{"The tour played 40 dates."};
    CHECK_FALSE(done.find("40 dates").background);
}

TEST_CASE("a condition's figure is no fact", "[grammar][extract][plans]") {
    doc quote{"\"If you only have time for two patches today, make it the two IE patches,\" said Andrew Kessler."};
    CHECK(quote.find("two patches").background);
    doc curly{"\u201cIf the toll reaches 100, we will ask for help,\u201d the governor said."};
    CHECK(curly.find_number("100").background);
    // the fact the condition is set beside keeps its figure; an "if" within the sentence is no opening condition
    doc fact{"If confirmed, the quake killed 300 people."};
    CHECK_FALSE(fact.find("300 people").background);
    doc inner{"Officials asked if 20 more buses could be sent."};
    CHECK_FALSE(inner.find("20 more buses").background);
}

TEST_CASE("a deadline and a decade are the figure's period", "[grammar][extract][periods]") {
    doc target{"Apple said it would be sold in 100 countries by the end of the year."};
    CHECK(target.find("100 countries").where.key == "by the end of year");
    doc dated{"The Fed expects the rate to reach 2.8% by the end of 2023."};
    CHECK(dated.find("2.8%").where.key == "by the end of 2023");
    doc now{"The phone goes on sale on Sept. 21 in nine countries."};
    CHECK(now.find("nine countries").where.key.empty());
    doc decade{"Director Michael Trent, who cast him in two films in the 1990s, paid tribute."};
    CHECK(decade.find("two films").where.key == "the 1990s");
    doc opening{"In the 1980s, he made 20 films."};
    CHECK(opening.find("20 films").where.key == "the 1980s");
    // a decade in a clause set off before the figure is the clause's
    doc founded{"The firm, founded in the 1990s, employs 5,000 people."};
    CHECK(founded.find("5,000 people").where.key.empty());
}

TEST_CASE("what is needed is not what is", "[grammar][extract][plans]") {
    doc jobs{"Economists estimate that the economy now needs to create between 50,000 and 100,000 jobs per month."};
    CHECK(jobs.find("between 50,000 and 100,000 jobs").background);
    doc majority{"A government needs the support of at least 46 deputies."};
    CHECK(majority.find("at least 46 deputies").background);
    // what was needed happened
    doc stitches{"The boy needed 30 stitches."};
    CHECK_FALSE(stitches.find("30 stitches").background);
}

TEST_CASE("a sum needed is what a thing costs", "[grammar][extract][plans]") {
    doc repairs{"The Bibb County church destroyed by fire on Sunday needs $1.37 million in repairs, its pastor said."};
    CHECK_FALSE(repairs.find("$1.37 million").background);
}
