"""Benchmark: server-side run time of every page, cold (fresh caches) and warm (second run), with AppTest,
and the map's deck payload size. Prints JSON.

    .venv/bin/python bench/bench_pages.py [--warm 3]

"Cold" = the first run of a page in a fresh AppTest after all Streamlit caches are cleared (first visit of
the first user after start, database already built). "Warm" = median of the next runs (cached data).
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def page_files() -> list[str]:
    """Every page file app.py registers (st.Page / _page calls), in order."""
    tree = ast.parse((REPO / "app.py").read_text())
    files = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "_page" and node.args:
            arg = node.args[0]
            if isinstance(arg, ast.Constant):
                files.append(f"pages/{arg.value}.py")
    return files


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--warm", type=int, default=3)
    args = ap.parse_args()
    tmp = tempfile.mkdtemp()
    os.environ["KOTA_CERDAS_DB"] = str(Path(tmp) / "bench.duckdb")
    from streamlit.testing.v1 import AppTest

    import streamlit as st
    from analytics.build import build
    build()
    results = []
    for page in page_files():
        st.cache_data.clear()
        st.cache_resource.clear()
        at = AppTest.from_file(str(REPO / "app.py"), default_timeout=120)
        at.run()
        t0 = time.perf_counter()
        at.switch_page(page).run()
        cold = time.perf_counter() - t0
        warm = []
        for _ in range(args.warm):
            t0 = time.perf_counter()
            at.run()
            warm.append(time.perf_counter() - t0)
        results.append({"page": page, "cold_s": round(cold, 3), "warm_s": round(statistics.median(warm), 3),
                        "exception": bool(at.exception)})
    payload = None
    try:
        import pandas as pd  # noqa: F401
        from analytics.dataset import load
        from viz import maps
        ds = load()
        builder = getattr(maps, "benchmark_deck", None)
        if builder is not None:
            payload = len(builder(ds).to_json().encode())
    except Exception as exc:  # noqa: BLE001 - the map may not exist yet
        payload = f"unavailable: {exc}"
    print(json.dumps({"benchmark": "pages", "warm_runs": args.warm, "pages": results,
                      "map_deck_json_bytes": payload}))


if __name__ == "__main__":
    main()
