#!/usr/bin/env bash
# Guanxi against networkx, python-igraph and networkit on generated cities (issue 7).
#
#   bash Benchmarks/run.sh            # scales 10, 100, 1000 (10k, 100k, 1M ties): ~15–30 min
#   bash Benchmarks/run.sh --quick    # scales 10 and 100, one run each, networkx at 10k only
#   bash Benchmarks/run.sh --scales "10 100"
#
# Builds guanxi and the in-process timer (Benchmarks/Sources/GuanxiBench) in release,
# generates the cities into a temporary folder, installs the pinned peers into
# Benchmarks/.venv, times everything on the same files, checks every peer's answers against
# Guanxi's, and writes the Markdown table to Benchmarks/results/latest.md (and stdout).
# Never part of the tests.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
quick=0
scales="10 100 1000"
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) quick=1; scales="10 100" ;;
    --scales) scales="$2"; shift ;;
    *) echo "usage: bash Benchmarks/run.sh [--quick] [--scales \"10 100 1000\"]" >&2; exit 64 ;;
  esac
  shift
done
work=${BENCH_WORK:-$(mktemp -d /tmp/guanxi-bench.XXXXXX)}
mkdir -p "$work"
echo "benchmark folder: $work" >&2
uptime > "$work/load-start.txt"

echo "== building (release)" >&2
swift build -c release --product guanxi >&2
swift build -c release --package-path Benchmarks >&2
guanxi=$root/.build/release/guanxi
bench=$root/Benchmarks/.build/release/GuanxiBench

echo "== peers (pinned, Benchmarks/requirements.txt)" >&2
venv=$root/Benchmarks/.venv
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/python" -m pip install -q --disable-pip-version-check -r Benchmarks/requirements.txt >&2
python=$venv/bin/python

# Runs a command, recording wall seconds and peak RSS (KB) as "seconds kb" in $1.
measure() {
  local out=$1; shift
  /usr/bin/time -f "%e %M" -o "$out.time" "$@" > /dev/null 2> "$out.err" || echo "failed" > "$out.failed"
  cat "$out.time" >> "$out"
}

for scale in $scales; do
  city=$work/city$scale
  results=$work/r$scale
  mkdir -p "$results"
  echo "== scale $scale: generating" >&2
  measure "$results/generate" "$guanxi" generate --scale "$scale" --seed 1 -o "$city" --lang en
  case $scale in
    1000) runs=3; peer_runs=1 ;;
    *) runs=5; peer_runs=3 ;;
  esac
  [ $quick -eq 1 ] && { runs=1; peer_runs=1; }

  echo "== scale $scale: Guanxi in process" >&2
  "$bench" "$city" --out "$results" --runs "$runs" --pivots 100 --exact-limit 20000 > "$results/guanxi.json"

  for tool in igraph networkit networkx; do
    skip=""
    if [ "$tool" = networkx ]; then
      [ $quick -eq 1 ] && [ "$scale" != 10 ] && continue
      # Pure Python: hours at a million ties for the path measures, Louvain and constraint.
      [ "$scale" = 1000 ] && skip="betweenness,louvain,constraint,eigenvector"
    fi
    echo "== scale $scale: $tool" >&2
    tool_runs=$peer_runs
    # networkx is 20–300× slower: one run is enough to place it, and saves ~15 minutes.
    [ "$tool" = networkx ] && tool_runs=1
    timeout 3600 "$python" Benchmarks/peers.py --tool "$tool" --city "$city" --guanxi "$results" \
      --runs "$tool_runs" --skip "$skip" > "$results/$tool.json" 2> "$results/$tool.err" \
      || echo "{\"tool\": \"$tool\", \"failed\": true}" > "$results/$tool.json"
  done

  echo "== scale $scale: guanxi gaps and influence end to end" >&2
  for i in $(seq 1 $([ "$scale" = 1000 ] || [ $quick -eq 1 ] && echo 1 || echo 3)); do
    measure "$results/gaps" "$guanxi" gaps "$city" --format json -o /dev/null --lang en
  done
  # Every measure, as a user runs it: betweenness and closeness exact up to 50k ties,
  # from 256 seeded pivots beyond.
  measure "$results/influence" "$guanxi" influence "$city" --lang en

  # The render bar is the 100k-tie city: at 1M ties the folded network view is still 70k
  # items, past the layout's 60 s limit (guanxi stops it and says so; sfdp runs for minutes).
  if [ "$scale" -le 100 ] && "$guanxi" --help 2>/dev/null | grep -qE '^ +render'; then
    echo "== scale $scale: render" >&2
    measure "$results/render" "$guanxi" render "$city" --view network -o "$results/network.svg" --lang en || true
    if "$guanxi" render "$city" --view network -o "$results/network.dot" --lang en > /dev/null 2>&1 && command -v dot > /dev/null; then
      engine=dot; [ "$scale" != 10 ] && engine=sfdp
      command -v "$engine" > /dev/null && measure "$results/render-cli" "$engine" -Tsvg "$results/network.dot" -o "$results/cli.svg"
    fi
  else
    echo "render: not in this build" > "$results/render.note"
  fi
done
uptime > "$work/load-end.txt"

"$python" Benchmarks/report.py "$work" $scales | tee Benchmarks/results/latest.md
echo "written: Benchmarks/results/latest.md (raw results in $work)" >&2
