#include <catch2/catch.hpp>

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
}  // namespace

TEST_CASE("number: digits with thousands separators and decimals", "[grammar][number]") {
    CHECK(first("russia launched 145 drones").value == 145);
    CHECK(first("more than 1,000 people").value == 1000);
    CHECK(first("a magnitude of 4.6 quake").value == Approx(4.6));
}
