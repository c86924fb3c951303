#pragma once
// Spilling documents to disk: a streamed `check` keeps each document's story features in memory
// and puts what grouping reads (its metadata, lower-cased text, sentences and claims) in an
// unnamed temporary file, then reads the documents of a few stories at a time back to group them.
// That keeps memory bounded by the largest stories, not by the size of the drop.
#include <cstddef>
#include <cstdio>
#include <string>
#include <string_view>

#include "engine/pipeline.hpp"

namespace claimcheck::engine {

/// The bytes of a document as grouping reads it back: metadata, the lower-cased folded text
/// (`folded.lower`), sentences and every field of every claim. Not the original bytes nor the
/// folded text, which grouping never reads: `unpack` leaves them empty.
std::string pack(const document_result& dr);

/// The document `pack` wrote; throws std::runtime_error on bytes that are not a packed document.
document_result unpack(std::string_view bytes);

/// An unnamed temporary file (in $TMPDIR, else /tmp; gone when closed or when the process ends)
/// that records are appended to and read back from by offset, from any thread. The first 4 MB
/// stay in memory: the file is made only when they are passed.
class spill_file {
public:
    spill_file();
    ~spill_file();
    spill_file(const spill_file&) = delete;
    spill_file& operator=(const spill_file&) = delete;

    /// Appends a record; returns its offset. Throws std::runtime_error when the temporary file
    /// cannot be made or written (a full disk).
    std::size_t append(std::string_view bytes);
    /// Reads `size` bytes at `offset` (what append returned); callable from several threads at
    /// once once the appends are done. Throws std::runtime_error on a read error.
    std::string read(std::size_t offset, std::size_t size) const;
    /// Bytes appended so far.
    std::size_t size() const { return size_; }

private:
    int fd_ = -1;
    std::size_t size_ = 0;
    std::string buffer_;  ///< appends not written yet
    void open();
    void flush();
};

}  // namespace claimcheck::engine
