// The claimcheck tool: flags -> pipeline -> output and exit code.
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "cli/options.hpp"
#include "engine/pipeline.hpp"
#include "engine/report/render.hpp"

namespace {

using namespace claimcheck;

bool write_output(const std::string& text, const std::optional<std::string>& path) {
    if (!path) {
        std::fwrite(text.data(), 1, text.size(), stdout);
        return std::fflush(stdout) == 0;
    }
    // a device or a pipe is written as it is; a file is written beside the target and renamed,
    // so an interrupted run never leaves half a report
    std::error_code st_ec;
    auto st = std::filesystem::status(*path, st_ec);
    if (!st_ec && std::filesystem::exists(st) && !std::filesystem::is_regular_file(st)) {
        if (std::filesystem::is_directory(st)) return false;
        std::ofstream out(*path, std::ios::binary);
        out << text;
        return static_cast<bool>(out.flush());
    }
    std::string tmp = *path + ".tmp";
    {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        if (!out) return false;
        out << text;
        if (!out.flush()) return false;
    }
    std::error_code ec;
    std::filesystem::rename(tmp, *path, ec);
    if (ec) std::filesystem::remove(tmp, ec);
    return !ec;
}

int run(int argc, char** argv) {
    auto logger = spdlog::stderr_color_mt("claimcheck");
    spdlog::set_default_logger(logger);
    spdlog::set_pattern("claimcheck: %l: %v");
    auto parsed = cli::parse_options(argc, argv);
    if (!parsed.opts) {
        (parsed.exit_code == cli::exit_ok ? std::cout : std::cerr) << parsed.message;
        return parsed.exit_code;
    }
    const cli::options& o = *parsed.opts;
    spdlog::set_level(o.quiet ? spdlog::level::err : o.verbose ? spdlog::level::debug : spdlog::level::info);

    engine::input_set inputs = engine::read_inputs(o.inputs, std::cin);
    for (const auto& s : inputs.skipped) spdlog::warn("{}: {} (skipped)", s.path, s.reason);
    for (const auto& d : inputs.documents) spdlog::debug("{}: read {} bytes", d.path, d.bytes.size());

    engine::run_options ro;
    ro.cross_check = o.cmd == cli::command::check;
    engine::report rep = engine::run(std::move(inputs), ro);

    std::string text;
    switch (o.format) {
        case cli::output_format::json: text = engine::render_json(rep); break;
        case cli::output_format::jsonl: text = engine::render_jsonl(rep); break;
        case cli::output_format::text: text = engine::render_text(rep); break;
        case cli::output_format::markdown: text = engine::render_markdown(rep); break;
        case cli::output_format::html: text = engine::render_html(rep); break;
    }
    if (!write_output(text, o.output)) {
        spdlog::error("{}: cannot write the output", o.output.value_or("standard output"));
        return cli::exit_output_error;
    }
    std::size_t claims = 0;
    for (const auto& d : rep.documents) claims += d.claims.size();
    spdlog::debug("{} documents, {} claims, {} skipped", rep.documents.size(), claims, rep.skipped.size());
    return cli::exit_ok;
}

}  // namespace

int main(int argc, char** argv) { return run(argc, argv); }
