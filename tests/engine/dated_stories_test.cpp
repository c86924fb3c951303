// Reports of one event are published within days; a report a year older of a like event that
// shares one figure with one of them is kept apart (two figures would tie it), and a pair far
// apart that is tied links at half strength: the reports of the one event join first. Three reports of one
// typhoon and one of a typhoon the year before that left as many households without power.
#include <catch2/catch.hpp>

#include <algorithm>

#include "engine/stories.hpp"
#include "tests/engine/support.hpp"

using namespace claimcheck::engine;

namespace {
const char* const ap =
    "Typhoon Marwin slams northern Philippines, killing at least 14\n"
    "November 10, 2026\n"
    "MANILA, Philippines (AP) - Typhoon Marwin slammed into the northeastern Philippines on Tuesday with sustained winds of 185 kilometers (115 miles) per hour and gusts of up to 230 kph (143 mph), killing at least 14 people and forcing more than 300,000 to flee their homes, officials said.\n"
    "Most of the deaths were caused by landslides and falling trees in Isabela and Cagayan provinces, the Office of Civil Defense said. Six people were still missing.\n"
    "About 1.2 million households lost power across northern Luzon, the National Grid Corp. said.\n";
const char* const reuters =
    "Typhoon Marwin kills 17 in Philippines, forces 350,000 from homes\n"
    "MANILA, Nov 10 (Reuters) - Typhoon Marwin tore across the northern Philippines on Tuesday, killing 17 people and driving more than 350,000 from their homes, the national disaster agency said, as power was cut to 1.4 million households.\n"
    "The typhoon made landfall in Cagayan province at 5 a.m. with maximum sustained winds of 185 km/h (115 mph), the weather bureau PAGASA said.\n"
    "Of the 17 dead, 11 were killed in landslides in the mountain town of Dinapigue, provincial officials said.\n";
const char* const bbc =
    "Typhoon Marwin: Death toll rises to 23 as Philippines counts the cost\n"
    "11 November 2026\n"
    "The number of people killed by Typhoon Marwin in the northern Philippines has risen to 23, the country's disaster agency says.\n"
    "Nine people are still missing and around 120,000 remain in evacuation centres, the National Disaster Risk Reduction and Management Council (NDRRMC) said on Wednesday.\n"
    "The storm, which has weakened to a severe tropical storm with winds of 110km/h (68mph), is now moving across the South China Sea towards Vietnam.\n";
const char* const daloy =
    "Typhoon Daloy batters central Vietnam, leaving 1.2 million without power\n"
    "September 24, 2025\n"
    "HANOI, Vietnam (AP) - Typhoon Daloy barreled into central Vietnam on Wednesday with winds of up to 150 kph (93 mph), killing at least eight people and leaving about 1.2 million households without power, state media reported.\n"
    "More than 250,000 people were evacuated from coastal areas of Ha Tinh and Nghe An provinces, the national disaster agency said.\n"
    "The storm had earlier swept across the northern Philippines, where it killed three people.\n";

std::size_t story_of(const report& r, std::size_t doc) {
    for (std::size_t s = 0; s < r.stories.size(); ++s)
        if (std::count(r.stories[s].documents.begin(), r.stories[s].documents.end(), doc)) return s;
    FAIL("document " << doc << " is in no story");
    return 0;
}
}  // namespace

TEST_CASE("dated stories: a year-old report sharing one figure does not pull a report from its own story", "[engine][stories][dateline]") {
    report r = claimcheck::test::cross_checked({{"ap.txt", ap}, {"reuters.txt", reuters}, {"bbc.txt", bbc}, {"daloy.txt", daloy}});
    REQUIRE(r.documents[0].doc.published == "2026-11-10");
    REQUIRE(r.documents[3].doc.published == "2025-09-24");
    CHECK(story_of(r, 0) == story_of(r, 1));
    CHECK(story_of(r, 0) == story_of(r, 2));
    CHECK(story_of(r, 3) != story_of(r, 0));
}

TEST_CASE("dated stories: a pair published far apart links at half the strength of the same pair on one day", "[engine][stories][dateline]") {
    auto analysed = [](const char* name, const char* text, const char* published) {
        document d;
        REQUIRE_FALSE(load_document(name, text, d));
        d.published = published;
        return analyse(std::move(d));
    };
    std::vector<document_result> same_week, year_apart;
    same_week.push_back(analysed("ap.txt", ap, "2026-11-10"));
    same_week.push_back(analysed("daloy.txt", daloy, "2026-11-12"));
    year_apart.push_back(analysed("ap.txt", ap, "2026-11-10"));
    year_apart.push_back(analysed("daloy.txt", daloy, "2025-09-24"));
    const story_space near(same_week), far(year_apart);
    REQUIRE(near.score(0, 1) > 0.1);
    CHECK(far.score(0, 1) == Approx(near.score(0, 1) / 2));
    // two days apart, the figure they share (1.2 million households) ties them against the
    // weekdays they name; a year apart, one figure is what like events share by chance
    // (the two headlines name two typhoons, Marwin and Daloy, which alone keeps them apart: the
    // figures are weighed here as if they did not)
    story_link l = near.link(0, 1);
    CHECK(l.other_events);
    CHECK(near.keeps_apart(0, 1));
    l.other_events = false;
    CHECK_FALSE(l.keeps_apart());
    story_link f = far.link(0, 1);
    f.other_events = false;
    CHECK(f.keeps_apart());
}

TEST_CASE("dated stories: reports far apart are tied by two figures, one of them strong", "[engine][stories][dateline]") {
    // (different days, shared figures, shared counts, published more than a month apart, of the
    // shared figures those of three significant figures or more)
    CHECK(ties(true, 1, 0, false, 0));  // within the month: a figure
    CHECK_FALSE(ties(true, 1, 1, true, 1));
    CHECK(ties(true, 2, 0, true, 1));
    CHECK(ties(true, 1, 2, true, 1));
    CHECK_FALSE(ties(true, 2, 0, true, 0));  // "$2.5 million" and "about four hours": round, by chance
    CHECK_FALSE(ties(true, 0, 2, true, 0));
}

TEST_CASE("dated stories: a strong value has three significant figures or more", "[engine][stories]") {
    CHECK(strong_value(334e6));
    CHECK(strong_value(13.3));
    CHECK(strong_value(1217));
    CHECK(strong_value(999));
    CHECK_FALSE(strong_value(2.5e6));
    CHECK_FALSE(strong_value(10000));
    CHECK_FALSE(strong_value(4));
    CHECK_FALSE(strong_value(1.2e6));
}

TEST_CASE("dated stories: reports weeks apart are tied by a strong figure, or by two where no measure differs", "[engine][stories][dateline]") {
    // (different days, shared figures, shared counts, far apart, strong, more than a week apart,
    // distinctive measures with no value in common)
    CHECK(ties(true, 1, 0, false, 0, false, 0));     // within the week: a figure
    CHECK_FALSE(ties(true, 1, 0, false, 0, true, 0));  // weeks apart: "14 wounded" is shared by chance
    CHECK(ties(true, 2, 0, false, 0, true, 0));
    CHECK(ties(true, 1, 0, false, 1, true, 0));  // a strong figure ties
    // three small figures in common do not tie an attack of 103 drones to one of 145
    CHECK_FALSE(ties(true, 3, 0, false, 0, true, 1));
    CHECK(ties(true, 1, 0, false, 1, true, 1));
}

TEST_CASE("dated stories: an overnight attack three weeks later is another story", "[engine][stories][dateline]") {
    const std::string may =
        "Russia launches 145 drones at Ukraine\n"
        "May 14, 2025\n"
        "KYIV (Reuters) - Russia launched 145 drones and four ballistic missiles at Ukraine overnight, the air force "
        "said on Wednesday. In Kharkiv, two people were killed and 14 wounded, Governor Oleh Syniehubov said. Three "
        "children were among the wounded.\n";
    const std::string ap =
        "Russian drones hit Kharkiv\n"
        "May 14, 2025\n"
        "KYIV (AP) - Russia attacked Ukraine with 145 drones and four ballistic missiles overnight, the air force "
        "said. Two people were killed in Kharkiv, Governor Oleh Syniehubov said.\n";
    const std::string april =
        "Russia launches 103 drones at Ukraine\n"
        "April 26, 2025\n"
        "KYIV (Reuters) - Russia launched 103 drones and four ballistic missiles at Ukraine overnight, the air force "
        "said on Saturday. In Dnipro, two people were killed and 14 wounded, Governor Serhiy Lysak said. Three "
        "children were among the wounded.\n";
    report r = claimcheck::test::cross_checked({{"may.txt", may}, {"ap.txt", ap}, {"april.txt", april}});
    CHECK(r.stories.size() == 2);
    CHECK(story_of(r, 0) == story_of(r, 1));
    CHECK(story_of(r, 0) != story_of(r, 2));
}

TEST_CASE("dated stories: of different days where a distinctive measure differs, one small figure in common is chance", "[engine][stories]") {
    // (different days, shared figures, shared counts, far apart, strong, a week apart, conflicts)
    CHECK_FALSE(ties(true, 1, 0, false, 0, false, 1));  // "44 Ukrainian drones" both nights, 145 vs 87 launched
    CHECK(ties(true, 2, 0, false, 0, false, 1));
    CHECK(ties(true, 1, 0, false, 1, false, 1));
    CHECK(ties(true, 1, 0, false, 0, false, 0));  // no measure differs: a figure still ties
}
