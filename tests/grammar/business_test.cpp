// Words of business news: a recall of things, a metric's level, currencies named by their words.
#include <catch2/catch.hpp>

#include "tests/grammar/doc.hpp"

using claimcheck::test::doc;

TEST_CASE("business: things recalled are a recall, not a memory", "[grammar][extract][business]") {
    doc recall{"Kestrel Motors recalled 1.29 million sport utility vehicles worldwide on Monday."};
    const auto& c = recall.find("1.29 million");
    CHECK(c.pred.cls == "recalled");
    CHECK_FALSE(c.background);
    doc about{"The firm recalled about 640,000 vehicles."};
    CHECK_FALSE(about.find("about 640,000").background);
    // remembering still recalls another event
    doc memory{"She recalled that 40 people died in the 2009 flood."};
    CHECK(memory.find("40 people").background);
}

TEST_CASE("business: a count or a sum a metric reaches is the metric's level", "[grammar][extract][business]") {
    doc sales{"Its US sales slipped 6% in the first quarter to 281,000 vehicles."};
    CHECK(sales.find("281,000 vehicles").attribute == "sales");
    doc revenue{"Revenue fell 14% to $2.3 billion."};
    CHECK(revenue.find("$2.3 billion").attribute == "revenue");
    // a toll that rises to a figure is a toll (no metric)
    doc toll{"The death toll rose to 31 on Friday."};
    CHECK(toll.find_number("31").attribute.empty());
}

TEST_CASE("business: crowns, kronor and kroner are currencies", "[grammar][extract][business]") {
    doc sek{"Sales dropped to 61.4 billion kronor."};
    CHECK(sek.find("61.4 billion kronor").q.unit == "SEK");
    doc swedish{"Operating profit was 4.1 billion Swedish crowns."};
    CHECK(swedish.find("4.1 billion Swedish crowns").q.unit == "SEK");
    doc danish{"The prize carries 10 million Danish crowns, or DKK 10 million."};
    CHECK(danish.find("10 million Danish crowns").q.unit == "DKK");
    CHECK(danish.find("DKK 10 million").q.unit == "DKK");
    // a crown alone is no currency
    doc crown{"The queen wore two crowns."};
    CHECK(crown.find("two crowns").q.unit.empty());
}

TEST_CASE("business: a sum named by the noun after it, and whose", "[grammar][extract][business]") {
    doc bonus{"Alvarez gets a $20 million signing bonus."};
    CHECK(bonus.find("$20 million").attribute == "bonus");
    CHECK(bonus.find("$20 million").agent == "alvarez");
    doc receive{"Alvarez will receive a $25 million signing bonus, according to a source."};
    CHECK(receive.find("$25 million").agent == "alvarez");
    doc fee{"The company agreed to pay a $390 million break-up fee."};
    CHECK(fee.find("$390 million").attribute == "break-up fee");
    doc cash{"He was held on a $500,000 cash bond."};
    CHECK(cash.find("$500,000").attribute == "bail");
    doc copula{"Bond for Banks is $500,000 cash."};
    CHECK(copula.find("$500,000").attribute == "bail");
}

TEST_CASE("business: a sum's level names its measure and whose", "[grammar][business][level]") {
    // the level a change reaches, and the name before the measure
    doc revenue{"Microsoft's revenue rose 2 percent to $16.36 billion."};
    const auto& r = revenue.find("$16.36 billion");
    CHECK(r.attribute == "revenue");
    CHECK(r.agent == "microsoft");
    // a level without a change
    doc flat{"Apple's net profit was flat at $13.1 billion."};
    CHECK(flat.find("$13.1 billion").attribute == "profit");
    CHECK(flat.find("$13.1 billion").agent == "apple");
    CHECK(doc{"Revenue was $16.4 billion."}.find("$16.4 billion").attribute == "revenue");
    // a company's earnings in a results sentence; a person's earnings are no profit
    doc earned{"Apple earned $13.08 billion in the quarter."};
    CHECK(earned.find("$13.08 billion").attribute == "profit");
    CHECK(earned.find("$13.08 billion").agent == "apple");
    CHECK(doc{"The coach earned $2.4 million per year."}.find("$2.4 million").attribute != "profit");
    // "X said its ...": the source's
    CHECK(doc{"Microsoft said its revenue rose 2 percent to $16.63 billion."}.find("$16.63 billion").agent == "microsoft");
}
