#pragma once
// What several engine tests share: a temporary folder, a cross-checked report of a few article
// texts, and a streamed writer run over inputs.
#include <catch2/catch.hpp>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

#include "engine/document.hpp"
#include "engine/pipeline.hpp"
#include "engine/reconcile.hpp"
#include "engine/report/render.hpp"

namespace claimcheck::test {

/// A fresh folder under the system's temporary folder for one test, removed at its end.
struct temp_folder {
    std::filesystem::path path;
    temp_folder() {
        static std::atomic<int> n{0};
        path = std::filesystem::temp_directory_path() /
               ("claimcheck_test_" + std::to_string(::getpid()) + "_" + std::to_string(n++));
        std::filesystem::remove_all(path);
        std::filesystem::create_directories(path);
    }
    ~temp_folder() {
        std::error_code ec;
        std::filesystem::remove_all(path, ec);
    }
    temp_folder(const temp_folder&) = delete;
    temp_folder& operator=(const temp_folder&) = delete;
    /// Writes `bytes` to `name` (a path under the folder; its folders are made).
    void write(const std::string& name, const std::string& bytes) const {
        std::filesystem::create_directories((path / name).parent_path());
        std::ofstream out(path / name, std::ios::binary);
        out << bytes;
    }
};

/// The report of `check` over these articles (name, text), d1, d2, ... in this order.
inline engine::report cross_checked(const std::vector<std::pair<std::string, std::string>>& articles) {
    engine::input_set in;
    for (const auto& [name, text] : articles) {
        engine::document d;
        REQUIRE_FALSE(engine::load_document(name, text, d));
        d.id = "d" + std::to_string(in.documents.size() + 1);
        in.documents.push_back(std::move(d));
    }
    engine::run_options o;
    o.cross_check = true;
    return engine::run(std::move(in), o);
}

/// What `writer` writes when the inputs `paths` are streamed through it on `jobs` threads with a
/// window of `window_items`.
inline std::string streamed(engine::stream_writer& writer, const std::vector<std::string>& paths, unsigned jobs,
                            std::size_t window_items) {
    std::string got;
    engine::output_sink out([&](std::string_view b) {
        got.append(b);
        return true;
    });
    std::istringstream no_stdin;
    engine::input_reader reader(paths, no_stdin);
    engine::stream_options o;
    o.jobs = jobs;
    o.window_items = window_items;
    o.render = [&](engine::stream_item& item) { writer.prepare(item); };
    o.sink = [&](engine::stream_item& item) {
        writer.write(item, out);
        return out.ok();
    };
    REQUIRE(engine::run_stream(reader, o));
    writer.finish(out);
    REQUIRE(out.flush());
    return got;
}

/// What `writer` writes when its only input is skipped.
inline std::string streamed_skip_only(engine::stream_writer& writer, engine::skipped_input skipped) {
    std::string got;
    engine::output_sink out([&](std::string_view b) {
        got.append(b);
        return true;
    });
    engine::stream_item item;
    item.skipped = std::move(skipped);
    writer.write(item, out);
    writer.finish(out);
    out.flush();
    return got;
}

/// The group of the claim of document `doc` (0-based) whose text starts with `words`, or null.
inline const engine::group* group_of(const engine::report& r, std::size_t doc, const std::string& words) {
    const auto& dr = r.documents.at(doc);
    for (const auto& g : r.groups)
        for (const auto& ref : g.claims) {
            if (ref.doc != doc) continue;
            const auto& c = dr.claims[ref.claim];
            if (std::string_view(dr.doc.folded.text).substr(c.begin, c.end - c.begin).substr(0, words.size()) == words) return &g;
        }
    return nullptr;
}

/// Whether the claims of documents `da` and `db` that start with `a` and `b` are in one group.
inline bool same_group(const engine::report& r, std::size_t da, const std::string& a, std::size_t db, const std::string& b) {
    const engine::group* ga = group_of(r, da, a);
    const engine::group* gb = group_of(r, db, b);
    return ga && gb && ga == gb;
}

}  // namespace claimcheck::test
