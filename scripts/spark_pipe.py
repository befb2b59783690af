#!/usr/bin/env python3
"""Run Faultline as the map step of Apache Spark, then merge, and compare.

    python3 scripts/spark_pipe.py FAULTLINE CORPUS.jsonl WORKDIR [--partitions N]

Spark (local mode) splits the JSONL corpus into partitions and pipes each through
`faultline extract --jsonl` (RDD.pipe), exactly as it would on a cluster; the analysis
lines of every partition are saved as part files, `faultline merge` combines them, and
the result is compared byte for byte with `faultline analyze CORPUS --json` run in one
process. Exit status 0 when they are identical.
"""
import argparse
import os
import subprocess
import sys


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("faultline")
    ap.add_argument("corpus")
    ap.add_argument("workdir")
    ap.add_argument("--partitions", type=int, default=3)
    args = ap.parse_args()

    from pyspark import SparkConf, SparkContext

    faultline = os.path.abspath(args.faultline)
    corpus = os.path.abspath(args.corpus)
    parts_dir = os.path.join(os.path.abspath(args.workdir), "parts")

    conf = SparkConf().setMaster("local[2]").setAppName("faultline-pipe").set("spark.ui.enabled", "false")
    sc = SparkContext(conf=conf)
    sc.setLogLevel("ERROR")
    try:
        lines = sc.textFile("file://" + corpus, minPartitions=args.partitions)
        analysed = lines.pipe(faultline + " extract --jsonl")
        analysed.saveAsTextFile("file://" + parts_dir)
        partitions = lines.getNumPartitions()
    finally:
        sc.stop()

    part_files = sorted(
        os.path.join(parts_dir, f) for f in os.listdir(parts_dir) if f.startswith("part-")
    )
    merged = subprocess.run([faultline, "merge", "--json", *part_files], check=True, capture_output=True).stdout
    single = subprocess.run([faultline, "analyze", corpus, "--json"], check=True, capture_output=True).stdout
    with open(os.path.join(args.workdir, "merged.json"), "wb") as f:
        f.write(merged)
    with open(os.path.join(args.workdir, "single.json"), "wb") as f:
        f.write(single)
    same = merged == single
    print(f"partitions={partitions} part_files={len(part_files)} merged_bytes={len(merged)} identical={same}")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
