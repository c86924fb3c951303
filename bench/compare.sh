#!/usr/bin/env bash
# claimcheck's extraction against Recognizers-Text on the same text; not a test.
#
#   bench/compare.sh
#
# Takes the first 1 MB of article text of the 100 MB drop (bench/make_drop.py, kept in
# $BENCH_DIR as run.sh keeps it), times `claimcheck extract --format jsonl --jobs 1` over that
# slice and over the whole 100 MB drop (steadier), and bench/recognizers/recognize.js (the
# number model, then the four number-with-unit models: currency, dimension, age, temperature)
# over the same slice; each run $BENCH_REPEAT times, best kept. Prints the MB/s and the ratio
# claimcheck MB/s / Recognizers MB/s as a Markdown table.
#
# Environment: CLAIMCHECK, BENCH_DIR, BENCH_REPEAT, BENCH_SEED as for run.sh.
# Needs node and npm: `npm ci` is run in bench/recognizers when its node_modules is missing.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(dirname "$here")
claimcheck=${CLAIMCHECK:-$repo/build/claimcheck}
bench_dir=${BENCH_DIR:-/tmp/claimcheck-bench}
repeat=${BENCH_REPEAT:-2}
seed=${BENCH_SEED:-1}

log() { echo "compare.sh: $*" >&2; }
[[ -x $claimcheck ]] || { echo "compare.sh: no claimcheck at $claimcheck (build it, or set CLAIMCHECK)" >&2; exit 2; }
if [[ ! -d $here/recognizers/node_modules/@microsoft/recognizers-text-suite ]]; then
    log "installing Recognizers-Text (npm ci in bench/recognizers)"
    (cd "$here/recognizers" && npm ci --no-audit --no-fund >&2)
fi

mkdir -p "$bench_dir"
drop=$bench_dir/drop-100MB-seed$seed
if [[ ! -f $drop/drop.json ]]; then
    log "making $drop"
    python3 "$here/make_drop.py" --size 100MB --seed "$seed" --out "$drop"
fi
slice=$bench_dir/slice-1MB-seed$seed
if [[ ! -f $slice/drop.json ]]; then
    log "making $slice"
    python3 "$here/make_drop.py" --size 1MB --from "$drop" --out "$slice"
fi
text_bytes() { python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["text_bytes"])' "$1/drop.json"; }

# best_seconds CMD... : the best wall-clock time of $repeat runs (output to /dev/null)
best_seconds() {
    local best="" s tf
    tf=$(mktemp)
    for ((run = 1; run <= repeat; ++run)); do
        /usr/bin/time -f '%e' -o "$tf" "$@" > /dev/null
        s=$(tail -n 1 "$tf")
        log "  run $run: $s s"
        if [[ -z $best ]] || awk -v a="$s" -v b="$best" 'BEGIN { exit !(a < b) }'; then best=$s; fi
    done
    rm -f "$tf"
    echo "$best"
}
mbs() { awk -v b="$1" -v s="$2" 'BEGIN { printf "%.3f", b / 1e6 / s }'; }

slice_bytes=$(text_bytes "$slice")
drop_bytes=$(text_bytes "$drop")
log "claimcheck extract --jobs 1 over the 1 MB slice ($slice_bytes bytes of text)"
cc_slice_s=$(best_seconds "$claimcheck" extract "$slice/slice.jsonl" --format jsonl --jobs 1 -q)
log "claimcheck extract --jobs 1 over the 100 MB drop ($drop_bytes bytes of text)"
cc_drop_s=$(best_seconds "$claimcheck" extract "$drop"/drop-*.jsonl --format jsonl --jobs 1 -q)
cc_slice=$(mbs "$slice_bytes" "$cc_slice_s")
cc_drop=$(mbs "$drop_bytes" "$cc_drop_s")

# Recognizers: each run prints model, mode, bytes, seconds, MB/s, results; keep the best per model and mode
rec=$(mktemp)
for ((run = 1; run <= repeat; ++run)); do
    log "Recognizers-Text over the slice (run $run of $repeat)"
    node "$here/recognizers/recognize.js" "$slice/slice.txt" | tail -n +2 | tee -a "$rec" >&2
done

echo "| tool | text | seconds | MB/s | claimcheck (1 MB) ÷ it | claimcheck (100 MB) ÷ it |"
echo "| --- | --- | ---: | ---: | ---: | ---: |"
echo "| claimcheck extract --jobs 1 | 1 MB slice | $cc_slice_s | $cc_slice | 1 | - |"
echo "| claimcheck extract --jobs 1 | 100 MB drop | $cc_drop_s | $cc_drop | - | 1 |"
sort -t$'\t' -k1,2 -k4,4g "$rec" | awk -F'\t' -v a="$cc_slice" -v b="$cc_drop" '
    !seen[$1 FS $2]++ {
        printf "| Recognizers %s (%s) | 1 MB slice | %s | %s | %.1f | %.1f |\n", $1, $2, $4, $5, a / $5, b / $5
    }'
rm -f "$rec"
