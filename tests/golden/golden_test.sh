#!/usr/bin/env bash
# Golden files: each output format of the seeds report, compared byte for byte with a file that
# was read and checked by hand. UPDATE_GOLDEN=1 rewrites them (then read the diff before committing).
set -u
: "${CLAIMCHECK:?path to the claimcheck binary}" "${SOURCE_DIR:?source tree}"
cd "$SOURCE_DIR" || exit 2
golden=tests/golden
refs=(corpus/seeds/000_8f5ab2bbe03e0d92.txt corpus/seeds/002_b688bccdafbee561.txt
      corpus/seeds/003_26f0c0431f3b91e3.txt corpus/seeds/004_95257e01ec8bfa95.txt)
pass=0 fail=0
compare() {  # compare NAME COMMAND...
    local name=$1; shift
    local got; got=$(mktemp)
    "$@" >"$got" 2>/dev/null
    if [ "${UPDATE_GOLDEN:-0}" = 1 ]; then cp "$got" "$golden/$name" && chmod 644 "$golden/$name"; fi
    if cmp -s "$got" "$golden/$name"; then
        pass=$((pass + 1))
    else
        fail=$((fail + 1))
        echo "FAIL: $name differs from $golden/$name:"
        diff -u "$golden/$name" "$got" | head -40
    fi
    rm -f "$got"
}
compare seeds.check.txt "$CLAIMCHECK" check corpus/seeds
compare seeds.check.explain.txt "$CLAIMCHECK" check corpus/seeds --explain
compare seeds.check.json "$CLAIMCHECK" check corpus/seeds --format json
compare seeds.check.md "$CLAIMCHECK" check corpus/seeds --format markdown
compare seeds.extract.txt "$CLAIMCHECK" extract corpus/seeds
compare seeds.extract.jsonl "$CLAIMCHECK" extract corpus/seeds --format jsonl
compare seeds.audit.txt "$CLAIMCHECK" audit corpus/seeds/001_f80970e591c8199c.txt --against "${refs[@]}"
compare seeds.audit.json "$CLAIMCHECK" audit corpus/seeds/001_f80970e591c8199c.txt --against "${refs[@]}" --format json
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
