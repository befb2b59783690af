#!/usr/bin/env bash
# The parallel paths under the thread sanitizer: parallel extraction, the pipeline's
# ordered parallel map, concurrent rendering behind the Graphviz lock, concurrent
# ingestion, and the --jobs determinism checks. Built in its own scratch folder
# (.build-tsan) so the normal build is not disturbed. Exits non-zero on a test failure
# or on any data race ThreadSanitizer reports.
set -euo pipefail
cd "$(dirname "$0")/.."
filter='FaultlineRobustnessTests\.(ConcurrencyTests|DeterminismTests)'
swift build --build-tests --sanitize=thread --scratch-path .build-tsan
export TSAN_OPTIONS="${TSAN_OPTIONS:-halt_on_error=1:second_deadlock_stack=1}"
export SWIFT_BACKTRACE=enable=no
log="$(mktemp "${TMPDIR:-/tmp}/faultline-tsan.XXXXXX")"
status=0
swift test --skip-build --sanitize=thread --scratch-path .build-tsan --filter "$filter" 2>&1 | tee "$log" || status=$?
if grep -q "WARNING: ThreadSanitizer" "$log"; then
    echo "tsan: ThreadSanitizer reported a problem (see above)" >&2
    status=1
fi
rm -f "$log"
exit "$status"
