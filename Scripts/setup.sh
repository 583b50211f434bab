#!/usr/bin/env bash
# Installs what Guanxi needs on Debian 12 beyond Swift itself. Safe to run again: it installs
# only what is missing. Runs apt-get directly as root, through sudo otherwise.
#
#   bash Scripts/setup.sh           what building and running guanxi needs
#   bash Scripts/setup.sh --tests   also the real peers the tests check Guanxi against
set -euo pipefail

# libgraphviz-dev (with pkg-config): diagrams through Graphviz's C library; graphviz: its
# layout plugins' configuration (`dot -c`); fonts-noto-cjk: the Chinese font they are drawn in.
packages=(pkg-config libgraphviz-dev graphviz fonts-noto-cjk)
python_peers=false
if [ "${1:-}" = "--tests" ]; then
  # poppler-utils: PDF pages to PNG; chromium:
  # renders the HTML report headless, watching its console and network requests;
  # libreoffice-calc-nogui: converts our workbooks (about 260 MB, well under a minute from the
  # mirror).
  packages+=(poppler-utils chromium libreoffice-calc-nogui)
  python_peers=true
fi

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# networkx, python-igraph and openpyxl, pinned: they read the GraphML, GEXF and XLSX we write.
if $python_peers && command -v python3 >/dev/null && ! python3 -c "import networkx, igraph, openpyxl" 2>/dev/null; then
  python3 -m pip install -q --disable-pip-version-check -r "$(dirname "$0")/peers/requirements.txt"
fi

command -v swift >/dev/null || { echo "Swift is not on PATH: install Swift 6 first (swift.org)" >&2; exit 1; }
