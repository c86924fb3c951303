#include <stdlib.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <chrono>
#include <future>
#include <cmath>
#include <cstdio>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <stdexcept>
#include <nlohmann/json.hpp>

#include "engine/json_bytes.hpp"
#include "engine/reconcile.hpp"
#include "grammar/byte_scan.hpp"
#include "engine/report/render.hpp"
#include "engine/spill.hpp"
#include "engine/stories.hpp"

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

// ---- direct writing: the bytes nlohmann's dump() gives, without building the DOM ---------------

/// Appends `s` as dump() writes a string with ensure_ascii off: quotes, \" \\ \b \t \n \f \r,
/// other control characters as \u00XX, everything else as is. False when `s` is not valid UTF-8
/// (the callers then go through nlohmann, which writes each invalid byte as U+FFFD).
bool append_json_string(std::string& out, std::string_view s) {
    const bool ok = find_invalid_utf8(s) == std::string_view::npos;
    out += '"';
    std::size_t run = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        // the bytes written as they are, sixteen at a time
        i += grammar::bytes::json_plain_prefix(s.data() + i, s.size() - i);
        if (i >= s.size()) break;
        const auto ch = static_cast<unsigned char>(s[i]);
        out.append(s, run, i - run);
        run = i + 1;
        switch (ch) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case 0x08: out += "\\b"; break;
            case 0x09: out += "\\t"; break;
            case 0x0A: out += "\\n"; break;
            case 0x0C: out += "\\f"; break;
            case 0x0D: out += "\\r"; break;
            default: {
                static const char hex[] = "0123456789abcdef";
                out += "\\u00";
                out += hex[ch >> 4];
                out += hex[ch & 15];
            }
        }
    }
    out.append(s, run, s.size() - run);
    out += '"';
    return ok;
}

/// An unsigned integer as dump() writes it.
void append_unsigned(std::string& out, std::size_t n) {
    char buf[24];
    auto r = std::to_chars(buf, buf + sizeof buf, n);
    out.append(buf, static_cast<std::size_t>(r.ptr - buf));
}

/// What dump() writes for number_or_null(v): null, an integer, or a double (null when not finite).
void append_number_or_null(std::string& out, const std::optional<double>& v) {
    if (!v) {
        out += "null";
        return;
    }
    const double x = *v;
    if (std::floor(x) == x && std::fabs(x) < 9e15) {
        char buf[24];
        auto r = std::to_chars(buf, buf + sizeof buf, static_cast<long long>(x));
        out.append(buf, static_cast<std::size_t>(r.ptr - buf));
        return;
    }
    if (!std::isfinite(x)) {
        out += "null";
        return;
    }
    std::array<char, 64> buf{};
    char* end = nlohmann::detail::to_chars(buf.data(), buf.data() + buf.size(), x);
    out.append(buf.data(), static_cast<std::size_t>(end - buf.data()));
}

/// Writes what dump(2) writes: each member or element on its own line, indented two spaces per
/// level (plus `base` levels), "key": value, empty containers as {} and []. Call key() before
/// each member's value and element() before each array element's.
/// What every JSON writer below derives from its own key(), string(), null() and
/// unsigned_number(): strings that may be null, and members.
template <class Derived>
class writer_helpers {
public:
    void string_or_null(const std::string& s) {
        if (s.empty()) self().null();
        else self().string(s);
    }
    void string_or_null(const std::optional<std::string>& s) {
        if (s) self().string(*s);
        else self().null();
    }
    /// A member "k": "s" (the string escaped).
    void member(std::string_view k, std::string_view s) {
        self().key(k);
        self().string(s);
    }
    void member(std::string_view k, std::size_t n) {
        self().key(k);
        self().unsigned_number(n);
    }

private:
    Derived& self() { return static_cast<Derived&>(*this); }
};

class pretty_writer : public writer_helpers<pretty_writer> {
public:
    explicit pretty_writer(std::string& out, std::size_t base = 0) : out_(out), base_(base) {}
    bool ok() const { return ok_; }

    void begin_object() { open('{'); }
    void end_object() { close('}'); }
    void begin_array() { open('['); }
    void end_array() { close(']'); }
    void key(std::string_view k) {
        separate();
        out_ += '"';
        out_ += k;  // keys are plain ASCII
        out_ += "\": ";
    }
    void element() { separate(); }

    void null() { out_ += "null"; }
    void boolean(bool b) { out_ += b ? "true" : "false"; }
    void unsigned_number(std::size_t n) { append_unsigned(out_, n); }
    void number_or_null(const std::optional<double>& v) { append_number_or_null(out_, v); }
    void string(std::string_view s) {
        if (!append_json_string(out_, s)) ok_ = false;
    }

private:
    void open(char c) {
        out_ += c;
        first_.push_back(true);
    }
    void close(char c) {
        const bool empty = first_.back();
        first_.pop_back();
        if (!empty) {
            out_ += '\n';
            indent(first_.size());
        }
        out_ += c;
    }
    void separate() {
        out_ += first_.back() ? "\n" : ",\n";
        first_.back() = false;
        indent(first_.size());
    }
    void indent(std::size_t depth) { out_.append(2 * (depth + base_), ' '); }

    std::string& out_;
    std::size_t base_;
    std::vector<bool> first_;
    bool ok_ = true;
};

/// The pretty_writer interface writing nothing: it only looks at the strings, to learn before
/// anything is written whether every one is valid UTF-8.
class validating_writer : public writer_helpers<validating_writer> {
public:
    bool ok() const { return ok_; }
    void begin_object() {}
    void end_object() {}
    void begin_array() {}
    void end_array() {}
    void key(std::string_view) {}
    void element() {}
    void null() {}
    void boolean(bool) {}
    void unsigned_number(std::size_t) {}
    void number_or_null(const std::optional<double>&) {}
    void string(std::string_view s) {
        if (ok_ && find_invalid_utf8(s) != std::string_view::npos) ok_ = false;
    }

private:
    bool ok_ = true;
};

/// claim_json(dr, c, id), as dump() writes it through `w` (pretty_writer: dump(2) within an
/// array; compact_writer: dump()), with "path" last when given (the JSON Lines form).
template <class Writer>
void write_claim_pretty(Writer& w, const document_result& dr, const grammar::claim& c, std::string_view id,
                        const std::string* path = nullptr) {
    const auto& doc = dr.doc;
    auto [b, e] = original_span(doc, c.begin, c.end);
    w.begin_object();
    w.member("id", id);
    w.member("doc", doc.id);
    w.member("start", b);
    w.member("end", e);
    w.member("text", std::string_view(doc.bytes).substr(b, e - b));
    w.key("value");
    w.number_or_null(c.value);
    w.key("low");
    w.number_or_null(c.low);
    w.key("high");
    w.number_or_null(c.high);
    w.member("qualifier", grammar::to_string(c.q.qual));
    w.key("unit");
    w.string_or_null(c.q.unit);
    w.member("kind", grammar::to_string(c.q.kind));
    if (!c.note.empty()) w.member("note", c.note);
    w.key("counted");
    if (!c.counted.head.empty()) {
        w.begin_object();
        w.member("head", c.counted.head);
        w.member("lemma", c.counted.lemma);
        w.key("class");
        w.string_or_null(c.counted.cls);
        w.key("modifiers");
        w.begin_array();
        for (const auto& m : c.counted.modifiers) {
            w.element();
            w.string(m);
        }
        w.end_array();
        w.key("inherited");
        w.boolean(c.counted.inherited);
        w.end_object();
    } else {
        w.null();
    }
    w.key("predicate");
    if (c.pred.cls.empty()) {
        w.null();
    } else {
        w.begin_object();
        w.member("text", c.pred.text);
        w.member("class", c.pred.cls);
        w.end_object();
    }
    w.key("scope");
    if (c.where.text.empty() && c.where.key.empty()) {
        w.null();
    } else {
        // (a key without a text turns the null into an object holding only the key, as
        // claim_json's j["scope"]["key"] does)
        w.begin_object();
        if (!c.where.text.empty()) {
            w.member("text", c.where.text);
            w.member("kind", c.where.kind);
        }
        if (!c.where.key.empty()) w.member("key", c.where.key);
        w.end_object();
    }
    w.key("per_side");
    w.boolean(c.per_side);
    w.key("agent");
    w.string_or_null(c.agent);
    w.key("attribute");
    w.string_or_null(c.attribute);
    w.key("state");
    w.string_or_null(c.mod_class);
    w.key("aggregate");
    w.boolean(c.aggregate);
    w.key("background");
    w.boolean(c.background);
    w.key("partitive");
    w.string_or_null(c.partitive);
    w.key("attribution");
    if (c.source) {
        auto [sb, se] = original_span(doc, c.source->begin, c.source->end);
        w.begin_object();
        w.member("source", c.source->source);
        w.member("cue", c.source->cue);
        w.member("start", sb);
        w.member("end", se);
        w.member("via", c.source->via);
        if (!c.source->written.empty()) w.member("written", c.source->written);
        if (!c.source->title.empty()) w.member("title", c.source->title);
        w.end_object();
    } else {
        w.null();
    }
    const auto& s = dr.sentences.at(c.sentence);
    auto [ssb, sse] = original_span(doc, s.begin, s.end);
    w.key("sentence");
    w.begin_object();
    w.member("start", ssb);
    w.member("end", sse);
    w.end_object();
    if (path) w.member("path", *path);
    w.end_object();
}

/// document_json(dr), as dump(2) writes it within `w`.
template <class Writer>
void write_document_pretty(Writer& w, const document_result& dr) {
    const auto& doc = dr.doc;
    w.begin_object();
    w.member("id", doc.id);
    w.member("path", doc.path);
    w.key("outlet");
    w.string_or_null(doc.outlet);
    if (doc.url) w.member("url", *doc.url);
    if (doc.published) w.member("published", *doc.published);
    if (doc.title) w.member("title", *doc.title);
    if (doc.record_id) w.member("record_id", *doc.record_id);
    w.member("bytes", doc.bytes.size());
    w.member("sentences", dr.sentences.size());
    w.member("claims", dr.claims.size());
    w.end_object();
}

/// A story as dump(2) writes it within `w`; `doc_id(d)` is the id of document d.
template <class Writer, class DocId>
void write_story_pretty(Writer& w, const story& s, DocId&& doc_id) {
    w.begin_object();
    w.member("id", s.id);
    w.key("documents");
    w.begin_array();
    for (auto d : s.documents) {
        w.element();
        w.string(doc_id(d));
    }
    w.end_array();
    w.member("label", s.label);
    w.end_object();
}

/// A group as dump(2) writes it within `w`; the first claim of document d is c(first[d] + 1).
template <class Writer>
void write_group_pretty(Writer& w, const group& g, const std::string& story_id, const std::vector<std::size_t>& first) {
    w.begin_object();
    w.member("id", g.id);
    w.member("story", story_id);
    w.member("verdict", g.verdict);
    w.member("relation", g.relation);
    w.member("measure", g.measure);
    w.member("explanation", g.explanation);
    w.member("why", g.why);
    w.key("claims");
    w.begin_array();
    std::string id;
    for (const auto& r : g.claims) {
        id.assign("c");
        id += std::to_string(first.at(r.doc) + r.claim + 1);
        w.element();
        w.string(id);
    }
    w.end_array();
    w.end_object();
}

}  // namespace

std::string render_json_reference(const report& rep) {
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
    return j.dump(2, ' ', false, ojson::error_handler_t::replace) + "\n";
}

namespace {

/// The whole report as dump(2) writes render_json_reference's object; `pause()` is called after
/// each document, claim, story, group and skipped input (where the caller may hand on what is written).
template <class Writer, class Pause>
void write_report(Writer& w, const report& rep, Pause&& pause) {
    w.begin_object();
    w.key("documents");
    w.begin_array();
    for (const auto& dr : rep.documents) {
        w.element();
        write_document_pretty(w, dr);
        pause();
    }
    w.end_array();
    w.key("claims");
    w.begin_array();
    std::size_t claims = 0;
    std::string id;
    for (const auto& dr : rep.documents)
        for (const auto& c : dr.claims) {
            id.assign("c");
            id += std::to_string(++claims);
            w.element();
            write_claim_pretty(w, dr, c, id);
            pause();
        }
    w.end_array();
    if (rep.cross_checked) {
        w.key("stories");
        w.begin_array();
        for (const auto& s : rep.stories) {
            w.element();
            write_story_pretty(w, s, [&](std::size_t d) -> const std::string& { return rep.documents[d].doc.id; });
            pause();
        }
        w.end_array();
        // claim ids: the first claim of document d is c(first[d] + 1)
        std::vector<std::size_t> first(rep.documents.size() + 1, 0);
        for (std::size_t d = 0; d < rep.documents.size(); ++d) first[d + 1] = first[d] + rep.documents[d].claims.size();
        w.key("groups");
        w.begin_array();
        for (const auto& g : rep.groups) {
            for (const auto& r : g.claims)
                if (r.claim >= rep.documents.at(r.doc).claims.size()) throw std::out_of_range("group claim out of range");
            w.element();
            write_group_pretty(w, g, rep.stories[g.story].id, first);
            pause();
        }
        w.end_array();
    }
    w.key("skipped");
    w.begin_array();
    for (const auto& s : rep.skipped) {
        w.element();
        w.begin_object();
        w.member("path", s.path);
        w.member("reason", s.reason);
        w.end_object();
        pause();
    }
    w.end_array();
    w.key("summary");
    w.begin_object();
    w.member("inputs", rep.documents.size() + rep.skipped.size());
    w.member("documents", rep.documents.size());
    w.member("skipped", rep.skipped.size());
    w.member("claims", claims);
    w.end_object();
    w.end_object();
}

}  // namespace

std::string render_json(const report& rep) {
    std::string out;
    pretty_writer w(out);
    write_report(w, rep, [] {});
    out += '\n';
    // a string that is not valid UTF-8 (a file name can be any bytes): nlohmann writes U+FFFD for
    // each invalid byte
    if (!w.ok()) return render_json_reference(rep);
    return out;
}

void render_json(const report& rep, output_sink& out) {
    // every string is looked at before anything is written: with one that is not valid UTF-8 (a
    // file name can be any bytes) the whole report goes through nlohmann, which writes U+FFFD for
    // each invalid byte
    {
        validating_writer v;
        write_report(v, rep, [] {});
        if (!v.ok()) {
            out.put(render_json_reference(rep));
            return;
        }
    }
    // (written into a string of its own, handed on about a megabyte at a time)
    std::string b;
    pretty_writer w(b);
    write_report(w, rep, [&] {
        if (b.size() >= (std::size_t(1) << 20)) {
            out.put(b);
            b.clear();
        }
    });
    b += '\n';
    out.put(b);
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
    return j.dump(2, ' ', false, ojson::error_handler_t::replace) + "\n";
}

namespace {

/// Writes a compact claim line (what compact JSON of claim_json gives) through a pointer into
/// room made beforehand: with some 98,000 claims in 10 MB of news, growing a string a key at a
/// time (a capacity check, a strlen and a call per piece, and a reallocation every doubling) was
/// a fifth of `extract --format jsonl`. Each key is written with its punctuation as one constant
/// block. `room(n)` is what a string of n bytes may take at most (every byte as \u00XX).
class line_writer {
public:
    static constexpr std::size_t room(std::size_t n) { return 6 * n + 2; }
    /// Bytes any claim line takes besides its strings (keys, numbers, booleans, nulls), with
    /// sixteen to spare for string() storing sixteen bytes at a time.
    static constexpr std::size_t fixed_room = 1024;

    explicit line_writer(char* p) : p_(p) {}
    char* end() const { return p_; }
    /// False once a string was not valid UTF-8 (what was written is then to be thrown away).
    bool ok() const { return ok_; }

    template <std::size_t N>
    void raw(const char (&s)[N]) {
        std::memcpy(p_, s, N - 1);
        p_ += N - 1;
    }
    /// Bytes that are JSON already.
    void raw(std::string_view s) {
        std::memcpy(p_, s.data(), s.size());
        p_ += s.size();
    }
    /// The bytes [b, e) this writer wrote before, again (a number a line repeats).
    void repeat(const char* b, const char* e) { raw(std::string_view(b, static_cast<std::size_t>(e - b))); }
    void null() { raw("null"); }
    void boolean(bool b) {
        if (b) raw("true");
        else raw("false");
    }
    /// `n` in decimal. The offsets of a line are most often below 10,000: their digits are
    /// written two at a time from a table, inline, without to_chars' count of the digits by
    /// division and its call.
    [[gnu::always_inline]] void unsigned_number(std::size_t n) {
        static constexpr auto pairs = [] {
            std::array<char, 200> d{};
            for (int k = 0; k < 100; ++k) {
                d[2 * k] = static_cast<char>('0' + k / 10);
                d[2 * k + 1] = static_cast<char>('0' + k % 10);
            }
            return d;
        }();
        if (n < 10000) {
            auto v = static_cast<unsigned>(n);
            if (v >= 100) {
                // the first one or two digits, then the last two
                const unsigned last = v % 100;
                v /= 100;
                if (v < 10) {
                    *p_++ = static_cast<char>('0' + v);
                } else {
                    std::memcpy(p_, pairs.data() + 2 * v, 2);
                    p_ += 2;
                }
                v = last;
            } else if (v < 10) {
                *p_++ = static_cast<char>('0' + v);
                return;
            }
            std::memcpy(p_, pairs.data() + 2 * v, 2);
            p_ += 2;
        } else {
            p_ = std::to_chars(p_, p_ + 24, n).ptr;
        }
    }
    /// What dump() writes for number_or_null(v): null, an integer, or a double (null when not finite).
    [[gnu::always_inline]] void number_or_null(const std::optional<double>& v) {
        if (!v) return null();
        const double x = *v;
        // (the test of number_or_null above, without a call to floor: a finite x below 9e15 in
        // size converts to long long, and is whole when it converts back unchanged)
        if (std::fabs(x) < 9e15 && static_cast<double>(static_cast<long long>(x)) == x) {
            const auto whole = static_cast<long long>(x);
            if (whole >= 0) unsigned_number(static_cast<std::size_t>(whole));
            else p_ = std::to_chars(p_, p_ + 24, whole).ptr;
        } else if (!std::isfinite(x)) {
            null();
        } else {
            p_ = nlohmann::detail::to_chars(p_, p_ + 64, x);
        }
    }
    /// A name the grammar gives (qualifier, kind: ASCII letters and '_'), with nothing to escape.
    void name(std::string_view s) {
        *p_++ = '"';
        raw(s);
        *p_++ = '"';
    }
    [[gnu::always_inline]] void string_or_null(const std::string& s) {
        if (s.empty()) null();
        else string(s);
    }
    /// `s` as append_json_string writes it, checking UTF-8 on the way. Nearly every string is
    /// plain (ASCII, nothing to escape): it is copied and checked a word or sixteen bytes at a
    /// time, and only a string that is not goes through escape(). (Inlined: a call and a return
    /// were a third of what a short string cost.)
    [[gnu::always_inline]] void string(std::string_view s) {
        *p_ = '"';
        char* const q = p_ + 1;
        const char* d = s.data();
        const std::size_t n = s.size();
        if (n < 16 ? copy_plain_short(q, d, n) : copy_plain_long(q, d, n)) {
            p_ = q + n;
            *p_++ = '"';
            return;
        }
        const escaped r = escape(q, d, n);
        p_ = r.end;
        ok_ = ok_ && r.ok;
        *p_++ = '"';
    }

private:
    static constexpr std::uint64_t ones = 0x0101010101010101ull, high_bits = 0x8080808080808080ull;
    /// Nonzero when a byte of `w` is one escape() does more with than copy: '"', '\\', a control
    /// byte, or a byte from 0x80 (checked as UTF-8). (The tests for a byte below a bound, or equal
    /// to one, of Anderson's "Bit Twiddling Hacks": exact in saying whether there is one.)
    [[gnu::always_inline]] static std::uint64_t specials(std::uint64_t w) {
        const std::uint64_t quote = w ^ (ones * '"'), backslash = w ^ (ones * '\\');
        return (w | ((w - ones * 0x20) & ~w) | ((quote - ones) & ~quote) | ((backslash - ones) & ~backslash)) & high_bits;
    }
    template <class T>
    static T load(const char* p) {
        T v;
        std::memcpy(&v, p, sizeof v);
        return v;
    }
    template <class T>
    static void store(char* p, T v) {
        std::memcpy(p, &v, sizeof v);
    }

    /// Copies the n < 16 bytes of `d` to `q` and says whether they are all plain: two words that
    /// overlap cover them, never reading past them. (What is copied is overwritten when not.)
    [[gnu::always_inline]] static bool copy_plain_short(char* q, const char* d, std::size_t n) {
        std::uint64_t look;
        if (n >= 8) {
            const auto a = load<std::uint64_t>(d), b = load<std::uint64_t>(d + n - 8);
            look = specials(a) | specials(b);
            store(q, a);
            store(q + n - 8, b);
        } else if (n >= 4) {
            const auto a = load<std::uint32_t>(d), b = load<std::uint32_t>(d + n - 4);
            look = specials(a | static_cast<std::uint64_t>(b) << 32);
            store(q, a);
            store(q + n - 4, b);
        } else if (n > 0) {
            // the first, middle and last bytes are all of them; 'a' stands in for the others
            const auto f = static_cast<unsigned char>(d[0]), m = static_cast<unsigned char>(d[n / 2]),
                       l = static_cast<unsigned char>(d[n - 1]);
            look = specials(0x6161616161000000ull | f | static_cast<std::uint64_t>(m) << 8 | static_cast<std::uint64_t>(l) << 16);
            q[0] = d[0];
            q[n / 2] = d[n / 2];
            q[n - 1] = d[n - 1];
        } else {
            look = 0;
        }
        return look == 0;
    }

    /// copy_plain_short for n >= 16 bytes, sixteen at a time (the last sixteen overlapping
    /// those before, copied again as they are).
    static bool copy_plain_long(char* q, const char* d, std::size_t n) {
#if defined(__SSE2__)
        std::size_t i = 0;
        for (; i + 16 <= n; i += 16) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(d + i));
            if (json_bytes::special_mask(v)) return false;
            _mm_storeu_si128(reinterpret_cast<__m128i*>(q + i), v);
        }
        if (i < n) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(d + n - 16));
            if (json_bytes::special_mask(v)) return false;
            _mm_storeu_si128(reinterpret_cast<__m128i*>(q + n - 16), v);
        }
        return true;
#else
        (void)q, (void)d, (void)n;
        return false;
#endif
    }

    /// Where escape() stopped, and whether the string was valid UTF-8.
    struct escaped {
        char* end;
        bool ok;
    };
    /// The string's bytes written from `p` with what JSON escapes escaped and UTF-8 checked (not
    /// ok when it is not valid). Static, so that no call takes the writer's address: its
    /// pointer then stays in a register instead of being stored and loaded again around every
    /// byte written (a char store may alias it).
    [[gnu::noinline]] static escaped escape(char* p, const char* d, std::size_t n) {
        std::size_t i = 0;
        auto raw = [&p](std::string_view s) {
            std::memcpy(p, s.data(), s.size());
            p += s.size();
        };
        for (;;) {
#if defined(__SSE2__)
            // sixteen bytes copied at a time, kept up to the first one that needs a look
            while (i + 16 <= n) {
                const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(d + i));
                _mm_storeu_si128(reinterpret_cast<__m128i*>(p), v);
                if (const unsigned m = json_bytes::special_mask(v)) {
                    const auto k = static_cast<std::size_t>(__builtin_ctz(m));
                    i += k;
                    p += k;
                    break;
                }
                i += 16;
                p += 16;
            }
#endif
            while (i < n && json_bytes::plain_ascii(d[i])) *p++ = d[i++];
            if (i >= n) break;
            const auto ch = static_cast<unsigned char>(d[i]);
            if (ch >= 0x80) {
                const std::size_t len = utf8_sequence(d + i, n - i);
                if (!len) return {p, false};
                for (std::size_t k = 0; k < len; ++k) *p++ = d[i + k];
                i += len;
                continue;
            }
            ++i;
            switch (ch) {
                case '"': raw("\\\""); break;
                case '\\': raw("\\\\"); break;
                case 0x08: raw("\\b"); break;
                case 0x09: raw("\\t"); break;
                case 0x0A: raw("\\n"); break;
                case 0x0C: raw("\\f"); break;
                case 0x0D: raw("\\r"); break;
                default: {
                    static const char hex[] = "0123456789abcdef";
                    raw("\\u00");
                    *p++ = hex[ch >> 4];
                    *p++ = hex[ch & 15];
                }
            }
        }
        return {p, true};
    }

    char* p_;
    bool ok_ = true;
};

/// `s` as a JSON string, appended to `out`; false when it is not valid UTF-8.
bool append_string(std::string& out, std::string_view s) {
    const std::size_t at = out.size();
    out.resize(at + line_writer::room(s.size()) + 16);
    line_writer w(out.data() + at);
    w.string(s);
    out.resize(static_cast<std::size_t>(w.end() - out.data()));
    return w.ok();
}

/// The end of every claim line of a document, written over `tail`: its path (when given) and the
/// closing brace, then `end`; false when the path is not valid UTF-8.
bool line_tail(const std::string* path, std::string_view end, std::string& tail) {
    tail.clear();
    if (path) {
        tail = R"(,"path":)";
        if (!append_string(tail, *path)) return false;
    }
    tail += '}';
    tail += end;
    return true;
}

/// line_tail in a string of its own; nothing when the path is not valid UTF-8.
std::optional<std::string> line_tail(const std::string* path, std::string_view end) {
    std::string tail;
    if (!line_tail(path, end, tail)) return std::nullopt;
    return tail;
}

/// The most bytes the strings of claim `c` take in its line, with `text` bytes of text.
std::size_t claim_line_room(const grammar::claim& c, std::size_t text) {
    using w = line_writer;
    std::size_t n = w::fixed_room + w::room(text) + w::room(c.q.unit.size()) + w::room(c.note.size()) +
                    w::room(c.counted.head.size()) + w::room(c.counted.lemma.size()) + w::room(c.counted.cls.size()) +
                    w::room(c.pred.text.size()) + w::room(c.pred.cls.size()) + w::room(c.where.text.size()) +
                    w::room(c.where.kind.size()) + w::room(c.where.key.size()) + w::room(c.agent.size()) +
                    w::room(c.attribute.size()) + w::room(c.mod_class.size()) + w::room(c.partitive.size());
    for (const auto& m : c.counted.modifiers) n += w::room(m.size()) + 1;
    if (c.source)
        n += w::room(c.source->source.size()) + w::room(c.source->cue.size()) + w::room(c.source->via.size()) +
             w::room(c.source->written.size()) + w::room(c.source->title.size());
    return n;
}

/// Appends to `out` the members of claim `c`'s line from the value of `"start":` to the
/// sentence, then `tail` (what line_tail gives): the line, its opening written by the caller.
/// False, with `out` as it was, when a string is not valid UTF-8.
bool append_claim_members(byte_buffer& out, const document_result& dr, const grammar::claim& c, std::string_view tail) {
    const auto& doc = dr.doc;
    auto [b, e] = original_span(doc, c.begin, c.end);
    const std::string_view text = std::string_view(doc.bytes).substr(b, e - b);
    line_writer w(out.room(claim_line_room(c, text.size()) + tail.size()));
    w.unsigned_number(b);
    w.raw(R"(,"end":)");
    w.unsigned_number(e);
    w.raw(R"(,"text":)");
    w.string(text);
    // low and high are most often the value itself: its bytes are written again
    w.raw(R"(,"value":)");
    const char* value = w.end();
    w.number_or_null(c.value);
    const char* value_end = w.end();
    w.raw(R"(,"low":)");
    if (c.low == c.value) w.repeat(value, value_end);
    else w.number_or_null(c.low);
    w.raw(R"(,"high":)");
    if (c.high == c.value) w.repeat(value, value_end);
    else w.number_or_null(c.high);
    w.raw(R"(,"qualifier":)");
    w.name(grammar::to_string(c.q.qual));
    w.raw(R"(,"unit":)");
    w.string_or_null(c.q.unit);
    w.raw(R"(,"kind":)");
    w.name(grammar::to_string(c.q.kind));
    if (!c.note.empty()) {
        w.raw(R"(,"note":)");
        w.string(c.note);
    }
    w.raw(R"(,"counted":)");
    if (!c.counted.head.empty()) {
        w.raw(R"({"head":)");
        w.string(c.counted.head);
        w.raw(R"(,"lemma":)");
        w.string(c.counted.lemma);
        w.raw(R"(,"class":)");
        w.string_or_null(c.counted.cls);
        w.raw(R"(,"modifiers":[)");
        for (std::size_t i = 0; i < c.counted.modifiers.size(); ++i) {
            if (i) w.raw(",");
            w.string(c.counted.modifiers[i]);
        }
        w.raw(R"(],"inherited":)");
        w.boolean(c.counted.inherited);
        w.raw("}");
    } else {
        w.null();
    }
    w.raw(R"(,"predicate":)");
    if (c.pred.cls.empty()) {
        w.null();
    } else {
        w.raw(R"({"text":)");
        w.string(c.pred.text);
        w.raw(R"(,"class":)");
        w.string(c.pred.cls);
        w.raw("}");
    }
    w.raw(R"(,"scope":)");
    if (c.where.text.empty() && c.where.key.empty()) {
        w.null();
    } else {
        // (a key without a text turns the null into an object holding only the key, as
        // claim_json's j["scope"]["key"] does)
        if (!c.where.text.empty()) {
            w.raw(R"({"text":)");
            w.string(c.where.text);
            w.raw(R"(,"kind":)");
            w.string(c.where.kind);
            if (!c.where.key.empty()) {
                w.raw(R"(,"key":)");
                w.string(c.where.key);
            }
        } else {
            w.raw(R"({"key":)");
            w.string(c.where.key);
        }
        w.raw("}");
    }
    w.raw(R"(,"per_side":)");
    w.boolean(c.per_side);
    w.raw(R"(,"agent":)");
    w.string_or_null(c.agent);
    w.raw(R"(,"attribute":)");
    w.string_or_null(c.attribute);
    w.raw(R"(,"state":)");
    w.string_or_null(c.mod_class);
    w.raw(R"(,"aggregate":)");
    w.boolean(c.aggregate);
    w.raw(R"(,"background":)");
    w.boolean(c.background);
    w.raw(R"(,"partitive":)");
    w.string_or_null(c.partitive);
    w.raw(R"(,"attribution":)");
    if (c.source) {
        auto [sb, se] = original_span(doc, c.source->begin, c.source->end);
        w.raw(R"({"source":)");
        w.string(c.source->source);
        w.raw(R"(,"cue":)");
        w.string(c.source->cue);
        w.raw(R"(,"start":)");
        w.unsigned_number(sb);
        w.raw(R"(,"end":)");
        w.unsigned_number(se);
        w.raw(R"(,"via":)");
        w.string(c.source->via);
        if (!c.source->written.empty()) {
            w.raw(R"(,"written":)");
            w.string(c.source->written);
        }
        if (!c.source->title.empty()) {
            w.raw(R"(,"title":)");
            w.string(c.source->title);
        }
        w.raw("}");
    } else {
        w.null();
    }
    const auto& s = dr.sentences.at(c.sentence);
    auto [ssb, sse] = original_span(doc, s.begin, s.end);
    w.raw(R"(,"sentence":{"start":)");
    w.unsigned_number(ssb);
    w.raw(R"(,"end":)");
    w.unsigned_number(sse);
    w.raw("}");
    w.raw(tail);
    if (!w.ok()) return false;
    out.keep_to(w.end());
    return true;
}

}  // namespace

/// The reference: nlohmann's rendering of claim_json, which the direct writer must match byte
/// for byte (tests/engine/stream_test.cpp compares them).
std::string claim_json_line_reference(const document_result& dr, const grammar::claim& c, const std::string& id, const std::string* path) {
    ojson j = claim_json(dr, c, id);
    if (path) j["path"] = *path;
    return j.dump(-1, ' ', false, ojson::error_handler_t::replace);
}

std::string claim_json_line(const document_result& dr, const grammar::claim& c, const std::string& id, const std::string* path) {
    std::string head = R"({"id":)";
    bool ok = append_string(head, id);
    head += R"(,"doc":)";
    ok = append_string(head, dr.doc.id) && ok;
    head += R"(,"start":)";
    const auto tail = line_tail(path, "");
    byte_buffer out;
    out.append(head);
    if (!ok || !tail || !append_claim_members(out, dr, c, *tail)) return claim_json_line_reference(dr, c, id, path);
    return std::string(out.view());
}

std::string render_jsonl(const report& rep) {
    auto ids = claim_ids(rep);
    std::string out;
    for (std::size_t d = 0; d < rep.documents.size(); ++d)
        for (std::size_t i = 0; i < rep.documents[d].claims.size(); ++i) {
            out += claim_json_line(rep.documents[d], rep.documents[d].claims[i], ids[d][i], &rep.documents[d].doc.path);
            out += '\n';
        }
    return out;
}

// ---- streamed ---------------------------------------------------------------------------------

namespace {

/// Cuts `prefix` off the front of `s`; the prefix is what the renderer gives for an empty id.
std::string after_prefix(std::string s, std::string_view prefix) {
    if (s.compare(0, prefix.size(), prefix) != 0) throw std::logic_error("streamed JSON: unexpected object start");
    s.erase(0, prefix.size());
    return s;
}

/// An object printed by dump(2), indented as an element of a top-level array.
std::string as_element(const std::string& dumped) {
    std::string out = "    ";
    out.reserve(dumped.size() + dumped.size() / 8);
    for (char ch : dumped) {
        out += ch;
        if (ch == '\n') out += "    ";
    }
    return out;
}

constexpr std::string_view jsonl_claim_start = R"({"id":"","doc":"",)";

class jsonl_writer final : public stream_writer {
public:
    /// Renders every claim of the document into one string (a string per claim was an
    /// allocation and a copy each): each line from `"start":` on, ended by '\n' (a compact
    /// line holds no other), the ids being given in input order by `write`.
    void prepare(stream_item& item) const override {
        if (item.in_order) return;  // written by `write`, straight into the output (see there)
        const document_result& dr = *item.result;
        thread_local byte_buffer lines;
        lines.truncate(0);
        const auto tail = line_tail(&dr.doc.path, "\n");
        for (const auto& c : dr.claims) {
            const std::size_t mark = lines.size();
            lines.append(R"("start":)");
            if (!tail || !append_claim_members(lines, dr, c, *tail)) {
                // not valid UTF-8: nlohmann writes U+FFFD for each bad byte (no ids yet: the
                // line without its `{"id":"","doc":"",`)
                lines.truncate(mark);
                lines.append(after_prefix(claim_json_line_reference(dr, c, "", &dr.doc.path), jsonl_claim_start));
                lines.append("\n");
            }
        }
        item.rendered.emplace_back(lines.view());
        item.result.reset();
    }
    void write(stream_item& item, output_sink& out) override {
        byte_buffer& b = out.buffer();
        if (item.result) {
            // not prepared (one job: the document comes straight here): its lines are written
            // with their ids straight into the output, the bytes prepare and the loop below would
            // give (each line made in a buffer of its own was one more copy of them all); what is
            // the same on every line (the document's id, its path) is escaped once
            // (both written over strings kept from document to document: no allocation each)
            const document_result& dr = *item.result;
            std::string& after_id = after_id_;
            after_id = R"(","doc":)";
            const bool id_ok = append_string(after_id, dr.doc.id);
            after_id += R"(,"start":)";
            const bool tail_ok = line_tail(&dr.doc.path, "\n", tail_);
            for (const auto& c : dr.claims) {
                ++claims_;
                const std::size_t mark = b.size();
                line_writer w(b.room(line_writer::fixed_room + after_id.size()));
                w.raw(R"({"id":"c)");
                w.unsigned_number(claims_);
                w.raw(after_id);
                b.keep_to(w.end());
                if (id_ok && tail_ok && append_claim_members(b, dr, c, tail_)) continue;
                // not valid UTF-8: nlohmann writes U+FFFD for each bad byte (the document's id is
                // known here, so the reference line is the whole line)
                b.truncate(mark);
                b.append(claim_json_line_reference(dr, c, "c" + std::to_string(claims_), &dr.doc.path));
                b.append("\n");
            }
            // (the result is left in the item: run_stream reads the next document into it)
        }
        for (const auto& lines : item.rendered) {
            for (std::size_t at = 0; at < lines.size();) {
                const std::size_t next = lines.find('\n', at) + 1;
                line_writer w(b.room(line_writer::fixed_room + item.id.size()));
                w.raw(R"({"id":"c)");
                w.unsigned_number(++claims_);
                w.raw(R"(","doc":")");
                w.raw(item.id);
                w.raw("\",");
                b.keep_to(w.end());
                b.append(std::string_view(lines).substr(at, next - at));
                at = next;
            }
        }
        out.maybe_flush();
    }
    void finish(output_sink&) override {}

private:
    std::size_t claims_ = 0;
    std::string after_id_, tail_;  ///< write's: what every line of a document repeats
};

/// Bytes kept in memory, then in an unnamed temporary file once they pass a few megabytes.
class spool {
public:
    spool() = default;
    spool(const spool&) = delete;
    spool& operator=(const spool&) = delete;
    ~spool() {
        if (file_) std::fclose(file_);
    }
    void put(std::string_view s) {
        memory_.append(s);
        if (memory_.size() >= limit) spill();
    }
    bool empty() const { return !written_ && memory_.empty(); }
    /// Copies everything to `out`; false when the temporary file failed.
    bool copy_to(output_sink& out) {
        if (file_) {
            spill();
            if (failed_ || std::fflush(file_) != 0 || std::fseek(file_, 0, SEEK_SET) != 0) return false;
            std::string chunk(std::size_t(1) << 20, '\0');
            for (;;) {
                std::size_t got = std::fread(chunk.data(), 1, chunk.size(), file_);
                if (got == 0) break;
                out.put(std::string_view(chunk.data(), got));
            }
            if (std::ferror(file_)) return false;
        } else {
            out.put(memory_);
        }
        return true;
    }

private:
    static constexpr std::size_t limit = std::size_t(8) << 20;
    void spill() {
        if (!file_) {
            const char* dir = std::getenv("TMPDIR");
            std::string name = std::string(dir && *dir ? dir : "/tmp") + "/claimcheck-spool-XXXXXX";
            int fd = ::mkstemp(name.data());
            if (fd < 0) throw std::runtime_error("cannot make a temporary file in " + name.substr(0, name.rfind('/')));
            ::unlink(name.c_str());
            file_ = ::fdopen(fd, "w+b");
            if (!file_) {
                ::close(fd);
                throw std::runtime_error("cannot open a temporary file");
            }
        }
        if (!memory_.empty() && std::fwrite(memory_.data(), 1, memory_.size(), file_) != memory_.size()) failed_ = true;
        written_ = written_ || !memory_.empty();
        memory_.clear();
    }
    std::string memory_;
    std::FILE* file_ = nullptr;
    bool failed_ = false, written_ = false;
};

constexpr std::string_view json_document_start = "    {\n      \"id\": \"\",";
constexpr std::string_view json_claim_start = "    {\n      \"id\": \"\",\n      \"doc\": \"\",";

class json_writer : public stream_writer {
public:
    void prepare(stream_item& item) const override {
        const document_result& dr = *item.result;
        // each object as dump(2) writes it as an element of a top-level array (two levels in),
        // through nlohmann when a string is not valid UTF-8 (which writes U+FFFD for each invalid byte)
        std::string r;
        {
            pretty_writer w(r, 2);
            write_document_pretty(w, dr);
            if (!w.ok()) r = as_element(document_json(dr).dump(2, ' ', false, ojson::error_handler_t::replace));
            else r.insert(0, "    ");
        }
        item.rendered.push_back(after_prefix(std::move(r), json_document_start));
        for (const auto& c : dr.claims) {
            std::string cr = "    ";
            pretty_writer w(cr, 2);
            write_claim_pretty(w, dr, c, "");
            if (!w.ok()) cr = as_element(claim_json(dr, c, "").dump(2, ' ', false, ojson::error_handler_t::replace));
            item.rendered.push_back(after_prefix(std::move(cr), json_claim_start));
        }
        item.result.reset();
    }
    void write(stream_item& item, output_sink&) override {
        if (item.skipped) {
            skipped_.push_back(std::move(*item.skipped));
            return;
        }
        std::string b;
        b += documents_ ? ",\n" : "";
        b += "    {\n      \"id\": \"";
        b += item.id;
        b += "\",";
        b += item.rendered.at(0);
        documents_spool_.put(b);
        ++documents_;
        for (std::size_t i = 1; i < item.rendered.size(); ++i) {
            b.clear();
            b += claims_ ? ",\n" : "";
            b += "    {\n      \"id\": \"c";
            b += std::to_string(++claims_);
            b += "\",\n      \"doc\": \"";
            b += item.id;
            b += "\",";
            b += item.rendered[i];
            claims_spool_.put(b);
        }
    }
    void finish(output_sink& out) override {
        start_cross_check();
        out.put("{\n  \"documents\": ");
        if (documents_) {
            out.put("[\n");
            if (!documents_spool_.copy_to(out)) throw std::runtime_error("cannot read back the temporary file");
            out.put("\n  ]");
        } else {
            out.put("[]");
        }
        out.put(",\n  \"claims\": ");
        if (claims_) {
            out.put("[\n");
            if (!claims_spool_.copy_to(out)) throw std::runtime_error("cannot read back the temporary file");
            out.put("\n  ]");
        } else {
            out.put("[]");
        }
        write_cross_check(out);
        ojson tail;
        tail["skipped"] = ojson::array();
        for (const auto& s : skipped_) tail["skipped"].push_back({{"path", s.path}, {"reason", s.reason}});
        tail["summary"] = {{"inputs", documents_ + skipped_.size()},
                           {"documents", documents_},
                           {"skipped", skipped_.size()},
                           {"claims", claims_}};
        std::string t = tail.dump(2, ' ', false, ojson::error_handler_t::replace);
        out.put(",\n");
        out.put(std::string_view(t).substr(2));
        out.put("\n");
    }

protected:
    /// Called when the last document is in, before the lists are copied out (nothing for extract).
    virtual void start_cross_check() {}
    /// Writes what comes between the claims and the skipped inputs (nothing for extract).
    virtual void write_cross_check(output_sink&) {}

private:
    spool documents_spool_, claims_spool_;
    std::vector<skipped_input> skipped_;
    std::size_t documents_ = 0, claims_ = 0;
};

/// Hands items [0, n) on to `out` in order, each appended to a string by `render(i, bytes)` on
/// `jobs` threads: 512 items per task, 64 tasks at a time (what is held rendered stays a few
/// megabytes however many items there are).
template <class Render>
void write_on_threads(std::size_t n, unsigned jobs, output_sink& out, Render&& render) {
    constexpr std::size_t block = 512, blocks_at_once = 64;
    std::vector<std::string> written;
    for (std::size_t from = 0; from < n; from += block * blocks_at_once) {
        const std::size_t to = std::min(n, from + block * blocks_at_once);
        written.assign((to - from + block - 1) / block, std::string());
        detail::parallel_for(written.size(), jobs, [&](std::size_t k) {
            for (std::size_t i = from + k * block; i < std::min(to, from + (k + 1) * block); ++i) render(i, written[k]);
        });
        for (auto& b : written) {
            out.put(b);
            std::string().swap(b);
        }
    }
}

/// render_json of a check report, streamed: the json_writer's documents and claims, then the
/// stories and groups. Each document's story features stay in memory; the rest of what grouping
/// reads is spilled (engine/spill.hpp) and read back a batch of stories at a time.
class check_json_writer final : public json_writer {
public:
    check_json_writer(unsigned jobs, check_stats* stats, std::size_t batch_claims)
        : jobs_(jobs), stats_(stats), batch_claims_(std::max<std::size_t>(batch_claims, 1)) {}
    void prepare(stream_item& item) const override {
        item.features = features_of(*item.result);
        item.packed = pack(*item.result);
        json_writer::prepare(item);
    }
    void write(stream_item& item, output_sink& out) override {
        if (!item.skipped) {
            if (!item.features) throw std::logic_error("streamed check: a document was not prepared");
            ids_.push_back(item.id);
            claims_.push_back(item.claims);
            spilled_.push_back({spill_.append(item.packed), item.packed.size()});
            std::string().swap(item.packed);
            features_.push_back(std::move(*item.features));
            item.features.reset();
        }
        json_writer::write(item, out);
    }

private:
    /// Story scoping runs on its own thread while the documents and claims are copied out.
    void start_cross_check() override {
        scoping_ = std::async(std::launch::async, [this] {
            const auto started = std::chrono::steady_clock::now();
            std::vector<story> stories = find_stories(std::move(features_), jobs_);
            std::vector<story_features>().swap(features_);
            scoping_seconds_ = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
            return stories;
        });
    }

    void write_cross_check(output_sink& out) override {
        using clock = std::chrono::steady_clock;
        const std::vector<story> stories = scoping_.get();
        const auto scoped = clock::now();
        out.put(",\n  \"stories\": ");
        if (stories.empty()) out.put("[]");
        write_on_threads(stories.size(), jobs_, out, [&](std::size_t si, std::string& b) {
            b += si ? ",\n    " : "[\n    ";
            pretty_writer w(b, 2);
            write_story_pretty(w, stories[si], [&](std::size_t d) -> const std::string& { return ids_.at(d); });
            if (!w.ok()) throw std::runtime_error("a story label is not valid UTF-8");
        });
        if (!stories.empty()) out.put("\n  ]");

        std::vector<std::size_t> first(claims_.size() + 1, 0);
        for (std::size_t d = 0; d < claims_.size(); ++d) first[d + 1] = first[d] + claims_[d];
        out.put(",\n  \"groups\": ");
        std::size_t groups = 0;
        for (std::size_t si = 0; si < stories.size();) {
            // the next stories, up to about batch_claims claims, with their documents read back
            std::size_t sj = si, claims = 0;
            std::vector<story> local;
            std::vector<std::size_t> global;  // local document index -> global
            while (sj < stories.size()) {
                std::size_t c = 0;
                for (std::size_t d : stories[sj].documents) c += claims_[d];
                if (sj > si && claims + c > batch_claims_) break;
                claims += c;
                story s;
                s.id = stories[sj].id;
                for (std::size_t d : stories[sj].documents) {
                    s.documents.push_back(global.size());
                    global.push_back(d);
                }
                local.push_back(std::move(s));
                ++sj;
            }
            std::vector<document_result> docs(global.size());
            detail::parallel_for(global.size(), jobs_, [&](std::size_t k) {
                const auto [at, size] = spilled_[global[k]];
                docs[k] = unpack(spill_.read(at, size));
            });
            std::vector<group> gs = reconcile(docs, local, jobs_);
            for (auto& g : gs) {
                g.id = "g" + std::to_string(++groups);
                g.story += si;
                for (auto& r : g.claims) {
                    if (r.claim >= docs.at(r.doc).claims.size()) throw std::out_of_range("group claim out of range");
                    r.doc = global[r.doc];
                }
            }
            // the documents and groups are freed on the threads too: freeing the strings of some
            // 65,000 claims and their groups on this thread alone is a step the others wait for
            detail::parallel_for(docs.size(), jobs_, [&](std::size_t k) { docs[k] = document_result(); });
            std::vector<document_result>().swap(docs);
            const std::size_t first_group = groups - gs.size();
            write_on_threads(gs.size(), jobs_, out, [&](std::size_t i, std::string& b) {
                b += first_group + i ? ",\n    " : "[\n    ";
                pretty_writer w(b, 2);
                write_group_pretty(w, gs[i], stories[gs[i].story].id, first);
                if (!w.ok()) throw std::runtime_error("a group is not valid UTF-8");
                gs[i] = group();
            });
            si = sj;
        }
        out.put(groups ? "\n  ]" : "[]");
        const auto done = clock::now();
        if (stats_) {
            const auto secs = [](auto d) { return std::chrono::duration<double>(d).count(); };
            *stats_ = {first.back(), claims_.size(), stories.size(), groups, spill_.size(), scoping_seconds_,
                       secs(done - scoped)};
        }
    }

    unsigned jobs_;
    check_stats* stats_;
    std::size_t batch_claims_;  ///< claims read back at once, about (a larger story is read alone)
    spill_file spill_;
    std::vector<std::string> ids_;
    std::vector<std::size_t> claims_;
    std::vector<std::pair<std::size_t, std::size_t>> spilled_;  // offset and size in spill_
    std::vector<story_features> features_;
    std::future<std::vector<story>> scoping_;
    double scoping_seconds_ = 0;
};

}  // namespace

std::unique_ptr<stream_writer> jsonl_stream_writer() { return std::make_unique<jsonl_writer>(); }
std::unique_ptr<stream_writer> json_stream_writer() { return std::make_unique<json_writer>(); }
std::unique_ptr<stream_writer> check_json_stream_writer(unsigned jobs, check_stats* stats, std::size_t batch_claims) {
    return std::make_unique<check_json_writer>(jobs, stats, batch_claims);
}

}  // namespace claimcheck::engine
