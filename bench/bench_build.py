"""Benchmark: the warehouse build (load + check + synthetic scores + DuckDB + swap). Prints JSON.

    .venv/bin/python bench/bench_build.py [--repeat 5]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from analytics.warehouse.build import assemble, build  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.duckdb"
        total, assemble_s = [], []
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            assemble()
            assemble_s.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            report = build(db)
            total.append(time.perf_counter() - t0)
        print(json.dumps({
            "benchmark": "build", "repeat": args.repeat,
            "build_s": {"min": round(min(total), 3), "median": round(statistics.median(total), 3),
                        "max": round(max(total), 3)},
            "assemble_only_s": {"min": round(min(assemble_s), 3), "median": round(statistics.median(assemble_s), 3)},
            "db_bytes": db.stat().st_size, "rows": report.rows,
        }))


if __name__ == "__main__":
    main()
