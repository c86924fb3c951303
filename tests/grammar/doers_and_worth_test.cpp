// People who did a verb to an object are its doers, not what it befell ("Three gunmen killed 12
// people"); the worth of what a verb took ("stole jewels worth 85 million euros") is a value.
#include <catch2/catch.hpp>

#include "tests/grammar/doc.hpp"

using claimcheck::test::doc;

TEST_CASE("doers: people who killed, stole or convicted are not the killed, the stolen or the convicted", "[grammar][predicate][doers]") {
    doc gunmen{"Three gunmen killed 12 people."};
    CHECK(gunmen.find("Three gunmen").pred.cls.empty());
    CHECK(gunmen.find("Three gunmen").attribute == "doer");
    CHECK(gunmen.find("12 people").pred.cls == "killed");
    doc robbers{"Four armed men stole jewels worth 85 million euros on Thursday."};
    CHECK(robbers.find("Four armed men").pred.cls.empty());
    doc jury{"A jury of eight women and four men convicted him last week of seven fraud charges."};
    CHECK(jury.find("eight women").pred.cls.empty());
    // no object: the figure is what befell
    CHECK(doc{"15 people injured in the blast were taken to hospital."}.find("15 people").pred.cls == "injured");
    CHECK(doc{"12 people killed overnight were buried."}.find("12 people").pred.cls == "killed");
    CHECK(doc{"Two soldiers killed Monday were buried."}.find("Two soldiers").pred.cls == "killed");
    // a verb that tells what the figure did keeps it
    CHECK(doc{"118 Conservative MPs voted against the deal."}.find("118 Conservative MPs").pred.cls == "voted_against");
}

TEST_CASE("worth: the value of what a verb took", "[grammar][money][worth]") {
    doc afp{"Four armed men stole jewels worth 85 million euros (108 million dollars) from the store."};
    const auto& euros = afp.find("85 million euros");
    CHECK(euros.attribute == "value");
    CHECK(euros.pred.cls == "stolen");
    doc ap{"Armed robbers stole jewels worth an estimated 80 million euros ($102 million) Thursday."};
    CHECK(ap.find("an estimated 80 million euros").attribute == "value");
    doc old{"In 2007 three men took about 10 million euros' worth of jewelry."};
    CHECK(old.find("about 10 million euros").attribute == "value");
    // what someone agreed is worth is whose it is: no value of a thing
    doc deal{"He signed a deal worth $180 million."};
    CHECK(deal.find("$180 million").attribute != "value");
    // "stolen" alone is no verb of the figure: "a stolen pickup truck about 40 miles north"
    doc truck{"Two were caught in a stolen pickup truck about 40 miles north of the jail."};
    CHECK(truck.find("about 40 miles").pred.cls != "stolen");
}
