#!/usr/bin/env bash
# Split and merge: extract --format records over shards, concatenated and reconciled, gives the
# same report as one check over all the documents (issue "Speed and scale", item 4).
set -u
: "${CLAIMCHECK:?path to the claimcheck binary}" "${SOURCE_DIR:?source tree}"
cd "$SOURCE_DIR" || exit 2
pass=0 fail=0
check() { local name=$1; shift; if "$@"; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL: $name"; fi; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
s=corpus/seeds
all=($s/000_8f5ab2bbe03e0d92.txt $s/001_f80970e591c8199c.txt $s/002_b688bccdafbee561.txt
     $s/003_26f0c0431f3b91e3.txt $s/004_95257e01ec8bfa95.txt)

# two shards that split story A (000, 001 | 002) and keep story B together
"$CLAIMCHECK" extract "${all[@]:0:2}" --format records >"$tmp/a.rec" 2>/dev/null
"$CLAIMCHECK" extract "${all[@]:2}" --format records >"$tmp/b.rec" 2>/dev/null
check "one record per document" test "$(cat "$tmp/a.rec" "$tmp/b.rec" | wc -l)" -eq 5
cat "$tmp/a.rec" "$tmp/b.rec" | "$CLAIMCHECK" reconcile - --format json >"$tmp/merged.json" 2>/dev/null
"$CLAIMCHECK" check "${all[@]}" --format json >"$tmp/whole.json" 2>/dev/null
check "reconciled shards give the report of one check (JSON, byte for byte)" cmp -s "$tmp/merged.json" "$tmp/whole.json"
"$CLAIMCHECK" reconcile "$tmp/a.rec" "$tmp/b.rec" >"$tmp/merged.txt" 2>/dev/null
"$CLAIMCHECK" check "${all[@]}" >"$tmp/whole.txt" 2>/dev/null
check "and the same text report" cmp -s "$tmp/merged.txt" "$tmp/whole.txt"
check "the merged report still flags 145 vs 150 drones" grep -q "(145 vs 150)" "$tmp/merged.txt"

# a line that is not a record is skipped with its line number; the others are reconciled
{ head -n 1 "$tmp/a.rec"; echo '{"not": "a record"}'; tail -n +2 "$tmp/a.rec"; } >"$tmp/bad.rec"
"$CLAIMCHECK" reconcile "$tmp/bad.rec" --format json >"$tmp/bad.json" 2>"$tmp/err"; code=$?
check "reconcile with a bad line still exits 0" test "$code" -eq 0
check "the bad line is named on stderr" grep -q "bad.rec:2: line 2: not a claimcheck record" "$tmp/err"
check "the two good records are reconciled" python3 -c 'import json,sys; sys.exit(len(json.load(open(sys.argv[1]))["documents"]) != 2)' "$tmp/bad.json"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
