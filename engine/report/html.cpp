// HTML: one self-contained page (inline CSS and JS, no network) for newsrooms.
#include <cctype>
#include <cmath>
#include <sstream>
#include <string_view>
#include <vector>

#include "engine/numbers.hpp"
#include "engine/report/render.hpp"

namespace claimcheck::engine {

namespace {

/// Text and attribute values: the five characters that can open markup or close a quote.
std::string esc(std::string_view s) {
    std::string out;
    out.reserve(s.size() + s.size() / 8);
    for (char c : s) switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default: out += c;
        }
    return out;
}

/// A token safe in a class name: letters and digits, anything else a hyphen.
std::string css_token(std::string_view s) {
    std::string out;
    for (char c : s) out += (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ? c : '-';
    return out;
}

/// "shot_down drone kursk" -> "shot down drone kursk"; " (km2)" -> "figure (km2)"; "" -> "figure".
std::string readable(std::string_view s) {
    std::string out;
    for (char c : s) {
        if (c == '_') c = ' ';
        if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
        out += c;
    }
    if (!out.empty() && out.back() == ' ') out.pop_back();
    if (out.empty() || out.front() == '(') out.insert(0, out.empty() ? "figure" : "figure ");
    return out;
}

/// Only web addresses become links: a "javascript:" or "file:" URL in an article stays text.
bool linkable(const std::string& url) {
    auto starts = [&](std::string_view p) {
        if (url.size() < p.size()) return false;
        for (std::size_t i = 0; i < p.size(); ++i)
            if (std::tolower(static_cast<unsigned char>(url[i])) != p[i]) return false;
        return true;
    };
    return starts("http://") || starts("https://");
}

/// The value of a claim as markup: qualifier words, the number, the unit.
std::string value_html(const grammar::claim& c) {
    if (!c.value) return "<span class=\"qual\">cannot be represented</span>" + (c.note.empty() ? "" : " <span class=\"unit\">" + esc(c.note) + "</span>");
    std::string qual, num = readable_number(*c.value);
    switch (c.q.qual) {
        case grammar::qualifier::range: num += "\xE2\x80\x93" + readable_number(c.q.range_high.value_or(*c.value)); break;
        case grammar::qualifier::approx: qual = "about"; break;
        case grammar::qualifier::nearly: qual = "nearly"; break;
        case grammar::qualifier::at_least: qual = "at least"; break;
        case grammar::qualifier::more_than: qual = "more than"; break;
        case grammar::qualifier::at_most: qual = "at most"; break;
        case grammar::qualifier::less_than: qual = "less than"; break;
        case grammar::qualifier::exact: break;
    }
    std::string out;
    if (!qual.empty()) out += "<span class=\"qual\">" + qual + "</span> ";
    out += "<span class=\"num\">" + esc(num) + "</span>";
    if (!c.q.unit.empty()) out += " <span class=\"unit\">" + esc(c.q.unit) + "</span>";
    return out;
}

/// "000_8f5ab2bbe03e0d92.txt:3:55": the file name, as the text report prints it (the story lists the paths).
std::string where(const document_result& dr, const grammar::claim& c) {
    auto lc = locate(dr.doc.bytes, original_span(dr.doc, c.begin, c.end).first);
    const std::string& path = dr.doc.path;
    auto slash = path.find_last_of('/');
    std::string file = slash == std::string::npos || slash + 1 == path.size() ? path : path.substr(slash + 1);
    return file + ":" + std::to_string(lc.line) + ":" + std::to_string(lc.column);
}

/// The sentence of a claim, escaped, with the claim's words in <mark> and the source's in a span.
std::string sentence_html(const document_result& dr, const grammar::claim& c) {
    const auto& s = dr.sentences.at(c.sentence);
    auto [sb, se] = original_span(dr.doc, s.begin, s.end);
    auto [cb, ce] = original_span(dr.doc, c.begin, c.end);
    struct span {
        std::size_t b, e;
        const char *open, *close;
    };
    std::vector<span> spans;
    if (sb <= cb && cb < ce && ce <= se) spans.push_back({cb, ce, "<mark>", "</mark>"});
    if (c.source && c.source->begin < c.source->end) {
        auto [ab, ae] = original_span(dr.doc, c.source->begin, c.source->end);
        bool inside = sb <= ab && ab < ae && ae <= se;
        bool apart = spans.empty() || ae <= cb || ab >= ce;
        if (inside && apart) spans.push_back({ab, ae, "<span class=\"said\">", "</span>"});
    }
    if (spans.size() == 2 && spans[1].b < spans[0].b) std::swap(spans[0], spans[1]);
    std::string out;
    std::size_t at = sb;
    for (const auto& sp : spans) {
        out += esc(std::string_view(dr.doc.bytes).substr(at, sp.b - at));
        out += sp.open;
        out += esc(std::string_view(dr.doc.bytes).substr(sp.b, sp.e - sp.b));
        out += sp.close;
        at = sp.e;
    }
    out += esc(std::string_view(dr.doc.bytes).substr(at, se - at));
    return out;
}

/// Markup linked to the article's URL when it is a web address.
std::string linked(const document& d, const std::string& inner) {
    if (d.url && linkable(*d.url)) return "<a href=\"" + esc(*d.url) + "\" rel=\"noopener noreferrer\">" + inner + "</a>";
    return inner;
}

/// The outlet, linked when the article's URL is known; empty without an outlet.
std::string outlet_html(const document& d) { return d.outlet ? linked(d, esc(*d.outlet)) : std::string(); }

/// An article as a story lists it: outlet, title, path; the outlet (or, without one, the path)
/// links to the article.
std::string article_html(const document& d) {
    std::string o;
    if (d.outlet) o += "<span class=\"outlet\">" + outlet_html(d) + "</span> ";
    if (d.title) o += "\xE2\x80\x9C" + esc(*d.title) + "\xE2\x80\x9D ";
    std::string path = "<span class=\"path\">" + esc(d.path) + "</span>";
    return o + (d.outlet ? path : linked(d, path));
}

/// One claim: its value, who says it in which outlet, the sentence, the place in the file.
void claim_html(std::string& o, const document_result& dr, const grammar::claim& c) {
    o += "<div class=\"claim\">\n<p class=\"value\">" + value_html(c) + "</p>\n<p class=\"who\">";
    if (c.source) {
        if (!c.source->title.empty()) o += "<span class=\"role\">" + esc(c.source->title) + "</span> ";
        o += "<span class=\"source\">" + esc(c.source->source) + "</span>";
        if (!c.source->written.empty()) o += " <span class=\"written\">(as \xE2\x80\x9C" + esc(c.source->written) + "\xE2\x80\x9D)</span>";
    } else {
        o += "<span class=\"source none\">no source named</span>";
    }
    if (std::string outlet = outlet_html(dr.doc); !outlet.empty())
        o += " <span class=\"sep\">\xC2\xB7</span> <span class=\"outlet\">" + outlet + "</span>";
    o += "</p>\n<blockquote>" + sentence_html(dr, c) + "</blockquote>\n";
    o += "<p class=\"loc\"><code title=\"" + esc(dr.doc.path) + "\">" + esc(where(dr, c)) + "</code></p>\n</div>\n";
}

std::string plural(std::size_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

const char* verdict_title(const std::string& v) {
    return v == "discrepancy" ? "discrepancy" : v == "agree" ? "agreement" : "lone figure";
}

/// A card: the group's measure, relation and explanation, then one column per claim.
void card_html(std::string& o, const report& rep, const group& g) {
    const std::string& sid = rep.stories[g.story].id;
    o += "<article class=\"card " + css_token(g.verdict) + "\" id=\"group-" + esc(g.id) + "\" data-story=\"" + esc(sid) +
         "\" data-verdict=\"" + esc(g.verdict) + "\">\n<div class=\"card-head\"><h4>" + esc(readable(g.measure)) + "</h4>";
    bool any_unrepresentable = false;
    for (const auto& r : g.claims) any_unrepresentable |= !rep.documents[r.doc].claims[r.claim].value;
    if (g.verdict != "single")
        o += " <span class=\"badge rel-" + css_token(g.relation) + "\" title=\"" + verdict_title(g.verdict) + "\">" +
             esc(readable(g.relation)) + "</span>";
    o += "</div>\n";
    if (g.verdict != "single" || any_unrepresentable) o += "<p class=\"explanation\">" + esc(g.explanation) + "</p>\n";
    o += "<div class=\"claims\">\n";
    for (const auto& r : g.claims) claim_html(o, rep.documents[r.doc], rep.documents[r.doc].claims[r.claim]);
    o += "</div>\n</article>\n";
}

/// The line that says what the filter shows; the script writes the same words.
std::string shown_line(std::size_t dis, std::size_t agr, std::size_t one, std::size_t stories) {
    return "Showing " + plural(dis, "discrepancy", "discrepancies") + ", " + plural(agr, "agreement", "agreements") + " and " +
           plural(one, "lone figure", "lone figures") + " in " + plural(stories, "story", "stories") + ".";
}

constexpr std::string_view head_start = R"(<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="generator" content="claimcheck">
)";

constexpr std::string_view style = R"(<style>
:root{--bg:#fff;--fg:#1b1b1b;--muted:#595959;--line:#d4d4d4;--card:#f7f7f7;--quote:#fff;--dis:#b3261e;--dis-bg:#fdecea;--agr:#1e6b34;--agr-bg:#e7f4ea;--one:#555;--one-bg:#efefef;--warn:#7a4500;--warn-bg:#fff1dc;--mark:#ffe066;--said:#1d4ed8;--link:#0b57d0}
@media (prefers-color-scheme:dark){:root{--bg:#121212;--fg:#ececec;--muted:#b4b4b4;--line:#3b3b3b;--card:#1d1d1d;--quote:#161616;--dis:#ff9a8f;--dis-bg:#3a1714;--agr:#8fd6a3;--agr-bg:#13301b;--one:#c4c4c4;--one-bg:#2a2a2a;--warn:#ffc36b;--warn-bg:#3a2a10;--mark:#665200;--said:#9ab8ff;--link:#8ab4f8}}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--fg);font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Helvetica Neue",Arial,sans-serif}
.page{max-width:76rem;margin:0 auto;padding:1rem 1rem 3rem}
a{color:var(--link)}
h1{font-size:1.5rem;margin:.25rem 0}
h2{font-size:1.3rem;margin:0 0 .25rem}
h3{font-size:1.05rem;margin:1.25rem 0 .5rem}
h4{font-size:1rem;margin:0}
h4::first-letter{text-transform:uppercase}
.totals,.shown,.muted,.articles{color:var(--muted)}
.totals{margin:.25rem 0 .75rem}
.filter{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center;padding:.75rem;border:1px solid var(--line);border-radius:.5rem;background:var(--card)}
.filter label{display:flex;gap:.5rem;align-items:center;font-weight:600}
.filter select{font:inherit;padding:.3rem .4rem;border:1px solid var(--line);border-radius:.3rem;background:var(--bg);color:var(--fg);max-width:100%;min-width:0}
.shown{margin:.5rem 0 0;font-weight:600}
.story{margin-top:2rem;padding-top:1rem;border-top:3px solid var(--fg)}
.sid{display:inline-block;font-size:.8rem;font-weight:700;letter-spacing:.04em;text-transform:uppercase;color:var(--muted);margin-right:.4rem}
.counts{margin:.1rem 0 .5rem;color:var(--muted)}
.articles{margin:.25rem 0 0;padding-left:1.2rem}
.articles .outlet{color:var(--fg);font-weight:600}
.path,code{font-family:ui-monospace,"SFMono-Regular","DejaVu Sans Mono",Menlo,Consolas,monospace;font-size:.85em;overflow-wrap:anywhere}
.card{margin:.75rem 0;padding:.75rem 1rem 1rem;border:1px solid var(--line);border-left:6px solid var(--one);border-radius:.5rem;background:var(--card)}
.card.discrepancy{border-left-color:var(--dis)}
.card.agree{border-left-color:var(--agr)}
.card-head{display:flex;flex-wrap:wrap;gap:.5rem;align-items:baseline}
.explanation{margin:.25rem 0 .75rem;font-size:1.05rem}
.badge{display:inline-block;padding:0 .55rem;border:1px solid currentColor;border-radius:1rem;font-size:.8rem;font-weight:700;white-space:nowrap}
.rel-within-rounding,.rel-overlapping,.rel-bounds-differ{color:var(--warn);background:var(--warn-bg)}
.rel-disjoint,.rel-denial-vs-count{color:var(--dis);background:var(--dis-bg)}
.rel-equal{color:var(--agr);background:var(--agr-bg)}
.claims{display:grid;grid-template-columns:repeat(auto-fit,minmax(15rem,1fr));gap:.75rem}
.claim{display:flex;flex-direction:column;padding:.6rem .75rem;border:1px solid var(--line);border-radius:.4rem;background:var(--quote);min-width:0}
.claim p{margin:0}
.value{font-size:1.6rem;font-weight:700;line-height:1.2}
.value .qual,.value .unit{font-size:1rem;font-weight:600;color:var(--muted)}
.claim .who{margin:.2rem 0 .4rem;font-weight:600}
.who .outlet{font-weight:400;color:var(--muted)}
.who .outlet a{color:var(--link)}
.role{font-weight:400;color:var(--muted)}
.none,.written{font-weight:400;font-style:italic;color:var(--muted)}
.sep{color:var(--muted)}
blockquote{margin:0 0 .5rem;padding:0 0 0 .6rem;border-left:3px solid var(--line);overflow-wrap:break-word}
mark{background:var(--mark);color:inherit;padding:0 .1em;border-radius:.15em;font-weight:600}
.said{text-decoration:underline;text-decoration-color:var(--said);text-decoration-thickness:2px;text-underline-offset:.15em}
.claim .loc{margin-top:auto;font-size:.85rem;color:var(--muted)}
.card.single{padding:.5rem .75rem .75rem}
.card.single .claims{grid-template-columns:1fr}
.card.single .claim{padding:.25rem 0 0;border:0;background:none}
.card.single .value{font-size:1.25rem}
.single>.fold-body{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(21rem,100%),1fr));gap:.75rem;margin-bottom:.75rem}
.single>.fold-body>.card{margin:0}
details.fold{margin:1rem 0;border:1px solid var(--line);border-radius:.5rem;padding:.25rem .75rem}
details.fold>summary{cursor:pointer;font-weight:700;padding:.4rem 0}
details.fold[open]>summary{margin-bottom:.25rem}
.skipped li,.doc li{margin:.2rem 0}
footer{margin-top:3rem;font-size:.85rem;color:var(--muted)}
[hidden]{display:none!important}
@media (max-width:600px){.page{padding:.75rem .6rem 2rem}.claims{grid-template-columns:1fr}.card{padding:.6rem .6rem .75rem}.filter{flex-direction:column;align-items:stretch}.filter label{display:grid;grid-template-columns:4.5rem minmax(0,1fr)}.filter select{width:100%}.value{font-size:1.4rem}}
@media print{.filter,.shown{display:none}.card{break-inside:avoid}}
</style>
)";

constexpr std::string_view script = R"(<script>
(function () {
  "use strict";
  var form = document.getElementById("filter");
  var story = document.getElementById("f-story");
  var verdict = document.getElementById("f-verdict");
  var shown = document.getElementById("shown");
  if (!form || !story || !verdict || !shown) return;
  var cards = document.querySelectorAll(".card[data-verdict]");
  var sections = document.querySelectorAll("section.story");
  var parts = document.querySelectorAll("[data-part]");
  var words = {discrepancy: ["discrepancy", "discrepancies"], agree: ["agreement", "agreements"], single: ["lone figure", "lone figures"]};
  function count(n, w) { return n + " " + w[n === 1 ? 0 : 1]; }
  function has(select, value) {
    for (var i = 0; i < select.options.length; i++) if (select.options[i].value === value) return true;
    return false;
  }
  function apply() {
    var s = story.value, v = verdict.value, n = {discrepancy: 0, agree: 0, single: 0}, stories = 0, i;
    for (i = 0; i < cards.length; i++) {
      var c = cards[i], on = (!s || c.getAttribute("data-story") === s) && (!v || c.getAttribute("data-verdict") === v);
      c.hidden = !on;
      if (on && n.hasOwnProperty(c.getAttribute("data-verdict"))) n[c.getAttribute("data-verdict")]++;
    }
    for (i = 0; i < sections.length; i++) {
      sections[i].hidden = !!s && sections[i].getAttribute("data-story") !== s;
      if (!sections[i].hidden) stories++;
    }
    for (i = 0; i < parts.length; i++) {
      var p = parts[i], mine = p.getAttribute("data-part") === v;
      p.hidden = !!v && !mine;
      if (mine && p.tagName === "DETAILS") p.open = true;
    }
    var kinds = v ? [v] : ["discrepancy", "agree", "single"], said = [];
    for (i = 0; i < kinds.length; i++) said.push(count(n[kinds[i]], words[kinds[i]]));
    var list = said.length > 1 ? said.slice(0, -1).join(", ") + " and " + said[said.length - 1] : said[0];
    shown.textContent = "Showing " + list + " in " + count(stories, ["story", "stories"]) + ".";
  }
  function fromHash() {
    var pairs = location.hash.replace(/^#/, "").split("&"), s = "", v = "";
    for (var i = 0; i < pairs.length; i++) {
      var kv = pairs[i].split("="), value = "";
      try { value = decodeURIComponent(kv[1] || ""); } catch (e) { value = ""; }
      if (kv[0] === "story" && has(story, value)) s = value;
      if (kv[0] === "verdict" && has(verdict, value)) v = value;
    }
    story.value = s;
    verdict.value = v;
    apply();
  }
  function toHash() {
    var h = [];
    if (story.value) h.push("story=" + encodeURIComponent(story.value));
    if (verdict.value) h.push("verdict=" + encodeURIComponent(verdict.value));
    try { history.replaceState(null, "", h.length ? "#" + h.join("&") : location.pathname + location.search); } catch (e) { /* a browser that refuses: the filter still works */ }
    apply();
  }
  story.addEventListener("change", toHash);
  verdict.addEventListener("change", toHash);
  window.addEventListener("hashchange", fromHash);
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  form.hidden = false;
  fromHash();
})();
</script>
)";

void skipped_html(std::string& o, const report& rep) {
    if (rep.skipped.empty()) return;
    o += "<section class=\"skipped\">\n<h2>Skipped inputs (" + std::to_string(rep.skipped.size()) + ")</h2>\n<ul>\n";
    for (const auto& s : rep.skipped) o += "<li><span class=\"path\">" + esc(s.path) + "</span>: " + esc(s.reason) + "</li>\n";
    o += "</ul>\n</section>\n";
}

constexpr std::string_view footer =
    "<footer><p>Made by claimcheck. The figures, their sources and the verdicts are read by a machine: check each "
    "one against its article before you publish.</p></footer>\n";

/// A folded part of a story (agreements, lone figures): a <details>, or a line when empty.
void fold_html(std::string& o, const report& rep, const std::vector<const group*>& groups, const char* part,
               const char* title, const char* none) {
    if (groups.empty()) {
        o += "<p class=\"muted\" data-part=\"" + std::string(part) + "\">" + none + "</p>\n";
        return;
    }
    o += "<details class=\"fold " + std::string(part) + "\" data-part=\"" + part + "\">\n<summary>" + title + " (" +
         std::to_string(groups.size()) + ")</summary>\n<div class=\"fold-body\">\n";
    for (const group* g : groups) card_html(o, rep, *g);
    o += "</div>\n</details>\n";
}

std::string render_cross_check(const report& rep) {
    std::size_t dis_total = 0, agr_total = 0, one_total = 0, claims = 0;
    for (const auto& g : rep.groups) (g.verdict == "discrepancy" ? dis_total : g.verdict == "agree" ? agr_total : one_total)++;
    for (const auto& dr : rep.documents) claims += dr.claims.size();

    std::string o(head_start);
    o += "<title>claimcheck: " + plural(dis_total, "discrepancy", "discrepancies") + " in " +
         plural(rep.documents.size(), "article", "articles") + "</title>\n";
    o += style;
    o += "</head>\n<body>\n<div class=\"page\">\n<header>\n<h1>Cross-check of the figures</h1>\n<p class=\"totals\">" +
         plural(rep.documents.size(), "article", "articles") + " in " + plural(rep.stories.size(), "story", "stories") + ", " +
         plural(claims, "figure", "figures") + ": " + plural(dis_total, "discrepancy", "discrepancies") + ", " +
         plural(agr_total, "agreement", "agreements") + ", " + plural(one_total, "lone figure", "lone figures") + "; " +
         plural(rep.skipped.size(), "input", "inputs") + " skipped</p>\n";
    o += "<form class=\"filter\" id=\"filter\" hidden>\n<label for=\"f-story\">Story <select id=\"f-story\">\n"
         "<option value=\"\">All stories</option>\n";
    for (const auto& st : rep.stories) o += "<option value=\"" + esc(st.id) + "\">" + esc(st.id) + ": " + esc(st.label) + "</option>\n";
    o += "</select></label>\n<label for=\"f-verdict\">Verdict <select id=\"f-verdict\">\n<option value=\"\">All verdicts</option>\n"
         "<option value=\"discrepancy\">Discrepancies</option>\n<option value=\"agree\">Agreements</option>\n"
         "<option value=\"single\">Lone figures</option>\n</select></label>\n</form>\n";
    o += "<p class=\"shown\" id=\"shown\" aria-live=\"polite\">" + shown_line(dis_total, agr_total, one_total, rep.stories.size()) +
         "</p>\n</header>\n<main>\n";

    for (std::size_t si = 0; si < rep.stories.size(); ++si) {
        const story& st = rep.stories[si];
        std::vector<const group*> dis, agr, one;
        for (const auto& g : rep.groups)
            if (g.story == si) (g.verdict == "discrepancy" ? dis : g.verdict == "agree" ? agr : one).push_back(&g);
        o += "<section class=\"story\" id=\"story-" + esc(st.id) + "\" data-story=\"" + esc(st.id) + "\">\n<h2><span class=\"sid\">Story " +
             esc(st.id) + "</span>" + esc(st.label) + "</h2>\n<p class=\"counts\">" + plural(st.documents.size(), "article", "articles") +
             " \xC2\xB7 " + plural(dis.size(), "discrepancy", "discrepancies") + " \xC2\xB7 " + plural(agr.size(), "agreement", "agreements") +
             " \xC2\xB7 " + plural(one.size(), "lone figure", "lone figures") + "</p>\n<ul class=\"articles\">\n";
        for (auto d : st.documents) {
            o += "<li>" + article_html(rep.documents[d].doc) + "</li>\n";
        }
        o += "</ul>\n<div data-part=\"discrepancy\">\n<h3>Discrepancies (" + std::to_string(dis.size()) + ")</h3>\n";
        if (dis.empty()) o += "<p class=\"muted\">None found.</p>\n";
        for (const group* g : dis) card_html(o, rep, *g);
        o += "</div>\n";
        fold_html(o, rep, agr, "agree", "Agreements", "No agreements.");
        fold_html(o, rep, one, "single", "Lone figures", "No lone figures.");
        o += "</section>\n";
    }
    o += "</main>\n";
    skipped_html(o, rep);
    o += footer;
    o += "</div>\n";
    o += script;
    o += "</body>\n</html>\n";
    return o;
}

/// Without cross-checking: per document, its figures.
std::string render_documents(const report& rep) {
    std::size_t claims = 0;
    for (const auto& dr : rep.documents) claims += dr.claims.size();
    std::string o(head_start);
    o += "<title>claimcheck: " + plural(claims, "figure", "figures") + " in " + plural(rep.documents.size(), "article", "articles") +
         "</title>\n";
    o += style;
    o += "</head>\n<body>\n<div class=\"page\">\n<header>\n<h1>Figures of the articles</h1>\n<p class=\"totals\">" +
         plural(rep.documents.size(), "article", "articles") + ", " + plural(claims, "figure", "figures") + "; " +
         plural(rep.skipped.size(), "input", "inputs") + " skipped</p>\n</header>\n<main>\n";
    for (std::size_t di = 0; di < rep.documents.size(); ++di) {
        const auto& dr = rep.documents[di];
        o += "<section class=\"story doc\" id=\"doc-" + esc(dr.doc.id) + "\">\n<h2>" + article_html(dr.doc) + "</h2>\n";
        o += "<p class=\"counts\">" + plural(dr.claims.size(), "figure", "figures") + "</p>\n";
        for (const auto& c : dr.claims) {
            std::string what = c.pred.cls;
            if (!c.counted.lemma.empty()) what += (what.empty() ? "" : " ") + c.counted.lemma;
            if (!c.where.text.empty()) what += (what.empty() ? "" : ", ") + c.where.text;
            o += "<article class=\"card single\">\n<div class=\"card-head\"><h4>" + esc(readable(what)) + "</h4></div>\n<div class=\"claims\">\n";
            claim_html(o, dr, c);
            o += "</div>\n</article>\n";
        }
        o += "</section>\n";
    }
    o += "</main>\n";
    skipped_html(o, rep);
    o += footer;
    o += "</div>\n</body>\n</html>\n";
    return o;
}

}  // namespace

std::string render_html(const report& rep) { return rep.cross_checked ? render_cross_check(rep) : render_documents(rep); }

}  // namespace claimcheck::engine
