// A word token says whether it is one run of letters and digits or runs joined by '-', '\'' or
// '.': the scan for aggregate and background phrases reads a run-only token as one word without
// looking at its bytes again, so the flag must be right on every token of real text.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "engine/text.hpp"
#include "grammar/ascii.hpp"
#include "grammar/context.hpp"

namespace {
const std::string source_dir = CLAIMCHECK_SOURCE_DIR;
}  // namespace

TEST_CASE("tokenize: a word token is joined exactly when a sign joins two runs in it", "[grammar][tokenize]") {
    std::vector<std::string> texts{"U.S. officials said Ukraine's 20-year-old soldiers, 1,000 of them, left. A-B-C o'clock x.",
                                   "end. -x x- 'y y' a.b."};
    for (const auto& entry : std::filesystem::directory_iterator(source_dir + "/corpus/seeds")) {
        std::ifstream in(entry.path(), std::ios::binary);
        texts.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
    REQUIRE(texts.size() > 5);
    std::size_t joined = 0, single = 0;
    for (const auto& raw : texts) {
        const auto f = claimcheck::engine::fold(raw);
        const claimcheck::grammar::text_input in{f.text, f.lower};
        for (const auto& t : claimcheck::grammar::tokenize(in, 0, f.text.size())) {
            if (!t.word) {
                CHECK_FALSE(t.joined);
                continue;
            }
            bool sign = false;
            for (std::size_t k = t.begin; k < t.end; ++k) sign = sign || !claimcheck::grammar::ascii::is_alnum(f.text[k]);
            INFO(f.text.substr(t.begin, t.end - t.begin));
            CHECK(t.joined == sign);
            (sign ? joined : single) += 1;
        }
    }
    CHECK(joined > 10);
    CHECK(single > 100);
}
