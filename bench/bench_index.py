"""Benchmark of the composite-index engine; prints one JSON object.

Cases (synthetic 0–4 scores, 1% missing, seeded):
- index at 514 regencies x 6 pillars (minmax + arithmetic, and none + geometric);
- Monte Carlo, 1,000 replications at 514 x 6 (with and without the one-choice-at-a-time sensitivity runs);
- the index at village scale: 83,763 villages x 10 years as rows (837,630 x 6), and ten times that.

Timing: ``time.perf_counter``, best of a few repeats. Run: ``.venv/bin/python bench/bench_index.py``.
"""

from __future__ import annotations

import json
import os
import platform
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from analytics.composite import Framework, IndexSettings, compute_index, run_uncertainty  # noqa: E402

VILLAGES = 83_763
YEARS = 10


def synthetic(n_rows: int, columns: list[str], seed: int = 0) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    x = rng.uniform(0.0, 4.0, size=(n_rows, len(columns)))
    x[rng.random(x.shape) < 0.01] = np.nan
    return pd.DataFrame(x, columns=columns)


def best_of(fn, repeats: int) -> float:
    """Best wall time in seconds over ``repeats`` runs (after one warm-up run)."""
    fn()
    times = []
    for _ in range(repeats):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def case(name: str, rows: int, seconds: float, **extra) -> dict:
    return {"case": name, "rows": rows, "ms": round(seconds * 1e3, 2),
            "rows_per_s": round(rows / seconds), **extra}


def main() -> None:
    fw = Framework.default()
    cols = fw.indicators
    out = []

    d514 = synthetic(514, cols, seed=1)
    for s in (IndexSettings("minmax", "arithmetic"), IndexSettings("none", "geometric")):
        t = best_of(lambda: compute_index(d514, fw, s), 20)
        out.append(case(f"index_514_{s.normalisation}_{s.aggregation}", 514, t))

    t = best_of(lambda: run_uncertainty(d514, fw, n=1000, seed=0, sensitivity=False), 5)
    out.append(case("monte_carlo_1000x514_main_run", 514, t, replications=1000,
                    replications_per_s=round(1000 / t)))
    t = best_of(lambda: run_uncertainty(d514, fw, n=1000, seed=0), 5)
    out.append(case("monte_carlo_1000x514_with_sensitivity", 514, t, replications=1000, runs=4,
                    replications_per_s=round(4000 / t)))

    for label, mult, repeats in (("village_years", 1, 3), ("village_years_x10", 10, 2)):
        rows = VILLAGES * YEARS * mult
        data = synthetic(rows, cols, seed=2)
        t = best_of(lambda: compute_index(data, fw, IndexSettings("minmax", "arithmetic")), repeats)
        out.append(case(f"index_{label}_minmax_arithmetic", rows, t))
        del data

    print(json.dumps({
        "benchmark": "composite_index",
        "python": platform.python_version(), "numpy": np.__version__, "pandas": pd.__version__,
        "cpus": os.cpu_count(), "pillars": len(cols), "results": out,
    }, indent=1))


if __name__ == "__main__":
    main()
