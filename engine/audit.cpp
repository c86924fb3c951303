#include "engine/audit.hpp"

namespace claimcheck::engine {

bool audit_result::has_discrepancy() const {
    for (const auto& f : findings)
        if (f.verdict == "discrepancy") return true;
    return false;
}

audit_result audit(document draft, input_set references) {
    audit_result r;
    (void)draft;
    (void)references;
    return r;
}

}  // namespace claimcheck::engine
