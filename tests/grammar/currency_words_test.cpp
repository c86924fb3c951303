// Currency words after a scaled number: "86 million pound deal" is money, "200 pounds" a weight.
#include <catch2/catch.hpp>

#include "tests/grammar/doc.hpp"

using claimcheck::test::doc;
using claimcheck::grammar::quantity_kind;

TEST_CASE("currency words: 'pound' after a scale word is sterling, as 'pounds' is", "[grammar][extract]") {
    doc deal{"Bale joins Real in 86 million pound deal."};
    CHECK(deal.find("86 million").q.kind == quantity_kind::money);
    CHECK(deal.find("86 million").q.unit == "GBP");
    CHECK(deal.find("86 million").value == 86e6);
    // without a scale word a pound is a weight or a fine's size, not read as sterling
    CHECK(doc{"He weighs 200 pounds."}.find("200").q.kind != quantity_kind::money);
}
