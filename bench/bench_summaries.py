"""Benchmark of the summaries the pages and the export CLI share; prints one JSON object.

Cases, on the built warehouse (``data/smartcity.duckdb`` or ``$KOTA_CERDAS_DB``, built first if missing):
- ``dataset.load`` (reading every mart once, as the pages' cache and the CLI do), and the frame contracts it
  checks (``validate_dataset``, pandera) on their own;
- coverage_summary by province, coverage_timeline_summary 2017–2024;
- maturity_summary (all regions, and one province: the national index is computed either way), maturity_mix;
- uncertainty_summary with n=1000 replications (with its sensitivity runs);
- peers_summary (k=5);
- plan_summary with a budget of 50 (population with a minimum of 1 per province, and least_covered);
- the CLI end to end: ``python -m analytics export maturity --lens evaluation`` in-process (load + summary + CSV).

Timing: ``time.perf_counter``, best of a few repeats after a warm-up. Run:
``.venv/bin/python bench/bench_summaries.py``.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import platform
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from analytics.warehouse import build

from analytics.summaries import tables as S  # noqa: E402
from analytics.warehouse.dataset import load  # noqa: E402
from analytics.warehouse.frames import validate_dataset  # noqa: E402
from analytics.summaries.filters import Filters  # noqa: E402


def best_of(fn, repeats: int) -> float:
    fn()
    times = []
    for _ in range(repeats):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def main() -> None:
    build.ensure_built()
    ds = load()
    f_all, f_prov = Filters(as_of=2023), Filters(as_of=2023, province="35")
    n_units = len(S.maturity_summary(ds, f_all))

    def cli():
        from analytics.cli.main import main as cli_main
        with contextlib.redirect_stdout(io.TextIOWrapper(io.BytesIO())):
            cli_main(["export", "maturity", "--lens", "evaluation"])   # beside maturity_summary above

    cases = [
        ("dataset_load", load, 5, {}),                  # includes the frame contracts
        ("dataset_validate_frames", lambda: validate_dataset(ds), 5, {}),
        ("coverage_summary_province", lambda: S.coverage_summary(ds, f_all, by="province"), 20, {}),
        ("coverage_timeline_summary", lambda: S.coverage_timeline_summary(ds, f_all), 20, {}),
        ("maturity_summary_national", lambda: S.maturity_summary(ds, f_all), 20, {"units": n_units}),
        ("maturity_summary_province", lambda: S.maturity_summary(ds, f_prov), 20, {"units": n_units}),
        ("maturity_mix", lambda: S.maturity_mix(ds, f_all), 20, {}),
        ("uncertainty_summary_n1000", lambda: S.uncertainty_summary(ds, f_all, n=1000, seed=0), 3,
         {"units": n_units, "replications": 1000}),
        ("peers_summary_k5", lambda: S.peers_summary(ds, "35.71", as_of=2023, k=5), 20, {}),
        ("plan_summary_budget50_population_min1",
         lambda: S.plan_summary(ds, budget=50, as_of=2023, min_per_province=1), 20, {}),
        ("plan_summary_budget50_least_covered",
         lambda: S.plan_summary(ds, budget=50, as_of=2023, objective="least_covered"), 20, {}),
        ("cli_export_maturity_csv", cli, 3, {}),
    ]
    out = [{"case": name, "ms": round(best_of(fn, reps) * 1e3, 2), **extra} for name, fn, reps, extra in cases]
    print(json.dumps({"bench": "summaries", "python": platform.python_version(), "cpus": os.cpu_count(),
                      "results": out}, indent=1))


if __name__ == "__main__":
    main()
