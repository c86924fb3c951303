#!/usr/bin/env bash
# Speed and memory of claimcheck on drops of real articles (bench/make_drop.py); not a test.
#
#   bench/run.sh [SIZE...]          sizes of article text, default: 10MB 100MB 1GB
#
# For each size: make the drop (kept in $BENCH_DIR for the next run), then time
# `extract --format jsonl` and `check --format json` with --jobs 1 and --jobs 2, output to
# /dev/null, each $BENCH_REPEAT times; the table gives the best time and the highest peak RSS of
# the repeats. The claims are counted once per size and binary from an extract run (wc -l of its
# JSON Lines), and the count kept beside the drop.
# A run that takes longer than $BENCH_TIMEOUT seconds or more than $BENCH_MEM_GB GiB of address space is
# stopped and reported as not finished; its repeats are not run.
#
# Environment:
#   CLAIMCHECK      the binary (default: build/claimcheck of this checkout)
#   BENCH_DIR       where drops and raw results are kept (default: /tmp/claimcheck-bench)
#   BENCH_REPEAT    runs of each measurement (default: 2)
#   BENCH_JOBS      --jobs values (default: "1 2")
#   BENCH_COMMANDS  commands measured (default: "extract check")
#   BENCH_TIMEOUT   seconds before a run is stopped (default: 1800)
#   BENCH_MEM_GB    address-space limit of a run (ulimit -v), GiB (default: 20)
#   BENCH_SEED      make_drop.py --seed (default: 1)
#
# Output: a Markdown table on standard output (ready for docs/performance.md), progress on
# standard error, and every single run in $BENCH_DIR/runs.tsv.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(dirname "$here")
claimcheck=${CLAIMCHECK:-$repo/build/claimcheck}
bench_dir=${BENCH_DIR:-/tmp/claimcheck-bench}
repeat=${BENCH_REPEAT:-2}
jobs_list=${BENCH_JOBS:-1 2}
commands=${BENCH_COMMANDS:-extract check}
limit_s=${BENCH_TIMEOUT:-1800}
limit_gb=${BENCH_MEM_GB:-20}
seed=${BENCH_SEED:-1}
sizes=("$@")
[[ ${#sizes[@]} -gt 0 ]] || sizes=(10MB 100MB 1GB)

[[ -x $claimcheck ]] || { echo "run.sh: no claimcheck at $claimcheck (build it, or set CLAIMCHECK)" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "run.sh: /usr/bin/time is missing (apt-get install time)" >&2; exit 2; }
mkdir -p "$bench_dir"
runs=$bench_dir/runs.tsv
[[ -s $runs ]] || printf 'date\tsize\ttext_bytes\tcommand\tjobs\trun\tstatus\tseconds\tpeak_rss_kb\n' > "$runs"

log() { echo "run.sh: $*" >&2; }

# drop SIZE -> prints the drop's folder, made unless already there (drop.json is written last)
drop_for() {
    local dir=$bench_dir/drop-$1-seed$seed
    if [[ ! -f $dir/drop.json ]]; then
        log "making $dir"
        python3 "$here/make_drop.py" --size "$1" --seed "$seed" --out "$dir"
    fi
    echo "$dir"
}

# measure CMD... : runs it under the limits; sets status, seconds, rss_kb
measure() {
    local tf err rc
    tf=$(mktemp) err=$(mktemp)
    set +e
    (
        ulimit -v $((limit_gb * 1024 * 1024))
        exec /usr/bin/time -f '%e %M' -o "$tf" timeout "$limit_s" "$@" > /dev/null 2> "$err"
    )
    rc=$?
    set -e
    read -r seconds rss_kb < <(tail -n 1 "$tf")
    if [[ $rc -eq 0 ]]; then
        status=ok
    elif [[ $rc -eq 124 ]]; then
        status="not finished: stopped after ${limit_s} s"
    elif grep -q 'bad_alloc\|Cannot allocate\|out of memory' "$err"; then
        status="not finished: out of memory (limit ${limit_gb} GiB of address space)"
    else
        status="not finished: exit $rc ($(tail -n 1 "$err" | cut -c1-80))"
    fi
    rm -f "$tf" "$err"
}

mb() { awk -v b="$1" 'BEGIN { printf "%.1f", b / 1e6 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else printf "-" }'; }

echo "| size | MB of text | command | jobs | seconds | MB/s | claims | claims/s | peak RSS MB |"
echo "| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |"
for size in "${sizes[@]}"; do
    drop=$(drop_for "$size")
    text_bytes=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["text_bytes"])' "$drop/drop.json")
    inputs=("$drop"/drop-*.jsonl)
    text_mb=$(mb "$text_bytes")

    # the count is kept beside the drop, per binary (it is the same for every run of one binary)
    claims_file=$drop/claims-$(sha1sum "$claimcheck" | cut -c1-12)
    if [[ -s $claims_file ]]; then
        claims=$(cat "$claims_file")
    else
        log "$size: counting claims (extract --jobs 2 | wc -l)"
        claims=$(set +o pipefail; ( ulimit -v $((limit_gb * 1024 * 1024)); timeout "$limit_s" "$claimcheck" extract "${inputs[@]}" --format jsonl --jobs 2 -q ) | wc -l)
        if [[ $claims -eq 0 ]]; then
            log "$size: the counting run did not finish; claims unknown"
            claims=-
        else
            echo "$claims" > "$claims_file"
        fi
    fi

    for command in $commands; do
        format=jsonl
        [[ $command == check ]] && format=json
        for jobs in $jobs_list; do
            best="" worst_rss=0 final="ok"
            for ((run = 1; run <= repeat; ++run)); do
                log "$size: $command --format $format --jobs $jobs (run $run of $repeat)"
                measure "$claimcheck" "$command" "${inputs[@]}" --format "$format" --jobs "$jobs" -q
                printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$(date -Is)" "$size" "$text_bytes" "$command" "$jobs" "$run" \
                    "$status" "$seconds" "$rss_kb" >> "$runs"
                log "  $status, $seconds s, $((rss_kb / 1024)) MB"
                (( rss_kb > worst_rss )) && worst_rss=$rss_kb
                if [[ $status != ok ]]; then
                    final=$status
                    break
                fi
                if [[ -z $best ]] || awk -v a="$seconds" -v b="$best" 'BEGIN { exit !(a < b) }'; then best=$seconds; fi
            done
            rss_mb=$(awk -v k="$worst_rss" 'BEGIN { printf "%.0f", k * 1024 / 1e6 }')
            if [[ $final == ok ]]; then
                echo "| $size | $text_mb | $command | $jobs | $best | $(ratio "$(awk -v b="$text_bytes" 'BEGIN { print b / 1e6 }')" "$best") | $claims | $( [[ $claims == - ]] && echo - || ratio "$claims" "$best" | cut -d. -f1) | $rss_mb |"
            else
                echo "| $size | $text_mb | $command | $jobs | $final (at $seconds s) | - | $claims | - | >= $rss_mb |"
            fi
        done
    done
done
