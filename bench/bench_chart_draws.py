"""Where a warm rerun's time goes in the browser: per page, one year change after another, the time from the
keydown to each chart's ``Plotly.react`` call and how long that draw took (the app's charts,
ui/plotly_element.py), when the websocket messages of the rerun arrived, and the time to *drawn*
(bench/_harness.py). The bare page (bench/bare_app.py, one ``st.plotly_chart``) is measured beside it for its
total only (its chart is not the app's element).

    .venv/bin/python bench/bench_chart_draws.py [--pages pillars,overview] [--rounds 4]

A draw that takes longer than the bare page's whole rerun, or messages that keep arriving well after the first
draw (the server still sending), say which of the two a page's gap to the bare page is. Prints a table and JSON
(bench/results/draws-<time>.json). No target of its own: it explains bench_browser.py's warm figures."""

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


def _step(page, i: int) -> None:
    """A year change: one step left, then back right, alternately — two years whose results the server has
    cached after the first two steps (a new year each time would measure cache misses, e.g. a Monte Carlo)."""
    if i % 2 == 0:
        change_year(page)
    else:
        page.keyboard.press("ArrowRight")          # the thumb keeps the focus change_year gave it

PATHS = {"overview": "/", "pillars": "/pillars", "methodology": "/methodology", "region": "/region?region=73.71",
         "equity": "/equity", "compare": "/compare?regions=73.71,35.10"}
MAIN = '[data-testid="stMain"]'

# every websocket message's arrival (main-thread time), before the app's own scripts run
WS_LOG = """(() => { window.__kcWs = []; const O = window.WebSocket;
  window.WebSocket = function (...a) { const ws = new O(...a);
    ws.addEventListener('message', () => window.__kcWs.push(performance.now())); return ws; };
  window.WebSocket.prototype = O.prototype; Object.assign(window.WebSocket, O); })()"""
# each Plotly.react: the chart's key, when it was called and how long it took to draw
WRAP = """() => { if (window.__kcWrapped) return; window.__kcWrapped = true; window.__kcDraws = [];
  const orig = window.Plotly.react;
  window.Plotly.react = function (gd) {
    const t0 = performance.now();
    const m = ((gd.closest('[class*="st-key-"]') || {}).className || '').match(/st-key-([\\w-]+)/);
    return orig.apply(this, arguments).then((r) => {
      window.__kcDraws.push({key: m ? m[1] : '?', start: t0, ms: performance.now() - t0}); return r; });
  }; }"""
READY = "() => !!window.Plotly && document.querySelectorAll('[data-testid=kcPlotlyChart][data-drawn]').length > 0"


def _app_rounds(page, url: str, n: int) -> list[dict]:
    page.add_init_script(WS_LOG)
    page.goto(url)
    wait_drawn(page, MAIN)
    page.wait_for_function(READY, timeout=120_000)
    page.evaluate(WRAP)
    out = []
    for i in range(n):
        page.evaluate("() => { window.__kcDraws = []; window.__kcWs = []; }")
        _step(page, i)
        end = wait_drawn(page, MAIN, rerun=True)
        key = float(page.evaluate("() => window.__kcKey"))
        draws = page.evaluate("() => window.__kcDraws")
        ws = [t - key for t in page.evaluate("() => window.__kcWs")]
        out.append({"total_ms": round(end - key), "draws": [{"key": d["key"], "at_ms": round(d["start"] - key),
                                                             "ms": round(d["ms"])} for d in draws],
                    "draw_ms_sum": round(sum(d["ms"] for d in draws)),
                    "first_draw_at_ms": round(min((d["start"] for d in draws), default=end) - key),
                    "ws_messages": len(ws), "last_message_ms": round(max(ws, default=0))})
    return out


def _bare_rounds(page, url: str, n: int) -> list[float]:
    page.goto(url)
    wait_drawn(page, PLOTLY_SVG)
    out = []
    for i in range(n):
        _step(page, i)
        end = wait_drawn(page, PLOTLY_SVG, rerun=True)
        out.append(end - float(page.evaluate("() => window.__kcKey")))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", default="pillars,overview,methodology,region")
    ap.add_argument("--rounds", type=int, default=4, help="year changes per page (after one to warm the caches)")
    args = ap.parse_args()
    from playwright.sync_api import sync_playwright
    db = build_db(Path(tempfile.gettempdir()) / "kc-bench-draws.duckdb")
    env = dict(os.environ, KOTA_CERDAS_DB=str(db))
    app = Server("draws", "app.py", REPO, env).start()
    bare = Server("bare", "bench/bare_app.py", REPO, env).start()
    rows, load_before = [], loadavg()
    try:
        with sync_playwright() as pw:
            browser = launch_browser(pw)
            for name in args.pages.split(","):
                ctx, page, _ = new_page(browser, counter=False)
                ctx.set_default_timeout(180_000)
                runs = _app_rounds(page, app.url + PATHS[name] + ("&" if "?" in PATHS[name] else "?") + "lang=en",
                                   args.rounds + 2)[2:]           # the first two fill the server's caches
                ctx.close()
                ctx, page, _ = new_page(browser, counter=False)
                bare_ms = _bare_rounds(page, bare.url, args.rounds)
                ctx.close()
                keys = [d["key"] for d in runs[-1]["draws"]]
                rows.append({
                    "page": name, "load": loadavg()[0], "runs": runs, "bare_ms": [round(x) for x in bare_ms],
                    "total_ms": round(statistics.median(r["total_ms"] for r in runs)),
                    "bare_median_ms": round(statistics.median(bare_ms)),
                    "first_draw_at_ms": round(statistics.median(r["first_draw_at_ms"] for r in runs)),
                    "draw_ms_sum": round(statistics.median(r["draw_ms_sum"] for r in runs)),
                    "last_message_ms": round(statistics.median(r["last_message_ms"] for r in runs)),
                    "draw_ms_by_chart": {k: round(statistics.median(d["ms"] for r in runs for d in r["draws"]
                                                                    if d["key"] == k)) for k in keys},
                })
            browser.close()
    finally:
        app.stop()
        bare.stop()
    result = {"pages": rows, "load_before": load_before, "load_after": loadavg()}
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / f"draws-{time.strftime('%Y%m%d-%H%M%S')}.json"
    out.write_text(json.dumps(result, indent=1))
    print(json.dumps(result, indent=1))
    print(f"\n{'page':<12}{'total ms':>9}{'bare ms':>8}{'× bare':>7}{'1st draw at':>12}{'draws ms':>9}"
          f"{'last msg':>9}  per chart (ms)")
    for r in rows:
        print(f"{r['page']:<12}{r['total_ms']:>9}{r['bare_median_ms']:>8}{r['total_ms'] / r['bare_median_ms']:>7.2f}"
              f"{r['first_draw_at_ms']:>12}{r['draw_ms_sum']:>9}{r['last_message_ms']:>9}  "
              + ", ".join(f"{k} {v}" for k, v in r["draw_ms_by_chart"].items()))
    print(f"load average {load_before} → {result['load_after']}; results in {out}")


if __name__ == "__main__":
    main()
