#!/usr/bin/env bash
# Streaming extract: documents are read one at a time and written in input order as soon as they
# are done, so the output does not depend on --jobs, memory does not grow with the input, and
# skipped inputs (malformed JSON Lines lines, ...) are still reported on stderr and in the output.
# check --format json streams too: memory follows the story features, not the documents.
set -u
: "${CLAIMCHECK:?path to the claimcheck binary}" "${SOURCE_DIR:?source tree}"
pass=0 fail=0
check() { local name=$1; shift; if "$@"; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL: $name"; fi; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

# The memory checks need the binary to start under `ulimit -v`; a sanitizer build reserves
# terabytes of address space and cannot, and is slow: it gets a 2 MB drop and no memory check.
if (ulimit -v 200000 && "$CLAIMCHECK" --version >/dev/null 2>&1); then limited=1 mb=16; else limited=0 mb=2; fi

# a $mb MB JSON Lines drop: the seed articles over and over, with bad lines at known places (line
# 2 not JSON, 5 blank, 7 an empty text, 9 no text, the last one without a newline)
python3 - "$SOURCE_DIR/corpus/seeds" "$tmp/drop.jsonl" "$mb" <<'PY'
import json, os, sys
src, out, mb = sys.argv[1], sys.argv[2], int(sys.argv[3])
arts = [open(os.path.join(src, f), encoding="utf-8").read() for f in sorted(os.listdir(src)) if f.endswith(".txt")]
bad = {2: "not json {", 5: "", 7: json.dumps({"text": ""}), 9: json.dumps({"notext": 1})}
with open(out, "w", encoding="utf-8") as o:
    line, size, n = 0, 0, 0
    while size < mb * 1_000_000:
        line += 1
        if line in bad:
            text = bad[line]
        else:
            text = json.dumps({"id": "a%d" % n, "text": arts[n % len(arts)], "outlet": "example.com"})
            n += 1
        o.write(text + "\n")
        size += len(text) + 1
    o.write(json.dumps({"id": 7}))
PY
last=$(( $(wc -l <"$tmp/drop.jsonl") + 1 ))
head -n 40 "$tmp/drop.jsonl" >"$tmp/small.jsonl"

# ---- the output does not depend on --jobs ----------------------------------------------------
"$CLAIMCHECK" extract "$tmp/drop.jsonl" --format jsonl --jobs 1 >"$tmp/j1.jsonl" 2>"$tmp/j1.err"; code=$?
check "extract --jobs 1: exit 0" test "$code" -eq 0
"$CLAIMCHECK" extract "$tmp/drop.jsonl" --format jsonl --jobs 3 >"$tmp/j3.jsonl" 2>"$tmp/j3.err"
check "jsonl: --jobs 3 writes the bytes --jobs 1 writes" cmp -s "$tmp/j1.jsonl" "$tmp/j3.jsonl"
check "jsonl: --jobs 3 logs what --jobs 1 logs" cmp -s "$tmp/j1.err" "$tmp/j3.err"
check "jsonl: claims numbered in order" python3 -c '
import json, sys
ids = [json.loads(l)["id"] for l in open(sys.argv[1])]
sys.exit(ids != ["c%d" % (i + 1) for i in range(len(ids))] or len(ids) < 1000)' "$tmp/j1.jsonl"
for f in json text records; do
    "$CLAIMCHECK" extract "$tmp/small.jsonl" "$SOURCE_DIR/corpus/seeds" --format "$f" --jobs 1 >"$tmp/s1.$f" 2>/dev/null
    "$CLAIMCHECK" extract "$tmp/small.jsonl" "$SOURCE_DIR/corpus/seeds" --format "$f" --jobs 3 >"$tmp/s3.$f" 2>/dev/null
    check "$f: --jobs 3 writes the bytes --jobs 1 writes" cmp -s "$tmp/s1.$f" "$tmp/s3.$f"
done

# ---- skipped lines are still reported --------------------------------------------------------
for w in "drop.jsonl:2: line 2: not a JSON object" "drop.jsonl:7: line 7: empty file" \
         "drop.jsonl:9: line 9: no \"text\" string" "drop.jsonl:$last: line $last: no \"text\" string"; do
    check "stderr names $w" grep -qF "claimcheck: warning: $tmp/$w (skipped)" "$tmp/j1.err"
done
check "stderr has four warnings and nothing else" test "$(wc -l <"$tmp/j1.err")" -eq 4
check "json lists the skipped lines, in order, and counts them" python3 -c '
import json, sys
r = json.load(open(sys.argv[1]))
want = [("small.jsonl:2", "line 2: not a JSON object"), ("small.jsonl:7", "line 7: empty file"),
        ("small.jsonl:9", "line 9: no \"text\" string")]
got = [(s["path"].rsplit("/", 1)[1], s["reason"]) for s in r["skipped"]]
s = r["summary"]
sys.exit(not (got == want and s["skipped"] == 3 and s["documents"] == 36 + 5 and s["inputs"] == 44
              and s["claims"] == len(r["claims"]) and [d["id"] for d in r["documents"]] == ["d%d" % i for i in range(1, 42)]))' "$tmp/s1.json"
check "text lists the skipped lines before the count" \
    bash -c 'tail -n 6 "$1" | head -n 4 | sed "s|$2/||" | diff - <(printf "skipped:\n  small.jsonl:2: line 2: not a JSON object\n  small.jsonl:7: line 7: empty file\n  small.jsonl:9: line 9: no \"text\" string\n")' _ "$tmp/s1.text" "$tmp"
check "text ends with the totals" grep -qE "^41 documents, [0-9]+ figures, 3 inputs skipped$" "$tmp/s1.text"

# ---- standard input is streamed too ----------------------------------------------------------
"$CLAIMCHECK" extract --input-format jsonl - --format jsonl --jobs 2 <"$tmp/drop.jsonl" >"$tmp/stdin.jsonl" 2>"$tmp/stdin.err"
check "stdin: the same claims as the file" \
    bash -c 'cmp -s <(sed -E "s|\"path\":\"[^\"]*:([0-9]+)\"|\"path\":\"X:\\1\"|" "$1") <(sed -E "s|\"path\":\"[^\"]*:([0-9]+)\"|\"path\":\"X:\\1\"|" "$2")' _ "$tmp/j1.jsonl" "$tmp/stdin.jsonl"
check "stdin: the same warnings" grep -qF "claimcheck: warning: -:9: line 9: no \"text\" string (skipped)" "$tmp/stdin.err"

# ---- memory is bounded by the window, not by the input ---------------------------------------
# The whole-report code held every document, its folded copies and the whole output at once,
# some 20 bytes per byte of text: over 200 MB of address space for this 16 MB drop (it fails
# there); streamed, it needs a few MB beside the binary, its libraries and its threads.
if [ "$limited" = 1 ]; then
    (ulimit -v 200000 && exec "$CLAIMCHECK" extract "$tmp/drop.jsonl" --format jsonl --jobs 2 -q >"$tmp/limited.jsonl" 2>"$tmp/limited.err"); code=$?
    check "jsonl under a 200 MB address-space limit: exit 0" test "$code" -eq 0
    check "jsonl under the limit: the whole output" cmp -s "$tmp/j1.jsonl" "$tmp/limited.jsonl"
    (ulimit -v 200000 && exec "$CLAIMCHECK" extract "$tmp/drop.jsonl" --format json --jobs 2 -q >"$tmp/limited.json" 2>/dev/null); code=$?
    check "json under the limit: exit 0" test "$code" -eq 0
    check "json under the limit: every claim" python3 -c '
import json, sys
r = json.load(open(sys.argv[1]))
n = sum(1 for _ in open(sys.argv[2]))
sys.exit(not (len(r["claims"]) == n == r["summary"]["claims"] and r["summary"]["skipped"] == 4))' "$tmp/limited.json" "$tmp/j1.jsonl"
else
    echo "note: the memory checks are skipped (the binary does not start under ulimit -v)"
fi

# ---- check --format json streams: only story features stay in memory --------------------------
"$CLAIMCHECK" check "$tmp/drop.jsonl" --format json --jobs 1 -q >"$tmp/c1.json" 2>/dev/null; code=$?
check "check json --jobs 1: exit 0" test "$code" -eq 0
"$CLAIMCHECK" check "$tmp/drop.jsonl" --format json --jobs 3 -q >"$tmp/c3.json" 2>/dev/null
check "check json: --jobs 3 writes the bytes --jobs 1 writes" cmp -s "$tmp/c1.json" "$tmp/c3.json"
check "check json: every claim in one group, the skipped lines listed" python3 -c '
import json, sys
r = json.load(open(sys.argv[1]))
n = sum(1 for _ in open(sys.argv[2]))
ids = sorted(c for g in r["groups"] for c in g["claims"])
sys.exit(not (len(r["claims"]) == n and ids == sorted(c["id"] for c in r["claims"]) and r["summary"]["skipped"] == 4))' "$tmp/c1.json" "$tmp/j1.jsonl"
if [ "$limited" = 1 ]; then
    # what does not fit in a few MB of memory goes to a temporary file (the full-size drop needs
    # one; the sanitizer build's small drop may not): one that cannot be made is an error
    TMPDIR="$tmp/no-such-folder" "$CLAIMCHECK" check "$tmp/drop.jsonl" --format json -q >"$tmp/notmp.json" 2>"$tmp/err"; code=$?
    check "check json without a temporary folder: exit 3" test "$code" -eq 3
    check "check json without a temporary folder: says where" grep -qF "cannot make a temporary file in $tmp/no-such-folder" "$tmp/err"
    # holding every document and claim, this drop took over 230 MB of address space (it failed
    # there); streamed, its story features and a batch of stories fit
    (ulimit -v 230000 && exec "$CLAIMCHECK" check "$tmp/drop.jsonl" --format json --jobs 2 -q >"$tmp/climited.json" 2>/dev/null); code=$?
    check "check json under a 230 MB address-space limit: exit 0" test "$code" -eq 0
    check "check json under the limit: the whole report" cmp -s "$tmp/c1.json" "$tmp/climited.json"
fi

# ---- an interrupted or failed output leaves no file --------------------------------------------
"$CLAIMCHECK" extract "$tmp/small.jsonl" --format jsonl --output "$tmp/out.jsonl" 2>/dev/null; code=$?
check "--output: exit 0" test "$code" -eq 0
check "--output: the same bytes as standard output" cmp -s "$tmp/out.jsonl" <("$CLAIMCHECK" extract "$tmp/small.jsonl" --format jsonl 2>/dev/null)
check "--output: no temporary file left" test ! -e "$tmp/out.jsonl.tmp"
mkdir "$tmp/folder"
"$CLAIMCHECK" extract "$tmp/small.jsonl" --format jsonl --output "$tmp/folder" 2>"$tmp/err"; code=$?
check "--output a folder: exit 3" test "$code" -eq 3
check "--output a folder: logged" grep -qF "cannot write the output" "$tmp/err"
if [ -w /dev/full ]; then
    "$CLAIMCHECK" extract "$tmp/drop.jsonl" --format jsonl >/dev/full 2>"$tmp/err"; code=$?
    check "a full device: exit 3" test "$code" -eq 3
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
