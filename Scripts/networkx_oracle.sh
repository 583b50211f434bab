#!/usr/bin/env bash
# Regenerates Tests/Fixtures/oracle/*.json from networkx (the reference oracle).
# Installs the pinned networkx (and the numpy/scipy that its PageRank and
# structural-hole code use), then runs networkx_oracle.py.
set -euo pipefail
NETWORKX_VERSION="3.6.1"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
python3 -m pip install --quiet "networkx==${NETWORKX_VERSION}" numpy scipy
python3 "${here}/networkx_oracle.py" "${here}/../Tests/Fixtures/oracle"
