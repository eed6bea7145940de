#!/usr/bin/env bash
# The test command: the whole suite, then again under AddressSanitizer,
# then each libFuzzer target briefly (Scripts/fuzz.sh), then luacheck over the Lua plugins,
# scripts and smkit's own embedded Lua.
set -euo pipefail
cd "$(dirname "$0")/.."
bash Scripts/setup.sh
swift build
swift test 2>&1 | tee .build/test.log
echo "== phrase corpus: precision and recall per intent =="
cat "${SMKIT_PHRASE_REPORT:-.build/phrase-corpus.txt}" | tail -n +2
echo "== interruptible pattern matcher against liblua5.4 (differential, also under ASan/UBSan) =="
bash Tests/pattern/run.sh 20000 | tail -n 1
echo "== AddressSanitizer =="
# The tmux tier (REPLTerminalTests) waits on a real terminal with time-outs; it ran above,
# and under ASan's slowdown it would only test the machine's speed.
SMKIT_TEST_SANITIZER=address LSAN_OPTIONS="suppressions=$PWD/.ci/lsan-suppressions.txt" \
  swift test --sanitize=address --scratch-path .build-asan --skip REPLTerminalTests 2>&1 \
  | tee .build/test-asan.log | tail -n 5
grep -E 'Test run with' .build/test-asan.log | tail -n 1 || true
echo "== fuzzing (libFuzzer + ASan, ${SMKIT_FUZZ_SECONDS:-20} s per target; a crash fails the test command) =="
# A fresh scratch corpus and a fixed random seed each time, so a run depends only on the code
# and the seeds in Tests/Fuzz/corpus (longer runs: Scripts/fuzz.sh).
fuzz_work=$(mktemp -d)
SMKIT_FUZZ_WORK=$fuzz_work bash Scripts/fuzz.sh all "${SMKIT_FUZZ_SECONDS:-20}" -seed=1 \
  || { echo "fuzzing found a crash; inputs under $fuzz_work/*/crashes" >&2; exit 1; }
rm -rf "$fuzz_work"
if command -v luacheck >/dev/null && ls Plugins/*/*.lua >/dev/null 2>&1; then
  echo "== luacheck =="
  luacheck --no-color -q Plugins Scripts Sources/LuaHost/Lua Sources/StrategyScripting/Lua
fi
