"""CLI exports against a numpy-only process doing the same work: whole-process wall time (interpreter start,
imports, reading the warehouse, computing, writing CSV to stdout), runs interleaved, median of ``--runs``.

    .venv/bin/python bench/bench_cli.py [--runs 7] [--before /path/to/other/checkout]

Processes timed (each with ``KOTA_CERDAS_DB`` pointing at a database built once in a temp dir):

``numpy_coverage``   python + numpy + duckdb only: reads region_dim with ``fetchnumpy``, counts regions and
                     people by province for one year (``np.bincount``), writes the CSV with the csv module;
``numpy_maturity``   the same floor for the maturity table: reads score_long, latest evaluation ≤ year per
                     region, the 0–4 mean of the present pillars (4 of 6 rule), rounds, ranks, writes CSV;
``imports_floor``    ``import pandas, duckdb`` and nothing else: what any pandas-based CLI pays first;
``cli_<kind>``       ``python -m analytics export <kind> ...`` (coverage, maturity, uncertainty, plan), and the
                     same from ``--before`` (e.g. an unpacked copy of the previous commit) for a before/after.

Ratios: every process / its numpy floor (coverage for coverage and plan, maturity for maturity and
uncertainty). The target of issue 12 is ≤ 2×. ``hyperfine`` is not installed; the loop here is its stand-in.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))

from _harness import build_db, loadavg  # noqa: E402

NUMPY_COVERAGE = r"""
import csv, os, sys
import numpy as np, duckdb
year = 2023
con = duckdb.connect(os.environ["KOTA_CERDAS_DB"], read_only=True)
r = con.execute("SELECT province_code, province_name, population, cohort_year FROM region_dim ORDER BY code").fetchnumpy()
codes, inv = np.unique(r["province_code"].astype(str), return_inverse=True)
cy = np.ma.filled(r["cohort_year"].astype(float), np.nan)
part = cy <= year
pop = np.asarray(r["population"], dtype=np.int64)
n, p = np.bincount(inv), np.bincount(inv, weights=part)
pp, pr = np.bincount(inv, weights=pop), np.bincount(inv, weights=np.where(part, pop, 0))
names = dict(zip(r["province_code"].astype(str), r["province_name"].astype(str)))
w = csv.writer(sys.stdout)
w.writerow(["as_of", "group", "group_name", "regions_in_scope", "regions_participating", "region_share",
            "population_in_scope", "population_reached", "population_share"])
for i, c in enumerate(codes):
    w.writerow([year, c, names[c], n[i], int(p[i]), p[i] / n[i], int(pp[i]), int(pr[i]), pr[i] / pp[i]])
"""

NUMPY_MATURITY = r"""
import csv, os, sys
import numpy as np, duckdb
year = 2023
con = duckdb.connect(os.environ["KOTA_CERDAS_DB"], read_only=True)
s = con.execute("SELECT region_code, year, pillar_ordinal, score FROM score_long WHERE year <= ? ORDER BY region_code, year, pillar_ordinal", [year]).fetchnumpy()
r = con.execute("SELECT code, name, province_code, cohort_year FROM region_dim ORDER BY code").fetchnumpy()
codes, inv = np.unique(s["region_code"].astype(str), return_inverse=True)
yr = np.asarray(s["year"], dtype=np.int64)
latest = np.full(len(codes), -1); np.maximum.at(latest, inv, yr)
keep = yr == latest[inv]
x = np.full((len(codes), 6), np.nan)
x[inv[keep], np.asarray(s["pillar_ordinal"], dtype=np.int64)[keep] - 1] = np.ma.filled(s["score"].astype(float), np.nan)[keep]
present = ~np.isnan(x)
idx = np.where(present, x, 0).sum(1) / present.sum(1) * 25
idx[present.sum(1) < 4] = np.nan
shown = np.floor(idx * 10 + 0.5 + 1e-9) / 10
key = np.where(np.isnan(shown), np.inf, -shown)
order = np.argsort(key, kind="stable")
rank = np.empty(len(key), dtype=np.int64)
srt = key[order]
first = np.where(np.r_[True, srt[1:] != srt[:-1]], np.arange(1, len(key) + 1), 0)
rank[order] = np.maximum.accumulate(first)
w = csv.writer(sys.stdout)
w.writerow(["code", *[f"p{i}" for i in range(1, 7)], "index_100", "rank_national"])
for i in order:
    w.writerow([codes[i], *x[i], shown[i], rank[i]])
"""

CLI_ARGS = {
    "coverage": ["coverage", "--by", "province", "--year", "2023", "--format", "csv"],
    "maturity": ["maturity", "--lens", "evaluation", "--year", "2023", "--format", "csv"],   # as its floor
    "uncertainty": ["uncertainty", "--lens", "evaluation", "--year", "2023", "--n", "1000", "--format", "csv"],
    "plan": ["plan", "--budget", "20", "--format", "csv"],
}
FLOOR = {"coverage": "numpy_coverage", "plan": "numpy_coverage", "maturity": "numpy_maturity",
         "uncertainty": "numpy_maturity"}


def timed(cmd: list[str], cwd: Path, env: dict) -> float:
    t0 = time.perf_counter()
    subprocess.run(cmd, cwd=cwd, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--before", help="another checkout; its CLI is timed beside this one's")
    ap.add_argument("--kinds", default=",".join(CLI_ARGS))
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="kc-cli-"))
    env = dict(os.environ, KOTA_CERDAS_DB=str(build_db(tmp / "bench.duckdb")), PYTHONDONTWRITEBYTECODE="0")
    py = sys.executable
    procs: dict[str, tuple[list[str], Path, dict]] = {
        "numpy_coverage": ([py, "-c", NUMPY_COVERAGE], REPO, env),
        "numpy_maturity": ([py, "-c", NUMPY_MATURITY], REPO, env),
        "imports_floor": ([py, "-c", "import pandas, duckdb"], REPO, env),
    }
    # each checkout reads a database its own build wrote: the CLI rebuilds a database whose fingerprint (which
    # covers the code) is not its own, so a shared file would be rebuilt by every run of the other checkout
    before_env = (dict(env, KOTA_CERDAS_DB=str(build_db(tmp / "before.duckdb", Path(args.before))))
                  if args.before else None)
    kinds = args.kinds.split(",")
    for kind in kinds:
        procs[f"cli_{kind}"] = ([py, "-m", "analytics", "export", *CLI_ARGS[kind]], REPO, env)
        if args.before:
            procs[f"before_{kind}"] = ([py, "-m", "analytics", "export", *CLI_ARGS[kind]], Path(args.before),
                                       before_env)
    for cmd, cwd, e in procs.values():          # warm-up: byte-code compiled, files in the page cache
        timed(cmd, cwd, e)
    times: dict[str, list[float]] = {k: [] for k in procs}
    loads = []
    for _ in range(args.runs):
        for name, (cmd, cwd, e) in procs.items():
            times[name].append(timed(cmd, cwd, e))
        loads.append(loadavg()[0])
    med = {k: statistics.median(v) for k, v in times.items()}
    rows = []
    for name, m in med.items():
        kind = name.split("_", 1)[1]
        floor = FLOOR.get(kind)
        rows.append({"process": name, "median_s": round(m, 3), "min_s": round(min(times[name]), 3),
                     "x_numpy_floor": round(m / med[floor], 2) if floor else None,
                     "x_imports_floor": round(m / med["imports_floor"], 2)})
    print(json.dumps({"benchmark": "cli", "runs": args.runs, "load_during": loads, "results": rows}, indent=1))
    print(f"\n{'process':<22}{'median s':>10}{'min s':>8}{'× numpy floor':>15}{'× import pandas+duckdb':>24}")
    for r in rows:
        xf = "—" if r["x_numpy_floor"] is None else f"{r['x_numpy_floor']:.2f}"
        print(f"{r['process']:<22}{r['median_s']:>10.3f}{r['min_s']:>8.3f}{xf:>15}{r['x_imports_floor']:>24.2f}")
    print(f"load average during the runs: {loads}")


if __name__ == "__main__":
    main()
