#include "engine/pipeline.hpp"

#include "engine/segment.hpp"

namespace claimcheck::engine {

document_result analyse(document doc) {
    document_result r;
    r.sentences = split_sentences(doc);
    grammar::text_input in{doc.folded.text, doc.folded.lower};
    r.claims = grammar::extract(in, r.sentences);
    r.doc = std::move(doc);
    return r;
}

report run(input_set inputs, const run_options& options) {
    report rep;
    rep.skipped = std::move(inputs.skipped);
    rep.documents.reserve(inputs.documents.size());
    for (auto& d : inputs.documents) rep.documents.push_back(analyse(std::move(d)));
    if (options.cross_check) {
        rep.stories = find_stories(rep.documents);
        rep.groups = reconcile(rep.documents, rep.stories);
        rep.cross_checked = true;
    }
    return rep;
}

}  // namespace claimcheck::engine
