#pragma once
// How a figure is written for a reader: the reports (text, Markdown, HTML) and the explanations
// of the groups print numbers alike.
#include <cmath>
#include <sstream>
#include <string>

namespace claimcheck::engine {

/// 150000000000 -> "150,000,000,000"; 4.6 -> "4.6"; -1200 -> "-1,200". Digits are grouped by
/// threes so that "160,000,000 vs 200,000,000" reads at a glance; fractions keep 12 significant
/// digits. A whole number that binary fractions missed by a hair is whole: "$33.2 billion" is
/// 33200000000.000004 as a double, and is written 33,200,000,000.
inline std::string readable_number(double v) {
    if (const double whole = std::round(v); std::fabs(v - whole) <= 1e-9 * std::fabs(v) && std::fabs(v) < 1e15) v = whole;
    if (v == std::floor(v) && std::fabs(v) < 1e15) {
        const std::string digits = std::to_string(static_cast<long long>(std::fabs(v)));
        std::string out;
        for (std::size_t i = 0; i < digits.size(); ++i) {
            if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
            out += digits[i];
        }
        return (v < 0 ? "-" : "") + out;
    }
    std::ostringstream o;
    o.precision(12);
    o << v;
    return o.str();
}

}  // namespace claimcheck::engine
