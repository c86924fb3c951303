#include "engine/pipeline.hpp"

#include <algorithm>
#include <atomic>
#include <mutex>
#include <thread>

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
    const std::size_t n = inputs.documents.size();
    rep.documents.resize(n);
    // workers take the next document by index and write its result in place: the order of
    // the report is the order of the inputs, whatever the number of threads
    std::atomic<std::size_t> next{0};
    std::mutex progress_mutex;
    std::size_t done = 0, bytes = 0, claims = 0;
    auto work = [&] {
        for (std::size_t i = next++; i < n; i = next++) {
            rep.documents[i] = analyse(std::move(inputs.documents[i]));
            if (options.progress) {
                std::lock_guard<std::mutex> lock(progress_mutex);
                ++done;
                bytes += rep.documents[i].doc.bytes.size();
                claims += rep.documents[i].claims.size();
                options.progress(done, bytes, claims);
            }
        }
    };
    const unsigned threads = std::max(1u, std::min<unsigned>(options.jobs, static_cast<unsigned>(std::max<std::size_t>(n, 1))));
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work);
    work();
    for (auto& t : pool) t.join();
    if (options.cross_check) {
        rep.stories = find_stories(rep.documents, options.jobs);
        rep.groups = reconcile(rep.documents, rep.stories, options.jobs);
        rep.cross_checked = true;
    }
    return rep;
}

}  // namespace claimcheck::engine
