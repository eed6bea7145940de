#!/usr/bin/env bash
# The main job on the bundled example: sets up, builds, and runs smkit on the
# example bakery workspace.
set -euo pipefail
cd "$(dirname "$0")/.."
bash Scripts/setup.sh
swift build -c release --product smkit >/dev/null
smkit=.build/release/smkit
workspace=${1:-Examples/baeckerei-sonnenschein}
"$smkit" report "$workspace" --lang "${SMKIT_LANG:-de}"

