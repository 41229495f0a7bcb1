"""Garbage-collection settings over a long session: one browser session per server variant, N reruns each
(the year slider moved left, then right, ...), interleaved rerun by rerun; per variant the warm rerun time
in the browser, the server's time per rerun (and its GC part), and the server's VmRSS every 10 reruns.

    .venv/bin/python bench/bench_gc.py [--reruns 200] [--page overview]

Variants (each its own ``streamlit run`` of this checkout):
  default      Streamlit's default: ``gc.collect(2)`` after every script run (``runner.postScriptGC``);
  nogc         ``--runner.postScriptGC false``: only Python's own automatic collections;
  freeze       default + ``gc.freeze()`` once after 20 runs (everything alive after warm-up moves to the
               permanent generation, so later full collections do not traverse it);
  nogc_freeze  both.
  app          the checkout's own configuration (.streamlit/config.toml and app start-up as committed):
               with ``--variants app,...`` to check what is set against the alternatives.
A variant may name another checkout: ``--variants default@/tmp/kc-before,app`` (before/after in one run).
Results: a table and bench/results/gc-<time>.json.
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

from _harness import (REPO, RESULTS, Server, build_db, launch_browser, loadavg, new_page,  # noqa: E402
                      wait_drawn)
from bench_browser import PAGES  # noqa: E402

VARIANTS = {
    "default": (["--runner.postScriptGC", "true"], []),
    "nogc": (["--runner.postScriptGC", "false"], []),
    "freeze": (["--runner.postScriptGC", "true"], ["--gc-freeze-after", "20"]),
    "nogc_freeze": (["--runner.postScriptGC", "false"], ["--gc-freeze-after", "20"]),
    "app": ([], []),
}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--reruns", type=int, default=200)
    ap.add_argument("--page", default="overview")
    ap.add_argument("--variants", default="default,nogc,freeze,nogc_freeze")
    ap.add_argument("--checkout", default=str(REPO))
    args = ap.parse_args()
    spec = next(p for p in PAGES if p.name == args.page)
    db = build_db(Path(tempfile.mkdtemp(prefix="kc-gc-")) / "bench.duckdb")
    env = dict(os.environ, KOTA_CERDAS_DB=str(db))
    servers = []
    for v in args.variants.split(","):             # LABEL or LABEL@CHECKOUT (e.g. default@/tmp/before)
        label, _, where = v.partition("@")
        servers.append(Server(label, "app.py", Path(where or args.checkout), env, *VARIANTS[label]))
    data = {s.label: {"warm_ms": [], "server_s": [], "gc_s": [], "rss_kb": []} for s in servers}
    loads = []
    from playwright.sync_api import sync_playwright
    try:
        for s in servers:
            s.start()
        with sync_playwright() as pw:
            browser = launch_browser(pw)
            pages = {}
            for s in servers:
                ctx, page, _ = new_page(browser, counter=False)
                page.goto(s.url + spec.path, wait_until="commit")
                wait_drawn(page, spec.main)
                pages[s.label] = page
                data[s.label]["rss_kb"].append((0, s.rss_kb()))
            for i in range(1, args.reruns + 1):
                for s in servers:
                    page = pages[s.label]
                    thumb = page.locator('[data-testid="stSidebar"] [data-testid="stSlider"] input[type="range"]').first
                    thumb.focus()
                    t_wall = time.time()
                    page.keyboard.press("ArrowLeft" if i % 2 else "ArrowRight")
                    end = wait_drawn(page, spec.main, rerun=True)
                    data[s.label]["warm_ms"].append(end - page.evaluate("window.__kcKey"))
                    runs = s.wait_runs_logged(t_wall)
                    data[s.label]["server_s"].append(sum(r["run_s"] for r in runs))
                    data[s.label]["gc_s"].append(sum(r["gc_s"] for r in runs))
                    if i % 10 == 0:
                        data[s.label]["rss_kb"].append((i, s.rss_kb()))
                if i % 10 == 0:
                    loads.append(loadavg()[0])
                    print(f"rerun {i}: " + ", ".join(
                        f"{k} {statistics.median(v['warm_ms'][-10:]):.0f} ms / {v['rss_kb'][-1][1] / 1024:.0f} MB"
                        for k, v in data.items()), file=sys.stderr)
            browser.close()
    finally:
        for s in servers:
            s.stop()
    summary = []
    base = None
    for label, d in data.items():
        half = len(d["warm_ms"]) // 2
        row = {"variant": label, "warm_ms_median": round(statistics.median(d["warm_ms"]), 1),
               "warm_ms_p95": round(sorted(d["warm_ms"])[int(0.95 * (len(d["warm_ms"]) - 1))], 1),
               "server_s_median": round(statistics.median(d["server_s"]), 4),
               "gc_s_median": round(statistics.median(d["gc_s"]), 4),
               "gc_s_total": round(sum(d["gc_s"]), 2),
               "rss_start_mb": round(d["rss_kb"][0][1] / 1024, 1), "rss_end_mb": round(d["rss_kb"][-1][1] / 1024, 1),
               "rss_growth_second_half_mb": round((d["rss_kb"][-1][1] - d["rss_kb"][len(d["rss_kb"]) // 2][1]) / 1024, 1),
               "warm_ms_median_second_half": round(statistics.median(d["warm_ms"][half:]), 1)}
        base = base or row
        row["warm_vs_first"] = round(row["warm_ms_median"] / base["warm_ms_median"], 2)
        row["server_vs_first"] = round(row["server_s_median"] / base["server_s_median"], 2)
        summary.append(row)
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / f"gc-{time.strftime('%Y%m%d-%H%M%S')}.json"
    out.write_text(json.dumps({"benchmark": "gc", "page": spec.name, "reruns": args.reruns, "loads": loads,
                               "summary": summary, "series": data}, indent=1))
    print(json.dumps(summary))
    print(f"\n{'variant':<13}{'warm ms':>9}{'p95':>8}{'×1st':>6}{'server s':>10}{'×1st':>6}{'GC s/run':>10}"
          f"{'GC s total':>11}{'RSS start':>10}{'RSS end':>9}{'2nd half +MB':>13}")
    for r in summary:
        print(f"{r['variant']:<13}{r['warm_ms_median']:>9.0f}{r['warm_ms_p95']:>8.0f}{r['warm_vs_first']:>6.2f}"
              f"{r['server_s_median']:>10.3f}{r['server_vs_first']:>6.2f}{r['gc_s_median']:>10.3f}{r['gc_s_total']:>11.1f}"
              f"{r['rss_start_mb']:>10.1f}{r['rss_end_mb']:>9.1f}{r['rss_growth_second_half_mb']:>13.1f}")
    print(f"load average (every 10 reruns): {loads}\nwritten {out}")


if __name__ == "__main__":
    main()
