#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "engine/document.hpp"
#include "engine/numbers.hpp"
#include "engine/pipeline.hpp"
#include "engine/report/render.hpp"

using namespace claimcheck::engine;
using json = nlohmann::json;

namespace {

const std::string seed_path = std::string(CLAIMCHECK_SOURCE_DIR) + "/corpus/seeds/001_f80970e591c8199c.txt";

std::string read_bytes(const std::string& p) {
    std::ifstream in(p, std::ios::binary);
    REQUIRE(in);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

/// The seed article 001 (cnn.com), analysed.
report seed_report() {
    document d;
    auto why = load_document(seed_path, read_bytes(seed_path), d);
    REQUIRE_FALSE(why);
    d.id = "d1";
    report rep;
    rep.documents.push_back(analyse(std::move(d)));
    return rep;
}

/// The claim whose text starts with `prefix`.
json claim_starting(const json& report, const std::string& prefix) {
    for (const auto& c : report.at("claims"))
        if (c.at("text").get<std::string>().rfind(prefix, 0) == 0) return c;
    FAIL("no claim starting with " << prefix);
    return {};
}

}  // namespace

TEST_CASE("report: a claim's offsets point at its bytes in the file", "[engine][report]") {
    const std::string bytes = read_bytes(seed_path);
    const json j = json::parse(render_json(seed_report()));
    const json c = claim_starting(j, "145 drones");

    // "145 drones" starts at byte 2302 of the file (counted with grep -bo); the article has
    // typographic quotes and apostrophes before it, so the folded offset is smaller
    CHECK(c.at("start").get<std::size_t>() == 2302);
    CHECK(c.at("end").get<std::size_t>() == 2312);
    CHECK(bytes.substr(2302, 10) == "145 drones");
    CHECK(c.at("text") == "145 drones");
    CHECK(c.at("value") == 145);
    CHECK(c.at("qualifier") == "exact");
    CHECK(c.at("doc") == "d1");

    const json& a = c.at("attribution");
    REQUIRE(a.is_object());
    CHECK(a.at("source").get<std::string>().find("Air Force") != std::string::npos);
}

TEST_CASE("report: offsets after a multi-byte character point at the original bytes", "[engine][report]") {
    const std::string bytes = read_bytes(seed_path);
    const json j = json::parse(render_json(seed_report()));

    // "Ukraine’s Air Force" starts at byte 2366 and its apostrophe is three bytes: 21 bytes in all
    const json drones = claim_starting(j, "145 drones");
    const json& a = drones.at("attribution");
    REQUIRE(a.is_object());
    CHECK(a.at("start").get<std::size_t>() == 2366);
    CHECK(a.at("end").get<std::size_t>() == 2387);
    CHECK(bytes.substr(2366, 21) == "Ukraine\xE2\x80\x99s Air Force");

    // later figures, after many three-byte quotes and apostrophes (grep -bo offsets)
    struct expected {
        const char* text;
        std::size_t start;
    };
    for (const expected& e : {expected{"72 drones", 2503}, expected{"57 drones", 3408},
                              expected{"175 servicemen", 5678}, expected{"22 seriously wounded prisoners of war", 5784}}) {
        INFO(e.text);
        const json c = claim_starting(j, e.text);
        const std::size_t len = std::string(e.text).size();
        CHECK(c.at("start").get<std::size_t>() == e.start);
        CHECK(c.at("end").get<std::size_t>() == e.start + len);
        CHECK(bytes.substr(e.start, len) == e.text);
    }

    // "“Also, as a goodwill gesture, 22 ..." : the sentence starts at its three-byte opening quote
    const json pows = claim_starting(j, "22 seriously");
    const std::size_t s = pows.at("sentence").at("start").get<std::size_t>();
    CHECK(s == 5752);
    CHECK(bytes.substr(s, 8) == "\xE2\x80\x9C" "Also,");
}

TEST_CASE("report: every claim's text is the bytes between its offsets", "[engine][report]") {
    const std::string bytes = read_bytes(seed_path);
    const json j = json::parse(render_json(seed_report()));
    REQUIRE_FALSE(j.at("claims").empty());
    for (const auto& c : j.at("claims")) {
        const auto b = c.at("start").get<std::size_t>(), e = c.at("end").get<std::size_t>();
        INFO(c.at("text").get<std::string>());
        REQUIRE(b < e);
        REQUIRE(e <= bytes.size());
        CHECK(bytes.substr(b, e - b) == c.at("text").get<std::string>());
        // never inside a multi-byte character
        CHECK((static_cast<unsigned char>(bytes[b]) & 0xC0) != 0x80);
        if (e < bytes.size()) CHECK((static_cast<unsigned char>(bytes[e]) & 0xC0) != 0x80);
        const json& sentence = c.at("sentence");
        CHECK(sentence.at("start").get<std::size_t>() <= b);
        CHECK(sentence.at("end").get<std::size_t>() >= e);
    }
}

TEST_CASE("report: the document and the summary", "[engine][report]") {
    const report rep = seed_report();
    const json j = json::parse(render_json(rep));
    REQUIRE(j.at("documents").size() == 1);
    const json& d = j.at("documents")[0];
    CHECK(d.at("id") == "d1");
    CHECK(d.at("outlet") == "cnn.com");
    CHECK(d.at("bytes") == 6232);  // the file's size
    CHECK(d.at("claims") == j.at("claims").size());
    CHECK(j.at("skipped").empty());
    CHECK(j.at("summary").at("documents") == 1);
    CHECK(j.at("summary").at("claims") == j.at("claims").size());
    CHECK(j.at("claims")[0].at("id") == "c1");
}

TEST_CASE("report: skipped inputs are listed with their reasons", "[engine][report]") {
    report rep;
    rep.skipped.push_back({"drop/photo.txt", "binary file (contains NUL bytes)"});
    const json j = json::parse(render_json(rep));
    REQUIRE(j.at("skipped").size() == 1);
    CHECK(j.at("skipped")[0].at("path") == "drop/photo.txt");
    CHECK(j.at("skipped")[0].at("reason") == "binary file (contains NUL bytes)");
    CHECK(j.at("summary").at("inputs") == 1);
    CHECK(j.at("summary").at("skipped") == 1);
    CHECK(j.at("claims").empty());
}

TEST_CASE("report: jsonl has one JSON object per line", "[engine][report]") {
    const report rep = seed_report();
    const std::string lines = render_jsonl(rep);
    const json whole = json::parse(render_json(rep));
    REQUIRE_FALSE(lines.empty());
    CHECK(lines.back() == '\n');

    std::istringstream in(lines);
    std::string line;
    std::size_t n = 0;
    while (std::getline(in, line)) {
        INFO("line " << n + 1);
        const json c = json::parse(line);
        REQUIRE(c.is_object());
        CHECK(c.at("path") == seed_path);
        CHECK(c.at("id") == whole.at("claims")[n].at("id"));
        CHECK(c.at("start") == whole.at("claims")[n].at("start"));
        ++n;
    }
    CHECK(n == whole.at("claims").size());
}

TEST_CASE("report: locate gives 1-based lines and columns in code points", "[engine][report]") {
    const std::string bytes = "World News\n\nUkraine\xE2\x80\x99s army";
    CHECK(locate(bytes, 0).line == 1);
    CHECK(locate(bytes, 0).column == 1);
    const line_col lc = locate(bytes, bytes.find("army"));
    CHECK(lc.line == 3);
    CHECK(lc.column == 11);  // "Ukraine’s " is ten code points
}

TEST_CASE("report: figures are written with their digits grouped, fractions as given", "[engine][report]") {
    using claimcheck::engine::readable_number;
    CHECK(readable_number(150e9) == "150,000,000,000");
    CHECK(readable_number(-1200) == "-1,200");
    CHECK(readable_number(4.6) == "4.6");
    CHECK(readable_number(0.25) == "0.25");
    // "$33.2 billion" and "$35.08 billion" are not whole numbers as doubles
    CHECK(readable_number(33.2 * 1e9) == "33,200,000,000");
    CHECK(readable_number(35.08 * 1e9) == "35,080,000,000");
    CHECK(readable_number(2.5 * 1e6) == "2,500,000");
}
