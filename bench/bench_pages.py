"""Benchmark: server-side run time of every page, cold (fresh caches) and warm (second run), with AppTest,
and the map's deck payload size. Prints JSON.

    .venv/bin/python bench/bench_pages.py [--warm 3]

"Cold" = the page's run in a fresh AppTest right after all Streamlit caches are cleared (first visit of the
first user after start: it loads the dataset; the database is already built). "Warm" = median of the next runs (cached data).
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
    from analytics.warehouse.build import build
    build()
    results = []
    from streamlit.runtime.pages_manager import PagesManager
    original = PagesManager.__init__

    def init(self, *a, **kw):  # as tests/ui/apptest.py: app.py always runs (st.navigation), like a browser session
        original(self, *a, **kw)
        PagesManager.uses_pages_directory = False

    PagesManager.__init__ = init
    cases = [(p, {}) for p in page_files()]
    cases += [("pages/region.py", {"region": "73.71"}), ("pages/compare.py", {"regions": "73.71,35.10,32.73"})]
    for page, query in cases:
        at = AppTest.from_file(str(REPO / "app.py"), default_timeout=120)
        for k, v in query.items():
            at.query_params[k] = v
        at.run()
        st.cache_data.clear()      # cold: the page's first run with empty data caches
        st.cache_resource.clear()
        t0 = time.perf_counter()
        at.switch_page(page).run()
        cold = time.perf_counter() - t0
        warm = []
        for _ in range(args.warm):
            t0 = time.perf_counter()
            at.run()
            warm.append(time.perf_counter() - t0)
        results.append({"page": page, "query": query, "cold_s": round(cold, 3), "warm_s": round(statistics.median(warm), 3),
                        "exception": bool(at.exception)})
    # the map's payload: the deck JSON the map page sends to the browser (national view, defaults)
    at = AppTest.from_file(str(REPO / "app.py"), default_timeout=120)
    at.run()
    at.switch_page("pages/map.py").run()
    decks = at.get("deck_gl_json_chart")
    payload = len(decks[0].proto.json.encode()) if decks else None
    print(json.dumps({"benchmark": "pages", "warm_runs": args.warm, "pages": results,
                      "map_deck_json_bytes": payload}))


if __name__ == "__main__":
    main()
