// libFuzzer target: the whole pipeline on small inputs: the bytes, split at NUL, are articles
// that are cross-checked and rendered in every format.
#include <cstddef>
#include <cstdint>
#include <string>

#include "engine/audit.hpp"
#include "engine/pipeline.hpp"
#include "engine/report/render.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace claimcheck::engine;
    if (size > 20000) return 0;
    input_set in;
    std::string bytes(reinterpret_cast<const char*>(data), size);
    std::size_t pos = 0;
    while (pos <= bytes.size() && in.documents.size() < 6) {
        std::size_t end = bytes.find('\0', pos);
        if (end == std::string::npos) end = bytes.size();
        document d;
        if (!load_document("fuzz" + std::to_string(in.documents.size()) + ".txt", bytes.substr(pos, end - pos), d)) {
            d.id = "d" + std::to_string(in.documents.size() + 1);
            in.documents.push_back(std::move(d));
        }
        pos = end + 1;
    }
    if (in.documents.empty()) return 0;
    document draft = in.documents.front();
    run_options o;
    o.cross_check = true;
    report rep = run(std::move(in), o);
    (void)render_json(rep);
    (void)render_text(rep);
    (void)render_markdown(rep);
    (void)render_html(rep);
    input_set refs;
    for (std::size_t i = 1; i < rep.documents.size(); ++i) refs.documents.push_back(rep.documents[i].doc);
    audit_result a = audit(std::move(draft), std::move(refs));
    (void)render_diagnostics(a, false);
    (void)render_audit_json(a);
    return 0;
}
