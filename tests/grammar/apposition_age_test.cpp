// A number set apart by commas after a noun that names a person is that person's age, with or
// without an article before the noun; a number in a list of numbers is not.
#include <catch2/catch.hpp>

#include "tests/grammar/doc.hpp"

using claimcheck::test::doc;
using claimcheck::grammar::quantity_kind;

TEST_CASE("apposition age: a noun, the number between commas, then the clause", "[grammar][extract][age]") {
    doc actress{"The Harbor Lights actress, 35, checked into a treatment center in Malibu on Monday."};
    CHECK(actress.find("35").q.kind == quantity_kind::age);
    doc headline{"Irish actor, 38, takes on the role of the spy in a three-film deal"};
    CHECK(headline.find("38").q.kind == quantity_kind::age);
    doc survived{"She is survived by her son, 61, two grandchildren and a great-grandson."};
    CHECK(survived.find("61").q.kind == quantity_kind::age);
}

TEST_CASE("apposition age: numbers in a list, and counts before a noun, are no ages", "[grammar][extract][age]") {
    // 10_1ecbplus
    doc years{"I can't tell you which answer, eight, 10, 12 years from now would have been better."};
    CHECK(years.find_number("10").q.kind != quantity_kind::age);
    doc dead{"Among the dead were seven children, 12 women and three men."};
    CHECK(dead.find("12 women").q.kind == quantity_kind::count);
}

TEST_CASE("apposition age: whose age, a noun's or the person the obituary named", "[grammar][extract][age]") {
    doc son{"She is survived by her son, 61, and two grandchildren."};
    CHECK(son.find("61").agent == "the son");
    doc named{"The suspect, 38-year-old Anthony LaCalamita, was seeking out these individuals, police said."};
    CHECK(named.find("38-year-old").agent == "anthony lacalamita");
    // "She was 87." after the sentence that opens with her name; after an age given with a name
    doc obituary{"Evelyn Marsh, whose voice made her a star, died on Saturday at her home.", "She was 87."};
    CHECK(obituary.find("87").q.kind == quantity_kind::age);
    CHECK(obituary.find("87").agent == "evelyn marsh");
    doc headline{"Harlan Whitcomb, longtime Iowa senator, dead at 86", "His wife said he died in his sleep.", "He was 86."};
    CHECK(headline.claims.back().agent == "harlan whitcomb");
}

TEST_CASE("apposition age: the age beside a name is now, whatever the clause recalls", "[grammar][extract][age]") {
    doc senator{"Senator Tom Hollis, 55, entered Parliament 12 years ago."};
    const auto& age = senator.find("55");
    CHECK(age.q.kind == quantity_kind::age);
    CHECK_FALSE(age.background);
    // the name less its titles
    CHECK(age.agent == "tom hollis");
    CHECK(senator.find("12 years").background);
}

TEST_CASE("apposition age: a bracketed age after a name", "[grammar][extract][age]") {
    doc mutai{"Daniel Mutai (27) won the race in Berlin."};
    CHECK(mutai.find("27").q.kind == claimcheck::grammar::quantity_kind::age);
    CHECK(mutai.find("27").agent == "daniel mutai");
    doc murphy{"John Murphy (45), of Main Street, was charged."};
    CHECK(murphy.find("45").agent == "john murphy");
    // not after a single word (an acronym, a shop's name), nor a year
    doc stores{"Sales rose at Tesco (12) stores."};
    CHECK(stores.find("12").q.kind != claimcheck::grammar::quantity_kind::age);
}

TEST_CASE("apposition ages: a knight's title is no part of whose age it is", "[grammar][extract][ages]") {
    doc sir{"Sir Bobby Robson, 83, died on Friday."};
    doc plain{"Bobby Robson, 84, died on Friday."};
    CHECK(sir.find_number("83").agent == plain.find_number("84").agent);
    CHECK(sir.find_number("83").agent == "bobby robson");
}
