#include <catch2/catch.hpp>

#include <cctype>
#include <cstdlib>
#include <optional>
#include <string>
#include <vector>

#include "grammar/lexicon.hpp"
#include "grammar/quantity.hpp"

using namespace claimcheck::grammar;

namespace {
/// Parses the first quantity in `text` (lower case, as the grammar reads it).
quantity first(std::string text) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (i > 0 && std::isalnum(static_cast<unsigned char>(text[i - 1]))) continue;
        quantity q;
        if (parse_quantity(text, i, q)) return q;
    }
    FAIL("no quantity in: " << text);
    return {};
}

/// Parses a quantity starting exactly where `word` first occurs in `text`.
std::optional<quantity> at(const std::string& text, const std::string& word) {
    const std::size_t pos = text.find(word);
    REQUIRE(pos != std::string::npos);
    quantity q;
    if (!parse_quantity(text, pos, q)) return std::nullopt;
    return q;
}

/// The words a quantity covers.
std::string matched(const std::string& text, const quantity& q) { return text.substr(q.begin, q.end - q.begin); }
std::string number_of(const std::string& text, const quantity& q) {
    return text.substr(q.num_begin, q.num_end - q.num_begin);
}
}  // namespace

TEST_CASE("number: digits with thousands separators and decimals", "[grammar][number]") {
    CHECK(first("russia launched 145 drones").value == 145);
    CHECK(first("more than 1,000 people").value == 1000);
    // a group broken after its comma ("the state of california ($250, 000)", as a scraped page
    // gives it) is the number's: no figure begins with 0; a list of figures stays a list
    const std::string grant = "the state of california ($250, 000).";
    CHECK(first(grant).value == 250000);
    CHECK(matched(grant, first(grant)) == "$250, 000");
    CHECK(first("in 2011, 300 people died").value == 2011);
    CHECK(first("rooms 3, 45 and 7").value == 3);
    CHECK(first("rooms 3, 045 and 7").value == 3045);
    CHECK(first("a magnitude of 4.6 quake").value == Approx(4.6));

    const std::string plain = "russia launched 145 drones";
    quantity q = first(plain);
    CHECK(number_of(plain, q) == "145");
    CHECK_FALSE(q.has_separator);
    CHECK_FALSE(q.has_decimal);
    CHECK_FALSE(q.word_number);

    const std::string separated = "the 15,800-square-metre building";  // 18_11ecbplus
    q = first(separated);
    CHECK(q.value == 15800);
    CHECK(number_of(separated, q) == "15,800");
    CHECK(q.has_separator);

    const std::string decimal = "had a depth of 1.2 miles";  // 38_1ecbplus
    q = first(decimal);
    CHECK(q.value == Approx(1.2));
    CHECK(number_of(decimal, q) == "1.2");
    CHECK(q.has_decimal);

    // a separator is followed by exactly three digits: "12,34" is two numbers
    const std::string list = "12,34 people";
    q = first(list);
    CHECK(q.value == 12);
    CHECK(matched(list, q) == "12");
}

TEST_CASE("quantity: number words", "[grammar][quantity]") {
    struct row {
        const char* text;
        double value;
    };
    for (const row& r : {row{"two", 2}, row{"fifteen", 15}, row{"twenty-three", 23}, row{"twenty three", 23},
                         row{"one hundred forty-five", 145}, row{"a hundred and fifty", 150}, row{"two thousand", 2000},
                         row{"three million", 3e6}}) {
        INFO(r.text);
        const std::string text = r.text;
        const quantity q = first(text);
        CHECK(q.value == r.value);
        CHECK(q.word_number);
        CHECK(matched(text, q) == text);  // every word belongs to the number
        CHECK(q.qual == qualifier::exact);
    }
}

TEST_CASE("quantity: a dozen", "[grammar][quantity]") {
    // 12_2ecb: "Pirates holding about a dozen ships and nearly 300 crewmen"
    const std::string ships = "pirates holding about a dozen ships";
    quantity q = first(ships);
    CHECK(q.value == 12);
    CHECK(q.qual == qualifier::approx);
    CHECK(matched(ships, q) == "about a dozen");
    CHECK(number_of(ships, q) == "a dozen");

    const std::string two = "about two dozen";
    q = first(two);
    CHECK(q.value == 24);
    CHECK(q.qual == qualifier::approx);
    CHECK(q.word_number);

    CHECK(first("half a dozen").value == 6);
}

TEST_CASE("quantity: scale words", "[grammar][quantity]") {
    quantity q = first("1.5 million");
    CHECK(q.value == Approx(1.5e6));
    CHECK(q.kind == quantity_kind::count);
    CHECK(q.unit.empty());

    // 004: "a substantial €150 billion loan program"
    const std::string euros = "a substantial \xE2\x82\xAC" "150 billion loan program";
    q = first(euros);
    CHECK(q.value == Approx(150e9));
    CHECK(q.unit == "EUR");
    CHECK(q.dimension == "money");
    CHECK(q.kind == quantity_kind::money);
    CHECK(matched(euros, q) == "\xE2\x82\xAC" "150 billion");
    CHECK(number_of(euros, q) == "150");

    q = first("$1.2 billion");
    CHECK(q.value == Approx(1.2e9));
    CHECK(q.unit == "USD");
    CHECK(q.kind == quantity_kind::money);

    // 43_5ecbplus: "AMD will pay US$334 million in cash and stock"
    const std::string us = "amd will pay us$334 million in cash and stock";
    q = first(us);
    CHECK(q.value == Approx(334e6));
    CHECK(q.unit == "USD");
    CHECK(matched(us, q) == "us$334 million");

    // 12_2ecbplus: "over a hundred billion dollars of India's external trade"
    const std::string words = "over a hundred billion dollars of india's external trade";
    q = first(words);
    CHECK(q.value == Approx(100e9));
    CHECK(q.unit == "USD");
    CHECK(q.qual == qualifier::more_than);
    CHECK(q.word_number);
    CHECK(matched(words, q) == "over a hundred billion dollars");
}

TEST_CASE("quantity: scale abbreviations", "[grammar][quantity]") {
    quantity q = first("3.5bn euros");
    CHECK(q.value == Approx(3.5e9));
    CHECK(q.unit == "EUR");
    CHECK(q.kind == quantity_kind::money);

    const std::string pounds = "\xC2\xA3" "2m";  // £2m
    q = first(pounds);
    CHECK(q.value == Approx(2e6));
    CHECK(q.unit == "GBP");
    CHECK(matched(pounds, q) == pounds);

    // the scale's word written on to the digits, as some papers print it: "Â£" "73million"
    const std::string glued = "the club paid \xC2\xA3" "73million for him";
    q = first(glued);
    CHECK(q.value == Approx(73e6));
    CHECK(q.unit == "GBP");
    CHECK(first("a $5billion deal").value == Approx(5e9));
    CHECK(first("some 5million people fled").value == Approx(5e6));

    // 43_10ecbplus: "The deal cost AMD $334 million ($281M in cash)", lower-cased
    const std::string cash = "the deal cost amd $334 million ($281m in cash)";
    q = *at(cash, "$281m");
    CHECK(q.value == Approx(281e6));
    CHECK(q.unit == "USD");
    CHECK(matched(cash, q) == "$281m");

    // without money or a decimal point, "m" after digits is metres, not millions
    q = first("a 48m drop");
    CHECK(q.value == 48);
    CHECK(q.unit == "m");
    CHECK(q.dimension == "length");
}

TEST_CASE("quantity: percentages", "[grammar][quantity]") {
    // 43_5ecbplus: "expected to grow 33 percent a year"
    const std::string growth = "expected to grow 33 percent a year";
    quantity q = first(growth);
    CHECK(q.value == 33);
    CHECK(q.unit == "%");
    CHECK(q.dimension == "percent");
    CHECK(q.kind == quantity_kind::percent);
    CHECK(matched(growth, q) == "33 percent");

    // 43_9ecbplus: "EBITDA margin of close to 25%"
    const std::string margin = "ebitda margin of close to 25% and";
    q = first(margin);
    CHECK(q.value == 25);
    CHECK(q.unit == "%");
    CHECK(q.qual == qualifier::nearly);
    CHECK(matched(margin, q) == "close to 25%");

    q = first("5 per cent");
    CHECK(q.value == 5);
    CHECK(q.kind == quantity_kind::percent);
}

TEST_CASE("quantity: durations", "[grammar][quantity]") {
    // 001: "the 30-day truce that Trump has endorsed"
    const std::string truce = "the 30-day truce";
    quantity q = first(truce);
    CHECK(q.value == 30);
    CHECK(q.unit == "day");
    CHECK(q.dimension == "time");
    CHECK(q.hyphen_compound);
    CHECK(matched(truce, q) == "30-day");

    // 002: "The call, which lasted over two hours on Tuesday evening"
    const std::string call = "the call, which lasted over two hours on tuesday evening";
    q = first(call);
    CHECK(q.value == 2);
    CHECK(q.unit == "hour");
    CHECK(q.qual == qualifier::more_than);
    CHECK(matched(call, q) == "over two hours");

    // 002: "who have occupied it for the last seven months"
    q = first("who have occupied it for the last seven months");
    CHECK(q.value == 7);
    CHECK(q.unit == "month");
    CHECK(q.word_number);

    // 004: "sentenced a Russian-Italian citizen to 29 years in prison"
    const std::string prison = "to 29 years in prison";
    q = first(prison);
    CHECK(q.value == 29);
    CHECK(q.unit == "year");
    CHECK(q.kind == quantity_kind::measure);
    CHECK(matched(prison, q) == "29 years");

    // 10_1ecbplus: "an eight-year, $160 million offer"
    q = first("an eight-year, $160 million offer");
    CHECK(q.value == 8);
    CHECK(q.unit == "year");
    CHECK(q.hyphen_compound);
}

TEST_CASE("quantity: lengths and areas", "[grammar][quantity]") {
    // 001: "about 200 square kilometers (77 square miles) of Russia's Kursk region"
    const std::string kursk = "controls about 200 square kilometers (77 square miles) of russia's kursk region";
    quantity q = first(kursk);
    CHECK(q.value == 200);
    CHECK(q.unit == "km2");
    CHECK(q.dimension == "area");
    CHECK(q.kind == quantity_kind::measure);
    CHECK(matched(kursk, q) == "about 200 square kilometers");

    q = *at(kursk, "77");
    CHECK(q.value == 77);
    CHECK(q.unit == "mi2");
    CHECK(matched(kursk, q) == "77 square miles");

    // 38_7ecbplus: "into single a 181-km (110 mile) long fault"
    const std::string fault = "a 181-km (110 mile) long fault";
    q = first(fault);
    CHECK(q.value == 181);
    CHECK(q.unit == "km");
    CHECK(q.dimension == "length");
    CHECK(q.hyphen_compound);
    CHECK(matched(fault, q) == "181-km");

    // 18_11ecbplus: "chased him for 48km"
    const std::string chase = "chased him for 48km, including";
    q = first(chase);
    CHECK(q.value == 48);
    CHECK(q.unit == "km");
    CHECK(matched(chase, q) == "48km");

    // 12_1ecb: "The warship some 13 nautical miles away"
    q = first("the warship some 13 nautical miles away");
    CHECK(q.value == 13);
    CHECK(q.unit == "nmi");

    // 12_5ecb: "the 10-metre-long dhow"
    const std::string dhow = "the 10-metre-long dhow";
    q = first(dhow);
    CHECK(q.value == 10);
    CHECK(q.unit == "m");
    CHECK(q.hyphen_compound);
    CHECK(matched(dhow, q) == "10-metre-long");

    // 18_11ecbplus: "The 15,800-square-metre building"
    q = first("the 15,800-square-metre building");
    CHECK(q.unit == "m2");
    CHECK(q.dimension == "area");
}

TEST_CASE("quantity: speeds", "[grammar][quantity]") {
    // 18_11ecbplus: "at speeds up to 193km / h before he finally pulled over"
    const std::string kmh = "at speeds up to 193km / h before";
    quantity q = first(kmh);
    CHECK(q.value == 193);
    CHECK(q.unit == "km/h");
    CHECK(q.dimension == "speed");
    CHECK(q.qual == qualifier::at_most);
    CHECK(matched(kmh, q) == "up to 193km / h");

    // 18_5ecbplus: "reached speeds of 120 mph"
    q = first("reached speeds of 120 mph, officials said");
    CHECK(q.value == 120);
    CHECK(q.unit == "mph");

    // 18_1ecbplus and 18_9ecbplus spell it out
    const std::string per_hour = "at speeds up to 120 miles per hour, surrendering";
    q = first(per_hour);
    CHECK(q.unit == "mph");
    CHECK(matched(per_hour, q) == "up to 120 miles per hour");
    CHECK(first("at speeds of up to 120 miles an hour on interstate 75").unit == "mph");
}

TEST_CASE("quantity: magnitude", "[grammar][quantity]") {
    // 38_6ecbplus, 38_1ecbplus, 38_3ecbplus
    for (const char* text : {"by a magnitude 4.6 earthquake", "a preliminary magnitude of 4.6 was recorded",
                             "4.6-magnitude earthquake shakes lake county"}) {
        INFO(text);
        const quantity q = first(text);
        CHECK(q.value == Approx(4.6));
        CHECK(q.unit == "magnitude");
        CHECK(q.dimension == "magnitude");
    }
}

TEST_CASE("quantity: a bare number is exact", "[grammar][quantity]") {
    const quantity q = first("russia launched 145 drones");
    CHECK(q.qual == qualifier::exact);
    CHECK_FALSE(q.qualified);
    CHECK_FALSE(q.range_high);
}

TEST_CASE("quantity: at least N", "[grammar][quantity]") {
    // 003: "which left at least 15 people injured"
    const std::string text = "which left at least 15 people injured";
    quantity q = first(text);
    CHECK(q.value == 15);
    CHECK(q.qual == qualifier::at_least);
    CHECK(q.qualified);
    CHECK(matched(text, q) == "at least 15");
    CHECK(number_of(text, q) == "15");

    const std::string fewer = "no fewer than 26 pirates";
    q = first(fewer);
    CHECK(q.value == 26);
    CHECK(q.qual == qualifier::at_least);
    CHECK(matched(fewer, q) == "no fewer than 26");
}

TEST_CASE("quantity: more than N", "[grammar][quantity]") {
    // 001: "more than 200 personnel were on the ground"
    const std::string more = "more than 200 personnel were on the ground";
    quantity q = first(more);
    CHECK(q.value == 200);
    CHECK(q.qual == qualifier::more_than);
    CHECK(matched(more, q) == "more than 200");

    // 002: "the evacuation of over 100 patients"
    const std::string over = "the evacuation of over 100 patients";
    q = first(over);
    CHECK(q.value == 100);
    CHECK(q.qual == qualifier::more_than);
    CHECK(matched(over, q) == "over 100");
}

TEST_CASE("quantity: about N", "[grammar][quantity]") {
    struct row {
        const char* text;
        const char* match;
        double value;
    };
    for (const row& r : {row{"about 300 rounds of ammunition", "about 300", 300},                 // 12_1ecbplus
                         row{"where approximately 45 drones targeted", "approximately 45", 45},  // 002
                         row{"to evacuate some 420 passengers and crew", "some 420", 420},        // 12_4ecb
                         row{"roughly 150 drones", "roughly 150", 150}}) {
        INFO(r.text);
        const std::string text = r.text;
        const quantity q = first(text);
        CHECK(q.value == r.value);
        CHECK(q.qual == qualifier::approx);
        CHECK(q.qualified);
        CHECK(matched(text, q) == r.match);
    }
}

TEST_CASE("quantity: nearly N", "[grammar][quantity]") {
    // 12_2ecb: "There have been nearly 100 attacks in Somali waters this year."
    const std::string nearly = "there have been nearly 100 attacks";
    quantity q = first(nearly);
    CHECK(q.value == 100);
    CHECK(q.qual == qualifier::nearly);
    CHECK(matched(nearly, q) == "nearly 100");

    const std::string almost = "almost 300 crewmen";
    q = first(almost);
    CHECK(q.value == 300);
    CHECK(q.qual == qualifier::nearly);
    CHECK(matched(almost, q) == "almost 300");
}

TEST_CASE("quantity: up to N", "[grammar][quantity]") {
    // 43_10ecbplus: "contain up to 768 CPUs"
    const std::string up_to = "contain up to 768 cpus";
    quantity q = first(up_to);
    CHECK(q.value == 768);
    CHECK(q.qual == qualifier::at_most);
    CHECK(matched(up_to, q) == "up to 768");

    // 12_5ecb: "have already attacked as many as 100 merchant vessels"
    const std::string many = "have already attacked as many as 100 merchant vessels";
    q = first(many);
    CHECK(q.value == 100);
    CHECK(q.qual == qualifier::at_most);
    CHECK(matched(many, q) == "as many as 100");
}

TEST_CASE("quantity: fewer than N", "[grammar][quantity]") {
    // 10_19ecbplus: "Having never hit fewer than 26 homers in his six major-league seasons"
    const std::string text = "having never hit fewer than 26 homers";
    const quantity q = first(text);
    CHECK(q.value == 26);
    CHECK(q.qual == qualifier::less_than);
    CHECK(matched(text, q) == "fewer than 26");
}

TEST_CASE("quantity: N or more", "[grammar][quantity]") {
    // 10_4ecbplus: "a contract of eight years or more"
    const std::string text = "a contract of eight years or more";
    const quantity q = first(text);
    CHECK(q.value == 8);
    CHECK(q.unit == "year");
    CHECK(q.qual == qualifier::at_least);
    CHECK(q.qualified);
    CHECK(matched(text, q) == "eight years or more");
}

TEST_CASE("quantity: between N and M", "[grammar][quantity]") {
    quantity q = first("between 10 and 15");
    CHECK(q.value == 10);
    REQUIRE(q.range_high);
    CHECK(*q.range_high == 15);
    CHECK(q.qual == qualifier::range);

    // 38_3ecb: "Five more small quakes measuring between 1.0 and 1.9 on the Richter scale"
    q = first("measuring between 1.0 and 1.9 on the richter scale");
    CHECK(q.value == Approx(1.0));
    REQUIRE(q.range_high);
    CHECK(*q.range_high == Approx(1.9));

    // 10_1ecbplus: "a seven-year deal worth between $140 million and $150 million"
    const std::string deal = "worth between $140 million and $150 million.";
    q = first(deal);
    CHECK(q.value == Approx(140e6));
    REQUIRE(q.range_high);
    CHECK(*q.range_high == Approx(150e6));
    CHECK(q.unit == "USD");
    CHECK(q.qual == qualifier::range);
    CHECK(matched(deal, q) == "between $140 million and $150 million");
}

TEST_CASE("quantity: N-M and N to M", "[grammar][quantity]") {
    const std::string dash = "10-15 people";
    quantity q = first(dash);
    CHECK(q.value == 10);
    REQUIRE(q.range_high);
    CHECK(*q.range_high == 15);
    CHECK(q.qual == qualifier::range);
    CHECK(matched(dash, q) == "10-15");

    q = first("six to seven");
    CHECK(q.value == 6);
    REQUIRE(q.range_high);
    CHECK(*q.range_high == 7);
    CHECK(q.qual == qualifier::range);

    // 10_13ecbplus: "in the range of $145 million to $175 million"
    q = first("in the range of $145 million to $175 million, possibly more");
    CHECK(q.value == Approx(145e6));
    REQUIRE(q.range_high);
    CHECK(*q.range_high == Approx(175e6));
    CHECK(q.unit == "USD");
}

TEST_CASE("quantity: percentage ranges", "[grammar][quantity]") {
    // 43_9ecbplus: "grow at an average annual rate of 43% to 44%"
    const std::string text = "an average annual rate of 43% to 44% over the course";
    const quantity q = first(text);
    CHECK(q.value == 43);
    REQUIRE(q.range_high);
    CHECK(*q.range_high == 44);
    CHECK(q.unit == "%");
    CHECK(q.kind == quantity_kind::percent);
    CHECK(q.qual == qualifier::range);
    CHECK(matched(text, q) == "43% to 44%");
}

TEST_CASE("quantity: a range needs a larger second number", "[grammar][quantity]") {
    // 10_1ecbplus: "is a 10-5 man (10 years in the Majors, five with the same team)"
    const std::string text = "is a 10-5 man";
    const quantity q = first(text);
    CHECK(q.value == 10);
    CHECK_FALSE(q.range_high);
    CHECK(q.qual != qualifier::range);
}

TEST_CASE("quantity: ages", "[grammar][quantity]") {
    struct row {
        const char* text;
        const char* match;
        double value;
    };
    for (const row& r : {row{"a 27-year-old man", "27-year-old", 27},
                         row{"the suspect, 38-year-old anthony lacalamita", "38-year-old", 38},  // 18_1ecbplus
                         row{"a 63-year-old woman from warren", "63-year-old", 63},              // 18_5ecbplus
                         row{"he is 29 years old", "29 years old", 29}}) {
        INFO(r.text);
        const std::string text = r.text;
        const quantity q = first(text);
        CHECK(q.value == r.value);
        CHECK(q.kind == quantity_kind::age);
        CHECK(q.unit == "year");
        CHECK(matched(text, q) == r.match);
    }
}

TEST_CASE("quantity: vague quantities", "[grammar][quantity]") {
    // the value is the floor from lexicon/vague.tsv, and the qualifier is "at least"
    struct row {
        const char* text;
        const char* match;
        double floor;
    };
    for (const row& r : {row{"dozens of people", "dozens", 24},
                         row{"building servers from hundreds of low-power processors", "hundreds", 200},  // 43_3ecbplus
                         row{"which connects thousands of processor cores", "thousands", 2000},           // 43_2ecbplus
                         row{"hundreds of thousands of people", "hundreds of thousands", 200000},
                         row{"earned the gangs tens of millions of dollars", "tens of millions", 2e7}}) {  // 12_2ecb
        INFO(r.text);
        const std::string text = r.text;
        const quantity q = first(text);
        CHECK(q.value == r.floor);
        CHECK(q.kind == quantity_kind::vague);
        CHECK(q.qual == qualifier::at_least);
        CHECK(matched(text, q) == r.match);
    }
}

TEST_CASE("quantity: denials", "[grammar][quantity]") {
    struct row {
        const char* text;
        const char* word;
    };
    for (const row& r : {row{"no one was killed", "killed"}, row{"no casualties", "casualties"},
                         row{"nobody was injured", "injured"}, row{"no one was seriously injured", "injured"}}) {
        INFO(r.text);
        const std::string text = r.text;
        const quantity q = first(text);
        CHECK(q.value == 0);
        CHECK(q.kind == quantity_kind::denial);
        CHECK(q.denial_word == r.word);
        CHECK(matched(text, q) == text);
    }
    // 38_1ecbplus: "There are no reports of injuries or major damage."
    const std::string reports = "there are no reports of injuries or major damage.";
    const quantity q = first(reports);
    CHECK(q.value == 0);
    CHECK(q.kind == quantity_kind::denial);
    CHECK(q.begin == reports.find("no reports"));
}

TEST_CASE("quantity: 'no one' with a verb that is not harm is not a denial", "[grammar][quantity]") {
    // 18_5ecbplus: "No one knew what to do."
    CHECK_FALSE(at("no one knew what to do.", "no one"));
}

TEST_CASE("quantity: fractions", "[grammar][quantity]") {
    struct row {
        const char* text;
        const char* match;
        double value;
    };
    for (const row& r : {row{"typically use one quarter the power", "one quarter", 0.25},     // 43_2ecbplus
                         row{"and take one sixth the space", "one sixth", 1.0 / 6},          // 43_2ecbplus
                         row{"that is about a sixth of the usual size", "about a sixth", 1.0 / 6},  // 43_4ecbplus
                         row{"server bricks use a quarter of the power", "a quarter", 0.25}}) {      // 43_10ecbplus
        INFO(r.text);
        const std::string text = r.text;
        const quantity q = first(text);
        CHECK(q.value == Approx(r.value));
        CHECK(q.kind == quantity_kind::fraction);
        CHECK(q.word_number);
        CHECK(matched(text, q) == r.match);
    }
}

TEST_CASE("quantity: a fraction of a unit", "[grammar][quantity]") {
    // 38_3ecb: "at a depth of two-tenths of a mile"
    const std::string text = "at a depth of two-tenths of a mile, according to";
    const quantity q = first(text);
    CHECK(q.value == Approx(0.2));
    CHECK(q.unit == "mi");
    CHECK(q.dimension == "length");
    CHECK(matched(text, q) == "two-tenths of a mile");
}

TEST_CASE("quantity: hyphen compounds", "[grammar][quantity]") {
    struct row {
        const char* text;
        const char* match;
        double value;
        const char* noun;
    };
    for (const row& r : {row{"an indian warship foiled a five-boat pirate attack", "five-boat", 5, "boat"},  // 12_4ecbplus
                         row{"officers found a 12-gauge pump-action shotgun", "12-gauge", 12, "gauge"},     // 18_11ecbplus
                         row{"the three-story office building", "three-story", 3, "story"}}) {              // 18_9ecbplus
        INFO(r.text);
        const std::string text = r.text;
        const quantity q = first(text);
        CHECK(q.value == r.value);
        CHECK(q.compound_noun == r.noun);
        CHECK(q.hyphen_compound);
        CHECK(q.unit.empty());
        CHECK(matched(text, q) == r.match);
    }
}

TEST_CASE("quantity: not a quantity at this position", "[grammar][quantity]") {
    CHECK_FALSE(at("the 3rd", "3rd"));
    CHECK_FALSE(at("the commander of the u.s. navy's 5th fleet", "5th"));              // 12_4ecb
    CHECK_FALSE(at("players that go to their 36th birthdays", "36th"));               // 10_13ecbplus
    CHECK_FALSE(at("spread over the region", "over"));                                  // a qualifier needs a number
    CHECK_FALSE(at("we have some details to work out", "some"));                       // 002
    CHECK_FALSE(at("dozen of warships of several countries", "dozen"));                // 12_3ecb: no "a"
    CHECK_FALSE(at("seven ak-47s, three other automatic rifles", "47s"));              // 12_1ecb
    CHECK_FALSE(at("this is the fifth successful anti-piracy operation", "fifth"));   // 12_1ecbplus
}

TEST_CASE("quantity: may_start_quantity", "[grammar][quantity]") {
    const std::string text = "145 $2m, \xE2\x82\xAC" "5 at least 3";
    CHECK(may_start_quantity(text, 0));                  // a digit
    CHECK(may_start_quantity(text, text.find('$')));     // a currency sign
    CHECK(may_start_quantity(text, text.find('\xE2')));  // the first byte of "€"
    CHECK(may_start_quantity(text, text.find("at")));    // a qualifier ("at least"), before a number
    CHECK_FALSE(may_start_quantity(text, 3));            // a space
    CHECK_FALSE(may_start_quantity(text, text.find(',')));
    // words that begin no qualifier, number word or denial are never parsed
    const std::string words = "the drones were shot down over kursk";
    for (const char* w : {"the", "drones", "were", "shot", "down", "kursk"})
        CHECK_FALSE(may_start_quantity(words, words.find(w)));
    // nor words that only begin with one ("a", "no", "one", "from"): the rules read a space or a
    // word boundary after those
    const std::string longer = "and also nothing once fromage overnight";
    for (const char* w : {"and", "also", "nothing", "once", "fromage"})
        CHECK_FALSE(may_start_quantity(longer, longer.find(w)));
    CHECK(may_start_quantity(longer, longer.find("over")) == false);  // "over" is a qualifier, "overnight" is not
    // a currency written in letters may run on into a number word: "usdone"
    CHECK(may_start_quantity("usdone", 0));
    // the word ends where the text given ends
    CHECK(may_start_quantity(std::string_view("onex").substr(0, 3), 0));
    CHECK_FALSE(may_start_quantity("onex", 0));
}

TEST_CASE("quantity: may_start_quantity reads the word after a starter past its first letter", "[grammar][quantity]") {
    auto yes = [](std::string_view t) { return may_start_quantity(t, 0); };
    // "a" before a word that opens with the letter of a fraction word, "hundred" or "dozen" but
    // is none of them
    CHECK(yes("a tenth of the budget"));
    CHECK(yes("a third"));
    CHECK(yes("a seventh"));
    CHECK(yes("a\n  third of them"));
    CHECK(yes("a dozen eggs"));
    CHECK_FALSE(yes("a total of 5"));
    CHECK_FALSE(yes("a server"));
    CHECK_FALSE(yes("a depth of 10 km"));
    CHECK_FALSE(yes("a h"));
    // a qualifier of several words: its second word whole, not only its first letter
    CHECK(yes("at least 4"));
    CHECK_FALSE(yes("at last 4"));
    CHECK_FALSE(yes("in exile"));
    CHECK(yes("as many as 7"));
    CHECK_FALSE(yes("as mentioned"));
}

TEST_CASE("quantity: may_start_quantity reads a starter as the tables write it", "[grammar][quantity]") {
    auto yes = [](std::string_view t) { return may_start_quantity(t, 0); };
    // a qualifier of several words must be there whole, not only its first word
    CHECK(yes("at least 4"));
    CHECK(yes("in excess of 40"));
    CHECK(yes("as many as 7"));
    CHECK(yes("a minimum of 4"));
    CHECK_FALSE(yes("at the scene"));
    CHECK_FALSE(yes("in the city"));
    CHECK_FALSE(yes("as the drones"));
    CHECK_FALSE(yes("at"));
    // "a" begins a quantity only before "hundred", "dozen" or a fraction word, after any spaces
    CHECK(yes("a hundred"));
    CHECK(yes("a  half"));
    CHECK(yes("a\ndozen"));
    CHECK(yes("a quarter of the budget"));
    CHECK(yes("a$40"));  // a currency prefix
    CHECK_FALSE(yes("a big fire"));
    CHECK_FALSE(yes("a"));
    CHECK_FALSE(yes("ahundred"));
    // "from" and "between" only before an amount
    CHECK(yes("from 10 to 12"));
    CHECK(yes("from  $5 to $6"));
    CHECK(yes("between\nsix and eight"));
    CHECK(yes("from usd5 to usd6"));
    CHECK(yes("from a dozen to twenty"));
    CHECK_FALSE(yes("from the city"));
    CHECK_FALSE(yes("between them"));
    CHECK_FALSE(yes("from"));
    // "half" only as "half a dozen" and "half of"; a currency prefix with a sign only with its sign
    CHECK(yes("half a dozen"));
    CHECK(yes("half of them"));
    CHECK_FALSE(yes("half the time"));
    CHECK_FALSE(yes("half-time"));
    CHECK(yes("us$5"));
    CHECK_FALSE(yes("us troops"));
    // a qualifier only before what the rest of the rule begins with: an amount, a denial,
    // "between"/"from", a vague quantity, a fraction or "magnitude"
    CHECK(yes("over 50"));
    CHECK(yes("about  half a dozen"));
    CHECK(yes("nearly\n$5"));
    CHECK(yes("some dozens of homes"));
    CHECK(yes("up to between 5 and 6"));
    CHECK(yes("more than one-third"));
    CHECK(yes("under a quarter of them"));
    CHECK(yes("north of eur 20"));
    CHECK(yes("over magnitude 5"));
    CHECK_FALSE(yes("over the weekend"));
    CHECK_FALSE(yes("about the attack"));
    CHECK_FALSE(yes("north of the city"));
    CHECK_FALSE(yes("under"));
    CHECK_FALSE(yes("around,"));
    // what follows a qualifier, "between" or "from" must itself begin a quantity: "a" only
    // before "hundred", "dozen" or a fraction word
    CHECK_FALSE(yes("over a wide area"));
    CHECK_FALSE(yes("from a motorist"));
    CHECK_FALSE(yes("about a lot of things"));
    CHECK(yes("about a dozen"));
    CHECK(yes("from a hundred to two hundred"));
    // "no" only before a denial's noun or a word that stands before one
    CHECK(yes("no casualties"));
    CHECK(yes("no  immediate reports of injuries"));
    CHECK_FALSE(yes("no signs of slowing down"));
    CHECK_FALSE(yes("no formal security system"));
}

TEST_CASE("quantity: every quantity starts where may_start_quantity lets the parser look", "[grammar][quantity]") {
    // the filter must never hide a quantity: at every word start of these texts (every form the
    // grammar reads), a successful parse implies the filter said yes
    const std::vector<std::string> texts = {
        "russia launched 145 drones and two missiles overnight, ukraine's air force said.",
        "at least twenty-three people were killed and more than 1,000 wounded.",
        "about half a dozen boats, a dozen ships and some 300 sailors; dozens of others.",
        "a hundred and fifty prisoners, one hundred forty-five drones, hundreds of homes.",
        "\xE2\x82\xAC" "150 billion, $2m, us$5 million, 3.5bn euros, rs 500, nearly 40%.",
        "no one was killed; no immediate casualties were reported; nobody was hurt.",
        "between six and eight years, from 10 to 12 miles, up to 30 km, 20-26 miles.",
        "a 30-day truce, a 5.6-magnitude quake, magnitude 6.1, a magnitude-4 tremor.",
        "one-third of the homes, two-thirds of voters, a quarter of the budget.",
        "an estimated 200 people, roughly 77 sq mi, almost 90, fewer than 15 and over 50.",
        "eleven teens, nineteen men, ninety-nine balloons, a thousand cuts, zero deaths.",
        "usd 5 million, usd5m, eur 20 billion, gbp 3m, a$40, c$ 12, rs. 500, hk$9, au$ 7 and ca$8.",
        "approx. 50 people, no-one hurt, none dead, no fewer than 9, a minimum of 4, upwards of 70.",
        "a 40-foot wave; one-and-a-half; twenty-one; a half; half a dozen; magnitude-5; some forty.",
        "usdone, eurtwo, aone, onex, fromage, betweenness, hundreds, nobody, anone.",
        "a  hundred and ten, a\nquarter of them, from  5 to 6, between\nsix and seven, from $5 to $9.",
        "in excess of 40, as many as 7, as much as $3, a maximum of 9, just shy of 20, north of 10.",
        "not more than 3, no more than 4, close to 80, up to a dozen, from a hundred to two hundred.",
        "between a dozen and twenty, from half a dozen to ten, from usd5 to usd9, from eur 3 to eur 4.",
        // a qualifier before each alternative of the rule
        "about 40, over half a dozen, nearly a hundred, around $5, some dozens, up to between 5 and 6.",
        "more than one-third, about magnitude 5, under a quarter of them, roughly eur 20, over two-thirds.",
        "almost nobody was hurt, close to twenty-one, at least no one died, more than from 5 to 6 km.",
        "upwards of tens of thousands, an estimated\n1,000, approx.  12, as many as none were hurt.",
    };
    for (const auto& t : texts) {
        for (std::size_t i = 0; i < t.size(); ++i) {
            if (i > 0 && std::isalnum(static_cast<unsigned char>(t[i - 1]))) continue;
            quantity q;
            if (parse_quantity(t, i, q)) {
                INFO(t.substr(i, 24));
                CHECK(may_start_quantity(t, i));
            }
        }
    }
}

TEST_CASE("quantity: a range keeps its unit", "[grammar][quantity]") {
    // 10_19ecbplus: "to sign him to a deal between six and eight years"
    const std::string text = "a deal between six and eight years.";
    const quantity q = first(text);
    CHECK(q.value == 6);
    REQUIRE(q.range_high);
    CHECK(*q.range_high == 8);
    CHECK(q.unit == "year");
    CHECK(q.dimension == "time");
    CHECK(matched(text, q) == "between six and eight years");
}

TEST_CASE("number: digits read as strtod reads them, whole numbers without it", "[grammar][number]") {
    // whole numbers of up to fifteen digits are read directly; longer ones and decimals by strtod
    CHECK(first("007 drones").value == 7);
    CHECK(first("1,000 drones").value == 1000);
    CHECK(first("999,999,999,999,999 dollars").value == 999999999999999.0);
    CHECK(first("123456789012345 dollars").value == 123456789012345.0);
    CHECK(first("1234567890123456789 dollars").value == std::strtod("1234567890123456789", nullptr));
    CHECK(first("9007199254740993 dollars").value == std::strtod("9007199254740993", nullptr));
    CHECK(first("4.6 magnitude").value == std::strtod("4.6", nullptr));
    CHECK(first("1,234.5 tonnes").value == std::strtod("1234.5", nullptr));
}

namespace {
/// Whether parse_quantity and parse_quantity_by_rules read the same quantity (or none) at `pos`.
void same_as_rules(const std::string& text, std::size_t pos) {
    quantity fast, rules;
    const bool a = parse_quantity(text, pos, fast);
    const bool b = parse_quantity_by_rules(text, pos, rules);
    INFO("at " << pos << " of: " << text);
    REQUIRE(a == b);
    if (!a) return;
    CHECK(fast.begin == rules.begin);
    CHECK(fast.end == rules.end);
    CHECK(fast.num_begin == rules.num_begin);
    CHECK(fast.num_end == rules.num_end);
    CHECK(fast.value == rules.value);
    CHECK(fast.range_high == rules.range_high);
    CHECK(fast.qual == rules.qual);
    CHECK(fast.qualified == rules.qualified);
    CHECK(fast.unit == rules.unit);
    CHECK(fast.dimension == rules.dimension);
    CHECK(fast.kind == rules.kind);
    CHECK(fast.compound_noun == rules.compound_noun);
    CHECK(fast.hyphen_compound == rules.hyphen_compound);
    CHECK(fast.word_number == rules.word_number);
    CHECK(fast.has_separator == rules.has_separator);
    CHECK(fast.has_decimal == rules.has_decimal);
    CHECK(fast.unrepresentable == rules.unrepresentable);
    CHECK(fast.denial_word == rules.denial_word);
}
}  // namespace

TEST_CASE("quantity: the shortcut for a number alone reads what the rules read", "[grammar][quantity]") {
    // every figure shape (digits, number words, each after a qualifier or not), then every sign
    // and space, then every word the tables hold (and some they do not): wherever the shortcut
    // takes a figure, the rules must read the same
    std::vector<std::string> figures = {"145", "1,000", "4.6", "12,34", "2023", "1.", "3,000,000", "007", "1,234.5",
                                        "1,0000", "20", "9007199254740993", "5.6.7", "1,000,00", "250, 000", "1, 234", "1,000, 050", "7,  000", "two", "twenty",
                                        "eleven", "one", "ten", "fourty", "tenth", "a", "no", "half", "hundred",
                                        "$145", "$ 1,000", "\xE2\x82\xAC" "4.6", "usd 5", "usd5", "rs. 20", "a$3", "$two",
                                        "us$\n12", "$", "$3 million dollars", "$2m dollars", "c$ 1,000,000.5"};
    for (const auto& row : lexicon("qualifiers").rows) {
        figures.push_back(row[0] + " 145");
        figures.push_back(row[0] + "  twenty");
        figures.push_back(row[0] + "\nnine");
        figures.push_back(row[0] + " $5");
    }
    const std::vector<std::string> joins = {"", " ", "  ", "\n", " \n ", ",", ".", ")", "-", "%", "/", ":", ";", "'",
                                            "\"", "\xC2\xB0", "\xE2\x82\xAC", "$"};
    std::vector<std::string> words = {"people", "drones", "years old", "year old", "- 5", "to 7", "or 8", "or more",
                                      "and", "x", "m", "u.s.", "c", "f", "bn", "k", "mn", "", "1", "the", "per", "sq",
                                      "km/h", "km / h", "year-old", "years-old", "more", "hundred", "dozen", "of",
                                      "to the", "or the", "- the", "to", "or", "-", "to $5", "to a dozen", "or half",
                                      "members", "ukrainian", "million people", "miles per hour", "and counting"};
    for (const char* name : {"units", "attached_units", "scale_abbreviations", "currencies", "qualifiers",
                             "number_words", "vague", "fractions", "denials", "harm_verbs"})
        for (const auto& row : lexicon(name).rows) {
            words.push_back(row[0]);
            words.push_back(row[0] + "s");
            words.push_back(row[0].substr(0, row[0].size() / 2 + 1));
        }
    // what may follow a unit: a qualifier, a sign, another word
    for (const auto& row : lexicon("units").rows)
        for (const char* after : {" or more", "-long", " old", "  plus", "\nor so", " ago", "-", "x"}) words.push_back(row[0] + after);
    std::size_t shapes = 0;
    for (const auto& f : figures)
        for (const auto& j : joins)
            for (const auto& w : words) {
                same_as_rules("at " + f + j + w + " left", 3);
                ++shapes;
            }
    // and what may stand before a number word: a denial, a vague quantity, a currency
    for (const char* name : {"denials", "vague", "currencies", "qualifiers"})
        for (const auto& row : lexicon(name).rows)
            for (const char* rest : {" two people", "two people", "-two", " 5 people"}) same_as_rules("at " + row[0] + rest, 3);
    CHECK(shapes > 100000);
}

TEST_CASE("quantity: digits with a scale word, an attached unit, an age, after magnitude", "[grammar][quantity]") {
    // docs/grammar.md: "5 million people" is five million (the number is "5"); "48km" is a
    // length; "a 99-year-old man" is an age; "magnitude 6.1" is a magnitude
    const std::string scaled = "some 5 million people fled";
    const quantity millions = at(scaled, "5 million").value();
    CHECK(millions.value == 5e6);
    CHECK(number_of(scaled, millions) == "5");
    CHECK(matched(scaled, millions) == "5 million");
    CHECK(millions.kind == quantity_kind::count);
    const quantity length = first("a 48km stretch");
    CHECK(length.value == 48);
    CHECK(length.dimension == "length");
    CHECK(length.kind == quantity_kind::measure);
    const std::string aged = "a 99-year-old man";
    const quantity age = at(aged, "99").value();
    CHECK(age.kind == quantity_kind::age);
    CHECK(matched(aged, age) == "99-year-old");
    const std::string quake = "a magnitude 6.1 quake";
    const quantity magnitude = at(quake, "magnitude").value();
    CHECK(magnitude.unit == "magnitude");
    CHECK(number_of(quake, magnitude) == "6.1");
}

TEST_CASE("quantity: the shortcut for digits and a scale word or after magnitude reads what the rules read", "[grammar][quantity]") {
    // digits, spaces and each scale word (or a word that only begins like one), "magnitude" and
    // digits, alone or after a qualifier, then every sign and space, then every word the tables
    // hold: wherever the shortcut takes the figure, the rules must read the same
    std::vector<std::string> figures = {"magnitude 6.1", "magnitude-4", "magnitude of 4.6", "magnitude at\n5",
                                        "magnitude to 7.1", "magnitude  1,000", "magnitude offshore 5", "magnitudes 5",
                                        "magnitude of-3", "magnitude 5", "about magnitude 5", "magnitude five",
                                        "magnitude\n\n12", "magnitude of", "magnitude $5", "magnitude 1,0000",
                                        "99-year-old", "45 years old", "1 year old", "3-years-old", "7-year old",
                                        "2.5-year-old", "99-year-olds", "45 years older", "45  years old"};
    for (const auto& row : lexicon("number_words").rows) {
        if (row.size() < 3 || row[2] != "scale") continue;
        for (const char* number : {"5 ", "1.5  ", "1,200\n", "12 \n", "0.25 ", "9007199254740993 ", "3"}) {
            figures.push_back(number + row[0]);
            figures.push_back(number + row[0] + "s");
            figures.push_back(number + row[0].substr(0, row[0].size() - 1));
        }
        figures.push_back("about 5 " + row[0]);
        figures.push_back("nearly\n1.2 " + row[0]);
        figures.push_back("5 " + row[0] + " " + row[0]);
    }
    const std::vector<std::string> joins = {"", " ", "  ", "\n", ",", ".", ")", "-", "%", "/", "'", "\xC2\xB0", "$"};
    std::vector<std::string> words = {"people", "years old", "year old", "- 5", "to 7", "to 7 million", "or 8", "or more",
                                      "and", "x", "m", "bn", "k", "", "1", "the", "km/h", "year-old", "more", "hundred",
                                      "dozen", "of", "to the", "-", "to $5", "dollars", "euros", "strong", "people or more"};
    for (const char* name : {"units", "attached_units", "scale_abbreviations", "currencies", "qualifiers",
                             "number_words", "vague", "fractions"})
        for (const auto& row : lexicon(name).rows) {
            words.push_back(row[0]);
            words.push_back(row[0] + "s");
            words.push_back(row[0].substr(0, row[0].size() / 2 + 1));
        }
    for (const auto& row : lexicon("units").rows)
        for (const char* after : {" or more", "-long", " old", "-", "x"}) words.push_back(row[0] + after);
    std::size_t shapes = 0;
    for (const auto& f : figures)
        for (const auto& j : joins)
            for (const auto& w : words) {
                same_as_rules("at " + f + j + w + " left", 3);
                ++shapes;
            }
    CHECK(shapes > 50000);
}

TEST_CASE("quantity: a percentage then a new level in another unit is no range", "[grammar][quantity]") {
    // an earnings report: revenue "rose 112% to $30.8 billion" read as 112 to 30.8 billion percent
    const std::string rose = "data center revenue rose 112% to $30.8 billion.";
    quantity q = first(rose);
    CHECK(matched(rose, q) == "112%");
    CHECK(q.unit == "%");
    CHECK_FALSE(q.range_high);
    CHECK(q.qual == qualifier::exact);
    const std::string euros = "sales rose 5% to 200 million euros.";
    q = first(euros);
    CHECK(matched(euros, q) == "5%");
    CHECK_FALSE(q.range_high);
    // a range of percentages closes with its sign, and keeps its qualifier's place in the text
    const std::string range = "rates of 10% to 12% are expected.";
    q = first(range);
    CHECK(matched(range, q) == "10% to 12%");
    REQUIRE(q.range_high);
    CHECK(*q.range_high == 12);
}
