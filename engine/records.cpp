// Records: one JSON line per document with everything reconciliation needs, so that extraction
// can run as a map step over shards and `claimcheck reconcile` as the reduce step.
#include "engine/records.hpp"

#include <simdjson.h>

#include <cstdint>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "engine/segment.hpp"

namespace claimcheck::engine {

using json = nlohmann::json;

namespace grammar_json {

using namespace claimcheck::grammar;

json opt(const std::optional<double>& v) { return v ? json(*v) : json(nullptr); }
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
             {"inherited", c.counted.inherited},
             {"substance", c.counted.substance}}},
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

}  // namespace grammar_json

namespace {

/// A value of a record as simdjson parsed it, read field by field: a missing key or a value of
/// another type throws, naming the key, and the record is skipped with that reason.
struct field {
    simdjson::dom::element e;
    const char* name = "record";

    field at(const char* key) const {
        simdjson::dom::element v;
        if (e.at_key(key).get(v) != simdjson::SUCCESS) throw std::runtime_error(std::string("no \"") + key + "\" in " + name);
        return {v, key};
    }
    bool has(const char* key) const {
        simdjson::dom::element v;
        return e.at_key(key).get(v) == simdjson::SUCCESS;
    }
    [[noreturn]] void wrong(const char* what) const { throw std::runtime_error(std::string(name) + " is not " + what); }
    bool null() const { return e.is_null(); }
    std::string str() const {
        std::string_view v;
        if (e.get(v) != simdjson::SUCCESS) wrong("a string");
        return std::string(v);
    }
    std::optional<std::string> opt_str() const { return null() ? std::nullopt : std::optional<std::string>(str()); }
    double num() const {
        double v;
        if (e.get_double().get(v) != simdjson::SUCCESS) wrong("a number");
        return v;
    }
    std::optional<double> opt_num() const { return null() ? std::nullopt : std::optional<double>(num()); }
    std::size_t size() const {
        std::uint64_t v;
        if (e.get_uint64().get(v) != simdjson::SUCCESS) wrong("a count");
        return static_cast<std::size_t>(v);
    }
    int integer() const {
        std::int64_t v;
        if (e.get_int64().get(v) != simdjson::SUCCESS) wrong("an integer");
        return static_cast<int>(v);
    }
    bool boolean() const {
        bool v;
        if (e.get_bool().get(v) != simdjson::SUCCESS) wrong("true or false");
        return v;
    }
    template <class Fn>
    void each(Fn&& fn) const {
        simdjson::dom::array a;
        if (e.get_array().get(a) != simdjson::SUCCESS) wrong("an array");
        for (simdjson::dom::element x : a) fn(field{x, name});
    }
};

grammar::quantity quantity_of(const field& j) {
    grammar::quantity q;
    q.begin = j.at("begin").size();
    q.end = j.at("end").size();
    q.num_begin = j.at("num_begin").size();
    q.num_end = j.at("num_end").size();
    q.value = j.at("value").num();
    q.range_high = j.at("range_high").opt_num();
    q.qual = static_cast<grammar::qualifier>(j.at("qual").integer());
    q.qualified = j.at("qualified").boolean();
    q.unit = j.at("unit").str();
    q.dimension = j.at("dimension").str();
    q.kind = static_cast<grammar::quantity_kind>(j.at("kind").integer());
    q.compound_noun = j.at("compound_noun").str();
    q.hyphen_compound = j.at("hyphen_compound").boolean();
    q.word_number = j.at("word_number").boolean();
    q.has_separator = j.at("has_separator").boolean();
    q.has_decimal = j.at("has_decimal").boolean();
    q.unrepresentable = j.at("unrepresentable").boolean();
    q.denial_word = j.at("denial_word").str();
    return q;
}

grammar::claim claim_of(const field& j) {
    grammar::claim c;
    c.q = quantity_of(j.at("q"));
    c.begin = j.at("begin").size();
    c.end = j.at("end").size();
    c.sentence = j.at("sentence").size();
    c.value = j.at("value").opt_num();
    c.low = j.at("low").opt_num();
    c.high = j.at("high").opt_num();
    const field ct = j.at("counted");
    c.counted.head = ct.at("head").str();
    c.counted.lemma = ct.at("lemma").str();
    c.counted.cls = ct.at("cls").str();
    ct.at("modifiers").each([&](const field& m) { c.counted.modifiers.push_back(m.str()); });
    c.counted.begin = ct.at("begin").size();
    c.counted.end = ct.at("end").size();
    c.counted.inherited = ct.at("inherited").boolean();
    // (records written before session 15 have no "substance": false)
    c.counted.substance = ct.has("substance") && ct.at("substance").boolean();
    c.pred.text = j.at("pred").at("text").str();
    c.pred.cls = j.at("pred").at("cls").str();
    c.where.text = j.at("where").at("text").str();
    c.where.kind = j.at("where").at("kind").str();
    c.where.key = j.at("where").at("key").str();
    c.partitive = j.at("partitive").str();
    c.per_side = j.at("per_side").boolean();
    c.agent = j.at("agent").str();
    c.attribute = j.at("attribute").str();
    c.mod_class = j.at("mod_class").str();
    c.subgroup = j.at("subgroup").str();
    c.aggregate = j.at("aggregate").boolean();
    c.background = j.at("background").boolean();
    c.note = j.at("note").str();
    if (const field s = j.at("source"); !s.null()) {
        grammar::attribution a;
        a.source = s.at("source").str();
        a.cue = s.at("cue").str();
        a.begin = s.at("begin").size();
        a.end = s.at("end").size();
        a.via = s.at("via").str();
        a.written = s.at("written").str();
        a.title = s.at("title").str();
        c.source = a;
    }
    return c;
}

}  // namespace

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
        // simdjson: a record is mostly its text and claims, and reconcile reads millions of them
        thread_local simdjson::dom::parser parser;
        simdjson::dom::element root;
        if (auto error = parser.parse(line.data(), line.size()).get(root); error != simdjson::SUCCESS)
            throw std::runtime_error(simdjson::error_message(error));
        const field j{root};
        if (const int version = j.at("record").integer(); version != record_version)
            throw std::runtime_error("record version " + std::to_string(version) + ", this claimcheck reads " +
                                     std::to_string(record_version));
        document_result dr;
        // the text is folded and split again (cheap); the claims are taken as extracted
        if (auto why = load_document(j.at("path").str(), j.at("text").str(), dr.doc)) return why;
        if (auto o = j.at("outlet").opt_str()) dr.doc.outlet = o;
        dr.doc.url = j.at("url").opt_str();
        dr.doc.published = j.at("published").opt_str();
        dr.doc.title = j.at("title").opt_str();
        dr.doc.record_id = j.at("record_id").opt_str();
        dr.sentences = split_sentences(dr.doc);
        j.at("claims").each([&](const field& c) { dr.claims.push_back(claim_of(c)); });
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
