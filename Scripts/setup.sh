#!/usr/bin/env bash
# Installs the Debian packages smkit builds and tests against (Scripts/apt-packages.txt),
# only those still missing; via sudo when not root.
set -euo pipefail
cd "$(dirname "$0")/.."
missing=()
while read -r p; do
  [ -n "$p" ] && ! dpkg -s "$p" >/dev/null 2>&1 && missing+=("$p")
done < Scripts/apt-packages.txt
if [ ${#missing[@]} -gt 0 ]; then
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}"
fi
