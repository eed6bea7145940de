#!/usr/bin/env python3
"""Compare smkit's benchmark result with an anchor's (duckdb_metrics.py, pandas_metrics.py).

Both files have the flat form {"kind\\tplatform\\t...": value | null}:
  value|median|rank|percentile  TAB platform TAB metric TAB competitor
  table  TAB platform TAB metric TAB leader|mean|median|ranked
  gap    TAB platform TAB metric TAB leader|leaderValue|toLeader|toLeaderPercent|
                                     medianCompetitorValue|toMedian|toMedianPercent|rank
  weeks  TAB platform                               -> list of week labels (YYYY-MM-DD)
  trend  TAB platform TAB metric TAB competitor TAB week -> value
smkit's side is written by the driver (driver/FlatValues.swift, the one place that
reads smkit's result). Only the kinds the anchor wrote are compared; a key on one
side only is a mismatch, except for trends, where the anchor writes only the weeks
in which a competitor has rows and a missing week equals n/a.

SMKIT.json may also be the output of `smkit benchmark --format json` (schema
smkit.benchmark/1, docs/schemas/benchmark.schema.json): its table rows give the
`value` kind, and only that kind of the anchor is compared.

Usage: compare.py SMKIT.json ANCHOR.json [--rel 1e-9] [--name duckdb]
Exits 1 when a value differs (relative difference above --rel, n/a on one side only).
"""
import argparse
import json
import sys


def differs(x, y, rel):
    if x is None or y is None:
        return (x is None) != (y is None)
    if isinstance(x, (int, float)) and isinstance(y, (int, float)):
        return abs(x - y) > rel * max(abs(x), abs(y), 1e-12)
    return x != y


def flat_from_cli(document):
    """The `value` keys of smkit's benchmark JSON, in the flat form."""
    out = {}
    for platform in document["platforms"]:
        for table in platform["tables"]:
            for row in table["rows"]:
                key = "\t".join(("value", platform["platform"], table["metricID"], row["competitor"]))
                out[key] = row.get("value")
    return out


def compare(smkit, anchor, rel):
    """Returns (number of keys checked, list of mismatch lines)."""
    kinds = {k.split("\t", 1)[0] for k in anchor}
    bad, checked = [], 0
    keys = set(anchor) | {k for k in smkit if k.split("\t", 1)[0] in kinds}
    for key in sorted(keys):
        kind = key.split("\t", 1)[0]
        checked += 1
        if key not in smkit or (key not in anchor and kind != "trend"):
            bad.append(f"{key.replace(chr(9), ' / ')}: only in {'smkit' if key in smkit else 'the anchor'}")
            continue
        x, y = smkit[key], anchor.get(key)
        if differs(x, y, rel):
            bad.append(f"{key.replace(chr(9), ' / ')}: smkit={x!r} anchor={y!r}")
    return checked, bad


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("smkit")
    ap.add_argument("anchor")
    ap.add_argument("--rel", type=float, default=1e-9)
    ap.add_argument("--name", default="anchor")
    a = ap.parse_args()
    with open(a.smkit, encoding="utf-8") as f:
        smkit = json.load(f)
    with open(a.anchor, encoding="utf-8") as f:
        anchor = json.load(f)
    if smkit.get("schema") == "smkit.benchmark/1":
        smkit = flat_from_cli(smkit)
        anchor = {k: v for k, v in anchor.items() if k.startswith("value\t")}
    checked, bad = compare(smkit, anchor, a.rel)
    for line in bad[:30]:
        print("MISMATCH", line)
    kinds = ", ".join(sorted({k.split("\t", 1)[0] for k in anchor}))
    print(f"compare smkit with {a.name}: {checked} values checked ({kinds}), {len(bad)} mismatches")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
