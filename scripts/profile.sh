#!/usr/bin/env bash
# Instructions per sentence of extraction, counted by callgrind (valgrind) inside
# `Extractor.analyze` only, over the bundled examples extracted five times.
#
#   scripts/profile.sh                 release build, then the count and the heaviest functions
#   TOP=60 scripts/profile.sh OUT      keep the profile in OUT and list 60 functions
#
# Wall-clock throughput on a shared machine moves with the load; an instruction count does
# not, so every speed change is measured with this and checked for identical output
# before it lands. Dig into a profile with `callgrind_annotate --inclusive=yes OUT` or
# `callgrind_annotate --tree=calling OUT`. Needs valgrind (`apt-get install valgrind`).
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${1:-$(mktemp -t faultline-callgrind.XXXXXX)}
swift build -c release --product faultline >/dev/null
BIN=.build/release/faultline
SYM=$(nm "$BIN" | awk '$2 == "T" && $3 ~ /^\$s16FaultlineExtract9ExtractorV7analyze_3dct0A5Model16DocumentAnalysisVAF0G0V_SSSgtF$/ { print $3 }')
[ -n "$SYM" ] || { echo "profile.sh: Extractor.analyze not found in $BIN" >&2; exit 1; }
LOG=$(mktemp -t faultline-callgrind-log.XXXXXX)
# Swift seeds its hash function at random per process, which moved the count of one build
# by up to 3,000 instructions per sentence between runs; a fixed seed makes counts comparable.
SWIFT_DETERMINISTIC_HASHING=1 valgrind --tool=callgrind --callgrind-out-file="$OUT" --toggle-collect="$SYM" \
    "$BIN" bench Examples --repeat 5 --jobs 1 --events 20 --render-events "" >/dev/null 2>"$LOG"
TOTAL=$(grep -o 'Collected : [0-9]*' "$LOG" | awk '{ print $3 }')
SENTENCES=$("$BIN" bench Examples --repeat 1 --jobs 1 --events 20 --render-events "" | grep -o '[0-9]* sentences,' | awk '{ print $1 }')
rm -f "$LOG"
echo "instructions in Extractor.analyze: $TOTAL; per sentence: $(( TOTAL / (SENTENCES * 5) ))  (profile: $OUT)"
callgrind_annotate --inclusive=yes "$OUT" 2>/dev/null | grep 'Faultline' | grep -v '//<compiler-generated>' \
    | head -"${TOP:-30}" | sed 's/ \[\/.*//; s/[^ ]*\/Sources\///' | cut -c1-200
