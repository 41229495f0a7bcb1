"""Presenter mode: how long a slide change takes in a real browser (click on Next → the next slide drawn),
against the bare Streamlit page's warm rerun (bench/bare_app.py, a slider change) measured in the same run.

    .venv/bin/python bench/bench_slides.py [--rounds 3] [--dwell 5]

Round 1 starts with empty caches on a fresh server (each slide's content and figure computed on first view);
later rounds are what a presenter feels in the hall (the deck already clicked through once, e.g. a rehearsal, or
the same slides for a second audience). ``--dwell S``: the presenter speaks S seconds to each slide before Next
(default 0, clicks back to back: the worst case; the coming slides are prepared in the background meanwhile,
ui/slides.py). Prints a table and JSON (bench/results/slides-<time>.json). Target
(issue 11): a slide change ≤ 1 s on this machine."""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _harness import (PLOTLY_SVG, REPO, RESULTS, Server, build_db, change_year, launch_browser,  # noqa: E402
                      loadavg, new_page, wait_drawn)

SLIDE = ".st-key-slide-figure img"
PLOT = PLOTLY_SVG
ORDER = "overview,equity,map,pillars,ascn,region"


def _slides(page, url: str, n: int, dwell_s: float = 0.0) -> list[float]:
    page.goto(f"{url}/?present=1&lang=en&slides={ORDER}")
    wait_drawn(page, SLIDE)
    out = []
    for _ in range(n - 1):
        if dwell_s:
            page.wait_for_timeout(dwell_s * 1000)        # the presenter speaking to the slide
        page.locator(".st-key-presenter-next button").click()
        end = wait_drawn(page, SLIDE, rerun=True)
        out.append(end - float(page.evaluate("() => window.__kcKey")))
    return out


def _bare(page, url: str, n: int) -> list[float]:
    page.goto(url)
    wait_drawn(page, PLOT)
    out = []
    for _ in range(n):
        change_year(page)
        end = wait_drawn(page, PLOT, rerun=True)
        out.append(end - float(page.evaluate("() => window.__kcKey")))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--dwell", type=float, default=0.0, help="seconds on each slide before Next (default 0)")
    args = ap.parse_args()
    from playwright.sync_api import sync_playwright
    db = build_db(Path(tempfile.gettempdir()) / "kc-bench-slides.duckdb")
    env = dict(os.environ, KOTA_CERDAS_DB=str(db))
    app = Server("slides", "app.py", REPO, env).start()
    bare = Server("bare", "bench/bare_app.py", REPO, env).start()
    rows, load_before = [], loadavg()
    try:
        with sync_playwright() as pw:
            browser = launch_browser(pw)
            for r in range(1, args.rounds + 1):
                ctx, page, _ = new_page(browser, counter=False)
                ctx.set_default_timeout(180_000)
                page.set_viewport_size({"width": 1920, "height": 1080})
                slide_ms = _slides(page, app.url, len(ORDER.split(",")), args.dwell)
                ctx.close()
                ctx, page, _ = new_page(browser, counter=False)
                bare_ms = _bare(page, bare.url, len(slide_ms))
                ctx.close()
                rows.append({"round": r, "slide_ms": [round(x) for x in slide_ms],
                             "bare_rerun_ms": [round(x) for x in bare_ms],
                             "slide_median_ms": round(statistics.median(slide_ms)),
                             "slide_max_ms": round(max(slide_ms)),
                             "bare_median_ms": round(statistics.median(bare_ms)),
                             "ratio_median": round(statistics.median(slide_ms) / statistics.median(bare_ms), 2)})
            browser.close()
    finally:
        app.stop()
        bare.stop()
    result = {"slides": ORDER, "viewport": "1920x1080", "dwell_s": args.dwell, "rounds": rows, "load_before": load_before,
              "load_after": loadavg()}
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / f"slides-{time.strftime('%Y%m%d-%H%M%S')}.json"
    out.write_text(json.dumps(result, indent=1))
    print(json.dumps(result, indent=1))
    print(f"\n{'round':>5} {'slide median ms':>16} {'slide max ms':>13} {'bare median ms':>15} {'× bare':>7}")
    for row in rows:
        print(f"{row['round']:>5} {row['slide_median_ms']:>16} {row['slide_max_ms']:>13} {row['bare_median_ms']:>15} "
              f"{row['ratio_median']:>7}")
    print(f"load average {load_before} → {result['load_after']}; results in {out}")


if __name__ == "__main__":
    main()
