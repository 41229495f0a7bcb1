"""Benchmark of the Map page: the deck payload measured in a real browser, and the server time of a warm
recolour (a new year, a play step, a new measure). Prints JSON.

    .venv/bin/python bench/bench_map.py [--repeat 5] [--no-browser]

Server time: the work the map's fragment does on a rerun (ui/map_assets.py, analytics.summaries.map_measures,
viz.maps.choropleth, the deck's JSON, ui/map_text.table), timed in-process with the caches as the page has
them: "warm" = the measure's values already cached (st.cache_data hands back an unpickled copy, done here too),
"cold" = computed. Budget: warm ≤ 0.3 s.

Browser: a real ``streamlit run`` and Chromium (as tests/e2e); bytes the browser receives when it opens the map
(the static geometry files over HTTP and the app's websocket messages) and on one recolour (a year step).
Budget: deck payload ≤ 1.5 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

BUDGET_RECOLOUR_S = 0.3
BUDGET_PAYLOAD_BYTES = 1.5 * 1024 * 1024


def server_side(repeat: int) -> dict:
    from analytics.summaries import map_measures as mm
    from analytics.summaries.filters import Filters
    from analytics.warehouse.dataset import load
    from ui import map_assets, map_text
    from viz import maps

    ds = load()
    t0 = time.perf_counter()
    assets = map_assets.build_assets(ds.regions, ds.provinces, publish=False)
    assets_s = time.perf_counter() - t0
    text = map_text.map_text("en")
    cache: dict = {}

    def values(measure: str, year: int, provinces: bool = False):
        key = (measure, year, provinces)
        if key not in cache:
            r = mm.measure_values(ds, measure, year, Filters(as_of=year))
            if provinces:
                r = mm.province_values(ds, r)
            cache[key] = pickle.dumps((r.frame, r.classes))
        frame, classes = pickle.loads(cache[key])                 # st.cache_data returns a copy
        return mm.MeasureResult(mm.get(ds, measure), year, frame, classes)

    def draw(measure: str, year: int, provinces: bool = False) -> int:
        r = values(measure, year, provinces)
        view = maps.fit_view(*maps.INDONESIA_BOUNDS, width=980, height=368)
        fig = maps.choropleth(r, "app/static/map/regions.geojson",
                              assets.province_order if provinces else assets.region_order, text,
                              measure_title=map_text.measure_title(r.measure, "en"), view=view,
                              outlines=None if provinces else "app/static/map/borders.geojson",
                              layer_id="provinces" if provinces else "regions")
        fig.deck.to_json()
        map_text.table(r, "en")
        return fig.json_size()

    def timed(fn, *a) -> tuple[float, int]:
        t = time.perf_counter()
        size = fn(*a)
        return time.perf_counter() - t, size

    out: dict = {"assets_build_s": round(assets_s, 3), "geometry_bytes": assets.sizes}
    cold = {}
    for m in mm.measure_ids(ds):
        cold[m] = round(timed(draw, m, 2023)[0], 3)
    out["cold_first_draw_s"] = cold
    steps = {"play_step (cohort, year +1)": [], "year change (participation)": [], "measure change": [],
             "provinces view": []}
    sizes = []
    years = list(ds.years)
    for y in years:                                                  # warm every year first (as after one play)
        for m in mm.measure_ids(ds):
            values(m, y)
        values("participation", y, True)
    for _ in range(repeat):
        for y in years:
            s, n = timed(draw, "cohort", y)
            steps["play_step (cohort, year +1)"].append(s)
            sizes.append(n)
        for y in (2019, 2021, 2023):
            steps["year change (participation)"].append(timed(draw, "participation", y)[0])
        for m in mm.measure_ids(ds):
            steps["measure change"].append(timed(draw, m, 2023)[0])
        steps["provinces view"].append(timed(draw, "participation", 2022, True)[0])
    out["warm_recolour_s"] = {k: {"median": round(statistics.median(v), 4), "max": round(max(v), 4), "n": len(v)}
                              for k, v in steps.items()}
    worst = max(max(v) for v in steps.values())
    out["warm_recolour_worst_s"] = round(worst, 4)
    out["warm_recolour_budget_s"] = BUDGET_RECOLOUR_S
    out["warm_recolour_ratio_to_budget"] = round(worst / BUDGET_RECOLOUR_S, 3)
    out["deck_json_bytes_per_run"] = {"median": int(statistics.median(sizes)), "max": max(sizes)}
    return out


def browser_side(db: Path) -> dict:
    import urllib.request
    from playwright.sync_api import sync_playwright

    from tests.e2e.conftest import CHROMIUM, CHROMIUM_ARGS, streamlit_server, wait_idle
    if not CHROMIUM.exists():
        return {"skipped": f"{CHROMIUM} not installed"}
    env = dict(os.environ, KOTA_CERDAS_DB=str(db))
    with streamlit_server(env, db.parent / "bench-streamlit.log") as url, sync_playwright() as pw:
        urllib.request.urlopen(f"{url}/?lang=en", timeout=30).read()
        b = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        warm = b.new_context()
        p0 = warm.new_page()
        p0.goto(f"{url}/map?lang=en")                            # the first visit builds the caches
        wait_idle(p0, 180)
        warm.close()
        ctx = b.new_context(viewport={"width": 1440, "height": 900}, locale="en-GB")
        page = ctx.new_page()
        http: dict[str, int] = {}
        ws = {"n": 0, "bytes": 0}

        def on_response(r):
            if "/app/static/map/" in r.url:
                try:
                    http[r.url.rsplit("/", 1)[-1]] = len(r.body())
                except Exception:  # noqa: BLE001 - a cached (304) answer has no body
                    http[r.url.rsplit("/", 1)[-1]] = 0

        def on_ws(sock):
            def frame(payload):
                ws["n"] += 1
                ws["bytes"] += len(payload)
            sock.on("framereceived", frame)

        page.on("response", on_response)
        page.on("websocket", on_ws)
        t0 = time.perf_counter()
        page.goto(f"{url}/map?lang=en&year=2019")
        wait_idle(page, 120)
        page.locator('[data-testid="stDeckGlJsonChart"] canvas').first.wait_for(timeout=60_000)
        load_s = time.perf_counter() - t0
        first = {"ws_messages": ws["n"], "ws_bytes": ws["bytes"], "static_files": dict(http),
                 "static_bytes": sum(http.values()), "load_s": round(load_s, 2)}
        first["total_bytes"] = first["ws_bytes"] + first["static_bytes"]
        # one recolour: a year step from the keyboard on the year slider, timed until the page shows it
        steps = []
        year = page.locator(".st-key-map-year")
        for key, expect in (("ArrowRight", "2021"), ("ArrowRight", "2022"), ("ArrowLeft", "2021")):
            before = dict(ws)
            thumb = page.locator('.st-key-map_year [role="slider"]').first
            thumb.wait_for(timeout=60_000)
            thumb.focus()
            t = time.perf_counter()
            page.keyboard.press(key)
            page.wait_for_function("(y) => document.querySelector('.st-key-map-year').innerText.includes(y)",
                                   arg=expect, timeout=60_000)
            wait_idle(page, 60)
            steps.append({"to": expect, "ws_bytes": ws["bytes"] - before["bytes"],
                          "shown_after_s": round(time.perf_counter() - t, 2),
                          "static_refetched": len(http) != len(first["static_files"])})
        assert year.inner_text()
        b.close()
    return {"first_visit": first, "recolour_steps": steps,
            "payload_budget_bytes": int(BUDGET_PAYLOAD_BYTES),
            "first_visit_ratio_to_budget": round(first["total_bytes"] / BUDGET_PAYLOAD_BYTES, 3),
            "recolour_bytes_max": max(s["ws_bytes"] for s in steps)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--no-browser", action="store_true")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp())
    db = tmp / "bench.duckdb"
    os.environ["KOTA_CERDAS_DB"] = str(db)
    from analytics.warehouse.build import build
    build(db)
    result = {"benchmark": "map", "server": server_side(args.repeat)}
    if not args.no_browser:
        result["browser"] = browser_side(db)
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
