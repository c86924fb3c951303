// Phrases of city desks and wires: "jailed over £1.7 million fraud", "rolled over 31 times", "N
// of them" after a scale word, a coordinate subject, a street, a person's own children, a name with
// "Millions", a time ago, "in custody".
#include <catch2/catch.hpp>

#include "tests/grammar/doc.hpp"

using claimcheck::test::doc;
using claimcheck::grammar::qualifier;

TEST_CASE("wire phrases: over a sum that names a thing, and a particle", "[grammar][extract][wire]") {
    doc fraud{"Former council finance head jailed over £1.7 million fraud."};
    CHECK(fraud.find("£1.7 million").q.qual == qualifier::exact);
    doc rolled{"The car rolled over 31 times."};
    CHECK(rolled.find("31 times").q.qual == qualifier::exact);
    // more than, where no thing is named and no particle stands before it
    doc killed{"Police killed over 100 people."};
    CHECK(killed.find("over 100 people").q.qual == qualifier::more_than);
}

TEST_CASE("wire phrases: parts, coordinate subjects, streets, a person's own", "[grammar][extract][wire]") {
    doc part{"The DEA seized more than 20 million pills nationwide, and its Phoenix division seized 7.6 million of "
             "them, Oz said."};
    CHECK(part.find("7.6 million").partitive == "of them");
    doc hurt{"Five firefighters and four residents were hurt."};
    CHECK(hurt.find("Five firefighters").pred.cls == "injured");
    doc street{"About 200 firefighters responded to the blaze on Walton Avenue."};
    CHECK(street.find("About 200 firefighters").where.kind == "place");
    doc own{"She lived on the fifth floor with her three children."};
    CHECK(own.find("three children").subgroup == "their own");
    doc custody{"Police said 12 people were in custody."};
    CHECK(custody.find("12 people").pred.cls == "captured");
    CHECK(custody.find("12 people").where.text.empty());
}

TEST_CASE("wire phrases: names and times that are no figures", "[grammar][extract][wire]") {
    doc lottery{"The Mega Millions jackpot reached $1.5 billion."};
    for (const auto& c : lottery.claims) CHECK(lottery.words(c).find("Millions") == std::string::npos);
    doc ago{"Two years ago, the council passed a budget of $1.2 billion."};
    for (const auto& c : ago.claims) CHECK(ago.words(c).find("years") == std::string::npos);
    // a vague number that opens a phrase is one: "Millions of people"
    doc millions{"Millions of people watched the final."};
    CHECK_FALSE(millions.claims.empty());
}

TEST_CASE("wire phrases: firefighters who fought a blaze were deployed", "[grammar][extract][wire]") {
    doc battled{"About 80 firefighters battled the blaze for four hours."};
    CHECK(battled.find("About 80 firefighters").pred.cls == "deployed");
    doc fought{"Sixty firefighters fought a stubborn four-alarm blaze."};
    CHECK(fought.find("Sixty firefighters").pred.cls == "deployed");
    doc engines{"More than 180 firefighters and 40 fire engines were deployed."};
    CHECK(engines.find("More than 180 firefighters").pred.cls == "deployed");
    // a part of a count before it takes no verb from it: "nine patients, two of whom had died"
    doc whom{"The hospital was treating nine patients, two of whom had died."};
    CHECK(whom.find("nine patients").pred.cls != "killed");
}

TEST_CASE("wire phrases: a count set against the rest of its set is a part", "[grammar][extract][wire]") {
    doc judges{"Two judges had him up 78-74 and 79-73, while the third scored it 77-75."};
    CHECK(judges.find("Two judges").partitive == "of");
    doc all{"All three judges scored the fight for Reid."};
    CHECK(all.find("three judges").partitive.empty());
}
