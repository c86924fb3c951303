#!/usr/bin/env bash
# The HTML report in a real browser (headless Chromium): the seed discrepancies are on the page,
# the script runs without a console message, nothing is fetched, and the page matches its golden
# file byte for byte (UPDATE_GOLDEN=1 rewrites tests/golden/seeds.html).
set -u
: "${CLAIMCHECK:?path to the claimcheck binary}" "${SOURCE_DIR:?source tree}"
pass=0 fail=0
check() {  # check NAME CONDITION...
    local name=$1; shift
    if "$@"; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL: $name"; fi
}
finish() { echo "$pass passed, $fail failed"; [ "$fail" -eq 0 ]; exit; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
golden="$SOURCE_DIR/tests/golden/seeds.html"
case "$CLAIMCHECK" in /*) ;; *) CLAIMCHECK="$PWD/$CLAIMCHECK" ;; esac

# ---- the page, rendered from the source tree so that its paths do not depend on the checkout ----
(cd "$SOURCE_DIR" && "$CLAIMCHECK" check corpus/seeds --format html) >"$tmp/seeds.html" 2>"$tmp/err"; code=$?
check "check --format html: exit 0" test "$code" -eq 0
check "check --format html logs nothing" test ! -s "$tmp/err"

# ---- golden file ---------------------------------------------------------------------------------
if [ "${UPDATE_GOLDEN:-}" = 1 ]; then
    mkdir -p "$(dirname "$golden")" && cp "$tmp/seeds.html" "$golden"
    echo "rewrote $golden"
fi
if cmp -s "$golden" "$tmp/seeds.html"; then
    check "the page matches tests/golden/seeds.html byte for byte" true
else
    diff -u "$golden" "$tmp/seeds.html" | head -n 200
    check "the page matches tests/golden/seeds.html byte for byte (UPDATE_GOLDEN=1 rewrites it)" false
fi

# ---- the markup itself: self-contained ----------------------------------------------------------
check "a Content-Security-Policy that allows no network" grep -qF \
    "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">" "$tmp/seeds.html"
check "a viewport for phones" grep -qF '<meta name="viewport" content="width=device-width, initial-scale=1">' "$tmp/seeds.html"
check "no external stylesheet, script or import" bash -c '! grep -qiE "<link|<script[^>]*src|@import|url\(" "$1"' _ "$tmp/seeds.html"
# every src/href/action/poster/srcset/data that names a network address; only an <a href> to the
# URL of one of the articles may (the JSON report lists them)
(cd "$SOURCE_DIR" && "$CLAIMCHECK" check corpus/seeds --format json) >"$tmp/seeds.json" 2>/dev/null
python3 - "$tmp/seeds.html" "$tmp/seeds.json" >"$tmp/remote" <<'EOF'
import json, re, sys
from html.parser import HTMLParser
remote = re.compile(r"^\s*(?:[a-z][a-z0-9+.-]*:)?//|^\s*(?:https?|ftp|wss?):", re.I)
articles = {d["url"] for d in json.load(open(sys.argv[2]))["documents"] if d.get("url")}
class P(HTMLParser):
    def handle_starttag(self, tag, attrs):
        for k, v in attrs:
            if k in ("src", "href", "action", "formaction", "poster", "srcset", "data", "background", "xlink:href", "ping", "manifest") \
                    and v and remote.search(v) and not (tag == "a" and k == "href" and v in articles):
                print(tag, k, v)
P().feed(open(sys.argv[1], encoding="utf-8").read())
EOF
check "no src= or href= to the network (except links to articles)" test ! -s "$tmp/remote"
[ -s "$tmp/remote" ] && cat "$tmp/remote"

# ---- the browser ---------------------------------------------------------------------------------
browser=${CHROMIUM:-$(command -v chromium || true)}  # CHROMIUM=/path/to/chromium to use another build
if [ -z "$browser" ] || [ ! -x "$browser" ]; then
    echo "FAIL: chromium not found${CHROMIUM:+ at $CHROMIUM}: the HTML report is tested in a real browser; install Debian's chromium package (setup.sh does)"
    fail=$((fail + 1))
    finish
fi
# load URL OUT LOG: the DOM after the page's script ran, and the browser's log
load() {
    timeout 120 "$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
        --disable-component-update --disable-sync --user-data-dir="$(mktemp -d "$tmp/profile.XXXXXX")" \
        --enable-logging=stderr --v=0 --dump-dom "$1" >"$2" 2>"$3"
}
# facts DOM: one line per claim of each card (verdict, story, hidden, value, marked words, sentence),
# then one line per other fact
facts() {
    python3 - "$1" <<'EOF'
import sys
from html.parser import HTMLParser
class P(HTMLParser):
    def __init__(self):
        super().__init__()
        self.divs, self.card, self.field, self.texts, self.out = [], None, None, {}, []
        self.shown_text, self.in_shown, self.filter_hidden = "", False, None
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        cls = (a.get("class") or "").split()
        if tag == "div": self.divs.append(cls)
        if tag == "article" and "card" in cls:
            self.card = [a.get("data-verdict"), a.get("data-story"), "hidden" if "hidden" in a else "shown"]
        if tag == "div" and "claim" in cls:
            self.texts = {"value": "", "mark": "", "quote": ""}
        if tag == "p" and "value" in cls: self.field = "value"
        if tag == "blockquote": self.field = "quote"
        if tag == "mark": self.field = "mark"
        if tag == "p" and a.get("id") == "shown": self.in_shown = True
        if tag == "form" and a.get("id") == "filter": self.filter_hidden = "hidden" in a
    def handle_endtag(self, tag):
        cls = self.divs.pop() if tag == "div" and self.divs else []
        if tag == "mark": self.field = "quote"
        elif tag in ("blockquote", "p"): self.field = None; self.in_shown = False
        if tag == "div" and "claim" in cls and self.card:
            t = {k: " ".join(v.split()) for k, v in self.texts.items()}
            self.out.append("\t".join(self.card + [t["value"], t["mark"], t["quote"]]))
        if tag == "article": self.card = None
    def handle_data(self, d):
        if self.field and self.card is not None:
            self.texts[self.field] = self.texts.get(self.field, "") + d
            if self.field == "mark": self.texts["quote"] += d
        if self.in_shown: self.shown_text += d
p = P()
p.feed(open(sys.argv[1], encoding="utf-8").read())
print("\n".join(p.out))
print("shown\t" + " ".join(p.shown_text.split()))
print("filter\t" + ("hidden" if p.filter_hidden else "visible"))
EOF
}
# no_console LOG: no console message (errors, CSP violations, uncaught exceptions) in the log
no_console() { ! grep -E "CONSOLE|Uncaught" "$1"; }

load "file://$tmp/seeds.html" "$tmp/dom.html" "$tmp/log"
check "chromium renders the page" test -s "$tmp/dom.html"
check "no console message or error while loading the page" no_console "$tmp/log"
facts "$tmp/dom.html" >"$tmp/facts"
has() { grep -qF -- "$1" "$tmp/facts"; }

# the three seed discrepancies: values side by side, each sentence with the claim's words marked
check "discrepancy: 145 drones (Ukrainian Air Force, seed 000)" has \
    "discrepancy	s1	shown	145	145 drones	The Ukrainian Air Force reported that Russia launched 145 drones, two ballistic missiles, and four anti-aircraft missiles targeting multiple regions, including Sumy, Odesa, and Kyiv."
check "discrepancy: 150 drones (Zelensky, seed 001)" has \
    "discrepancy	s1	shown	150	150 drones	Ukrainian President Volodymyr Zelensky on Wednesday accused Putin of already breaking his pledge, saying that Russia attacked Ukraine with 150 drones overnight, including strikes on energy facilities."
check "discrepancy: 23 critically injured soldiers (seed 000)" has \
    "discrepancy	s1	shown	23	23 critically injured Ukrainian soldiers	The ongoing conflict has led to a scheduled prisoner swap anticipated to occur on Wednesday, with 175 individuals set to be exchanged, including 23 critically injured Ukrainian soldiers."
check "discrepancy: 22 seriously wounded prisoners of war (seed 001)" has \
    "discrepancy	s1	shown	22	22 seriously wounded prisoners of war	“Also, as a goodwill gesture, 22 seriously wounded prisoners of war in need of urgent medical assistance” were handed over, the ministry added."
check "discrepancy: at least 15 injured (seed 003)" has \
    "discrepancy	s2	shown	at least 15	at least 15 people	In a significant escalation, Ukraine's capital Kyiv faced a massive drone and missile attack from Russia, which left at least 15 people injured and damaged numerous buildings across the city."
check "discrepancy: at least eight injured (seed 004)" has \
    "discrepancy	s2	shown	at least 8	at least eight individuals	Overnight into Saturday, Kyiv was subjected to a formidable drone and missile assault by Russian forces, resulting in widespread fires and injuring at least eight individuals, as confirmed by the city's mayor."
check "agreements are cards too (390 exchanged, seed 004)" has \
    "agree	s2	shown	390	390 Ukrainians	Ukrainian President Volodymyr Zelenskyy announced the return of 390 Ukrainians in the initial phase, with more exchanges anticipated over the weekend."
check "the filter is shown once the script runs" has "filter	visible"
check "the summary line counts every card" has "shown	Showing 4 discrepancies, 9 agreements and 19 lone figures in 2 stories."
check "the page's own summary line is the one the script writes" \
    grep -qF '<p class="shown" id="shown" aria-live="polite">Showing 4 discrepancies, 9 agreements and 19 lone figures in 2 stories.</p>' "$tmp/seeds.html"
check "discrepancies are not folded away" bash -c '! grep -qE "<details[^>]*data-part=\"discrepancy\"" "$1"' _ "$tmp/seeds.html"
check "agreements are folded in <details>" grep -qF '<details class="fold agree" data-part="agree">' "$tmp/seeds.html"
check "lone figures are folded in <details>" grep -qF '<details class="fold single" data-part="single">' "$tmp/seeds.html"

# the filter, set from the address (#story=s2&verdict=discrepancy) as a shared link would
load "file://$tmp/seeds.html#story=s2&verdict=discrepancy" "$tmp/dom2.html" "$tmp/log2"
check "no console message with a filter in the address" no_console "$tmp/log2"
facts "$tmp/dom2.html" >"$tmp/facts"
check "filtered: the summary counts one discrepancy in one story" has "shown	Showing 1 discrepancy in 1 story."
check "filtered: the s2 discrepancy is shown" has "discrepancy	s2	shown	at least 8	at least eight individuals"
check "filtered: the s1 discrepancies are hidden" has "discrepancy	s1	hidden	145	145 drones"
check "filtered: agreements are hidden" bash -c '! grep -qP "^agree\t[^\t]*\tshown" "$1"' _ "$tmp/facts"
check "filtered: lone figures are hidden" bash -c '! grep -qP "^single\t[^\t]*\tshown" "$1"' _ "$tmp/facts"
check "filtered: exactly two claims shown (8 and 15)" test "$(grep -cP "^[a-z]+\t[^\t]*\tshown" "$tmp/facts")" -eq 2

load "file://$tmp/seeds.html#verdict=agree" "$tmp/dom3.html" "$tmp/log3"
facts "$tmp/dom3.html" >"$tmp/facts"
check "filtered by verdict: the summary counts the agreements of both stories" has "shown	Showing 9 agreements in 2 stories."
check "filtered by verdict: the agreements are unfolded" grep -qF '<details class="fold agree" data-part="agree" open="">' "$tmp/dom3.html"

finish
