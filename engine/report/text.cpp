#include <sstream>

#include "engine/numbers.hpp"
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
    if (line_start == 0 && bytes.compare(0, 3, "\xEF\xBB\xBF") == 0 && offset >= 3) line_start = 3;  // a BOM is no column
    lc.column = count_code_points(std::string_view(bytes).substr(line_start, offset - line_start)) + 1;
    return lc;
}

std::string describe_claim_value(const grammar::claim& c) {
    if (!c.value) return "(unrepresentable: " + c.note + ")";
    std::string v = readable_number(*c.value);
    switch (c.q.qual) {
        case grammar::qualifier::range: v += ".." + readable_number(c.q.range_high.value_or(*c.value)); break;
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

namespace {

std::string one_line(std::string s) {
    for (char& c : s)
        if (c == '\n') c = ' ';
    return s;
}

}  // namespace

namespace {

struct painter {
    const text_style& style;
    std::string operator()(const char* code, const std::string& text) const {
        return style.color ? std::string("\x1b[") + code + "m" + text + "\x1b[0m" : text;
    }
};
constexpr const char* bold = "1";
constexpr const char* dim = "2";
constexpr const char* red = "1;31";
constexpr const char* green = "32";
constexpr const char* cyan = "36";

/// Wraps `text` to `width` columns (code points), each line after the first indented.
std::string wrap(const std::string& text, std::size_t width, const std::string& indent, std::size_t first_used) {
    if (width == 0 || width <= indent.size() + 20) return text;
    std::string out, line;
    std::size_t used = first_used;
    std::size_t i = 0;
    while (i < text.size()) {
        std::size_t e = text.find(' ', i);
        if (e == std::string::npos) e = text.size();
        std::string word = text.substr(i, e - i);
        std::size_t w = count_code_points(word);
        if (!line.empty() && used + 1 + w > width) {
            out += line + "\n" + indent;
            line.clear();
            used = indent.size();
        }
        if (!line.empty()) {
            line += ' ';
            ++used;
        }
        line += word;
        used += w;
        i = e + 1;
    }
    return out + line;
}

/// One claim as a report line: value, words, source and outlet, then the quoted sentence.
void claim_lines(std::ostringstream& o, const report& rep, const claim_ref& r, const char* indent,
                 const text_style& style = {}) {
    painter paint{style};
    const document_result& dr = rep.documents[r.doc];
    const grammar::claim& c = dr.claims[r.claim];
    auto [b, e] = original_span(dr.doc, c.begin, c.end);
    auto lc = locate(dr.doc.bytes, b);
    std::string file = dr.doc.path;
    if (auto slash = file.find_last_of('/'); slash != std::string::npos) file = file.substr(slash + 1);
    o << indent << std::left << paint(bold, describe_claim_value(c)) << "  \"" << one_line(claim_text(dr.doc, c)) << "\"  ";
    o << paint(cyan, c.source ? c.source->source : std::string("no source named"));
    if (dr.doc.outlet || dr.doc.published)
        o << " (" << dr.doc.outlet.value_or("") << (dr.doc.outlet && dr.doc.published ? ", " : "")
          << (dr.doc.published ? dr.doc.published->substr(0, 10) : "") << ")";
    o << "  " << paint(dim, file + ":" + std::to_string(lc.line) + ":" + std::to_string(lc.column)) << "\n";
    const std::string quote_indent = std::string(indent) + "      ";
    o << indent << "    > "
      << paint(dim, wrap(one_line(sentence_text(dr, c)), style.width, quote_indent, quote_indent.size())) << "\n";
}

std::string render_cross_check(const report& rep, const text_style& style) {
    painter paint{style};
    std::ostringstream o;
    std::size_t discrepancies = 0, agreements = 0, singles = 0;
    for (std::size_t si = 0; si < rep.stories.size(); ++si) {
        const story& st = rep.stories[si];
        o << paint(bold, "== Story " + st.id + ": " + st.label) << " (" << st.documents.size() << " article"
          << (st.documents.size() == 1 ? "" : "s") << ")\n";
        for (auto d : st.documents) {
            o << "   " << rep.documents[d].doc.path;
            if (rep.documents[d].doc.outlet) o << "  (" << *rep.documents[d].doc.outlet << ")";
            o << "\n";
        }
        std::vector<const group*> dis, agr, one;
        for (const auto& g : rep.groups) {
            if (g.story != si) continue;
            (g.verdict == "discrepancy" ? dis : g.verdict == "agree" ? agr : one).push_back(&g);
        }
        discrepancies += dis.size();
        agreements += agr.size();
        singles += one.size();
        auto why = [&](const group* g) {
            if (!style.explain) return;
            o << "      " << paint(dim, "why grouped: story " + st.id + " (" + st.label + "); " + g->why) << "\n";
            o << "      " << paint(dim, "why " + g->verdict + ": " + g->explanation) << "\n";
        };
        o << "\n  " << paint(red, "Discrepancies (" + std::to_string(dis.size()) + ")") << "\n";
        if (dis.empty()) o << "    none found\n";
        for (const group* g : dis) {
            o << "  " << paint(red, "*") << " " << paint(bold, g->measure) << ": " << g->explanation << " [" << g->relation << "]\n";
            why(g);
            for (const auto& r : g->claims) claim_lines(o, rep, r, "      ", style);
        }
        o << "\n  " << paint(green, "Agreements (" + std::to_string(agr.size()) + ")") << "\n";
        for (const group* g : agr) {
            o << "  " << paint(green, "=") << " " << g->measure << ": " << g->explanation << "\n";
            why(g);
            for (const auto& r : g->claims) claim_lines(o, rep, r, "      ", style);
        }
        o << "\n  Lone figures (" << one.size() << ")\n";
        for (const group* g : one)
            for (const auto& r : g->claims) claim_lines(o, rep, r, "    ", style);
        o << "\n";
    }
    if (!rep.skipped.empty()) {
        o << "Skipped inputs:\n";
        for (const auto& s : rep.skipped) o << "  " << s.path << ": " << s.reason << "\n";
        o << "\n";
    }
    std::size_t claims = 0;
    for (const auto& dr : rep.documents) claims += dr.claims.size();
    auto count = [](std::size_t n, const char* one, const char* many) {
        return std::to_string(n) + " " + (n == 1 ? one : many);
    };
    o << count(rep.documents.size(), "article", "articles") << " in " << count(rep.stories.size(), "story", "stories")
      << ", " << count(claims, "figure", "figures") << ": " << count(discrepancies, "discrepancy", "discrepancies") << ", "
      << count(agreements, "agreement", "agreements") << ", " << count(singles, "lone figure", "lone figures") << "; "
      << count(rep.skipped.size(), "input", "inputs") << " skipped\n";
    return o.str();
}

}  // namespace

std::string render_text(const report& rep, const text_style& style) {
    if (rep.cross_checked) return render_cross_check(rep, style);
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
            o << "  " << lc.line << ":" << lc.column << "  " << one_line(claim_text(d, c)) << "  [" << describe_claim_value(c) << "]";
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
