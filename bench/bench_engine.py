"""The composite engine against a bare-numpy bound: how far the 514 × 6 index and the 1,000 × 514 Monte Carlo are
from the least work that computes the same numbers. Prints JSON and a table; run with another checkout's
engine beside it for a before/after in one process (interleaved repeats):

    .venv/bin/python bench/bench_engine.py [--before /path/to/other/checkout] [--repeats 200]

Cases (synthetic 0–4 scores, 1 % missing, seeded; the default six-pillar framework, completeness rule 4 of 6):

``index_514``        ``compute_index(df, fw, settings)`` and reading what the pages read (``.shown``, ``.scores``),
                     for minmax + arithmetic and none + geometric;
``bound_514``        the same result from a float array in plain numpy: per-column min-max (or the identity), the
                     present-weighted mean of the six columns (or the weighted geometric mean), the completeness
                     rule, the display rounding — no labels, no checks, no generality;
``mc_1000x514``      ``run_uncertainty(n=1000, sensitivity=False)`` (what the pages show) and with the three
                     one-choice-at-a-time sensitivity runs;
``mc_bound``         the Monte Carlo's arithmetic core in numpy: four normalisations of the 514 × 6 array, one
                     (514 × 6) @ (6 × 1000) product per normalisation for the weighted means, the geometric
                     replications by exp(log @ W), and the competition ranks of the (1000 × 514) matrix by scipy.

Timing: ``time.perf_counter``, the median over ``--repeats`` calls after a warm-up, variants interleaved call by
call. Ratios are engine / bound (target: the index ≤ 5×).
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import statistics
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd
from scipy.stats import rankdata

REPO = Path(__file__).resolve().parents[1]


def synthetic(n_rows: int, columns: list[str], seed: int = 1) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    x = rng.uniform(0.0, 4.0, size=(n_rows, len(columns)))
    x[rng.random(x.shape) < 0.01] = np.nan
    return pd.DataFrame(x, columns=columns, index=[f"r{i:03d}" for i in range(n_rows)])


def bound_index(x: np.ndarray, w: np.ndarray, geometric: bool, min_share: float) -> np.ndarray:
    """The index shown (0–100, one decimal) from a (units × 6) float array in plain numpy."""
    present = ~np.isnan(x)
    if geometric:                                     # none + geometric: the 0–4 scale, ×25 for 0–100
        z = x
    else:                                             # minmax on 0–100
        mn, mx = np.nanmin(x, axis=0), np.nanmax(x, axis=0)
        z = (x - mn) / (mx - mn) * 100.0
    wp = np.where(present, w, 0.0)
    den = wp.sum(axis=1)
    if geometric:
        s = np.exp((np.log(np.where(present & (z > 0), z, 1.0)) * wp).sum(axis=1) / den) * 25.0
    else:
        s = (np.where(present, z, 0.0) * wp).sum(axis=1) / den
    s[present.sum(axis=1) / x.shape[1] < min_share] = np.nan
    return np.sign(s) * np.floor(np.abs(s) * 10.0 + 0.5 + 1e-9) / 10.0


def bound_mc(x: np.ndarray, n: int, seed: int) -> np.ndarray:
    """The Monte Carlo's arithmetic core: weights × normalisations × aggregations, then competition ranks."""
    rng = np.random.default_rng(seed)
    k = x.shape[1]
    W = rng.uniform(0.75, 1.25, size=(n, k))
    norm = rng.integers(0, 4, size=n)
    geo = rng.integers(0, 2, size=n).astype(bool)
    present = ~np.isnan(x)
    mn, mx = np.nanmin(x, axis=0), np.nanmax(x, axis=0)
    mean, sd = np.nanmean(x, axis=0), np.nanstd(x, axis=0, ddof=1)
    stack = [(x - mn) / (mx - mn) * 100, (x - mean) / sd, pd.DataFrame(x).rank().to_numpy() / len(x) * 100, x * 25]
    P = present.astype(float)
    den = P @ W.T                                                       # (u, n)
    out = np.empty((n, x.shape[0]))
    for m in range(4):
        sel = norm == m
        Xm = np.where(present, stack[m], 0.0)
        res = (Xm @ W[sel].T) / den[:, sel]
        g = geo[sel] & (m != 1)
        if g.any():
            res[:, g] = np.exp((np.log(np.where(Xm > 1, Xm, 1.0)) @ W[sel][g].T) / den[:, sel][:, g])
        out[sel] = res.T
    return rankdata(np.where(np.isnan(out), np.inf, -np.round(out, 1)), method="min", axis=1)


def load_engine(checkout: Path):
    """The ``analytics.composite`` package of ``checkout``, imported under its own name."""
    for name in [m for m in sys.modules if m == "analytics" or m.startswith("analytics.")]:
        del sys.modules[name]
    sys.path.insert(0, str(checkout))
    try:
        return importlib.import_module("analytics.composite")
    finally:
        sys.path.remove(str(checkout))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--before", help="another checkout whose engine is timed beside this one")
    ap.add_argument("--repeats", type=int, default=200)
    ap.add_argument("--mc-repeats", type=int, default=7)
    args = ap.parse_args()

    engines = {}
    if args.before:
        engines["before"] = load_engine(Path(args.before))
    engines["after" if args.before else "engine"] = load_engine(REPO)

    cases: dict[str, dict] = {}
    for label, eng in engines.items():
        fw = eng.Framework.default()
        df = synthetic(514, fw.indicators)
        x = df.to_numpy()
        w = np.ones(len(fw.indicators))
        share = 4 / 6
        for norm, agg in (("minmax", "arithmetic"), ("none", "geometric")):
            s = eng.IndexSettings(norm, agg, min_share=share)
            res = eng.compute_index(df, fw, s)
            want = bound_index(x, w, agg == "geometric", share)
            got = res.shown.to_numpy(dtype=float)
            assert np.allclose(got, want, equal_nan=True), f"{label}: the bound does not compute the same index"

            def engine_call(eng=eng, fw=fw, s=s):
                r = eng.compute_index(df, fw, s)
                return r.shown, r.scores

            cases.setdefault(f"index_514_{norm}_{agg}", {})[label] = engine_call
            cases[f"index_514_{norm}_{agg}"]["bound"] = lambda x=x, g=(agg == "geometric"): bound_index(x, w, g, share)
        cases.setdefault("mc_1000x514", {})[label] = (
            lambda eng=eng, fw=fw: eng.run_uncertainty(df, fw, n=1000, seed=0, sensitivity=False))
        cases["mc_1000x514"]["bound"] = lambda x=x: bound_mc(x, 1000, 0)
        cases.setdefault("mc_1000x514_with_sensitivity", {})[label] = (
            lambda eng=eng, fw=fw: eng.run_uncertainty(df, fw, n=1000, seed=0))
        cases["mc_1000x514_with_sensitivity"]["bound"] = lambda x=x: bound_mc(x, 1000, 0)

    out = []
    for name, fns in cases.items():
        repeats = args.mc_repeats if name.startswith("mc") else args.repeats
        times: dict[str, list[float]] = {k: [] for k in fns}
        for fn in fns.values():
            fn()
        for _ in range(repeats):                      # interleaved: one call of each, in turn
            for k, fn in fns.items():
                t0 = time.perf_counter()
                fn()
                times[k].append(time.perf_counter() - t0)
        med = {k: statistics.median(v) for k, v in times.items()}
        row = {"case": name, **{f"{k}_ms": round(v * 1e3, 3) for k, v in med.items()}}
        for k in fns:
            if k != "bound":
                row[f"{k}_x_bound"] = round(med[k] / med["bound"], 2)
        if "before" in med:
            row["before_over_after"] = round(med["before"] / med["after"], 2)
        out.append(row)

    print(json.dumps({"benchmark": "engine", "cpus": os.cpu_count(), "load": [round(v, 2) for v in os.getloadavg()],
                      "numpy": np.__version__, "pandas": pd.__version__, "results": out}, indent=1))
    labels = [k for k in engines]
    print(f"\n{'case':<32}" + "".join(f"{k + ' ms':>12}{'×bound':>8}" for k in labels) + f"{'bound ms':>10}")
    for r in out:
        print(f"{r['case']:<32}" + "".join(f"{r[k + '_ms']:>12.3f}{r[k + '_x_bound']:>8.1f}" for k in labels)
              + f"{r['bound_ms']:>10.3f}")


if __name__ == "__main__":
    main()
