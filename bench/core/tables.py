#!/usr/bin/env python3
"""Turns a JMH JSON result of the core lookup benchmarks into the Markdown tables and goal ratios of
bench/RESULTS.md.  Usage: tables.py bench/out/core/jmh.json"""
import json
import math
import sys

GROUPS = [
    ("OfBenchmark", "`of(int)`: code number to status object, mixed codes"),
    ("ReasonPhraseBenchmark", "Reason phrase by code number, mixed codes"),
    ("StatusClassBenchmark", "Class by code number, mixed codes"),
    ("ParseBenchmark", "Parsing text"),
    ("ForNameBenchmark", "Lookup by name"),
]
OF_PEERS = ["springResolve", "springStatusCode", "netty", "jakarta"]
KNOWN_PEERS = ["knownSpringValueOf", "knownSpringStatusCode", "knownNetty", "knownJakarta"]


def load(path):
    results = {}
    for r in json.load(open(path)):
        cls, name = r["benchmark"].split(".")[-2:]
        alloc = r.get("secondaryMetrics", {}).get("gc.alloc.rate.norm", {})
        results[(cls, name)] = {
            "ns": float(r["primaryMetric"]["score"]),
            "err": r["primaryMetric"]["scoreError"],
            "bytes": float(alloc.get("score", "nan")),
        }
    return results


def fmt(x, digits=2):
    x = None if x is None else float(x)  # JMH writes "NaN" as a string when it has no error bound
    return "n/a" if x is None or math.isnan(x) else f"{x:.{digits}f}"


def main(path):
    res = load(path)
    for cls, title in GROUPS:
        rows = sorted((n, v) for (c, n), v in res.items() if c == cls)
        if not rows:
            continue
        print(f"### {title} (`{cls}`)\n")
        print("| benchmark | ns/op | ± (99.9%) | B/op |")
        print("|---|---:|---:|---:|")
        for name, v in sorted(rows, key=lambda nv: nv[1]["ns"]):
            print(f"| {name} | {fmt(v['ns'])} | {fmt(v['err'])} | {fmt(v['bytes'], 1)} |")
        print()

    def get(cls, name):
        return res.get((cls, name))

    print("### Goals\n")
    print("| goal | measured | ratio | met |")
    print("|---|---|---:|---|")

    def ratio_row(goal, mine, other, limit):
        if not mine or not other:
            return
        r = mine["ns"] / other["ns"]
        verdict = "yes" if r <= limit else "no"
        # Where the 99.9% intervals of mine and limit × other overlap, the run cannot tell.
        err = lambda v: 0.0 if math.isnan(float(v["err"])) else float(v["err"])
        if abs(mine["ns"] - limit * other["ns"]) < err(mine) + limit * err(other):
            verdict += " (within error)"
        print(f"| {goal} | {fmt(mine['ns'])} ± {fmt(mine['err'])} vs {fmt(other['ns'])} ± "
              f"{fmt(other['err'])} ns | {r:.2f}× | {verdict} |")

    for suffix, own, raw, peers in (("mixed codes", "httpstatus", "raw", OF_PEERS),
                                    ("known codes only", "knownHttpstatus", "knownRaw", KNOWN_PEERS)):
        mine = get("OfBenchmark", own)
        present = [(p, get("OfBenchmark", p)) for p in peers if get("OfBenchmark", p)]
        if mine and present:
            best, bv = min(present, key=lambda pv: pv[1]["ns"])
            ratio_row(f"`of` ≤ fastest peer ({best}), {suffix}", mine, bv, 1.0)
        ratio_row(f"`of` ≤ 1.5× raw array, {suffix}", mine, get("OfBenchmark", raw), 1.5)
    ratio_row("`parse(\"404 Not Found\")` ≤ Netty `parseLine` (String)",
              get("ParseBenchmark", "httpstatus"), get("ParseBenchmark", "netty"), 1.0)
    ratio_row("`parse` ≤ Netty `parseLine` (AsciiString)",
              get("ParseBenchmark", "asciiHttpstatus"), get("ParseBenchmark", "asciiNetty"), 1.0)
    ratio_row("`parse(\"404\")` ≤ Netty `parseLine(\"404\")`",
              get("ParseBenchmark", "bareHttpstatus"), get("ParseBenchmark", "bareNetty"), 1.0)
    for cls, name in (("OfBenchmark", "httpstatus"), ("OfBenchmark", "knownHttpstatus"),
                      ("ParseBenchmark", "httpstatus"), ("ParseBenchmark", "asciiHttpstatus"),
                      ("ParseBenchmark", "bareHttpstatus"), ("ParseBenchmark", "statusLineHttpstatus"),
                      ("ParseBenchmark", "http2StatusLineHttpstatus")):
        v = get(cls, name)
        if v:
            b = v["bytes"]
            # -prof gc reports tiny non-zero averages (JMH's own bookkeeping) for allocation-free code.
            print(f"| 0 B/op: {cls}.{name} | {fmt(b, 3)} B/op | | {'yes' if b < 0.5 else 'no'} |")
    print()


if __name__ == "__main__":
    main(sys.argv[1])
