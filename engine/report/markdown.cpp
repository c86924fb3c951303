// Markdown: tables that paste into a CMS, a wiki or a chat.
#include <sstream>

#include "engine/report/render.hpp"

namespace claimcheck::engine {

namespace {

/// A table cell: one line, pipes escaped.
std::string cell(const std::string& s) {
    std::string out;
    for (char c : s) {
        if (c == '|') out += "\\|";
        else if (c == '\n' || c == '\r') out += ' ';
        else out += c;
    }
    return out;
}

std::string file_name(const std::string& path) {
    auto slash = path.find_last_of('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

std::string where(const document_result& dr, const grammar::claim& c) {
    auto [b, e] = original_span(dr.doc, c.begin, c.end);
    (void)e;
    auto lc = locate(dr.doc.bytes, b);
    return file_name(dr.doc.path) + ":" + std::to_string(lc.line) + ":" + std::to_string(lc.column);
}

std::string outlet_of(const document& d) {
    if (!d.outlet) return "";
    if (d.url) return "[" + cell(*d.outlet) + "](" + *d.url + ")";
    return cell(*d.outlet);
}

std::string source_of(const grammar::claim& c) { return c.source ? c.source->source : std::string("(none named)"); }

std::string value_of(const grammar::claim& c) {
    std::string text = describe_claim_value(c);
    return text;
}

/// The sentence with the claim's words in bold.
std::string quoted(const document_result& dr, const grammar::claim& c) {
    const auto& s = dr.sentences.at(c.sentence);
    auto [sb, se] = original_span(dr.doc, s.begin, s.end);
    auto [cb, ce] = original_span(dr.doc, c.begin, c.end);
    const std::string& bytes = dr.doc.bytes;
    return cell(bytes.substr(sb, cb - sb)) + "**" + cell(bytes.substr(cb, ce - cb)) + "**" + cell(bytes.substr(ce, se - ce));
}

}  // namespace

std::string render_markdown(const report& rep) {
    std::ostringstream o;
    o << "# claimcheck report\n\n";
    if (!rep.cross_checked) {
        for (const auto& dr : rep.documents) {
            o << "## " << cell(file_name(dr.doc.path));
            if (dr.doc.outlet) o << " (" << outlet_of(dr.doc) << ")";
            o << "\n\n| Figure | Value | Source | Sentence | Where |\n| --- | --- | --- | --- | --- |\n";
            for (const auto& c : dr.claims)
                o << "| " << cell(claim_text(dr.doc, c)) << " | " << cell(value_of(c)) << " | " << cell(source_of(c)) << " | "
                  << quoted(dr, c) << " | " << where(dr, c) << " |\n";
            o << "\n";
        }
    }
    for (std::size_t si = 0; rep.cross_checked && si < rep.stories.size(); ++si) {
        const story& st = rep.stories[si];
        o << "## Story " << st.id << ": " << cell(st.label) << "\n\n";
        o << "Articles:";
        for (std::size_t k = 0; k < st.documents.size(); ++k) {
            const auto& d = rep.documents[st.documents[k]].doc;
            o << (k ? ", " : " ") << "`" << file_name(d.path) << "`";
            if (d.outlet) o << " (" << outlet_of(d) << ")";
        }
        o << "\n\n";
        std::vector<const group*> dis, agr;
        std::size_t lone = 0;
        for (const auto& g : rep.groups) {
            if (g.story != si) continue;
            if (g.verdict == "discrepancy") dis.push_back(&g);
            else if (g.verdict == "agree") agr.push_back(&g);
            else ++lone;
        }
        o << "### Discrepancies (" << dis.size() << ")\n\n";
        if (dis.empty()) {
            o << "None found.\n\n";
        } else {
            o << "| Figure | Value | Source | Outlet | Sentence | Where |\n| --- | --- | --- | --- | --- | --- |\n";
            for (const group* g : dis) {
                bool first = true;
                for (const auto& r : g->claims) {
                    const auto& dr = rep.documents[r.doc];
                    const auto& c = dr.claims[r.claim];
                    o << "| " << (first ? "**" + cell(g->measure) + "**: " + cell(g->explanation) : std::string()) << " | **"
                      << cell(value_of(c)) << "** | " << cell(source_of(c)) << " | " << outlet_of(dr.doc) << " | "
                      << quoted(dr, c) << " | " << where(dr, c) << " |\n";
                    first = false;
                }
            }
            o << "\n";
        }
        o << "### Agreements (" << agr.size() << ")\n\n";
        if (!agr.empty()) {
            o << "| Figure | Value | Reported by |\n| --- | --- | --- |\n";
            for (const group* g : agr) {
                const auto& c0 = rep.documents[g->claims.front().doc].claims[g->claims.front().claim];
                std::string by;
                for (const auto& r : g->claims) {
                    const auto& dr = rep.documents[r.doc];
                    const auto& c = dr.claims[r.claim];
                    if (!by.empty()) by += "; ";
                    by += source_of(c);
                    if (dr.doc.outlet) by += " (" + *dr.doc.outlet + ")";
                    by += ", " + where(dr, c);
                }
                o << "| " << cell(g->measure) << " | " << cell(value_of(c0)) << " | " << cell(by) << " |\n";
            }
            o << "\n";
        }
        o << "Lone figures (reported once): " << lone << "\n\n";
    }
    if (!rep.skipped.empty()) {
        o << "## Skipped inputs\n\n| Input | Reason |\n| --- | --- |\n";
        for (const auto& s : rep.skipped) o << "| `" << cell(s.path) << "` | " << cell(s.reason) << " |\n";
        o << "\n";
    }
    return o.str();
}

}  // namespace claimcheck::engine
