#include "engine/reconcile.hpp"

#include "engine/pipeline.hpp"

namespace claimcheck::engine {

std::vector<group> reconcile(const std::vector<document_result>& docs, const std::vector<story>& stories) {
    std::vector<group> out;
    for (std::size_t s = 0; s < stories.size(); ++s)
        for (std::size_t d : stories[s].documents)
            for (std::size_t c = 0; c < docs[d].claims.size(); ++c) {
                group g;
                g.id = "g" + std::to_string(out.size() + 1);
                g.story = s;
                g.verdict = "single";
                g.relation = "single";
                g.explanation = "no other source reports this figure";
                g.claims.push_back({d, c});
                out.push_back(std::move(g));
            }
    return out;
}

}  // namespace claimcheck::engine
