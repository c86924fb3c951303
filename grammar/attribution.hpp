#pragma once
// The attribution grammar (Spirit X3, compiled in attribution.cpp): who the text says a
// figure comes from. Callers see no Spirit.
#include <cstddef>
#include <string_view>
#include <vector>

namespace claimcheck::grammar {

/// How a cue ties a source to a sentence.
enum class cue_kind {
    source_verb,      ///< "the air force said", "Zelensky told reporters", "X claimed to have"
    verb_source,      ///< ", said Peskov", ", the ministry added" is source_verb
    according_to,     ///< "according to officials", "citing X"
    by_source,        ///< "as confirmed by the city's mayor", "reported by Ukrainian officials"
    with_participle,  ///< "with Ukrainian officials reporting that"
    participle,       ///< ", saying that ..." / ", adding that ...": the source is named elsewhere
    headline,         ///< "Sheriff: Michigan office shooting kills 1" (only at the start of a sentence)
};

/// One cue found in a sentence; offsets are into the text given to find_cues.
struct cue_match {
    cue_kind kind{};
    std::size_t begin = 0, end = 0;          ///< the whole cue phrase
    std::size_t src_begin = 0, src_end = 0;  ///< the source noun phrase (empty for participle)
    std::size_t verb_begin = 0, verb_end = 0;  ///< the cue word(s): "said", "according to"
    bool pronoun = false;                    ///< the source is "he", "she", "they", "it"...
};

/// Finds the attribution cues that start in [begin, end) of `text` (folded, case preserved),
/// leftmost first, not overlapping.
std::vector<cue_match> find_cues(std::string_view text, std::size_t begin, std::size_t end);

/// Parses a bare source noun phrase at `pos` ("Ukraine's Air Force", "the city's mayor");
/// returns its end, or `pos` when none starts there.
std::size_t parse_source_phrase(std::string_view text, std::size_t pos, std::size_t end);

}  // namespace claimcheck::grammar
