#pragma once
// A small document for the grammar tests, built without the engine.
#include <catch2/catch.hpp>

#include <cctype>
#include <stdexcept>
#include <string>
#include <vector>

#include "grammar/extract.hpp"

namespace claimcheck::test {

/// The sentences (already folded: ASCII quotes and apostrophes) joined by one space, each its own
/// sentence_span, in one paragraph; their claims.
struct doc {
    std::string text, lower;
    std::vector<grammar::sentence_span> sentences;
    std::vector<grammar::claim> claims;

    explicit doc(std::initializer_list<std::string> sents) {
        for (const auto& s : sents) {
            if (!text.empty()) text += ' ';
            sentences.push_back({text.size(), text.size() + s.size(), 0});
            text += s;
        }
        lower = text;
        for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        claims = grammar::extract(grammar::text_input{text, lower}, sentences);
    }
    doc(const doc&) = delete;

    std::string words(const grammar::claim& c) const { return text.substr(c.begin, c.end - c.begin); }
    std::string source_words(const grammar::attribution& a) const { return text.substr(a.begin, a.end - a.begin); }

    /// The claim whose words start with `prefix` (the test fails when there is none).
    const grammar::claim& find(const std::string& prefix) const {
        for (const auto& c : claims)
            if (words(c).rfind(prefix, 0) == 0) return c;
        FAIL("no claim starting with '" << prefix << "' in: " << text << "\nclaims: " << listing());
        throw std::logic_error("not reached");  // FAIL throws
    }

    /// The claim whose number is written `number` (the test fails when there is none).
    const grammar::claim& find_number(const std::string& number) const {
        for (const auto& c : claims)
            if (text.compare(c.q.num_begin, c.q.num_end - c.q.num_begin, number) == 0) return c;
        FAIL("no claim of '" << number << "' in: " << text << "\nclaims: " << listing());
        throw std::logic_error("not reached");  // FAIL throws
    }

    /// Whether a claim's words start with `prefix`.
    bool has(const std::string& prefix) const {
        for (const auto& c : claims)
            if (words(c).rfind(prefix, 0) == 0) return true;
        return false;
    }

    std::vector<double> values() const {
        std::vector<double> v;
        for (const auto& c : claims) v.push_back(c.value.value_or(-1));
        return v;
    }

    std::string listing() const {
        std::string s;
        for (const auto& c : claims) s += "[" + words(c) + "] ";
        return s;
    }
};

/// The source of the claim that starts with `words` in the one-sentence document `text` ("" when
/// the claim has none).
inline std::string source_of(const std::string& text, const std::string& words) {
    const doc d{text};
    const auto& c = d.find(words);
    return c.source ? c.source->source : "";
}

}  // namespace claimcheck::test
