#!/usr/bin/env python3
"""Median per-round ratios from bench/core/pairs.sh results.
Usage: ratios.py round-1.json round-2.json ..."""
import json
import statistics
import sys

PAIRS = [
    ("`of(int)` / raw array, mixed codes", "OfBenchmark.httpstatus", "OfBenchmark.raw", 1.5),
    ("`of(int)` / raw array, known codes", "OfBenchmark.knownHttpstatus", "OfBenchmark.knownRaw", 1.5),
    ("`of(int)` / Netty `valueOf`, known codes", "OfBenchmark.knownHttpstatus", "OfBenchmark.knownNetty", 1.0),
    ("`parse(\"404 Not Found\")` / Netty `parseLine`, String", "ParseBenchmark.httpstatus", "ParseBenchmark.netty", 1.0),
    ("`parse` / Netty `parseLine`, AsciiString", "ParseBenchmark.asciiHttpstatus", "ParseBenchmark.asciiNetty", 1.0),
    ("`parse(\"404\")` / Netty `parseLine(\"404\")`", "ParseBenchmark.bareHttpstatus", "ParseBenchmark.bareNetty", 1.0),
    ("`forName(\"NOT_FOUND\")` / Spring `HttpStatus.valueOf(String)`", "ForNameBenchmark.httpstatus", "ForNameBenchmark.spring", 1.0),
    ("`forName(\"NOT_FOUND\")` / Jakarta `Status.valueOf(String)`", "ForNameBenchmark.httpstatus", "ForNameBenchmark.jakarta", 1.0),
]


def main(paths):
    rounds = []
    for path in paths:
        scores = {}
        for r in json.load(open(path)):
            scores[".".join(r["benchmark"].split(".")[-2:])] = float(r["primaryMetric"]["score"])
        rounds.append(scores)
    print(f"| ratio (lower is better for httpstatus) | median of {len(rounds)} rounds | min | max | goal | met |")
    print("|---|---:|---:|---:|---:|---|")
    for title, mine, other, limit in PAIRS:
        ratios = [r[mine] / r[other] for r in rounds if mine in r and other in r]
        if not ratios:
            continue
        med = statistics.median(ratios)
        if max(ratios) <= limit:
            verdict = "yes, in every round"
        elif med <= limit:
            verdict = "yes, by the median"
        else:
            verdict = "no"
        print(f"| {title} | {med:.2f} | {min(ratios):.2f} | {max(ratios):.2f} | ≤ {limit} | {verdict} |")


if __name__ == "__main__":
    main(sys.argv[1:])
