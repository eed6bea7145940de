#!/usr/bin/env python3
"""Write a realistic long-form competitor CSV for BenchmarkKit benchmarks.

One row per competitor, platform and day, sorted by date (as exports are).
Deterministic for a given --rows and --seed.

Realism: follower counts that drift and grow, 0-2 posts most days (zero-post
days have empty interaction cells), interactions that scale with followers,
views for TikTok/Instagram only, reach and impressions only for the
organisation's own accounts (public competitor data has none), response
times on some days, a few empty cells, a brand-new account with 0 followers,
and competitor names that need CSV quoting (comma, quotes, umlauts).

Usage: generate.py [--rows N] [--seed S] [--out FILE]
"""
import argparse
import datetime
import math
import random
import sys

PLATFORMS = ["instagram", "facebook", "tiktok", "x", "linkedin"]
BASE_NAMES = [
    "Bäckerei Sonnenschein", "Backhaus Müller, Brot & Co", 'Kornkammer "Zur Mühle"', "Brotzeit Süd",
    "Stadtbäcker Krume", "Hofbäckerei Lindner", "Café Hefezopf", "Backstube Weizenkorn",
]
HEADER = ["competitor", "platform", "date", "followers", "posts", "likes", "comments", "shares",
          "views", "impressions", "reach", "mentions", "response_minutes"]


def quote(field):
    if any(c in field for c in ',"\n\r'):
        return '"' + field.replace('"', '""') + '"'
    return field


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--days", type=int, default=730)
    ap.add_argument("--out", default="-")
    args = ap.parse_args()
    rng = random.Random(args.seed)

    groups_needed = max(len(PLATFORMS), math.ceil(args.rows / args.days))
    n_comp = math.ceil(groups_needed / len(PLATFORMS))
    names = [BASE_NAMES[i] if i < len(BASE_NAMES) else f"{BASE_NAMES[i % len(BASE_NAMES)]} {i // len(BASE_NAMES) + 1}"
             for i in range(n_comp)]
    org = names[0]
    state = {}
    for c in names:
        for p in PLATFORMS:
            size = rng.lognormvariate(8.5, 1.3)
            if p == "tiktok":
                size *= 0.6
            state[(c, p)] = {
                "followers": max(50.0, size),
                "growth": rng.uniform(-0.0005, 0.004),
                "post_rate": rng.uniform(0.2, 1.6),
                "er": rng.uniform(0.002, 0.04) * (3 if p == "tiktok" else 1),
                "responds": rng.random() < 0.5,
            }
    # A brand-new account: 0 followers throughout (no division by zero allowed).
    if len(names) > 2:
        state[(names[2], "linkedin")]["followers"] = 0.0
        state[(names[2], "linkedin")]["growth"] = 0.0

    out = sys.stdout if args.out == "-" else open(args.out, "w", encoding="utf-8", newline="")
    write = out.write
    write(",".join(HEADER) + "\n")
    start = datetime.date(2023, 1, 2)
    written = 0
    quoted = {c: quote(c) for c in names}
    for d in range(args.days):
        date = (start + datetime.timedelta(days=d)).isoformat()
        weekend = (d % 7) >= 5
        for c in names:
            for p in PLATFORMS:
                if written >= args.rows:
                    break
                s = state[(c, p)]
                if s["followers"] > 0:
                    s["followers"] *= 1 + s["growth"] + rng.gauss(0, 0.001)
                followers = int(round(s["followers"]))
                lam = s["post_rate"] * (0.6 if weekend else 1.0)
                posts = 0
                # Poisson by inversion (small lambda)
                L, k, prod = math.exp(-lam), 0, rng.random()
                while prod > L:
                    k += 1
                    prod *= rng.random()
                posts = k
                row = [quoted[c], p, date, str(followers), str(posts)]
                if posts == 0:
                    row += ["", "", "", ""]
                else:
                    inter = max(0.0, followers * s["er"] * posts * rng.lognormvariate(0, 0.5))
                    likes = int(inter * 0.85)
                    comments = int(inter * 0.1)
                    shares = int(inter * 0.05)
                    views = int(inter * rng.uniform(8, 30)) if p in ("tiktok", "instagram") else None
                    cells = [str(likes), str(comments), str(shares), "" if views is None else str(views)]
                    if p == "instagram":
                        cells[2] = ""  # Instagram shows no public share counts
                    if rng.random() < 0.02:
                        cells[rng.randrange(3)] = ""  # a gap in the export
                    row += cells
                if c == org and posts > 0:
                    reach = int(followers * rng.uniform(0.1, 0.6) * posts)
                    row += [str(int(reach * rng.uniform(1.2, 2.0))), str(reach)]
                else:
                    row += ["", ""]
                row.append(str(rng.randrange(0, 40) if rng.random() < 0.7 else 0) if rng.random() < 0.97 else "")
                row.append(f"{rng.lognormvariate(4.0, 1.2):.1f}" if s["responds"] and rng.random() < 0.6 else "")
                write(",".join(row) + "\n")
                written += 1
        if written >= args.rows:
            break
    if out is not sys.stdout:
        out.close()
    print(f"wrote {written} rows, {n_comp} competitors, {len(PLATFORMS)} platforms", file=sys.stderr)


if __name__ == "__main__":
    main()
