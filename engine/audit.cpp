// Auditing a draft: the references are scoped into stories as `check` does; the draft joins
// the story it reads most like, and its figures are grouped with that story's claims.
#include "engine/audit.hpp"

#include <algorithm>

#include "engine/stories.hpp"

namespace claimcheck::engine {

bool audit_result::has_discrepancy() const {
    return std::any_of(findings.begin(), findings.end(), [](const finding& f) { return f.verdict == "discrepancy"; });
}

audit_result audit(document draft, input_set references) {
    audit_result r;
    report& rep = r.rep;
    rep.skipped = std::move(references.skipped);
    rep.documents.push_back(analyse(std::move(draft)));
    for (auto& d : references.documents) rep.documents.push_back(analyse(std::move(d)));

    // stories among the references alone, then the draft joins the one it reads most like
    std::vector<story> ref_stories;
    {
        std::vector<document_result> refs(std::make_move_iterator(rep.documents.begin() + 1),
                                          std::make_move_iterator(rep.documents.end()));
        ref_stories = find_stories(refs);
        for (std::size_t i = 0; i < refs.size(); ++i) rep.documents[i + 1] = std::move(refs[i]);
    }
    const story_space space(rep.documents);
    std::size_t best = ref_stories.size();
    double best_score = 0;
    for (std::size_t s = 0; s < ref_stories.size(); ++s) {
        double sum = 0;
        for (std::size_t d : ref_stories[s].documents) sum += space.score(0, d + 1);
        double avg = sum / static_cast<double>(ref_stories[s].documents.size());
        if (avg > best_score) {
            best_score = avg;
            best = s;
        }
    }
    for (auto& st : ref_stories)
        for (auto& d : st.documents) ++d;
    if (best < ref_stories.size() && best_score >= audit_min_score) {
        ref_stories[best].documents.insert(ref_stories[best].documents.begin(), 0);
    } else {
        ref_stories.insert(ref_stories.begin(), story{"s0", {0}, "the draft alone"});
    }
    for (std::size_t i = 0; i < ref_stories.size(); ++i) ref_stories[i].id = "s" + std::to_string(i + 1);
    rep.stories = std::move(ref_stories);
    rep.groups = reconcile(rep.documents, rep.stories);
    rep.cross_checked = true;

    // one finding per draft claim: what the references in its group say
    std::vector<const group*> group_of(rep.documents[0].claims.size(), nullptr);
    for (const auto& g : rep.groups)
        for (const auto& m : g.claims)
            if (m.doc == 0) group_of[m.claim] = &g;
    for (std::size_t i = 0; i < rep.documents[0].claims.size(); ++i) {
        finding f;
        f.claim = i;
        const grammar::claim& mine = rep.documents[0].claims[i];
        bool differs = false;
        if (const group* g = group_of[i]) {
            for (const auto& m : g->claims) {
                if (m.doc == 0) continue;
                f.compared.push_back(m);
                const grammar::claim& theirs = rep.documents[m.doc].claims[m.claim];
                if (theirs.value != mine.value || theirs.q.qual != mine.q.qual || theirs.q.range_high != mine.q.range_high)
                    differs = true;
            }
            f.relation = g->relation;
        }
        if (f.compared.empty()) {
            f.verdict = "unsupported";
            f.relation = "single";
        } else if (differs) {
            f.verdict = "discrepancy";
        } else {
            f.verdict = "agree";
            f.relation = "equal";
        }
        r.findings.push_back(std::move(f));
    }
    return r;
}

}  // namespace claimcheck::engine
