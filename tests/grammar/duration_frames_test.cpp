// What a span of time is of, told by the words around it (duration_frames.tsv), and a speed a
// vehicle went at: without them a duration or a speed says nothing of what it measures, and two
// reports' differing values are never compared.
#include <catch2/catch.hpp>

#include "tests/grammar/doc.hpp"

using claimcheck::test::doc;

TEST_CASE("duration frames: the phrase before 'for N'", "[grammar][measure][duration]") {
    CHECK(doc{"Police captured Vincenzo Ferrara, who had been on the run for 14 years."}.find("14 years").attribute == "at large");
    CHECK(doc{"The escape went unnoticed for nearly three hours."}.find("nearly three hours").attribute == "undetected");
    CHECK(doc{"The escape was not discovered for about two hours."}.find("about two hours").attribute == "undetected");
    CHECK(doc{"Crews battled the fire at Trinity Lutheran Church in Mansfield for six hours."}.find("six hours").attribute ==
          "firefighting");
    CHECK(doc{"The jury deliberated for roughly nine hours before returning the verdicts."}.find("roughly nine hours").attribute ==
          "deliberation");
    // not across a comma, nor without "for"
    CHECK(doc{"He was on the run, and the search lasted for 14 days."}.find("14 days").attribute != "at large");
    CHECK(doc{"Crews battled the fire and left six hours later."}.find("six hours").attribute != "firefighting");
}

TEST_CASE("duration frames: the phrase right after the figure", "[grammar][measure][duration]") {
    CHECK(doc{"Police arrested a boss who had spent 16 years on the run."}.find("16 years").attribute == "at large");
    CHECK(doc{"Provenzano was arrested in 2006 after 43 years in hiding."}.find("43 years").attribute == "at large");
    CHECK(doc{"The blaze took about four hours to bring under control."}.find("about four hours").attribute == "firefighting");
}

TEST_CASE("speeds: the speed a vehicle went at", "[grammar][measure][speed]") {
    CHECK(doc{"The bus was traveling at least 78 mph on Interstate 95."}.find("at least 78 mph").attribute == "speed");
    doc going{"The bus was going 87 miles per hour in a 50 mph zone."};
    CHECK(going.find("87 miles per hour").attribute == "speed");
    // a limit is no speed anything went at
    CHECK(going.find("50 mph").attribute != "speed");
}

TEST_CASE("duration frames: what lasted", "[grammar][measure][duration]") {
    CHECK(doc{"The meeting lasted about six hours."}.find("about six hours").attribute == "meeting");
    CHECK(doc{"The talks, which lasted more than eight hours, ended without a deal."}.find("more than eight hours").attribute ==
          "talk");
    // (the seeds: the Trump-Putin call)
    CHECK(doc{"The call, which lasted over two hours on Tuesday evening, ended."}.find("over two hours").attribute == "call");
    // a capacity is not an event's length
    CHECK(doc{"Apple says its battery lasts up to 10 hours."}.find("up to 10 hours").attribute != "battery");
}

TEST_CASE("scope words: a record since a year is no year of the figure", "[grammar][scope]") {
    CHECK(doc{"Turnout was 82.5 percent, the highest since German reunification in 1990."}.find("82.5 percent").where.key.empty());
}
