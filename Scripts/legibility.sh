#!/usr/bin/env bash
# Renders every view of a network at A4 and measures each SVG as printed.
#
#   Scripts/legibility.sh NETWORK OUTDIR [COMMUNITIES]
#
# Views: network, hierarchy, gaps, ecomap and ego (depth 1) of the first station, and the
# community view of the first COMMUNITIES committees (default 3). Each is written to OUTDIR as
# SVG (what is measured) and PDF, and measured with legibility.py; the table has one line per
# view: smallest text on A4, share of texts under 7 pt, overlapping labels, labels struck by a
# line (and their share), edge crossings, invisible texts, and the nodes drawn (how many of
# them are folded groups ∋ how many nodes they hold).
#
# Environment: GUANXI (the binary; default .build/release/guanxi, else .build/debug/guanxi),
# LEGIBILITY (legibility.py; default ../shared/tools/legibility.py beside the repository),
# LANG_OPT (e.g. "--lang en").
set -euo pipefail

network=${1:?usage: Scripts/legibility.sh NETWORK OUTDIR [COMMUNITIES]}
out=${2:?usage: Scripts/legibility.sh NETWORK OUTDIR [COMMUNITIES]}
communities=${3:-3}
root=$(cd "$(dirname "$0")/.." && pwd)
guanxi=${GUANXI:-}
if [[ -z "$guanxi" ]]; then
  if [[ -x "$root/.build/release/guanxi" ]]; then guanxi="$root/.build/release/guanxi"; else guanxi="$root/.build/debug/guanxi"; fi
fi
legibility=${LEGIBILITY:-$root/../shared/tools/legibility.py}
[[ -x "$guanxi" ]] || { echo "no guanxi at $guanxi: run swift build first (or set GUANXI)" >&2; exit 1; }
[[ -f "$legibility" ]] || { echo "no legibility.py at $legibility: set LEGIBILITY" >&2; exit 1; }
mkdir -p "$out"

# The first station and the first committees, read from the network as JSON.
"$guanxi" convert "$network" -o "$out/network.json" ${LANG_OPT:-} >/dev/null
read -r station areas < <(python3 - "$out/network.json" "$communities" <<'PY'
import json, sys
nodes = json.load(open(sys.argv[1]))["nodes"]
station = next((n["id"] for n in nodes if n["kind"] == "station"), nodes[0]["id"])
areas = [n["id"] for n in nodes if n["kind"] == "committee"][: int(sys.argv[2])]
print(station, ",".join(areas))
PY
)

render() {  # name, then render options
  local name=$1; shift
  local started=$SECONDS
  if ! "$guanxi" render "$network" "$@" --page A4 -o "$out/$name.svg" ${LANG_OPT:-} 2>"$out/$name.err"; then
    echo "$name: render failed: $(head -c 300 "$out/$name.err")"
    return
  fi
  "$guanxi" render "$network" "$@" --page A4 -o "$out/$name.pdf" ${LANG_OPT:-} 2>/dev/null || true
  echo "$name $((SECONDS - started))" >>"$out/seconds.txt"
}

rm -f "$out/seconds.txt"
render network --view network
render hierarchy --view hierarchy
render gaps --view gaps
render ecomap --view ecomap --center "$station"
render ego --view ego --center "$station"
IFS=, read -ra committees <<<"$areas"
for area in "${committees[@]}"; do render "community-$area" --view community --area "$area"; done

python3 - "$out" "$legibility" <<'PY'
import importlib.util, os, re, sys
import xml.etree.ElementTree as ET
out, tool = sys.argv[1], sys.argv[2]
spec = importlib.util.spec_from_file_location("legibility", tool)
legibility = importlib.util.module_from_spec(spec)
spec.loader.exec_module(legibility)
NS = "{http://www.w3.org/2000/svg}"
print(f"{'view':<24} {'min pt':>6} {'<7pt':>5} {'overlap':>7} {'struck':>11} {'cross':>6} {'invis':>5} {'nodes':>12}")
for name in sorted(f[:-4] for f in os.listdir(out) if f.endswith(".svg")):
    path = os.path.join(out, name + ".svg")
    m = legibility.measure(path, "A4")
    texts = " ".join(t.text or "" for t in ET.parse(path).getroot().iter(NS + "text"))
    # The caption's count: "45 个节点（其中 8 个是合并组，共含 36 个）" / "45 nodes (8 of them merged groups holding 36)".
    count = re.search(r"(\d+) (?:个节点|nodes)(?:（其中 (\d+) 个是合并组，共含 (\d+) 个）| \((\d+) of them merged groups holding (\d+)\))?", texts)
    if count:
        groups, held = count.group(2) or count.group(4), count.group(3) or count.group(5)
        nodes = count.group(1) + (f" ({groups}∋{held})" if groups else "")
    else:
        nodes = "?"
    struck = f"{m['struck']} ({100 * m['struck'] / max(m['texts'], 1):.1f}%)"
    print(f"{name:<24} {m['min_pt']:>6.2f} {100 * m['small_share']:>4.1f}% {m['overlaps']:>7} {struck:>11} {m['crossings']:>6} {m['invisible']:>5} {nodes:>12}")
PY
