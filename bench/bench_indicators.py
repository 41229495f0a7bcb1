"""Benchmark of the open-statistics work: the build with the indicator tables, the Monte Carlo of the open index
(1,000 runs × 514 regions) beside the evaluation index's, and the server time of switching the lens or the
indicator on a warm page (AppTest: the script run a click triggers, caches already filled). Prints JSON.

    .venv/bin/python bench/bench_indicators.py [--repeat 3] [--switches 5]

Targets (issue 8): build < 5 s; a lens or indicator switch on a warm page < 0.3 s; the Monte Carlo well under 1 s.
The machine is shared: read the ratios (open / evaluation Monte Carlo) as well as the absolute times.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def best(fn, repeat: int) -> float:
    fn()
    out = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t0)
    return min(out)


def monte_carlo(db: Path, repeat: int) -> dict:
    from analytics.composite import run_uncertainty
    from analytics.summaries import open_index as O
    from analytics.summaries import tables as S
    from analytics.summaries.filters import Filters
    from analytics.warehouse.dataset import load
    ds = load(db)
    raw, _ = O.open_data(ds, 2023)
    x, fw, st = O.transform(raw), O.open_framework(), O.default_settings()
    _, wide = S._evaluated_units(ds, 2023)
    ev = wide[ds.pillar_codes].astype(float)
    res = {
        "open_mc_1000x514_s": best(lambda: run_uncertainty(x, fw, n=1000, nominal=st, sensitivity=False), repeat),
        "open_mc_1000x514_with_sensitivity_s": best(lambda: run_uncertainty(x, fw, n=1000, nominal=st), repeat),
        "evaluation_mc_1000x%d_s" % len(ev): best(lambda: run_uncertainty(ev, S.default_framework(), n=1000,
                                                                           nominal=S.DEFAULT_SETTINGS,
                                                                           sensitivity=False), repeat),
        "open_index_summary_cold_s": best(lambda: O.open_index_summary(load(db), Filters(as_of=2023)), 1),
    }
    ev_key = [k for k in res if k.startswith("evaluation_mc")][0]
    res["open_over_evaluation_mc"] = res["open_mc_1000x514_s"] / res[ev_key]
    return {k: round(v, 4) for k, v in res.items()}


def build_time(repeat: int) -> dict:
    from analytics.warehouse.build import build
    with tempfile.TemporaryDirectory() as tmp:
        times = []
        for _ in range(repeat):
            t0 = time.perf_counter()
            report = build(Path(tmp) / "b.duckdb")
            times.append(time.perf_counter() - t0)
    return {"build_s_median": round(statistics.median(times), 3), "build_s_min": round(min(times), 3),
            "indicator_value_rows": report.rows["indicator_value"]}


def switches(n: int) -> dict:
    from streamlit.runtime.pages_manager import PagesManager
    from streamlit.testing.v1 import AppTest
    original = PagesManager.__init__

    def init(self, *a, **kw):  # as tests/ui/apptest.py: app.py always runs (st.navigation)
        original(self, *a, **kw)
        PagesManager.uses_pages_directory = False

    PagesManager.__init__ = init
    out = {}

    def timed_toggles(page: str | None, query: dict, widget, values: list) -> float:
        at = AppTest.from_file(str(REPO / "app.py"), default_timeout=300)
        for k, v in query.items():
            at.query_params[k] = v
        at.run()
        if page:
            at.switch_page(page).run()
        for v in values:                        # warm: every state visited once, caches filled
            widget(at).set_value(v).run()
        times = []
        for i in range(n):
            t0 = time.perf_counter()
            widget(at).set_value(values[i % len(values)]).run()
            times.append(time.perf_counter() - t0)
            assert not at.exception, at.exception
        return round(statistics.median(times), 3)

    lens = lambda at: at.radio(key="lens_switch")  # noqa: E731
    for name, page, query in (("overview", None, {}), ("pillars", "pages/pillars.py", {}),
                              ("region", "pages/region.py", {"region": "34.71"}),
                              ("compare", "pages/compare.py", {"regions": "34.71,95.08,73.71"}),
                              ("methodology", "pages/methodology.py", {})):
        out[f"lens_switch_{name}_s"] = timed_toggles(page, {"lang": "en", **query}, lens, ["evaluation", "open"])
    ind = lambda at: at.selectbox(key="indicator_pick")  # noqa: E731
    out["indicator_switch_explorer_s"] = timed_toggles("pages/explorer.py", {"lang": "en"}, ind,
                                                       ["poverty_rate", "hdi", "grdp_per_capita", "village_index"])
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--switches", type=int, default=5)
    args = ap.parse_args()
    tmp = tempfile.mkdtemp()
    db = Path(tmp) / "bench.duckdb"
    os.environ["KOTA_CERDAS_DB"] = str(db)
    from analytics.warehouse.build import build
    build(db)
    result = {"benchmark": "indicators", "cpus": os.cpu_count(), "load_avg_1min": round(os.getloadavg()[0], 2)}
    result.update(build_time(args.repeat))
    result.update(monte_carlo(db, args.repeat))
    result.update(switches(args.switches))
    print(json.dumps(result))


if __name__ == "__main__":
    main()
