// A source set apart from its speech verb by an apposition between commas ("Mark Hurd, 51, told
// analysts", "John Smith, a spokesman for the agency, said") is still the source: the person
// named before the first comma, not a body named inside the apposition.
#include <catch2/catch.hpp>

#include <string>

#include "grammar/attribution.hpp"
#include "tests/grammar/doc.hpp"

using claimcheck::test::doc;
using namespace claimcheck::grammar;

TEST_CASE("apposition: an age between the name and the verb", "[grammar][attribution][apposition]") {
    doc told{"Mark Hurd, 51, told analysts the company would cut 24,600 jobs."};
    const auto& jobs = told.find("24,600 jobs");
    REQUIRE(jobs.source);
    CHECK(jobs.source->source == "Mark Hurd");
    CHECK(jobs.source->cue == "told");
    // a role before the name stays its title
    doc chief{"Police Chief John Smith, 45, said 12 people died."};
    const auto& people = chief.find("12 people");
    REQUIRE(people.source);
    CHECK(people.source->source == "John Smith");
    CHECK(people.source->title == "Police Chief");
}

TEST_CASE("apposition: a role or a relative clause names no source of its own", "[grammar][attribution][apposition]") {
    doc role{"John Smith, a spokesman for the agency, said 12 people died."};
    REQUIRE(role.find("12 people").source);
    CHECK(role.find("12 people").source->source == "John Smith");
    doc bare_role{"John Smith, spokesman for the ministry, said 12 people died."};
    REQUIRE(bare_role.find("12 people").source);
    CHECK(bare_role.find("12 people").source->source == "John Smith");
    doc relative{"Smith, who heads the agency, said 12 people died."};
    REQUIRE(relative.find("12 people").source);
    CHECK(relative.find("12 people").source->source == "Smith");
}

TEST_CASE("apposition: the verb's own source is kept, and a list is no apposition", "[grammar][attribution][apposition]") {
    // the source right before the verb reads it: the comma phrase before belongs to the place
    doc capital{"In Kabul, the capital, officials said 12 people died."};
    REQUIRE(capital.find("12 people").source);
    CHECK(capital.find("12 people").source->source == "officials");
    // "many of them elderly" opens no apposition: no source is made up
    doc residents{"Residents, many of them elderly, said 12 people died."};
    CHECK_FALSE(residents.find("12 people").source);
    // a figure between the commas with a noun is no age: "Smith, 45 years a judge, said" reads no
    // cue from the age rule
    const std::string years = "The council, 12 members strong, said it would vote.";
    for (const auto& c : find_cues(years, 0, years.size())) CHECK(years.substr(c.src_begin, c.src_end - c.src_begin) != "The council");
}

TEST_CASE("apposition: a list of people with their ages is no cue", "[grammar][attribution][apposition]") {
    // "claims" is a noun here ("claims adjuster"), and another age follows: a list, not a speaker
    doc list{"Police named the three people killed as office manager Linda Carver, 58, claims adjuster Marisol Ortega, "
             "34, and accountant Brian Feld, 41."};
    for (const auto& c : list.claims)
        if (c.source) CHECK(c.source->source != "Linda Carver");
}

TEST_CASE("apposition: a relative clause with a figure of thousands, and a verb whose source followed it", "[grammar][attribution][apposition]") {
    // the comma of "14,000" opens no apposition: the UAW speaks, not "the U.S."
    const std::string uaw = "The UAW, which represents 14,000 Corvane workers in the U.S., said none of its members were affected.";
    const auto cues = find_cues(uaw, 0, uaw.size());
    REQUIRE(cues.size() == 1);
    CHECK(uaw.substr(cues[0].src_begin, cues[0].src_end - cues[0].src_begin) == "The UAW");
    // "said the public share was ...": the verb's source is the person before the apposition
    const std::string ibarra = "Council member Ruth Ibarra, one of the two no votes, said the public share was a gift.";
    const auto said = find_cues(ibarra, 0, ibarra.size());
    REQUIRE(said.size() == 1);
    CHECK(ibarra.substr(said[0].src_begin, said[0].src_end - said[0].src_begin) == "Ruth Ibarra");
}

TEST_CASE("attribution: a prefecture and a publicist speak", "[grammar][attribution]") {
    doc prefecture{"According to the prefecture, 24 police officers were injured."};
    REQUIRE(prefecture.find("24 police officers").source);
    CHECK(prefecture.find("24 police officers").source->source == "prefecture");
    doc publicist{"She checked into a treatment center for a 30-day stay, her publicist said Tuesday."};
    REQUIRE(publicist.find("30-day").source);
    CHECK(publicist.find("30-day").source->source == "her publicist");
}
