#!/usr/bin/env bash
# Runs Guanxi's libFuzzer targets (Fuzz/, a package of its own) for a fixed time each.
#
#   bash Scripts/fuzz.sh TARGET SECONDS [libFuzzer options...]
#
# TARGET is csv, json, xlsx, graphml or all. The targets are built with
# -sanitize=fuzzer,address (release; FUZZ_CONFIGURATION=debug builds faster and runs slower,
# as CI does) into Fuzz/.build, outside the main build. Each run starts from the committed
# seeds (Fuzz/Corpus/TARGET) plus what earlier runs here found (Fuzz/.build/corpus/TARGET,
# not committed). A crash, a sanitizer report, an input taking over 10 s or memory over
# 2 GB stops the run; the input is saved under Fuzz/.build/findings/TARGET/ and the script
# exits non-zero: keep the input as a regression test (Tests/FormatsTests/Fixtures/fuzz/)
# and fix the reader. The final statistics (executions, coverage, corpus) are printed.
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ $# -lt 2 ]]; then
    echo "usage: bash Scripts/fuzz.sh csv|json|xlsx|graphml|all SECONDS [libFuzzer options...]" >&2
    exit 64
fi
target=$1
seconds=$2
shift 2
configuration=${FUZZ_CONFIGURATION:-release}

if [[ $target == all ]]; then
    for one in csv json xlsx graphml; do
        bash Scripts/fuzz.sh "$one" "$seconds" "$@"
    done
    exit 0
fi

case $target in
    csv) name=FuzzCSV ;;
    json) name=FuzzJSON ;;
    xlsx) name=FuzzXLSX ;;
    graphml) name=FuzzGraphML ;;
    *) echo "unknown target: $target (csv, json, xlsx, graphml or all)" >&2; exit 64 ;;
esac

# lld keeps libFuzzer's coverage sections (the system's gold drops them).
swift build --package-path Fuzz -c "$configuration" \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld >&2

corpus=Fuzz/.build/corpus/$target
findings=Fuzz/.build/findings/$target
mkdir -p "$corpus" "$findings"
echo "fuzzing $target for $seconds s ($configuration)" >&2
# Leaks are not findings here: the readers are run millions of times in one process and
# Foundation's XMLParser keeps per-thread state.
ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0} \
"Fuzz/.build/$configuration/$name" "$corpus" "Fuzz/Corpus/$target" \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$findings/" "$@"
