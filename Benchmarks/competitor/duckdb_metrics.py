#!/usr/bin/env python3
"""The anchor of the competitor benchmark: smkit's default metrics in DuckDB SQL.

The same work as `smkit benchmark` (Sources/BenchmarkKit/Metric+Defaults.swift,
BenchmarkEngine.swift, Statistics.swift): per platform and competitor over the
whole period the 21 default metrics with their medians, then ranks
(competition ranking), percentiles, the table summaries, the organisation's
gaps, and the weekly trends of the five default trend metrics.

Empty cells are missing (NULL), never zero; interactions are likes + comments +
shares of the known ones, missing when all three are missing and 0 on a day
with 0 posts. Like the generated data (and pandas_metrics.py), the input has
one row per competitor, platform and day; smkit's merge of duplicate days is
not repeated here.

Usage: duckdb_metrics.py CSV [--organization NAME] [--values OUT.json] [--threads N]
--values writes the flat form compare.py reads (see compare.py).
Phase timings go to standard error.
"""
import argparse
import json
import sys
import time

import duckdb

# Metric id -> (value expression, median expression or None), over the rows `r` of one group.
# The expressions follow the Swift closures term by term so rounding matches closely.
VALID_POST = "pst > 0 AND fol > 0 AND ia IS NOT NULL"  # fol > 0 is false for NULL fol
DAILY = "fol > 0 AND ia IS NOT NULL"


def ratio_of_sums(x, y):
    both = f"{x} IS NOT NULL AND {y} IS NOT NULL"
    return (f"CASE WHEN sum({y}) FILTER ({both}) > 0 THEN sum({x}) FILTER ({both}) / sum({y}) FILTER ({both}) * 100 END",
            f"median({x} / {y}) FILTER ({both} AND {y} > 0) * 100")


def per_post(x):
    both = f"{x} IS NOT NULL AND pst IS NOT NULL"
    return (f"CASE WHEN sum(pst) FILTER ({both}) > 0 THEN sum({x}) FILTER ({both}) / sum(pst) FILTER ({both}) END",
            f"median({x} / pst) FILTER ({both} AND pst > 0)")


GROWTH_OK = "lday > fday AND first_f > 0"
METRICS = {
    "followers": ("arg_max(fol, day) FILTER (fol IS NOT NULL)", None),
    "posts_per_week": ("CASE WHEN count(pst) > 0 THEN sum(pst) / count(pst) * 7 END", None),
    # Computed from the first/last known follower counts below (the `ends` columns).
    "follower_growth": (None, None),
    "follower_growth_weekly": (None, None),
    "er_post_follower": (f"CASE WHEN count(*) FILTER (pst > 0) > 0 AND sum(pst) FILTER ({VALID_POST}) > 0 "
                         f"THEN sum(ia / fol) FILTER ({VALID_POST}) / sum(pst) FILTER ({VALID_POST}) * 100 END",
                         f"median(ia / fol / pst) FILTER ({VALID_POST}) * 100"),
    "er_daily_follower": (f"avg(ia / fol) FILTER ({DAILY}) * 100", f"median(ia / fol) FILTER ({DAILY}) * 100"),
    "er_daily_follower_weighted": (f"avg(iw / fol) FILTER ({DAILY}) * 100", f"median(iw / fol) FILTER ({DAILY}) * 100"),
    "er_postday_follower": (f"avg(ia / fol / pst) FILTER ({VALID_POST}) * 100", f"median(ia / fol / pst) FILTER ({VALID_POST}) * 100"),
    "er_follower_ratio": ("CASE WHEN sum(fol) FILTER (fol IS NOT NULL AND ia IS NOT NULL) > 0 THEN "
                          "sum(ia) FILTER (fol IS NOT NULL AND ia IS NOT NULL) / sum(fol) FILTER (fol IS NOT NULL AND ia IS NOT NULL) * 100 END",
                          None),
    "er_reach": ratio_of_sums("ia", "rch"),
    "er_reach_mean": ("avg(ia / rch) FILTER (ia IS NOT NULL AND rch > 0) * 100", "median(ia / rch) FILTER (ia IS NOT NULL AND rch > 0) * 100"),
    "er_impressions": ratio_of_sums("ia", "imp"),
    "er_views": ratio_of_sums("ia", "vw"),
    "interactions_per_post": per_post("ia"),
    "conversation_rate": per_post("cm"),
    "amplification_rate": per_post("sh"),
    "applause_rate": per_post("lk"),
    # Shares of the platform total, from the per-group sums below.
    "share_of_voice_mentions": (None, None),
    "share_of_voice_interactions": (None, None),
    "response_time_median": ("median(rt)", None),
    "response_time_mean": ("avg(rt)", "median(rt)"),
}
LOWER_IS_BETTER = {"response_time_median", "response_time_mean"}
TREND_METRICS = ["followers", "posts_per_week", "er_post_follower", "er_daily_follower", "share_of_voice_interactions"]

LOAD = """
CREATE TEMP TABLE r AS
SELECT c, p, day, fol, pst, lk, cm, sh, vw, imp, rch, men, rt,
       CASE WHEN lk IS NULL AND cm IS NULL AND sh IS NULL THEN CASE WHEN pst = 0 THEN 0.0 END
            ELSE coalesce(lk, 0) + coalesce(cm, 0) + coalesce(sh, 0) END AS ia,
       CASE WHEN lk IS NULL AND cm IS NULL AND sh IS NULL THEN CASE WHEN pst = 0 THEN 0.0 END
            ELSE coalesce(lk, 0) + 2 * coalesce(cm, 0) + 3 * coalesce(sh, 0) END AS iw
FROM (
  SELECT trim(competitor) AS c, lower(trim(platform)) AS p, (date - DATE '1970-01-01')::INTEGER AS day,
         followers AS fol, posts AS pst, likes AS lk, comments AS cm, shares AS sh, views AS vw,
         impressions AS imp, reach AS rch, mentions AS men, response_minutes AS rt
  FROM read_csv(?, header = true, auto_detect = false, columns = {
    'competitor': 'VARCHAR', 'platform': 'VARCHAR', 'date': 'DATE', 'followers': 'DOUBLE', 'posts': 'DOUBLE',
    'likes': 'DOUBLE', 'comments': 'DOUBLE', 'shares': 'DOUBLE', 'views': 'DOUBLE', 'impressions': 'DOUBLE',
    'reach': 'DOUBLE', 'mentions': 'DOUBLE', 'response_minutes': 'DOUBLE'}))
"""


def group_query():
    cols = []
    for mid, (value, median) in METRICS.items():
        if value is not None:
            cols.append(f"{value} AS \"v_{mid}\"")
            cols.append(f"{median or 'NULL::DOUBLE'} AS \"m_{mid}\"")
    cols += [
        "arg_min(fol, day) FILTER (fol IS NOT NULL) AS first_f", "min(day) FILTER (fol IS NOT NULL) AS fday",
        "arg_max(fol, day) FILTER (fol IS NOT NULL) AS last_f", "max(day) FILTER (fol IS NOT NULL) AS lday",
        "sum(men) AS own_m", "sum(ia) AS own_i",
    ]
    return "CREATE TEMP TABLE g AS SELECT p, c, " + ", ".join(cols) + " FROM r GROUP BY p, c"


def long_query():
    """One row per platform, competitor and metric: value and median (n/a values have no median)."""
    parts = []
    for mid, (value, median) in METRICS.items():
        if mid == "follower_growth":
            v, m = f"CASE WHEN {GROWTH_OK} THEN (last_f - first_f) / first_f * 100 END", "NULL::DOUBLE"
        elif mid == "follower_growth_weekly":
            v = f"CASE WHEN {GROWTH_OK} THEN (pow(last_f / first_f, 1 / ((lday - fday) / 7)) - 1) * 100 END"
            m = "NULL::DOUBLE"
        elif mid.startswith("share_of_voice"):
            own = "own_m" if mid.endswith("mentions") else "own_i"
            v = f"CASE WHEN sum({own}) OVER (PARTITION BY p) > 0 THEN {own} / sum({own}) OVER (PARTITION BY p) * 100 END"
            m = "NULL::DOUBLE"
        else:
            v, m = f"\"v_{mid}\"", f"\"m_{mid}\""
        parts.append(f"SELECT p, c, '{mid}' AS metric, {v} AS value, {m} AS median FROM g")
    return ("CREATE TEMP TABLE vals AS SELECT p, c, metric, "
            "CASE WHEN isfinite(value) THEN value END AS value, "
            "CASE WHEN isfinite(value) AND isfinite(median) THEN median END AS median FROM ("
            + " UNION ALL ".join(parts) + ")")


# Ranks, percentiles and leaders; `better` orders best first, ties by first appearance in the file.
RANKS = """
CREATE TEMP TABLE ranked AS
SELECT v.*, o.idx,
  CASE WHEN value IS NOT NULL THEN rank() OVER (PARTITION BY p, metric, value IS NULL ORDER BY better) END AS rank,
  CASE WHEN value IS NOT NULL THEN
    CASE WHEN count(value) OVER (PARTITION BY p, metric) <= 1 THEN 100.0 ELSE
      ((rank() OVER (PARTITION BY p, metric, value IS NULL ORDER BY -better) - 1)
       + 0.5 * (count(*) OVER (PARTITION BY p, metric, value) - 1))
      / (count(value) OVER (PARTITION BY p, metric) - 1) * 100 END END AS percentile,
  row_number() OVER (PARTITION BY p, metric ORDER BY value IS NULL, better, o.idx) AS pos
FROM (SELECT *, CASE WHEN metric IN ('response_time_median', 'response_time_mean') THEN value ELSE -value END AS better
      FROM vals) v
JOIN comp_order o USING (c)
"""

TABLES = """
SELECT p, metric, max(CASE WHEN pos = 1 AND value IS NOT NULL THEN c END) AS leader,
       avg(value) AS mean, median(value) AS median, count(value) AS ranked
FROM ranked GROUP BY p, metric
"""

GAPS = """
WITH org AS (SELECT * FROM ranked WHERE c = $org),
     lead AS (SELECT p, metric, c AS leader, value AS lv FROM ranked WHERE pos = 1 AND value IS NOT NULL),
     others AS (SELECT p, metric, median(value) AS mv FROM ranked WHERE c <> $org GROUP BY p, metric)
SELECT org.p, org.metric, lead.leader, lead.lv, org.value - lead.lv AS to_leader,
       CASE WHEN lead.lv <> 0 THEN (org.value - lead.lv) / abs(lead.lv) * 100 END AS to_leader_pct,
       others.mv, org.value - others.mv AS to_median,
       CASE WHEN others.mv <> 0 THEN (org.value - others.mv) / abs(others.mv) * 100 END AS to_median_pct,
       org.rank
FROM org LEFT JOIN lead USING (p, metric) LEFT JOIN others USING (p, metric)
"""

# Weekly trends: ISO weeks (Monday start) per platform, clipped to the platform's first and last day.
TRENDS = f"""
WITH w AS (
  SELECT p, c, (day + 3) // 7 AS wk,
    arg_max(fol, day) FILTER (fol IS NOT NULL) AS followers,
    CASE WHEN count(pst) > 0 THEN sum(pst) / count(pst) * 7 END AS posts_per_week,
    CASE WHEN count(*) FILTER (pst > 0) > 0 AND sum(pst) FILTER ({VALID_POST}) > 0
         THEN sum(ia / fol) FILTER ({VALID_POST}) / sum(pst) FILTER ({VALID_POST}) * 100 END AS er_post_follower,
    avg(ia / fol) FILTER ({DAILY}) * 100 AS er_daily_follower,
    sum(ia) AS own_i
  FROM r GROUP BY p, c, wk)
SELECT p, c, wk, followers, posts_per_week, er_post_follower, er_daily_follower,
  CASE WHEN sum(own_i) OVER (PARTITION BY p, wk) > 0 THEN own_i / sum(own_i) OVER (PARTITION BY p, wk) * 100 END
    AS share_of_voice_interactions
FROM w
"""

WEEKS = """
SELECT p, strftime(DATE '1970-01-01' + greatest(ws, lo)::INTEGER, '%Y-%m-%d') AS label, (ws + 3) // 7 AS wk
FROM (SELECT p, min(day) AS lo, max(day) AS hi FROM r GROUP BY p) b,
     LATERAL generate_series(((lo + 3) // 7) * 7 - 3, hi, 7) AS t(ws)
"""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("csv")
    ap.add_argument("--organization")
    ap.add_argument("--values")
    ap.add_argument("--threads", type=int)
    args = ap.parse_args()
    t0 = time.perf_counter()
    db = duckdb.connect()
    if args.threads:
        db.execute(f"SET threads = {args.threads}")
    db.execute(LOAD, [args.csv])
    t1 = time.perf_counter()
    db.execute(group_query())
    db.execute(long_query())
    db.execute("CREATE TEMP TABLE comp_order AS SELECT c, min(rowid) AS idx FROM r GROUP BY c")
    db.execute(RANKS)
    org = None
    if args.organization:
        key = args.organization.strip().lower()
        found = db.execute("SELECT c FROM comp_order WHERE lower(c) = ? ORDER BY idx LIMIT 1", [key]).fetchone()
        org = found[0] if found else None
    rows = db.execute("SELECT p, c, metric, value, median, rank, percentile FROM ranked").fetchall()
    tables = db.execute(TABLES).fetchall()
    gaps = db.execute(GAPS, {"org": org}).fetchall() if org else []
    weeks = db.execute(WEEKS + " ORDER BY p, wk").fetchall()
    trends = db.execute(TRENDS).fetchnumpy()
    t2 = time.perf_counter()
    print(f"duckdb: rows={db.execute('SELECT count(*) FROM r').fetchone()[0]} load_ms={(t1 - t0) * 1000:.1f} "
          f"metrics_ms={(t2 - t1) * 1000:.1f} values={len(rows)} trend_rows={len(trends['p'])} gaps={len(gaps)}",
          file=sys.stderr)
    if args.values:
        write_values(args.values, rows, tables, gaps, weeks, db.execute(TRENDS).fetchall())


def write_values(path, rows, tables, gaps, weeks, trends):
    """The flat form of compare.py: {"kind\\tplatform\\t...": value}."""
    out = {}
    for p, c, metric, value, median, rank, percentile in rows:
        out[f"value\t{p}\t{metric}\t{c}"] = value
        out[f"median\t{p}\t{metric}\t{c}"] = median
        out[f"rank\t{p}\t{metric}\t{c}"] = rank
        out[f"percentile\t{p}\t{metric}\t{c}"] = percentile
    for p, metric, leader, mean, median, ranked in tables:
        for field, v in (("leader", leader), ("mean", mean), ("median", median), ("ranked", ranked)):
            out[f"table\t{p}\t{metric}\t{field}"] = v
    for p, metric, leader, lv, tl, tlp, mv, tm, tmp, rank in gaps:
        for field, v in (("leader", leader), ("leaderValue", lv), ("toLeader", tl), ("toLeaderPercent", tlp),
                         ("medianCompetitorValue", mv), ("toMedian", tm), ("toMedianPercent", tmp), ("rank", rank)):
            out[f"gap\t{p}\t{metric}\t{field}"] = v
    label = {}
    for p, lab, wk in weeks:
        out.setdefault(f"weeks\t{p}", []).append(lab)
        label[(p, wk)] = lab
    for p, c, wk, *values in trends:
        for metric, v in zip(TREND_METRICS, values):
            out[f"trend\t{p}\t{metric}\t{c}\t{label[(p, wk)]}"] = v
    with open(path, "w", encoding="utf-8") as f:
        json.dump(out, f, sort_keys=True, ensure_ascii=False)


if __name__ == "__main__":
    main()
