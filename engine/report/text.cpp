#include <sstream>

#include "engine/report/render.hpp"
#include "engine/text.hpp"

namespace claimcheck::engine {

line_col locate(const std::string& bytes, std::size_t offset) {
    line_col lc;
    std::size_t line_start = 0;
    for (std::size_t i = 0; i < offset && i < bytes.size(); ++i)
        if (bytes[i] == '\n') {
            ++lc.line;
            line_start = i + 1;
        }
    lc.column = count_code_points(std::string_view(bytes).substr(line_start, offset - line_start)) + 1;
    return lc;
}

namespace {

std::string format_number(double v) {
    std::ostringstream o;
    if (v == static_cast<long long>(v) && v < 1e15) o << static_cast<long long>(v);
    else o << v;
    return o.str();
}

/// "at least 15", "10..15", "about 200 km2"
std::string describe_value(const grammar::claim& c) {
    if (!c.value) return "(unrepresentable: " + c.note + ")";
    std::string v = format_number(*c.value);
    switch (c.q.qual) {
        case grammar::qualifier::range: v += ".." + format_number(c.q.range_high.value_or(*c.value)); break;
        case grammar::qualifier::approx: v = "~" + v; break;
        case grammar::qualifier::nearly: v = "nearly " + v; break;
        case grammar::qualifier::at_least: v = ">=" + v; break;
        case grammar::qualifier::more_than: v = ">" + v; break;
        case grammar::qualifier::at_most: v = "<=" + v; break;
        case grammar::qualifier::less_than: v = "<" + v; break;
        case grammar::qualifier::exact: break;
    }
    if (!c.q.unit.empty()) v += " " + c.q.unit;
    return v;
}

std::string one_line(std::string s) {
    for (char& c : s)
        if (c == '\n') c = ' ';
    return s;
}

}  // namespace

std::string render_text(const report& rep) {
    std::ostringstream o;
    std::size_t total = 0;
    for (const auto& dr : rep.documents) {
        const auto& d = dr.doc;
        o << d.path;
        if (d.outlet) o << "  (" << *d.outlet << ")";
        o << "\n";
        if (dr.claims.empty()) o << "  no figures\n";
        for (const auto& c : dr.claims) {
            auto [b, e] = original_span(d, c.begin, c.end);
            auto lc = locate(d.bytes, b);
            o << "  " << lc.line << ":" << lc.column << "  " << one_line(claim_text(d, c)) << "  [" << describe_value(c) << "]";
            if (!c.pred.cls.empty()) o << "  " << c.pred.cls;
            if (!c.counted.lemma.empty()) o << "  counts: " << c.counted.lemma;
            if (!c.where.text.empty()) o << "  scope: " << c.where.text;
            if (!c.partitive.empty()) o << "  part (" << c.partitive << ")";
            o << "\n      source: " << (c.source ? c.source->source : std::string("none named")) << "\n";
            ++total;
        }
        o << "\n";
    }
    if (!rep.skipped.empty()) {
        o << "skipped:\n";
        for (const auto& s : rep.skipped) o << "  " << s.path << ": " << s.reason << "\n";
        o << "\n";
    }
    o << rep.documents.size() << " documents, " << total << " figures, " << rep.skipped.size() << " inputs skipped\n";
    return o.str();
}

}  // namespace claimcheck::engine
