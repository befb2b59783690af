#!/usr/bin/env python3
"""Reads Faultline's GraphML and GEXF exports with networkx, an independent reader.

Usage: check_exports.py [--graphml FILE] [--gexf FILE] [--nodes N] [--edges M]

Loads each file (GEXF as version 1.3; networkx before 3.6 knows only 1.2draft, so then
the 1.3 namespaces are mapped to 1.2draft, the same structure for what Faultline
writes, and the summary says "gexf_reader": "1.2draft"), checks node and edge counts when given, that
every edge has a `kind`, that labels survived, and for GEXF that the graph is dynamic
(some node carries a `start`). Prints one JSON line per file; exits 1 on any failure.
"""
import argparse
import io
import json
import sys

import networkx as nx


def summarise(kind, graph, expected_nodes, expected_edges):
    problems = []
    nodes, edges = graph.number_of_nodes(), graph.number_of_edges()
    if expected_nodes is not None and nodes != expected_nodes:
        problems.append(f"{nodes} nodes, expected {expected_nodes}")
    if expected_edges is not None and edges != expected_edges:
        problems.append(f"{edges} edges, expected {expected_edges}")
    for u, v, data in graph.edges(data=True):
        if "kind" not in data:
            problems.append(f"edge {u} -> {v} has no kind")
            break
    unlabeled = [n for n, d in graph.nodes(data=True) if not d.get("label")]
    if unlabeled:
        problems.append(f"{len(unlabeled)} node(s) without a label, e.g. {unlabeled[0]}")
    kinds = sorted({d.get("kind") for _, _, d in graph.edges(data=True) if d.get("kind")})
    return {"file": kind, "nodes": nodes, "edges": edges, "edge_kinds": kinds, "problems": problems}


def read_gexf_13(path):
    """Reads a GEXF 1.3 file; returns the graph and the reader version used."""
    try:
        return nx.read_gexf(path, version="1.3"), "1.3"
    except nx.NetworkXError as error:
        if "version" not in str(error).lower():
            raise
    with open(path, encoding="utf-8") as f:
        text = f.read()
    text = (text.replace('xmlns="http://gexf.net/1.3"', 'xmlns="http://www.gexf.net/1.2draft"')
                .replace('xmlns:viz="http://gexf.net/1.3/viz"', 'xmlns:viz="http://www.gexf.net/1.2draft/viz"')
                .replace('version="1.3"', 'version="1.2"', 1))
    return nx.read_gexf(io.BytesIO(text.encode("utf-8")), version="1.2draft"), "1.2draft"


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--graphml")
    p.add_argument("--gexf")
    p.add_argument("--nodes", type=int)
    p.add_argument("--edges", type=int)
    args = p.parse_args()
    failed = False
    if args.graphml:
        g = nx.read_graphml(args.graphml)
        report = summarise("graphml", g, args.nodes, args.edges)
        failed |= bool(report["problems"])
        print(json.dumps(report, ensure_ascii=True, sort_keys=True))
    if args.gexf:
        g, reader = read_gexf_13(args.gexf)
        report = summarise("gexf", g, args.nodes, args.edges)
        report["gexf_reader"] = reader
        if g.graph.get("mode") != "dynamic":
            report["problems"].append(f"graph mode is {g.graph.get('mode')!r}, expected 'dynamic'")
        if not any("start" in d for _, d in g.nodes(data=True)):
            report["problems"].append("no node has a start time")
        failed |= bool(report["problems"])
        print(json.dumps(report, ensure_ascii=True, sort_keys=True))
    if not args.graphml and not args.gexf:
        p.error("give --graphml and/or --gexf")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
