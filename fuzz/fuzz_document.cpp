// libFuzzer target: the document readers (text checks and JSON Lines).
#include <cstddef>
#include <cstdint>
#include <string>

#include "engine/document.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace claimcheck::engine;
    const std::string bytes(reinterpret_cast<const char*>(data), size);
    document d;
    (void)load_document("fuzz.txt", bytes, d);
    input_set set;
    read_jsonl("fuzz.jsonl", bytes, set);
    return 0;
}
