#!/bin/sh
# Differential test of Sources/CLuaRuntime/clua_pattern.c against stock Lua 5.4.
# usage: Tests/pattern/run.sh [random_cases]
# Builds and runs twice: -O2 (with speed comparison) and under ASan+UBSan.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out=${TMPDIR:-/tmp}/clua_pattern_difftest.$$
mkdir -p "$out"
trap 'rm -rf "$out"' EXIT
cases=${1:-60000}
LUA_CFLAGS=$(pkg-config --cflags lua5.4)
LUA_LIBS=$(pkg-config --libs lua5.4)
CC=${CC:-cc}
WARN="-Wall -Wextra -Werror -std=c11"
SRC="$root/Sources/CLuaRuntime/clua_pattern.c $here/difftest.c"
INC="-I$root/Sources/CLuaRuntime/include $LUA_CFLAGS"

echo "== -O2 build"
$CC -O2 $WARN $INC $SRC -o "$out/difftest" $LUA_LIBS -lm
"$out/difftest" "$cases"

echo "== -fsanitize=address,undefined build"
$CC -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined \
    -fno-sanitize-recover=undefined $WARN $INC $SRC -o "$out/difftest_san" $LUA_LIBS -lm
ASAN_OPTIONS=detect_leaks=1 "$out/difftest_san" "$cases" --no-bench
