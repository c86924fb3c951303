#include <catch2/catch.hpp>

#include "engine/text.hpp"

using namespace claimcheck::engine;

TEST_CASE("text: typographic apostrophes fold to ASCII and keep their original offsets", "[engine][text]") {
    // "Russia’s" : the apostrophe is three bytes in UTF-8
    folded_text f = fold("Russia\xE2\x80\x99s army");
    CHECK(f.text == "Russia's army");
    CHECK(f.original(6) == 6);   // the apostrophe starts at byte 6
    CHECK(f.original(7) == 9);   // 's' comes after the three bytes
    CHECK(f.original(f.text.size()) == 15);  // 6 + 3 + 1 + 5 bytes
}
