#!/usr/bin/env bash
# Start-up of the REPL: smkit-repl from start to exit with empty standard input,
# against `lua5.4 -e ''` in the same run, so machine load affects both alike.
# The goal is a REPL ready with every built-in plugin within 20 ms.
#
# Usage: Benchmarks/repl/startup.sh [RUNS]   (default 200)
# Env:   SMKIT_REPL=path/to/smkit-repl (default: a release build in .build-bench-repl)
#        NO_HYPERFINE=1 uses the timing loop even when hyperfine is installed
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-200}"
repl="${SMKIT_REPL:-}"
if [[ -z "$repl" ]]; then
  swift build -c release --scratch-path .build-bench-repl --product smkit-repl >&2
  repl="$(swift build -c release --scratch-path .build-bench-repl --show-bin-path)/smkit-repl"
fi
lua="$(command -v lua5.4)"

if [[ -z "${NO_HYPERFINE:-}" ]] && command -v hyperfine >/dev/null; then
  # -N: no shell in between; hyperfine gives the commands an empty standard input.
  hyperfine -N --warmup 10 --runs "$runs" "$repl" "$lua -e ''"
  exit
fi

# Fallback without hyperfine: a timing loop, mean and median in milliseconds.
measure() {
  local name="$1"; shift
  local times=()
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s%N)
    "$@" </dev/null >/dev/null
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v name="$name" '
    { t[NR] = $1; sum += $1 }
    END { printf "%-40s mean %6.2f ms  median %6.2f ms  (%d runs)\n", name, sum / NR / 1000, t[int((NR + 1) / 2)] / 1000, NR }'
}
for _ in 1 2 3 4 5; do "$repl" </dev/null >/dev/null; "$lua" -e '' </dev/null; done  # warm-up
measure "smkit-repl </dev/null" "$repl"
measure "lua5.4 -e ''" "$lua" -e ''
