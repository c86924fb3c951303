#!/usr/bin/env bash
# Sets up a Debian 12 machine for claimcheck and builds it into build/.
# Installs the Debian packages it needs (as root, or through sudo) when any is missing.
set -euo pipefail
cd "$(dirname "$0")"

packages=(build-essential cmake ninja-build libboost-dev libboost-program-options-dev
          libspdlog-dev catch2 nlohmann-json3-dev libsimdjson-dev python3 chromium clang libclang-rt-14-dev)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}" >&2
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi

cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >&2
cmake --build build -j "$(nproc)" >&2
