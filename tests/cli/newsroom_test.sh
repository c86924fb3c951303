#!/usr/bin/env bash
# The newsroom interfaces end to end: audit as compiler diagnostics, its exit codes, colour in a
# terminal only, --explain. Expectations come from the seed articles' text.
set -u
: "${CLAIMCHECK:?path to the claimcheck binary}" "${SOURCE_DIR:?source tree}"
cd "$SOURCE_DIR" || exit 2
pass=0 fail=0
check() {  # check NAME CONDITION...
    local name=$1; shift
    if "$@"; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL: $name"; fi
}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
seeds=corpus/seeds
draft=$seeds/001_f80970e591c8199c.txt
refs=("$seeds/000_8f5ab2bbe03e0d92.txt" "$seeds/002_b688bccdafbee561.txt" "$seeds/003_26f0c0431f3b91e3.txt"
      "$seeds/004_95257e01ec8bfa95.txt")

# ---- audit: the seed draft (001) against the other four ------------------------------------------
"$CLAIMCHECK" audit "$draft" --against "${refs[@]}" >"$tmp/audit" 2>"$tmp/err"; code=$?
check "a discrepancy makes audit exit 1" test "$code" -eq 1
# 001: Zelensky's "150 drones" against the Air Force's 145 (000); the ministry's "22 seriously
# wounded prisoners of war" against the "23 critically injured Ukrainian soldiers" (000)
check "150 drones is flagged against 145" grep -q "warning: 150 drones launched; .* says 145 \[discrepancy\]" "$tmp/audit"
check "22 wounded prisoners are flagged against 23" grep -q "warning: 22 seriously wounded prisoners of war.* says 23 \[discrepancy\]" "$tmp/audit"
check "the 72 drones shot down agree" grep -q "note: 72 drones shot down agrees with .* \[agree\]" "$tmp/audit"
check "a figure nobody else gives is noted as unsupported" grep -q "note: two hospitals.*no other source reports this figure \[unsupported\]" "$tmp/audit"

# Vim's and Emacs's compilation modes read %f:%l:%c: %m; each line must parse, and its line and
# column (characters) must point at the figure in the draft
parsed=$(python3 - "$tmp/audit" <<'PY'
import re, sys
ok = 0
for line in open(sys.argv[1], encoding="utf-8"):
    m = re.match(r"^(?P<f>[^:]+):(?P<l>\d+):(?P<c>\d+): (?P<m>(warning|note): .*)$", line.rstrip("\n"))
    if not m:
        print("unparsed:", line); sys.exit(1)
    text = open(m["f"], encoding="utf-8").read().split("\n")[int(m["l"]) - 1]
    rest = text[int(m["c"]) - 1:]
    figure = re.sub(r"^(warning|note): ", "", m["m"]).split(";")[0]
    if rest.split(" ")[0] != figure.split(" ")[0]:  # the figure's first word is where the column points
        print("position does not point at the figure:", line, repr(rest[:20])); sys.exit(1)
    ok += 1
print(ok)
PY
)
check "every audit line parses as %f:%l:%c: %m and points at its figure ($parsed lines)" test "${parsed:-0}" -ge 10

# --column-unit=byte: line 53 of 001 opens with a curly quote (3 bytes), so the byte column of
# "22 seriously wounded" is two more than its character column
"$CLAIMCHECK" audit "$draft" --against "${refs[@]}" --column-unit=byte >"$tmp/audit.bytes" 2>/dev/null
chars=$(grep -o "^$draft:53:[0-9]*: warning: 22" "$tmp/audit" | cut -d: -f3)
bytes=$(grep -o "^$draft:53:[0-9]*: warning: 22" "$tmp/audit.bytes" | cut -d: -f3)
check "byte columns count the curly quote's three bytes" test "$((bytes - chars))" -eq 2

# a draft the sources confirm: exit 0, and the 72 is noted as agreeing
printf 'Overnight, Russia attacked Ukraine with drones and missiles; 72 drones were shot down, the air force said.\n' >"$tmp/draft.txt"
"$CLAIMCHECK" audit "$tmp/draft.txt" --against $seeds >"$tmp/ok" 2>/dev/null; code=$?
check "a confirmed draft exits 0" test "$code" -eq 0
check "its 72 agrees with the other reports" grep -q "draft.txt:1:62: note: 72 drones shot down agrees with" "$tmp/ok"

# a draft against the wire as 60 outlets printed it (more than the 50 documents that pair all their
# documents): the draft's 180 individuals to be exchanged against the wire's 175 (seed 000)
mkdir -p "$tmp/wire"
for i in $(seq 1 60); do cp "$seeds/000_8f5ab2bbe03e0d92.txt" "$tmp/wire/outlet$i.txt"; done
sed '0,/175 individuals/s//180 individuals/' "$seeds/000_8f5ab2bbe03e0d92.txt" >"$tmp/rewrite.txt"
"$CLAIMCHECK" audit "$tmp/rewrite.txt" --against "$tmp/wire" >"$tmp/wire.out" 2>/dev/null; code=$?
check "a draft that changes a wire figure printed by 60 outlets exits 1" test "$code" -eq 1
check "its 180 individuals are flagged against the wire's 175" grep -q "warning: 180 individuals.* says 175 \[discrepancy\]" "$tmp/wire.out"

# JSON findings: per draft claim, its verdict and what it was compared with
"$CLAIMCHECK" audit "$draft" --against "${refs[@]}" --format json >"$tmp/audit.json" 2>/dev/null
check "json findings give the 150 drones compared with 145" python3 -c '
import json, sys
a = json.load(open(sys.argv[1]))
f = [f for f in a["findings"] if f["claim"]["text"] == "150 drones" and f["verdict"] == "discrepancy"]
sys.exit(not (f and all(c["value"] == 145 for c in f[0]["compared"])))' "$tmp/audit.json"

# usage errors
"$CLAIMCHECK" audit "$draft" >/dev/null 2>"$tmp/err"; code=$?
check "audit without --against is a usage error" test "$code" -eq 2
check "and says what is missing" grep -q "audit needs --against" "$tmp/err"
"$CLAIMCHECK" audit "$draft" "$draft" --against $seeds >/dev/null 2>&1; code=$?
check "audit takes one draft" test "$code" -eq 2
"$CLAIMCHECK" audit "$tmp/none.txt" --against $seeds >/dev/null 2>"$tmp/err"; code=$?
check "a missing draft is named and exits 2" test "$code" -eq 2
check "the missing draft's path is in the message" grep -q "none.txt: no such file" "$tmp/err"

# ---- colour: in a terminal only, never with NO_COLOR or through a pipe -----------------------------
esc=$(printf '\033[')
"$CLAIMCHECK" check $seeds >"$tmp/piped" 2>/dev/null
check "piped output has no colour" bash -c '! grep -qF "$1" "$2"' _ "$esc" "$tmp/piped"
if command -v script >/dev/null; then
    script -qec "$CLAIMCHECK check $seeds" /dev/null >"$tmp/tty" 2>/dev/null
    check "a terminal gets colour" grep -qF "$esc" "$tmp/tty"
    NO_COLOR=1 script -qec "$CLAIMCHECK check $seeds" /dev/null >"$tmp/tty.nc" 2>/dev/null
    check "NO_COLOR turns colour off in a terminal" bash -c '! grep -qF "$1" "$2"' _ "$esc" "$tmp/tty.nc"
    COLUMNS=60 script -qec "$CLAIMCHECK check $seeds --color never" /dev/null >"$tmp/narrow" 2>/dev/null
    # the quoted sentences (indented ten spaces) wrap at 60 characters
    longest=$(python3 -c 'import sys; print(max(len(l.rstrip("\r\n")) for l in open(sys.argv[1], encoding="utf-8") if l.startswith(" " * 10)))' "$tmp/narrow")
    check "quoted sentences wrap to the terminal width" test "${longest:-999}" -le 60
else
    check "script(1) is there to give the tool a terminal" false
fi
"$CLAIMCHECK" check $seeds --color always >"$tmp/always" 2>/dev/null
check "--color always forces colour" grep -qF "$esc" "$tmp/always"

# ---- --explain -------------------------------------------------------------------------------------
"$CLAIMCHECK" check $seeds --explain >"$tmp/explain" 2>/dev/null
check "--explain says why 145 and 150 drones were grouped" grep -q "why grouped: .*counted: drones \[drone\]; what happened: .*\[launched\]" "$tmp/explain"
check "--explain says why the verdict" grep -q "why discrepancy: the reported figures differ by 3.3% (145 vs 150)" "$tmp/explain"
check "--explain names the synonyms that joined 22 and 23" grep -q "counted: prisoners of war \[serviceman\], soldiers \[serviceman\]" "$tmp/explain"

# ---- per-command help ------------------------------------------------------------------------------
"$CLAIMCHECK" audit --help >"$tmp/help" 2>&1; code=$?
check "audit --help exits 0" test "$code" -eq 0
check "audit --help gives the diagnostic form" grep -q "warning: 150 drones launched" "$tmp/help"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
