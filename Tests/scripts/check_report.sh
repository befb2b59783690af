#!/usr/bin/env bash
# Opens a Faultline HTML report in headless Chromium and prints what the page shows
# after its script ran:
#   rows=N visible=V svg=S filtered_visible=F
# N event rows, V not hidden, S inline <svg> elements, F rows left visible when the page
# is opened with #filter=WORD (only with a WORD argument).
# Usage: check_report.sh REPORT.html [WORD]
# Exits 2 when no Chromium is installed (Debian: apt-get install chromium).
set -euo pipefail
report=$(realpath "$1")
word=${2:-}
browser=""
for b in chromium chromium-browser google-chrome google-chrome-stable; do
  if command -v "$b" >/dev/null 2>&1; then browser=$b; break; fi
done
if [ -z "$browser" ]; then echo "no chromium on PATH" >&2; exit 2; fi
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT

dump() {
  timeout 120 "$browser" --headless --no-sandbox --disable-gpu --no-first-run \
    --user-data-dir="$profile" --dump-dom "$1" 2>/dev/null
}
# grep exits 1 when nothing matches; a page without rows is an answer, not an error.
rows_of() { grep -o '<tr class="event-row"[^>]*>' || true; }
count_rows() { rows_of | wc -l; }
count_visible() { rows_of | { grep -vc ' hidden=""' || true; }; }

page=$(dump "file://$report")
rows=$(printf '%s' "$page" | count_rows)
visible=$(printf '%s' "$page" | count_visible)
svg=$(printf '%s' "$page" | { grep -o '<svg' || true; } | wc -l)
line="rows=$rows visible=$visible svg=$svg"
if [ -n "$word" ]; then
  encoded=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$word")
  filtered=$(dump "file://$report#filter=$encoded")
  line="$line filtered_visible=$(printf '%s' "$filtered" | count_visible)"
fi
echo "$line"
