// The bad-input suite (issue "Robustness"): every input either becomes a document or is skipped
// with a reason naming the problem; nothing crashes, hangs or grows worse than linearly.
#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "engine/document.hpp"
#include "engine/pipeline.hpp"
#include "engine/records.hpp"
#include "tests/engine/support.hpp"
#include "grammar/quantity.hpp"

using namespace claimcheck::engine;
namespace fs = std::filesystem;

namespace {

std::optional<std::string> reason_for(const std::string& bytes) {
    document d;
    return load_document("input.txt", bytes, d);
}

document_result read_text(const std::string& bytes) {
    document d;
    auto why = load_document("input.txt", bytes, d);
    REQUIRE_FALSE(why);
    return analyse(std::move(d));
}

/// Parser steps spent extracting `bytes`.
std::uint64_t steps_for(const std::string& bytes) {
    auto& steps = claimcheck::grammar::parser_steps();
    const std::uint64_t before = steps;
    read_text(bytes);
    return steps - before;
}

std::string repeat(const std::string& piece, std::size_t n) {
    std::string s;
    s.reserve(piece.size() * n);
    for (std::size_t i = 0; i < n; ++i) s += piece;
    return s;
}

struct temp_dir {
    fs::path path = fs::temp_directory_path() / ("claimcheck-bad-" + std::to_string(::getpid()));
    temp_dir() { fs::create_directories(path); }
    ~temp_dir() {
        std::error_code ec;
        fs::permissions(path / "locked.txt", fs::perms::owner_all, ec);
        fs::remove_all(path, ec);
    }
    void write(const std::string& name, const std::string& bytes) const {
        std::ofstream(path / name, std::ios::binary) << bytes;
    }
};

}  // namespace

TEST_CASE("bad input: empty and blank files are skipped with their reason", "[engine][bad-input]") {
    CHECK(reason_for("") == "empty file");
    CHECK(reason_for("  \n\t\r\n ") == "empty file (only white space)");
}

TEST_CASE("bad input: binary files are skipped", "[engine][bad-input]") {
    CHECK(reason_for(std::string("abc\0def", 7)) == "binary file (contains NUL bytes)");
    // the first bytes of a PNG: its IHDR length holds NUL bytes
    const std::string png("\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR", 16);
    CHECK(reason_for(png) == "binary file (contains NUL bytes)");
}

TEST_CASE("bad input: invalid UTF-8 is skipped with the byte offset", "[engine][bad-input]") {
    // Latin-1 "caf\xe9 " : byte 3 starts no valid sequence
    CHECK(reason_for("caf\xe9 au lait") == "invalid UTF-8 at byte 3");
}

TEST_CASE("bad input: UTF-16 with a BOM is skipped, never read as garbage", "[engine][bad-input]") {
    CHECK(reason_for(std::string("\xFF\xFE" "1\x00" "2\x00", 6)) == "UTF-16 text is not supported (convert it to UTF-8)");
    CHECK(reason_for(std::string("\xFE\xFF\x00" "1\x00" "2", 6)) == "UTF-16 text is not supported (convert it to UTF-8)");
}

TEST_CASE("bad input: a UTF-8 BOM is skipped and spans still count it", "[engine][bad-input]") {
    const std::string text = "\xEF\xBB\xBFRussia launched 145 drones.";
    auto r = read_text(text);
    REQUIRE(r.claims.size() == 1);
    const auto& c = r.claims[0];
    // "145" starts at byte 19 of the file: 3 (BOM) + 16 ("Russia launched ")
    CHECK(r.doc.folded.original(c.q.num_begin) == 19);
    CHECK(text.substr(19, 3) == "145");
}

TEST_CASE("bad input: CRLF and lone CR line ends", "[engine][bad-input]") {
    const std::string crlf = "Russia launched 145 drones.\r\nUkraine shot down 72 drones.\r\n";
    auto a = read_text(crlf);
    REQUIRE(a.claims.size() == 2);
    CHECK(a.sentences.size() == 2);
    CHECK(crlf.substr(a.doc.folded.original(a.claims[1].q.num_begin), 2) == "72");
    const std::string cr = "Russia launched 145 drones.\rUkraine shot down 72 drones.\r";
    auto b = read_text(cr);
    REQUIRE(b.claims.size() == 2);
    CHECK(cr.substr(b.doc.folded.original(b.claims[1].q.num_begin), 2) == "72");
}

TEST_CASE("bad input: HTML tags and entities are not claims and do not split a sentence", "[engine][bad-input]") {
    const std::string html =
        "<p>Russia launched <b>145</b> drones, the <a href=\"https://example.org/300\">air force</a> said.</p>"
        "<img width=\"300\" src=\"a.png\"><p>Officials counted 12 &amp; 14 craters.</p>";
    auto r = read_text(html);
    std::vector<double> values;
    for (const auto& c : r.claims) values.push_back(*c.value);
    CHECK(values == std::vector<double>{145, 12, 14});  // no 300 from the link or the image
    REQUIRE(r.claims[0].source);
    CHECK(r.claims[0].source->source == "air force");  // the <a> tag did not cut the sentence
    CHECK(html.substr(r.doc.folded.original(r.claims[0].q.num_begin), 3) == "145");
}

TEST_CASE("bad input: a 1,000-digit number is reported as too large, not rounded", "[engine][bad-input]") {
    auto r = read_text(std::string(1000, '9') + " drones were launched.");
    REQUIRE(r.claims.size() == 1);
    CHECK_FALSE(r.claims[0].value);
    CHECK(r.claims[0].note.find("too large") != std::string::npos);
}

TEST_CASE("bad input: unbalanced quotation marks", "[engine][bad-input]") {
    auto r = read_text("\"We shot down 25 of them, the army said. Russia launched 145 drones, the air force said.\n");
    REQUIRE(r.claims.size() == 2);
    REQUIRE(r.claims[1].source);
    CHECK(r.claims[1].source->source == "air force");
}

TEST_CASE("bad input: work is linear in the input (parser steps, not the clock)", "[engine][bad-input]") {
    SECTION("a sentence of numbers") {
        std::string small, large;
        for (int i = 0; i < 20000; ++i) small += std::to_string(i) + " ";
        for (int i = 0; i < 40000; ++i) large += std::to_string(i) + " ";
        const double ratio = static_cast<double>(steps_for(large)) / static_cast<double>(steps_for(small));
        CHECK(ratio < 2.2);
        CHECK(ratio > 1.8);
    }
    SECTION("'one one one ...'") {
        const double ratio = static_cast<double>(steps_for(repeat("one ", 40000))) / steps_for(repeat("one ", 20000));
        CHECK(ratio < 2.2);
    }
    SECTION("one long line of article text") {
        const std::string piece = "Russia launched 145 drones overnight, Ukraine's air force said, and 72 were shot down. ";
        const double ratio = static_cast<double>(steps_for(repeat(piece, 4000))) / steps_for(repeat(piece, 2000));
        CHECK(ratio < 2.2);
    }
    SECTION("capitalised words without end") {
        const double ratio = static_cast<double>(steps_for(repeat("Alpha Beta Gamma ", 20000) + " said 5 people.")) /
                             steps_for(repeat("Alpha Beta Gamma ", 10000) + " said 5 people.");
        CHECK(ratio < 2.2);
    }
}

TEST_CASE("bad input: a folder with a symlink loop and an unreadable file", "[engine][bad-input]") {
    temp_dir dir;
    dir.write("good.txt", "Russia launched 145 drones.");
    dir.write("locked.txt", "Ukraine shot down 72 drones.");
    fs::create_directory_symlink(dir.path, dir.path / "loop");  // a folder that contains itself
    ::chmod((dir.path / "locked.txt").c_str(), 0);
    std::istringstream no_stdin;
    input_set set = read_inputs({dir.path.string()}, no_stdin);
    // the loop is not followed; the good file is read
    bool good = false;
    for (const auto& d : set.documents) good = good || d.path.find("good.txt") != std::string::npos;
    CHECK(good);
    // the locked file is read (as root) or skipped with its reason: never lost
    bool locked_listed = false;
    for (const auto& d : set.documents) locked_listed = locked_listed || d.path.find("locked.txt") != std::string::npos;
    for (const auto& s : set.skipped)
        if (s.path.find("locked.txt") != std::string::npos) {
            locked_listed = true;
            CHECK(s.reason.find("cannot open") != std::string::npos);
        }
    CHECK(locked_listed);
    CHECK(set.documents.size() + set.skipped.size() == 2);
}

TEST_CASE("bad input: a path that does not exist", "[engine][bad-input]") {
    std::istringstream no_stdin;
    input_set set = read_inputs({"/nonexistent/claimcheck/article.txt"}, no_stdin);
    REQUIRE(set.skipped.size() == 1);
    CHECK(set.skipped[0].reason == "no such file or directory");
}

TEST_CASE("bad input: JSON Lines with a broken line", "[engine][bad-input]") {
    input_set set;
    read_jsonl("drop.jsonl",
               "{\"id\": \"a\", \"text\": \"Russia launched 145 drones.\"}\n{\"text\": \"broken\n"
               "{\"id\": \"c\", \"text\": \"Ukraine shot down 72 drones.\", \"outlet\": \"cnn.com\"}\n",
               set);
    REQUIRE(set.documents.size() == 2);
    CHECK(set.documents[1].outlet == "cnn.com");
    CHECK(set.documents[1].path == "drop.jsonl:3");
    REQUIRE(set.skipped.size() == 1);
    CHECK(set.skipped[0].path == "drop.jsonl:2");
    CHECK(set.skipped[0].reason == "line 2: not a JSON object");
}

// ---- records (extract --format records, read back by reconcile) -------------------------------

TEST_CASE("records: a record read back gives the document's claims as extracted", "[engine][records]") {
    const report rep = claimcheck::test::cross_checked(
        {{"a.txt", "Russia launched 145 drones and two ballistic missiles overnight, Ukraine's Air Force said. "
                   "At least 15 people were injured in Kyiv, according to officials.\n"}});
    const std::string line = render_records(rep);
    document_result back;
    REQUIRE_FALSE(load_record(line, 1, back));
    const auto& want = rep.documents.at(0).claims;
    REQUIRE(back.claims.size() == want.size());
    REQUIRE(want.size() >= 3);
    for (std::size_t i = 0; i < want.size(); ++i) {
        const auto &a = back.claims[i], &b = want[i];
        CHECK(a.begin == b.begin);
        CHECK(a.end == b.end);
        CHECK(a.value == b.value);
        CHECK(a.low == b.low);
        CHECK(a.high == b.high);
        CHECK(a.q.qual == b.q.qual);
        CHECK(a.counted.lemma == b.counted.lemma);
        CHECK(a.counted.modifiers == b.counted.modifiers);
        CHECK(a.pred.cls == b.pred.cls);
        CHECK(a.agent == b.agent);
        CHECK(a.source.has_value() == b.source.has_value());
        if (a.source && b.source) CHECK(a.source->source == b.source->source);
    }
    CHECK(back.doc.path == "a.txt");
    CHECK(back.doc.bytes == rep.documents[0].doc.bytes);
}

TEST_CASE("records: an amount's substance reads back, and a record without it reads as none", "[engine][records]") {
    const report rep = claimcheck::test::cross_checked({{"a.txt", "Police seized 1.1 tonnes of cocaine at the port, the ministry said.\n"}});
    std::string line = render_records(rep);
    document_result back;
    REQUIRE_FALSE(load_record(line, 1, back));
    REQUIRE(back.claims.size() == 1);
    CHECK(back.claims[0].counted.substance);
    // (records written before the field: no "substance" key)
    const std::string key = R"(,"substance":true)";
    const auto at = line.find(key);
    REQUIRE(at != std::string::npos);
    line.erase(at, key.size());
    document_result old;
    REQUIRE_FALSE(load_record(line, 1, old));
    CHECK_FALSE(old.claims.at(0).counted.substance);
}

TEST_CASE("records: a broken record is refused with the key or value at fault", "[engine][records]") {
    const report rep = claimcheck::test::cross_checked({{"a.txt", "Russia launched 145 drones overnight, the air force said.\n"}});
    std::string line = render_records(rep);
    document_result back;
    // a key left out
    std::string no_claims = line;
    no_claims.replace(no_claims.find("\"claims\""), 8, "\"claimz\"");
    auto why = load_record(no_claims, 7, back);
    REQUIRE(why);
    CHECK(*why == "line 7: not a claimcheck record (no \"claims\" in record)");
    // a number where a string is: the unit of a quantity
    std::string bad_unit = line;
    bad_unit.replace(bad_unit.find("\"unit\":\"\""), 9, "\"unit\":12");
    why = load_record(bad_unit, 2, back);
    REQUIRE(why);
    CHECK(*why == "line 2: not a claimcheck record (unit is not a string)");
    // not JSON at all
    why = load_record("{\"record\": 1,", 3, back);
    REQUIRE(why);
    CHECK(why->rfind("line 3: not a claimcheck record (", 0) == 0);
}
