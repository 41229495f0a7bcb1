"""A rerun superseded by a newer click is dropped, not queued: measured in a real browser.

    .venv/bin/python bench/bench_supersede.py [--clicks 5] [--rounds 3]

Against two live servers of this checkout — the app as configured (``runner.fastReruns = true`` in
.streamlit/config.toml) and the same app with ``--runner.fastReruns=false`` (each rerun request waits for the
previous run to finish) — the Overview's year slider is moved ``--clicks`` steps with the keyboard, one every ``--gap-ms``
(200 ms: shorter than a warm rerun, so each step arrives while the previous one's run is under way — a reader
clicking on while the page works). Per server and round: ms from the first key press to the page drawn with the final year
(bench/_harness.py's "drawn") and from the LAST key press (what a reader waits once settled on a year), the
script passes the server ran for those clicks (timing hook: ``runs``), and how many
key presses the slider did not keep (the page settles on the year the slider shows; the URL agrees). Rounds alternate the servers' order. Prints a
table and JSON; results in bench/results/supersede-<time>.json. Not a test: timings vary with the machine's load.
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

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _harness import REPO, RESULTS, Server, build_db, launch_browser, loadavg, new_page, wait_drawn  # noqa: E402

MAIN = ".st-key-chart-timeline .main-svg"
SLIDER = '[data-testid="stSidebar"] [data-testid="stSlider"] input[type="range"]'


def one(browser, server: Server, clicks: int, args_gap_ms: int = 200) -> dict:
    ctx, page, _ = new_page(browser, counter=False)
    try:
        page.goto(server.url + "/?lang=en&year=2023", wait_until="commit")
        wait_drawn(page, MAIN)
        thumb = page.locator(SLIDER).first
        thumb.focus()
        page.evaluate("""() => { window.__kcFirstKey = undefined; document.addEventListener('keydown', () => {
            if (window.__kcFirstKey === undefined) window.__kcFirstKey = performance.now(); }, true); }""")
        t_wall = time.time()
        for i in range(clicks):
            page.keyboard.press("ArrowLeft")
            if i < clicks - 1:               # a reader clicking on: the next step while this one's run is under way
                page.wait_for_timeout(args_gap_ms)
        end = wait_drawn(page, MAIN, rerun=True)
        # the final state: the year the slider shows is the one the last completed run wrote to the URL
        try:
            page.wait_for_function("""(sel) => { const v = document.querySelector(sel).getAttribute('aria-valuetext');
                return location.search.includes('year=' + v); }""", arg=SLIDER, timeout=30_000)
        except Exception:
            raise RuntimeError(page.evaluate("""(sel) => [document.querySelector(sel).outerHTML.slice(0, 300),
                location.search]""", SLIDER)) from None
        end = max(end, wait_drawn(page, MAIN))
        shown = int(page.locator(SLIDER).first.get_attribute("aria-valuetext"))
        first, last = page.evaluate("[window.__kcFirstKey, window.__kcKey]")
        ms, after_last = end - first, end - last
        server.wait_runs_logged(t_wall)      # a record is written when a run's post-run work returns
        runs = server.runs_since(t_wall)
        return {"server": server.label, "ms": round(ms, 1), "after_last_ms": round(after_last, 1), "passes": sum(r["runs"] for r in runs),
                "calls": len(runs), "server_s": round(sum(r["run_s"] for r in runs), 3),
                "steps_lost": shown - (2023 - clicks),   # key presses the slider did not keep (0: all kept)
                "load": loadavg()[0]}
    finally:
        ctx.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--clicks", type=int, default=5)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--gap-ms", type=int, default=200)
    args = ap.parse_args()
    db = build_db(Path(tempfile.mkdtemp(prefix="kc-bench-")) / "bench.duckdb")
    env = dict(os.environ, KOTA_CERDAS_DB=str(db))
    servers = [Server("fastReruns=true", "app.py", REPO, env, []),
               Server("fastReruns=false", "app.py", REPO, env, ["--runner.fastReruns", "false"])]
    rows = []
    from playwright.sync_api import sync_playwright
    try:
        for s in servers:
            s.start()
        with sync_playwright() as pw:
            browser = launch_browser(pw)
            for s in servers:                      # warm-up: caches filled for every year the clicks reach
                one(browser, s, args.clicks, args.gap_ms)
            for rnd in range(args.rounds):
                for s in (servers if rnd % 2 == 0 else servers[::-1]):
                    r = one(browser, s, args.clicks, args.gap_ms)
                    r["round"] = rnd
                    rows.append(r)
                    print(json.dumps(r), file=sys.stderr)
            browser.close()
    finally:
        for s in servers:
            s.stop()
    summary = []
    for s in servers:
        mine = [r for r in rows if r["server"] == s.label]
        summary.append({"server": s.label, "n": len(mine), "ms_median": statistics.median(r["ms"] for r in mine),
                        "after_last_ms_median": statistics.median(r["after_last_ms"] for r in mine),
                        "passes_median": statistics.median(r["passes"] for r in mine),
                        "server_s_median": statistics.median(r["server_s"] for r in mine),
                        "steps_lost": sum(r["steps_lost"] for r in mine)})
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / f"supersede-{time.strftime('%Y%m%d-%H%M%S')}.json"
    out.write_text(json.dumps({"clicks": args.clicks, "rounds": args.rounds, "summary": summary, "rows": rows},
                              indent=1))
    print(f"\n{args.clicks} year steps, each while the previous one runs, {args.rounds} rounds (medians):")
    print(f"{'server':<20}{'ms first key→final':>20}{'ms last key→final':>19}{'script passes':>15}{'server s':>10}"
          f"{'steps lost (all rounds)':>25}")
    for s in summary:
        print(f"{s['server']:<20}{s['ms_median']:>20.0f}{s['after_last_ms_median']:>19.0f}{s['passes_median']:>15.0f}"
              f"{s['server_s_median']:>10.2f}{s['steps_lost']:>25}")
    print(f"written {out}")


if __name__ == "__main__":
    main()
