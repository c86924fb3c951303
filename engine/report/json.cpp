#include <cmath>
#include <nlohmann/json.hpp>

#include "engine/report/render.hpp"

namespace claimcheck::engine {

using ojson = nlohmann::ordered_json;

std::pair<std::size_t, std::size_t> original_span(const document& doc, std::size_t b, std::size_t e) {
    return {doc.folded.original(b), doc.folded.original(e)};
}

std::string claim_text(const document& doc, const grammar::claim& c) {
    auto [b, e] = original_span(doc, c.begin, c.end);
    return doc.bytes.substr(b, e - b);
}

std::string sentence_text(const document_result& dr, const grammar::claim& c) {
    const auto& s = dr.sentences.at(c.sentence);
    auto [b, e] = original_span(dr.doc, s.begin, s.end);
    return dr.doc.bytes.substr(b, e - b);
}

namespace {

ojson number_or_null(const std::optional<double>& v) {
    if (!v) return nullptr;
    double x = *v;
    if (std::floor(x) == x && std::fabs(x) < 9e15) return static_cast<long long>(x);
    return x;
}

ojson claim_json(const document_result& dr, const grammar::claim& c, const std::string& id) {
    const auto& doc = dr.doc;
    auto [b, e] = original_span(doc, c.begin, c.end);
    ojson j;
    j["id"] = id;
    j["doc"] = doc.id;
    j["start"] = b;
    j["end"] = e;
    j["text"] = doc.bytes.substr(b, e - b);
    j["value"] = number_or_null(c.value);
    j["low"] = number_or_null(c.low);
    j["high"] = number_or_null(c.high);
    j["qualifier"] = std::string(grammar::to_string(c.q.qual));
    j["unit"] = c.q.unit.empty() ? ojson(nullptr) : ojson(c.q.unit);
    j["kind"] = std::string(grammar::to_string(c.q.kind));
    if (!c.note.empty()) j["note"] = c.note;
    if (!c.counted.head.empty()) {
        ojson ct;
        ct["head"] = c.counted.head;
        ct["lemma"] = c.counted.lemma;
        ct["class"] = c.counted.cls.empty() ? ojson(nullptr) : ojson(c.counted.cls);
        ct["modifiers"] = c.counted.modifiers;
        ct["inherited"] = c.counted.inherited;
        j["counted"] = ct;
    } else {
        j["counted"] = nullptr;
    }
    j["predicate"] = c.pred.cls.empty() ? ojson(nullptr) : ojson{{"text", c.pred.text}, {"class", c.pred.cls}};
    j["scope"] = c.where.text.empty() ? ojson(nullptr) : ojson{{"text", c.where.text}, {"kind", c.where.kind}};
    if (!c.where.key.empty()) j["scope"]["key"] = c.where.key;
    j["per_side"] = c.per_side;
    j["agent"] = c.agent.empty() ? ojson(nullptr) : ojson(c.agent);
    j["attribute"] = c.attribute.empty() ? ojson(nullptr) : ojson(c.attribute);
    j["state"] = c.mod_class.empty() ? ojson(nullptr) : ojson(c.mod_class);
    j["aggregate"] = c.aggregate;
    j["background"] = c.background;
    j["partitive"] = c.partitive.empty() ? ojson(nullptr) : ojson(c.partitive);
    if (c.source) {
        auto [sb, se] = original_span(doc, c.source->begin, c.source->end);
        ojson a;
        a["source"] = c.source->source;
        a["cue"] = c.source->cue;
        a["start"] = sb;
        a["end"] = se;
        a["via"] = c.source->via;
        if (!c.source->written.empty()) a["written"] = c.source->written;
        if (!c.source->title.empty()) a["title"] = c.source->title;
        j["attribution"] = a;
    } else {
        j["attribution"] = nullptr;
    }
    const auto& s = dr.sentences.at(c.sentence);
    auto [ssb, sse] = original_span(doc, s.begin, s.end);
    j["sentence"] = {{"start", ssb}, {"end", sse}};
    return j;
}

ojson document_json(const document_result& dr) {
    ojson d;
    d["id"] = dr.doc.id;
    d["path"] = dr.doc.path;
    d["outlet"] = dr.doc.outlet ? ojson(*dr.doc.outlet) : ojson(nullptr);
    if (dr.doc.url) d["url"] = *dr.doc.url;
    if (dr.doc.published) d["published"] = *dr.doc.published;
    if (dr.doc.title) d["title"] = *dr.doc.title;
    if (dr.doc.record_id) d["record_id"] = *dr.doc.record_id;
    d["bytes"] = dr.doc.bytes.size();
    d["sentences"] = dr.sentences.size();
    d["claims"] = dr.claims.size();
    return d;
}

/// Claim ids are c1, c2, ... in document then text order.
std::vector<std::vector<std::string>> claim_ids(const report& rep) {
    std::vector<std::vector<std::string>> ids;
    std::size_t n = 0;
    for (const auto& dr : rep.documents) {
        ids.emplace_back();
        for (std::size_t i = 0; i < dr.claims.size(); ++i) ids.back().push_back("c" + std::to_string(++n));
    }
    return ids;
}

}  // namespace

std::string render_json(const report& rep) {
    auto ids = claim_ids(rep);
    ojson j;
    j["documents"] = ojson::array();
    for (const auto& dr : rep.documents) j["documents"].push_back(document_json(dr));
    j["claims"] = ojson::array();
    for (std::size_t d = 0; d < rep.documents.size(); ++d)
        for (std::size_t i = 0; i < rep.documents[d].claims.size(); ++i)
            j["claims"].push_back(claim_json(rep.documents[d], rep.documents[d].claims[i], ids[d][i]));
    if (rep.cross_checked) {
        j["stories"] = ojson::array();
        for (const auto& s : rep.stories) {
            ojson docs = ojson::array();
            for (auto d : s.documents) docs.push_back(rep.documents[d].doc.id);
            j["stories"].push_back({{"id", s.id}, {"documents", docs}, {"label", s.label}});
        }
        j["groups"] = ojson::array();
        for (const auto& g : rep.groups) {
            ojson members = ojson::array();
            for (const auto& r : g.claims) members.push_back(ids[r.doc][r.claim]);
            j["groups"].push_back({{"id", g.id},
                                   {"story", rep.stories[g.story].id},
                                   {"verdict", g.verdict},
                                   {"relation", g.relation},
                                   {"measure", g.measure},
                                   {"explanation", g.explanation},
                                   {"why", g.why},
                                   {"claims", members}});
        }
    }
    j["skipped"] = ojson::array();
    for (const auto& s : rep.skipped) j["skipped"].push_back({{"path", s.path}, {"reason", s.reason}});
    std::size_t claims = 0;
    for (const auto& dr : rep.documents) claims += dr.claims.size();
    j["summary"] = {{"inputs", rep.documents.size() + rep.skipped.size()},
                    {"documents", rep.documents.size()},
                    {"skipped", rep.skipped.size()},
                    {"claims", claims}};
    return j.dump(2) + "\n";
}

std::string render_audit_json(const audit_result& a) {
    const report& rep = a.rep;
    auto ids = claim_ids(rep);
    ojson j;
    j["draft"] = document_json(rep.documents.at(0));
    j["references"] = ojson::array();
    for (std::size_t d = 1; d < rep.documents.size(); ++d) j["references"].push_back(document_json(rep.documents[d]));
    j["findings"] = ojson::array();
    std::size_t discrepancies = 0;
    for (const auto& f : a.findings) {
        ojson x;
        x["claim"] = claim_json(rep.documents[0], rep.documents[0].claims[f.claim], ids[0][f.claim]);
        x["verdict"] = f.verdict;
        x["relation"] = f.relation;
        x["compared"] = ojson::array();
        for (const auto& m : f.compared)
            x["compared"].push_back(claim_json(rep.documents[m.doc], rep.documents[m.doc].claims[m.claim], ids[m.doc][m.claim]));
        if (f.verdict == "discrepancy") ++discrepancies;
        j["findings"].push_back(std::move(x));
    }
    j["skipped"] = ojson::array();
    for (const auto& s : rep.skipped) j["skipped"].push_back({{"path", s.path}, {"reason", s.reason}});
    j["summary"] = {{"figures", a.findings.size()}, {"discrepancies", discrepancies}};
    return j.dump(2) + "\n";
}

std::string render_jsonl(const report& rep) {
    auto ids = claim_ids(rep);
    std::string out;
    for (std::size_t d = 0; d < rep.documents.size(); ++d)
        for (std::size_t i = 0; i < rep.documents[d].claims.size(); ++i) {
            ojson j = claim_json(rep.documents[d], rep.documents[d].claims[i], ids[d][i]);
            j["path"] = rep.documents[d].doc.path;
            out += j.dump();
            out += '\n';
        }
    return out;
}

}  // namespace claimcheck::engine
