#include "engine/pipeline.hpp"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>

#include "engine/segment.hpp"

namespace claimcheck::engine {

void analyse(document_result& r) {
    split_sentences(r.doc, r.sentences);
    grammar::text_input in{r.doc.folded.text, r.doc.folded.lower};
    r.claims = grammar::extract(in, r.sentences);
    // a source as the article spells it: the grammars read "said José Álvarez" folded to "Jose
    // Alvarez" (engine/text.cpp); the source's words are taken back from the original bytes
    // where the folded ones differ (most sources hold only ASCII, and are left as they are)
    if (!r.doc.folded.letters) return;
    for (auto& c : r.claims) {
        if (!c.source || c.source->end <= c.source->begin) continue;
        auto& a = *c.source;
        const std::string_view folded = std::string_view(r.doc.folded.text).substr(a.begin, a.end - a.begin);
        const std::size_t k = folded.find(a.source);
        if (k == std::string_view::npos) continue;
        const std::size_t ob = r.doc.folded.original(a.begin + k), oe = r.doc.folded.original(a.begin + k + a.source.size());
        if (oe < ob || oe > r.doc.bytes.size()) continue;
        const std::string_view original = std::string_view(r.doc.bytes).substr(ob, oe - ob);
        if (original == a.source) continue;
        // (only letters folded: a quote or a dash inside a name keeps its folded ASCII form)
        bool letters_only = true;
        for (std::size_t x = 0; x < original.size() && letters_only; ++x) {
            const auto ch = static_cast<unsigned char>(original[x]);
            if (ch < 0x80) continue;
            letters_only = (ch == 0xC3 || ch == 0xC4 || ch == 0xC5) && x + 1 < original.size() &&
                           (static_cast<unsigned char>(original[x + 1]) & 0xC0) == 0x80;
            ++x;
        }
        if (letters_only) a.source.assign(original);
    }
}

document_result analyse(document doc) {
    document_result r;
    r.doc = std::move(doc);
    analyse(r);
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
    if (options.cross_check) cross_check(rep, options.jobs);
    return rep;
}

void cross_check(report& rep, unsigned jobs) {
    rep.stories = find_stories(rep.documents, jobs);
    rep.groups = reconcile(rep.documents, rep.stories, jobs);
    rep.cross_checked = true;
}

namespace {

/// One input through the worker's steps: checked, analysed and rendered into `item`.
void work_on(raw_input&& raw, stream_item& item, const stream_options& options) {
    // the document is read and analysed where it stays (moved from step to step, a document
    // and its result were moved three times and destroyed as often); a result the item holds
    // already (an earlier one's, handed back) is written over, the room of its strings kept
    document_result& r = item.result ? *item.result : item.result.emplace();
    if (auto skipped = prepare_input(std::move(raw), r.doc)) {
        item.result.reset();
        item.skipped = std::move(*skipped);
        return;
    }
    item.path = r.doc.path;
    item.bytes = r.doc.bytes.size();
    analyse(r);
    item.claims = r.claims.size();
    if (options.render) options.render(item);
}

/// run_stream with one job: every step on the calling thread, one input at a time (a second
/// thread would only hand each document back and forth: a wake-up per document).
bool run_inline(input_reader& inputs, const stream_options& options) {
    std::size_t documents = 0;
    raw_input raw;
    // the last document's result, when `sink` left it: the next is read into it (a result made
    // and destroyed per document was an allocation and a free for each of its strings)
    std::optional<document_result> spare;
    while (inputs.next(raw)) {
        stream_item item;
        item.result = std::move(spare);
        item.in_order = true;
        item.input_bytes = std::max(raw.bytes.size(), raw.input_bytes);
        work_on(std::move(raw), item, options);  // (a JSON Lines line left in `raw`, for the next)
        if (item.result || !item.skipped) {
            item.id = "d" + std::to_string(++documents);
            if (item.result) item.result->doc.id = item.id;
        }
        if (options.sink && !options.sink(item)) return false;
        spare = std::move(item.result);
    }
    return true;
}

}  // namespace

bool run_stream(input_reader& inputs, const stream_options& options) {
    const unsigned jobs = std::max(1u, options.jobs);
    if (jobs == 1) return run_inline(inputs, options);
    const std::size_t max_items = options.window_items ? options.window_items : std::max<std::size_t>(64, 16 * jobs);
    const std::size_t max_bytes = options.window_bytes ? options.window_bytes : std::size_t(16) << 20;

    struct slot {
        raw_input raw;
        stream_item item;
        std::exception_ptr error;
        bool ready = false;
    };
    // the window, oldest first; a deque keeps its elements in place as it grows and shrinks, so
    // the workers hold pointers to their slots
    std::deque<slot> window;
    std::deque<slot*> todo;
    std::mutex m;
    std::condition_variable work_ready, slot_done;
    bool closing = false;
    // The writer is woken when the oldest few slots are done, or the oldest one is and the
    // workers have nothing left to do: a wake-up per document (with as many workers as cores,
    // a preempted worker each time) would cost more than the writing.
    constexpr std::size_t handover = 8;
    auto handover_due = [&] {
        if (!window.front().ready) return false;
        if (todo.empty()) return true;
        for (std::size_t i = 1; i < std::min(handover, window.size()); ++i)
            if (!window[i].ready) return false;
        return true;
    };

    auto worker = [&] {
        std::unique_lock<std::mutex> lock(m);
        for (;;) {
            work_ready.wait(lock, [&] { return closing || !todo.empty(); });
            if (todo.empty()) return;
            slot* s = todo.front();
            todo.pop_front();
            lock.unlock();
            try {
                work_on(std::move(s->raw), s->item, options);
            } catch (...) {
                s->error = std::current_exception();
            }
            s->raw = raw_input{};
            lock.lock();
            s->ready = true;
            if (handover_due()) slot_done.notify_one();
        }
    };
    std::vector<std::thread> pool;
    for (unsigned t = 0; t < jobs; ++t) pool.emplace_back(worker);
    auto stop = [&] {
        {
            std::lock_guard<std::mutex> lock(m);
            closing = true;
            todo.clear();
        }
        work_ready.notify_all();
        for (auto& t : pool) t.join();
    };

    bool more = true, stopped = false;
    std::size_t in_flight_bytes = 0, documents = 0;
    std::exception_ptr failure;
    while (!stopped) {
        // fill the window
        while (more && (window.empty() || (window.size() < max_items && in_flight_bytes < max_bytes))) {
            raw_input raw;
            try {
                more = inputs.next(raw);
            } catch (...) {
                failure = std::current_exception();
                more = false;
            }
            if (!more) break;
            const std::size_t size = std::max(raw.bytes.size(), raw.input_bytes);
            in_flight_bytes += size;
            {
                std::lock_guard<std::mutex> lock(m);
                window.emplace_back();
                window.back().raw = std::move(raw);
                window.back().item.input_bytes = size;
                todo.push_back(&window.back());
            }
            work_ready.notify_one();
        }
        if (window.empty()) break;
        // hand over what is done, in order
        std::unique_lock<std::mutex> lock(m);
        slot_done.wait(lock, handover_due);
        while (!window.empty() && window.front().ready) {
            slot s = std::move(window.front());
            window.pop_front();
            lock.unlock();
            in_flight_bytes -= s.item.input_bytes;
            if (s.error) {
                failure = s.error;
                stopped = true;
            } else {
                if (s.item.result || !s.item.skipped) {
                    s.item.id = "d" + std::to_string(++documents);
                    if (s.item.result) s.item.result->doc.id = s.item.id;
                }
                try {
                    if (options.sink && !options.sink(s.item)) stopped = true;
                } catch (...) {
                    failure = std::current_exception();
                    stopped = true;
                }
            }
            lock.lock();
            if (stopped) break;
        }
    }
    stop();
    if (failure) std::rethrow_exception(failure);
    return !stopped;
}

}  // namespace claimcheck::engine
