#!/usr/bin/env bash
# Story scoping and reconciliation alone, without extraction; not a test.
#
#   bench/reconcile.sh [DROP...]
#
# For each drop folder (default: the 10 MB and 100 MB drops of $BENCH_DIR, as run.sh makes them),
# extracts the records once (`claimcheck extract --format records --jobs 2`, kept beside the drop
# folder as <drop>.records-<binary sha1>.jsonl: inside it, a `check` of the folder would read them
# as articles), then times `claimcheck reconcile --format json` over them with
# each --jobs value, $BENCH_REPEAT times, best kept, and checks that every --jobs value prints the
# same bytes. The time includes reading the records (JSON parsing) and writing the report; the
# two stages themselves are find_stories and reconcile (engine/stories.cpp, engine/reconcile.cpp).
#
# Environment: CLAIMCHECK (default: build/claimcheck), BENCH_DIR (default: /tmp/claimcheck-bench),
# BENCH_JOBS (default: "1 2"), BENCH_REPEAT (default: 2).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(dirname "$here")
claimcheck=${CLAIMCHECK:-$repo/build/claimcheck}
bench_dir=${BENCH_DIR:-/tmp/claimcheck-bench}
jobs_list=${BENCH_JOBS:-1 2}
repeat=${BENCH_REPEAT:-2}

log() { echo "reconcile.sh: $*" >&2; }
[[ -x $claimcheck ]] || { log "no claimcheck at $claimcheck (build it, or set CLAIMCHECK)"; exit 2; }
drops=("$@")
[[ ${#drops[@]} -gt 0 ]] || drops=("$bench_dir/drop-10MB-seed1" "$bench_dir/drop-100MB-seed1")

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
sha=$(sha1sum "$claimcheck" | cut -c1-12)

echo "| drop | documents | claims | jobs | seconds | peak RSS MB |"
echo "| --- | --- | --- | --- | --- | --- |"
for drop in "${drops[@]}"; do
    [[ -d $drop ]] || { log "$drop: not a folder (make drops with bench/make_drop.py)"; exit 2; }
    records=${drop%/}.records-$sha.jsonl
    if [[ ! -s $records ]]; then
        log "$drop: extracting the records"
        "$claimcheck" extract "$drop"/drop-*.jsonl --format records --jobs 2 -q > "$records.part"
        mv "$records.part" "$records"
    fi
    documents=$(wc -l < "$records")
    claims=$(grep -o '"sentence":' "$records" | wc -l)
    first=
    for jobs in $jobs_list; do
        best=
        for ((run = 1; run <= repeat; run++)); do
            log "$(basename "$drop"): reconcile --jobs $jobs (run $run of $repeat)"
            /usr/bin/time -f '%e %M' -o "$tmp/time" "$claimcheck" reconcile "$records" --format json --jobs "$jobs" -q \
                | sha1sum | cut -c1-40 > "$tmp/out"
            read -r seconds rss < "$tmp/time"
            if [[ -z $first ]]; then
                first=$(cat "$tmp/out")
            elif [[ $(cat "$tmp/out") != "$first" ]]; then
                log "$(basename "$drop"): --jobs $jobs printed another report"
                exit 1
            fi
            if [[ -z $best ]] || awk -v a="$seconds" -v b="$best" 'BEGIN { exit !(a < b) }'; then
                best=$seconds
                best_rss=$rss
            fi
        done
        echo "| $(basename "$drop") | $documents | $claims | $jobs | $best | $((best_rss / 1024)) |"
    done
done
