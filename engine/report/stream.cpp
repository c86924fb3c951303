// The text format of extract, written document by document (the JSON formats are in json.cpp,
// records in records.cpp).
#include "engine/report/render.hpp"

namespace claimcheck::engine {

namespace {

class text_writer final : public stream_writer {
public:
    void prepare(stream_item& item) const override {
        // the text of one document is what render_text gives for a report of that document alone,
        // less its last line (the count)
        report one;
        one.documents.push_back(std::move(*item.result));
        item.result.reset();
        std::string t = render_text(one);
        const std::size_t last = t.size() >= 2 ? t.rfind('\n', t.size() - 2) : std::string::npos;
        t.erase(last == std::string::npos ? 0 : last + 1);
        item.rendered.push_back(std::move(t));
    }
    void write(stream_item& item, output_sink& out) override {
        if (item.skipped) {
            skipped_.push_back(std::move(*item.skipped));
            return;
        }
        ++documents_;
        figures_ += item.claims;
        for (const auto& r : item.rendered) out.put(r);
    }
    void finish(output_sink& out) override {
        std::string t;
        if (!skipped_.empty()) {
            t += "skipped:\n";
            for (const auto& s : skipped_) t += "  " + s.path + ": " + s.reason + "\n";
            t += "\n";
        }
        t += std::to_string(documents_) + " documents, " + std::to_string(figures_) + " figures, " +
             std::to_string(skipped_.size()) + " inputs skipped\n";
        out.put(t);
    }

private:
    std::vector<skipped_input> skipped_;
    std::size_t documents_ = 0, figures_ = 0;
};

}  // namespace

std::unique_ptr<stream_writer> text_stream_writer() { return std::make_unique<text_writer>(); }

}  // namespace claimcheck::engine
