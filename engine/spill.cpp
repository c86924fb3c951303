// Packing documents for the spill file: every field grouping reads, in one list per struct that
// both directions walk (so a field added to a struct and to its list is written and read back).
#include "engine/spill.hpp"

#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <stdexcept>
#include <type_traits>
#include <vector>

namespace claimcheck::engine {

namespace {

/// Walks the fields of a struct (S is const when packing): a(field, field, ...).
template <class A, class S>
void fields(A& a, S& s);

/// Appends values to a string: integers and enums as 64-bit, doubles as their bytes, strings
/// and vectors with their length first, optionals with a presence byte.
class packer {
public:
    explicit packer(std::string& out) : out_(out) {}
    template <class... T>
    void operator()(const T&... v) {
        (put(v), ...);
    }

private:
    std::string& out_;
    void raw(const void* p, std::size_t n) { out_.append(static_cast<const char*>(p), n); }
    /// Seven bits a byte, the last byte's high bit clear: offsets, lengths and enums are small,
    /// and a claim packed with 8-byte integers was most of the spill file (392 bytes a claim, 190
    /// of the 302 MB spilled for the 100 MB drop).
    void varint(std::uint64_t u) {
        while (u >= 0x80) {
            out_ += static_cast<char>((u & 0x7F) | 0x80);
            u >>= 7;
        }
        out_ += static_cast<char>(u);
    }
    void put(bool b) { out_ += b ? '\1' : '\0'; }
    void put(double d) { raw(&d, sizeof d); }
    void put(const std::string& s) {
        varint(s.size());
        out_ += s;
    }
    template <class T>
    void put(const std::optional<T>& o) {
        put(o.has_value());
        if (o) put(*o);
    }
    template <class T>
    void put(const std::vector<T>& v) {
        varint(v.size());
        for (const auto& x : v) put(x);
    }
    template <class T>
    void put(const T& v) {
        if constexpr (std::is_enum_v<T> || std::is_integral_v<T>) {
            varint(static_cast<std::uint64_t>(v));
        } else {
            fields(*this, v);
        }
    }
};

/// Reads what packer wrote, checking every length against what is left.
class unpacker {
public:
    explicit unpacker(std::string_view in) : in_(in) {}
    template <class... T>
    void operator()(T&... v) {
        (get(v), ...);
    }
    bool done() const { return in_.empty(); }

private:
    std::string_view in_;
    void raw(void* p, std::size_t n) {
        if (in_.size() < n) throw std::runtime_error("spill file: a packed document is cut short");
        std::memcpy(p, in_.data(), n);
        in_.remove_prefix(n);
    }
    std::uint64_t varint() {
        std::uint64_t u = 0;
        for (unsigned shift = 0;; shift += 7) {
            if (in_.empty() || shift > 63) throw std::runtime_error("spill file: a packed document is cut short");
            const auto byte = static_cast<unsigned char>(in_.front());
            in_.remove_prefix(1);
            u |= static_cast<std::uint64_t>(byte & 0x7F) << shift;
            if (!(byte & 0x80)) return u;
        }
    }
    void get(bool& b) {
        char c = 0;
        raw(&c, 1);
        b = c != 0;
    }
    void get(double& d) { raw(&d, sizeof d); }
    void get(std::string& s) {
        const std::uint64_t n = varint();
        if (in_.size() < n) throw std::runtime_error("spill file: a packed document is cut short");
        s.assign(in_.data(), n);
        in_.remove_prefix(n);
    }
    template <class T>
    void get(std::optional<T>& o) {
        bool has = false;
        get(has);
        if (!has) {
            o.reset();
            return;
        }
        o.emplace();
        get(*o);
    }
    template <class T>
    void get(std::vector<T>& v) {
        const std::uint64_t n = varint();
        if (n > in_.size()) throw std::runtime_error("spill file: a packed document is cut short");
        v.resize(n);
        for (auto& x : v) get(x);
    }
    template <class T>
    void get(T& v) {
        if constexpr (std::is_enum_v<T> || std::is_integral_v<T>) {
            v = static_cast<T>(varint());
        } else {
            fields(*this, v);
        }
    }
};

template <class A, class S>
void fields(A& a, S& s) {
    using T = std::remove_const_t<S>;
    if constexpr (std::is_same_v<T, grammar::quantity>) {
        a(s.begin, s.end, s.num_begin, s.num_end, s.value, s.range_high, s.qual, s.qualified, s.unit, s.dimension,
          s.kind, s.compound_noun, s.hyphen_compound, s.word_number, s.has_separator, s.has_decimal,
          s.unrepresentable, s.denial_word);
    } else if constexpr (std::is_same_v<T, grammar::counted_thing>) {
        a(s.head, s.lemma, s.cls, s.modifiers, s.begin, s.end, s.inherited, s.substance);
    } else if constexpr (std::is_same_v<T, grammar::predicate>) {
        a(s.text, s.cls);
    } else if constexpr (std::is_same_v<T, grammar::scope>) {
        a(s.text, s.kind, s.key);
    } else if constexpr (std::is_same_v<T, grammar::attribution>) {
        a(s.source, s.cue, s.begin, s.end, s.via, s.written, s.title);
    } else if constexpr (std::is_same_v<T, grammar::claim>) {
        a(s.q, s.begin, s.end, s.sentence, s.value, s.low, s.high, s.counted, s.pred, s.where, s.partitive, s.per_side,
          s.source, s.agent, s.attribute, s.mod_class, s.subgroup, s.aggregate, s.background, s.note);
    } else if constexpr (std::is_same_v<T, grammar::sentence_span>) {
        a(s.begin, s.end, s.paragraph);
    } else {
        static_assert(std::is_same_v<T, void>, "no field list for this type");
    }
}

constexpr std::uint64_t pack_magic = 0x636c61696d636b32;  // "claimck2" (integers as varints)
}

std::string pack(const document_result& dr) {
    std::string out;
    out.reserve(dr.doc.folded.lower.size() + dr.claims.size() * 256 + 256);
    packer p(out);
    const document& d = dr.doc;
    p(pack_magic, d.id, d.path, d.outlet, d.url, d.published, d.title, d.record_id, d.folded.lower, dr.sentences,
      dr.claims);
    return out;
}

document_result unpack(std::string_view bytes) {
    document_result dr;
    unpacker u(bytes);
    std::uint64_t magic = 0;
    u(magic);
    if (magic != pack_magic) throw std::runtime_error("spill file: not a packed document");
    document& d = dr.doc;
    u(d.id, d.path, d.outlet, d.url, d.published, d.title, d.record_id, d.folded.lower, dr.sentences, dr.claims);
    if (!u.done()) throw std::runtime_error("spill file: bytes after a packed document");
    return dr;
}

spill_file::spill_file() = default;

void spill_file::open() {
    const char* dir = std::getenv("TMPDIR");
    std::string name = std::string(dir && *dir ? dir : "/tmp") + "/claimcheck-spill-XXXXXX";
    fd_ = ::mkstemp(name.data());
    if (fd_ < 0)
        throw std::runtime_error("cannot make a temporary file in " + name.substr(0, name.rfind('/')) + ": " +
                                 std::strerror(errno));
    ::unlink(name.c_str());
}

spill_file::~spill_file() {
    if (fd_ >= 0) ::close(fd_);
}

void spill_file::flush() {
    if (fd_ < 0) open();
    std::size_t done = 0;
    while (done < buffer_.size()) {
        ssize_t n = ::write(fd_, buffer_.data() + done, buffer_.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) throw std::runtime_error(std::string("cannot write the temporary file: ") + std::strerror(errno));
        done += static_cast<std::size_t>(n);
    }
    buffer_.clear();
}

std::size_t spill_file::append(std::string_view bytes) {
    const std::size_t at = size_;
    buffer_.append(bytes);
    size_ += bytes.size();
    if (buffer_.size() >= (std::size_t(4) << 20)) flush();
    return at;
}

std::string spill_file::read(std::size_t offset, std::size_t size) const {
    if (offset + size > size_) throw std::logic_error("spill file: read past the end");
    std::string out(size, '\0');
    const std::size_t on_disk = size_ - buffer_.size();
    std::size_t done = 0;
    while (done < size && offset + done < on_disk) {
        const std::size_t want = std::min(size - done, on_disk - (offset + done));
        ssize_t n = ::pread(fd_, out.data() + done, want, static_cast<off_t>(offset + done));
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) throw std::runtime_error(std::string("cannot read the temporary file: ") + std::strerror(errno));
        done += static_cast<std::size_t>(n);
    }
    if (done < size) std::memcpy(out.data() + done, buffer_.data() + (offset + done - on_disk), size - done);
    return out;
}

}  // namespace claimcheck::engine
