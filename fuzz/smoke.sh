#!/usr/bin/env bash
# Runs each libFuzzer target for SECONDS (default 60), two at a time on the two cores, seeded
# from corpus/. A crash, a leak, a timeout (10 s on one input) or an out-of-memory fails the run
# and leaves the input in build-fuzz/artifacts/. Long runs: SECONDS=1200 fuzz/smoke.sh
set -u
cd "$(dirname "$0")/.."
secs=${SECONDS_PER_TARGET:-${1:-60}}
bin=build-fuzz/fuzz
work=build-fuzz/work
mkdir -p "$work" build-fuzz/artifacts
for t in fuzz_extract fuzz_document fuzz_pipeline; do
    mkdir -p "$work/$t"
    cp -n corpus/seeds/*.txt "$work/$t/" 2>/dev/null
done
printf '{"id": "a", "text": "Russia launched 145 drones.", "outlet": "cnn.com"}\n{broken\n' >"$work/fuzz_document/seed.jsonl"
run() {
    local t=$1
    "$bin/$t" "$work/$t" -max_total_time="$secs" -timeout=10 -rss_limit_mb=4096 -max_len=20000 \
        -artifact_prefix=build-fuzz/artifacts/ -print_final_stats=1 >"$work/$t.log" 2>&1
    local rc=$?
    local execs cov
    execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$work/$t.log" | grep -o '[0-9]*$')
    cov=$(grep -o 'cov: [0-9]*' "$work/$t.log" | tail -1 | grep -o '[0-9]*')
    echo "$t: exit $rc, ${execs:-0} runs in ${secs}s ($(( ${execs:-0} / secs )) exec/s), coverage ${cov:-?} edges"
    [ "$rc" -eq 0 ] || { tail -30 "$work/$t.log"; return 1; }
}
status=0
run fuzz_extract & p1=$!
run fuzz_document & p2=$!
wait $p1 || status=1
wait $p2 || status=1
run fuzz_pipeline || status=1
[ "$status" -eq 0 ] && echo "fuzz: 3 passed, 0 failed" || echo "fuzz: failed"
exit $status
