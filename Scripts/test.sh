#!/usr/bin/env bash
# Sets up and runs Guanxi's tests: the README's test command and what CI runs.
set -euo pipefail
cd "$(dirname "$0")/.."
bash Scripts/setup.sh --tests
swift build --build-tests
swift test --skip-build
