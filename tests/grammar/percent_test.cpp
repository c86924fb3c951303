// What a percentage measures: the noun it is of or said of (percent_attributes.tsv), whether it is
// a change or a level, and whose.
#include <catch2/catch.hpp>

#include "tests/grammar/doc.hpp"

using claimcheck::test::doc;

TEST_CASE("percent: the subject of the verb before it", "[grammar][extract][percent]") {
    doc rate{"The unemployment rate rose to 4.6% in the June quarter."};
    CHECK(rate.find("4.6%").attribute == "unemployment");
    CHECK(rate.find("4.6%").pred.cls.empty());  // a level reached, not a change
    doc turnout{"Turnout was 62 percent, the lowest since 1990."};
    CHECK(turnout.find("62 percent").attribute == "turnout");
    doc support{"Support for the government stood at 35 percent."};
    CHECK(support.find("35 percent").attribute == "support");
    // a change, and whose
    doc profit{"Nordvik operating profit fell 36% in the quarter."};
    CHECK(profit.find("36%").attribute == "operating profit");
    CHECK(profit.find("36%").pred.cls == "fell");
    CHECK(profit.find("36%").agent == "nordvik");
    // a move of shares changes by the hour: it measures nothing compared
    doc shares{"Calder shares fell 4.1% on Monday."};
    CHECK(shares.find("4.1%").attribute.empty());
    // the sentence's first word is capitalised as any
    doc annual{"Annual inflation slowed to 2.7 per cent."};
    CHECK(annual.find("2.7 per cent").attribute == "inflation");
    CHECK(annual.find("2.7 per cent").agent.empty());
}

TEST_CASE("percent: of a noun, a noun of it, a change of a noun", "[grammar][extract][percent]") {
    doc vote{"The Social Democrats won 24.5% of the vote."};
    CHECK(vote.find("24.5%").attribute == "vote");
    doc of{"Some 3.8 million people voted, a turnout of about 62%."};
    CHECK(of.find("about 62%").attribute == "turnout");
    doc drop{"It reported a 38% drop in first-quarter operating profit."};
    CHECK(drop.find("38%").attribute == "operating profit");
    CHECK(drop.find("38%").pred.cls == "fell");
    doc rise{"The union rejected a 3.2% pay rise."};
    CHECK(rise.find("3.2%").attribute == "pay");
}

TEST_CASE("percent: a value a change starts from, one to come, and one of no noun known", "[grammar][extract][percent]") {
    doc from{"Turnout was 61.3%, up from 60.3% four years ago."};
    CHECK(from.find("61.3%").attribute == "turnout");
    CHECK(from.find("60.3%").attribute.empty());
    doc forecast{"Unemployment is expected to rise to 5% next year."};
    CHECK(forecast.find("5%").attribute.empty());
    doc mortgages{"About 60 percent of mortgages are fixed for a year or less."};
    CHECK(mortgages.find("About 60 percent").attribute.empty());
}

TEST_CASE("percent: the unit of a figure after it is no scope", "[grammar][extract][percent]") {
    doc fell{"Unemployment fell to 4.1 per cent from 4.3 per cent."};
    CHECK(fell.find("4.1 per cent").attribute == "unemployment");
    CHECK(fell.find("4.1 per cent").where.text.empty());  // not "per cent", a distribution
    CHECK(fell.find("4.3 per cent").attribute.empty());   // the value it fell from
}

TEST_CASE("percent: a modifier makes another measure; earlier periods and forecasts", "[grammar][extract][percent]") {
    doc services{"Core inflation dipped to 3.4%, while services inflation fell to 4.5%."};
    CHECK(services.find("3.4%").attribute == "core inflation");
    CHECK(services.find("4.5%").attribute == "services inflation");
    doc youth{"Youth unemployment rose to 14.2%."};
    CHECK(youth.find("14.2%").attribute == "youth unemployment");
    CHECK(youth.find("14.2%").agent.empty());
    // the month a change started from is recalled; the figure before it is not
    doc wages{"Wages increased 4.3% in the 12 months through August after rising 4.4% in July."};
    CHECK(wages.find("4.3%").attribute == "pay");
    CHECK_FALSE(wages.find("4.3%").background);
    CHECK(wages.find("4.3%").where.text.empty());  // the year-on-year frame is no scope
    CHECK(wages.find("4.4%").background);
    doc forecast{"Capital expenditure rose 1.3%, exceeding forecasts for a 0.4% increase."};
    CHECK(forecast.find("0.4%").background);
    doc from{"Turnout was 61.3%, up from 60.3% four years ago."};
    CHECK(from.find("60.3%").background);
}

TEST_CASE("percent: a party on a share in a poll, and both parties' seats", "[grammar][extract][percent]") {
    doc poll{"The poll put Labour on 21 per cent, with the Liberal Democrats on 16 per cent."};
    CHECK(poll.find("16 per cent").attribute == "poll share");
    CHECK(poll.find("16 per cent").agent == "liberal democrats");
    CHECK(poll.find("21 per cent").agent == "labour");
    doc both{"The Socialists had 23.4% and Chega 22.6%, with both parties securing 58 seats."};
    CHECK(both.find("58 seats").per_side);
}

TEST_CASE("percent: the period a rate is taken over", "[grammar][extract][percent]") {
    doc prices{"Inflation rose 0.4% on the month and 3.2% from a year earlier."};
    CHECK(prices.find("0.4%").attribute == "inflation (month)");
    // the gapped second rate measures what the first does, over its own period (a year: the
    // period a rate is told in unless another is said)
    CHECK(prices.find("3.2%").attribute == "inflation");
    CHECK_FALSE(prices.find("3.2%").background);  // "a year earlier" is the period, not another event
    doc wages{"Average hourly earnings rose 0.2% in August and 4.4% over the past year."};
    CHECK(wages.find("0.2%").attribute == "pay");
    CHECK(wages.find("4.4%").attribute == "pay");
    doc annualised{"The economy grew at an annualised rate of 1.2% in the second quarter."};
    CHECK(annualised.find("1.2%").attribute == "growth (annualised)");
}

TEST_CASE("percent: a subject past a phrase between commas; how a rate grew", "[grammar][extract][percent]") {
    doc core{"Core inflation, which strips out volatile food and energy costs, fell to 3.3%."};
    CHECK(core.find("3.3%").attribute == "core inflation");
    doc services{"Services inflation, closely watched by the Bank of England, eased to 4.5% from 4.7%."};
    CHECK(services.find("4.5%").attribute == "services inflation");
    doc gdp{"GDP grew an annualized real 1.2 percent in the April-June quarter."};
    CHECK(gdp.find("1.2 percent").attribute == "growth (annualised)");
    CHECK(gdp.find("1.2 percent").where.key.empty());  // a span of months is a time, no place
    doc expanded{"The economy expanded an annualised 1.0% in the second quarter."};
    CHECK(expanded.find("1.0%").attribute == "growth (annualised)");
    // a party up or down on a share in a poll; not the share of a vote it got
    doc moved{"The Liberal Democrats are up one point on 15 per cent."};
    CHECK(moved.find("15 per cent").attribute == "poll share");
    CHECK(moved.find("15 per cent").agent == "liberal democrats");
    doc got{"The Conservatives got 23.7 per cent, their worst result in history."};
    CHECK(got.find("23.7 per cent").attribute == "vote");
}

TEST_CASE("percent: a month is a rate's period, a peak is another time", "[grammar][extract][percent]") {
    doc april{"Annual inflation slowed to 2.7 per cent in April."};
    CHECK_FALSE(april.find("2.7 per cent").background);
    doc august{"Average hourly earnings rose 0.2% in August."};
    CHECK_FALSE(august.find("0.2%").background);
    // an event a month names is still another event's
    doc march{"In March, 40 people were killed in a similar attack."};
    CHECK(march.find("40 people").background);
    doc peak{"Inflation peaked at 11.1% in October."};
    CHECK(peak.find("11.1%").background);
    doc down{"Inflation was 3.2% in August, down from a peak of 8.1 per cent."};
    CHECK_FALSE(down.find("3.2%").background);
    CHECK(down.find("8.1 per cent").background);
}
