#!/usr/bin/env python3
"""Writes competitors.csv: an invented benchmark for Bäckerei Sonnenschein, a
regional bakery chain, and four competitors on Instagram, Facebook and TikTok,
one row per competitor, platform and day from 2025-01-01 to 2025-03-31.

Deterministic (seed 7). Public competitor data has no reach or impressions,
so those cells are filled for Bäckerei Sonnenschein's own accounts only.
Backhaus Müller opens a TikTok account on 2025-02-03 (0 followers that day).
Run: python3 make_competitors.py > competitors.csv
"""
import datetime
import math
import random
import sys

rng = random.Random(7)
START = datetime.date(2025, 1, 1)
DAYS = 90
ORG = "Bäckerei Sonnenschein"
# name: {platform: (followers at start, daily growth, posts per day, interactions per follower per post, responds?)}
PROFILES = {
    ORG: {"instagram": (4200, 0.0022, 0.9, 0.028, True), "facebook": (2600, 0.0004, 0.6, 0.012, True),
          "tiktok": (1800, 0.0060, 0.5, 0.060, True)},
    "Backhaus Müller": {"instagram": (9800, 0.0010, 1.2, 0.015, False), "facebook": (7400, -0.0002, 1.0, 0.006, True),
                        "tiktok": (0, 0.0, 0.7, 0.080, False)},
    "Kornkammer Brotmanufaktur": {"instagram": (15300, 0.0015, 0.6, 0.021, True),
                                  "facebook": (3100, 0.0001, 0.3, 0.009, False),
                                  "tiktok": (5200, 0.0045, 0.4, 0.052, False)},
    "Stadtbäckerei Krume": {"instagram": (2100, 0.0008, 0.4, 0.034, True), "facebook": (5100, 0.0003, 0.8, 0.010, True),
                            "tiktok": (600, 0.0020, 0.2, 0.045, False)},
    "Café Hefezopf": {"instagram": (6700, 0.0030, 1.5, 0.019, False), "facebook": (1200, 0.0000, 0.2, 0.014, False),
                      "tiktok": (11900, 0.0080, 1.1, 0.071, True)},
}
TIKTOK_OPENING = {"Backhaus Müller": datetime.date(2025, 2, 3)}


def poisson(lam):
    limit, k, p = math.exp(-lam), 0, rng.random()
    while p > limit:
        k += 1
        p *= rng.random()
    return k


def quote(s):
    return '"' + s.replace('"', '""') + '"' if any(c in s for c in ',"\n') else s


w = sys.stdout.write
w("competitor,platform,date,followers,posts,likes,comments,shares,views,impressions,reach,mentions,response_minutes\n")
followers = {(c, p): float(v[0]) for c, plats in PROFILES.items() for p, v in plats.items()}
for d in range(DAYS):
    day = START + datetime.timedelta(days=d)
    weekend = day.weekday() >= 5
    for comp, plats in PROFILES.items():
        for plat, (_, growth, rate, er, responds) in plats.items():
            opening = TIKTOK_OPENING.get(comp) if plat == "tiktok" else None
            if opening and day < opening:
                continue
            key = (comp, plat)
            if opening and day > opening:
                followers[key] += rng.randint(8, 60)  # a new account grows by absolute numbers
            else:
                followers[key] *= 1 + growth + rng.gauss(0, 0.0008)
            f = int(round(followers[key]))
            posts = poisson(rate * (1.4 if weekend else 1.0))  # bakeries post more at weekends
            row = [quote(comp), plat, day.isoformat(), str(f), str(posts)]
            if posts == 0:
                row += ["", "", "", ""]
            else:
                base = max(f, 150) * er * posts * rng.lognormvariate(0, 0.35)
                likes, comments, shares = int(base * 0.86), int(base * 0.09), int(base * 0.05)
                views = int(base * rng.uniform(9, 25)) if plat in ("tiktok", "instagram") else None
                row += [str(likes), str(comments), "" if plat == "instagram" else str(shares),
                        "" if views is None else str(views)]
            if comp == ORG and posts > 0:
                reach = int(f * rng.uniform(0.15, 0.5) * posts)
                row += [str(int(reach * rng.uniform(1.2, 1.8))), str(reach)]
            else:
                row += ["", ""]
            row.append(str(poisson(3 if comp == ORG else 2)))
            row.append(f"{rng.lognormvariate(4.2 if responds else 6.5, 0.9):.0f}" if rng.random() < 0.5 else "")
            if rng.random() < 0.01:  # gaps in the export happen
                row[rng.choice([5, 6, 11])] = ""
            w(",".join(row) + "\n")
