#!/usr/bin/env bash
# Times smkit's BenchmarkKit against pandas on generated competitor data.
#
#   Benchmarks/competitor/run.sh                 # 10k, 100k, 1M rows, best of 3
#   SIZES="10000 100000" RUNS=5 Benchmarks/competitor/run.sh
#   PARSERS="fast csvSwift" Benchmarks/competitor/run.sh   # also time the CSV.swift reader
#
# Steps: install pandas with pip if missing; build the timing driver
# (driver/main.swift, product smkit-competitor-bench) and smkit in release mode; generate the data (generate.py, seed 42) into $WORK; check
# that smkit and pandas compute the same values (compare.py); then time both
# as whole processes with /usr/bin/time -v and print wall time, the ratio
# smkit/pandas, and peak RSS against the file size.
# Exits non-zero when the values differ, or with STRICT=1 when a goal
# (at 1M rows and up: smkit/DuckDB <= 0.5, smkit peak RSS <= 0.5x file size) is missed.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
SIZES="${SIZES:-10000 100000 1000000}"
RUNS="${RUNS:-3}"
# "cli-text"/"cli-json" are the real job: the built `smkit benchmark` binary, JSON output (whole process).
PARSERS="${PARSERS:-cli-text cli-json fast}"
WORK="${WORK:-${TMPDIR:-/tmp}/smkit-competitor-bench}"
ORG="Bäckerei Sonnenschein"
mkdir -p "$WORK"

# The anchors' Python packages live in a venv in the build folder, never in the product.
VENV="${VENV:-$ROOT/.build-bench/venv}"
if ! "$VENV/bin/python" -c "import pandas, duckdb" 2>/dev/null; then
    echo "== installing pandas and duckdb with pip into $VENV"
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install --quiet pandas duckdb
fi
PY="$VENV/bin/python"

echo "== building the timing driver and smkit (release)"
(cd "$ROOT" && swift build -c release --product smkit-competitor-bench 2>&1 | tail -1)
DRIVER="$(cd "$ROOT" && swift build -c release --show-bin-path)/smkit-competitor-bench"
echo "== building smkit (release)"
(cd "$ROOT" && swift build -c release --product smkit 2>&1 | tail -1)
CLI="$(cd "$ROOT" && swift build -c release --show-bin-path)/smkit"

# measure CMD...: prints "wall_seconds peak_rss_kb" of the best (fastest) of $RUNS runs.
measure() {
    local best_wall="" best_rss=""
    for _ in $(seq "$RUNS"); do
        /usr/bin/time -v "$@" >/dev/null 2>"$WORK/time.txt" || { cat "$WORK/time.txt" >&2; return 1; }
        local wall rss
        wall="$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$WORK/time.txt")"
        rss="$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$WORK/time.txt")"
        if [ -z "$best_wall" ] || awk -v a="$wall" -v b="$best_wall" 'BEGIN { exit !(a < b) }'; then
            best_wall="$wall"; best_rss="$rss"
        fi
    done
    echo "$best_wall $best_rss"
}

status=0
results=()
for n in $SIZES; do
    csv="$WORK/competitors-$n.csv"
    if [ ! -s "$csv" ]; then
        echo "== generating $n rows"
        python3 "$HERE/generate.py" --rows "$n" --seed 42 --out "$csv"
    fi
    echo "== checking values ($n rows)"
    "$DRIVER" "$csv" --organization "$ORG" --values "$WORK/smkit-$n.json" 2>/dev/null
    "$PY" "$HERE/duckdb_metrics.py" "$csv" --organization "$ORG" --values "$WORK/duckdb-$n.json" 2>/dev/null
    "$PY" "$HERE/compare.py" "$WORK/smkit-$n.json" "$WORK/duckdb-$n.json" --name duckdb || status=1
    "$PY" "$HERE/pandas_metrics.py" "$csv" --organization "$ORG" --values "$WORK/pandas-$n.json" 2>/dev/null
    "$PY" "$HERE/compare.py" "$WORK/smkit-$n.json" "$WORK/pandas-$n.json" --name pandas || status=1
    "$CLI" benchmark "$csv" --organization "$ORG" --format json > "$WORK/cli-$n.json" 2>/dev/null
    "$PY" "$HERE/compare.py" "$WORK/cli-$n.json" "$WORK/duckdb-$n.json" --name "duckdb (smkit benchmark --format json)" || status=1
    size=$(stat -c %s "$csv")
    read -r pw pr < <(measure "$PY" "$HERE/pandas_metrics.py" "$csv" --organization "$ORG")
    read -r dw dr < <(measure "$PY" "$HERE/duckdb_metrics.py" "$csv" --organization "$ORG")
    echo "duckdb $n rows: ${dw}s, peak $((dr / 1024)) MiB"
    for parser in $PARSERS; do
        if [ "$parser" = cli-text ] || [ "$parser" = cli-json ]; then
            read -r sw sr < <(measure "$CLI" benchmark "$csv" --organization "$ORG" --format "${parser#cli-}")
        else
            read -r sw sr < <(measure "$DRIVER" "$csv" --parser "$parser" --organization "$ORG")
        fi
        results+=("$(awk -v n="$n" -v size="$size" -v parser="$parser" -v sw="$sw" -v sr="$sr" -v pw="$pw" -v pr="$pr" 'BEGIN {
            printf "%9d %9.1f %-9s %8.2f %8.2f %7.2f %9.1f %8.2f %9.1f", n, size / 1048576, parser, sw, pw, sw / pw,
                sr / 1024, sr * 1024 / size, pr / 1024 }')")
        if [ "$parser" = cli-json ] && [ "$n" -ge 1000000 ]; then
            last_ratio=$(awk -v a="$sw" -v b="$dw" 'BEGIN { print a / b }')
            last_mem=$(awk -v r="$sr" -v s="$size" 'BEGIN { print r * 1024 / s }')
        fi
    done
done

echo
echo "smkit cli-text/cli-json = 'smkit benchmark FILE --format text|json': import, all default metrics, ranks/gaps, weekly trends, output (whole process)"
echo "smkit fast/csvSwift = the same computation through a bare driver, by CSV parser (whole process)"
echo "pandas = read_csv + groupby of the same metrics, ranks, gaps and trends (whole process, incl. import pandas)"
echo "wall: best of $RUNS runs; RSS: peak resident set (/usr/bin/time -v)"
printf "%9s %9s %-9s %8s %8s %7s %9s %8s %9s\n" rows file_MB parser smkit_s pandas_s ratio smkit_MB RSS/file pandas_MB
for line in "${results[@]}"; do echo "$line"; done

if [ -n "${last_ratio:-}" ]; then
    goal_ok=$(awk -v r="$last_ratio" -v m="$last_mem" 'BEGIN { print (r <= 0.5 && m <= 0.5) ? 1 : 0 }')
    if [ "$goal_ok" = 1 ]; then
        echo "goals met at the largest size >= 1M rows: smkit/DuckDB $last_ratio <= 0.5, peak/file $last_mem <= 0.5"
    else
        echo "goal missed at the largest size >= 1M rows: smkit/DuckDB $last_ratio (goal <= 0.5), peak/file $last_mem (goal <= 0.5)"
        [ "${STRICT:-0}" = 1 ] && status=1
    fi
else
    echo "(the goals are stated for 1M rows; include 1000000 in SIZES to check them)"
fi
exit $status
