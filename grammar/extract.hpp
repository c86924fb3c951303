#pragma once
// X3-free entry point of the grammar library: a folded document in, claims with spans out.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "grammar/ast.hpp"

namespace claimcheck::grammar {

/// A document as the grammars read it: folded text, its lower-cased twin (same offsets).
struct text_input {
    std::string_view text;
    std::string_view lower;
};

/// A sentence of the document: [begin, end) in folded offsets.
struct sentence_span {
    std::size_t begin = 0, end = 0;
    std::size_t paragraph = 0;
};

/// What is counted: "seriously wounded prisoners of war" -> head "prisoners of war",
/// lemma "prisoner of war", modifiers {"seriously", "wounded"}.
struct counted_thing {
    std::string head, lemma, cls;
    std::vector<std::string> modifiers;
    std::size_t begin = 0, end = 0;  ///< span of the phrase (empty when inherited)
    bool inherited = false;          ///< elided in the text ("14 were injured"), taken from a nearby claim
    bool substance = false;          ///< what an amount is of ("150 kilograms of explosives"), not what it measures
};

/// What happened to it: "shot down" (class shot_down).
struct predicate {
    std::string text, cls;
};

/// Where or over what the figure holds: "over the Kursk border region", "on each side".
struct scope {
    std::string text, kind;
    std::string key;  ///< what tells scopes apart: the names in it ("kursk"), or "each side"; empty when generic
};

/// Who the text says the figure comes from.
struct attribution {
    std::string source;   ///< cleaned name: "Ukraine's Air Force"
    std::string cue;      ///< "said", "according to", ...
    std::size_t begin = 0, end = 0;  ///< span of the source as written in this sentence (folded)
    std::string via;      ///< "sentence", "quote", "participle", "resolved"
    std::string written;  ///< the source as written when it was resolved ("the ministry")
    std::string title;    ///< the role before a person's name ("Kremlin spokesman" for "Kremlin spokesman Dmitry Peskov")
};

/// One numeric claim.
struct claim {
    quantity q;                       ///< offsets folded
    std::size_t begin = 0, end = 0;   ///< the claim span: qualifier, number, unit, counted thing
    std::size_t sentence = 0;         ///< index into the sentences given to extract
    std::optional<double> value;      ///< empty when the number cannot be represented
    std::optional<double> low, high;  ///< the interval the text allows; empty = open end
    counted_thing counted;
    predicate pred;
    scope where;
    std::string partitive;            ///< cue that makes it part of another figure ("of those", "including")
    bool per_side = false;            ///< "on each side", "from each side"
    std::optional<attribution> source;
    std::string agent;      ///< whose: "russia" for "Russia launched ..." or "Ukrainian drones"
    std::string attribute;  ///< what a measure measures: "depth", "from santa rosa", "quake"
    std::string mod_class;  ///< a state among the modifiers: "injured" for "seriously wounded prisoners"
    std::string subgroup;   ///< listed beside other nationalities: "12 Somalis and 11 Yemenis"
    bool aggregate = false; ///< a total over several events ("a total of", "in their five operations")
    bool background = false; ///< its sentence recalls another event ("earlier", "last year", "followed by")
    std::string note;
};

/// True when `low` (lower-cased text) holds, as whole words, a phrase of the lexicon `name`.
bool mentions_any(const std::string& low, std::string_view name);

/// Finds the claims of a document, sentence by sentence, with their context and attribution.
std::vector<claim> extract(const text_input& doc, const std::vector<sentence_span>& sentences);

}  // namespace claimcheck::grammar
