// libFuzzer target: arbitrary bytes through folding, sentences and the grammars.
#include <cstddef>
#include <cstdint>
#include <string>

#include "engine/document.hpp"
#include "engine/pipeline.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace claimcheck::engine;
    document d;
    if (load_document("fuzz.txt", std::string(reinterpret_cast<const char*>(data), size), d)) return 0;
    document_result r = analyse(std::move(d));
    // every span must lie inside the original bytes
    for (const auto& c : r.claims) {
        std::size_t b = r.doc.folded.original(c.begin), e = r.doc.folded.original(c.end);
        if (b > e || e > r.doc.bytes.size()) __builtin_trap();
    }
    return 0;
}
