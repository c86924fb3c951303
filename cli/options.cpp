#include "cli/options.hpp"

#include <boost/program_options.hpp>
#include <sstream>

namespace claimcheck::cli {

namespace po = boost::program_options;

namespace {

const char* const usage_line =
    "usage: claimcheck extract PATH... | -     print the figures each article states\n"
    "       claimcheck check PATH... | -       cross-check the figures of articles, story by story\n";

po::options_description visible_options() {
    po::options_description o("options");
    o.add_options()
        ("format,f", po::value<std::string>()->default_value("text"), "output: text (for people), json, jsonl, markdown, html")
        ("output,o", po::value<std::string>(), "write the result to FILE instead of standard output")
        ("quiet,q", "log errors only")
        ("verbose,v", "log each input as it is read")
        ("help,h", "show this help")
        ("version", "show the version");
    return o;
}

std::string help_text() {
    std::ostringstream o;
    o << usage_line << "\n"
      << "PATH is a file, a folder (its *.txt files, recursively) or - for standard input.\n\n"
      << visible_options() << "\n"
      << "exit codes: 0 ran (whatever it found), 2 usage error, 3 the output could not be written.\n"
      << "Inputs that cannot be read are logged on stderr and listed in the report as skipped.\n";
    return o.str();
}

}  // namespace

parse_result parse_options(int argc, const char* const* argv) {
    parse_result r;
    po::options_description hidden;
    hidden.add_options()("command", po::value<std::string>())("inputs", po::value<std::vector<std::string>>());
    po::options_description all;
    all.add(visible_options()).add(hidden);
    po::positional_options_description pos;
    pos.add("command", 1).add("inputs", -1);
    po::variables_map vm;
    try {
        po::store(po::command_line_parser(argc, argv).options(all).positional(pos).run(), vm);
        po::notify(vm);
    } catch (const po::error& e) {
        r.message = std::string("claimcheck: ") + e.what() + "\n" + usage_line;
        r.exit_code = exit_usage;
        return r;
    }
    if (vm.count("help")) {
        r.message = help_text();
        return r;
    }
    if (vm.count("version")) {
        r.message = "claimcheck 0.1.0\n";
        return r;
    }
    if (!vm.count("command")) {
        r.message = std::string("claimcheck: no command given\n") + usage_line;
        r.exit_code = exit_usage;
        return r;
    }
    options o;
    const std::string cmd = vm["command"].as<std::string>();
    if (cmd == "extract") o.cmd = command::extract;
    else if (cmd == "check") o.cmd = command::check;
    else {
        r.message = "claimcheck: unknown command '" + cmd + "'\n" + usage_line;
        r.exit_code = exit_usage;
        return r;
    }
    const std::string fmt = vm["format"].as<std::string>();
    if (fmt == "text") o.format = output_format::text;
    else if (fmt == "json") o.format = output_format::json;
    else if (fmt == "jsonl") o.format = output_format::jsonl;
    else if (fmt == "markdown" || fmt == "md") o.format = output_format::markdown;
    else if (fmt == "html") o.format = output_format::html;
    else {
        r.message = "claimcheck: unknown format '" + fmt + "' (text, json, jsonl, markdown or html)\n" + std::string(usage_line);
        r.exit_code = exit_usage;
        return r;
    }
    if (vm.count("inputs")) o.inputs = vm["inputs"].as<std::vector<std::string>>();
    if (o.inputs.empty()) {
        r.message = "claimcheck: no input given (a file, a folder, or - for standard input)\n" + std::string(usage_line);
        r.exit_code = exit_usage;
        return r;
    }
    if (vm.count("output")) o.output = vm["output"].as<std::string>();
    o.quiet = vm.count("quiet") > 0;
    o.verbose = vm.count("verbose") > 0;
    r.opts = std::move(o);
    return r;
}

}  // namespace claimcheck::cli
