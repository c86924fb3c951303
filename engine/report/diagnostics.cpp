// The audit of a draft in the form compilers use, so that editors and CI can jump to each figure:
//   draft.txt:12:34: warning: 150 drones launched; Ukraine's Air Force (cnn.com) says 145 [discrepancy]
#include <set>
#include <sstream>

#include "engine/report/render.hpp"

namespace claimcheck::engine {

namespace {

std::string one_line(std::string s) {
    for (char& c : s)
        if (c == '\n' || c == '\r') c = ' ';
    return s;
}

std::string file_name(const std::string& path) {
    auto slash = path.find_last_of('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

/// "Ukraine's Air Force (cnn.com)", or the outlet, or the file, when nobody is named.
std::string who(const document_result& dr, const grammar::claim& c) {
    std::string out;
    if (c.source) out = c.source->source;
    if (dr.doc.outlet) out += out.empty() ? *dr.doc.outlet : " (" + *dr.doc.outlet + ")";
    if (out.empty()) out = file_name(dr.doc.path);
    return out;
}

}  // namespace

std::string render_diagnostics(const audit_result& a, bool byte_columns) {
    const report& rep = a.rep;
    const document_result& draft = rep.documents.at(0);
    std::ostringstream o;
    for (const finding& f : a.findings) {
        const grammar::claim& c = draft.claims[f.claim];
        auto [b, e] = original_span(draft.doc, c.begin, c.end);
        (void)e;
        line_col lc = locate(draft.doc.bytes, b);
        if (byte_columns) {
            std::size_t line_start = draft.doc.bytes.rfind('\n', b == 0 ? 0 : b - 1);
            line_start = (line_start == std::string::npos || b == 0) ? 0 : line_start + 1;
            lc.column = b - line_start + 1;
        }
        std::string figure = one_line(claim_text(draft.doc, c));
        std::string happened = c.pred.cls;
        for (char& ch : happened)
            if (ch == '_') ch = ' ';
        if (!happened.empty() && figure.find(c.pred.text) == std::string::npos) figure += " " + happened;
        o << draft.doc.path << ":" << lc.line << ":" << lc.column << ": ";
        if (f.verdict == "discrepancy") {
            o << "warning: " << figure << ";";
            std::set<std::string> said;
            std::string sep = " ";
            for (const auto& m : f.compared) {
                const auto& dr = rep.documents[m.doc];
                const auto& theirs = dr.claims[m.claim];
                std::string line = who(dr, theirs) + " says " + describe_claim_value(theirs);
                if (!said.insert(line).second) continue;
                o << sep << line;
                sep = "; ";
            }
            o << " [discrepancy]\n";
        } else if (f.verdict == "agree") {
            std::set<std::string> names;
            std::string list;
            for (const auto& m : f.compared) {
                const auto& dr = rep.documents[m.doc];
                std::string n = who(dr, dr.claims[m.claim]);
                if (names.insert(n).second) list += (list.empty() ? "" : "; ") + n;
            }
            o << "note: " << figure << " agrees with " << list << " [agree]\n";
        } else {
            o << "note: " << figure << ": no other source reports this figure [unsupported]\n";
        }
    }
    return o.str();
}

}  // namespace claimcheck::engine
