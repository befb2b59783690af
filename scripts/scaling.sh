#!/usr/bin/env bash
# Doubling benchmark: generates inputs of size N, 2N and 4N for each shape and prints the
# time and peak memory (RSS, from /usr/bin/time -v) of ingestion and extraction, with the
# ratio to the previous size. Linear work doubles its time per step and keeps its memory
# flat where the format streams (JSONL, folders); a quadratic step shows as ×4.
#
#   scripts/scaling.sh            quick sizes (a few minutes)
#   scripts/scaling.sh --full     the limits of the robustness issue: a 200 MB text file,
#                                 a million-line JSONL, a 100,000-sentence document,
#                                 100,000 nested <div>s, a folder of 100,000 files, and
#                                 a 200 MB file under the default 50 MiB document limit
#   scripts/scaling.sh --only jsonl,text    some shapes only
#
# Uses the release build of FuzzBench (`FuzzBench ingest|extract INPUT…`), which reads
# inputs with the pipeline's Ingestor and runs the Extractor on each document without
# keeping it, and for JSONL also `faultline extract --jsonl` (the streaming command). Inputs are generated under $SCALING_DIR (default: a temporary folder, removed
# afterwards). Needs python3 and GNU time (`apt-get install time`).
set -euo pipefail
cd "$(dirname "$0")/.."

full=0
only=""
while [ $# -gt 0 ]; do
    case "$1" in
        --full) full=1 ;;
        --only) only="$2"; shift ;;
        *) echo "usage: scripts/scaling.sh [--full] [--only shape,…]" >&2; exit 2 ;;
    esac
    shift
done
[ -x /usr/bin/time ] || { echo "scaling.sh: /usr/bin/time missing (apt-get install time)" >&2; exit 2; }

swift build -c release --product FuzzBench >&2
swift build -c release --product faultline >&2
bench="$(swift build -c release --show-bin-path)/FuzzBench"
cli="$(swift build -c release --show-bin-path)/faultline"
work="${SCALING_DIR:-$(mktemp -d "${TMPDIR:-/tmp}/faultline-scaling.XXXXXX")}"
mkdir -p "$work"
[ -n "${SCALING_DIR:-}" ] || trap 'rm -rf "$work"' EXIT

# shape: sizes for ingestion | sizes for extraction (N, 2N, 4N each)
if [ "$full" = 1 ]; then
    declare -A sizes=(
        [text]="50 100 200|5 10 20"                    # MB of plain text in one document
        [oneline]="50 100 200|5 10 20"                 # MB on a single line
        [jsonl]="250000 500000 1000000|25000 50000 100000"    # lines (one article each)
        [sentences]="25000 50000 100000|25000 50000 100000"   # sentences in one paragraph
        [wrapped]="250000 500000 1000000|25000 50000 100000"  # hard-wrapped lines in one paragraph
        [nested]="25000 50000 100000|25000 50000 100000"      # nested <div>s
        [folder]="25000 50000 100000|6250 12500 25000"        # small files
        [limit]="50 100 200|"                                 # MB of text, default 50 MiB limit: refused
    )
else
    declare -A sizes=(
        [text]="5 10 20|1 2 4"
        [oneline]="5 10 20|1 2 4"
        [jsonl]="25000 50000 100000|5000 10000 20000"
        [sentences]="10000 20000 40000|5000 10000 20000"
        [wrapped]="50000 100000 200000|10000 20000 40000"
        [nested]="10000 20000 40000|10000 20000 40000"
        [folder]="2500 5000 10000|1000 2000 4000"
        [limit]="60 120 240|"
    )
fi
shapes="text oneline jsonl sentences wrapped nested folder limit"
[ -z "$only" ] || shapes="${only//,/ }"

generate() {  # shape size → path of the generated input
    python3 - "$1" "$2" "$work" <<'PY'
import os, sys
shape, n, work = sys.argv[1], int(sys.argv[2]), sys.argv[3]
vi = ["Quân đội cho biết đã pháo kích thị trấn Enerhodar vào sáng 14/8, làm hai người bị thương.",
      "Bộ Ngoại giao bác bỏ cáo buộc và kêu gọi một cuộc điều tra độc lập.",
      "Theo TTXVN, các thanh sát viên của IAEA sẽ tới nhà máy trong tuần tới."]
en = ["Russian forces shelled the town on Monday, the Ukrainian military said.",
      "The foreign ministry denied the claims and called for an independent inquiry.",
      "Inspectors from the U.S. and the U.N. are expected to visit the plant next week."]
sentences = [s for pair in zip(vi, en) for s in pair]
path = os.path.join(work, f"{shape}-{n}")
def para(k):  # a paragraph of six sentences, made unique by k (repeated paragraphs are dropped as site furniture)
    return " ".join(s.replace("14/8", f"{k % 28 + 1}/8").replace("Enerhodar", f"Enerhodar {k}").replace("the town", f"town {k}")
                    .replace("next week", f"in week {k}").replace("cuộc điều tra", f"cuộc điều tra số {k}")
                    .replace("inquiry", f"inquiry no. {k}") for s in sentences)
if shape in ("text", "oneline", "limit"):
    path += ".txt"
    limit = n * 1024 * 1024
    with open(path, "w", encoding="utf-8") as f:
        written, k = 0, 0
        if shape != "oneline":
            f.write("Scaling test article\n\n"); written += 22
        while written < limit:
            chunk = para(k) + ("\n\n" if shape == "text" else " ")
            f.write(chunk); written += len(chunk.encode()); k += 1
elif shape == "jsonl":
    import json
    path += ".jsonl"
    with open(path, "w", encoding="utf-8") as f:
        for k in range(n):
            lang = "vi" if k % 2 == 0 else "en"
            text = " ".join(vi if lang == "vi" else en).replace("Enerhodar", f"Enerhodar {k}").replace("the town", f"town {k}")
            f.write(json.dumps({"id": f"a{k}", "title": f"Article {k}", "text": text, "language": lang,
                                "published": f"2022-08-{k % 28 + 1:02d}"}, ensure_ascii=False) + "\n")
elif shape == "sentences":
    path += ".txt"
    with open(path, "w", encoding="utf-8") as f:
        f.write("Many sentences\n\n")
        for k in range(n):
            f.write(sentences[k % len(sentences)].replace("Enerhodar", f"Enerhodar {k}").replace("the town", f"town {k}") + " ")
elif shape == "wrapped":
    path += ".txt"
    with open(path, "w", encoding="utf-8") as f:
        f.write("Hard-wrapped article\n\nthe military said\n")
        for k in range(n):
            f.write(f"that town {k} had been shelled again and\n")
elif shape == "nested":
    path += ".html"
    with open(path, "w", encoding="utf-8") as f:
        f.write("<html><body><article><h1>Nested</h1>")
        f.write("<div>" * n)
        f.write("<p>" + " ".join(en) + "</p>")
        f.write("</div>" * n)
        f.write("</article></body></html>")
elif shape == "folder":
    os.makedirs(path, exist_ok=True)
    for k in range(n):
        d = os.path.join(path, f"{k % 100:02d}")
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, f"{k:06d}.txt"), "w", encoding="utf-8") as f:
            f.write(f"Article {k}\n\n" + " ".join(vi if k % 2 == 0 else en).replace("the town", f"town {k}") + "\n")
print(path)
PY
}

measure() {  # stage input [limit] → "seconds peak_MB summary"
    local stage="$1" input="$2" limit="${3:-400000000}"
    if [ "$stage" = cli-extract ]; then
        # The real command, streaming one JSON line per document to standard output.
        /usr/bin/time -v "$cli" extract --jsonl --jobs 1 "$input" 2>"$work/stderr" | wc -l | sed 's/^/cli-extract: lines_out=/' >"$work/stdout" || true
    else
        /usr/bin/time -v "$bench" "$stage" --max-document-bytes "$limit" "$input" >"$work/stdout" 2>"$work/stderr" || true
    fi
    # GNU time writes to stderr of the braces; the benchmark's own stderr went to a file.
    local elapsed rss
    elapsed=$(grep "Elapsed (wall clock)" "$work/stderr" | awk '{print $NF}')
    rss=$(grep "Maximum resident set size" "$work/stderr" | awk '{print $NF}')
    python3 - "$elapsed" "$rss" "$(cat "$work/stdout")" <<'PY'
import sys
elapsed, rss, summary = sys.argv[1], sys.argv[2], sys.argv[3]
parts = [float(p) for p in elapsed.split(":")] if elapsed else [0]
seconds = 0.0
for p in parts: seconds = seconds * 60 + p
mb = int(rss or 0) / 1024
print(f"{seconds:.2f} {mb:.0f} {summary}")
PY
}

printf "%-10s %-8s %12s %9s %7s %9s %7s  %s\n" shape stage size seconds ×time peak_MB ×mem result
for shape in $shapes; do
    IFS='|' read -r ingest_sizes extract_sizes <<<"${sizes[$shape]}"
    stages="ingest extract"; [ "$shape" = jsonl ] && stages="ingest extract cli-extract"
    [ "$shape" = limit ] && stages="ingest"
    for stage in $stages; do
        list=$ingest_sizes; [ "$stage" != ingest ] && list=$extract_sizes
        prev_t=""; prev_m=""
        for n in $list; do
            input=$(generate "$shape" "$n")
            limit=400000000; [ "$shape" = limit ] && limit=52428800   # the default --max-document-bytes
            read -r t m summary <<<"$(measure "$stage" "$input" "$limit")"
            rt="-"; rm_="-"
            if [ -n "$prev_t" ]; then
                rt=$(python3 -c "print(f'{$t/max($prev_t,0.01):.2f}')"); rm_=$(python3 -c "print(f'{$m/max($prev_m,1):.2f}')")
            fi
            printf "%-10s %-8s %12s %9s %7s %9s %7s  %s\n" "$shape" "$stage" "$n" "$t" "$rt" "$m" "$rm_" "${summary#*: }"
            prev_t=$t; prev_m=$m
            rm -rf "$input"
        done
    done
done
