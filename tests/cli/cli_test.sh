#!/usr/bin/env bash
# End-to-end tests of the tool: exit codes, messages on stderr, the bundled corpus.
set -u
: "${CLAIMCHECK:?path to the claimcheck binary}" "${SOURCE_DIR:?source tree}"
pass=0 fail=0
check() {  # check NAME CONDITION...
    local name=$1; shift
    if "$@"; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL: $name"; fi
}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
seeds="$SOURCE_DIR/corpus/seeds"
seed="$seeds/001_f80970e591c8199c.txt"

# json_query FILE PYTHON-EXPRESSION: prints the expression over the parsed JSON `j`
json_query() { python3 -c 'import json, sys; j = json.load(open(sys.argv[1])); print(eval(sys.argv[2]))' "$1" "$2" 2>/dev/null; }

# ---- usage errors (exit 2) --------------------------------------------------------------------
"$CLAIMCHECK" >/dev/null 2>"$tmp/err"; code=$?
check "no command is a usage error (exit 2)" test "$code" -eq 2
check "usage error names the problem" grep -q "no command given" "$tmp/err"
check "a usage error is one line, then the usage lines (extract, check, audit, reconcile)" test "$(wc -l <"$tmp/err")" -eq 5
check "the first usage line" grep -qE "^usage: claimcheck extract PATH\.\.\. \| -" "$tmp/err"
check "the second usage line" grep -qE "^ +claimcheck check PATH\.\.\. \| -" "$tmp/err"

"$CLAIMCHECK" frobnicate "$seed" >"$tmp/out" 2>"$tmp/err"; code=$?
check "unknown command: exit 2" test "$code" -eq 2
check "unknown command is named" grep -qF "unknown command 'frobnicate'" "$tmp/err"
check "unknown command prints nothing on stdout" test ! -s "$tmp/out"

"$CLAIMCHECK" check --frobnicate "$seed" >"$tmp/out" 2>"$tmp/err"; code=$?
check "unknown option: exit 2" test "$code" -eq 2
check "unknown option is named" grep -qFx "claimcheck: unrecognised option '--frobnicate'" "$tmp/err"

"$CLAIMCHECK" check --format xml "$seed" >"$tmp/out" 2>"$tmp/err"; code=$?
check "unknown format: exit 2" test "$code" -eq 2
check "unknown format is named first" test "$(head -n 1 "$tmp/err")" = "claimcheck: unknown format 'xml' (text, json, jsonl, markdown, html or records)"
check "unknown format shows the usage, like the other usage errors" grep -q "^usage: claimcheck extract" "$tmp/err"

"$CLAIMCHECK" extract >"$tmp/out" 2>"$tmp/err"; code=$?
check "no input: exit 2" test "$code" -eq 2
check "no input is named" grep -qFx "claimcheck: no input given (a file, a folder, or - for standard input)" "$tmp/err"

"$CLAIMCHECK" check "$seed" --format json >"$tmp/out" 2>/dev/null; code=$?
check "options may come after the paths" test "$code" -eq 0
check "options after the paths are applied" test "$(json_query "$tmp/out" 'j["summary"]["documents"]')" = 1

# ---- help and version (exit 0, on stdout) ---------------------------------------------------
"$CLAIMCHECK" --help >"$tmp/out" 2>"$tmp/err"; code=$?
check "--help: exit 0" test "$code" -eq 0
check "--help prints the usage on stdout" grep -q "^usage: claimcheck" "$tmp/out"
check "--help lists --format" grep -qF -- "--format" "$tmp/out"
check "--help logs nothing" test ! -s "$tmp/err"

"$CLAIMCHECK" --version >"$tmp/out" 2>/dev/null; code=$?
check "--version: exit 0" test "$code" -eq 0
check "--version prints the version" grep -qx "claimcheck 0.1.0" "$tmp/out"

# ---- the bundled corpus ---------------------------------------------------------------------------
"$CLAIMCHECK" check "$SOURCE_DIR/corpus" >"$tmp/out" 2>"$tmp/err"; code=$?
check "check on the corpus: exit 0" test "$code" -eq 0
check "check on the corpus logs no warning" test ! -s "$tmp/err"
check "check on the corpus prints a report" test -s "$tmp/out"

"$CLAIMCHECK" extract "$SOURCE_DIR/corpus" >"$tmp/out" 2>"$tmp/err"; code=$?
check "extract on the corpus: exit 0" test "$code" -eq 0
check "the text output ends with its totals" test "$(tail -n 1 "$tmp/out" | sed -E 's/[0-9]+ figures/N figures/')" = "5 documents, N figures, 0 inputs skipped"

# the example of docs/cli.md (columns counted by hand in the file: line 2, columns 118 and 366)
(cd "$SOURCE_DIR" && "$CLAIMCHECK" extract corpus/seeds/003_26f0c0431f3b91e3.txt) >"$tmp/out" 2>/dev/null
check "text: the path and outlet" grep -qFx "corpus/seeds/003_26f0c0431f3b91e3.txt  (TRT Global)" "$tmp/out"
check "text: a figure with its line and column" \
    grep -qFx "  2:118  at least 15 people  [>=15]  injured  counts: person  scope: across the city" "$tmp/out"
check "text: a second figure on the same line" grep -qFx "  2:366  14 ballistic missiles  [14]  launched  counts: missile" "$tmp/out"
check "text: the source line" grep -qFx "      source: Ukrainian officials" "$tmp/out"
check "text: per side scope" \
    grep -qFx "  4:55  390 personnel  [390]  exchanged  counts: personnel  scope: from each side" "$tmp/out"
check "text: the totals" grep -qFx "1 documents, 6 figures, 0 inputs skipped" "$tmp/out"

# columns count characters: "72 drones" comes after "Ukraine’s" (byte column 242, character column 240)
"$CLAIMCHECK" extract "$seed" >"$tmp/out" 2>/dev/null
check "text: columns count characters, not bytes" grep -qE "^  25:240  72 drones  " "$tmp/out"

"$CLAIMCHECK" check --format json "$SOURCE_DIR/corpus" >"$tmp/corpus.json" 2>"$tmp/err"; code=$?
check "json on the corpus: exit 0" test "$code" -eq 0
check "json on the corpus has five documents" test "$(json_query "$tmp/corpus.json" 'len(j["documents"])')" = 5
check "json on the corpus skips nothing" test "$(json_query "$tmp/corpus.json" 'len(j["skipped"])')" = 0
check "json finds '145 drones' in the seed" \
    test "$(json_query "$tmp/corpus.json" '[c["start"] for c in j["claims"] if c["text"] == "145 drones" and c["doc"] == "d2"]')" = "[2302]"

# ---- a missing path is skipped, the rest is processed ------------------------------------------
missing="$tmp/no/such/article.txt"
"$CLAIMCHECK" check --format json "$seed" "$missing" >"$tmp/out.json" 2>"$tmp/err"; code=$?
check "a missing path still exits 0" test "$code" -eq 0
check "the missing path is logged on stderr" grep -qF "claimcheck: warning: $missing: no such file or directory (skipped)" "$tmp/err"
check "the other input is processed" test "$(json_query "$tmp/out.json" 'len(j["documents"])')" = 1
check "the missing path is in the skipped list" \
    python3 -c 'import json, sys; j = json.load(open(sys.argv[1])); sys.exit([s["path"] for s in j["skipped"]] != [sys.argv[2]])' "$tmp/out.json" "$missing" 2>/dev/null
check "the skipped reason is given" \
    test "$(json_query "$tmp/out.json" 'j["skipped"][0]["reason"]')" = "no such file or directory"

"$CLAIMCHECK" check --quiet "$seed" "$missing" >/dev/null 2>"$tmp/err"; code=$?
check "--quiet: exit 0" test "$code" -eq 0
check "--quiet hides warnings" test ! -s "$tmp/err"

# ---- standard input -------------------------------------------------------------------------------
printf 'Overnight, Russia attacked Ukraine with 145 drones.\n' |
    "$CLAIMCHECK" extract --format jsonl - >"$tmp/out.jsonl" 2>"$tmp/err"; code=$?
check "'-' reads standard input: exit 0" test "$code" -eq 0
check "'-' gives one claim line" test "$(wc -l <"$tmp/out.jsonl")" -eq 1
check "the stdin claim is 145 drones from '-'" \
    python3 -c 'import json,sys; c=json.loads(open(sys.argv[1]).readline()); sys.exit(0 if (c["text"], c["value"], c["path"], c["start"]) == ("145 drones", 145, "-", 40) else 1)' "$tmp/out.jsonl" 2>/dev/null

# ---- --output -------------------------------------------------------------------------------------
"$CLAIMCHECK" check --format json --output "$tmp/report.json" "$seed" >"$tmp/out" 2>"$tmp/err"; code=$?
check "--output: exit 0" test "$code" -eq 0
check "--output writes the file" test -s "$tmp/report.json"
check "--output leaves stdout empty" test ! -s "$tmp/out"
check "--output writes the JSON report" test "$(json_query "$tmp/report.json" 'j["summary"]["documents"]')" = 1
check "--output leaves no temporary file" test ! -e "$tmp/report.json.tmp"

"$CLAIMCHECK" check --output "$tmp/no/such/dir/report.txt" "$seed" >/dev/null 2>"$tmp/err"; code=$?
check "an unwritable --output: exit 3" test "$code" -eq 3
check "an unwritable --output is logged" grep -qF "cannot write the output" "$tmp/err"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
