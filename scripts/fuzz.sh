#!/usr/bin/env bash
# Runs one libFuzzer target for a given time.
#
#   scripts/fuzz.sh TARGET [SECONDS] [libFuzzer options…]
#
# TARGET is ingest, extract, render or export (or FuzzIngest, …). The fuzzer is built with
# `-sanitize=fuzzer,address` into .build-fuzz (normal builds are not touched), its seed
# corpus is written from Examples/ and the hand-made seeds, and it runs single-process
# (-workers=1) for SECONDS (default 600) on the corpus in fuzz-out/TARGET/corpus, which
# grows from run to run. Crashes are saved as fuzz-out/TARGET/crashes/crash-<sha1>; replay
# one without sanitizers with `swift run FuzzX fuzz-out/x/crashes/crash-…`, and once fixed
# copy it to Tests/FaultlineRobustnessTests/Regressions/TARGET/. The last line printed is a
# summary (executions, cov, ft, corpus size) for docs/robustness.md; the full log is in
# fuzz-out/TARGET/run-<time>.log. Exit status: 0 when nothing crashed.
#
# Environment: FUZZ_CONFIGURATION=debug builds faster (CI smoke runs) but fuzzes slower;
# FUZZ_OUT=DIR puts corpus, crashes and logs under DIR instead of fuzz-out.
set -euo pipefail
cd "$(dirname "$0")/.."

target="${1:?usage: scripts/fuzz.sh ingest|extract|render|export [SECONDS] [libFuzzer options]}"
seconds="${2:-600}"
shift $(( $# >= 2 ? 2 : 1 ))
case "$target" in
    ingest|FuzzIngest) product=FuzzIngest; name=ingest; max_len=16384 ;;
    extract|FuzzExtract) product=FuzzExtract; name=extract; max_len=8192 ;;
    render|FuzzRender) product=FuzzRender; name=render; max_len=4096 ;;
    export|FuzzExport) product=FuzzExport; name=export; max_len=8192 ;;
    *) echo "unknown target '$target' (ingest, extract, render, export)" >&2; exit 2 ;;
esac

config="${FUZZ_CONFIGURATION:-release}"
echo "fuzz.sh: building $product ($config, -sanitize=fuzzer,address) in .build-fuzz" >&2
swift build -c "$config" --scratch-path .build-fuzz --product "$product" \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -D -Xswiftc FUZZING 2>&1 \
    | grep -v "Cannot export local symbol" >&2
binary="$(swift build -c "$config" --scratch-path .build-fuzz --show-bin-path)/$product"

out="${FUZZ_OUT:-fuzz-out}/$name"
mkdir -p "$out/corpus" "$out/crashes"
rm -rf "$out/seeds"
"$binary" --write-seeds "$out/seeds" Examples >&2
regressions="Tests/FaultlineRobustnessTests/Regressions/$name"

log="$out/run-$(date -u +%Y%m%dT%H%M%SZ).log"
echo "fuzz.sh: running $product for ${seconds}s; log in $log" >&2
status=0
# Swift's own crash backtracer would hold the process after a crash; libFuzzer reports instead.
SWIFT_BACKTRACE=enable=no \
ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0:malloc_context_size=0:allocator_may_return_null=1:handle_abort=1}" \
"$binary" -max_total_time="$seconds" -workers=1 -timeout=20 -rss_limit_mb=3072 -max_len="$max_len" \
    -print_final_stats=1 -artifact_prefix="$out/crashes/" "$@" \
    "$out/corpus" "$out/seeds" $( [ -d "$regressions" ] && echo "$regressions" ) >"$log" 2>&1 || status=$?

# Summary: the last status line and the final stats.
last=$(grep -E '^#[0-9]+' "$log" | tail -1 || true)
runs=$(grep -E '^stat::number_of_executed_units' "$log" | awk '{print $2}' || true)
rate=$(grep -E '^stat::average_exec_per_sec' "$log" | awk '{print $2}' || true)
corpus_files=$(find "$out/corpus" -type f | wc -l)
crashes=$(find "$out/crashes" -type f | wc -l)
echo "fuzz.sh: $product ${seconds}s: executions=${runs:-?} exec/s=${rate:-?} corpus_files=$corpus_files crash_files=$crashes status=$status"
echo "fuzz.sh: last status: $last"
if [ "$status" -ne 0 ]; then
    grep -E "ERROR|Fatal error|SUMMARY|Test unit written" "$log" | head -20 >&2 || true
fi
exit "$status"
