// Speech verbs that also take a counted object ("wrote 412 checks", "recalled about 300,000
// kettles") name no source with that figure; "claimed 44 lives" counts the dead, "saved 44 lives"
// does not; a maker's model number is no count ("a Dornier 228 crashed").
#include <catch2/catch.hpp>

#include "tests/grammar/doc.hpp"

using claimcheck::test::doc;

TEST_CASE("object verbs: a figure right after wrote or recalled is the verb's object", "[grammar][attribution][object_verbs]") {
    doc wrote{"Prosecutors said Tulley wrote 412 checks to himself."};
    REQUIRE(wrote.find("412 checks").source);
    CHECK(wrote.find("412 checks").source->source == "Prosecutors");
    doc recalled{"Kestrel, which is based in Charlotte, North Carolina, recalled about 300,000 electric kettles in 2022."};
    const auto& kettles = recalled.find("about 300,000");
    CHECK_FALSE(kettles.source);
    // "wrote" still says what a source says when no figure follows it
    doc blog{"The minister wrote that 45 people had died."};
    REQUIRE(blog.find("45 people").source);
    CHECK(blog.find("45 people").source->source == "minister");
}

TEST_CASE("object verbs: lives claimed are people killed, lives saved are not", "[grammar][extract][fate]") {
    doc claimed{"The heat has claimed at least 44 lives, officials said."};
    CHECK(claimed.find("at least 44 lives").counted.lemma == "life");
    CHECK(claimed.find("at least 44 lives").pred.cls == "killed");
    doc saved{"The vaccine saved 44 lives."};
    CHECK(saved.find("44 lives").pred.cls != "killed");
    doc measles{"Officials counted 148 measles cases."};
    CHECK(measles.find("148").counted.lemma != "measle");
}

TEST_CASE("object verbs: a maker's model number is a name", "[grammar][extract]") {
    doc dornier{"A Tarai Air Dornier 228 crashed in Simikot, killing 18 people."};
    for (const auto& c : dornier.claims) CHECK(c.value != 228);
    CHECK(dornier.find("18 people").pred.cls == "killed");
    doc airbus{"The Airbus 320 landed safely with 150 passengers."};
    for (const auto& c : airbus.claims) CHECK(c.value != 320);
}
