#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "engine/document.hpp"
#include "engine/io_simd.hpp"
#include "engine/segment.hpp"

using namespace claimcheck::engine;

namespace {

/// The sentences of `bytes` as folded text.
std::vector<std::string> sentences_of(const std::string& bytes) {
    document d;
    auto why = load_document("article.txt", bytes, d);
    REQUIRE_FALSE(why);
    std::vector<std::string> out;
    for (const auto& s : split_sentences(d)) out.push_back(d.folded.text.substr(s.begin, s.end - s.begin));
    return out;
}

using sentences = std::vector<std::string>;

}  // namespace

TEST_CASE("segment: a period, a space and a capital end a sentence", "[engine][segment]") {
    // 001
    CHECK(sentences_of("The attacks targeted the Sumy, Odesa, Poltava, Dnipropetrovsk, Kyiv and Chernihiv regions. 72 "
                       "drones were shot down, the air force said.") ==
          sentences{"The attacks targeted the Sumy, Odesa, Poltava, Dnipropetrovsk, Kyiv and Chernihiv regions.",
                    "72 drones were shot down, the air force said."});
}

TEST_CASE("segment: Mr. does not end a sentence", "[engine][segment]") {
    // 18_9ecbplus
    CHECK(sentences_of("Mr. LaCalamita, 38, who was still listed on the firm\xE2\x80\x99s Web site as a member of its "
                       "\xE2\x80\x9Cprofessional staff,\xE2\x80\x9D had been dismissed last week, the police said. "
                       "Though they would not say what his relationship was with any of the victims or what led to the "
                       "shootings, \xE2\x80\x9Cit doesn\xE2\x80\x99t appear it was random,\xE2\x80\x9D the Troy police "
                       "chief, Charles Craft, said.") ==
          sentences{"Mr. LaCalamita, 38, who was still listed on the firm's Web site as a member of its \"professional "
                    "staff,\" had been dismissed last week, the police said.",
                    "Though they would not say what his relationship was with any of the victims or what led to the "
                    "shootings, \"it doesn't appear it was random,\" the Troy police chief, Charles Craft, said."});
}

TEST_CASE("segment: U.S., a.m. and other abbreviations", "[engine][segment]") {
    // 38_6ecbplus
    CHECK(sentences_of("The Napa Valley was shaken at 2:09 a.m. Thursday by a magnitude 4.6 earthquake located near "
                       "Clearlake in Lake County, the U.S. Geological Survey reported. The temblor rattled homes in "
                       "Napa, but would not have been expected to do any local damage.") ==
          sentences{"The Napa Valley was shaken at 2:09 a.m. Thursday by a magnitude 4.6 earthquake located near "
                    "Clearlake in Lake County, the U.S. Geological Survey reported.",
                    "The temblor rattled homes in Napa, but would not have been expected to do any local damage."});

    // 12_4ecb: "U.S. Vice Adm. Bill Gortney"
    CHECK(sentences_of("U.S. Vice Adm. Bill Gortney told reporters that it is difficult to identify pirates, and the "
                       "potential for killing innocent civilians \"can not be overestimated.\"")
              .size() == 1);

    // 18_1ecbplus: "Lt."
    CHECK(sentences_of("The suspect, 38-year-old Anthony LaCalamita, was \"deliberately seeking out these "
                       "individuals,\" according to Troy police Lt. Gerry Scherlinck.")
              .size() == 1);

    // 38_3ecb: "Dec. 30"
    CHECK(sentences_of("The last earthquake measuring 3.0 or above occurred on Dec. 30, three miles east of The Geysers "
                       "at a depth of 1.1 miles.")
              .size() == 1);
}

TEST_CASE("segment: initials do not end a sentence", "[engine][segment]") {
    // 10_1ecbplus
    CHECK(sentences_of("The Boston Herald reported in its Tuesday editions that the Red Sox have extended an offer for "
                       "Teixeira, believed to be the longest and richest in the seven-year history of the ownership "
                       "group led by John W. Henry. Though the newspaper doesn't cite its source, it stated "
                       "that the offer is \"believed to be for at least eight years.\"") ==
          sentences{"The Boston Herald reported in its Tuesday editions that the Red Sox have extended an offer for "
                    "Teixeira, believed to be the longest and richest in the seven-year history of the ownership group "
                    "led by John W. Henry.",
                    "Though the newspaper doesn't cite its source, it stated that the offer is \"believed to be for at "
                    "least eight years.\""});

    // 18_5ecbplus
    CHECK(sentences_of("Anthony LaCalamita III, 38, said nothing after officers surrounded him, Genesee County Sheriff "
                       "Robert J. Pickell said.")
              .size() == 1);
}

TEST_CASE("segment: decimals do not end a sentence", "[engine][segment]") {
    // 38_1ecbplus; "a.m.." ends the first sentence
    CHECK(sentences_of("It was followed by a 2.9 aftershock at 2:12 a.m. and a 2.2 at 2:15 a.m.. There are no reports "
                       "of injuries or major damage.") ==
          sentences{"It was followed by a 2.9 aftershock at 2:12 a.m. and a 2.2 at 2:15 a.m..",
                    "There are no reports of injuries or major damage."});

    // 10_1ecbplus
    CHECK(sentences_of("A $103.1 million sum -- including the $51.1 million posting fee -- to Daisuke Matsuzaka over "
                       "six seasons.")
              .size() == 1);
}

TEST_CASE("segment: quotation marks", "[engine][segment]") {
    // 001: the closing quote belongs to the sentence it ends
    CHECK(sentences_of("Zelensky and Trump spoke on the phone Wednesday, in a conversation that Trump described as "
                       "\xE2\x80\x9Cvery good.\xE2\x80\x9D Trump said in a social media post that \xE2\x80\x9Cmuch of the "
                       "discussion was based on the call made yesterday with President Putin in order to align both "
                       "Russia and Ukraine in terms of their requests and needs.\xE2\x80\x9D") ==
          sentences{"Zelensky and Trump spoke on the phone Wednesday, in a conversation that Trump described as \"very "
                    "good.\"",
                    "Trump said in a social media post that \"much of the discussion was based on the call made yesterday "
                    "with President Putin in order to align both Russia and Ukraine in terms of their requests and "
                    "needs.\""});

    // 001: a sentence may start with an opening quote
    CHECK(sentences_of("Zelensky said Wednesday that \xE2\x80\x9CPutin\xE2\x80\x99s words are at odds with "
                       "reality\xE2\x80\x9D following the overnight strikes. \xE2\x80\x9CWhen Putin said that he was "
                       "allegedly ordering a halt to strikes on Ukrainian energy, there were 150 drones overnight, "
                       "including on energy facilities.") ==
          sentences{"Zelensky said Wednesday that \"Putin's words are at odds with reality\" following the overnight "
                    "strikes.",
                    "\"When Putin said that he was allegedly ordering a halt to strikes on Ukrainian energy, there were "
                    "150 drones overnight, including on energy facilities."});

    // 001: a quotation of two sentences is two sentences
    CHECK(sentences_of("\xE2\x80\x9CPutin essentially rejected the proposal of a comprehensive ceasefire. It would be "
                       "right for the world to reject any attempts by Putin to draw out the war,\xE2\x80\x9D Zelensky "
                       "said Tuesday night.") ==
          sentences{"\"Putin essentially rejected the proposal of a comprehensive ceasefire.",
                    "It would be right for the world to reject any attempts by Putin to draw out the war,\" Zelensky "
                    "said Tuesday night."});
}

TEST_CASE("segment: a lower-case word after a period does not start a sentence", "[engine][segment]") {
    // 38_1ecbplus
    CHECK(sentences_of("The quake occurred at 2:09 a.m. about 14 miles north-northeast of Healdsburg.").size() == 1);
}

TEST_CASE("segment: sentences stay within their paragraph", "[engine][segment]") {
    // 001: a headline with no final period, then a paragraph of two sentences
    document d;
    REQUIRE_FALSE(load_document("a.txt",
                                "Trump and Putin \xE2\x80\x98trust each other,\xE2\x80\x99 Kremlin says\n\n"
                                "Putin announced the halt on energy infrastructure attacks on Tuesday after his lengthy "
                                "call with Trump. \xE2\x80\x9CVladimir Putin responded positively to this initiative "
                                "and immediately gave the Russian military the corresponding order,\xE2\x80\x9D a "
                                "Kremlin readout said.\n",
                                d));
    const auto spans = split_sentences(d);
    REQUIRE(spans.size() == 3);
    CHECK(d.folded.text.substr(spans[0].begin, spans[0].end - spans[0].begin) ==
          "Trump and Putin 'trust each other,' Kremlin says");
    CHECK(spans[0].paragraph == 0);
    CHECK(spans[1].paragraph == 1);
    CHECK(spans[2].paragraph == 1);
    CHECK(d.folded.text.substr(spans[2].begin, spans[2].end - spans[2].begin) ==
          "\"Vladimir Putin responded positively to this initiative and immediately gave the Russian military the "
          "corresponding order,\" a Kremlin readout said.");
}

TEST_CASE("segment: the AVX2 and the SSE2 scans for marks split alike, a mark at every place of two wide blocks", "[engine][segment]") {
    // the marks are found thirty-two bytes at a time with AVX2, sixteen at a time without: a
    // sentence end at each place of texts up to past two wide blocks, in two paragraphs, both
    // ways (on a processor without AVX2 both ways are the SSE2 scan)
    auto digits = [](std::size_t n) {
        std::string f;
        while (f.size() < n) f += "1234567890 ";
        f.resize(n);
        if (f.back() == ' ') f.back() = '7';
        return f;
    };
    struct restore {
        ~restore() { claimcheck::engine::io::avx2_off = false; }
    } restore_after;
    for (std::size_t at = 1; at <= 72; ++at) {
        const std::string first = digits(at), second = digits(73 - at);
        const std::string text = first + ". Then 12 more! And? Yes.\n\n" + second + "? Done.\n";
        INFO(at);
        claimcheck::engine::io::avx2_off = false;
        const sentences wide = sentences_of(text);
        claimcheck::engine::io::avx2_off = true;
        const sentences narrow = sentences_of(text);
        CHECK(wide == sentences{first + ".", "Then 12 more!", "And?", "Yes.", second + "?", "Done."});
        CHECK(narrow == wide);
    }
}

TEST_CASE("segment: an abbreviation before a pronoun or an article ends a sentence", "[engine][segment]") {
    // an obituary's last line after a state's abbreviation
    CHECK(sentences_of("Evelyn Marsh died on Saturday at her home in Santa Barbara, Calif. She was 87.") ==
          sentences{"Evelyn Marsh died on Saturday at her home in Santa Barbara, Calif.", "She was 87."});
    CHECK(sentences_of("The quake struck at 5 a.m. The shaking lasted 20 seconds.") ==
          sentences{"The quake struck at 5 a.m.", "The shaking lasted 20 seconds."});
    // before a name, a title or a place abbreviation still opens no sentence
    CHECK(sentences_of("The company is based in Santa Clara, Calif. Its founder, Dr. Anne Lee, said so.").size() == 2);
    CHECK(sentences_of("He met Gen. Thomas Hale in Lansing, Mich. on Monday.").size() == 1);
}
