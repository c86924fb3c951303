// Records: one JSON line per document with everything reconciliation needs, so that extraction
// can run as a map step over shards and `claimcheck reconcile` as the reduce step.
#include "engine/records.hpp"

#include <nlohmann/json.hpp>

#include "engine/segment.hpp"

namespace claimcheck::engine {

using json = nlohmann::json;

namespace grammar_json {

using namespace claimcheck::grammar;

json opt(const std::optional<double>& v) { return v ? json(*v) : json(nullptr); }
std::optional<double> opt_of(const json& j) {
    if (j.is_null()) return std::nullopt;
    return j.get<double>();
}

json to(const quantity& q) {
    return {{"begin", q.begin},
            {"end", q.end},
            {"num_begin", q.num_begin},
            {"num_end", q.num_end},
            {"value", q.value},
            {"range_high", opt(q.range_high)},
            {"qual", static_cast<int>(q.qual)},
            {"qualified", q.qualified},
            {"unit", q.unit},
            {"dimension", q.dimension},
            {"kind", static_cast<int>(q.kind)},
            {"compound_noun", q.compound_noun},
            {"hyphen_compound", q.hyphen_compound},
            {"word_number", q.word_number},
            {"has_separator", q.has_separator},
            {"has_decimal", q.has_decimal},
            {"unrepresentable", q.unrepresentable},
            {"denial_word", q.denial_word}};
}

quantity quantity_of(const json& j) {
    quantity q;
    q.begin = j.at("begin");
    q.end = j.at("end");
    q.num_begin = j.at("num_begin");
    q.num_end = j.at("num_end");
    q.value = j.at("value");
    q.range_high = opt_of(j.at("range_high"));
    q.qual = static_cast<qualifier>(j.at("qual").get<int>());
    q.qualified = j.at("qualified");
    q.unit = j.at("unit");
    q.dimension = j.at("dimension");
    q.kind = static_cast<quantity_kind>(j.at("kind").get<int>());
    q.compound_noun = j.at("compound_noun");
    q.hyphen_compound = j.at("hyphen_compound");
    q.word_number = j.at("word_number");
    q.has_separator = j.at("has_separator");
    q.has_decimal = j.at("has_decimal");
    q.unrepresentable = j.at("unrepresentable");
    q.denial_word = j.at("denial_word");
    return q;
}

json to(const claim& c) {
    json j{{"q", to(c.q)},
           {"begin", c.begin},
           {"end", c.end},
           {"sentence", c.sentence},
           {"value", opt(c.value)},
           {"low", opt(c.low)},
           {"high", opt(c.high)},
           {"counted",
            {{"head", c.counted.head},
             {"lemma", c.counted.lemma},
             {"cls", c.counted.cls},
             {"modifiers", c.counted.modifiers},
             {"begin", c.counted.begin},
             {"end", c.counted.end},
             {"inherited", c.counted.inherited}}},
           {"pred", {{"text", c.pred.text}, {"cls", c.pred.cls}}},
           {"where", {{"text", c.where.text}, {"kind", c.where.kind}, {"key", c.where.key}}},
           {"partitive", c.partitive},
           {"per_side", c.per_side},
           {"agent", c.agent},
           {"attribute", c.attribute},
           {"mod_class", c.mod_class},
           {"subgroup", c.subgroup},
           {"aggregate", c.aggregate},
           {"background", c.background},
           {"note", c.note}};
    if (c.source)
        j["source"] = {{"source", c.source->source}, {"cue", c.source->cue},     {"begin", c.source->begin},
                       {"end", c.source->end},       {"via", c.source->via},     {"written", c.source->written},
                       {"title", c.source->title}};
    else
        j["source"] = nullptr;
    return j;
}

claim claim_of(const json& j) {
    claim c;
    c.q = quantity_of(j.at("q"));
    c.begin = j.at("begin");
    c.end = j.at("end");
    c.sentence = j.at("sentence");
    c.value = opt_of(j.at("value"));
    c.low = opt_of(j.at("low"));
    c.high = opt_of(j.at("high"));
    const json& ct = j.at("counted");
    c.counted.head = ct.at("head");
    c.counted.lemma = ct.at("lemma");
    c.counted.cls = ct.at("cls");
    c.counted.modifiers = ct.at("modifiers").get<std::vector<std::string>>();
    c.counted.begin = ct.at("begin");
    c.counted.end = ct.at("end");
    c.counted.inherited = ct.at("inherited");
    c.pred.text = j.at("pred").at("text");
    c.pred.cls = j.at("pred").at("cls");
    c.where.text = j.at("where").at("text");
    c.where.kind = j.at("where").at("kind");
    c.where.key = j.at("where").at("key");
    c.partitive = j.at("partitive");
    c.per_side = j.at("per_side");
    c.agent = j.at("agent");
    c.attribute = j.at("attribute");
    c.mod_class = j.at("mod_class");
    c.subgroup = j.at("subgroup");
    c.aggregate = j.at("aggregate");
    c.background = j.at("background");
    c.note = j.at("note");
    if (!j.at("source").is_null()) {
        const json& s = j.at("source");
        attribution a;
        a.source = s.at("source");
        a.cue = s.at("cue");
        a.begin = s.at("begin");
        a.end = s.at("end");
        a.via = s.at("via");
        a.written = s.at("written");
        a.title = s.at("title");
        c.source = a;
    }
    return c;
}

}  // namespace grammar_json

namespace {

std::string record_line(const document_result& dr) {
    json j;
    j["record"] = record_version;
    j["path"] = dr.doc.path;
    auto opt = [](const std::optional<std::string>& s) { return s ? json(*s) : json(nullptr); };
    j["outlet"] = opt(dr.doc.outlet);
    j["url"] = opt(dr.doc.url);
    j["published"] = opt(dr.doc.published);
    j["title"] = opt(dr.doc.title);
    j["record_id"] = opt(dr.doc.record_id);
    j["text"] = dr.doc.bytes;
    j["claims"] = json::array();
    for (const auto& c : dr.claims) j["claims"].push_back(grammar_json::to(c));
    std::string line = j.dump(-1, ' ', false, json::error_handler_t::replace);
    line += '\n';
    return line;
}

class records_writer final : public stream_writer {
public:
    void prepare(stream_item& item) const override {
        item.rendered.push_back(record_line(*item.result));
        item.result.reset();
    }
    void write(stream_item& item, output_sink& out) override {
        for (const auto& r : item.rendered) out.put(r);
    }
    void finish(output_sink&) override {}
};

}  // namespace

std::string render_records(const report& rep) {
    std::string out;
    for (const auto& dr : rep.documents) out += record_line(dr);
    return out;
}

std::unique_ptr<stream_writer> records_stream_writer() { return std::make_unique<records_writer>(); }

std::optional<std::string> load_record(std::string_view line, std::size_t line_no, document_result& out) {
    try {
        json j = json::parse(line);
        if (j.at("record").get<int>() != record_version)
            throw std::runtime_error("record version " + j.at("record").dump() + ", this claimcheck reads " +
                                     std::to_string(record_version));
        document_result dr;
        // the text is folded and split again (cheap); the claims are taken as extracted
        if (auto why = load_document(j.at("path").get<std::string>(), j.at("text").get<std::string>(), dr.doc)) return why;
        auto opt = [&](const char* k) -> std::optional<std::string> {
            return j.at(k).is_null() ? std::nullopt : std::optional<std::string>(j.at(k).get<std::string>());
        };
        if (auto o = opt("outlet")) dr.doc.outlet = o;
        dr.doc.url = opt("url");
        dr.doc.published = opt("published");
        dr.doc.title = opt("title");
        dr.doc.record_id = opt("record_id");
        dr.sentences = split_sentences(dr.doc);
        for (const auto& c : j.at("claims")) dr.claims.push_back(grammar_json::claim_of(c));
        out = std::move(dr);
        return std::nullopt;
    } catch (const std::exception& e) {
        return "line " + std::to_string(line_no) + ": not a claimcheck record (" + e.what() + ")";
    }
}

void read_records(const std::string& path, const std::string& bytes, std::vector<document_result>& into,
                  std::vector<skipped_input>& skipped) {
    for_each_line(bytes, [&](std::size_t line_no, std::string_view line) {
        document_result dr;
        if (auto why = load_record(line, line_no, dr)) {
            skipped.push_back({path + ":" + std::to_string(line_no), *why});
            return;
        }
        dr.doc.id = "d" + std::to_string(into.size() + 1);
        into.push_back(std::move(dr));
    });
}

}  // namespace claimcheck::engine
