// Streamed reading and extraction: input_reader gives what read_inputs gives, one input at a time;
// run_stream hands every input over in input order whatever the number of threads and the window;
// the streamed writers give the bytes of the whole-report renderers.
#include <catch2/catch.hpp>

#include "tests/engine/support.hpp"

#include <atomic>
#include <filesystem>
#include <fstream>
#include <limits>
#include <sstream>
#include <string>
#include <unistd.h>
#include <vector>

#include "engine/document.hpp"
#include "engine/pipeline.hpp"
#include "engine/records.hpp"
#include "engine/report/render.hpp"

using namespace claimcheck::engine;
namespace fs = std::filesystem;

namespace {

using claimcheck::test::temp_folder;

const std::string article = "Russia launched 145 drones overnight, Ukraine's Air Force said. At least 15 people were injured.\n";

/// A folder with good and bad files and a JSON Lines file with bad lines, CRLF, blank lines, a
/// long line (longer than the reader's 1 MB buffer when `long_line` is) and no newline at the end.
void fill(const temp_folder& dir, std::size_t long_line = 5000) {
    dir.write("a.txt", article);
    dir.write("b.txt", std::string("bin\0ary", 7));
    dir.write("c.png", "not an article");
    dir.write("d.txt", "");
    std::string long_text;
    while (long_text.size() < long_line) long_text += "Officials said 390 prisoners were exchanged on Friday. ";
    dir.write("e/feed.jsonl", "{\"text\": \"Ukraine shot down 72 drones, the air force said.\", \"id\": 3}\r\n"
                              "\n   \n"
                              "{broken\n"
                              "{\"text\": \"" + long_text + "\", \"outlet\": \"cnn.com\"}\n"
                              "[1, 2]\n"
                              "{\"text\": \"Twelve boats sank.\"}");
    dir.write("f.txt", "The navy said 12 boats sank.\n");
}

struct collected {
    std::vector<std::string> order;  // "d1 PATH" or "skip PATH: REASON"
    std::vector<std::size_t> claims;
};

collected stream(const std::vector<std::string>& paths, unsigned jobs, std::size_t window_items, std::size_t window_bytes) {
    std::istringstream no_stdin;
    input_reader reader(paths, no_stdin);
    collected c;
    stream_options o;
    o.jobs = jobs;
    o.window_items = window_items;
    o.window_bytes = window_bytes;
    o.sink = [&](stream_item& item) {
        if (item.skipped) {
            c.order.push_back("skip " + item.skipped->path + ": " + item.skipped->reason);
        } else {
            REQUIRE(item.result);
            CHECK(item.result->doc.id == item.id);
            c.order.push_back(item.id + " " + item.path);
            c.claims.push_back(item.result->claims.size());
        }
        return true;
    };
    REQUIRE(run_stream(reader, o));
    return c;
}

}  // namespace

TEST_CASE("stream: input_reader gives what read_inputs gives, in the same order", "[engine][stream]") {
    temp_folder dir;
    fill(dir, 2'500'000);  // not analysed here: only read and checked
    const std::vector<std::string> paths{dir.path.string(), (dir.path / "missing.txt").string(), (dir.path / "a.txt").string()};
    std::istringstream no_stdin;
    const input_set set = read_inputs(paths, no_stdin);
    REQUIRE(set.documents.size() == 6);  // a, feed:1, feed:5 (the long line), feed:7, f, a again
    CHECK(set.documents[1].path == (dir.path / "e/feed.jsonl").string() + ":1");
    CHECK(set.documents[1].record_id == "3");
    CHECK(set.documents[2].path == (dir.path / "e/feed.jsonl").string() + ":5");
    CHECK(set.documents[2].outlet == "cnn.com");
    CHECK(set.documents[2].bytes.size() >= 2'500'000);
    CHECK(set.documents[3].path == (dir.path / "e/feed.jsonl").string() + ":7");
    CHECK(set.documents[3].bytes == "Twelve boats sank.");

    // the same inputs, one at a time, checked by prepare_input
    std::istringstream no_stdin2;
    input_reader reader(paths, no_stdin2);
    CHECK(reader.total_known());
    std::size_t sizes = 0;
    for (const char* f : {"a.txt", "b.txt", "c.png", "d.txt", "e/feed.jsonl", "f.txt", "a.txt"})
        if (std::string(f) != "c.png") sizes += fs::file_size(dir.path / f);
    CHECK(reader.total_bytes() == sizes);
    std::vector<document> docs;
    std::vector<skipped_input> skipped;
    std::size_t used = 0;
    raw_input raw;
    while (reader.next(raw)) {
        used += raw.input_bytes;
        document d;
        if (auto s = prepare_input(std::move(raw), d)) skipped.push_back(*s);
        else docs.push_back(std::move(d));
    }
    CHECK(used == sizes);  // every byte of input is counted once, blank lines included
    REQUIRE(docs.size() == set.documents.size());
    for (std::size_t i = 0; i < docs.size(); ++i) {
        CHECK(docs[i].path == set.documents[i].path);
        CHECK(docs[i].bytes == set.documents[i].bytes);
    }
    REQUIRE(skipped.size() == set.skipped.size());
    for (std::size_t i = 0; i < skipped.size(); ++i) {
        CHECK(skipped[i].path == set.skipped[i].path);
        CHECK(skipped[i].reason == set.skipped[i].reason);
    }
    REQUIRE(skipped.size() == 6);
    CHECK(skipped[3].reason == "line 4: not a JSON object");
    CHECK(skipped[4].reason == "line 6: not a JSON object");
    CHECK(skipped[5].reason == "no such file or directory");
}

TEST_CASE("stream: JSON Lines from standard input, line by line", "[engine][stream]") {
    std::istringstream in("{\"text\": \"Russia launched 145 drones.\"}\n\n{oops\n{\"text\": \"Kyiv said 3 died.\"}");
    input_reader reader({"-", "-"}, in, input_format::jsonl);
    CHECK_FALSE(reader.total_known());
    std::vector<std::string> got;
    raw_input raw;
    while (reader.next(raw)) {
        document d;
        auto s = prepare_input(std::move(raw), d);
        got.push_back(s ? "skip " + s->path + ": " + s->reason : d.path);
    }
    CHECK(got == std::vector<std::string>{"-:1", "skip -:3: line 3: not a JSON object", "-:4",
                                          "skip -: standard input given twice"});
}

TEST_CASE("stream: the order does not depend on the threads or the window", "[engine][stream]") {
    temp_folder dir;
    fill(dir);
    for (int i = 0; i < 30; ++i) dir.write("g/" + std::to_string(100 + i) + ".txt", std::to_string(i + 2) + " drones were shot down.\n");
    const std::vector<std::string> paths{dir.path.string()};
    const collected one = stream(paths, 1, 0, 0);
    REQUIRE(one.order.size() == 10 + 30);
    CHECK(one.order.front() == "d1 " + (dir.path / "a.txt").string());
    for (unsigned jobs : {2u, 3u, 5u})
        for (std::size_t items : {1u, 2u, 7u, 0u}) {
            INFO("jobs " << jobs << ", window " << items);
            const collected c = stream(paths, jobs, items, 64);  // 64 bytes: one long input at a time
            CHECK(c.order == one.order);
            CHECK(c.claims == one.claims);
        }
}

TEST_CASE("stream: the sink can stop the run", "[engine][stream]") {
    temp_folder dir;
    for (int i = 0; i < 50; ++i) dir.write(std::to_string(100 + i) + ".txt", article);
    std::istringstream no_stdin;
    input_reader reader({dir.path.string()}, no_stdin);
    stream_options o;
    o.jobs = 3;
    o.window_items = 4;
    std::size_t seen = 0;
    o.sink = [&](stream_item&) { return ++seen < 5; };
    CHECK_FALSE(run_stream(reader, o));
    CHECK(seen == 5);
}

TEST_CASE("stream: the streamed writers give the bytes of the whole-report renderers", "[engine][stream]") {
    temp_folder dir;
    fill(dir);
    dir.write("h.txt", "Original Source: www.cnn.com/\n\"We counted 1.5 million \\u00e9 \x01 tabs\t\",\xE2\x80\x9D said Gen. O\xE2\x80\x99" "Brien, 0.3333 of 7 km2.\n");
    const std::vector<std::string> paths{dir.path.string(), (dir.path / "nothing").string()};
    std::istringstream no_stdin;
    report rep;
    {
        input_set set = read_inputs(paths, no_stdin);
        run_options ro;
        ro.jobs = 2;
        rep = run(std::move(set), ro);
    }
    struct format {
        const char* name;
        std::unique_ptr<stream_writer> writer;
        std::string expected;
    };
    std::vector<format> formats;
    formats.push_back({"jsonl", jsonl_stream_writer(), render_jsonl(rep)});
    formats.push_back({"json", json_stream_writer(), render_json(rep)});
    formats.push_back({"text", text_stream_writer(), render_text(rep)});
    formats.push_back({"records", records_stream_writer(), render_records(rep)});
    for (auto& f : formats) {
        INFO(f.name);
        CHECK(claimcheck::test::streamed(*f.writer, paths, 3, 3) == f.expected);
    }
}

TEST_CASE("stream: json with no document at all", "[engine][stream]") {
    report rep;
    rep.skipped.push_back({"a.txt", "empty file"});
    auto w = json_stream_writer();
    CHECK(claimcheck::test::streamed_skip_only(*w, {"a.txt", "empty file"}) == render_json(rep));
}

TEST_CASE("stream: the direct claim writer gives nlohmann's bytes", "[engine][stream]") {
    document d;
    REQUIRE_FALSE(load_document("a \"quoted\"\\path\t.txt",
                                "Officials said \"at least 15\xC2\xA0people\" and 2.5 million \xE2\x82\xAC were lost, the ministry added.\n", d));
    document_result dr = analyse(std::move(d));
    dr.doc.id = "d7";
    REQUIRE(dr.claims.size() >= 2);
    std::vector<claimcheck::grammar::claim> variants;
    for (const auto& c : dr.claims) variants.push_back(c);
    claimcheck::grammar::claim odd = dr.claims[0];
    odd.value = 1.0 / 3;
    odd.low = 1e300;
    odd.high = std::nullopt;
    odd.note = "a \x01 control, a \x1f and \x7f, a tab\t, \\ and \"";
    odd.where.text.clear();
    odd.where.key = "kursk";  // a key with no text: claim_json makes {"key": ...}
    odd.counted.head = "people";
    odd.counted.modifiers = {"x", "y\xE2\x80\xA8"};
    odd.agent = "ru\xF0\x9F\x98\x80";
    variants.push_back(odd);
    odd.value = -0.0;
    odd.low = 9e15;
    odd.high = -123456789012.0;
    odd.counted.modifiers.clear();
    odd.where.text = "over kursk";
    odd.where.kind = "place";
    variants.push_back(odd);
    odd.value = std::numeric_limits<double>::quiet_NaN();
    odd.low = std::numeric_limits<double>::infinity();
    odd.high = 5e-324;
    variants.push_back(odd);
    // long strings: the writer copies sixteen bytes at a time, so escapes and multi-byte
    // characters on either side of a sixteen-byte boundary, and an attribution with every field
    odd.value = 12;
    odd.note = std::string(15, 'a') + "\"" + std::string(14, 'b') + "\xC3\xA9" + std::string(17, 'c') + "\n" +
               std::string(13, 'd') + "\xF0\x9F\x98\x80" + std::string(16, 'e') + "\\";
    odd.agent = std::string(16, 'x') + "\x1f" + std::string(31, 'y') + "\xE2\x82\xAC";
    claimcheck::grammar::attribution a;
    a.source = "Ukraine's \"Air Force\" command, as it said in a statement at length";
    a.cue = "said";
    a.via = "resolved";
    a.written = "the force";
    a.title = "spokesman\t";
    odd.source = a;
    variants.push_back(odd);
    // not valid UTF-8 (a lone continuation byte, a truncated sequence, an overlong one, a
    // surrogate): nlohmann's U+FFFD for each bad byte, by the fallback
    for (std::string bad : {std::string("abc\x80" "def"), std::string(20, 'z') + "\xE2\x82", std::string("\xC0\xAF"),
                            std::string("\xED\xA0\x80 and more text to pass sixteen")}) {
        odd.note = bad;
        variants.push_back(odd);
    }
    for (const auto& c : variants)
        for (const std::string* path : std::vector<const std::string*>{nullptr, &dr.doc.path}) {
            INFO(claim_json_line_reference(dr, c, "c12", path));
            CHECK(claim_json_line(dr, c, "c12", path) == claim_json_line_reference(dr, c, "c12", path));
        }
}
