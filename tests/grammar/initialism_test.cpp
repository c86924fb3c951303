// A dotted initialism (U.S., U.N.) inside a sentence is one word with its last point: no unit
// is read in its first letter, and it is a modifier of the noun after it.
#include <catch2/catch.hpp>

#include "tests/grammar/doc.hpp"

using claimcheck::test::doc;

TEST_CASE("initialism: U.S. before a noun is no unit and no counted thing", "[grammar][extract][units]") {
    doc viewers{"The broadcast drew 39.3 million U.S. viewers, according to Nielsen."};
    const auto& c = viewers.find("39.3 million");
    CHECK(c.q.unit.empty());
    CHECK(c.counted.lemma == "viewer");
    doc peacekeepers{"The mission sent 300 U.N. peacekeepers to the border."};
    CHECK(peacekeepers.find("300").counted.lemma == "peacekeeper");
}

TEST_CASE("initialism: the scope of the U.S. keys alike mid-sentence and at the end", "[grammar][extract][scope]") {
    doc mid{"The film opened in 4,150 theaters in the U.S. and Canada on Friday."};
    doc end{"The film opened in 4,150 theaters in the U.S."};
    CHECK(mid.find("4,150").where.key == "u.s");
    CHECK(end.find("4,150").where.key == "u.s");
}
