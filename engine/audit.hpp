#pragma once
// Auditing a draft: its figures checked against reference articles.
#include <string>
#include <vector>

#include "engine/pipeline.hpp"

namespace claimcheck::engine {

/// What the references say about one figure of the draft.
struct finding {
    std::size_t claim = 0;                ///< index into the draft's claims
    std::string verdict;                  ///< "discrepancy", "agree" or "unsupported"
    std::string relation;                 ///< as in groups: within_rounding, disjoint, ...
    std::vector<claim_ref> compared;      ///< the reference claims it was compared with
};

/// The audit of one draft.
struct audit_result {
    report rep;                     ///< the draft is rep.documents[0]; the references follow
    std::vector<finding> findings;  ///< one per draft claim, in text order
    bool has_discrepancy() const;
};

/// The draft joins the reference story it scores best with, when the score reaches this.
inline constexpr double audit_min_score = 0.1;

/// Checks the draft's figures against the references: same story scoping and grouping as
/// `check`, but only the draft's claims are reported.
audit_result audit(document draft, input_set references);

}  // namespace claimcheck::engine
