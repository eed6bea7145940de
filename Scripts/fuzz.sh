#!/usr/bin/env bash
# Fuzzing with libFuzzer: Scripts/fuzz.sh TARGET SECONDS [libFuzzer args...]
#   TARGET  lua-bridge | lua-chunk | workspace | contest | csv | json | all
# Builds smkit-fuzz once (SMKIT_FUZZ=1, -sanitize=fuzzer,address, scratch .build-fuzz; release
# with -g by default, about 4x the executions of debug; SMKIT_FUZZ_CONFIG=debug builds faster), then
# runs TARGET for SECONDS from the seeds in Tests/Fuzz/corpus/TARGET plus a scratch corpus
# outside the repository (SMKIT_FUZZ_WORK, default ${TMPDIR:-/tmp}/smkit-fuzz/TARGET), and
# prints one line per target: target, executions, seconds, crashes. Crashing inputs are kept
# under SMKIT_FUZZ_WORK/TARGET/crashes. Exit status 1 when any target crashed.
# Reproduce one input:  SMKIT_FUZZ_TARGET=csv .build-fuzz/release/smkit-fuzz FILE
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 2 ] || { echo "usage: Scripts/fuzz.sh TARGET|all SECONDS [libFuzzer args...]" >&2; exit 2; }
target=$1 seconds=$2
shift 2
targets=(lua-bridge lua-chunk workspace contest csv json text)
if [ "$target" = all ]; then
  selected=("${targets[@]}")
else
  [[ " ${targets[*]} " == *" $target "* ]] || { echo "unknown target '$target' (${targets[*]} or all)" >&2; exit 2; }
  selected=("$target")
fi

scratch=.build-fuzz
config=${SMKIT_FUZZ_CONFIG:-release}
binary=$scratch/$config/smkit-fuzz
SMKIT_FUZZ=1 swift build --scratch-path "$scratch" -c "$config" --product smkit-fuzz \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -g 2>&1 | grep -v 'ld.gold: warning: Cannot export local symbol' \
  | grep -E 'error|warning: unre|Compiling|Build' | tail -n 3 >&2

work_root=${SMKIT_FUZZ_WORK:-${TMPDIR:-/tmp}/smkit-fuzz}
# The Swift runtime's backtracer would outlive a crashing run and hold its pipe open;
# libFuzzer and ASan report crashes themselves.
export SWIFT_BACKTRACE=enable=no
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:allocator_may_return_null=1}
failed=0
for t in "${selected[@]}"; do
  work=$work_root/$t
  mkdir -p "$work/corpus" "$work/crashes"
  log=$work/last.log
  status=0
  started=$SECONDS
  SMKIT_FUZZ_TARGET=$t SMKIT_FUZZ_PLUGINS=$PWD/Plugins "$binary" \
    -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2048 -max_len=16384 \
    -print_final_stats=1 -artifact_prefix="$work/crashes/" "$@" \
    "$work/corpus" "Tests/Fuzz/corpus/$t" >"$log" 2>&1 || status=$?
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  time=$((SECONDS - started))
  crashes=$(grep -c '^artifact_prefix=.*Test unit written to' "$log" || true)
  echo "fuzz $t: ${runs:-0} executions in $time s, $crashes crashes"
  if [ "$status" -ne 0 ] || [ "$crashes" -ne 0 ]; then
    failed=1
    grep -E '^(==[0-9]+==ERROR|SUMMARY|.*Fatal error|artifact_prefix)' "$log" | head -n 8 >&2 || true
    echo "  log: $log" >&2
  fi
done
exit "$failed"
