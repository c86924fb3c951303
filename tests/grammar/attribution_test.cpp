#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "grammar/attribution.hpp"

using namespace claimcheck::grammar;

namespace {

std::vector<cue_match> cues(const std::string& text) { return find_cues(text, 0, text.size()); }

std::string source_of(const std::string& text, const cue_match& c) {
    return text.substr(c.src_begin, c.src_end - c.src_begin);
}
std::string verb_of(const std::string& text, const cue_match& c) {
    return text.substr(c.verb_begin, c.verb_end - c.verb_begin);
}
std::string phrase_of(const std::string& text, const cue_match& c) { return text.substr(c.begin, c.end - c.begin); }

}  // namespace

TEST_CASE("attribution: X said", "[grammar][attribution]") {
    // 001
    const std::string text = "72 drones were shot down, the air force said.";
    auto found = cues(text);
    REQUIRE(found.size() == 1);
    const cue_match& c = found[0];
    CHECK(c.kind == cue_kind::source_verb);
    CHECK(c.begin == text.find("the air force"));
    CHECK(phrase_of(text, c) == "the air force said");
    CHECK(source_of(text, c) == "the air force");
    CHECK(verb_of(text, c) == "said");
    CHECK_FALSE(c.pronoun);
}

TEST_CASE("attribution: X said with a possessive name", "[grammar][attribution]") {
    // 001 (folded: the apostrophe is ASCII)
    const std::string text = "Overnight, Russia attacked Ukraine with 145 drones, Ukraine's Air Force said Wednesday morning.";
    auto found = cues(text);
    REQUIRE(found.size() == 1);
    CHECK(found[0].kind == cue_kind::source_verb);
    CHECK(source_of(text, found[0]) == "Ukraine's Air Force");
    CHECK(verb_of(text, found[0]) == "said");
}

TEST_CASE("attribution: an adverb between the source and the verb", "[grammar][attribution]") {
    // 001: "Putin also said Wednesday that ..."
    const std::string text = "Putin also said Wednesday that after a series of rapid operations, Russian forces are now "
                             "\"completing\" the defeat.";
    auto found = cues(text);
    REQUIRE_FALSE(found.empty());
    CHECK(found[0].kind == cue_kind::source_verb);
    CHECK(source_of(text, found[0]) == "Putin");
    CHECK(verb_of(text, found[0]) == "said");
    CHECK(phrase_of(text, found[0]) == "Putin also said");
}

TEST_CASE("attribution: X claimed to have", "[grammar][attribution]") {
    // 000
    const std::string text = "In retaliation, Russia's defense ministry claimed to have intercepted 57 Ukrainian drones.";
    auto found = cues(text);
    REQUIRE(found.size() == 1);
    CHECK(found[0].kind == cue_kind::source_verb);
    CHECK(source_of(text, found[0]) == "Russia's defense ministry");  // not "In retaliation"
    CHECK(verb_of(text, found[0]) == "claimed");
}

TEST_CASE("attribution: X told reporters", "[grammar][attribution]") {
    // 001
    const std::string text = "Peskov told reporters Wednesday, following the phone conversation between the leaders.";
    auto found = cues(text);
    REQUIRE(found.size() == 1);
    CHECK(found[0].kind == cue_kind::source_verb);
    CHECK(source_of(text, found[0]) == "Peskov");
    CHECK(verb_of(text, found[0]) == "told");
}

TEST_CASE("attribution: a pronoun source", "[grammar][attribution]") {
    // 12_5ecb
    const std::string text = "\"A search of the dhow led to the discovery of the large arms cache and three outboard "
                             "motors,\" he said.";
    auto found = cues(text);
    REQUIRE(found.size() == 1);
    CHECK(found[0].kind == cue_kind::source_verb);
    CHECK(found[0].pronoun);
    CHECK(source_of(text, found[0]) == "he");
    CHECK(verb_of(text, found[0]) == "said");
}

TEST_CASE("attribution: said X", "[grammar][attribution]") {
    // 12_5ecb: after a quotation
    const std::string quoted = "\"The external affairs ministry is now working to find out to which country the 23 "
                               "pirates in INS Mysore's custody can be handed over,\" said a senior officer.";
    auto found = cues(quoted);
    REQUIRE(found.size() == 1);
    CHECK(found[0].kind == cue_kind::verb_source);
    CHECK(found[0].begin == quoted.find("said a senior officer"));
    CHECK(source_of(quoted, found[0]) == "a senior officer");
    CHECK(verb_of(quoted, found[0]) == "said");

    // 12_4ecb: after a comma
    const std::string plain = "The pirates turned away from the freighter as the helicopter flew overhead, said the "
                              "spokesman, who declined to give his name.";
    found = cues(plain);
    REQUIRE(found.size() == 1);
    CHECK(found[0].kind == cue_kind::verb_source);
    CHECK(source_of(plain, found[0]) == "the spokesman");
}

TEST_CASE("attribution: according to X", "[grammar][attribution]") {
    // 38_1ecbplus
    const std::string text = "An earthquake with a preliminary magnitude of 4.6 was recorded in the North Bay this "
                             "morning, according to the U.S. Geological Survey.";
    auto found = cues(text);
    REQUIRE(found.size() == 1);
    const cue_match& c = found[0];
    CHECK(c.kind == cue_kind::according_to);
    CHECK(c.begin == text.find("according to"));
    CHECK(verb_of(text, c) == "according to");
    CHECK(source_of(text, c) == "the U.S. Geological Survey");
    CHECK(c.end == text.size() - 1);  // up to the final period
}

TEST_CASE("attribution: citing X", "[grammar][attribution]") {
    const std::string text = "The strike hit a depot, citing Ukrainian officials.";
    auto found = cues(text);
    REQUIRE(found.size() == 1);
    CHECK(found[0].kind == cue_kind::according_to);
    CHECK(verb_of(text, found[0]) == "citing");
    CHECK(source_of(text, found[0]) == "Ukrainian officials");
}

TEST_CASE("attribution: as confirmed by X", "[grammar][attribution]") {
    // 004
    const std::string text = "Kyiv was subjected to a formidable drone and missile assault by Russian forces, resulting "
                             "in widespread fires and injuring at least eight individuals, as confirmed by the city's "
                             "mayor.";
    auto found = cues(text);
    REQUIRE(found.size() == 1);
    const cue_match& c = found[0];
    CHECK(c.kind == cue_kind::by_source);
    CHECK(c.begin == text.find("as confirmed by"));
    CHECK(verb_of(text, c) == "as confirmed by");
    CHECK(source_of(text, c) == "the city's mayor");
}

TEST_CASE("attribution: reported by X", "[grammar][attribution]") {
    // 000
    const std::string text = "Casualty figures reported by Ukrainian officials noted one individual lost their life.";
    auto found = cues(text);
    REQUIRE(found.size() == 1);
    CHECK(found[0].kind == cue_kind::by_source);
    CHECK(verb_of(text, found[0]) == "reported by");
    CHECK(source_of(text, found[0]) == "Ukrainian officials");
}

TEST_CASE("attribution: with X reporting that, then according to Y", "[grammar][attribution]") {
    // 003: two cues, leftmost first
    const std::string text = "The attack occurred during the largest prisoner exchange between Ukraine and Russia since "
                             "the onset of the conflict, with Ukrainian officials reporting that Russia launched 14 "
                             "ballistic missiles and 250 drones targeting the city, damaging civilian infrastructure and "
                             "causing chaos in the streets, according to TRT Global and Al Jazeera.";
    auto found = cues(text);
    REQUIRE(found.size() == 2);
    CHECK(found[0].kind == cue_kind::with_participle);
    CHECK(found[0].begin == text.find("with Ukrainian officials"));
    CHECK(source_of(text, found[0]) == "Ukrainian officials");
    CHECK(verb_of(text, found[0]) == "reporting");
    CHECK(found[1].kind == cue_kind::according_to);
    CHECK(found[1].src_begin == text.find("TRT Global"));
    CHECK(found[0].end <= found[1].begin);
}

TEST_CASE("attribution: , saying that", "[grammar][attribution]") {
    // 001: the participle names no source
    const std::string text = "Ukrainian President Volodymyr Zelensky on Wednesday accused Putin of already breaking his "
                             "pledge, saying that Russia attacked Ukraine with 150 drones overnight.";
    auto found = cues(text);
    REQUIRE(found.size() == 1);
    const cue_match& c = found[0];
    CHECK(c.kind == cue_kind::participle);
    CHECK(c.begin == text.find(", saying"));
    CHECK(verb_of(text, c) == "saying");
    CHECK(c.src_begin == c.src_end);
}

TEST_CASE("attribution: a comma opens only a participle cue, after any spaces", "[grammar][attribution]") {
    // the participle after a line break and two spaces
    const std::string broken = "The army shelled the town,\n  adding that 40 homes burned.";
    auto found = cues(broken);
    REQUIRE(found.size() == 1);
    CHECK(found[0].kind == cue_kind::participle);
    CHECK(found[0].begin == broken.find(','));
    CHECK(verb_of(broken, found[0]) == "adding");
    // a comma before other words, or with no space after it, opens none
    CHECK(cues("The army said it shelled the town, then the village.").size() == 1);  // "The army said" only
    CHECK(cues("40 homes burned,adding to the toll, officials said.").size() == 1);    // "officials said" only
}

TEST_CASE("attribution: a headline needs its colon ahead", "[grammar][attribution]") {
    // the same words with and without the colon: only the first is a headline
    const std::string with = "Sheriff: Michigan office shooting kills 1";
    auto found = cues(with);
    REQUIRE(found.size() == 1);
    CHECK(found[0].kind == cue_kind::headline);
    CHECK(source_of(with, found[0]) == "Sheriff");
    CHECK(cues("Sheriff Michigan office shooting kills 1").empty());
    // a colon before the source opens no headline after it
    CHECK(cues("Update: the office shooting kills 1").size() == 1);  // "Update:" itself
    CHECK(cues("Update: the office shooting kills 1")[0].begin == 0);
}

TEST_CASE("attribution: only cues that start in the range", "[grammar][attribution]") {
    // 001: two sentences; the second one's cue only
    const std::string text = "Overnight, Russia attacked Ukraine with 145 drones, Ukraine's Air Force said Wednesday "
                             "morning. 72 drones were shot down, the air force said.";
    const std::size_t second = text.find("72 drones");
    auto found = find_cues(text, second, text.size());
    REQUIRE(found.size() == 1);
    CHECK(source_of(text, found[0]) == "the air force");

    found = find_cues(text, 0, second);
    REQUIRE(found.size() == 1);
    CHECK(source_of(text, found[0]) == "Ukraine's Air Force");
}

TEST_CASE("attribution: no cue", "[grammar][attribution]") {
    // 002
    const std::string text = "Two individuals sustained injuries in these attacks, while a drone also struck a hospital "
                             "in the eastern city of Sumy, necessitating the evacuation of over 100 patients.";
    CHECK(cues(text).empty());
}

TEST_CASE("attribution: parse_source_phrase", "[grammar][attribution]") {
    const std::string air = "Ukraine's Air Force said Wednesday morning.";
    CHECK(parse_source_phrase(air, 0, air.size()) == std::string("Ukraine's Air Force").size());

    const std::string mayor = "as confirmed by the city's mayor.";
    const std::size_t the = mayor.find("the");
    CHECK(parse_source_phrase(mayor, the, mayor.size()) == mayor.find('.'));

    const std::string subject = "Ukrainian President Volodymyr Zelensky on Wednesday accused Putin";
    CHECK(parse_source_phrase(subject, 0, subject.size()) == subject.find(" on Wednesday"));

    const std::string figure = "over 200 personnel";
    CHECK(parse_source_phrase(figure, 0, figure.size()) == 0);  // none starts here
}

TEST_CASE("attribution: the places a cue is tried from", "[grammar][attribution]") {
    // find_cues tries the word starts and commas its scan listed: a cue right after another one
    // (a participle at the comma that ends "X said"), two sources each with its verb, and a
    // range that begins inside a word (its first letters start a word of the range)
    const std::string text = "Police said, adding that 3 died, and the mayor told reporters 4 were hurt, Smith added.";
    auto found = cues(text);
    REQUIRE(found.size() >= 3);
    CHECK(phrase_of(text, found[0]) == "Police said");
    CHECK(found[1].kind == cue_kind::participle);
    CHECK(found[1].begin == text.find(", adding"));
    CHECK(verb_of(text, found[1]) == "adding");
    bool mayor = false, smith = false;
    for (const auto& c : found) {
        mayor = mayor || (c.src_begin < c.src_end && source_of(text, c) == "the mayor" && verb_of(text, c) == "told");
        smith = smith || (c.src_begin < c.src_end && source_of(text, c) == "Smith" && verb_of(text, c) == "added");
    }
    CHECK(mayor);
    CHECK(smith);

    const std::string mid = "TheirPolice said.";
    found = find_cues(mid, mid.find("Police"), mid.size());
    REQUIRE(found.size() == 1);
    CHECK(found[0].begin == mid.find("Police"));  // the range's first letters are a word to it
}

TEST_CASE("attribution: a cue is found wherever its verb lies in a sixteen-byte block", "[grammar][attribution]") {
    // anchored() (does the sentence hold a word that may anchor a cue?) reads word starts sixteen
    // places at a time: the verb at every offset, after a comma, a space or a quote, is still seen
    for (std::size_t pad = 0; pad < 20; ++pad) {
        for (const std::string before : {" ", ", ", "\" "}) {
            const std::string text = std::string(pad, 'x') + " 72 drones were shot down" + before + "the air force said.";
            auto found = cues(text);
            INFO(text);
            REQUIRE(found.size() == 1);
            CHECK(source_of(text, found[0]) == "the air force");
            CHECK(verb_of(text, found[0]) == "said");
            CHECK(found[0].verb_begin == text.find("said"));
        }
    }
}

TEST_CASE("attribution: states are places, not a speech verb", "[grammar][attribution]") {
    // a heatwave story: "the Indian states of Uttar Pradesh and Bihar" named "Indian" as the
    // source of the toll, and a headline's "in two states" the source "two"
    const std::string text = "Nearly 100 people have died in the Indian states of Uttar Pradesh and Bihar, officials said.";
    auto found = cues(text);
    REQUIRE(found.size() == 1);
    CHECK(source_of(text, found[0]) == "officials");
    CHECK(cues("India heatwave: nearly 100 dead in two states").empty());
}

TEST_CASE("attribution: a role in a named place is one source", "[grammar][attribution]") {
    // wire style: the police are the source, the city says which police
    const std::string kabul = "Three men were arrested, police in Kabul said.";
    auto found = cues(kabul);
    REQUIRE(found.size() == 1);
    CHECK(source_of(kabul, found[0]) == "police in Kabul");
    const std::string rotterdam = "Customs seized 2,000 kilograms of cocaine, prosecutors in Rotterdam said on Tuesday.";
    found = cues(rotterdam);
    REQUIRE(found.size() == 1);
    CHECK(source_of(rotterdam, found[0]) == "prosecutors in Rotterdam");
    // a place before the figure is not part of a source after it
    const std::string place = "Four people were killed in Kabul, police said.";
    found = cues(place);
    REQUIRE(found.size() == 1);
    CHECK(source_of(place, found[0]) == "police");
}

TEST_CASE("attribution: a possessive is no subject of a speech verb", "[grammar][attribution]") {
    // an earnings report: "analysts' estimates" is a noun phrase, not analysts estimating
    CHECK(cues("Revenue was $35.1 billion, above analysts' estimates.").empty());
    const std::string text = "Revenue was $35.1 billion, above analysts' estimates of $33.2 billion, according to LSEG data.";
    auto found = cues(text);
    REQUIRE(found.size() == 1);
    CHECK(source_of(text, found[0]) == "LSEG data");
    // a possessive inside the source still is one
    const std::string air = "Russia launched 145 drones, Ukraine's Air Force said.";
    found = cues(air);
    REQUIRE(found.size() == 1);
    CHECK(source_of(air, found[0]) == "Ukraine's Air Force");
}

TEST_CASE("attribution: a figure right after added is its object, not what was said", "[grammar][attribution]") {
    // a basketball report: Davis scored the points, he said nothing
    CHECK(cues("Anthony Davis added 24 points and 15 rebounds for the Lakers.").empty());
    // "said" and "added that" before a figure still say it
    const std::string said = "The ministry said 45 people died.";
    auto found = cues(said);
    REQUIRE(found.size() == 1);
    CHECK(source_of(said, found[0]) == "The ministry");
    CHECK(cues("Officials added that 12 were hurt.").size() == 1);
}
