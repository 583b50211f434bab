#!/usr/bin/env bash
# Installs what Guanxi needs on Debian 12 beyond Swift itself. Safe to run again: it installs
# only what is missing. Runs apt-get directly as root, through sudo otherwise.
set -euo pipefail

# Debian packages the build and the tests use (the list grows as layers arrive).
packages=(pkg-config libgraphviz-dev graphviz fonts-noto-cjk poppler-utils)

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
fi

command -v swift >/dev/null || { echo "Swift is not on PATH: install Swift 6 first (swift.org)" >&2; exit 1; }
