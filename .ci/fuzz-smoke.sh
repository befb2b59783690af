#!/usr/bin/env bash
# CI smoke run of the fuzzers: builds each libFuzzer target (debug, -sanitize=fuzzer,address,
# in .build-fuzz) and runs it for FUZZ_SMOKE_SECONDS (default 30) starting from its seed
# corpus only, so a run does not depend on corpora left by earlier runs. Exits non-zero when
# any fuzzer crashes or fails to build; the crashing input is kept under $FUZZ_OUT.
# Longer runs: scripts/fuzz.sh TARGET SECONDS (see docs/robustness.md).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${FUZZ_SMOKE_SECONDS:-30}"
export FUZZ_CONFIGURATION="${FUZZ_CONFIGURATION:-debug}"
export FUZZ_OUT="${FUZZ_OUT:-$(mktemp -d "${TMPDIR:-/tmp}/faultline-fuzz-smoke.XXXXXX")}"
failed=()
for target in ingest extract render export; do
    echo "== fuzz smoke: $target (${seconds}s)"
    if ! scripts/fuzz.sh "$target" "$seconds"; then
        failed+=("$target")
    fi
done
if [ ${#failed[@]} -gt 0 ]; then
    echo "fuzz smoke: FAILED: ${failed[*]} (inputs and logs in $FUZZ_OUT)" >&2
    exit 1
fi
echo "fuzz smoke: all fuzzers ran ${seconds}s without a crash"
rm -rf "$FUZZ_OUT"
