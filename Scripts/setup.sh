#!/usr/bin/env bash
# Installs what Guanxi needs on Debian 12 beyond Swift itself. Safe to run again: it installs
# only what is missing. Runs apt-get directly as root, through sudo otherwise.
set -euo pipefail

# Debian packages the build and the tests use (the list grows as layers arrive).
# libgraphviz-dev, graphviz, fonts-noto-cjk: diagrams through Graphviz's C library in Chinese
# (the `dot` command and poppler-utils check our DOT and PDF in the tests); chromium: the
# report test renders the HTML report headless and watches its console and network requests.
packages=(pkg-config libgraphviz-dev graphviz fonts-noto-cjk poppler-utils chromium)

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

# Real peers the interchange tests check Guanxi's files against: LibreOffice headless (Debian's
# libreoffice-calc-nogui without recommends: about 110 packages, 260 MB installed, well under a
# minute from the mirror) and networkx, python-igraph and openpyxl (pinned, a few seconds). The
# tests skip with a message when they are absent.
if ! command -v soffice >/dev/null; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends libreoffice-calc-nogui
fi
if command -v python3 >/dev/null && ! python3 -c "import networkx, igraph, openpyxl" 2>/dev/null; then
  python3 -m pip install -q --disable-pip-version-check -r "$(dirname "$0")/peers/requirements.txt"
fi

command -v swift >/dev/null || { echo "Swift is not on PATH: install Swift 6 first (swift.org)" >&2; exit 1; }
