"""Bounded load test on loopback (not CI): N sessions at once, each loading Overview, Map and Methodology and then
changing the year on Methodology; errors, p50/p95 time per step, server RSS (peak while loaded, and after).

    .venv/bin/python bench/load_test.py --sessions 10,25,50 --mode ws          # protocol-level clients
    .venv/bin/python bench/load_test.py --sessions 10 --mode browser           # real Chromium pages
    .venv/bin/python bench/load_test.py --sessions 10,25,50 --bare             # the framework's floor (ws)
    .venv/bin/python bench/load_test.py --sessions 50 --mode ws --url http://127.0.0.1:8080 \
        --pids-from /tmp/kota-cerdas-cluster                                   # a running cluster (deploy/)

Modes:
``ws``       each session is a websocket client speaking Streamlit's protocol (bench/_wsclient.py), exactly the
             messages a browser tab sends (page loads and the widget change); "time to drawn" is the time to the
             server's ``script_finished`` — the server's whole share, without the browser's rendering (which
             bench_browser.py measures per page). Cheap on the client side, so 50 sessions measure the SERVER.
``browser``  each session is a Chromium context (one tab), pages reached through the sidebar links, "drawn"
             as bench/_harness.py defines it. On this 2-CPU machine 50 Chromium renderers (plotly + deck.gl in
             software GL) take the CPUs from the server, so this mode is for 10 sessions; use ws above that.
``--bare``   (ws mode) the same sessions against bench/bare_app.py: three loads of the bare page (a slider, one
             plotly chart, one table) in the Overview, Map and Methodology columns, then its year change. What
             Streamlit itself costs at that concurrency on this machine: the floor the app's figures compare to.
Every level starts a fresh server (unless ``--url``), warms it with one visit of each page (a running
server's caches are filled), then starts all N sessions at once. The load average is recorded with every
figure: on a machine shared with other work the figures are not capacity numbers.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _harness import (CHROMIUM, CHROMIUM_ARGS, DRAWN_JS, INIT_SCRIPT, PLOTLY_SVG, REPO, RESULTS, Server,  # noqa: E402
                      build_db, loadavg, rss_kb)

STEPS = ("overview", "map", "methodology", "year")


def pct(values: list[float], q: float) -> float | None:
    if not values:
        return None
    v = sorted(values)
    return v[min(len(v) - 1, max(0, round(q * (len(v) - 1))))]


class RssSampler(threading.Thread):
    """Samples the summed VmRSS of ``pids`` every 0.25 s (peak and last)."""

    def __init__(self, pids: list[int]) -> None:
        super().__init__(daemon=True)
        self.pids, self.peak, self.stop_flag = pids, 0, threading.Event()

    def total(self) -> int:
        return sum(rss_kb(p) for p in self.pids)

    def run(self) -> None:
        while not self.stop_flag.is_set():
            self.peak = max(self.peak, self.total())
            time.sleep(0.25)


# ---------------------------------------------------------------------------------------------- ws mode
APP_PAGES = (("overview", ""), ("map", "map"), ("methodology", "methodology"))
BARE_PAGES = (("overview", ""), ("map", ""), ("methodology", ""))     # the bare app has one page: three loads


async def ws_session(url: str, start: asyncio.Event, results: list[dict], pages=APP_PAGES) -> None:
    from _wsclient import Session
    rec: dict = {"errors": []}
    await start.wait()
    try:
        async with Session(url) as s:
            for step, page in pages:
                r = await s.run(page=page, query="lang=en")
                rec[step] = r.seconds
                rec["errors"] += r.exceptions
            r = await s.run(page=pages[-1][1], query="lang=en", widget_states=[s.slider_state("year", -1)])
            rec["year"] = r.seconds
            rec["errors"] += r.exceptions
    except Exception as exc:  # noqa: BLE001 - a failed session is a result
        rec["errors"].append(f"{type(exc).__name__}: {exc}"[:300])
    results.append(rec)


async def ws_level(url: str, n: int, pages=APP_PAGES) -> list[dict]:
    results: list[dict] = []
    start = asyncio.Event()
    tasks = [asyncio.create_task(ws_session(url, start, results, pages)) for _ in range(n)]
    await asyncio.sleep(0.1)
    start.set()
    await asyncio.gather(*tasks)
    return results


# ---------------------------------------------------------------------------------------------- browser mode
async def browser_session(browser, url: str, start: asyncio.Event, results: list[dict]) -> None:
    rec: dict = {"errors": []}
    await start.wait()
    ctx = await browser.new_context(viewport={"width": 1440, "height": 900}, locale="en-GB")
    try:
        await ctx.add_init_script(INIT_SCRIPT)
        page = await ctx.new_page()
        page.set_default_timeout(300_000)

        async def drawn(main: str, rerun: bool) -> float:
            h = await page.wait_for_function(DRAWN_JS, arg={"main": main, "rerun": rerun}, polling="raf",
                                             timeout=300_000)
            return float(await h.json_value())

        await page.goto(url + "/?lang=en", wait_until="commit")
        rec["overview"] = await drawn(".st-key-chart-timeline .main-svg", False) / 1000
        for step, main in (("map", '[data-testid="stDeckGlJsonChart"] canvas'),
                           ("methodology", PLOTLY_SVG)):
            await page.click(f'[data-testid="stSidebarNav"] a[href*="/{step}"]')
            end = await drawn(main, True)
            rec[step] = (end - await page.evaluate("window.__kcKey")) / 1000
        thumb = page.locator('[data-testid="stSidebar"] [data-testid="stSlider"] input[type="range"]').first
        await thumb.focus()
        await page.keyboard.press("ArrowLeft")
        end = await drawn(PLOTLY_SVG, True)
        rec["year"] = (end - await page.evaluate("window.__kcKey")) / 1000
        errs = page.locator('[data-testid="stException"]')
        if await errs.count():
            rec["errors"].append((await errs.first.inner_text())[:300])
    except Exception as exc:  # noqa: BLE001
        rec["errors"].append(f"{type(exc).__name__}: {exc}"[:300])
    finally:
        await ctx.close()
    results.append(rec)


async def browser_level(url: str, n: int) -> list[dict]:
    from playwright.async_api import async_playwright
    async with async_playwright() as pw:
        browser = await pw.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        results: list[dict] = []
        start = asyncio.Event()
        tasks = [asyncio.create_task(browser_session(browser, url, start, results)) for _ in range(n)]
        await asyncio.sleep(0.1)
        start.set()
        await asyncio.gather(*tasks)
        await browser.close()
    return results


# ---------------------------------------------------------------------------------------------- driver
def summarise(n: int, results: list[dict], wall: float, rss: dict, load: list[float], mode: str) -> dict:
    row = {"sessions": n, "mode": mode, "failed_sessions": sum(1 for r in results if r["errors"]),
           "errors": sorted({e for r in results for e in r["errors"]})[:5], "wall_s": round(wall, 1),
           "load_before": load[0], "load_after": load[1], **rss}
    everything = []
    for step in STEPS:
        vals = [r[step] for r in results if step in r]
        everything += vals
        row[f"{step}_p50_s"] = round(pct(vals, 0.5), 2) if vals else None
        row[f"{step}_p95_s"] = round(pct(vals, 0.95), 2) if vals else None
    row["all_p50_s"] = round(pct(everything, 0.5), 2) if everything else None
    row["all_p95_s"] = round(pct(everything, 0.95), 2) if everything else None
    return row


def warm(url: str, pages=APP_PAGES) -> None:
    """One visit of each page (fills the server's data caches), by a protocol client."""
    async def go():
        from _wsclient import Session
        async with Session(url) as s:
            for _, page in pages:
                await s.run(page=page, query="lang=en")
            await s.run(page=pages[-1][1], query="lang=en", widget_states=[s.slider_state("year", -1)])
    asyncio.run(go())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sessions", default="10,25,50")
    ap.add_argument("--mode", choices=("ws", "browser"), default="ws")
    ap.add_argument("--url", help="a running server or proxy (default: start one server per level)")
    ap.add_argument("--pids-from", help="with --url: a deploy/run_cluster.sh run directory (app-*.pid files)")
    ap.add_argument("--server-args", default="", help="extra streamlit options for the servers started here")
    ap.add_argument("--bare", action="store_true", help="ws mode against bench/bare_app.py (the framework's floor)")
    args = ap.parse_args()
    if args.bare and (args.mode != "ws" or args.url):
        ap.error("--bare is a ws-mode run on a server started here (no --url)")
    pages = BARE_PAGES if args.bare else APP_PAGES
    mode = "ws-bare" if args.bare else args.mode
    rows = []
    db = None if args.url or args.bare else build_db(Path(tempfile.mkdtemp(prefix="kc-load-")) / "bench.duckdb")
    for n in (int(x) for x in args.sessions.split(",")):
        server = None
        if args.url:
            url = args.url.rstrip("/")
            pids = [int(p.read_text()) for p in sorted(Path(args.pids_from).glob("app-*.pid"))] if args.pids_from else []
        else:
            script, env = ("bench/bare_app.py", dict(os.environ)) if args.bare else \
                ("app.py", dict(os.environ, KOTA_CERDAS_DB=str(db)))
            server = Server(f"load{n}", script, REPO, env, args.server_args.split()).start()
            url, pids = server.url, [server.proc.pid]
        try:
            warm(url, pages)
            sampler = RssSampler(pids)
            base = sampler.total() if pids else 0
            sampler.start()
            load0 = loadavg()[0]
            t0 = time.perf_counter()
            results = asyncio.run(ws_level(url, n, pages) if args.mode == "ws" else browser_level(url, n))
            wall = time.perf_counter() - t0
            sampler.stop_flag.set()
            sampler.join()
            rss = {"rss_base_mb": round(base / 1024, 1), "rss_peak_mb": round(sampler.peak / 1024, 1),
                   "rss_after_mb": round(sampler.total() / 1024, 1) if pids else None,
                   "processes": len(pids)}
            if pids:
                rss["rss_per_session_mb"] = round((sampler.peak - base) / 1024 / n, 2)
            row = summarise(n, results, wall, rss, [load0, loadavg()[0]], mode)
        finally:
            if server:
                server.stop()
        rows.append(row)
        print(json.dumps(row), file=sys.stderr)
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / f"load-{mode}-{time.strftime('%Y%m%d-%H%M%S')}.json"
    out.write_text(json.dumps({"benchmark": "load", "mode": mode, "url": args.url, "cpus": os.cpu_count(),
                               "rows": rows}, indent=1))
    print(f"\n{'sessions':>8} {'mode':<8}{'failed':>7}{'p50 s':>7}{'p95 s':>7}{'ovw p95':>8}{'map p95':>8}"
          f"{'meth p95':>9}{'year p95':>9}{'wall s':>8}{'RSS base':>9}{'peak':>7}{'MB/sess':>8}{'load':>11}")
    for r in rows:
        print(f"{r['sessions']:>8} {r['mode']:<8}{r['failed_sessions']:>7}{r['all_p50_s']:>7}{r['all_p95_s']:>7}"
              f"{r['overview_p95_s']!s:>8}{r['map_p95_s']!s:>8}{r['methodology_p95_s']!s:>9}{r['year_p95_s']!s:>9}"
              f"{r['wall_s']:>8}{r['rss_base_mb']:>9}{r['rss_peak_mb']:>7}{r.get('rss_per_session_mb', '—')!s:>8}"
              f"{r['load_before']:>5}→{r['load_after']:<5}")
        for e in r["errors"]:
            print(f"         error: {e}")
    print(f"written {out}")


if __name__ == "__main__":
    main()
