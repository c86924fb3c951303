#include "cli/options.hpp"

#include <boost/program_options.hpp>
#include <sstream>

namespace claimcheck::cli {

namespace po = boost::program_options;

namespace {

const char* const usage_line =
    "usage: claimcheck extract PATH... | -                 print the figures each article states\n"
    "       claimcheck check PATH... | -                   cross-check the figures of articles, story by story\n"
    "       claimcheck audit DRAFT --against PATH...       check a draft's figures against reference articles\n"
    "       claimcheck reconcile RECORDS... | -            cross-check records written by extract --format records\n";

po::options_description common_options() {
    po::options_description o("options");
    o.add_options()
        ("format,f", po::value<std::string>()->default_value("text"),
         "output: text (for people), json, jsonl, markdown, html, records (extract) (audit: text or json)")
        ("output,o", po::value<std::string>(), "write the result to FILE instead of standard output")
        ("explain", "check: say per group why its claims were grouped and why the verdict")
        ("color", po::value<std::string>()->default_value("auto"),
         "text colour: auto (when standard output is a terminal and NO_COLOR is unset), always, never")
        ("against", po::value<std::vector<std::string>>()->multitoken(), "audit: the reference articles (files or folders)")
        ("column-unit", po::value<std::string>()->default_value("char"),
         "audit: columns count characters (char, as editors show them) or bytes (byte, as Vim's %c expects)")
        ("input-format", po::value<std::string>()->default_value("auto"),
         "auto (*.jsonl and *.ndjson are JSON Lines, other files text), text, or jsonl (also for -)")
        ("jobs,j", po::value<unsigned>()->default_value(0), "read and extract with N threads (0: all cores)")
        ("quiet,q", "log errors only, and no progress line")
        ("verbose,v", "log each input as it is read")
        ("help,h", "show this help (after a command: that command's help)")
        ("version", "show the version");
    return o;
}

const char* const general_help =
    "PATH is a file, a folder (its *.txt files, recursively) or - for standard input.\n"
    "Inputs that cannot be read are logged on stderr and listed in the report as skipped.\n\n"
    "exit codes: 0 ran (for audit: no discrepancy), 1 audit found a discrepancy, 2 usage error,\n"
    "            3 the output could not be written.\n\n"
    "claimcheck COMMAND --help shows one command's manual; docs/cli.md has examples.\n";

std::string command_help(command c) {
    std::ostringstream o;
    switch (c) {
        case command::extract:
            o << "usage: claimcheck extract PATH... | - [--format text|json|jsonl|markdown] [--output FILE]\n\n"
                 "Prints every figure each article states: its value and qualifier, what is counted, what\n"
                 "happened to it, its scope, and who the text says it comes from. No cross-check.\n\n"
                 "  claimcheck extract article.txt\n"
                 "  claimcheck extract --format jsonl - < article.txt     one claim per line\n";
            break;
        case command::check:
            o << "usage: claimcheck check PATH... | - [--format text|json|jsonl|markdown|html] [--explain]\n"
                 "                        [--output FILE] [--color auto|always|never]\n\n"
                 "Groups the articles into stories, the figures of each story into groups that measure the\n"
                 "same thing, and gives each group a verdict: discrepancy (the stated values differ), agree,\n"
                 "or single. The text report shows discrepancies first, with each value's source, outlet\n"
                 "and sentence. --explain says why claims were grouped and why the verdict.\n\n"
                 "  claimcheck check articles/\n"
                 "  claimcheck check articles/ --format html -o report.html\n";
            break;
        case command::reconcile:
            o << "usage: claimcheck reconcile RECORDS... | - [--format text|json|markdown|html] [--explain]\n\n"
                 "Reads the records that `claimcheck extract --format records` writes (one JSON line per\n"
                 "document: metadata, text and claims) from any number of shards, and cross-checks them as\n"
                 "one `claimcheck check` over all the documents would: same stories, groups and verdicts.\n"
                 "Extraction is the costly part; it can run as a map step (Spark pipe, Hadoop Streaming).\n\n"
                 "  for s in shard*/; do claimcheck extract $s --format records > $s.records; done\n"
                 "  cat shard*.records | claimcheck reconcile - --format json\n";
            break;
        case command::audit:
            o << "usage: claimcheck audit DRAFT --against PATH... [--format text|json] [--column-unit char|byte]\n\n"
                 "Checks only the draft's figures, each against the reference articles (same story scoping\n"
                 "and grouping as check), in the form compilers use:\n"
                 "  draft.txt:12:34: warning: 150 drones launched; Ukraine's Air Force (cnn.com) says 145 [discrepancy]\n"
                 "  draft.txt:13:1: note: 72 drones shot down agrees with cnn.com [agree]\n"
                 "  draft.txt:14:5: note: 3 hospitals: no other source reports this figure [unsupported]\n"
                 "Lines and columns are 1-based; columns count characters (--column-unit=byte for bytes).\n"
                 "Exit code 1 when a discrepancy is found, 0 when none: a publication gate can rely on it.\n\n"
                 "  claimcheck audit draft.txt --against wire/ earlier/\n";
            break;
    }
    return o.str();
}

std::string help_text() {
    std::ostringstream o;
    o << usage_line << "\n" << common_options() << "\n" << general_help;
    return o.str();
}

parse_result usage_error(const std::string& what) {
    parse_result r;
    r.message = "claimcheck: " + what + "\n" + usage_line;
    r.exit_code = exit_usage;
    return r;
}

}  // namespace

parse_result parse_options(int argc, const char* const* argv) {
    parse_result r;
    po::options_description hidden;
    hidden.add_options()("command", po::value<std::string>())("inputs", po::value<std::vector<std::string>>());
    po::options_description all;
    all.add(common_options()).add(hidden);
    po::positional_options_description pos;
    pos.add("command", 1).add("inputs", -1);
    po::variables_map vm;
    try {
        po::store(po::command_line_parser(argc, argv).options(all).positional(pos).run(), vm);
        po::notify(vm);
    } catch (const po::error& e) {
        return usage_error(e.what());
    }
    options o;
    bool have_command = vm.count("command") > 0;
    if (have_command) {
        const std::string cmd = vm["command"].as<std::string>();
        if (cmd == "extract") o.cmd = command::extract;
        else if (cmd == "check") o.cmd = command::check;
        else if (cmd == "audit") o.cmd = command::audit;
        else if (cmd == "reconcile") o.cmd = command::reconcile;
        else if (cmd == "help" && !vm.count("help")) {
            r.message = help_text();
            return r;
        } else return usage_error("unknown command '" + cmd + "'");
    }
    if (vm.count("help")) {
        r.message = have_command ? command_help(o.cmd) : help_text();
        return r;
    }
    if (vm.count("version")) {
        r.message = "claimcheck 0.1.0\n";
        return r;
    }
    if (!have_command) return usage_error("no command given");

    const std::string fmt = vm["format"].as<std::string>();
    if (fmt == "text") o.format = output_format::text;
    else if (fmt == "json") o.format = output_format::json;
    else if (fmt == "jsonl") o.format = output_format::jsonl;
    else if (fmt == "markdown" || fmt == "md") o.format = output_format::markdown;
    else if (fmt == "html") o.format = output_format::html;
    else if (fmt == "records") o.format = output_format::records;
    else return usage_error("unknown format '" + fmt + "' (text, json, jsonl, markdown, html or records)");

    if (vm.count("inputs")) o.inputs = vm["inputs"].as<std::vector<std::string>>();
    if (vm.count("against")) o.against = vm["against"].as<std::vector<std::string>>();
    if (o.cmd == command::audit) {
        if (o.inputs.size() != 1) return usage_error("audit takes one draft (then --against PATH...)");
        if (o.against.empty()) return usage_error("audit needs --against PATH... (the reference articles)");
        if (o.format != output_format::text && o.format != output_format::json)
            return usage_error("audit prints text or json");
    } else {
        if (!o.against.empty()) return usage_error("--against goes with audit");
        if (o.format == output_format::records && o.cmd != command::extract)
            return usage_error("--format records goes with extract");
        if (o.inputs.empty()) return usage_error("no input given (a file, a folder, or - for standard input)");
    }
    const std::string unit = vm["column-unit"].as<std::string>();
    if (unit == "byte") o.byte_columns = true;
    else if (unit != "char") return usage_error("--column-unit is char or byte, not '" + unit + "'");
    const std::string color = vm["color"].as<std::string>();
    if (color == "always") o.color = color_mode::always;
    else if (color == "never") o.color = color_mode::never;
    else if (color != "auto") return usage_error("--color is auto, always or never, not '" + color + "'");
    o.input_format = vm["input-format"].as<std::string>();
    if (o.input_format != "auto" && o.input_format != "text" && o.input_format != "jsonl")
        return usage_error("--input-format is auto, text or jsonl, not '" + o.input_format + "'");
    o.jobs = vm["jobs"].as<unsigned>();
    if (vm.count("output")) o.output = vm["output"].as<std::string>();
    o.explain = vm.count("explain") > 0;
    o.quiet = vm.count("quiet") > 0;
    o.verbose = vm.count("verbose") > 0;
    r.opts = std::move(o);
    return r;
}

}  // namespace claimcheck::cli
