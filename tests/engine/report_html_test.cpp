#include <catch2/catch.hpp>

#include <string>

#include "engine/document.hpp"
#include "engine/pipeline.hpp"
#include "engine/report/render.hpp"

using namespace claimcheck::engine;

namespace {

document article(const std::string& path, const std::string& bytes) {
    document d;
    auto why = load_document(path, bytes, d);
    REQUIRE_FALSE(why);
    return d;
}

/// The index of the first claim of a document whose words start with `prefix`.
std::size_t claim_starting(const document_result& dr, const std::string& prefix) {
    for (std::size_t i = 0; i < dr.claims.size(); ++i)
        if (claim_text(dr.doc, dr.claims[i]).rfind(prefix, 0) == 0) return i;
    FAIL("no claim starting with " << prefix);
    return 0;
}

/// Two articles that disagree, with markup, quotes and ampersands in their text; cross-checked
/// by hand (one story, one discrepancy), so that story scoping does not decide what is tested.
report hostile_report(bool cross_check) {
    input_set in;
    in.documents.push_back(article("a<b>.txt",
        "The <script>alert(\"x\")</script> Air Force & the army said 145 drones were launched at Kyiv overnight by Russia's forces.\n"));
    in.documents.push_back(article("c'd.txt",
        "Officials said 150 drones were launched at Kyiv overnight by Russia's forces, <b>a record</b> & more.\n"));
    in.documents[0].id = "d1";
    in.documents[0].url = "https://example.com/a?b=1&c=\"2\"";
    in.documents[1].id = "d2";
    in.documents[1].url = "javascript:alert(1)";
    in.documents[1].outlet = "Evil <i>Outlet</i>";
    report rep = run(std::move(in), run_options{});
    REQUIRE(rep.documents.size() == 2);
    if (!cross_check) return rep;
    rep.cross_checked = true;
    story st;
    st.id = "s1";
    st.documents = {0, 1};
    st.label = "kyiv, russia";
    rep.stories.push_back(st);
    group g;
    g.id = "g1";
    g.verdict = "discrepancy";
    g.relation = "within_rounding";
    g.explanation = "the reported figures differ by 3.3% (145 vs 150)";
    g.measure = "launched drone";
    g.claims = {{0, claim_starting(rep.documents[0], "145")}, {1, claim_starting(rep.documents[1], "150")}};
    rep.groups.push_back(g);
    return rep;
}

std::size_t count(const std::string& hay, const std::string& needle) {
    std::size_t n = 0;
    for (auto at = hay.find(needle); at != std::string::npos; at = hay.find(needle, at + 1)) ++n;
    return n;
}

}  // namespace

TEST_CASE("html: article text is escaped", "[engine][report][html]") {
    const std::string html = render_html(hostile_report(true));
    CHECK(count(html, "<script") == 1);  // the page's own script, at the end
    CHECK(html.find("<script>\n(function ()") != std::string::npos);
    CHECK(html.find("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;") != std::string::npos);
    CHECK(html.find("<b>a record</b>") == std::string::npos);
    CHECK(html.find("&lt;b&gt;a record&lt;/b&gt; &amp; more") != std::string::npos);
    CHECK(html.find("a&lt;b&gt;.txt") != std::string::npos);
    CHECK(html.find("c&#39;d.txt") != std::string::npos);
    CHECK(html.find("Evil &lt;i&gt;Outlet&lt;/i&gt;") != std::string::npos);
}

TEST_CASE("html: only web addresses become links", "[engine][report][html]") {
    const std::string html = render_html(hostile_report(true));
    CHECK(html.find("<a href=\"https://example.com/a?b=1&amp;c=&quot;2&quot;\" rel=\"noopener noreferrer\"><span class=\"path\">a&lt;b&gt;.txt</span></a>") !=
          std::string::npos);
    CHECK(html.find("javascript:") == std::string::npos);
}

TEST_CASE("html: the discrepancy is a card with one column per claim", "[engine][report][html]") {
    const std::string html = render_html(hostile_report(true));
    CHECK(html.find("data-story=\"s1\" data-verdict=\"discrepancy\"") != std::string::npos);
    CHECK(html.find("<mark>145 drones</mark>") != std::string::npos);
    CHECK(html.find("<mark>150 drones</mark>") != std::string::npos);
    CHECK(count(html, "<div class=\"claim\">") == 2);
}

TEST_CASE("html: the same report renders the same bytes", "[engine][report][html]") {
    CHECK(render_html(hostile_report(true)) == render_html(hostile_report(true)));
}

TEST_CASE("html: without cross-checking, each document lists its figures", "[engine][report][html]") {
    const std::string html = render_html(hostile_report(false));
    CHECK(html.find("<h1>Figures of the articles</h1>") != std::string::npos);
    CHECK(count(html, "<section class=\"story doc\"") == 2);
    CHECK(html.find("<mark>145 drones</mark>") != std::string::npos);
    CHECK(html.find("id=\"filter\"") == std::string::npos);
    CHECK(count(html, "<script") == 0);
}
