#include "engine/document.hpp"

#include "engine/dateline.hpp"

#include <algorithm>
#include <array>
#include <bitset>
#include <charconv>
#include <cstring>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <system_error>
#include <utility>

#include <nlohmann/json.hpp>
#include <simdjson.h>

#include "grammar/ascii.hpp"
#include "grammar/lexicon.hpp"

namespace claimcheck::engine {

namespace fs = std::filesystem;

namespace {

std::string trim(std::string_view s) {
    std::size_t b = 0, e = s.size();
    while (b < e && (s[b] == ' ' || s[b] == '\n')) ++b;
    while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\n')) --e;
    return std::string(s.substr(b, e - b));
}

std::string lower(std::string s) {
    for (char& c : s) c = grammar::ascii::to_lower(c);
    return s;
}

/// "www.cnn.com/" -> "cnn.com"; a name run together in capitals ("TRTGLOBAL") takes the
/// spelling the article itself uses ("TRT Global"), when it uses one. `low`: `text` lower-cased
/// (ASCII letters, as std::tolower in the "C" locale the tool runs in).
std::string clean_outlet(std::string name, std::string_view text, std::string_view low) {
    name = trim(name);
    for (std::string_view p : {"https://", "http://"})
        if (name.rfind(p, 0) == 0) name.erase(0, p.size());
    if (name.rfind("www.", 0) == 0) name.erase(0, 4);
    while (!name.empty() && (name.back() == '/' || name.back() == '.')) name.pop_back();
    if (name.empty() || name.find(' ') != std::string::npos || name.find('.') != std::string::npos) return name;
    // look for the same letters with spaces in the text: each place that opens with the first
    // letter, in order, read on with its spaces skipped (a copy of the text without its spaces
    // and a map back cost more than the whole layout scan)
    const std::string want = lower(name);
    for (std::size_t b = low.find(want[0]); b != std::string_view::npos; b = low.find(want[0], b + 1)) {
        std::size_t e = b + 1, matched = 1;
        for (; matched < want.size() && e < low.size(); ++e) {
            if (low[e] == ' ') continue;
            if (low[e] != want[matched]) break;
            ++matched;
        }
        if (matched < want.size()) continue;
        bool starts = b == 0 || !std::isalnum(static_cast<unsigned char>(text[b - 1]));
        bool ends = e >= text.size() || !std::isalnum(static_cast<unsigned char>(text[e]));
        const std::string_view candidate = text.substr(b, e - b);
        if (starts && ends && candidate.find(' ') != std::string_view::npos && candidate.find('\n') == std::string_view::npos)
            return std::string(candidate);
    }
    return name;
}

/// The lexicon tables scan_layout reads, built once (fetched once per document: a guarded static
/// asked for on every line cost a load and a test each time).
struct layout_tables {
    /// The outlet-line prefixes by the byte they open with (an empty prefix under every byte): a
    /// line is read only against those that open with its first byte, and none for most lines.
    std::array<std::vector<std::string_view>, 256> opening;
    /// A line this long or longer is no outlet line (one is at most 79 bytes past its prefix).
    std::size_t outlet_line_limit = 0;
    const grammar::word_set* debris_words = nullptr;
    /// The first two bytes of each debris word (a space after a word of one byte): most lines
    /// open with a pair no debris word opens with, and are passed over without their first word read.
    std::bitset<1 << 16> debris_openings;

    static std::size_t pair(char first, char second) {
        return static_cast<std::size_t>(static_cast<unsigned char>(first)) << 8 | static_cast<unsigned char>(second);
    }

    static const layout_tables& get() {
        static const layout_tables tables = [] {
            layout_tables t;
            for (const auto& r : grammar::lexicon("outlet_lines").rows) {
                if (r[0].empty()) {
                    for (auto& list : t.opening) list.push_back(r[0]);
                } else {
                    t.opening[static_cast<unsigned char>(r[0][0])].push_back(r[0]);
                }
                t.outlet_line_limit = std::max(t.outlet_line_limit, r[0].size() + 80);
            }
            t.debris_words = &grammar::lexicon_words("debris_words");
            for (const auto& w : *t.debris_words)
                if (!w.empty()) t.debris_openings.set(pair(w[0], w.size() > 1 ? w[1] : ' '));
            return t;
        }();
        return tables;
    }

    /// Whether a line is share-button words only; `low`: the line lower-cased (ASCII letters).
    bool is_debris(std::string_view low) const {
        // the first word that is not one ends the look
        if (!low.empty() && !grammar::ascii::is_space(low[0])) {
            const char second = low.size() > 1 && !grammar::ascii::is_space(low[1]) ? low[1] : ' ';
            if (!debris_openings.test(pair(low[0], second))) return false;
        }
        int n = 0;
        for (std::size_t i = 0; i < low.size();) {
            if (grammar::ascii::is_space(low[i])) {
                ++i;
                continue;
            }
            const std::size_t b = i;
            while (i < low.size() && !grammar::ascii::is_space(low[i])) ++i;
            if (!debris_words->count(low.substr(b, i - b))) return false;
            ++n;
        }
        return n > 0;
    }
};

/// Whether a line is a link to another article: "Related: Volcano erupts on Sumatra, thousands
/// flee", "Read more: ...". Its figures are that article's, not this one's (a line this short:
/// a headline). `low`: the line lower-cased.
bool link_line(std::string_view low) {
    if (low.size() > 200 || low.size() < 8) return false;
    static constexpr std::string_view labels[] = {"related:",     "related stories:", "related coverage:", "related story:",
                                                  "read more:",   "read also:",       "also read:",        "see also:",
                                                  "more:",        "also:",            "recommended:",      "watch:",
                                                  "read:",        "more on this:",    "more from"};
    if (low[0] != 'r' && low[0] != 's' && low[0] != 'a' && low[0] != 'm' && low[0] != 'w') return false;
    for (std::string_view l : labels)
        if (low.starts_with(l)) return true;
    return false;
}

/// Everything left in `b`, read in large blocks: a byte at a time through istreambuf_iterator
/// costs a call and a check per byte.
std::string read_all(std::streambuf* b) {
    constexpr std::size_t block = std::size_t(1) << 16;
    std::string out;
    std::size_t used = 0;
    if (!b) return out;
    for (;;) {
        if (out.size() - used < block) out.resize(std::max(2 * out.size(), used + block));
        const std::streamsize got = b->sgetn(out.data() + used, static_cast<std::streamsize>(out.size() - used));
        if (got <= 0) break;
        used += static_cast<std::size_t>(got);
    }
    out.resize(used);
    return out;
}

bool read_file(const fs::path& p, std::string& out, std::string& error) {
    std::ifstream in(p, std::ios::binary);
    if (!in) {
        std::error_code ec;
        auto st = fs::status(p, ec);
        error = (ec || !fs::exists(st)) ? "no such file or directory" : "cannot open for reading (permission denied?)";
        return false;
    }
    out = read_all(in.rdbuf());
    if (in.bad()) {
        error = "read error";
        return false;
    }
    return true;
}

}  // namespace

void scan_layout(document& doc) {
    const layout_tables& tables = layout_tables::get();
    const std::string& t = doc.folded.text;
    const char* const text = t.data();
    const char* const lower = doc.folded.lower.data();
    const std::size_t size = t.size();
    // The content lines go straight into the paragraphs (whose room a document kept from input to
    // input keeps), and are joined afterwards in the rare hard-wrapped text: a buffer of lines
    // copied out at the end, and a pass over it for the line lengths, cost more than the join.
    auto& paragraphs = doc.paragraphs;
    const std::size_t first = paragraphs.size();
    std::size_t wrapped = 0, longest = 0;
    // the line ends among the stops (one pass finds them and the sentence marks)
    doc.stops.clear();
    find_stops(t, doc.stops);
    const std::vector<std::uint32_t>& stops = doc.stops;
    std::size_t next = 0;  // the first stop not yet passed
    std::size_t pos = 0;
    while (pos < size) {
        while (next < stops.size() && text[stops[next]] != '\n') ++next;
        const std::size_t nl = next < stops.size() ? stops[next++] : size;
        // the line without its outer spaces, and its lower-cased twin (same offsets): views, no copies
        std::size_t lb = pos, le = nl;
        while (lb < le && text[lb] == ' ') ++lb;
        while (le > lb && text[le - 1] == ' ') --le;
        pos = nl + 1;
        if (lb == le) continue;  // a blank line
        const std::string_view low(lower + lb, le - lb);
        bool content = true;
        // (the sizes first: most lines are longer than any outlet line; an empty line matches no
        // prefix: it must be longer than the prefix)
        if (low.size() < tables.outlet_line_limit) {
            for (const std::string_view p : tables.opening[static_cast<unsigned char>(low[0])]) {
                if (low.size() > p.size() && low.size() < p.size() + 80 && low.starts_with(p)) {
                    std::string name = trim(std::string_view(text + lb, le - lb).substr(p.size()));
                    if (!name.empty() && !doc.outlet) doc.outlet = clean_outlet(name, t, doc.folded.lower);
                    content = false;
                    break;
                }
            }
        }
        if (!content || tables.is_debris(low) || link_line(low)) continue;
        paragraphs.emplace_back(lb, le);
        longest = std::max(longest, le - lb);
        if (le - lb >= 50 && le - lb <= 80) ++wrapped;
    }
    // hard-wrapped text (most lines 50-80 characters, none over 100): a paragraph runs until a
    // blank line, so that a sentence broken over two lines stays one sentence. A line follows the
    // one before when only spaces and one newline part them (a blank line, an outlet line or
    // debris between them leaves more).
    const std::size_t lines = paragraphs.size() - first;
    const bool hard_wrapped = lines >= 3 && longest <= 100 && wrapped * 10 >= lines * 6;
    if (!hard_wrapped) return;
    auto follows = [&](std::size_t end, std::size_t begin) {
        std::size_t newlines = 0;
        for (std::size_t i = end; i < begin; ++i) {
            if (text[i] == '\n') ++newlines;
            else if (text[i] != ' ') return false;
        }
        return newlines == 1;
    };
    std::size_t kept = first + 1;
    for (std::size_t i = first + 1; i < paragraphs.size(); ++i) {
        if (follows(paragraphs[i - 1].second, paragraphs[i].first)) paragraphs[kept - 1].second = paragraphs[i].second;
        else paragraphs[kept++] = paragraphs[i];
    }
    paragraphs.resize(kept);
}

namespace {

/// load_document for the document `out` holds (its path and bytes set), read where it is: its
/// other members are written over, so that a document kept from input to input keeps the room
/// of its strings. `checked`: the bytes are known to be valid UTF-8 without a NUL byte (a string
/// simdjson decoded in read_flat_object: it checks the line's UTF-8 and turns no escape into
/// invalid UTF-8, refusing a lone surrogate; read_flat_object tells of a NUL), and are not
/// checked again.
std::optional<std::string> load_text(document& out, bool checked) {
    const std::string& bytes = out.bytes;
    if (bytes.empty()) return std::string("empty file");
    if (bytes.size() >= 2 && ((bytes[0] == '\xFF' && bytes[1] == '\xFE') || (bytes[0] == '\xFE' && bytes[1] == '\xFF')))
        return std::string("UTF-16 text is not supported (convert it to UTF-8)");
    if (!checked && bytes.find('\0') != std::string::npos) return std::string("binary file (contains NUL bytes)");
    if (std::size_t bad = checked ? std::string::npos : find_invalid_utf8(bytes); bad != std::string::npos)
        return "invalid UTF-8 at byte " + std::to_string(bad);
    out.id.clear();
    fold(out.bytes, out.folded);
    if (std::all_of(out.folded.text.begin(), out.folded.text.end(),
                    [](char c) { return c == ' ' || c == '\n'; }))
        return std::string("empty file (only white space)");
    out.outlet.reset();
    out.paragraphs.clear();
    scan_layout(out);
    if (out.paragraphs.empty()) return std::string("no article text (only outlet lines or share buttons)");
    return std::nullopt;
}

}  // namespace

std::optional<std::string> load_document(std::string path, std::string bytes, document& out) {
    out.path = std::move(path);
    out.bytes = std::move(bytes);
    out.url.reset();
    out.published.reset();
    out.title.reset();
    out.record_id.reset();
    auto why = load_text(out, false);
    // a date line near the top dates a plain-text article (a JSON Lines record's own
    // "published" is set over it by the caller)
    if (!why) out.published = dateline_date(out);
    return why;
}

void for_each_line(std::string_view bytes, const std::function<void(std::size_t, std::string_view)>& fn) {
    std::size_t pos = 0, line_no = 0;
    while (pos < bytes.size()) {
        std::size_t nl = bytes.find('\n', pos);
        if (nl == std::string_view::npos) nl = bytes.size();
        std::string_view line = bytes.substr(pos, nl - pos);
        pos = nl + 1;
        ++line_no;
        while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
        if (!line.empty()) fn(line_no, line);
    }
}

namespace {

/// A member of a flat JSON object whose value is a string or null.
struct flat_member {
    std::string_view key;
    std::string_view value;  ///< in the parser's buffer: it lasts until the thread's next line
    bool null = false;
    bool nul_byte = false;  ///< the value holds a NUL byte (an escaped one: a raw one is refused)
};

/// Reads a JSON Lines record the way nearly all are written: one object whose members are
/// strings or null, each key once. simdjson parses it (it checks the whole line, UTF-8
/// included); anything else (numbers, nesting, a key twice, errors) returns false, and
/// nlohmann::json reads the line again so that the reasons and the non-string fields are as
/// before. Where this says yes, it gives what nlohmann::json would, without a json value.
/// (A hand-written reader of this shape was tried in session 7: it saved 0.5 M instructions of
/// 150 M a megabyte, and JSON is a job for a well-kept library: docs/architecture.md.)
/// `readable`: the bytes that may be read from s.data() on (s.size() at least).
bool read_flat_object(std::string_view s, std::size_t readable, std::vector<flat_member>& members) {
    // simdjson's On-Demand reader: the members are read where they are, without the tape the
    // DOM parser builds first; a line without the room simdjson may read past its end is copied
    // first into a buffer that has it
    thread_local simdjson::ondemand::parser parser;
    thread_local std::string padded;
    if (readable < s.size() + simdjson::SIMDJSON_PADDING) {
        padded.reserve(s.size() + simdjson::SIMDJSON_PADDING);
        padded.assign(s);
        s = padded;
        readable = padded.capacity();
    }
    simdjson::ondemand::document doc;
    simdjson::ondemand::object object;
    if (parser.iterate(s.data(), s.size(), readable).get(doc) || doc.get_object().get(object)) return false;
    for (auto field : object) {
        std::string_view key;
        if (field.unescaped_key().get(key)) return false;
        for (const auto& other : members)
            if (other.key == key) return false;
        flat_member m;
        m.key = key;
        simdjson::ondemand::value value;
        if (field.value().get(value)) return false;
        bool null = false;
        if (value.is_null().get(null)) return false;
        if (null) {
            m.null = true;
        } else {
            std::string_view v;
            if (value.get_string().get(v)) return false;
            m.value = v;
            m.nul_byte = v.find('\0') != std::string_view::npos;
        }
        members.push_back(m);
    }
    // (nothing after the object: at the end, there is no location left)
    return !members.empty() && doc.current_location().error() == simdjson::OUT_OF_BOUNDS;
}

/// The record's optional members: `field(name)` gives a member's text, or nothing when it is
/// missing or null (an outlet line in the text is kept unless the record names one). Each is
/// written over what `out` held (its room kept).
template <class Field>
void set_metadata(document& out, Field&& field) {
    auto set = [](std::optional<std::string>& to, const auto& value) {
        if (!value) to.reset();
        else if (to) to->assign(*value);
        else to.emplace(*value);
    };
    if (const auto o = field("outlet")) set(out.outlet, o);
    set(out.url, field("url"));
    set(out.published, field("published"));
    set(out.title, field("title"));
    set(out.record_id, field("id"));
}

/// load_jsonl_line; `readable`: the bytes that may be read from line.data() on.
std::optional<std::string> load_jsonl_record(std::string_view where, std::size_t line_no, std::string_view line,
                                             std::size_t readable, document& out) {
    // (kept from line to line: the members are views into the parser's buffer)
    thread_local std::vector<flat_member> members;
    members.clear();
    if (read_flat_object(line, readable, members)) {
        auto find = [&](std::string_view key) -> const flat_member* {
            for (const auto& m : members)
                if (m.key == key) return &m;
            return nullptr;
        };
        const flat_member* text = find("text");
        if (!text || text->null) return "line " + std::to_string(line_no) + ": no \"text\" string";
        out.path.assign(where);
        out.bytes.assign(text->value);
        if (auto why = load_text(out, !text->nul_byte)) return "line " + std::to_string(line_no) + ": " + *why;
        set_metadata(out, [&](std::string_view name) -> std::optional<std::string_view> {
            const flat_member* m = find(name);
            if (!m || m->null) return std::nullopt;
            return m->value;
        });
        return std::nullopt;
    }
    nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.is_object()) return "line " + std::to_string(line_no) + ": not a JSON object";
    auto text = j.find("text");
    if (text == j.end() || !text->is_string()) return "line " + std::to_string(line_no) + ": no \"text\" string";
    if (auto why = load_document(std::string(where), text->get<std::string>(), out))
        return "line " + std::to_string(line_no) + ": " + *why;
    set_metadata(out, [&](std::string_view name) -> std::optional<std::string> {
        auto it = j.find(name);
        if (it == j.end() || it->is_null()) return std::nullopt;
        return it->is_string() ? it->get<std::string>() : it->dump();
    });
    return std::nullopt;
}

}  // namespace

std::optional<std::string> load_jsonl_line(std::string_view where, std::size_t line_no, std::string_view line, document& out) {
    return load_jsonl_record(where, line_no, line, line.size(), out);
}

void read_jsonl(const std::string& path, const std::string& bytes, input_set& into) {
    for_each_line(bytes, [&](std::size_t line_no, std::string_view line) {
        std::string where = path + ":" + std::to_string(line_no);
        document d;
        if (auto why = load_jsonl_line(where, line_no, line, d)) {
            into.skipped.push_back({std::move(where), std::move(*why)});
            return;
        }
        d.id = "d" + std::to_string(into.documents.size() + 1);
        into.documents.push_back(std::move(d));
    });
}

// ---- reading inputs one at a time -------------------------------------------------------------

struct input_reader::state {
    /// What the command line and the folders give, in order, before anything is read.
    struct entry {
        enum class kind { file, standard_input, skipped };
        kind what = kind::file;
        std::string path;
        std::string reason;
        bool jsonl = false;
    };
    std::vector<entry> plan;
    std::size_t next_entry = 0;
    std::size_t total = 0;
    bool known = true;
    std::istream* standard_input = nullptr;

    // the JSON Lines file being read, line by line through a bounded buffer
    bool in_lines = false;
    std::string lines_path;
    std::unique_ptr<std::ifstream> file;
    std::streambuf* buf = nullptr;
    /// the bytes read and not yet handed on are chunk[pos, filled) of `room` bytes, kept from one
    /// read to the next and never zeroed (a string resized for each read zeroed a megabyte)
    std::unique_ptr<char[]> chunk;
    std::size_t filled = 0, room = 0;
    std::size_t pos = 0, line_no = 0, carry = 0;
    bool eof = false;

    static constexpr std::size_t chunk_size = 1 << 20;

    void start_lines(std::string path, std::streambuf* b) {
        in_lines = true;
        lines_path = std::move(path);
        buf = b;
        filled = pos = line_no = 0;
        eof = b == nullptr;
    }

    void end_lines() {
        in_lines = false;
        file.reset();
        buf = nullptr;
        chunk.reset();
        filled = room = pos = 0;
    }

    /// The next line of the JSON Lines input, without its newline; `used` is its size in the
    /// input (newline counted). The view lasts until the next call.
    bool next_line(std::string_view& line, std::size_t& used) {
        for (;;) {
            const std::string_view have(chunk.get(), filled);
            std::size_t nl = have.find('\n', pos);
            if (nl != std::string::npos) {
                line = have.substr(pos, nl - pos);
                used = nl + 1 - pos;
                pos = nl + 1;
                return true;
            }
            if (eof) {
                if (pos < filled) {
                    line = have.substr(pos);
                    used = filled - pos;
                    pos = filled;
                    return true;
                }
                return false;
            }
            if (pos > 0) {
                std::memmove(chunk.get(), chunk.get() + pos, filled - pos);
                filled -= pos;
                pos = 0;
            }
            if (room < filled + chunk_size) {
                // a line longer than the room: twice as much (the bytes kept are moved over)
                const std::size_t more = std::max(filled + chunk_size, 2 * room);
                auto bigger = std::make_unique_for_overwrite<char[]>(more);
                if (filled) std::memcpy(bigger.get(), chunk.get(), filled);
                chunk = std::move(bigger);
                room = more;
            }
            std::streamsize got = buf->sgetn(chunk.get() + filled, static_cast<std::streamsize>(chunk_size));
            if (got < 0) got = 0;
            filled += static_cast<std::size_t>(got);
            if (got == 0) eof = true;
        }
    }
};

input_reader::input_reader(const std::vector<std::string>& paths, std::istream& stdin_stream, input_format format)
    : st_(std::make_unique<state>()) {
    state& s = *st_;
    s.standard_input = &stdin_stream;
    using kind = state::entry::kind;
    auto is_jsonl = [&](const fs::path& p) {
        if (format != input_format::by_name) return format == input_format::jsonl;
        return p.extension() == ".jsonl" || p.extension() == ".ndjson";
    };
    auto skip = [&](std::string path, std::string reason) { s.plan.push_back({kind::skipped, std::move(path), std::move(reason), false}); };
    auto file = [&](const fs::path& p, std::string name) {
        std::error_code ec;
        auto size = fs::file_size(p, ec);
        if (ec) s.known = false;
        else s.total += static_cast<std::size_t>(size);
        const bool jl = is_jsonl(name);
        s.plan.push_back({kind::file, std::move(name), {}, jl});
    };
    bool stdin_read = false;
    for (const auto& p : paths) {
        if (p == "-") {
            if (stdin_read) {
                skip(p, "standard input given twice");
                continue;
            }
            stdin_read = true;
            s.known = false;
            s.plan.push_back({kind::standard_input, p, {}, is_jsonl(p)});
            continue;
        }
        std::error_code ec;
        fs::path fp(p);
        auto st = fs::status(fp, ec);
        if (ec || !fs::exists(st)) {
            skip(p, "no such file or directory");
            continue;
        }
        if (fs::is_directory(st)) {
            std::vector<fs::path> files;
            fs::recursive_directory_iterator it(fp, fs::directory_options::skip_permission_denied, ec), end;
            if (ec) {
                skip(p, "cannot read folder: " + ec.message());
                continue;
            }
            for (; it != end; it.increment(ec)) {
                if (ec) {
                    skip(it->path().string(), "cannot read: " + ec.message());
                    ec.clear();
                    continue;
                }
                std::error_code fe;
                if (it->is_directory(fe)) continue;
                files.push_back(it->path());
            }
            std::sort(files.begin(), files.end());
            for (const auto& f : files) {
                std::string name = f.string();
                std::error_code fe;
                if (!fs::is_regular_file(f, fe)) {
                    skip(name, fe ? "cannot read: " + fe.message() : "not a regular file");
                    continue;
                }
                if (f.extension() != ".txt" && !is_jsonl(f)) {
                    skip(name, "not an article (only *.txt, *.jsonl and *.ndjson files in folders are read)");
                    continue;
                }
                file(f, std::move(name));
            }
            continue;
        }
        file(fp, p);
    }
}

input_reader::~input_reader() = default;

std::size_t input_reader::total_bytes() const { return st_->total; }
bool input_reader::total_known() const { return st_->known; }

bool input_reader::next(raw_input& out) {
    state& s = *st_;
    using kind = state::entry::kind;
    for (;;) {
        if (s.in_lines) {
            std::string_view line;
            std::size_t used = 0;
            while (s.next_line(line, used)) {
                ++s.line_no;
                s.carry += used;
                while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
                if (line.empty()) continue;
                // written over the strings `out` holds (a caller that hands the same input back,
                // its line left in it, has its room reused: no allocation per line)
                char number[24];
                const auto r = std::to_chars(number, number + sizeof number, s.line_no);
                out.what = raw_input::kind::jsonl_line;
                out.path.assign(s.lines_path);
                out.path += ':';
                out.path.append(number, static_cast<std::size_t>(r.ptr - number));
                // (with the room behind it that simdjson may read past the end: no copy to pad it)
                out.bytes.reserve(line.size() + simdjson::SIMDJSON_PADDING);
                out.bytes.assign(line);
                out.line_no = s.line_no;
                out.skip_reason.clear();
                out.input_bytes = s.carry;
                s.carry = 0;
                return true;
            }
            s.end_lines();
        }
        if (s.next_entry >= s.plan.size()) return false;
        state::entry& e = s.plan[s.next_entry++];
        const std::size_t carried = std::exchange(s.carry, 0);
        switch (e.what) {
            case kind::skipped:
                out = raw_input{raw_input::kind::skipped, std::move(e.path), {}, 0, std::move(e.reason), carried};
                return true;
            case kind::standard_input:
                if (e.jsonl) {
                    s.carry = carried;
                    s.start_lines(e.path, s.standard_input->rdbuf());
                    continue;
                }
                out = raw_input{raw_input::kind::text, std::move(e.path),
                                read_all(s.standard_input->rdbuf()),
                                0, {}, carried};
                out.input_bytes += out.bytes.size();
                return true;
            case kind::file:
                if (e.jsonl) {
                    auto f = std::make_unique<std::ifstream>(e.path, std::ios::binary);
                    if (!*f) {
                        std::error_code ec;
                        auto st = fs::status(e.path, ec);
                        out = raw_input{raw_input::kind::skipped, std::move(e.path), {}, 0,
                                        (ec || !fs::exists(st)) ? "no such file or directory"
                                                                : "cannot open for reading (permission denied?)",
                                        carried};
                        return true;
                    }
                    s.carry = carried;
                    s.file = std::move(f);
                    s.start_lines(e.path, s.file->rdbuf());
                    continue;
                }
                std::string bytes, error;
                if (!read_file(e.path, bytes, error)) {
                    out = raw_input{raw_input::kind::skipped, std::move(e.path), {}, 0, std::move(error), carried};
                    return true;
                }
                out = raw_input{raw_input::kind::text, std::move(e.path), std::move(bytes), 0, {}, carried};
                out.input_bytes += out.bytes.size();
                return true;
        }
    }
}

std::optional<skipped_input> prepare_input(raw_input&& raw, document& out) {
    switch (raw.what) {
        case raw_input::kind::skipped: return skipped_input{std::move(raw.path), std::move(raw.skip_reason)};
        case raw_input::kind::text:
            if (auto why = load_document(raw.path, std::move(raw.bytes), out)) return skipped_input{std::move(raw.path), std::move(*why)};
            return std::nullopt;
        case raw_input::kind::jsonl_line:
            if (auto why = load_jsonl_record(raw.path, raw.line_no, raw.bytes, raw.bytes.capacity(), out))
                return skipped_input{std::move(raw.path), std::move(*why)};
            return std::nullopt;
    }
    return std::nullopt;
}

input_set read_inputs(const std::vector<std::string>& paths, std::istream& stdin_stream, input_format format) {
    input_set set;
    input_reader reader(paths, stdin_stream, format);
    raw_input raw;
    while (reader.next(raw)) {
        document d;
        if (auto skipped = prepare_input(std::move(raw), d)) {
            set.skipped.push_back(std::move(*skipped));
            continue;
        }
        d.id = "d" + std::to_string(set.documents.size() + 1);
        set.documents.push_back(std::move(d));
    }
    return set;
}

}  // namespace claimcheck::engine
