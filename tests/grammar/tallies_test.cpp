// A vote's tally is two counts, the votes for and the votes against, cast by the body the sentence
// names: not a range, not a score.
#include <catch2/catch.hpp>

#include "tests/grammar/doc.hpp"

using claimcheck::test::doc;

TEST_CASE("tallies: N-M after a verb of voting is votes for and against", "[grammar][extract][tally]") {
    doc house{"The House voted 233-196 on Thursday to pass the budget."};
    const auto& yes = house.find_number("233");
    const auto& no = house.find_number("196");
    CHECK(yes.value == 233);
    CHECK_FALSE(yes.high != yes.low);  // one figure, not the range 196-233
    CHECK(yes.pred.cls == "voted_for");
    CHECK(no.pred.cls == "voted_against");
    CHECK(yes.counted.lemma == "vote");
    CHECK(no.counted.lemma == "vote");
    CHECK(yes.agent == "house");
    CHECK(no.agent == "house");
    // the verb a few words back, and the object between
    doc senate{"The Senate passed its version 55-43."};
    CHECK(senate.find_number("55").pred.cls == "voted_for");
    CHECK(senate.find_number("43").pred.cls == "voted_against");
    CHECK(senate.find_number("43").agent == "senate");
}

TEST_CASE("tallies: N to M, N votes to M and a vote of N-M", "[grammar][extract][tally]") {
    doc to{"The House voted 244 to 188 to approve the package."};
    CHECK(to.find_number("244").pred.cls == "voted_for");
    CHECK(to.find_number("188").pred.cls == "voted_against");
    doc votes{"The bill cleared the House by 246 votes to 183."};
    CHECK(votes.find("246 votes").pred.cls == "voted_for");
    CHECK(votes.find_number("183").pred.cls == "voted_against");
    CHECK(votes.find_number("183").agent == "house");
    doc of{"The Senate approved the measure by a vote of 60-38."};
    CHECK(of.find_number("60").pred.cls == "voted_for");
    CHECK(of.find_number("38").counted.lemma == "vote");
    // the noun after the tally says it is one, and is not the first count's ("a 233-196 vote")
    doc noun{"The bill passed on a 233-196 vote."};
    CHECK(noun.find_number("233").pred.cls == "voted_for");
    CHECK(noun.words(noun.find_number("233")) == "233");
    CHECK(noun.find_number("196").pred.cls == "voted_against");
}

TEST_CASE("tallies: the body is the longest name, before the tally or after it", "[grammar][extract][tally]") {
    doc court{"The Supreme Court ruled 5-4 on Monday that the law stands."};
    CHECK(court.find_number("5").agent == "supreme court");
    CHECK(court.find_number("4").pred.cls == "voted_against");
    doc after{"Lawmakers in the lower chamber approved it 120-80, and the Senate will vote next week."};
    CHECK(after.find_number("120").agent == "lawmakers");
    // "house" in lower case is a building, not the House
    doc building{"The owners of the house approved the sale 3-1."};
    CHECK(building.find_number("3").agent != "house");
}

TEST_CASE("tallies: a score or a record is no tally", "[grammar][extract][tally]") {
    doc score{"Arsenal beat Chelsea 3-1 at the Emirates on Sunday."};
    for (const auto& c : score.claims) CHECK(c.pred.cls != "voted_for");
    doc record{"Oakland (2-12) lost again."};
    for (const auto& c : record.claims) CHECK(c.pred.cls != "voted_for");
    // a vote's share in percent is no count of votes
    doc share{"Voters approved the measure 55%-45%."};
    for (const auto& c : share.claims) CHECK(c.counted.lemma != "vote");
}

TEST_CASE("tallies: what was voted on, and which count is for", "[grammar][extract][tally]") {
    // the motion before the tally, or in a purpose clause after it, with its ordinal
    doc deal{"MPs have rejected Theresa May's Brexit deal by 432 votes to 202, the largest defeat in history."};
    CHECK(deal.find("432 votes").attribute == "deal");
    doc confidence{"The government has survived a vote of no confidence by 325 votes to 306."};
    CHECK(confidence.find("325 votes").attribute == "confidence");
    doc articles{"The House voted 230-197 to approve the first charge of abuse of power and 229-197 to approve the "
                 "second charge of obstruction of Congress."};
    CHECK(articles.find_number("230").attribute == "article first");
    // the next tally of the sentence is read though no verb stands before it
    CHECK(articles.find_number("229").attribute == "article second");
    CHECK(articles.find_number("229").pred.cls == "voted_for");
    CHECK(articles.find_number("229").agent == "house");  // not Congress: "obstruction of Congress"
    doc day{"The House voted 244 to 188 on Friday to pass the stimulus bill."};
    CHECK(day.find_number("244").attribute == "bill");
    // a rejection's first count is the votes against
    CHECK(deal.find("432 votes").pred.cls == "voted_against");
    CHECK(deal.find_number("202").pred.cls == "voted_for");
    doc against{"British lawmakers crushed the deal on Tuesday, voting 432-202 against it."};
    CHECK(against.find_number("432").pred.cls == "voted_against");
    CHECK(against.find_number("202").pred.cls == "voted_for");
}
