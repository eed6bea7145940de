#!/usr/bin/env python3
"""Compare metric values written by smkit and by pandas_metrics.py.

Usage: compare.py SMKIT.json PANDAS.json [--rel 1e-9]
SMKIT.json is either the driver's --values file ({platform: {competitor:
{metric: value|null}}}) or the output of `smkit benchmark --format json`
(schema smkit.benchmark/1, docs/schemas/benchmark.schema.json), whose table
rows are read the same way.
Exits 1 when a value differs (relative difference above --rel, or n/a on one
side only) or a platform/competitor/metric is missing on one side.
"""
import argparse
import json
import sys

ap = argparse.ArgumentParser()
ap.add_argument("smkit")
ap.add_argument("pandas")
ap.add_argument("--rel", type=float, default=1e-9)
a = ap.parse_args()


def values(document):
    """{platform: {competitor: {metric: value}}} from a values file or smkit's benchmark JSON."""
    if document.get("schema") != "smkit.benchmark/1":
        return document
    out = {}
    for platform in document["platforms"]:
        for table in platform["tables"]:
            for row in table["rows"]:
                out.setdefault(platform["platform"], {}).setdefault(row["competitor"], {})[table["metricID"]] = row.get("value")
    return out


s, p = values(json.load(open(a.smkit, encoding="utf-8"))), json.load(open(a.pandas, encoding="utf-8"))
bad, checked = [], 0
for platform in sorted(set(s) | set(p)):
    for comp in sorted(set(s.get(platform, {})) | set(p.get(platform, {}))):
        sv, pv = s.get(platform, {}).get(comp), p.get(platform, {}).get(comp)
        if sv is None or pv is None:
            bad.append(f"{platform}/{comp}: only in {'pandas' if sv is None else 'smkit'}")
            continue
        for metric in sorted(set(sv) | set(pv)):
            checked += 1
            x, y = sv.get(metric, "missing"), pv.get(metric, "missing")
            if x is None and y is None:
                continue
            if x is None or y is None or x == "missing" or y == "missing":
                bad.append(f"{platform}/{comp}/{metric}: smkit={x} pandas={y}")
                continue
            if abs(x - y) > a.rel * max(abs(x), abs(y), 1e-12):
                bad.append(f"{platform}/{comp}/{metric}: smkit={x!r} pandas={y!r}")
for line in bad[:30]:
    print("MISMATCH", line)
print(f"compare: {checked} values checked, {len(bad)} mismatches")
sys.exit(1 if bad else 0)
