// render_json writes the report directly; render_json_reference builds it through nlohmann-json.
// They must give the same bytes on every report.
#include <catch2/catch.hpp>

#include <limits>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "engine/document.hpp"
#include "engine/pipeline.hpp"
#include "engine/report/render.hpp"

using namespace claimcheck::engine;

namespace {

const std::string source_dir = CLAIMCHECK_SOURCE_DIR;

report run_on(const std::vector<std::string>& paths, bool cross) {
    std::istringstream no_stdin;
    input_set set = read_inputs(paths, no_stdin);
    run_options ro;
    ro.cross_check = cross;
    ro.jobs = 2;
    return run(std::move(set), ro);
}

void same(const report& rep) {
    const std::string want = render_json_reference(rep);
    const std::string got = render_json(rep);
    if (got != want) {
        std::size_t i = 0;
        while (i < got.size() && i < want.size() && got[i] == want[i]) ++i;
        INFO("first difference at byte " << i << ": got ..." << got.substr(i < 80 ? 0 : i - 80, 160) << "... want ..."
                                         << want.substr(i < 80 ? 0 : i - 80, 160) << "...");
        CHECK(got == want);
    }
    CHECK(got == want);
    // handed to a sink: the same bytes
    std::string streamed;
    output_sink out([&](std::string_view b) {
        streamed.append(b);
        return true;
    });
    render_json(rep, out);
    REQUIRE(out.flush());
    CHECK(streamed == want);
}

}  // namespace

TEST_CASE("json: the direct writer gives nlohmann's bytes on the seeds", "[engine][json]") {
    const std::vector<std::string> paths{source_dir + "/corpus/seeds"};
    SECTION("checked") { same(run_on(paths, true)); }
    SECTION("extracted") { same(run_on(paths, false)); }
}

TEST_CASE("json: the direct writer with skipped inputs", "[engine][json]") {
    const std::vector<std::string> paths{source_dir + "/corpus/seeds/001_f80970e591c8199c.txt", source_dir + "/no such file.txt",
                                         source_dir + "/README.md"};
    report rep = run_on(paths, true);
    REQUIRE_FALSE(rep.skipped.empty());
    same(rep);
    rep.skipped.push_back({"a \"b\"\\c\t\x01.txt", "why \xE2\x80\x94 \x1f"});
    same(rep);
}

TEST_CASE("json: the direct writer on empty reports", "[engine][json]") {
    report rep;
    same(rep);
    rep.cross_checked = true;
    same(rep);
    rep.skipped.push_back({"x.txt", "empty file"});
    same(rep);
}

TEST_CASE("json: the direct writer on odd values", "[engine][json]") {
    document d;
    REQUIRE_FALSE(load_document("a \"quoted\"\\path\t.txt",
                                "Officials said \"at least 15\xC2\xA0people\" and 2.5 million \xE2\x82\xAC were lost, the ministry added. "
                                "Another 7 soldiers died, according to the army.\n",
                                d));
    document_result dr = analyse(std::move(d));
    dr.doc.id = "d1";
    REQUIRE(dr.claims.size() >= 2);
    const auto base = dr.claims[0];
    auto odd = base;
    odd.value = 1.0 / 3;
    odd.low = 1e300;
    odd.high = std::nullopt;
    odd.note = "a \x01 control, a \x1f and \x7f, a tab\t, \b\f\r\n \\ and \"";
    odd.where.text.clear();
    odd.where.key = "kursk";
    odd.counted.head = "people";
    odd.counted.modifiers = {"x", "y\xE2\x80\xA8", ""};
    odd.agent = "ru\xF0\x9F\x98\x80";
    odd.source = claimcheck::grammar::attribution{"the \"ministry\"", "said", 0, 3, "resolved", "it\x02", "chief \xC3\xA9"};
    dr.claims.push_back(odd);
    odd.value = -0.0;
    odd.low = 9e15;
    odd.high = -123456789012.0;
    odd.counted.modifiers.clear();
    odd.where.text = "over kursk";
    odd.where.kind = "place";
    odd.source.reset();
    dr.claims.push_back(odd);
    odd.value = std::numeric_limits<double>::quiet_NaN();
    odd.low = std::numeric_limits<double>::infinity();
    odd.high = -std::numeric_limits<double>::infinity();
    dr.claims.push_back(odd);
    odd.value = 5e-324;
    odd.low = std::numeric_limits<double>::max();
    odd.high = -8999999999999999.0;
    odd.counted.head.clear();
    odd.where.key.clear();
    odd.where.text.clear();
    odd.pred.cls = "kill";
    odd.pred.text = "killed \"x\"";
    dr.claims.push_back(odd);
    odd.value = 1e16;
    odd.low = -1e-7;
    odd.high = 123.456;
    dr.claims.push_back(odd);

    report rep;
    rep.documents.push_back(dr);
    same(rep);

    // metadata, a second document without claims, stories and groups with odd strings
    document_result meta = dr;
    meta.doc.id = "d2";
    meta.doc.outlet = "cnn.com";
    meta.doc.url = "https://x.example/a?b=\"c\"&d=\\e";
    meta.doc.published = "2024-01-02";
    meta.doc.title = "Title \xE2\x80\x9Cquoted\xE2\x80\x9D\ttab \x7f";
    meta.doc.record_id = "r\x01";
    rep.documents.push_back(meta);
    document_result none = dr;
    none.doc.id = "d3";
    none.claims.clear();
    rep.documents.push_back(none);
    same(rep);

    rep.cross_checked = true;
    same(rep);  // no stories, no groups
    rep.stories.push_back({"s1", {0, 1}, "a \"label\" \x03 \xE4\xB8\xAD"});
    rep.stories.push_back({"s2", {}, ""});
    rep.groups.push_back({"g1", 0, "discrepancy", "bounds_differ", "why\n\"not\"", "kill|people|", "words: \"x\"", {{0, 0}, {1, 2}}});
    rep.groups.push_back({"g2", 1, "single", "", "", "", "", {}});
    rep.groups.push_back({"g3", 0, "agree", "equal", "e", "m", "w", {{1, 5}}});
    same(rep);
}

TEST_CASE("json: a string that is not UTF-8 is written with U+FFFD by both", "[engine][json]") {
    // a file name is any bytes on Linux: "bad\xFF.txt" must not stop the report
    document d;
    REQUIRE_FALSE(load_document("a.txt", "Officials said 15 people were hurt.\n", d));
    document_result dr = analyse(std::move(d));
    dr.doc.id = "d1";
    report rep;
    rep.documents.push_back(dr);
    rep.skipped.push_back({"bad\xFF.txt", "not UTF-8"});
    const std::string want = render_json_reference(rep);
    CHECK(want.find("\"bad\xEF\xBF\xBD.txt\"") != std::string::npos);  // U+FFFD in UTF-8
    CHECK(render_json(rep) == want);
    // handed to a sink: the same bytes
    std::string streamed;
    output_sink out([&](std::string_view b) {
        streamed.append(b);
        return true;
    });
    render_json(rep, out);
    out.flush();
    CHECK(streamed == want);
}

TEST_CASE("jsonl: the direct claim line gives nlohmann's bytes on every claim of the seeds", "[engine][json]") {
    const report rep = run_on({source_dir + "/corpus/seeds"}, false);
    std::size_t claims = 0, non_ascii = 0;
    for (const auto& dr : rep.documents)
        for (const auto& c : dr.claims) {
            ++claims;
            const std::string want = claim_json_line_reference(dr, c, "c1", &dr.doc.path);
            for (char ch : want) non_ascii += static_cast<unsigned char>(ch) >= 0x80;
            INFO(want);
            CHECK(claim_json_line(dr, c, "c1", &dr.doc.path) == want);
        }
    CHECK(claims > 40);
    // the whole report streamed: each document's lines rendered together, ids given on writing
    std::string streamed;
    output_sink out([&](std::string_view b) {
        streamed.append(b);
        return true;
    });
    auto w = jsonl_stream_writer();
    for (const auto& dr : rep.documents) {
        stream_item item;
        item.result = dr;
        item.result->doc.id.clear();
        w->prepare(item);
        item.id = dr.doc.id;
        w->write(item, out);
    }
    w->finish(out);
    REQUIRE(out.flush());
    CHECK(streamed == render_jsonl(rep));
    INFO("bytes from 0x80 in the reference lines: " << non_ascii);
}

TEST_CASE("jsonl: strings of every length with a byte to escape at every place", "[engine][json]") {
    // the claim line copies plain strings a word or sixteen bytes at a time: each length up to
    // past two blocks, plain and with each kind of byte that is not (escaped, UTF-8, invalid) at
    // each place, must give nlohmann's bytes
    document d;
    REQUIRE_FALSE(load_document("a.txt", "Officials said 15 people were hurt.\n", d));
    document_result dr = analyse(std::move(d));
    dr.doc.id = "d1";
    REQUIRE_FALSE(dr.claims.empty());
    claimcheck::grammar::claim c = dr.claims[0];
    const std::vector<std::string> odd{"\"", "\\", "\n", std::string(1, '\0'), "\x1f", "\x7f", "\xC3\xA9", "\xE2\x80\x9C", "\xFF"};
    std::size_t lines = 0;
    for (std::size_t n = 0; n <= 40; ++n) {
        const std::string plain(n, 'a');
        std::vector<std::string> strings{plain};
        for (const auto& o : odd)
            for (std::size_t at = 0; at < n; ++at) strings.push_back(plain.substr(0, at) + o + plain.substr(at + 1));
        for (const auto& s : strings) {
            c.q.unit = s;
            c.agent = s;
            INFO("length " << n << ": " << s);
            CHECK(claim_json_line(dr, c, "c1", &dr.doc.path) == claim_json_line_reference(dr, c, "c1", &dr.doc.path));
            ++lines;
        }
    }
    CHECK(lines > 3000);
    // offsets of every number of digits, each side of each boundary (the source's and the
    // sentence's offsets are only mapped back and written)
    c.source = claimcheck::grammar::attribution{"the ministry", "said", 0, 3, "sentence", "", ""};
    const std::size_t offsets[] = {0, 1, 9, 10, 11, 99, 100, 101, 999, 1000, 9999, 10000, 99999, 100000, 100001, 1234567};
    for (const std::size_t b : offsets)
        for (const std::size_t e : offsets) {
            c.source->begin = b;
            c.source->end = e;
            dr.sentences.at(c.sentence).begin = e;
            dr.sentences.at(c.sentence).end = b;
            INFO(b << " " << e);
            CHECK(claim_json_line(dr, c, "c1", &dr.doc.path) == claim_json_line_reference(dr, c, "c1", &dr.doc.path));
        }
    // values of each kind, the bounds the same (written again) or not
    const double inf = std::numeric_limits<double>::infinity(), nan = std::numeric_limits<double>::quiet_NaN();
    const std::optional<double> values[] = {std::nullopt, 0.0, -0.0, 7.0, -7.0, 99999.0, 100000.0, -100000.0, 1e15, -1e15,
                                            8.99e15, 9e15, 2.5, -0.001, 1e300, nan, inf, -inf};
    for (const auto& v : values)
        for (const auto& other : values) {
            c.value = v;
            c.low = v;
            c.high = other;
            INFO((v ? *v : -1) << " " << (other ? *other : -1));
            CHECK(claim_json_line(dr, c, "c1", &dr.doc.path) == claim_json_line_reference(dr, c, "c1", &dr.doc.path));
        }
}
