#pragma once
// Bytes written one after another through a pointer, into room kept from use to use.
#include <algorithm>
#include <cstddef>
#include <cstring>
#include <memory>
#include <string_view>

namespace claimcheck::engine {

/// Bytes written one after another into a buffer kept from use to use: a string grown by the
/// room of each line first would zero kilobytes per line, and one append per line was a copy
/// and a check each. The room is never zeroed (a megabyte zeroed costs as much as writing it).
class byte_buffer {
public:
    /// Where n more bytes may be written (what was written is kept when the buffer grows).
    char* room(std::size_t n) {
        if (size_ - used_ < n) {
            const std::size_t more = std::max(used_ + n, 2 * size_);
            auto bigger = std::make_unique_for_overwrite<char[]>(more);
            if (used_) std::memcpy(bigger.get(), buf_.get(), used_);
            buf_ = std::move(bigger);
            size_ = more;
        }
        return buf_.get() + used_;
    }
    /// Keeps what was written into room() up to `end`.
    void keep_to(const char* end) { used_ = static_cast<std::size_t>(end - buf_.get()); }
    void append(std::string_view s) {
        if (s.empty()) return;
        std::memcpy(room(s.size()), s.data(), s.size());
        used_ += s.size();
    }
    std::size_t size() const { return used_; }
    bool empty() const { return used_ == 0; }
    /// Drops what was written after the first n bytes.
    void truncate(std::size_t n) { used_ = n; }
    std::string_view view() const { return {buf_.get(), used_}; }

private:
    std::unique_ptr<char[]> buf_;
    std::size_t size_ = 0, used_ = 0;
};

}  // namespace claimcheck::engine
