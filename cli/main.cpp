// The claimcheck tool: flags -> pipeline -> output and exit code.
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <sys/ioctl.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <chrono>
#include <memory>
#include <string_view>
#include <thread>

#include "cli/options.hpp"
#include "engine/pipeline.hpp"
#include "engine/records.hpp"
#include "engine/report/render.hpp"

namespace {

using namespace claimcheck;

bool write_output(const std::string& text, const std::optional<std::string>& path) {
    if (!path) {
        const bool written = std::fwrite(text.data(), 1, text.size(), stdout) == text.size();
        return std::fflush(stdout) == 0 && written;
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

engine::input_format input_format_of(const cli::options& o) {
    if (o.input_format == "text") return engine::input_format::text;
    if (o.input_format == "jsonl") return engine::input_format::jsonl;
    return engine::input_format::by_name;
}

/// One line on stderr, redrawn at most ten times a second, when stderr is a terminal:
/// documents, MB read (of the size of the input files, from the file system), claims, rate and
/// the time left (when the size is known: not for standard input).
struct progress_line {
    std::size_t total_bytes;
    bool total_known;
    bool enabled;
    bool drawn = false;
    std::chrono::steady_clock::time_point start = std::chrono::steady_clock::now(), last{};
    progress_line(std::size_t bytes, bool known, bool on) : total_bytes(bytes), total_known(known), enabled(on) {}
    void update(std::size_t docs, std::size_t bytes, std::size_t claims) {
        if (!enabled) return;
        auto now = std::chrono::steady_clock::now();
        if (now - start < std::chrono::seconds(1)) return;  // only long runs get a progress line
        if (now - last < std::chrono::milliseconds(100)) return;
        last = now;
        drawn = true;
        double secs = std::chrono::duration<double>(now - start).count();
        double rate = secs > 0 ? bytes / secs : 0;
        if (total_known) {
            double left = rate > 0 && total_bytes > bytes ? (total_bytes - bytes) / rate : 0;
            std::fprintf(stderr, "\rclaimcheck: %zu documents, %.1f/%.1f MB, %zu claims, %.1f MB/s, %.0f s left   ", docs,
                         bytes / 1e6, total_bytes / 1e6, claims, rate / 1e6, left);
        } else {
            std::fprintf(stderr, "\rclaimcheck: %zu documents, %.1f MB, %zu claims, %.1f MB/s   ", docs, bytes / 1e6, claims,
                         rate / 1e6);
        }
        std::fflush(stderr);
    }
    /// Blanks the line (before a log line, and at the end).
    void clear() {
        if (drawn) std::fprintf(stderr, "\r%*s\r", 100, "");  // blank the line without escape sequences
        drawn = false;
    }
    void finish() { clear(); }
};

/// The output of a streamed run: standard output, a device or pipe named by --output (written
/// directly), or a file, written as FILE.tmp beside it and renamed onto it at the end, so that an
/// interrupted run never leaves half a report.
class stream_output {
public:
    /// False when the output cannot be written (a folder, a place that cannot be created).
    bool open(const std::optional<std::string>& path) {
        if (!path) {
            file_ = stdout;
            return true;
        }
        std::error_code st_ec;
        auto st = std::filesystem::status(*path, st_ec);
        if (!st_ec && std::filesystem::exists(st) && !std::filesystem::is_regular_file(st)) {
            if (std::filesystem::is_directory(st)) return false;
            file_ = std::fopen(path->c_str(), "wb");
            owned_ = file_ != nullptr;
            return owned_;
        }
        target_ = *path;
        tmp_ = *path + ".tmp";
        file_ = std::fopen(tmp_.c_str(), "wb");
        owned_ = file_ != nullptr;
        if (!owned_) tmp_.clear();
        return owned_;
    }
    bool write(std::string_view bytes) { return std::fwrite(bytes.data(), 1, bytes.size(), file_) == bytes.size(); }
    /// Flushes and closes; a file is renamed onto its target when `complete`, else removed.
    bool close(bool complete) {
        if (!owned_) return std::fflush(file_) == 0 && complete;
        bool ok = std::fclose(file_) == 0 && complete;
        file_ = nullptr;
        owned_ = false;
        if (tmp_.empty()) return ok;
        std::error_code ec;
        if (ok) std::filesystem::rename(tmp_, target_, ec);
        if (!ok || ec) std::filesystem::remove(tmp_, ec);
        return ok && !ec;
    }
    ~stream_output() {
        if (owned_) close(false);
    }

private:
    std::FILE* file_ = nullptr;
    bool owned_ = false;
    std::string tmp_, target_;
};

/// Colour only for a terminal, never with NO_COLOR set; wrap to the terminal's width.
engine::text_style text_style_for(const cli::options& o) {
    engine::text_style st;
    const bool to_terminal = !o.output && isatty(STDOUT_FILENO);
    const bool no_color = std::getenv("NO_COLOR") && *std::getenv("NO_COLOR");
    st.color = o.color == cli::color_mode::always || (o.color == cli::color_mode::automatic && to_terminal && !no_color);
    if (o.color == cli::color_mode::never) st.color = false;
    if (to_terminal) {
        winsize ws{};
        if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) st.width = ws.ws_col;
    }
    if (const char* cols = std::getenv("COLUMNS"); cols && to_terminal) st.width = std::strtoul(cols, nullptr, 10);
    st.explain = o.explain;
    return st;
}

int run_audit(const cli::options& o) {
    engine::input_set draft_in = engine::read_inputs(o.inputs, std::cin, input_format_of(o));
    if (draft_in.documents.empty()) {
        const std::string why = draft_in.skipped.empty() ? "cannot be read" : draft_in.skipped.front().reason;
        spdlog::error("{}: {} (the draft)", o.inputs.front(), why);
        return cli::exit_usage;
    }
    engine::input_set refs = engine::read_inputs(o.against, std::cin, input_format_of(o));
    for (const auto& s : refs.skipped) spdlog::warn("{}: {} (skipped)", s.path, s.reason);
    if (refs.documents.empty()) spdlog::warn("no reference article could be read: every figure is unsupported");
    engine::audit_result a = engine::audit(std::move(draft_in.documents.front()), std::move(refs));
    std::string text = o.format == cli::output_format::json ? engine::render_audit_json(a)
                                                             : engine::render_diagnostics(a, o.byte_columns);
    if (!write_output(text, o.output)) {
        spdlog::error("{}: cannot write the output", o.output.value_or("standard output"));
        return cli::exit_output_error;
    }
    return a.has_discrepancy() ? cli::exit_discrepancy : cli::exit_ok;
}

std::string render_report(const engine::report& rep, const cli::options& o) {
    switch (o.format) {
        case cli::output_format::json: return engine::render_json(rep);
        case cli::output_format::jsonl: return engine::render_jsonl(rep);
        case cli::output_format::markdown: return engine::render_markdown(rep);
        case cli::output_format::html: return engine::render_html(rep);
        case cli::output_format::records: return engine::render_records(rep);
        case cli::output_format::text: break;
    }
    return engine::render_text(rep, text_style_for(o));
}

/// Writes the report in its format; false when the output cannot be written. JSON is handed to
/// the output as it is rendered (a file still appears only once complete), the others whole.
bool write_report(const engine::report& rep, const cli::options& o) {
    if (o.format != cli::output_format::json) return write_output(render_report(rep, o), o.output);
    // the output is opened with the first bytes: render_json checks every string first and
    // throws before writing any (as rendering the whole text first did)
    stream_output out;
    bool opened = false, open_failed = false;
    engine::output_sink sink([&](std::string_view bytes) {
        if (!opened) {
            opened = out.open(o.output);
            open_failed = !opened;
            if (!opened) return false;
        }
        return out.write(bytes);
    });
    engine::render_json(rep, sink);
    const bool complete = sink.flush() && !open_failed;
    if (!opened) return false;
    return out.close(complete);
}

/// A whole report (every document, claim and group) is millions of small allocations: freeing
/// them one by one at the end took seconds on one thread, after the output was complete. The
/// report is left to the operating system instead, reachable from here until the process ends
/// (so leak checkers do not count it).
engine::report& report_kept_until_exit() {
    static engine::report* kept = new engine::report;
    return *kept;
}

/// Scopes the report's documents into stories and groups their claims (engine::cross_check);
/// with -v, logs how long each stage took (the figures of docs/performance.md).
void cross_check_timed(engine::report& rep, unsigned jobs) {
    const auto started = std::chrono::steady_clock::now();
    rep.stories = engine::find_stories(rep.documents, jobs);
    const auto scoped = std::chrono::steady_clock::now();
    rep.groups = engine::reconcile(rep.documents, rep.stories, jobs);
    rep.cross_checked = true;
    const auto done = std::chrono::steady_clock::now();
    std::size_t claims = 0;
    for (const auto& d : rep.documents) claims += d.claims.size();
    const auto secs = [](auto d) { return std::chrono::duration<double>(d).count(); };
    spdlog::debug("{} claims of {} documents: {} stories in {:.2f} s, {} groups in {:.2f} s", claims,
                  rep.documents.size(), rep.stories.size(), secs(scoped - started), rep.groups.size(),
                  secs(done - scoped));
}

/// With -v: what a streamed check did (the figures of docs/performance.md).
void log_check_stats(const engine::check_stats& s) {
    spdlog::debug("{} claims of {} documents: {} stories in {:.2f} s, {} groups in {:.2f} s ({:.1f} MB spilled)", s.claims,
                  s.documents, s.stories, s.scoping_seconds, s.groups, s.grouping_seconds, s.spilled_bytes / 1e6);
}

/// reconcile --format json, streamed as check's JSON is: records are read a line at a time,
/// parsed a few hundred at a time on `jobs` threads, and only their story features are kept.
int run_reconcile_json(const cli::options& o, unsigned jobs) {
    engine::input_reader reader(o.inputs, std::cin, engine::input_format::jsonl);
    engine::check_stats stats;
    auto writer = engine::check_json_stream_writer(jobs, &stats);
    stream_output out;
    if (!out.open(o.output)) {
        spdlog::error("{}: cannot write the output", o.output.value_or("standard output"));
        return cli::exit_output_error;
    }
    engine::output_sink sink([&](std::string_view bytes) { return out.write(bytes); });
    std::size_t documents = 0;
    bool complete = true;
    try {
        std::vector<engine::raw_input> batch;
        std::vector<engine::stream_item> items;
        bool more = true;
        while (more && complete) {
            batch.clear();
            std::size_t bytes = 0;
            engine::raw_input raw;
            while (batch.size() < 512 && bytes < (std::size_t(16) << 20) && (more = reader.next(raw))) {
                bytes += raw.bytes.size();
                batch.push_back(std::move(raw));
            }
            items.assign(batch.size(), engine::stream_item());
            engine::detail::parallel_for(batch.size(), jobs, [&](std::size_t k) {
                engine::raw_input& r = batch[k];
                engine::stream_item& item = items[k];
                item.path = r.path;
                if (r.what == engine::raw_input::kind::skipped) {
                    item.skipped = engine::skipped_input{r.path, r.skip_reason};
                    return;
                }
                engine::document_result dr;
                if (auto why = engine::load_record(r.bytes, r.line_no, dr)) {
                    item.skipped = engine::skipped_input{r.path, *why};
                    return;
                }
                std::string().swap(r.bytes);
                item.claims = dr.claims.size();
                item.result = std::move(dr);
                writer->prepare(item);
            });
            for (auto& item : items) {
                if (item.skipped) spdlog::warn("{}: {} (skipped)", item.skipped->path, item.skipped->reason);
                else item.id = "d" + std::to_string(++documents);
                writer->write(item, sink);
                item = engine::stream_item();
                if (!sink.ok()) complete = false;
            }
        }
        if (complete) writer->finish(sink);
        complete = sink.flush() && complete;
    } catch (const std::runtime_error& e) {
        spdlog::error("{}", e.what());
        complete = false;
    }
    if (!out.close(complete)) {
        spdlog::error("{}: cannot write the output", o.output.value_or("standard output"));
        return cli::exit_output_error;
    }
    log_check_stats(stats);
    return cli::exit_ok;
}

int run_reconcile(const cli::options& o) {
    const unsigned jobs = o.jobs ? o.jobs : std::max(1u, std::thread::hardware_concurrency());
    if (o.format == cli::output_format::json) return run_reconcile_json(o, jobs);
    engine::report& rep = report_kept_until_exit();
    std::vector<engine::document_result> docs;
    for (const auto& path : o.inputs) {
        std::string bytes;
        if (path == "-") {
            bytes.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
        } else {
            std::ifstream in(path, std::ios::binary);
            if (!in) {
                spdlog::warn("{}: cannot open (skipped)", path);
                rep.skipped.push_back({path, "cannot open for reading"});
                continue;
            }
            bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
        }
        std::size_t before = rep.skipped.size();
        engine::read_records(path, bytes, docs, rep.skipped);
        for (std::size_t i = before; i < rep.skipped.size(); ++i)
            spdlog::warn("{}: {} (skipped)", rep.skipped[i].path, rep.skipped[i].reason);
    }
    rep.documents = std::move(docs);
    cross_check_timed(rep, jobs);
    if (!write_report(rep, o)) {
        spdlog::error("{}: cannot write the output", o.output.value_or("standard output"));
        return cli::exit_output_error;
    }
    return cli::exit_ok;
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

    if (o.cmd == cli::command::audit) return run_audit(o);
    if (o.cmd == cli::command::reconcile) return run_reconcile(o);

    // inputs are read one at a time and extracted by `jobs` threads; extract's jsonl, records,
    // json and text outputs are written as the documents are done, in input order, so memory
    // does not grow with the input; the other outputs (and check) gather the report first
    engine::input_reader reader(o.inputs, std::cin, input_format_of(o));
    const unsigned jobs = o.jobs ? o.jobs : std::max(1u, std::thread::hardware_concurrency());
    progress_line progress(reader.total_bytes(), reader.total_known(), !o.quiet && isatty(STDERR_FILENO));
    std::size_t documents = 0, skipped = 0, claims = 0, bytes_read = 0;
    auto note = [&](const engine::stream_item& item) {
        bytes_read += item.input_bytes;
        if (item.skipped) {
            progress.clear();
            spdlog::warn("{}: {} (skipped)", item.skipped->path, item.skipped->reason);
            ++skipped;
        } else {
            spdlog::debug("{}: read {} bytes", item.path, item.bytes);
            ++documents;
            claims += item.claims;
        }
        progress.update(documents, bytes_read, claims);
    };
    engine::stream_options so;
    so.jobs = jobs;

    std::unique_ptr<engine::stream_writer> writer;
    engine::check_stats stats;
    // check's JSON report is streamed too: only story features stay in memory (the documents
    // are spilled to a temporary file and read back a few stories at a time)
    if (o.cmd == cli::command::check && o.format == cli::output_format::json)
        writer = engine::check_json_stream_writer(jobs, &stats);
    if (o.cmd == cli::command::extract) switch (o.format) {
            case cli::output_format::jsonl: writer = engine::jsonl_stream_writer(); break;
            case cli::output_format::records: writer = engine::records_stream_writer(); break;
            case cli::output_format::json: writer = engine::json_stream_writer(); break;
            case cli::output_format::text: writer = engine::text_stream_writer(); break;
            case cli::output_format::markdown:
            case cli::output_format::html: break;
        }
    if (writer) {
        stream_output out;
        if (!out.open(o.output)) {
            spdlog::error("{}: cannot write the output", o.output.value_or("standard output"));
            return cli::exit_output_error;
        }
        engine::output_sink sink([&](std::string_view bytes) { return out.write(bytes); });
        so.render = [&](engine::stream_item& item) { writer->prepare(item); };
        so.sink = [&](engine::stream_item& item) {
            note(item);
            writer->write(item, sink);
            return sink.ok();
        };
        bool complete = false;
        try {
            complete = engine::run_stream(reader, so);
            if (complete) writer->finish(sink);
            complete = sink.flush() && complete;
        } catch (const std::runtime_error& e) {
            progress.finish();
            spdlog::error("{}", e.what());
            out.close(false);
            spdlog::error("{}: cannot write the output", o.output.value_or("standard output"));
            return cli::exit_output_error;
        }
        progress.finish();
        if (!out.close(complete)) {
            spdlog::error("{}: cannot write the output", o.output.value_or("standard output"));
            return cli::exit_output_error;
        }
        if (o.cmd == cli::command::check)
            log_check_stats(stats);
        spdlog::debug("{} documents, {} claims, {} skipped", documents, claims, skipped);
        return cli::exit_ok;
    }

    engine::report& rep = report_kept_until_exit();
    so.sink = [&](engine::stream_item& item) {
        note(item);
        if (item.skipped) rep.skipped.push_back(std::move(*item.skipped));
        else rep.documents.push_back(std::move(*item.result));
        return true;
    };
    engine::run_stream(reader, so);
    progress.finish();
    if (o.cmd == cli::command::check) cross_check_timed(rep, jobs);

    if (!write_report(rep, o)) {
        spdlog::error("{}: cannot write the output", o.output.value_or("standard output"));
        return cli::exit_output_error;
    }
    spdlog::debug("{} documents, {} claims, {} skipped", documents, claims, skipped);
    return cli::exit_ok;
}

}  // namespace

int main(int argc, char** argv) { return run(argc, argv); }
