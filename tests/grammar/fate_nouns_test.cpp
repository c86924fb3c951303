// A noun that names what happened to whom it counts carries the verb in itself: "caused 45
// deaths" counts people killed, "500 layoffs" jobs cut (lexicon/fate_nouns.tsv); and a verb of
// cutting reads for jobs and workers alike (predicates.tsv: cut, eliminate, lay off, shed).
#include <catch2/catch.hpp>

#include "tests/grammar/doc.hpp"

using claimcheck::test::doc;

TEST_CASE("fate nouns: deaths, fatalities and injuries are people killed and hurt", "[grammar][extract][fate]") {
    doc deaths{"The quake caused 45 deaths, officials said."};
    const auto& d = deaths.find("45 deaths");
    CHECK(d.counted.cls == "person");
    CHECK(d.pred.cls == "killed");
    // a list member says its own fate: the first member's does not pass to it
    doc both{"There were 3 fatalities and 12 injuries."};
    CHECK(both.find("3 fatalities").pred.cls == "killed");
    CHECK(both.find("12 injuries").pred.cls == "injured");
    doc arrests{"Police made 30 arrests overnight."};
    CHECK(arrests.find("30 arrests").pred.cls == "captured");
}

TEST_CASE("fate nouns: layoffs and job cuts are jobs cut, as are jobs eliminated", "[grammar][extract][fate]") {
    doc layoffs{"The firm announced 500 layoffs."};
    CHECK(layoffs.find("500 layoffs").counted.cls == "job");
    CHECK(layoffs.find("500 layoffs").pred.cls == "cut");
    doc cuts{"HP announced 24,600 job cuts."};
    CHECK(cuts.find("24,600 job cuts").counted.cls == "job");
    CHECK(cuts.find("24,600 job cuts").pred.cls == "cut");
    doc eliminate{"HP said it would eliminate 24,600 jobs."};
    CHECK(eliminate.find("24,600 jobs").pred.cls == "cut");
    doc lay_off{"The company plans to lay off 500 workers."};
    CHECK(lay_off.find("500 workers").pred.cls == "cut");
    // a verb before the figure keeps its own meaning over the list's noun
    doc verb{"The blast killed 3 people."};
    CHECK(verb.find("3 people").pred.cls == "killed");
}

TEST_CASE("fates: the escaped who remain on the run, and those recaptured, are counted apart", "[grammar][extract][fate]") {
    doc escape{"Seven inmates escaped from the jail on Sunday.", "Two were recaptured, and four remained on the run."};
    CHECK(escape.find("Seven inmates").pred.cls == "escaped");
    CHECK(escape.find("Two").pred.cls == "captured");
    CHECK(escape.find("four").pred.cls == "at_large");
}
