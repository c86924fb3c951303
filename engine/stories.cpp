#include "engine/pipeline.hpp"
#include "engine/reconcile.hpp"

namespace claimcheck::engine {

std::vector<story> find_stories(const std::vector<document_result>& docs) {
    // each document its own story until story scoping lands (issue "Cross-check")
    std::vector<story> out;
    for (std::size_t i = 0; i < docs.size(); ++i) out.push_back({"s" + std::to_string(i + 1), {i}, ""});
    return out;
}

}  // namespace claimcheck::engine
