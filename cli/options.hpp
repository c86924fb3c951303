#pragma once
// Command-line options: parsed here, acted on in main.cpp.
#include <optional>
#include <string>
#include <vector>

namespace claimcheck::cli {

enum class command { extract, check, audit, reconcile };
enum class color_mode { automatic, always, never };
enum class output_format { text, json, jsonl, markdown, html, records };

struct options {
    command cmd = command::check;
    output_format format = output_format::text;
    std::vector<std::string> inputs;   ///< for audit: the draft
    std::vector<std::string> against;  ///< audit: the reference articles
    bool byte_columns = false;         ///< audit: --column-unit=byte
    bool explain = false;              ///< check: say why claims were grouped
    std::string input_format = "auto"; ///< auto (by file name), text, jsonl
    unsigned jobs = 0;                 ///< worker threads; 0: all cores
    color_mode color = color_mode::automatic;
    std::optional<std::string> output;  ///< --output FILE (stdout otherwise)
    bool quiet = false;
    bool verbose = false;
};

/// What parsing the command line gave: options to run, or text to print and an exit code.
struct parse_result {
    std::optional<options> opts;
    std::string message;  ///< help, version or the usage error
    int exit_code = 0;
};

/// Parses argv; never exits or prints.
parse_result parse_options(int argc, const char* const* argv);

/// Exit codes, as documented in the README.
inline constexpr int exit_ok = 0;
inline constexpr int exit_discrepancy = 1;  ///< audit found a discrepancy
inline constexpr int exit_usage = 2;
inline constexpr int exit_output_error = 3;

}  // namespace claimcheck::cli
