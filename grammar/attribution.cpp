// Compiles the attribution grammar once; callers see only attribution.hpp.
#include "grammar/attribution.hpp"

#include <cctype>
#include <mutex>

#include "grammar/attribution_def.hpp"
#include "grammar/quantity.hpp"

namespace claimcheck::grammar {

namespace {
void ensure_tables() {
    static std::once_flag once;
    std::call_once(once, attribution_grammar::fill_tables);
}
bool is_word(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }
}  // namespace

std::vector<cue_match> find_cues(std::string_view text, std::size_t begin, std::size_t end) {
    namespace x3 = boost::spirit::x3;
    ensure_tables();
    std::vector<cue_match> out;
    const char* base = text.data();
    const char* last = base + end;
    for (std::size_t i = begin; i < end; ++i) {
        if (text[i] != ',' && (!is_word(text[i]) || (i > begin && is_word(text[i - 1])))) continue;
        attribution_grammar::match m;
        const char* first = base + i;
        ++parser_steps();
        if (!x3::parse(first, last, attribution_grammar::cue, m)) continue;
        cue_match c;
        c.kind = m.kind;
        c.begin = i;
        c.end = static_cast<std::size_t>(first - base);
        if (m.src_b) {
            c.src_begin = static_cast<std::size_t>(m.src_b - base);
            c.src_end = static_cast<std::size_t>(m.src_e - base);
        }
        if (m.verb_b) {
            c.verb_begin = static_cast<std::size_t>(m.verb_b - base);
            c.verb_end = static_cast<std::size_t>(m.verb_e - base);
        }
        c.pronoun = m.pronoun;
        out.push_back(c);
        // continue after the source so that "X said ... , Y added" finds both
        i = (c.kind == cue_kind::participle ? c.end : std::max(c.verb_end, c.src_end)) - 1;
    }
    return out;
}

std::size_t parse_source_phrase(std::string_view text, std::size_t pos, std::size_t end) {
    namespace x3 = boost::spirit::x3;
    ensure_tables();
    const char* first = text.data() + pos;
    if (!x3::parse(first, text.data() + end, attribution_grammar::source_phrase)) return pos;
    return static_cast<std::size_t>(first - text.data());
}

}  // namespace claimcheck::grammar
