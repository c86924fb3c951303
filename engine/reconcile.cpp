// Grouping: which claims of a story measure the same thing, and verdicts.
//
// A claim's measure is what was counted (its class), what happened to it (the predicate
// class), whose it is (agent), its scope, its state ("wounded"), whether it is a total or a
// recalled event, and for measures what they measure ("depth", "from santa rosa"). Equal
// values join when their measures are compatible (one side may leave a part unsaid); differing
// values join only when their measures are fully and equally stated, come from different
// articles (or from different sources in one article, or a revision), and no article reports
// both values as two different things. When unsure, claims stay apart: a miss costs less than a
// false alarm.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <map>
#include <numeric>
#include <set>
#include <sstream>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <atomic>
#include <exception>
#include <mutex>
#include <system_error>
#include <thread>

#include "engine/numbers.hpp"
#include "engine/pipeline.hpp"
#include "engine/reconcile.hpp"
#include "grammar/ascii.hpp"
#include "grammar/context.hpp"
#include "grammar/lexicon.hpp"

namespace claimcheck::engine {

namespace {

using grammar::qualifier;
using grammar::quantity_kind;

/// Which way a figure is bounded: a point, a floor, a ceiling, or both ends.
enum class bound { point, floor, ceiling, range };

bound bound_of(qualifier q) {
    switch (q) {
        case qualifier::at_least:
        case qualifier::more_than: return bound::floor;
        case qualifier::at_most:
        case qualifier::less_than:
        case qualifier::nearly: return bound::ceiling;
        case qualifier::range: return bound::range;
        default: return bound::point;
    }
}

struct measure {
    claim_ref ref;
    const grammar::claim* c = nullptr;
    std::string kind, unit, noun, parent, pred, attr, scope, state, agent, source, subgroup;
    bool aggregate = false, per_side = false, other = false, background = false, age = false;
    double value = 0;
    std::optional<double> high;
    bound b = bound::point;
    bool revision = false;  ///< its sentence says a figure was revised
    bool crowded = false;   ///< its article gives its measure another value too (mark_crowded)
    std::string whole;      ///< what a part is part of, for its conflict key (whole_of); empty for no part
    bool on_board = false;  ///< "people on board": who was aboard, not what happened to them
    bool dated = false;     ///< its scope is a year that is not the article's own
    bool capacity = false;  ///< how many it can hold ("licensed to carry 200"), not how many it held
    bool subject = false;   ///< a verb no lexicon names follows it ("33,000 people have poured in")
    /// the unit as written and what its values were multiplied by to make `unit` ("t", 1000 for
    /// "1.2 tonnes" compared as 1,200 kg): a figure is told as written
    std::string shown_unit;
    double shown_factor = 1;
};


/// Classes one level up: a serviceman or a patient is also a person.
std::string parent_of(const std::string& noun) {
    static const std::set<std::string> persons{"serviceman", "patient", "person", "pirate", "employee", "crew", "perpetrator"};
    return persons.count(noun) ? "person" : noun;
}

/// A model designation: letters, an optional hyphen, then digits only ("ak-47", "f-16", "s300",
/// "mig-29"). It names a kind within its class: seven AK-47s are not nine assault rifles.
bool is_model(std::string_view w) {
    std::size_t k = 0;
    while (k < w.size() && w[k] >= 'a' && w[k] <= 'z') ++k;
    if (k == 0 || k > 4) return false;
    if (k < w.size() && w[k] == '-') ++k;
    const std::size_t digits = k;
    while (k < w.size() && w[k] >= '0' && w[k] <= '9') ++k;
    return k > digits && k == w.size();
}

/// ASCII lower case (what std::tolower does in the "C" locale the tool runs in).
std::string lower(std::string s) {
    for (char& ch : s)
        if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
    return s;
}

/// Whether sentences hold a revision cue, by their text: a drop repeats articles, so the copies
/// in one story read each sentence once.
using revision_memo = std::unordered_map<std::string_view, bool>;

/// What a part is part of, for its conflict key: "two of whom had died" of nine patients treated
/// is not the day's toll, and "Three of the wounded" are not the seven wounded. A part named by a
/// pronoun ("nine patients, two of whom", "Seven people were wounded, three of them critically")
/// is part of the nearest earlier claim with a counted thing, in its sentence or the one before
/// ("?" when there is none); a part of a whole in its own words ("23 of the raiders", "23 of 25
/// drones") is marked "of", and a figure a running total sums up ("two were arrested ..., bringing
/// the number of arrests to three") "total". Empty for a figure that is no part, and for "including" and "other":
/// "including 23 wounded" is compared with "22 wounded" (the seeds' discrepancy), "others" are
/// told apart by their own flag.
std::string whole_of(const document_result& dr, std::size_t i) {
    const grammar::claim& c = dr.claims[i];
    static const std::set<std::string, std::less<>> pronouns{"of them", "of whom", "of those", "of these", "of which"};
    static const std::set<std::string, std::less<>> own_words{"of the", "of", "out of"};
    if (own_words.count(c.partitive)) return "of";
    if (c.partitive == "of a total") return "total";
    if (c.partitive == "alone") return "alone";
    // a part that names nothing of its own, its noun its whole's: "destroyed 41 drones, including
    // eight that were heading for Moscow" is some of the 41, not another count of the drones
    // destroyed; it meets only such parts ("including 23 wounded", "including eight children" keep
    // what sets them apart, and meet other reports' counts of those)
    if ((c.partitive == "including" || c.partitive == "among them" || c.partitive == "among") &&
        (c.counted.inherited || c.counted.head.empty()) && c.counted.modifiers.empty() && c.mod_class.empty() &&
        c.subgroup.empty() && c.attribute.empty() && c.where.key.empty())
        return "including";  // "On Saturday alone, nine people died": a day of the toll  // "two suspects were arrested ..., bringing the number to three"
    if (!pronouns.count(c.partitive)) return {};
    for (std::size_t j = i; j-- > 0;) {
        const grammar::claim& w = dr.claims[j];
        if (w.sentence + 1 < c.sentence) break;
        if (!w.counted.lemma.empty() && w.partitive.empty())
            return (w.counted.cls.empty() ? w.counted.lemma : w.counted.cls) + '/' + w.pred.cls;
    }
    return "?";
}

/// `revised`: per sentence of the document, whether it holds a revision cue (-1: not read yet).
measure describe(const document_result& dr, std::size_t d, std::size_t i, std::vector<signed char>& revised, revision_memo& memo) {
    const grammar::claim& c = dr.claims[i];
    measure m;
    m.ref = {d, i};
    m.c = &c;
    m.kind = std::string(grammar::to_string(c.q.kind));
    m.unit = c.q.unit;
    m.subject = c.pred.cls.empty() && !c.pred.text.empty();  // a verb of its own, no lexicon's
    m.noun = c.counted.cls.empty() ? c.counted.lemma : c.counted.cls;
    if (is_model(c.counted.lemma)) m.noun = c.counted.lemma;  // "Seven AK-47s"
    const auto& mods = c.counted.modifiers;
    for (std::size_t k = 0; k < mods.size(); ++k) {
        if (is_model(mods[k])) m.noun = mods[k];  // "seven AK-47 assault rifles"
        else if (k + 1 < mods.size() && is_model(mods[k] + "-" + mods[k + 1])) m.noun = mods[k] + "-" + mods[k + 1];  // "six AK 47 rifles"
    }
    m.pred = c.pred.cls;
    // (a pair of verbs keeps its class: "1,200 homes had been destroyed or damaged" is no count of
    // the destroyed)
    if (!c.pred.text.empty() && !m.noun.empty() && c.pred.cls.find("_or_") == std::string::npos) {
        // a verb that means another thing done to this kind of thing: "intercepted three boats"
        // (the predicate's text is the lexicon's phrase, in lower case)
        static const std::map<std::string, std::vector<std::pair<std::string, std::string>>, std::less<>> by_object = [] {
            std::map<std::string, std::vector<std::pair<std::string, std::string>>, std::less<>> t;
            for (const auto& row : grammar::lexicon("predicate_objects").rows)
                if (row.size() >= 3) t[row[0]].push_back({row[1], row[2]});
            return t;
        }();
        if (auto it = by_object.find(std::string_view(c.pred.text)); it != by_object.end())
            for (const auto& [object, cls] : it->second)
                if (object == m.noun) m.pred = cls;
    }
    // workers laid off are jobs cut: "will lay off 500 workers" and "500 job cuts" are one figure
    if (m.pred == "cut" && m.noun == "employee") m.noun = "job";
    // a sum something was bought for is what was paid for it: "AMD buys SeaMicro for $334M" and
    // "AMD will pay $334 million for SeaMicro" are one price
    if (m.kind == "money" && m.pred == "acquired") m.pred = "paid";
    if (c.q.kind == quantity_kind::denial) {
        // "no casualties": a zero count of people hurt
        m.kind = "count";
        m.noun = "person";
        if (c.q.denial_word.find("damage") != std::string::npos && c.q.denial_word.find("injur") == std::string::npos &&
            c.q.denial_word.find("casualt") == std::string::npos) {
            m.noun = "damage";
            m.pred = "damaged";
        }
        const auto& preds = grammar::lexicon_map("predicates");
        std::string w = c.q.denial_word;
        if (auto it = preds.find(w); it != preds.end()) m.pred = it->second;
        else if (w.find("injur") != std::string::npos || w.find("casualt") != std::string::npos) m.pred = "injured";
        else if (w.find("death") != std::string::npos || w.find("dead") != std::string::npos || w.find("fatal") != std::string::npos) m.pred = "killed";
    }
    // a death toll counts people: "the death toll ... rose to 15" is 15 people killed
    if (m.kind == "count" && m.noun.empty() && c.pred.text.ends_with("toll")) m.noun = "person";
    // the killed and the wounded are people, whatever thing a headline's figure took from the one
    // before it: "145 drones, four ballistic missiles; two killed in Kharkiv"
    if (m.kind == "count" && c.counted.inherited && (m.pred == "killed" || m.pred == "injured") && parent_of(m.noun) != "person")
        m.noun = "person";
    m.parent = parent_of(m.noun);
    m.attr = c.attribute;
    // a sum stolen is the value of what was taken: "netted about $300,000 in jewelry" and "stole
    // property worth $350,000"
    if (m.kind == "money" && m.attr.empty() && m.pred == "stolen") m.attr = "value";
    m.capacity = m.attr == "capacity";
    // a measure of a named thing is that thing's whatever the sentence says happened: "a 6.4-magnitude
    // quake hit" after "280 were hurt when" is the quake's magnitude, not a count of the hurt
    if (m.kind == "measure" && !m.attr.empty()) m.pred.clear();
    m.whole = whole_of(dr, i);
    // a container's whole named right after its part, that says nothing happened to it, is what
    // the part was taken from, not a count of the event: "Roughly 85 of the plant's 220 employees
    // were at work" (the 220 are its staff; "the 72 people on board" keep their own key)
    if (m.whole.empty() && i > 0 && c.pred.cls.empty() && c.partitive.empty() && c.where.kind != "side") {
        const grammar::claim& p = dr.claims[i - 1];
        // (a container's, told by its possessive: "the plant's", "the stadium's six gates", "close
        // 212 of its 640 stores"; "Three of the five justices" may be the story's five)
        const std::string_view between = std::string_view(dr.doc.folded.lower).substr(p.end, c.begin > p.end ? c.begin - p.end : 0);
        if (p.sentence == c.sentence && !p.partitive.empty() && c.begin >= p.end && c.begin - p.end <= 40 &&
            (between.find("'s ") != std::string_view::npos || between.find(" its ") != std::string_view::npos ||
             between.find(" their ") != std::string_view::npos) &&
            !p.counted.head.empty() &&
            (p.counted.cls.empty() ? p.counted.lemma : p.counted.cls) == (c.counted.cls.empty() ? c.counted.lemma : c.counted.cls))
            m.whole = "the whole";
    }
    m.scope = c.where.key;
    // a part that says what happened to it, of a whole named right after it that says nothing
    // happened, counts all that happened: "killing 63 of the 72 people on board" is the toll (the
    // 72 were on board), "won 54 of the 146 seats" the seats won; it meets other reports' toll and
    // seats. The whole's "on board" is the whole's ("Five of the 20 drones over Kursk" keeps its place)
    bool whole_on_board = false;
    if (m.whole == "of" && !c.pred.cls.empty() && i + 1 < dr.claims.size()) {
        const grammar::claim& w = dr.claims[i + 1];
        if (w.sentence == c.sentence && w.begin >= c.end && w.begin - c.end <= 12 && w.pred.cls.empty() && w.partitive.empty()) {
            m.whole.clear();
            whole_on_board = w.where.kind == "side" && w.where.text.starts_with("on board");
        }
    }
    // a part of a whole told before without its number, that says what befell the part, counts all
    // that befell: "Air defenses shot down 219 of the drones" is the count shot down (of the drones
    // launched), as "downed 211 drones" is; "Twenty-three of the dead were killed when a missile hit"
    // stays a part (the dead are the toll already)
    if (m.whole == "of" && c.partitive == "of the" && !c.pred.cls.empty() && c.where.key.empty()) {
        const std::size_t next = i + 1;
        // (a whole with its number opens right after "of the": "63 of the 72 people on board")
        const bool numbered_whole = next < dr.claims.size() && dr.claims[next].sentence == c.sentence &&
                                    dr.claims[next].begin >= c.q.end && dr.claims[next].begin - c.q.end <= 9;
        static const std::set<std::string, std::less<>> fates{"dead", "injured", "wounded", "victim", "casualty",
                                                                "killed", "missing", "survivor", "death", "fatality"};
        const std::string_view after = std::string_view(dr.doc.folded.lower).substr(c.q.end, 12);
        if (!numbered_whole && after.starts_with(" of the ") && !fates.count(c.counted.lemma) &&
            !fates.count(c.counted.head) && c.pred.cls != "killed" && c.pred.cls != "injured")
            m.whole.clear();
    }
    // what a sum is, said after "in": "ordered to pay $320 million in restitution" (money_kinds.tsv)
    // ("$334 million in cash and stock" is the whole price, not its cash: the scope's words stop
    // at the "and")
    bool kind_of_sum = false;
    auto and_more = [&] {
        const std::string_view after = std::string_view(dr.doc.folded.lower).substr(c.end, 40);
        const std::size_t at = after.find(c.where.text);
        return at != std::string_view::npos && after.substr(at + c.where.text.size()).starts_with(" and ");
    };
    if (m.kind == "money" && m.attr.empty() && c.where.text.starts_with("in ") && !and_more()) {
        static const auto& kinds = grammar::lexicon_map("money_kinds");
        if (auto it = kinds.find(c.where.text.substr(3)); it != kinds.end()) {
            m.attr = it->second.empty() ? it->first : it->second;
            m.scope.clear();
            // what the sum is says what it is for: "would pay $450 million in severance" and "expects
            // to book $420 million in severance" are one sum, whatever the verb (and whoever is named
            // beside it: "paying $281 million in cash for SeaMicro" and "$281 million in cash")
            m.pred.clear();
            kind_of_sum = true;
            // what a company holds is not what it pays: "Vantor has $2.1 billion in cash" is its
            // cash on hand, not the deal's "$350 million in cash"
            std::size_t b = c.begin;
            const std::string_view low = dr.doc.folded.lower;
            while (b > 0 && b <= low.size() && low[b - 1] == ' ') --b;
            std::size_t w = b;
            while (w > 0 && w <= low.size() && grammar::ascii::is_lower(low[w - 1])) --w;
            if (b <= low.size()) {
                const std::string_view verb = low.substr(w, b - w);
                if (verb == "has" || verb == "had" || verb == "holds" || verb == "held" || verb == "have") m.attr += " held";
            }
        }
    }
    // a kind of sum the grammar named ("set bail at $250,000", "held on $500,000 bond") says what
    // it is for, whatever the verb
    static const auto& sum_kinds = grammar::lexicon_map("money_kinds");
    if (m.kind == "money" && !kind_of_sum && !m.attr.empty() && sum_kinds.count(m.attr)) {
        m.pred.clear();
        kind_of_sum = true;
    }
    // a place within a place is the inner one: "in northern China's Shanxi province" and "in
    // Shanxi province" are one scope
    if (const auto inner = m.scope.rfind("'s "); inner != std::string::npos) m.scope.erase(0, inner + 3);
    // where people were taken from is the event's own: "rescued 22 crew members from the Sea
    // Meridian" and "24 crew were rescued" are one count
    if (c.where.kind == "source" && (m.pred == "rescued" || m.pred == "evacuated")) m.scope.clear();
    // one country under its names: "in the U.S." and "in the United States" (place_aliases.tsv)
    if (!m.scope.empty()) {
        static const auto& names = grammar::lexicon_pairs("place_aliases");
        if (auto it = names.find(m.scope); it != names.end()) m.scope = it->second;
    }
    // "as many as 750 people may have been on board" are not the 104 rescued: who was on board is
    // compared only with who was on board. Only for conflicts: "a plane carrying 72 people" and
    // "72 people on board" still agree.
    m.on_board = c.where.kind == "side" && c.where.text.starts_with("on board");
    if (whole_on_board) m.on_board = false;
    // a year that is the article's own tells nothing apart: "killed 9 people on April 3, 2024" in an
    // article of 2024 is the story's figure
    if (grammar::is_year(m.scope) && dr.doc.published && dr.doc.published->starts_with(m.scope)) m.scope.clear();
    // any other year sets the figure in that year: "In 2018, three inmates escaped from the same
    // prison" is not today's escape, and meets only figures of the same year (an unsaid scope
    // does not bridge it to today's)
    // so does a day ("On July 4, Ukraine said Russia launched 550 drones"), but the article's own
    // day or the day before is the story's ("date 07-04": month and day)
    if (m.scope.size() == 10 && m.scope.starts_with("date ") && dr.doc.published && dr.doc.published->size() >= 10) {
        static constexpr int before_month[] = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
        auto day_of_year = [](int month, int day) { return month >= 1 && month <= 12 ? before_month[month - 1] + day : -1000; };
        const std::string& p = *dr.doc.published;
        const int told = day_of_year(std::atoi(m.scope.c_str() + 5), std::atoi(m.scope.c_str() + 8));
        const int own = day_of_year(std::atoi(p.c_str() + 5), std::atoi(p.c_str() + 8));
        const int gap = own - told;
        if ((gap >= 0 && gap <= 1) || gap == -364) m.scope.clear();
    }
    // (a day in an article that says not when it was written may be its own: it keeps the figure
    // from a conflict with an undated one, but not from agreeing with it)
    m.dated = grammar::is_year(m.scope) || (m.scope.starts_with("date ") && dr.doc.published);
    // a distance from a named place is measured between two points the attribute already names:
    // "about 26 miles from Santa Rosa in the Geysers area" and "about 20 miles from Santa Rosa" are
    // one distance, the place says where the quake was, not another distance
    // (a year the place phrase was keyed by stays: "In 2003, ... when a 6.6-magnitude quake struck
    // the city of Bam in the south-east" is 2003's quake, not the story's)
    const bool year_keyed = grammar::is_year(m.scope);
    if (m.kind == "measure" && m.attr.starts_with("from ") && c.where.kind == "place" && !year_keyed) m.scope.clear();
    // so is a quake's magnitude: "a magnitude 6.0 earthquake in southern Iran" and "an earthquake of
    // magnitude 6.1" are the story's quake, the place says where it struck
    if (c.q.dimension == "magnitude" && c.where.kind == "place" && !year_keyed) m.scope.clear();
    // and what it is the magnitude of is its attribute ("quake", "aftershock"), whether the noun
    // follows it or not: "A magnitude 6.4 earthquake struck" and "A 6.3-magnitude earthquake"
    if (c.q.dimension == "magnitude" && !m.attr.empty()) {
        m.noun.clear();
        m.parent.clear();
    }
    m.state = c.mod_class;
    m.subgroup = c.subgroup;
    // children, women...: a group within a count of people, counted apart ("35 Palestinians,
    // including 18 children"), compared only with counts of the same group (subgroups.tsv)
    if (m.subgroup.empty() && m.noun == "person") {
        static const auto& groups = grammar::lexicon_set("subgroups");
        if (groups.count(c.counted.lemma)) m.subgroup = c.counted.lemma;
    }
    m.agent = c.agent;
    // a company's name written in one word or two ("SeaMicro", "Sea Micro") is one owner of a sum
    if (m.kind == "money") m.agent.erase(std::remove(m.agent.begin(), m.agent.end(), ' '), m.agent.end());
    if (kind_of_sum) m.agent.clear();
    m.source = c.source ? lower(c.source->source) : std::string();
    m.aggregate = c.aggregate;
    m.per_side = c.per_side;
    // ("with others": "one hostage was seriously injured and three others ...", one of the injured)
    // ("along with eight smaller satellites": a set beside another figure's, not the whole)
    m.other = c.partitive == "others" || c.partitive == "other" || c.partitive == "more" || c.partitive == "extra" ||
              c.partitive == "additional" || c.partitive == "another" ||
              c.partitive == "with others" || c.partitive == "along with" || c.partitive == "together with" ||
              c.partitive == "in addition to";
    m.background = c.background;
    m.age = c.q.kind == quantity_kind::age;
    // an age is its person's, whatever the clause says happened: "fifteen-year-old Karim Benali"
    // in "have left ... shaken" and "a 15-year-old boy killed" are one age
    if (m.age) m.pred.clear();
    m.value = c.value.value_or(0);
    m.high = c.q.range_high;
    m.b = bound_of(c.q.qual);
    // metric units of one dimension are one unit, their values exactly related: "1.2 tonnes" and
    // "1,100 kilograms" are 1,200 and 1,100 kg ("2,645 pounds" stays a conversion of its own)
    {
        static const std::map<std::string, std::pair<std::string, double>, std::less<>> metric = {
            {"g", {"kg", 0.001}}, {"kg", {"kg", 1}}, {"t", {"kg", 1000}},
            {"mm", {"m", 0.001}}, {"cm", {"m", 0.01}}, {"m", {"m", 1}}, {"km", {"m", 1000}},
            {"m2", {"m2", 1}}, {"ha", {"m2", 10000}}, {"km2", {"m2", 1e6}}};
        m.shown_unit = m.unit;
        if (const auto it = metric.find(m.unit); it != metric.end() && it->second.second != 1) {
            m.shown_factor = it->second.second;
            // (scaled as a decimal is written: 1.1 t is 1,100 kg exactly, not 1100.0000000000002)
            auto scaled = [&](double v) { return std::round(v * it->second.second * 1e6) / 1e6; };
            m.value = scaled(m.value);
            if (m.high) m.high = scaled(*m.high);
            m.unit = it->second.first;
        } else if (it != metric.end()) {
            m.unit = it->second.first;
        }
    }
    const auto& s = dr.sentences.at(c.sentence);
    signed char& r = revised[c.sentence];  // the claims of a sentence share its cue: read it once
    if (r < 0) {
        const std::string_view text = std::string_view(dr.doc.folded.lower).substr(s.begin, s.end - s.begin);
        auto it = memo.find(text);
        if (it == memo.end()) {
            // mentions_any finds a cue only at a word that is the first word of a cue (or through
            // a cue opening with punctuation): most sentences hold none, and need not be read again
            struct first_words {
                std::unordered_set<std::string_view> words;
                bool punct = false;
            };
            static const first_words cues = [] {
                first_words f;
                for (const auto& row : grammar::lexicon("revision_cues").rows) {
                    const std::string& phrase = row.at(0);
                    std::size_t w = 0;
                    while (w < phrase.size() && grammar::ascii::is_alnum(phrase[w])) ++w;
                    if (w == 0) f.punct = true;
                    else f.words.insert(std::string_view(phrase).substr(0, w));
                }
                return f;
            }();
            const std::string low = lower(std::string(text));
            bool maybe = cues.punct;
            for (std::size_t i = 0; i < low.size() && !maybe;) {
                if (!grammar::ascii::is_alnum(low[i])) {
                    ++i;
                    continue;
                }
                std::size_t e = i;
                while (e < low.size() && grammar::ascii::is_alnum(low[e])) ++e;
                maybe = cues.words.count(std::string_view(low).substr(i, e - i)) > 0;
                i = e;
            }
            it = memo.emplace(text, maybe && grammar::mentions_any(low, "revision_cues")).first;
        }
        r = it->second;
    }
    m.revision = r > 0;
    return m;
}

/// Whether two claims state the same figure: equal values with the same bound, or a point and a
/// one-sided bound at it ("speeds up to 120 mph" and "speeds of 120 mph" give the one figure
/// 120; the bound only says how sure the writer was). A floor and a ceiling do not meet.
bool same_value(const measure& a, const measure& b) {
    auto eq = [](double x, double y) { return std::fabs(x - y) <= 1e-9 * std::max({1.0, std::fabs(x), std::fabs(y)}); };
    auto one_sided = [](bound x) { return x == bound::floor || x == bound::ceiling; };
    const bool bounds = a.b == b.b || (a.b == bound::point && one_sided(b.b)) || (b.b == bound::point && one_sided(a.b));
    if (!bounds || !eq(a.value, b.value)) return false;
    if (a.high.has_value() != b.high.has_value()) return false;
    return !a.high || eq(*a.high, *b.high);
}

bool compatible(const std::string& x, const std::string& y) { return x.empty() || y.empty() || x == y; }

/// May two claims with equal values be the same figure reported twice?
bool may_agree(const measure& a, const measure& b) {
    if (a.kind != b.kind || a.unit != b.unit) return false;
    // a 48-year-old witness is not the victim (equal ages of two named people still agree: the
    // one figure stated twice; only one person's differing ages are a discrepancy, conflict_key)
    // (two named people's equal ages are two figures: "Ryan Tate, 24" and "Dean Pritchard, 24")
    // (by their surnames, where both are names of two words or more: "Dale R. Kessler" is "Dale
    // Kessler"; "Ukrainian" is no name)
    auto other_people = [](const std::string& x, const std::string& y) {
        if (x.empty() || y.empty() || x == y) return false;
        auto last = [](const std::string& n) { return n.substr(n.rfind(' ') + 1); };
        const bool xs = x.find(' ') == std::string::npos, ys = y.find(' ') == std::string::npos;
        // (one word may be a name or what a person is: "32-year-old Ukrainian", "a Chico man")
        if (xs || ys) return false;
        // (nor a role: "The driver, 38" may be "Ramesh Kumar, 38")
        if (x.starts_with("the ") || y.starts_with("the ")) return false;
        // (a name cut at an initial, "dale r", tells nothing)
        if (last(x).size() < 2 || last(y).size() < 2) return false;
        return last(x) != last(y);
    };
    if (a.age || b.age) return a.age && b.age && compatible(a.noun, b.noun) && !other_people(a.agent, b.agent);
    // a total over several operations is not one operation's count, even when the figures are equal:
    // the cluster would bridge the two measures (dev d04: the rifles seized in one raid and in all)
    // (two figures of the past may say when or leave it unsaid: "on the night of July 4, when Russia
    // launched 539 drones" and "Last Friday, Russia fired 539 drones")
    if (a.aggregate != b.aggregate || a.background != b.background || a.subgroup != b.subgroup ||
        (a.dated != b.dated && !(a.background && b.background)) || a.capacity != b.capacity)
        return false;
    // "one was killed and two others wounded": the others are counted apart from the dead, and
    // are the count of what happened to them ("two men were wounded") when both say what that was
    if (a.other != b.other && (a.pred.empty() || a.pred != b.pred)) return false;
    if (!compatible(a.pred, b.pred) || !compatible(a.scope, b.scope) || !compatible(a.state, b.state) ||
        !compatible(a.agent, b.agent) || !compatible(a.attr, b.attr))
        return false;
    if (a.kind == "count" || a.kind == "vague") {
        bool nouns = a.noun == b.noun || (!a.noun.empty() && !b.noun.empty() && a.parent == b.parent);
        if (!nouns && !(a.noun.empty() || b.noun.empty())) return false;
        // one side may leave the noun or the predicate unsaid, not both
        if ((a.noun.empty() || b.noun.empty()) && (a.pred.empty() || b.pred.empty())) return false;
        if (a.noun.empty() && b.noun.empty()) return false;
    }
    return true;
}

/// The key of measures fully stated enough for differing values to be a discrepancy.
std::string conflict_key(const measure& m) {
    // an age is compared only where the text names whose it is ("Doris Simms, 76" and "Simms, 77")
    // (whatever noun the age is written with: "52-year-old Gary Lee Hollis", "Gary Lee Hollis, 53")
    if (m.age && !m.background && !m.agent.empty()) return "age|" + m.agent;
    if (m.age || m.background) return {};
    if (m.kind == "count") {
        if (m.noun.empty()) return {};
        // a part that says nothing of what happened to it ("two of the pirate vessels") names no measure
        if (!m.c->partitive.empty() && m.pred.empty()) return {};
        // nor one a list includes that names no thing of its own ("94 hostages remain in Gaza,
        // including the bodies of at least 34 confirmed dead": the 34 are of the 94, whatever
        // befell them; "including 23 wounded prisoners" names its own)
        static const std::set<std::string, std::less<>> included{"including", "among them", "among", "included", "includes", "include"};
        if (m.c->counted.inherited && included.count(m.c->partitive)) return {};

        if (m.value == 0 && m.c->q.kind != quantity_kind::denial) return {};
        // a tally is compared only where the text says whose vote it was: the House's 233-196 is
        // not the Senate's 60-38
        if (m.noun == "vote" && m.agent.empty()) return {};
        // a size says of what: "the 435-seat House" is not "the 100 seats" of the Senate (sizes of
        // nothing named are listed)
        if (m.capacity && m.agent.empty()) return {};
        // so are a player's goals and a team's games (owned_counts.tsv)
        static const auto& owned_counts = grammar::lexicon_set("owned_counts");
        if (m.agent.empty() && owned_counts.count(m.noun)) return {};
        // and a workforce, whose employer the text must say: "The Daventry centre alone employs
        // about 420 people" is not "Brightwell employs about 18,500 people nationally"
        if (m.agent.empty() && m.pred == "employed") return {};
        // "broke her serve four times", "has beaten Reyes three times": how often, of what the verb
        // says (none said: nothing to compare)
        if (m.noun == "time" && m.pred.empty()) return {};
        // a group told as coming too ("Kyiv also brought home 20 civilians") stands beside another
        // of a whole left unnamed: it agrees with its equal, and is no figure to hold against others
        if (m.c->partitive == "also") return {};
        // people of whom nothing is said but that they are people, the subject of a verb the
        // lexicons do not know ("About 33,000 people have poured into Burundi" ... "At least three
        // people perished"), are no one measure: what they did or what befell them is what tells a
        // toll from a crowd, an influx or a camp's population
        // (people named by what they are keep their measure: "five children" and "four children"
        // of one man, "More than 60 officers" and "about 75 officers")
        // (nor people who are the object of a verb: "a prisoner swap ... involving 175 individuals")
        if (m.pred.empty() && m.attr.empty() && m.state.empty() && m.noun == "person" && m.subject) {
            const std::string& l = m.c->counted.lemma;
            if (l.empty() || l == "person" || l == "people" || l == "individual") return {};
        }
        // so are trucks: what they did (entered, crossed, were unloaded, were inspected) is what
        // tells one count from another ("196 lorries crossed" and "137 trucks had been offloaded")
        if (m.pred.empty() && m.attr.empty() && m.noun == "truck" && m.subject) return {};
        // nor are those caught doing a thing no lexicon knows ("roughly 100 students were eating
        // breakfast"): what befell them is not said
        if (m.pred.empty() && m.attr.empty() && m.subject && m.c->pred.text.ends_with("ing")) return {};
        // places a figure was spread over, of which nothing is said, are no measure of the event:
        // "destroyed 87 drones over nine regions", "in five states"
        if (m.pred.empty() && m.attr.empty() && m.noun == "place") return {};
    } else if (m.kind == "measure") {
        // an amount of a substance is named by what was done with it: "seized 2,000 kilograms of
        // cocaine" and "seized about 2,100 kg" (two seizures in one article in one voice are
        // kept from standing for either by mark_crowded); so is an area: "has burned about 15,000
        // acres" and "has charred 17,000 acres"
        const bool amount = m.c->q.dimension == "mass" || m.c->q.dimension == "volume" || m.c->q.dimension == "area";
        // (or by what it is an amount of: "about 150 kilograms of explosives" and "200 kg of explosives")
        if (m.attr.empty() && !(amount && (!m.pred.empty() || !m.noun.empty()))) return {};
        // a deal's or a contract's length needs to say whose (owned_attributes.tsv)
        static const auto& owned = grammar::lexicon_set("owned_attributes");
        if (m.agent.empty() && owned.count(m.attr)) return {};
    } else if (m.kind == "money") {
        // offers and prices need to say whose; a sum that says what it is does not, nor a fine
        // ("fined Google a record 4.34 billion euros": who fined whom is the story)
        // (and a sum that is someone's by what it is, where the text says whose: "Alvarez gets a $20
        // million signing bonus")
        static const auto& kinds = grammar::lexicon_set("money_kinds");
        static const auto& owned = grammar::lexicon_set("owned_attributes");
        const bool owned_sum = !m.attr.empty() && owned.count(m.attr) && !m.agent.empty();
        // (nor the worth of what a verb took, seized or destroyed: "stole jewels worth 85 million
        // euros" and "80 million euros" of jewels)
        const bool worth = !m.pred.empty() && m.attr == "value";
        if ((m.pred.empty() || m.agent.empty()) && !kinds.count(m.attr) && m.pred != "fined" && !owned_sum && !worth) return {};
    } else if (m.kind == "percent") {
        // a percentage is compared by what it measures (percent_attributes.tsv: "the unemployment
        // rate rose to 4.6%" and "unemployment climbed to 4.8 percent"), and by whose where that
        // belongs to someone (owned_attributes.tsv: one party's share of the vote, one company's
        // shares); one of nothing named is listed
        if (m.attr.empty()) return {};
        static const auto& owned = grammar::lexicon_set("owned_attributes");
        if (m.agent.empty() && owned.count(m.attr)) return {};
    } else {
        return {};  // fractions and vague quantities are listed, not flagged
    }
    // people of whom nothing is said to have happened are told apart by their own word: '72 people
    // on board' is not its parts 'four crew' and '15 foreign nationals' (all of the class person),
    // while the police's '57,000 people' and the union's 400,000 people are one count
    // (an amount's substance keys it only where no verb does: "seized 1.2 tonnes of cocaine" meets
    // "seized 1.1 tonnes", and "about 150 kilograms of explosives" meets "200 kg of explosives")
    static const std::string none;
    const std::string& noun = m.kind == "count" && m.pred.empty() && m.noun == "person" && m.attr.empty() ? m.c->counted.lemma
                              : m.kind == "measure" && m.c->counted.substance && !m.pred.empty()   ? none
                                                                                                   : m.noun;
    std::string k;
    // a part is compared with the same part of the same whole, not with a whole: "two of whom had
    // died" of nine patients treated is not the day's toll
    k.reserve(m.kind.size() + m.unit.size() + noun.size() + m.pred.size() + m.attr.size() + m.scope.size() +
              m.state.size() + m.subgroup.size() + m.whole.size() + 13);
    for (const std::string* part : {&m.kind, &m.unit, &noun, &m.pred, &m.attr, &m.scope, &m.state, &m.subgroup, &m.whole}) {
        k += *part;
        k += '|';
    }
    k += m.aggregate ? '1' : '0';  // as `<<` prints a bool
    k += m.per_side ? '1' : '0';
    k += m.other ? '1' : '0';
    k += m.on_board ? '1' : '0';
    return k;
}

struct union_find {
    std::vector<std::size_t> parent;
    explicit union_find(std::size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0); }
    std::size_t find(std::size_t x) {
        while (parent[x] != x) x = parent[x] = parent[parent[x]];
        return x;
    }
    void join(std::size_t a, std::size_t b) { parent[find(a)] = find(b); }
};

std::string format_value(double v) {
    if (v == std::floor(v) && std::fabs(v) < 1e15) return std::to_string(static_cast<long long>(v));  // as `<<` prints it
    std::ostringstream o;
    o << v;
    return o.str();
}

/// The value as a reader is told it: "at least 160,000,000", "up to 120", "10-12".
std::string stated(const measure& m) {
    std::string v = readable_number(m.shown_factor == 1 ? m.value : std::round(m.value / m.shown_factor * 1e6) / 1e6);
    switch (m.b) {
        case bound::floor: return "at least " + v;
        case bound::ceiling: return "up to " + v;
        case bound::range:
            return v + "-" + readable_number(m.shown_factor == 1 ? m.high.value_or(m.value)
                                                                 : std::round(m.high.value_or(m.value) / m.shown_factor * 1e6) / 1e6);
        default: return v;
    }
}

/// Whether a stated figure may be a rounded one: stated as approximate, or a whole number of ten or
/// more that ends in 0 or 5 ("150 drones" may round 145). An age, a magnitude or "22" and "23" are
/// no rounding of each other: their gap is a plain difference.
bool could_be_rounded(const measure& m) {
    if (m.age) return false;
    if (m.c->q.qual == qualifier::approx || m.c->q.qual == qualifier::nearly) return true;
    const double v = m.value;
    if (v < 10 || v != std::floor(v) || v > 9e15) return false;
    return static_cast<long long>(v) % 5 == 0;
}

/// Whether two differing figures both hold, by their bounds, within a tenth: "nearly two dozen
/// guns" and "23 guns", "more than $1 million" and "about $1.1 million" (a writer says "nearly 24"
/// of 23 and "more than a million" of 1.1 million), and a ceiling and a floor that meet ("nearly 3.6
/// million" and "more than 3.5 million"). "At least" is a count so far, not a rounding:
/// "at least 14 killed" and "15 killed" stay a discrepancy, as two floors do.
bool bounds_agree(const measure& a, const measure& b) {
    auto holds = [](const measure& bound, const measure& point) {
        if (point.b != bound::point || point.high) return false;
        const double x = bound.value, v = point.value;
        if (bound.c->q.qual == qualifier::nearly) return v < x && v >= 0.9 * x;
        if (bound.c->q.qual == qualifier::more_than) return v > x && v <= 1.1 * x;
        return false;
    };
    // a ceiling and a floor that meet within a tenth: "nearly 3.6 million" and "more than 3.5
    // million" displaced both hold of 3.55 million
    auto meet = [](const measure& below, const measure& above) {
        if (below.c->q.qual != qualifier::nearly || above.c->q.qual != qualifier::more_than) return false;
        const double x = below.value, y = above.value;
        return y < x && 0.9 * x <= 1.1 * y;
    };
    return holds(a, b) || holds(b, a) || meet(a, b) || meet(b, a);
}

/// How far apart the values of a discrepancy are.
void relate(const std::vector<const measure*>& ms, group& g) {
    const measure* lo = ms.front();
    const measure* hi = ms.front();
    bool all_floor = true, denial = false, any_count = false;
    for (const measure* m : ms) {
        if (m->value < lo->value) lo = m;
        if (m->value > hi->value) hi = m;
        all_floor = all_floor && m->b == bound::floor;
        if (m->c->q.kind == quantity_kind::denial) denial = true;
        else if (m->value > 0) any_count = true;
    }
    double gap = hi->value == 0 ? 0 : (hi->value - lo->value) / hi->value;
    // (each as written, with its unit where the two were written in two: "1,200 kg vs 1.1 t")
    auto stated = [&](const measure& m) {
        return lo->shown_unit == hi->shown_unit ? claimcheck::engine::stated(m) : claimcheck::engine::stated(m) + " " + m.shown_unit;
    };
    if (denial && any_count) {
        g.relation = "denial_vs_count";
        g.explanation = "one report denies what another counts";
    } else if (all_floor) {
        g.relation = "bounds_differ";
        g.explanation = "the reported lower bounds differ (" + stated(*lo) + " vs " + stated(*hi) + ")";
    } else if (lo->high && *lo->high >= hi->value) {
        g.relation = "overlapping";
        g.explanation = "the reported figures overlap (" + stated(*lo) + " vs " + stated(*hi) + ")";
    } else if (gap <= 0.05 && (could_be_rounded(*lo) || could_be_rounded(*hi))) {
        g.relation = "within_rounding";
        g.explanation = "the reported figures differ by " + format_value(std::round(gap * 1000) / 10) + "% (" + stated(*lo) +
                        " vs " + stated(*hi) + ")";
    } else {
        g.relation = "disjoint";
        g.explanation = "the reported figures differ (" + stated(*lo) + " vs " + stated(*hi) + ")";
    }
}

}  // namespace

namespace detail {

void parallel_for(std::size_t n, unsigned jobs, const std::function<void(std::size_t)>& body) {
    const std::size_t threads = std::min<std::size_t>(std::max(1u, jobs), n);
    if (threads <= 1) {
        for (std::size_t i = 0; i < n; ++i) body(i);
        return;
    }
    std::atomic<std::size_t> next{0};
    std::mutex failed;
    std::exception_ptr error;
    auto work = [&] {
        try {
            for (std::size_t i; (i = next.fetch_add(1, std::memory_order_relaxed)) < n;) body(i);
        } catch (...) {
            std::lock_guard<std::mutex> lock(failed);
            if (!error) error = std::current_exception();
            next.store(n);
        }
    };
    std::vector<std::thread> pool;
    for (std::size_t t = 1; t < threads; ++t) {
        try {
            pool.emplace_back(work);
        } catch (const std::system_error&) {
            break;  // no more threads: those running take the rest
        }
    }
    work();
    for (auto& t : pool) t.join();
    if (error) std::rethrow_exception(error);
}

void parallel_for_blocks(std::size_t n, unsigned jobs, const std::function<void(std::size_t)>& body) {
    const std::size_t threads = std::min<std::size_t>(std::max(1u, jobs), n);
    if (threads <= 1) {
        for (std::size_t i = 0; i < n; ++i) body(i);
        return;
    }
    std::mutex failed;
    std::exception_ptr error;
    auto run = [&](std::size_t t) {
        try {
            for (std::size_t i = n * t / threads; i < n * (t + 1) / threads; ++i) body(i);
        } catch (...) {
            std::lock_guard<std::mutex> lock(failed);
            if (!error) error = std::current_exception();
        }
    };
    std::vector<std::thread> pool;
    for (std::size_t t = 1; t < threads; ++t) {
        try {
            pool.emplace_back(run, t);
        } catch (const std::system_error&) {
            break;
        }
    }
    run(0);
    for (std::size_t t = pool.size() + 1; t < threads; ++t) run(t);  // the runs no thread could take
    for (auto& t : pool) t.join();
    if (error) std::rethrow_exception(error);
}

}  // namespace detail

namespace {

/// The claims of one story with a value, described (in the order of the story's documents, then
/// of their claims), with each one's value as stated ("at least 200").
struct described {
    std::vector<measure> ms;
    std::vector<std::string> said;
};

/// Marks the measures that their article gives another value too, in one voice: "U.S. employers
/// added 275,000 jobs" and "health care, which added 67,000 jobs" share every part the engine
/// reads, so in that article the measure is not one quantity, and neither value may stand for it
/// against another article's (they may still agree with an equal figure). One voice: the same
/// source, or no source named for either. Two sources' values ("150 drones, Zelensky said";
/// "145, the Air Force said"), two agents' ("72 drones shot down" by Ukraine, "57" by Russia) and
/// revisions ("rose to 160, up from 125") are what an article reports, and keep their standing.
void mark_crowded(std::vector<measure>& ms, const std::vector<std::string>& said) {
    // (document, agent, source, conflict key) -> its first value and whether another came; one
    // pass, so that an article of a hundred thousand figures of one measure costs linear time
    struct seen {
        std::size_t first;
        bool crowded;
    };
    std::unordered_map<std::string, seen> voices;
    std::vector<std::string> keys(ms.size());
    for (std::size_t i = 0; i < ms.size(); ++i) {
        const measure& m = ms[i];
        if (m.revision) continue;
        std::string key = conflict_key(m);
        if (key.empty()) continue;
        // (a part does not crowd its whole: "31 people had been wounded, including 24 civilians and
        // seven soldiers" gives the wounded one value, and its parts another voice)
        keys[i] = std::to_string(m.ref.doc) + '|' + m.agent + '|' + m.source + '|' + (m.c->partitive.empty() ? "" : "part|") + key;
        auto [it, added] = voices.emplace(keys[i], seen{i, false});
        if (!added && said[it->second.first] != said[i]) it->second.crowded = true;
    }
    for (std::size_t i = 0; i < ms.size(); ++i)
        if (!keys[i].empty()) ms[i].crowded = voices.at(keys[i]).crowded;
    // a tally that names no motion, in an article that gives its body's votes on several ("230-197
    // on the first article ... 229-198 on the second"), may be any of them
    std::unordered_map<std::string, seen> tallies;
    std::vector<std::string> tally_keys(ms.size());
    for (std::size_t i = 0; i < ms.size(); ++i) {
        const measure& m = ms[i];
        if (m.noun != "vote" || m.agent.empty() || m.background) continue;
        tally_keys[i] = std::to_string(m.ref.doc) + '|' + m.agent + '|' + m.pred;
        auto [it, added] = tallies.emplace(tally_keys[i], seen{i, false});
        if (!added && said[it->second.first] != said[i]) it->second.crowded = true;
    }
    for (std::size_t i = 0; i < ms.size(); ++i)
        if (!tally_keys[i].empty() && ms[i].attr.empty() && tallies.at(tally_keys[i]).crowded) ms[i].crowded = true;
}

/// A discrepancy whose reports carry publication times gets them in order, so that a reader
/// tells a toll that rose through the day from reports that contradict each other: "in
/// publication order: >=4 (Reuters, 2024-04-03 02:10) -> 7 (AP, 06:30) -> >=9 (BBC, 14:00)".
/// Each article's first claim of the group stands for it; nothing is added when fewer than two
/// articles have a time, or all have the same.
void add_timeline(const std::vector<document_result>& docs, const std::vector<const measure*>& gm,
                  const std::vector<std::size_t>& members, const std::vector<std::string>& said, group& g) {
    struct point {
        std::string when, value, outlet;
    };
    std::vector<point> points;
    std::set<std::size_t> seen;
    for (std::size_t k = 0; k < gm.size(); ++k) {
        const measure& m = *gm[k];
        if (!seen.insert(m.ref.doc).second) continue;
        const document& d = docs[m.ref.doc].doc;
        if (!d.published || d.published->size() < 10) continue;
        points.push_back({*d.published, said[members[k]], d.outlet.value_or("")});
    }
    if (points.size() < 2) return;
    // ISO 8601 times sort as text when written alike; a time of day shows only where one is given
    std::stable_sort(points.begin(), points.end(), [](const point& a, const point& b) { return a.when < b.when; });
    if (points.front().when == points.back().when) return;
    auto shown = [](const std::string& when, const std::string& day_before) {
        const std::string day = when.substr(0, 10);
        const bool clock = when.size() >= 16 && (when[10] == 'T' || when[10] == ' ');
        if (!clock) return day;
        return day == day_before ? when.substr(11, 5) : day + " " + when.substr(11, 5);
    };
    std::string line, day_before;
    for (const point& p : points) {
        if (!line.empty()) line += " -> ";
        line += p.value + " (" + (p.outlet.empty() ? "" : p.outlet + ", ") + shown(p.when, day_before) + ")";
        day_before = p.when.substr(0, 10);
    }
    g.explanation += "; in publication order: " + line;
}

/// Describes the claims of a story; `jobs` threads take runs of its documents. Each run reads
/// revision cues with its own memo: the memo only saves reading a sentence twice, and what a
/// sentence says does not depend on who reads it.
described describe_story(const std::vector<document_result>& docs, const story& st, unsigned jobs) {
    const std::size_t nd = st.documents.size();
    std::vector<std::size_t> at(nd + 1, 0);  // the first measure of each document
    for (std::size_t k = 0; k < nd; ++k) {
        std::size_t valued = 0;
        for (const auto& c : docs[st.documents[k]].claims) valued += c.value ? 1 : 0;
        at[k + 1] = at[k] + valued;
    }
    described out;
    out.ms.resize(at.back());
    out.said.resize(at.back());
    auto run = [&](std::size_t from, std::size_t to) {
        std::vector<signed char> revised;
        revision_memo memo;
        for (std::size_t k = from; k < to; ++k) {
            const std::size_t d = st.documents[k];
            revised.assign(docs[d].sentences.size(), -1);
            std::size_t m = at[k];
            for (std::size_t i = 0; i < docs[d].claims.size(); ++i)
                if (docs[d].claims[i].value) {
                    out.ms[m] = describe(docs[d], d, i, revised, memo);
                    out.said[m] = stated(out.ms[m]);
                    ++m;
                }
        }
    };
    // a few hundred claims are described faster than threads start
    const std::size_t runs = at.back() >= 512 ? std::min<std::size_t>(std::max(1u, jobs), nd) : 1;
    detail::parallel_for_blocks(runs, static_cast<unsigned>(runs), [&](std::size_t t) { run(nd * t / runs, nd * (t + 1) / runs); });
    return out;
}

/// The story's own place scopes nothing: "A landslide killed 12 people in northwestern Colombia"
/// and "A landslide in Colombia killed 14 people" give one toll, the place said after the figure in
/// one report and before it in the other. A place key of "in", "at" or "near" that every article
/// of the story names (a sample of fifty in a large story) is cleared from the measures that have
/// it, when it is the only such key of the story (a story of two countries' tolls, each named
/// everywhere, keeps both) and the figure's sentence names no other place for another figure
/// ("144 in Myanmar and 10 in Thailand" are parts).
void clear_story_place(const std::vector<document_result>& docs, const story& st, std::vector<measure>& ms) {
    const std::size_t nd = st.documents.size();
    if (nd < 2) return;
    auto placed = [](const measure& m) {
        const std::string& t = m.c->where.text;
        return m.c->where.kind == "place" && !m.scope.empty() && m.kind == "count" && !grammar::is_year(m.scope) &&
               (t.starts_with("in ") || t.starts_with("at ") || t.starts_with("near ") ||
                // ("across France" is the story's country; a total "across Syria so far this year" keeps
                // its whole country against one region's)
                (t.starts_with("across ") && !m.c->aggregate));
    };
    std::vector<std::string> keys;
    for (const auto& m : ms)
        if (placed(m) && std::find(keys.begin(), keys.end(), m.scope) == keys.end()) keys.push_back(m.scope);
    if (keys.empty() || keys.size() > 16) return;
    auto names = [](std::string_view text, std::string_view key) {
        for (std::size_t at = text.find(key); at != std::string_view::npos; at = text.find(key, at + 1))
            if ((at == 0 || !grammar::ascii::is_alnum(text[at - 1])) &&
                (at + key.size() == text.size() || !grammar::ascii::is_alnum(text[at + key.size()])))
                return true;
        return false;
    };
    const std::size_t sample = std::min<std::size_t>(nd, 50);
    std::string own;
    for (const auto& key : keys) {
        bool everywhere = true;
        for (std::size_t k = 0; k < sample && everywhere; ++k)
            everywhere = names(docs[st.documents[k * nd / sample]].doc.folded.lower, key);
        if (!everywhere) continue;
        if (!own.empty()) return;  // two places named everywhere: neither is the story's own
        own = key;
    }
    if (own.empty()) return;
    for (auto& m : ms) {
        if (!placed(m) || m.scope != own) continue;
        // no other place for another figure of its sentence (its neighbours in the document's
        // claims, which are in text order; a bounded look keeps a sentence of thousands linear)
        const auto& claims = docs[m.ref.doc].claims;
        bool other = false;
        auto differs = [&](const grammar::claim& c) {
            return c.where.kind == "place" && !c.where.key.empty() && c.where.key != m.c->where.key && !grammar::is_year(c.where.key);
        };
        for (std::size_t k = m.ref.claim, n = 0; k-- > 0 && n < 64 && claims[k].sentence == m.c->sentence && !other; ++n)
            other = differs(claims[k]);
        for (std::size_t k = m.ref.claim + 1, n = 0; k < claims.size() && n < 64 && claims[k].sentence == m.c->sentence && !other; ++k, ++n)
            other = differs(claims[k]);
        if (!other) m.scope.clear();
    }
}

/// An age owned by a surname alone ("Senator Hollis, 55") is the person another report of the
/// story named in full ("Senator Margaret Hollis, 54"), when the story names one such person only.
void name_aged_in_full(std::vector<measure>& ms) {
    std::unordered_map<std::string, std::string> full;  // surname -> the full name, or "" for two
    for (const measure& m : ms) {
        if (!m.age) continue;
        const auto sp = m.agent.rfind(' ');
        if (sp == std::string::npos || m.agent.starts_with("the ")) continue;
        auto [it, added] = full.try_emplace(m.agent.substr(sp + 1), m.agent);
        if (!added && it->second != m.agent) it->second.clear();
    }
    if (full.empty()) return;
    for (measure& m : ms)
        if (m.age && !m.agent.empty() && m.agent.find(' ') == std::string::npos)
            if (auto it = full.find(m.agent); it != full.end() && !it->second.empty()) m.agent = it->second;
}

/// The groups of one story, in the order of their first claims, then the claims that cannot be
/// represented; ids are given by the caller. `jobs` threads share the work; the result never
/// depends on it.
///
/// Claims join only with claims that share a bucket (of equal values in step 1, of one conflict
/// key in step 2), and whether two clusters join reads only those two clusters. So the claims
/// fall into components, claims linked through shared buckets, that are grouped independently:
/// each component's buckets are walked in the same order as a walk of the whole story would (step
/// 1's, then step 2's), touching only its own claims, and give the same clusters on any thread.
std::vector<group> reconcile_story(const std::vector<document_result>& docs, const story& st, std::size_t si,
                                   unsigned jobs, detail::story_split* split = nullptr) {
    std::vector<group> out;
    described dm = describe_story(docs, st, jobs);
    clear_story_place(docs, st, dm.ms);
    name_aged_in_full(dm.ms);
    mark_crowded(dm.ms, dm.said);
    const std::vector<measure>& ms = dm.ms;
    const std::vector<std::string>& said = dm.said;
    const std::size_t n = ms.size();
    {
        std::size_t claims = 0;
        for (std::size_t d : st.documents) claims += docs[d].claims.size();
        out.reserve(claims);  // at most one group per claim
    }
    union_find uf(n);

    // the texts of a story (parts, values as stated) as small ids: 0 is "unsaid". Ids are only
    // compared for equality, so all are given here, before the components are grouped on threads.
    std::unordered_map<std::string_view, std::uint32_t> text_ids;
    auto text_id = [&](const std::string& t) -> std::uint32_t {
        if (t.empty()) return 0;
        return text_ids.emplace(t, static_cast<std::uint32_t>(text_ids.size() + 1)).first->second;
    };
    // each cluster's stated parts, so that an unsaid part cannot bridge two different ones. A
    // cluster states at most one predicate, agent, attribute, scope and parent class of its nouns
    // (a merge that would make two is refused), so each part is one id.
    struct parts {
        std::uint32_t pred = 0, parent = 0, agent = 0, attr = 0, scope = 0;
    };
    std::vector<parts> cl(n);
    std::vector<std::string> parents(n);
    std::vector<std::uint32_t> said_id(n);
    for (std::size_t i = 0; i < n; ++i) {
        if (!ms[i].noun.empty()) parents[i] = parent_of(ms[i].noun);
        // (an age's owner keys its discrepancies only: equal ages of two people still agree)
        cl[i] = {text_id(ms[i].pred), text_id(parents[i]), ms[i].age ? 0u : text_id(ms[i].agent), text_id(ms[i].attr),
                 text_id(ms[i].scope)};
        said_id[i] = text_id(said[i]);
    }
    // reads and writes only the clusters of a and b (their union-find entries and parts)
    auto merge_parts = [&](std::size_t a, std::size_t b) {
        std::size_t ra = uf.find(a), rb = uf.find(b);
        if (ra == rb) return true;
        auto fits = [](std::uint32_t x, std::uint32_t y) { return x == 0 || y == 0 || x == y; };
        const parts &pa = cl[ra], &pb = cl[rb];
        if (!fits(pa.pred, pb.pred) || !fits(pa.agent, pb.agent) || !fits(pa.attr, pb.attr) || !fits(pa.scope, pb.scope) ||
            !fits(pa.parent, pb.parent))
            return false;
        auto either = [](std::uint32_t x, std::uint32_t y) { return x ? x : y; };
        const parts merged{either(pa.pred, pb.pred), either(pa.parent, pb.parent), either(pa.agent, pb.agent),
                           either(pa.attr, pb.attr), either(pa.scope, pb.scope)};
        uf.join(ra, rb);
        cl[uf.find(ra)] = merged;
        return true;
    };

    // 1. the same figure reported again: equal values, compatible measures. A drop repeats
    // articles, so a bucket may hold a thousand copies of one claim: claims alike in every part
    // that same_value and may_agree read share a class, and the answer for two classes is
    // computed once; pairs already in one cluster are skipped (merge_parts would do nothing).
    std::vector<std::uint32_t> cls(n);
    std::vector<std::size_t> example;  // a claim of each class
    // in a small story every claim is its own class: the pairs are few, classes would cost more
    const bool classed = n >= 64;
    if (!classed) {
        std::iota(cls.begin(), cls.end(), 0u);
        example.resize(n);
        std::iota(example.begin(), example.end(), std::size_t{0});
    } else {
        auto class_key = [](const measure& m, std::string& k) {
            k.clear();
            for (const std::string* part : {&m.kind, &m.unit, &m.noun, &m.parent, &m.pred, &m.attr, &m.scope, &m.state,
                                            &m.agent, &m.subgroup, &m.whole}) {
                const auto size = static_cast<std::uint32_t>(part->size());
                k.append(reinterpret_cast<const char*>(&size), sizeof size);
                k += *part;
            }
            const double nums[3] = {m.value, m.high.value_or(0.0), static_cast<double>(static_cast<int>(m.b))};
            k.append(reinterpret_cast<const char*>(nums), sizeof nums);
            k += m.high ? '1' : '0';
            k += m.aggregate ? '1' : '0';
            k += m.background ? '1' : '0';
            k += m.other ? '1' : '0';
            k += m.age ? '1' : '0';
            k += m.per_side ? '1' : '0';
            k += m.c->q.kind == quantity_kind::denial ? '1' : '0';  // read by conflict_key
            k += m.crowded ? '1' : '0';
            k += m.on_board ? '1' : '0';
        };
        // classes are numbered in the order of their first claims: each run of claims numbers its
        // own (on a thread), then the runs' classes are numbered in run order, so a class first
        // met in an earlier run, or earlier in the same run, gets the smaller number
        const std::size_t runs = jobs > 1 && n >= 4096 ? std::size_t{jobs} : 1;
        struct run_classes {
            std::unordered_map<std::string, std::uint32_t> ids;
            std::vector<const std::string*> keys;  // by local id
            std::vector<std::size_t> first;        // the first claim of each, by local id
        };
        std::vector<run_classes> local(runs);
        detail::parallel_for(runs, static_cast<unsigned>(runs), [&](std::size_t r) {
            run_classes& rc = local[r];
            std::string k;
            for (std::size_t i = n * r / runs; i < n * (r + 1) / runs; ++i) {
                class_key(ms[i], k);
                auto [it, added] = rc.ids.emplace(k, static_cast<std::uint32_t>(rc.keys.size()));
                if (added) {
                    rc.keys.push_back(&it->first);
                    rc.first.push_back(i);
                }
                cls[i] = it->second;
            }
        });
        std::unordered_map<std::string_view, std::uint32_t> classes;
        std::vector<std::uint32_t> global;
        for (std::size_t r = 0; r < runs; ++r) {
            const run_classes& rc = local[r];
            global.resize(rc.keys.size());
            for (std::size_t c = 0; c < rc.keys.size(); ++c) {
                auto [it, added] = classes.emplace(*rc.keys[c], static_cast<std::uint32_t>(classes.size()));
                if (added) example.push_back(rc.first[c]);
                global[c] = it->second;
            }
            for (std::size_t i = n * r / runs; i < n * (r + 1) / runs; ++i) cls[i] = global[cls[i]];
        }
        if (runs > 1) {
            // the strings are freed on the threads that made them
            classes.clear();
            detail::parallel_for(runs, static_cast<unsigned>(runs), [&](std::size_t r) { local[r] = run_classes(); });
        }
    }
    // claims in buckets of a key computed once per class: buckets in key order, claims in order
    auto buckets_by = [&](auto key_of) {
        std::map<std::string, std::vector<std::uint32_t>> by_key;
        for (std::size_t c = 0; c < example.size(); ++c)
            if (std::string k = key_of(ms[example[c]]); !k.empty()) by_key[std::move(k)].push_back(static_cast<std::uint32_t>(c));
        std::vector<std::uint32_t> bucket_of(example.size(), std::numeric_limits<std::uint32_t>::max());
        std::size_t b = 0;
        for (const auto& [_, cs] : by_key) {
            for (auto c : cs) bucket_of[c] = static_cast<std::uint32_t>(b);
            ++b;
        }
        std::vector<std::vector<std::size_t>> buckets(by_key.size());
        for (std::size_t i = 0; i < n; ++i)
            if (bucket_of[cls[i]] != std::numeric_limits<std::uint32_t>::max()) buckets[bucket_of[cls[i]]].push_back(i);
        return buckets;
    };
    const auto by_value = buckets_by([](const measure& m) { return m.kind + "|" + m.unit + "|" + format_value(m.value); });
    const auto by_key = buckets_by(conflict_key);

    // the whole a part names right after its cue, by the part: "taking 78 of the 151 seats" (the
    // 151 is never set against what agrees with the 78: another report's "won 78 seats" is the
    // part again, not a second count of the seats)
    std::vector<std::size_t> part_of(n, n);
    for (std::size_t x = 0; x + 1 < n; ++x) {
        const grammar::claim &p = *ms[x].c, &w = *ms[x + 1].c;
        if (ms[x + 1].ref.doc != ms[x].ref.doc || ms[x + 1].ref.claim != ms[x].ref.claim + 1) continue;
        if (ms[x].whole != "of" || p.sentence != w.sentence || w.begin < p.end || w.begin - p.end > 12) continue;
        part_of[x + 1] = x;
    }

    // the whole a part a list includes belongs to, by the part: "brought home 157 of its citizens
    // ..., among them 150 servicemen" (the 150 is never set against another report's 157: the
    // whole again, under another noun)
    std::vector<std::size_t> whole_before(n, n);
    for (std::size_t x = 1; x < n; ++x) {
        const grammar::claim& p = *ms[x].c;
        if (p.partitive != "including" && p.partitive != "among them" && p.partitive != "among") continue;
        for (std::size_t w = x; w-- > 0;) {
            if (ms[w].ref.doc != ms[x].ref.doc || ms[w].c->sentence != p.sentence) break;
            if (ms[w].c->partitive == "including" || ms[w].c->partitive == "among them" || ms[w].c->partitive == "among") continue;
            if (ms[w].kind == ms[x].kind && ms[w].unit == ms[x].unit && ms[w].value > ms[x].value) whole_before[x] = w;
            break;
        }
    }

    // the components: claims linked by sharing a bucket of either kind, and a whole with its part
    // (step 2 reads the part's cluster). A bucket of one claim links nothing and makes no pair, so
    // it is left out.
    struct component {
        std::vector<std::uint32_t> values, keys;  ///< its buckets of by_value and by_key, in order
        std::size_t pairs = 0;                    ///< pairs in its buckets, to hand out the large ones first
    };
    std::vector<component> comps;
    {
        union_find linked(n);
        for (const auto* buckets : {&by_value, &by_key})
            for (const auto& idx : *buckets)
                for (std::size_t k = 1; k < idx.size(); ++k) linked.join(idx[0], idx[k]);
        for (std::size_t w = 0; w < n; ++w)
            if (part_of[w] < n) linked.join(w, part_of[w]);
        std::vector<std::uint32_t> comp_of(n, std::numeric_limits<std::uint32_t>::max());
        auto add = [&](const std::vector<std::vector<std::size_t>>& buckets, bool keys) {
            for (std::size_t b = 0; b < buckets.size(); ++b) {
                const auto& idx = buckets[b];
                if (idx.size() < 2) continue;
                std::uint32_t& c = comp_of[linked.find(idx[0])];
                if (c == std::numeric_limits<std::uint32_t>::max()) {
                    c = static_cast<std::uint32_t>(comps.size());
                    comps.emplace_back();
                }
                (keys ? comps[c].keys : comps[c].values).push_back(static_cast<std::uint32_t>(b));
                comps[c].pairs += idx.size() * (idx.size() - 1) / 2;
            }
        };
        add(by_value, false);
        add(by_key, true);
        if (split) {
            // a claim in no bucket of two or more is a component of its own
            std::vector<std::size_t> size(n, 0);
            for (std::size_t i = 0; i < n; ++i) ++size[linked.find(i)];
            *split = {n, 0, 0};
            for (std::size_t s : size)
                if (s) {
                    ++split->components;
                    split->largest = std::max(split->largest, s);
                }
        }
    }

    // steps 1 and 2 over the buckets of one component; what it reads and writes of uf and cl
    // belongs to the component's claims, and its caches are its own
    auto link_component = [&](const component& comp) {
        // A row of pairs (x, later y) does nothing when an earlier claim of x's class is already
        // in x's cluster: each pair of that claim's row merged its two clusters or was refused,
        // and a refusal is final (clusters only gain parts). So a bucket of a thousand copies
        // costs one row per class, not a row per copy.
        std::unordered_map<std::uint32_t, std::size_t> first_of_class;
        auto row_done = [&](const std::vector<std::size_t>& idx, std::size_t x) {
            if (!classed) return false;
            auto [it, added] = first_of_class.emplace(cls[idx[x]], idx[x]);
            return !added && uf.find(it->second) == uf.find(idx[x]);
        };
        std::unordered_map<std::uint64_t, bool> agree;  // (class, class) -> same_value && may_agree
        for (std::uint32_t b : comp.values) {
            const auto& idx = by_value[b];
            first_of_class.clear();
            for (std::size_t x = 0; x < idx.size(); ++x) {
                if (row_done(idx, x)) continue;
                for (std::size_t y = x + 1; y < idx.size(); ++y) {
                    if (uf.find(idx[x]) == uf.find(idx[y])) continue;
                    bool agrees;
                    if (!classed) {
                        agrees = same_value(ms[idx[x]], ms[idx[y]]) && may_agree(ms[idx[x]], ms[idx[y]]);
                    } else {
                        const std::uint64_t key = (static_cast<std::uint64_t>(cls[idx[x]]) << 32) | cls[idx[y]];
                        auto it = agree.find(key);
                        if (it == agree.end())
                            it = agree.emplace(key, same_value(ms[idx[x]], ms[idx[y]]) && may_agree(ms[idx[x]], ms[idx[y]])).first;
                        agrees = it->second;
                    }
                    if (agrees) merge_parts(idx[x], idx[y]);
                }
            }
        }

        // 2. the same measure with differing values
        for (std::uint32_t b : comp.keys) {
            const auto& idx = by_key[b];
            std::set<std::string> agents;
            for (auto i : idx)
                if (!ms[i].agent.empty()) agents.insert(ms[i].agent);
            // values that one article gives as two different things (same source) are not in conflict
            // (and one agent's: "Reform UK won five seats and the Greens four" tells no two values of
            // one party's seats)
            std::map<std::tuple<std::size_t, std::string, std::string>, std::set<std::uint32_t>> told;
            for (auto i : idx)
                if (!ms[i].revision) told[{ms[i].ref.doc, ms[i].source, ms[i].agent}].insert(said_id[i]);
            // (each voice's values, by value: two values are apart when one voice told both; a
            // voice's list is read once, not pair by pair, so an article of thousands of values of
            // one measure costs its values, not their pairs)
            std::unordered_map<std::uint32_t, std::vector<std::uint32_t>> voices_of;
            {
                std::uint32_t voice = 0;
                for (const auto& [_, values] : told) {
                    if (values.size() > 1)
                        for (auto v : values) voices_of[v].push_back(voice);
                    ++voice;
                }
            }
            auto told_apart = [&](std::uint32_t x, std::uint32_t y) {
                if (x == y) return false;
                const auto a = voices_of.find(x), b = voices_of.find(y);
                if (a == voices_of.end() || b == voices_of.end()) return false;
                for (auto v : a->second)
                    if (std::find(b->second.begin(), b->second.end(), v) != b->second.end()) return true;
                return false;
            };
            // as in step 1, but a pair of one article's claims is skipped below whatever their
            // clusters, so only a row whose class came first in another article is skipped (that
            // article's claims all come before x: claims are in document order)
            // (where the claims of x's article end in the bucket, and whether it tells of a
            // revision: a pair of one article's claims is skipped below unless one is a revision, so
            // a row jumps past them; claims are in document order)
            std::vector<std::size_t> doc_end(idx.size());
            std::vector<char> doc_revised(idx.size(), 0);
            for (std::size_t x = idx.size(); x-- > 0;) {
                const bool last = x + 1 == idx.size() || ms[idx[x + 1]].ref.doc != ms[idx[x]].ref.doc;
                doc_end[x] = last ? x + 1 : doc_end[x + 1];
                doc_revised[x] = static_cast<char>(ms[idx[x]].revision || (!last && doc_revised[x + 1]));
            }
            for (std::size_t x = 0; x < idx.size(); ++x)
                if (x > 0 && ms[idx[x - 1]].ref.doc == ms[idx[x]].ref.doc) doc_revised[x] = doc_revised[x - 1];
            first_of_class.clear();
            for (std::size_t x = 0; x < idx.size(); ++x) {
                if (row_done(idx, x) && ms[first_of_class[cls[idx[x]]]].ref.doc != ms[idx[x]].ref.doc) continue;
                const std::size_t first_y = doc_revised[x] ? x + 1 : doc_end[x];
                for (std::size_t y = first_y; y < idx.size(); ++y) {
                    if (uf.find(idx[x]) == uf.find(idx[y])) continue;  // merge_parts would do nothing
                    const measure &a = ms[idx[x]], &b = ms[idx[y]];
                    if (a.value == b.value) continue;  // "over 200" and "200": bounds differ, figures do not
                    if (a.crowded || b.crowded) continue;
                    if (a.agent != b.agent && (!a.agent.empty() && !b.agent.empty())) continue;
                    if (a.agent != b.agent && agents.size() > 1) continue;  // unsaid, and there is a choice
                    // two values of one article are its own business, whoever said them ("police put
                    // the crowd at 190,000, the organisers at 1.03 million"): a discrepancy takes
                    // another report (or a revision the article tells of)
                    if (a.ref.doc == b.ref.doc && !a.revision && !b.revision) continue;
                    if (!voices_of.empty() && told_apart(said_id[idx[x]], said_id[idx[y]])) continue;  // reported apart
                    // a whole and what agrees with its own part
                    auto part_joins = [&](std::size_t whole, std::size_t other) {
                        return part_of[whole] < n && uf.find(part_of[whole]) == uf.find(other);
                    };
                    if (part_joins(idx[x], idx[y]) || part_joins(idx[y], idx[x])) continue;
                    // a part and a figure equal to its own whole
                    if ((whole_before[idx[x]] < n && ms[whole_before[idx[x]]].value == b.value) ||
                        (whole_before[idx[y]] < n && ms[whole_before[idx[y]]].value == a.value))
                        continue;
                    merge_parts(idx[x], idx[y]);
                }
            }
        }
    };
    if (jobs <= 1 || comps.size() < 2) {
        for (const auto& comp : comps) link_component(comp);
    } else {
        // the components with the most pairs first, so that no thread is left with a large one at the end
        std::vector<std::uint32_t> order(comps.size());
        std::iota(order.begin(), order.end(), 0u);
        std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) { return comps[a].pairs > comps[b].pairs; });
        detail::parallel_for(order.size(), jobs, [&](std::size_t k) { link_component(comps[order[k]]); });
    }

    // 3. groups and verdicts
    std::vector<std::vector<std::size_t>> ordered;
    {
        std::vector<std::uint32_t> slot(n, std::numeric_limits<std::uint32_t>::max());
        for (std::size_t i = 0; i < n; ++i) {
            std::uint32_t& s = slot[uf.find(i)];
            if (s == std::numeric_limits<std::uint32_t>::max()) {
                s = static_cast<std::uint32_t>(ordered.size());
                ordered.emplace_back();
            }
            ordered[s].push_back(i);
        }
    }
    // in the order of their first claims (already so when the story lists its documents in order)
    std::sort(ordered.begin(), ordered.end(), [&](const auto& a, const auto& b) {
        return std::tie(ms[a.front()].ref.doc, ms[a.front()].ref.claim) < std::tie(ms[b.front()].ref.doc, ms[b.front()].ref.claim);
    });
    auto make_group = [&](const std::vector<std::size_t>& members) {
        group g;
        g.story = si;
        std::vector<const measure*> gm;
        gm.reserve(members.size());
        for (auto i : members) {
            g.claims.push_back(ms[i].ref);
            gm.push_back(&ms[i]);
        }
        const measure& m0 = *gm.front();
        // (the unit as written where all wrote one: "(km)", not the metre it is compared in)
        std::string unit = m0.shown_unit;
        for (const measure* m : gm)
            if (m->shown_unit != unit) unit = m0.unit;
        // "shot_down drone kursk", "offered (USD)": the parts the measure states, one space apart
        for (const std::string& part : {m0.pred, m0.noun.empty() ? m0.attr : m0.noun,
                                        unit.empty() ? std::string() : "(" + unit + ")", m0.scope})
            if (!part.empty()) g.measure += (g.measure.empty() ? "" : " ") + part;
        std::set<std::string> values;
        for (auto i : members) values.insert(said[i]);
        // one figure stated as a point and as a bound at it ("120" and "up to 120") is one value
        std::set<std::string> figures;
        bool floors = false, ceilings = false;
        for (const measure* m : gm) {
            figures.insert(m->b == bound::range ? said[static_cast<std::size_t>(m - ms.data())] : readable_number(m->value));
            floors = floors || m->b == bound::floor;
            ceilings = ceilings || m->b == bound::ceiling;
        }
        const bool one_figure = figures.size() == 1 && !(floors && ceilings);
        if (gm.size() > 1) {
            // the words each claim used, and what they share: the synonyms the lexicons matched
            std::set<std::string> nouns, preds, docs_seen;
            for (const measure* m : gm) {
                if (!m->c->counted.head.empty())
                    nouns.insert(m->c->counted.head + (m->noun.empty() ? "" : " [" + m->noun + "]"));
                if (!m->c->pred.cls.empty()) preds.insert(m->c->pred.text + " [" + m->pred + "]");
                docs_seen.insert(std::to_string(m->ref.doc));
            }
            auto join = [](const std::set<std::string>& s) {
                std::string out;
                for (const auto& x : s) out += (out.empty() ? "" : ", ") + x;
                return out;
            };
            g.why = "same measure in " + std::to_string(docs_seen.size()) + " article" + (docs_seen.size() == 1 ? "" : "s");
            if (!nouns.empty()) g.why += "; counted: " + join(nouns);
            if (!preds.empty()) g.why += "; what happened: " + join(preds);
            if (!unit.empty()) g.why += "; unit: " + unit;
            if (!m0.attr.empty() && m0.kind != "count") g.why += "; measures: " + m0.attr;
            if (!m0.scope.empty()) g.why += "; scope: " + m0.scope;
            if (!m0.agent.empty()) g.why += "; whose: " + m0.agent;
        }
        // an article that repeats its own figure (a headline and its lead) is one report of it: an
        // agreement takes two articles
        std::size_t articles = 0;
        {
            std::vector<std::size_t> docs_of;
            docs_of.reserve(gm.size());
            for (const measure* m : gm) docs_of.push_back(m->ref.doc);
            std::sort(docs_of.begin(), docs_of.end());
            articles = static_cast<std::size_t>(std::unique(docs_of.begin(), docs_of.end()) - docs_of.begin());
        }
        if (gm.size() == 1) {
            g.verdict = "single";
            g.relation = "single";
            g.explanation = "no other source reports this figure";
        } else if ((values.size() == 1 || one_figure) && articles == 1) {
            g.verdict = "single";
            g.relation = "single";
            g.explanation = "one article gives " + *figures.begin() + " (" + std::to_string(gm.size()) +
                            " mentions); no other source reports this figure";
        } else if (values.size() == 1) {
            g.verdict = "agree";
            g.relation = "equal";
            g.explanation = std::to_string(articles) + " reports give " + *values.begin();
        } else if (one_figure) {
            g.verdict = "agree";
            g.relation = "equal";
            std::string as;
            for (const auto& v : values) as += (as.empty() ? "" : ", ") + v;
            g.explanation = std::to_string(articles) + " reports give " + *figures.begin() + " (stated as " + as + ")";
        } else {
            // figures that differ only as their bounds allow agree: every pair of different figures
            // either equal or held by a bound ("nearly 24" and 23)
            bool within_bounds = gm.size() <= 64;
            for (std::size_t x = 0; x < gm.size() && within_bounds; ++x)
                for (std::size_t y = x + 1; y < gm.size() && within_bounds; ++y)
                    if (!same_value(*gm[x], *gm[y]) && gm[x]->value != gm[y]->value) within_bounds = bounds_agree(*gm[x], *gm[y]);
                    else if (!same_value(*gm[x], *gm[y]) && gm[x]->value == gm[y]->value && gm[x]->b != gm[y]->b)
                        within_bounds = false;
            if (within_bounds) {
                g.verdict = "agree";
                g.relation = "within_bounds";
                std::string as;
                for (const auto& v : values) as += (as.empty() ? "" : " and ") + v;
                g.explanation = std::to_string(articles) + " reports agree within their bounds (" + as + ")";
            } else {
                g.verdict = "discrepancy";
                relate(gm, g);
                add_timeline(docs, gm, members, said, g);
            }
        }
        return g;
    };
    out.resize(ordered.size());
    if (jobs <= 1 || n < 512) {
        for (std::size_t k = 0; k < ordered.size(); ++k) out[k] = make_group(ordered[k]);
    } else {
        // runs of groups of about equal claims, taken in turn by the threads, each written into
        // its own slots: the large groups (a figure every copy repeats) come first, so equal
        // numbers of groups would leave one thread most of the work
        std::vector<std::size_t> cut{0};
        const std::size_t per_run = std::max<std::size_t>(n / (std::size_t{jobs} * 16), 64);
        for (std::size_t k = 0, claims = 0; k < ordered.size(); ++k) {
            claims += ordered[k].size();
            if (claims >= per_run || k + 1 == ordered.size()) {
                cut.push_back(k + 1);
                claims = 0;
            }
        }
        detail::parallel_for(cut.size() - 1, jobs, [&](std::size_t r) {
            for (std::size_t k = cut[r]; k < cut[r + 1]; ++k) out[k] = make_group(ordered[k]);
        });
    }
    // claims the engine cannot represent are listed alone
    for (std::size_t d : st.documents)
        for (std::size_t i = 0; i < docs[d].claims.size(); ++i)
            if (!docs[d].claims[i].value) {
                group g;
                g.story = si;
                g.verdict = "single";
                g.relation = "single";
                g.explanation = "the figure cannot be represented";
                g.claims.push_back({d, i});
                out.push_back(std::move(g));
            }
    return out;
}

}  // namespace

namespace detail {
std::vector<group> reconcile_one(const std::vector<document_result>& docs, const story& st, unsigned jobs,
                                 story_split* split) {
    return reconcile_story(docs, st, 0, jobs, split);
}
}  // namespace detail

std::vector<group> reconcile(const std::vector<document_result>& docs, const std::vector<story>& stories,
                             unsigned jobs) {
    // stories are independent: each is grouped on its own, then the groups are numbered in story
    // order. Threads share the stories, except that a story larger than its share of the claims
    // (those of it and of every smaller story, over the threads) would keep one thread busy while
    // the others run out of work: such stories are grouped first, one at a time, on all threads.
    std::vector<std::vector<group>> per_story(stories.size());
    std::vector<std::size_t> claims(stories.size(), 0);
    for (std::size_t si = 0; si < stories.size(); ++si)
        for (std::size_t d : stories[si].documents) claims[si] += docs[d].claims.size();
    std::vector<std::size_t> by_size(stories.size());
    std::iota(by_size.begin(), by_size.end(), std::size_t{0});
    std::stable_sort(by_size.begin(), by_size.end(), [&](std::size_t a, std::size_t b) { return claims[a] > claims[b]; });
    std::size_t left = std::accumulate(claims.begin(), claims.end(), std::size_t{0});
    std::size_t wide = 0;  // by_size[0, wide) are grouped one at a time
    // below a few thousand claims a story is grouped in milliseconds: threads would not pay
    constexpr std::size_t wide_story = 2048;
    while (jobs > 1 && wide < by_size.size() && claims[by_size[wide]] >= wide_story &&
           claims[by_size[wide]] * jobs > left)
        left -= claims[by_size[wide++]];
    for (std::size_t k = 0; k < wide; ++k) per_story[by_size[k]] = reconcile_story(docs, stories[by_size[k]], by_size[k], jobs);
    detail::parallel_for(by_size.size() - wide, jobs, [&](std::size_t k) {
        const std::size_t si = by_size[wide + k];
        per_story[si] = reconcile_story(docs, stories[si], si, 1);
    });
    std::size_t total = 0;
    for (const auto& gs : per_story) total += gs.size();
    std::vector<group> out;
    out.reserve(total);
    for (auto& gs : per_story) {
        for (auto& g : gs) {
            g.id = "g" + std::to_string(out.size() + 1);
            out.push_back(std::move(g));
        }
        std::vector<group>().swap(gs);
    }
    return out;
}

}  // namespace claimcheck::engine
