#!/usr/bin/env python3
"""The default BenchmarkKit metrics computed with pandas (read_csv + groupby).

Mirrors the definitions in Sources/BenchmarkKit/Metric+Defaults.swift (see
docs/benchmark.md): per platform and competitor over the whole period, plus
ranks, percentiles, the organisation's gaps and weekly trends of the five
default trend metrics, so that the work matches what smkit does.

Usage: pandas_metrics.py CSV [--organization NAME] [--values OUT.json]
--values writes the metric values in the flat form compare.py reads.
"""
import argparse
import json
import math
import sys
import time

import numpy as np
import pandas as pd

HIGHER = True
DIRECTION = {"response_time_median": False, "response_time_mean": False}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("csv")
    ap.add_argument("--organization")
    ap.add_argument("--values")
    args = ap.parse_args()
    t0 = time.perf_counter()

    df = pd.read_csv(args.csv, dtype={"competitor": "category", "platform": "category", "date": str})
    t1 = time.perf_counter()
    # Normalise names on the categories only (cheap), as smkit does per distinct name.
    df["platform"] = df["platform"].cat.rename_categories(lambda c: c.strip().lower())
    df["competitor"] = df["competitor"].cat.rename_categories(lambda c: c.strip())
    day = (pd.to_datetime(df["date"], format="%Y-%m-%d") - pd.Timestamp("1970-01-01")).dt.days
    ncomp = len(df["competitor"].cat.categories)
    gid_raw = df["platform"].cat.codes.to_numpy(np.int64) * ncomp + df["competitor"].cat.codes.to_numpy(np.int64)
    order = np.lexsort((day.to_numpy(), gid_raw))  # by group, then day (stable)
    df = df.iloc[order].reset_index(drop=True)
    df["day"] = day.to_numpy()[order]
    gid = gid_raw[order]

    L, C, S, P, F = df["likes"], df["comments"], df["shares"], df["posts"], df["followers"]
    allnan = L.isna() & C.isna() & S.isna()
    I = (L.fillna(0) + C.fillna(0) + S.fillna(0)).where(~allnan, np.where(P == 0, 0.0, np.nan))
    Iw = (L.fillna(0) + 2 * C.fillna(0) + 3 * S.fillna(0)).where(~allnan, np.where(P == 0, 0.0, np.nan))
    df["I"], df["Iw"] = I, Iw
    keys = gid  # integer group ids: grouping does not re-hash strings
    g = df.groupby(gid, sort=True)

    def masked(series, mask):
        return series.where(mask)

    out = {}
    # audience and activity
    out["followers"] = g["followers"].last()
    pc = g["posts"].count()
    out["posts_per_week"] = (g["posts"].sum() / pc * 7).where(pc > 0)
    fk = df[F.notna()].groupby(gid[F.notna().to_numpy()])
    first, last = fk["followers"].first(), fk["followers"].last()
    fday, lday = fk["day"].first(), fk["day"].last()
    ok = (lday > fday) & (first > 0)
    out["follower_growth"] = ((last - first) / first * 100).where(ok)
    weeks = (lday - fday) / 7
    out["follower_growth_weekly"] = ((last / first) ** (1 / weeks.where(ok)) - 1) * 100

    # engagement by follower
    post = P > 0
    validp = post & (F > 0) & I.notna()
    sum_rates = masked(I / F, validp).groupby(keys).sum()
    sum_posts = masked(P, validp).groupby(keys).sum()
    out["er_post_follower"] = (sum_rates / sum_posts * 100).where(sum_posts > 0)
    daily = masked(I / F, F.notna() & (F > 0) & I.notna()).groupby(keys)
    out["er_daily_follower"] = daily.mean() * 100
    dailyw = masked(Iw / F, F.notna() & (F > 0) & I.notna()).groupby(keys)
    out["er_daily_follower_weighted"] = dailyw.mean() * 100
    out["er_postday_follower"] = masked(I / F / P, validp).groupby(keys).mean() * 100
    m = F.notna() & I.notna()
    si, sf = masked(I, m).groupby(keys).sum(), masked(F, m).groupby(keys).sum()
    out["er_follower_ratio"] = (si / sf * 100).where(sf > 0)

    # by reach, impressions, views
    for mid, col in (("er_reach", "reach"), ("er_impressions", "impressions"), ("er_views", "views")):
        X = df[col]
        m = I.notna() & X.notna()
        sx = masked(X, m).groupby(keys).sum()
        out[mid] = (masked(I, m).groupby(keys).sum() / sx * 100).where(sx > 0)
    R = df["reach"]
    out["er_reach_mean"] = masked(I / R, I.notna() & R.notna() & (R > 0)).groupby(keys).mean() * 100

    # per post
    for mid, X in (("interactions_per_post", I), ("conversation_rate", C), ("amplification_rate", S),
                   ("applause_rate", L)):
        m = X.notna() & P.notna()
        sp = masked(P, m).groupby(keys).sum()
        out[mid] = (masked(X, m).groupby(keys).sum() / sp).where(sp > 0)

    # share of voice
    for mid, X in (("share_of_voice_mentions", df["mentions"]), ("share_of_voice_interactions", I)):
        own = X.groupby(keys).sum(min_count=1)
        total = own.groupby(own.index // ncomp).transform("sum")  # all-NaN sums to 0 -> n/a below, as in smkit
        out[mid] = (own / total * 100).where(total > 0)

    # response time
    rt = g["response_minutes"]
    out["response_time_median"] = rt.median()
    out["response_time_mean"] = rt.mean()

    table = pd.DataFrame(out)
    table = table.replace([np.inf, -np.inf], np.nan)
    plat_names = df["platform"].cat.categories
    comp_names = df["competitor"].cat.categories
    table.index = pd.MultiIndex.from_arrays(
        [plat_names[table.index // ncomp], comp_names[table.index % ncomp]], names=["platform", "competitor"])

    # ranks, percentiles, gaps
    ranks, pcts = {}, {}
    for mid in table.columns:
        higher = DIRECTION.get(mid, HIGHER)
        col = table[mid]
        by_p = col.groupby(level=0)
        ranks[mid] = by_p.rank(method="min", ascending=not higher)
        avg = by_p.rank(method="average", ascending=higher)
        n = by_p.transform("count")
        pcts[mid] = ((avg - 1) / (n - 1) * 100).where(n > 1, 100.0).where(col.notna())
    gaps = {}
    if args.organization:
        for platform, sub in table.groupby(level=0):
            sub = sub.droplevel(0)
            if args.organization not in sub.index:
                continue
            for mid in table.columns:
                col = sub[mid].dropna()
                if col.empty:
                    continue
                higher = DIRECTION.get(mid, HIGHER)
                leader = col.max() if higher else col.min()
                others = col.drop(args.organization, errors="ignore")
                org = sub.at[args.organization, mid]
                gaps[(platform, mid)] = (org - leader, org - others.median() if len(others) else None)

    # weekly trends (followers, posts_per_week, er_post_follower, er_daily_follower, SoV interactions)
    week = (df["day"].to_numpy() + 3) // 7
    nweeks = int(week.max() - week.min() + 1)
    wkeys = gid * nweeks + (week - week.min())
    gw = df.groupby(wkeys)
    trend = pd.DataFrame({
        "followers": gw["followers"].last(),
        "posts_per_week": gw["posts"].sum() / gw["posts"].count() * 7,
    })
    sr = masked(I / F, validp).groupby(wkeys).sum()
    sp = masked(P, validp).groupby(wkeys).sum()
    trend["er_post_follower"] = (sr / sp * 100).where(sp > 0)
    trend["er_daily_follower"] = masked(I / F, F.notna() & (F > 0) & I.notna()).groupby(wkeys).mean() * 100
    own = I.groupby(wkeys).sum(min_count=1)
    total = own.groupby((own.index // nweeks // ncomp) * nweeks + own.index % nweeks).transform("sum")
    trend["share_of_voice_interactions"] = (own / total * 100).where(total > 0)
    t2 = time.perf_counter()

    print(f"pandas: rows={len(df)} read_csv_ms={(t1 - t0) * 1000:.1f} metrics_ms={(t2 - t1) * 1000:.1f} "
          f"trend_points={trend.size} gaps={len(gaps)} ranks={sum(r.notna().sum() for r in ranks.values())}",
          file=sys.stderr)

    if args.values:
        # The flat form of compare.py (the metric values only).
        values = {}
        for (platform, competitor), row in table.iterrows():
            for k, v in row.items():
                values[f"value\t{platform}\t{k}\t{competitor}"] = (
                    None if v is None or (isinstance(v, float) and math.isnan(v)) else float(v))
        with open(args.values, "w", encoding="utf-8") as f:
            json.dump(values, f, sort_keys=True, ensure_ascii=False)


if __name__ == "__main__":
    main()
