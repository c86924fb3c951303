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

"$CLAIMCHECK" >/dev/null 2>"$tmp/err"; code=$?
check "no command is a usage error (exit 2)" test "$code" -eq 2
check "usage error names the problem" grep -q "no command given" "$tmp/err"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
