#include <catch2/catch.hpp>

#include "tests/engine/support.hpp"

#include <atomic>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <unistd.h>
#include <vector>

#include "engine/document.hpp"
#include "grammar/ascii.hpp"
#include "grammar/lexicon.hpp"

using namespace claimcheck::engine;
namespace fs = std::filesystem;

namespace {

std::string read_bytes(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    REQUIRE(in);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

std::string seed(const char* name) { return std::string(CLAIMCHECK_SOURCE_DIR) + "/corpus/seeds/" + name; }

/// Loads `bytes` as a document; the test fails if it cannot be read.
document loaded(std::string bytes) {
    document d;
    auto why = load_document("article.txt", std::move(bytes), d);
    INFO((why ? *why : std::string()));
    REQUIRE_FALSE(why);
    return d;
}

/// Why `bytes` cannot be read ("" when it can).
std::string reason(std::string bytes) {
    document d;
    auto why = load_document("article.txt", std::move(bytes), d);
    return why ? *why : std::string();
}

std::vector<std::string> paragraph_texts(const document& d) {
    std::vector<std::string> out;
    for (auto [b, e] : d.paragraphs) out.push_back(d.folded.text.substr(b, e - b));
    return out;
}

using claimcheck::test::temp_folder;

const std::string article = "Russia launched 145 drones overnight, Ukraine's Air Force said.\n";

}  // namespace

// ---- reasons a file is not read ---------------------------------------------------------------------

TEST_CASE("document: an empty file", "[engine][document]") { CHECK(reason("") == "empty file"); }

TEST_CASE("document: a file of white space only", "[engine][document]") {
    CHECK(reason(" \n\t \r\n\xC2\xA0\n") == "empty file (only white space)");
}

TEST_CASE("document: NUL bytes", "[engine][document]") {
    CHECK(reason(std::string("PNG\0\0\0", 6)) == "binary file (contains NUL bytes)");
}

TEST_CASE("document: invalid UTF-8 with its byte offset", "[engine][document]") {
    // "Kyiv faced" is 10 bytes; 0xC3 starts a two-byte sequence that "(" does not continue
    CHECK(reason("Kyiv faced\xC3( attacks") == "invalid UTF-8 at byte 10");
    CHECK(reason("\xFF" "abc") == "invalid UTF-8 at byte 0");
    // bytes, not characters: "Russia" 6, the apostrophe 3, "s" and the space 2
    CHECK(reason("Russia\xE2\x80\x99s \x80") == "invalid UTF-8 at byte 11");
}

TEST_CASE("document: UTF-16 is named as such", "[engine][document]") {
    // the byte order mark decides, before the NUL bytes of UTF-16 text are seen
    CHECK(reason(std::string("\xFF\xFEK\0y\0", 6)) == "UTF-16 text is not supported (convert it to UTF-8)");
    CHECK(reason(std::string("\xFE\xFF\0K\0y", 6)) == "UTF-16 text is not supported (convert it to UTF-8)");
}

TEST_CASE("document: outlet lines and share buttons only", "[engine][document]") {
    CHECK(reason("Pinterest LinkedIn Tumblr\n\nOriginal Source: www.cnn.com\n") ==
          "no article text (only outlet lines or share buttons)");
}

TEST_CASE("document: a readable file keeps its bytes and path", "[engine][document]") {
    const std::string bytes = "Kyiv\xE2\x80\x99s mayor said.\r\n";
    document d;
    REQUIRE_FALSE(load_document("drop/a.txt", bytes, d));
    CHECK(d.path == "drop/a.txt");
    CHECK(d.bytes == bytes);
    CHECK(d.folded.text == "Kyiv's mayor said.\n");
    CHECK(paragraph_texts(d) == std::vector<std::string>{"Kyiv's mayor said."});
}

TEST_CASE("document: a vulgar fraction after a figure folds to its decimal", "[engine][document]") {
    // "2½ hours" is two and a half hours: the grammars read "2.5"; spans still point at the original
    // (a fold is never longer than its input: the quarters, two bytes that would fold to three, stay)
    const std::string bytes = "The call lasted about 2\xC2\xBD hours, and \xC2\xBE of voters agreed.\n";
    document d;
    REQUIRE_FALSE(load_document("a.txt", bytes, d));
    CHECK(d.folded.text == "The call lasted about 2.5 hours, and \xC2\xBE of voters agreed.\n");
    const std::size_t half = d.folded.text.find(".5");
    CHECK(d.folded.original(half) == bytes.find("\xC2\xBD"));
    CHECK(d.folded.original(half + 2) == bytes.find(" hours"));
}

// ---- outlets and layout ---------------------------------------------------------------------------------

TEST_CASE("document: 'Original Source: www.cnn.com' names cnn.com", "[engine][document]") {
    const document d = loaded(read_bytes(seed("000_8f5ab2bbe03e0d92.txt")));
    REQUIRE(d.outlet);
    CHECK(*d.outlet == "cnn.com");
    CHECK(d.paragraphs.size() == 8);  // nine lines, the last one the outlet's
    for (const auto& p : paragraph_texts(d)) CHECK(p.find("Original Source") == std::string::npos);
}

TEST_CASE("document: 'This post appeared first on cnn.com' names cnn.com", "[engine][document]") {
    const document d = loaded(read_bytes(seed("001_f80970e591c8199c.txt")));
    REQUIRE(d.outlet);
    CHECK(*d.outlet == "cnn.com");
    // 29 lines of text: the share buttons and the outlet line are not paragraphs
    const auto paragraphs = paragraph_texts(d);
    CHECK(paragraphs.size() == 27);
    REQUIRE(paragraphs.size() >= 3);
    CHECK(paragraphs[0] == "World News");
    CHECK(paragraphs[1] == "Ukraine and Russia exchange attacks, hours after Trump-Putin call");
    CHECK(paragraphs[2].rfind("Ukraine and Russia exchanged aerial assaults overnight", 0) == 0);
    for (const auto& p : paragraphs) {
        CHECK(p != "Pinterest LinkedIn Tumblr");
        CHECK(p.find("appeared first") == std::string::npos);
    }
}

TEST_CASE("document: 'Source: Noah Wire Services'", "[engine][document]") {
    const document d = loaded(read_bytes(seed("002_b688bccdafbee561.txt")));
    REQUIRE(d.outlet);
    CHECK(*d.outlet == "Noah Wire Services");
    CHECK(d.paragraphs.size() == 9);
}

TEST_CASE("document: an outlet's spelling is the first spaced one that stands as words", "[engine][document]") {
    // "trtglobalx" runs on into a letter, "TRTGLOBAL" has no space, "T R T\nGlobal" breaks a
    // line: the spelling taken is "TRT  Global" (spaces inside kept as they are)
    const document d = loaded("Officials said 15 people were hurt, trtglobalx said.\nTRTGLOBAL and T R T\nGlobal "
                              "and xTRT Global and TRT  Global reported.\nCredited from: TRTGLOBAL\n");
    REQUIRE(d.outlet);
    CHECK(*d.outlet == "TRT  Global");
    const document none = loaded("Officials said 15 people were hurt.\nCredited from: TRTGLOBAL\n");
    REQUIRE(none.outlet);
    CHECK(*none.outlet == "TRTGLOBAL");
}

TEST_CASE("document: 'Credited from: TRTGLOBAL' takes the article's spelling", "[engine][document]") {
    // 003 writes "according to TRT Global and Al Jazeera"
    const document d = loaded(read_bytes(seed("003_26f0c0431f3b91e3.txt")));
    REQUIRE(d.outlet);
    CHECK(*d.outlet == "TRT Global");
    const auto paragraphs = paragraph_texts(d);
    CHECK(paragraphs.size() == 4);
    REQUIRE_FALSE(paragraphs.empty());
    CHECK(paragraphs[0].rfind("In a significant escalation", 0) == 0);

    // with no spelling in the text, the name stays as the line writes it
    const document bare = loaded("Credited from: TRTGLOBAL\nKyiv faced a massive drone attack.\n");
    REQUIRE(bare.outlet);
    CHECK(*bare.outlet == "TRTGLOBAL");
}

TEST_CASE("document: no outlet line, and 'Related Sources:' debris", "[engine][document]") {
    const document d = loaded(read_bytes(seed("004_95257e01ec8bfa95.txt")));
    CHECK_FALSE(d.outlet);
    const auto paragraphs = paragraph_texts(d);
    CHECK(paragraphs.size() == 9);
    REQUIRE_FALSE(paragraphs.empty());
    CHECK(paragraphs.back().rfind("As the situation remains volatile", 0) == 0);
}

TEST_CASE("document: share-button lines are not paragraphs", "[engine][document]") {
    const document d = loaded("Kyiv faced a massive drone attack.\nPinterest LinkedIn Tumblr\nShare Tweet Email\n"
                              "  Facebook  \nTwitter users shared videos of the attack.\n");
    CHECK(paragraph_texts(d) ==
          std::vector<std::string>{"Kyiv faced a massive drone attack.", "Twitter users shared videos of the attack."});
}

TEST_CASE("document: a link to another article is not a paragraph", "[engine][document]") {
    // its figures are that article's: "thousands flee" is no figure of this quake
    const document d = loaded("A magnitude 7.6 earthquake killed 12 people.\nRelated: Volcano erupts on Sumatra, thousands flee\n"
                              "Read more: Quake toll rises to 31\nRelated reports said 14 people died.\n");
    CHECK(paragraph_texts(d) ==
          std::vector<std::string>{"A magnitude 7.6 earthquake killed 12 people.", "Related reports said 14 people died."});
}

TEST_CASE("document: hard-wrapped lines join into paragraphs until a blank line", "[engine][document]") {
    // most lines 50-80 characters and none over 100: a paragraph runs on over its line breaks
    // (spaces around a break stay inside the span), and ends at a blank line
    const std::string a = "Kyiv faced a massive drone attack overnight, officials said on",
                      b = "Sunday, and air defences shot down most of the drones sent. ",
                      c = "  Russia launched 145 drones in all, Ukraine's Air Force said.",
                      d = "Twitter users shared videos of the attack across the city.";
    const document doc = loaded(a + "\n" + b + "\n" + c + "\n\n" + d + "\n");
    CHECK(paragraph_texts(doc) == std::vector<std::string>{a + "\n" + b + "\n" + c, d});
}

TEST_CASE("document: hard-wrapped lines do not join over a share-button line", "[engine][document]") {
    // the share buttons are not text, and the line after them opens a paragraph of its own
    const std::string a = "Kyiv faced a massive drone attack overnight, officials said on",
                      b = "Sunday, and air defences shot down most of the drones sent.",
                      c = "Russia launched 145 drones in all, Ukraine's Air Force said.",
                      d = "Twitter users shared videos of the attack across the city.";
    const document doc = loaded(a + "\n" + b + "\nShare Tweet Email\n" + c + "\n" + d + "\n");
    CHECK(paragraph_texts(doc) == std::vector<std::string>{a + "\n" + b, c + "\n" + d});
}

TEST_CASE("document: lines of prose are paragraphs of their own", "[engine][document]") {
    // a line over 100 characters: the text is not hard-wrapped, each line is a paragraph
    const std::string a = "Kyiv faced a massive drone attack overnight, officials said on",
                      b = "Sunday, and air defences shot down most of the drones sent over the capital in the early hours.",
                      c = "Russia launched 145 drones in all, Ukraine's Air Force said, and 12 missiles over the night.";
    const std::string long_line = b + " " + c;
    const document doc = loaded(a + "\n" + long_line + "\n" + c + "\n");
    CHECK(paragraph_texts(doc) == std::vector<std::string>{a, long_line, c});
}

TEST_CASE("document: paragraph spans are trimmed lines of the folded text", "[engine][document]") {
    const document d = loaded("  First line.  \r\n\r\nSecond\xC2\xA0line.\n");
    REQUIRE(d.paragraphs.size() == 2);
    CHECK(d.paragraphs[0] == std::make_pair<std::size_t, std::size_t>(2, 13));
    CHECK(paragraph_texts(d) == std::vector<std::string>{"First line.", "Second line."});
}

// ---- read_inputs ----------------------------------------------------------------------------------------------

TEST_CASE("document: read_inputs on a folder", "[engine][document]") {
    temp_folder dir;
    dir.write("b_second.txt", article);
    dir.write("a_first.txt", article);
    dir.write("a.png", std::string("\x89PNG\r\n\x1A\n\0\0", 10));
    dir.write("nested/c.txt", article);
    dir.write("empty.txt", "");
    const std::string missing = (dir.path / "missing.txt").string();

    std::istringstream no_stdin;
    const input_set set = read_inputs({dir.path.string(), missing}, no_stdin);

    // documents in name order, numbered in that order
    REQUIRE(set.documents.size() == 3);
    CHECK(set.documents[0].path == (dir.path / "a_first.txt").string());
    CHECK(set.documents[1].path == (dir.path / "b_second.txt").string());
    CHECK(set.documents[2].path == (dir.path / "nested" / "c.txt").string());
    CHECK(set.documents[0].id == "d1");
    CHECK(set.documents[1].id == "d2");
    CHECK(set.documents[2].id == "d3");
    CHECK(set.documents[0].bytes == article);

    // skipped, with reasons: the folder's files in name order, then the missing path
    REQUIRE(set.skipped.size() == 3);
    CHECK(set.skipped[0].path == (dir.path / "a.png").string());
    CHECK(set.skipped[0].reason == "not an article (only *.txt, *.jsonl and *.ndjson files in folders are read)");
    CHECK(set.skipped[1].path == (dir.path / "empty.txt").string());
    CHECK(set.skipped[1].reason == "empty file");
    CHECK(set.skipped[2].path == missing);
    CHECK(set.skipped[2].reason == "no such file or directory");
}

TEST_CASE("document: read_inputs reads a file given by name whatever its extension", "[engine][document]") {
    temp_folder dir;
    dir.write("article.md", article);
    std::istringstream no_stdin;
    const input_set set = read_inputs({(dir.path / "article.md").string()}, no_stdin);
    REQUIRE(set.documents.size() == 1);
    CHECK(set.skipped.empty());
}

TEST_CASE("document: read_inputs keeps the order of the command line", "[engine][document]") {
    temp_folder dir;
    dir.write("z.txt", article);
    dir.write("a.txt", article);
    std::istringstream no_stdin;
    const input_set set = read_inputs({(dir.path / "z.txt").string(), (dir.path / "a.txt").string()}, no_stdin);
    REQUIRE(set.documents.size() == 2);
    CHECK(set.documents[0].path == (dir.path / "z.txt").string());
    CHECK(set.documents[1].path == (dir.path / "a.txt").string());
}

TEST_CASE("document: '-' reads standard input once", "[engine][document]") {
    std::istringstream in(article);
    const input_set set = read_inputs({"-", "-"}, in);
    REQUIRE(set.documents.size() == 1);
    CHECK(set.documents[0].path == "-");
    CHECK(set.documents[0].bytes == article);
    REQUIRE(set.skipped.size() == 1);
    CHECK(set.skipped[0].path == "-");
    CHECK(set.skipped[0].reason == "standard input given twice");
}

#include <nlohmann/json.hpp>

namespace {

/// What load_jsonl_line gives, in one comparable value.
struct jsonl_result {
    std::optional<std::string> why;
    std::string bytes;
    std::optional<std::string> outlet, url, published, title, record_id;
    bool operator==(const jsonl_result&) const = default;
};

jsonl_result through_load_jsonl_line(std::string_view line) {
    document d;
    jsonl_result r;
    r.why = load_jsonl_line("x.jsonl:1", 1, line, d);
    if (!r.why) r = {std::nullopt, d.bytes, d.outlet, d.url, d.published, d.title, d.record_id};
    return r;
}

/// The reading through nlohmann::json alone: what load_jsonl_line's fast reader must agree with.
jsonl_result through_nlohmann(std::string_view line) {
    jsonl_result r;
    nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.is_object()) {
        r.why = "line 1: not a JSON object";
        return r;
    }
    auto text = j.find("text");
    if (text == j.end() || !text->is_string()) {
        r.why = "line 1: no \"text\" string";
        return r;
    }
    document d;
    if (auto why = load_document("x.jsonl:1", text->get<std::string>(), d)) {
        r.why = "line 1: " + *why;
        return r;
    }
    auto field = [&](const char* name) -> std::optional<std::string> {
        auto it = j.find(name);
        if (it == j.end() || it->is_null()) return std::nullopt;
        return it->is_string() ? it->get<std::string>() : it->dump();
    };
    r.bytes = d.bytes;
    r.outlet = d.outlet;
    if (auto o = field("outlet")) r.outlet = o;
    r.url = field("url");
    r.published = field("published");
    r.title = field("title");
    r.record_id = field("id");
    return r;
}

}  // namespace

TEST_CASE("document: JSON Lines records read as nlohmann::json reads them", "[engine][document]") {
    const std::vector<std::string> lines{
        R"({"id": "a1", "outlet": "BBC", "url": "https://x", "published": "2024-01-01", "title": "T", "text": "Russia launched 145 drones."})",
        R"({"text":"Quoted \"145\" drones,\\ a\/b\nnext line\tand\r\b\f."})",
        R"(  {"text" : "spaces around" , "title" : null }  )",
        "{\"text\":\"tab\tin raw\"}",
        "\t{\"text\":\"x\"}\r",
        R"({"text": "caf\u00e9 \ud83d\ude00"})",
        R"({"text": "lone \ud83d surrogate"})",
        R"({"text": "bad \uZZZZ escape"})",
        R"({"text": "bad \q escape"})",
        R"({"text": "first", "text": "second"})",
        R"({"text": "x", "id": 42, "title": true, "url": [1, 2], "published": {"a": null}})",
        R"({"text": "x", "id": 1.5e3})",
        R"({"text": null})",
        R"({"title": "no text"})",
        R"({})",
        R"([1, 2])",
        R"("just a string")",
        R"({"text": "x"} trailing)",
        R"({"text": "x",})",
        R"({"text": "x" "id": "y"})",
        R"({"text": "unterminated)",
        R"({"text": "x", "id": nullx})",
        R"({"text": "x", "id": nul})",
        R"({"te\u0078t": "escaped key"})",
        "\xEF\xBB\xBF{\"text\":\"after a byte order mark\"}",
        "{\"text\":\"caf\xC3\xA9 raw UTF-8\"}",
        "{\"text\":\"bad \xC3 UTF-8\"}",
        "{\"text\":\"cut \xE2\x80\"}",
        "{\"text\":\"ok\",\"title\":\"bad \xFF\"}",
        "{\"text\":\"surrogate \xED\xA0\x80 bytes\"}",
        std::string("{\"text\":\"nul \0 byte\"}", 21),
        "{\"text\":\"control \x01 byte\"}",
        R"({"text": "   "})",
        R"({"text": ""})",
        "{\"text\":\"x\", \"k\xC3\xA9y\": \"non-ASCII key\"}",
        R"({"text":"x","outlet":null,"url":null})",
        // the edges of the reader of the usual record
        R"({"text":"a\u0000b"})",
        R"({"text":"\u00E9\u00e9 \uD83D\uDE00 \u20AC hex in both cases"})",
        R"({"text":"x\ud83d\u0041"})",
        R"({"text":"x\udc00"})",
        R"({"text":"x\u12"})",
        R"({"text":"x\"})",
        "{\"text\":\"x\\",
        "{\r\n\"text\"\t:\r\"spaces of every kind\"\n}",
        R"({"text":"x","id":"1","a":"2","outlet":"o","url":"u","published":"p","title":"t","b":"m","c":null,"d":"more members than usual"})",
        "{\"text\":\"x\"}\x01",
        R"({"text" "x"})",
        R"({"text":"x"}})",
        R"({"text":"x", "id":"a\ud800\udc00b"})",
        R"({"":"empty key","text":"x"})",
        R"({"text":"x", "id":"1", "id":null})",
        R"({"text":"x", "title":nulll})",
        R"({"text":"x" , "title":"y" })",
        "{\"text\":\"caf\xC3\xA9\", \"title\":\"\xE2\x80\x9Cquoted\xE2\x80\x9D\\n\"}",
        "{\"text\":\"x\", \"t\x01\":\"control in a key\"}",
    };
    for (const auto& line : lines) {
        INFO(line);
        CHECK(through_load_jsonl_line(line) == through_nlohmann(line));
    }
}

TEST_CASE("document: a line that opens with any outlet prefix, in any case, is an outlet line", "[engine][document]") {
    // scan_layout reads a line against the prefixes only when its first byte opens one of them:
    // every prefix of the lexicon must still be found, whatever the case of the line
    const auto& rows = claimcheck::grammar::lexicon("outlet_lines").rows;
    REQUIRE(rows.size() > 5);
    for (const auto& r : rows) {
        for (bool upper : {false, true}) {
            std::string prefix = r[0];
            if (upper)
                for (char& c : prefix) c = claimcheck::grammar::ascii::to_upper(c);
            INFO(prefix);
            document d;
            REQUIRE_FALSE(load_document("a.txt", prefix + " Example News\n\nOfficials said 15 people were hurt.\n", d));
            CHECK(d.paragraphs.size() == 1);  // the outlet line is not article text
            CHECK(d.outlet.has_value());
        }
    }
}
