#!/usr/bin/env bash
# Bad inputs through the tool: each is named on stderr with its problem, the run goes on, the
# exit code is as documented, and the report's totals account for every input.
set -u
: "${CLAIMCHECK:?path to the claimcheck binary}" "${SOURCE_DIR:?source tree}"
pass=0 fail=0
check() { local name=$1; shift; if "$@"; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL: $name"; fi; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
d=$tmp/drop; mkdir -p "$d"
cp "$SOURCE_DIR/corpus/seeds/000_8f5ab2bbe03e0d92.txt" "$d/good.txt"
: >"$d/empty.txt"
printf '   \n\n' >"$d/blank.txt"
printf '\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR' >"$d/photo.txt"
printf 'caf\xe9 au lait, 3 cups' >"$d/latin1.txt"
printf '\xff\xfe1\x002\x00' >"$d/utf16.txt"
printf '{"text": "Russia launched 145 drones."}\n{broken\n' >"$d/feed.jsonl"
"$CLAIMCHECK" check "$d" --format json >"$tmp/r.json" 2>"$tmp/err"; code=$?
check "bad inputs do not change the exit code" test "$code" -eq 0
for f in empty.txt blank.txt photo.txt latin1.txt utf16.txt feed.jsonl:2; do
    check "$f is named on stderr" grep -q "$f" "$tmp/err"
done
check "the binary file's reason" grep -q "photo.txt: binary file (contains NUL bytes) (skipped)" "$tmp/err"
check "the Latin-1 file's reason" grep -q "latin1.txt: invalid UTF-8 at byte 3 (skipped)" "$tmp/err"
check "every input is a document or skipped" python3 -c '
import json, sys
r = json.load(open(sys.argv[1]))
s = r["summary"]
sys.exit(not (s["documents"] == 2 and s["skipped"] == 6 and s["inputs"] == 8 and len(r["skipped"]) == 6))' "$tmp/r.json"
"$CLAIMCHECK" check "$d" >"$tmp/r.txt" 2>/dev/null
check "the text report's last line gives the totals" grep -q "^2 articles in .*; 6 inputs skipped$" "$tmp/r.txt"

# a 50 MB line: every copy of the sentence is read (two figures each), in linear time
python3 -c 'import sys; sys.stdout.write("Russia launched 145 drones overnight, the air force said, and 72 were shot down. " * 600000)' >"$tmp/line.txt"
"$CLAIMCHECK" extract "$tmp/line.txt" --format jsonl >"$tmp/line.jsonl" 2>/dev/null; code=$?
check "a 50 MB single line exits 0" test "$code" -eq 0
check "and gives its 1,200,000 figures" test "$(wc -l <"$tmp/line.jsonl")" -eq 1200000

# --output: written beside and renamed; an unwritable place is exit 3 and leaves nothing
"$CLAIMCHECK" check "$d/good.txt" --output "$tmp/out/none/r.json" 2>"$tmp/err"; code=$?
check "an unwritable --output exits 3" test "$code" -eq 3
check "and leaves no temporary file" test ! -e "$tmp/out/none/r.json.tmp"
# a file name that is not UTF-8 (Linux names are bytes): every JSON output still parses, the
# name written with U+FFFD in place of the bad byte, and the article is read
n=$tmp/names; mkdir -p "$n"
cp "$SOURCE_DIR/corpus/seeds/000_8f5ab2bbe03e0d92.txt" "$n/caf$(printf '\xe9').txt"
for cmd in "check --format json" "extract --format json" "extract --format jsonl" "extract --format records"; do
    # shellcheck disable=SC2086
    "$CLAIMCHECK" $cmd "$n" >"$tmp/n.out" 2>"$tmp/n.err"; code=$?
    check "a non-UTF-8 file name: $cmd exits 0" test "$code" -eq 0
    check "a non-UTF-8 file name: $cmd is JSON with U+FFFD in the path" python3 -c '
import json, sys
text = open(sys.argv[1], encoding="utf-8").read()
docs = [json.loads(l) for l in text.splitlines() if l.strip()] if sys.argv[2] != "json" else [json.loads(text)]
assert "caf\ufffd.txt" in text, "no U+FFFD path"
' "$tmp/n.out" "${cmd##* }"
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
