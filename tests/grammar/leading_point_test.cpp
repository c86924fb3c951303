// A decimal written without its leading zero (".290", "(.45)") is a fraction, not a whole
// number; a point after a letter or digit is an abbreviation's or a number's.
#include <catch2/catch.hpp>

#include "tests/grammar/doc.hpp"

using claimcheck::test::doc;

TEST_CASE("leading point: a decimal without its leading zero is read as the fraction", "[grammar][extract][number]") {
    doc hitter{"They are offering $200 million to a career .290 hitter."};
    const auto& average = hitter.find(".290");
    REQUIRE(average.value);
    CHECK(*average.value == Approx(0.29));
    CHECK(hitter.words(average).rfind(".290", 0) == 0);
    doc bracket{"The margin was tiny (.14 of a second) at the line."};
    REQUIRE(bracket.find(".14").value);
    CHECK(*bracket.find(".14").value == Approx(0.14));
}

TEST_CASE("leading point: a point after a number or an abbreviation leaves the figure whole", "[grammar][extract][number]") {
    doc version{"The company released version 4.3 on Monday."};
    CHECK(version.find_number("4.3").value == std::optional<double>(4.3));
    doc shirt{"He wore No.14 for the club and hit .308 with 33 home runs."};
    for (const auto& c : shirt.claims) CHECK(c.value != std::optional<double>(0.14));  // "No.14": a point after a letter
    REQUIRE(shirt.find(".308").value);
    CHECK(*shirt.find(".308").value == Approx(0.308));
}
