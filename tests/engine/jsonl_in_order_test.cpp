// With one job the jsonl writer writes a document's lines straight into the output when it is
// handed over (stream_item::in_order); with more, prepare renders them on the worker first.
// Both must give the bytes of render_jsonl.
#include <catch2/catch.hpp>

#include <sstream>
#include <string>
#include <vector>

#include "engine/document.hpp"
#include "engine/pipeline.hpp"
#include "engine/report/render.hpp"

using namespace claimcheck::engine;

namespace {

const std::string source_dir = CLAIMCHECK_SOURCE_DIR;

/// The documents of `rep` through a jsonl stream writer, each handed over in order or not.
std::string streamed(const report& rep, bool in_order) {
    std::string out_bytes;
    output_sink out([&](std::string_view b) {
        out_bytes.append(b);
        return true;
    });
    auto w = jsonl_stream_writer();
    for (const auto& dr : rep.documents) {
        stream_item item;
        item.in_order = in_order;
        item.result = dr;
        item.result->doc.id.clear();  // not known on the worker
        w->prepare(item);
        item.id = dr.doc.id;
        if (item.result) item.result->doc.id = item.id;  // as run_stream sets it on handing over
        w->write(item, out);
    }
    w->finish(out);
    REQUIRE(out.flush());
    return out_bytes;
}

}  // namespace

TEST_CASE("jsonl: a document handed over in order is written with the bytes of one prepared first", "[engine][stream]") {
    std::istringstream no_stdin;
    input_set set = read_inputs({source_dir + "/corpus/seeds"}, no_stdin);
    run_options ro;
    ro.jobs = 2;
    report rep = run(std::move(set), ro);
    REQUIRE(rep.documents.size() > 3);
    const std::string want = render_jsonl(rep);
    CHECK(streamed(rep, false) == want);
    CHECK(streamed(rep, true) == want);
    // a string that is not UTF-8 (nlohmann's U+FFFD in both ways)
    REQUIRE_FALSE(rep.documents[1].claims.empty());
    rep.documents[1].claims[0].agent = "bad\xFF";
    const std::string replaced = render_jsonl(rep);
    CHECK(replaced.find("bad\xEF\xBF\xBD") != std::string::npos);
    CHECK(streamed(rep, false) == replaced);
    CHECK(streamed(rep, true) == replaced);
    CHECK(replaced != want);
}
