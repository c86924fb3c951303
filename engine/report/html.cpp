#include "engine/report/render.hpp"

namespace claimcheck::engine {

std::string render_html(const report& rep) {
    (void)rep;
    return "<!doctype html>\n<html><body><p>not written yet</p></body></html>\n";
}

}  // namespace claimcheck::engine
