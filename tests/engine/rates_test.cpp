// Rates recur from event to event: two central banks' cuts to 4.75% share no figure of a story;
// and two reports of one day are not kept apart by other days they name.
#include <catch2/catch.hpp>

#include "tests/engine/support.hpp"

using namespace claimcheck::engine;

namespace {
document_result analysed(const char* name, const std::string& text, const char* published) {
    document d;
    REQUIRE_FALSE(load_document(name, text, d));
    d.published = published;
    return analyse(std::move(d));
}
}  // namespace

TEST_CASE("stories: a percentage is no figure of a story", "[engine][stories][rates]") {
    const std::string canada =
        "OTTAWA (CP) - The Bank of Canada cut its key interest rate by 25 basis points on Wednesday to 4.75 per "
        "cent. Governor Tiff Macklem said inflation was moving toward the bank's two per cent target. The "
        "Canadian dollar fell 0.4 per cent.\n";
    const std::string zealand =
        "WELLINGTON - The Reserve Bank of New Zealand cut the Official Cash Rate by half a percentage point to "
        "4.75 percent on Wednesday. The committee said inflation was converging on the 2 percent target "
        "midpoint. The New Zealand dollar fell 0.4 percent.\n";
    std::vector<document_result> docs;
    docs.push_back(analysed("canada.txt", canada, "2024-06-05"));
    docs.push_back(analysed("zealand.txt", zealand, "2024-10-09"));
    for (const auto& d : docs)
        for (const auto& fig : features_of(d).figures) CHECK(fig.first != Approx(4.75));
    const story_space space(docs);
    CHECK(space.link(0, 1).shared_figures == 0);
    CHECK(space.keeps_apart(0, 1));
}

TEST_CASE("stories: reports of one day are not kept apart by a day to come", "[engine][stories][rates]") {
    const std::string wire =
        "WELLINGTON, Oct 9 (Reuters) - New Zealand's central bank cut its official cash rate by 50 basis points "
        "to 4.75% on Wednesday, as inflation returns to its target band.\n";
    const std::string local =
        "The Reserve Bank has cut the Official Cash Rate to 4.75 percent, bringing relief for mortgage holders. "
        "ASB said it would lower its floating rate by 0.5 percentage points from Friday.\n";
    std::vector<document_result> docs;
    docs.push_back(analysed("wire.txt", wire, "2024-10-09"));
    docs.push_back(analysed("local.txt", local, "2024-10-09"));
    const story_space space(docs);
    CHECK_FALSE(space.link(0, 1).different_days);
    CHECK_FALSE(space.keeps_apart(0, 1));
    // a day later, the days they name tell them apart as before
    std::vector<document_result> next;
    next.push_back(analysed("wire.txt", wire, "2024-10-09"));
    next.push_back(analysed("local.txt", local, "2024-10-10"));
    CHECK(story_space(next).link(0, 1).different_days);
}

TEST_CASE("stories: figures of a sentence that names another day tie no report", "[engine][stories][rates]") {
    const std::string text =
        "HONG KONG (Reuters) - Tens of thousands marched again on Monday. Organisers said almost 2 million people "
        "marched on June 16, although police put the crowd at 338,000.\n";
    auto has = [](const story_features& f, double v) {
        for (const auto& fig : f.figures)
            if (fig.first == v) return true;
        return false;
    };
    // two weeks on, the march of June 16 is recalled
    CHECK_FALSE(has(features_of(analysed("july.txt", text, "2019-07-01")), 338000));
    // the next morning, it is the report's own
    CHECK(has(features_of(analysed("june.txt", text, "2019-06-17")), 338000));
}

TEST_CASE("stories: a date line's month and time zone are no names", "[engine][stories][rates]") {
    const std::string text =
        "Canada adds 40,000 jobs in August\nFri Sep 8, 2023 9:05am EDT\n\nOTTAWA (Reuters) - Canada's economy added "
        "40,000 jobs in August, Statistics Canada said on Friday.\n";
    std::vector<document_result> docs;
    docs.push_back(analysed("canada.txt", text, "2023-09-08"));
    const story_space space(docs);
    for (const auto& [name, weight] : space.names(0)) {
        CHECK(name != "sep");
        CHECK(name != "edt");
    }
}
