#include "engine/report/render.hpp"

namespace claimcheck::engine {

std::string render_markdown(const report& rep) {
    (void)rep;
    return "";
}

}  // namespace claimcheck::engine
