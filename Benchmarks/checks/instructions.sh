#!/usr/bin/env bash
# Instructions per subject for the check machinery and the plain Lua loop, counted by
# callgrind: unlike timings on a shared machine, the same build gives the same counts.
#   bash Benchmarks/checks/instructions.sh [subjects]    (default 2000; about a minute)
set -euo pipefail
cd "$(dirname "$0")/../.."
subjects=${1:-2000}
swift build -c release --product smkit-check-bench >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# valgrind's reader chokes on the full debug information of a Swift release binary.
strip --strip-debug -o "$work/bench" .build/release/smkit-check-bench
valgrind --tool=callgrind --callgrind-out-file="$work/out" "$work/bench" "$subjects" 1 >"$work/stdout" 2>"$work/log"
callgrind_annotate --inclusive=yes "$work/out" >"$work/report"
calls=$(sed -n 's/^calls: PluginHost.check \([0-9]*\), loop subjects \([0-9]*\)$/\1 \2/p' "$work/stdout")
[ -n "$calls" ] || { echo "the benchmark printed no call counts" >&2; exit 1; }
# Inclusive cost of a symbol whose mangled name contains $1 (first match).
cost() { grep -F "$1" "$work/report" | head -n 1 | awk '{ gsub(",", "", $1); print $1 }'; }
machinery=$(cost 'PluginHostC5check_9platformsAA11CheckResultV0A3Kit0G7SubjectO_SaySSGSgtF')
loop=$(cost 'PluginHostC11runBaseline_6rounds')
[ -n "$machinery" ] && [ -n "$loop" ] || { echo "symbols not found in the callgrind report" >&2; exit 1; }
set -- $calls
awk -v m="$machinery" -v l="$loop" -v cm="$1" -v cl="$2" 'BEGIN {
  printf "machinery:  %.0f instructions per subject (%d calls)\n", m / cm, cm
  printf "plain loop: %.0f instructions per subject (%d subjects)\n", l / cl, cl
  printf "machinery / loop: %.2fx\n", (m / cm) / (l / cl)
}'
