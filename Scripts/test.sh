#!/usr/bin/env bash
# Sets up and runs Guanxi's tests: the README's test command and what CI runs.
set -euo pipefail
cd "$(dirname "$0")/.."
bash Scripts/setup.sh --tests
swift build --build-tests
swift test --skip-build
# Each reader's libFuzzer target for a short fixed time, from the committed seeds: a crash,
# a sanitizer report, a hang or a memory blow-up fails the run (the ten-minute runs and
# what they found: docs/robustness.md).
bash Scripts/fuzz.sh all "${FUZZ_SECONDS:-20}"
