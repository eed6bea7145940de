#!/usr/bin/env python3
"""Compare metric values written by the smkit driver and by pandas_metrics.py.

Usage: compare.py SMKIT.json PANDAS.json [--rel 1e-9]
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
s, p = json.load(open(a.smkit)), json.load(open(a.pandas))
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
