"""Real-browser benchmark: every page of the app against a live ``streamlit run`` server in headless Chromium,
each figure as a ratio to a bare Streamlit page (bench/bare_app.py: a slider, one plotly chart, one table)
measured INTERLEAVED in the same run, on the same machine, at the same load.

    .venv/bin/python bench/bench_browser.py                       # all pages, 5 rounds, 8 sessions
    .venv/bin/python bench/bench_browser.py --pages overview,map --rounds 3
    .venv/bin/python bench/bench_browser.py --variant nogc::--runner.postScriptGC=false   # A/B in one run
    .venv/bin/python bench/bench_browser.py --variant before@/tmp/kc-before                # another checkout

Per page and round (order of servers alternates between rounds):
  cold   a new browser context (empty cache, new session) opens the page; ms to "drawn" (bench/_harness.py
         defines it: script finished, nothing stale, the page's main element and every chart drawn), HTTP
         bytes (all responses) and websocket bytes (frames in + out);
  warm   in that page, the sidebar's year slider moves one step (keyboard); ms from the keydown to drawn
         again, websocket bytes of the rerun;
  server the server's own time for those runs, from the timing hook (bench/serve.py): script + post-run
         work (``run_s``), of which garbage collection (``gc_s``) and the post-run ``gc.collect(2)``.
Memory (after the rounds; each server in turn): server VmRSS before, after N sessions opened the landing
page (each drawn), right after they closed, and after the disconnected-session TTL has passed (a probe
session then makes Streamlit evict the expired sessions) — per session, as a ratio to the bare page.

Results: a table on stdout and JSON in bench/results/browser-<time>.json (git-ignored). One warm-up round
(not recorded) fills the server caches for both years first: "cold" is a new visitor on a running server.
``bench/bench_pages.py`` (AppTest, no browser, no post-run GC) stays as the server-only figure.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _harness import (PLOTLY_SVG, REPO, RESULTS, Server, build_db, change_year, errors_on,  # noqa: E402
                      launch_browser, loadavg, new_page, wait_drawn)

PLOT = PLOTLY_SVG
DECK = '[data-testid="stDeckGlJsonChart"] canvas'


@dataclass(frozen=True)
class PageSpec:
    name: str
    path: str            # with query string
    main: str            # CSS selector of the page's main element
    year: bool = True    # has the sidebar year slider (warm rerun measured)


BARE = PageSpec("bare", "/", PLOT)
BARE_MAP = PageSpec("baremap", "/", DECK)      # --bare-map: bench/bare_map_app.py, the floor of the deck.gl pages
MAP_PAGES = ("map", "ascn")
PAGES = [
    PageSpec("overview", "/?lang=en", ".st-key-chart-timeline .main-svg"),
    PageSpec("map", "/map?lang=en", DECK),
    PageSpec("pillars", "/pillars?lang=en", PLOT),
    PageSpec("region", "/region?lang=en&region=73.71", PLOT),
    PageSpec("compare", "/compare?lang=en&regions=73.71,35.10,32.73", PLOT),
    PageSpec("ascn", "/ascn?lang=en", DECK),
    PageSpec("methodology", "/methodology?lang=en", PLOT),
    PageSpec("about", "/about?lang=en", PLOT, year=False),
    PageSpec("import", "/import-results?lang=en", "h1", year=False),
]


def _server_sum(runs: list[dict]) -> dict:
    return {"server_s": round(sum(r["run_s"] for r in runs), 4), "gc_s": round(sum(r["gc_s"] for r in runs), 4),
            "gc_post_s": round(sum(r["gc_post_s"] for r in runs), 4), "post_s": round(sum(r["post_s"] for r in runs), 4),
            "script_runs": sum(r["runs"] for r in runs)}


def measure(browser, server: Server, spec: PageSpec) -> dict:
    """Cold load, then (if the page has the year slider) one warm rerun, in a new browser context."""
    ctx, page, counter = new_page(browser)
    try:
        t_wall = time.time()
        page.goto(server.url + spec.path, wait_until="commit")
        cold_ms = wait_drawn(page, spec.main)
        cold_bytes = counter.snapshot()
        cold_runs = server.wait_runs_logged(t_wall)
        out = {"page": spec.name, "server": server.label, "load": loadavg()[0], "cold_ms": round(cold_ms, 1),
               "cold_http_bytes": cold_bytes["http"], "cold_ws_bytes": cold_bytes["ws_in"] + cold_bytes["ws_out"],
               "cold_requests": cold_bytes["requests"], **{f"cold_{k}": v for k, v in _server_sum(cold_runs).items()}}
        if spec.year:
            t_wall = time.time()
            change_year(page)
            end = wait_drawn(page, spec.main, rerun=True)
            warm_ms = end - page.evaluate("window.__kcKey")
            after = counter.snapshot()
            warm_runs = server.wait_runs_logged(t_wall)
            out.update({"warm_ms": round(warm_ms, 1),
                        "warm_ws_bytes": after["ws_in"] + after["ws_out"] - out["cold_ws_bytes"],
                        "warm_http_bytes": after["http"] - cold_bytes["http"],
                        **{f"warm_{k}": v for k, v in _server_sum(warm_runs).items()}})
        err = errors_on(page)
        if err:
            out["error"] = err
        return out
    finally:
        ctx.close()


def memory(browser, server: Server, spec: PageSpec, n: int, ttl: float) -> dict:
    """Server VmRSS (kB) before, with ``n`` sessions open, right after they close, and after the TTL."""
    base = server.rss_kb()
    sessions = []
    for _ in range(n):
        ctx, page, _ = new_page(browser, counter=False)
        page.goto(server.url + spec.path, wait_until="commit")
        wait_drawn(page, spec.main)
        sessions.append(ctx)
    time.sleep(1.0)       # let the server finish post-run work of the last session (not a synchronisation)
    opened = server.rss_kb()
    for ctx in sessions:
        ctx.close()
    time.sleep(1.0)
    closed = server.rss_kb()
    time.sleep(ttl + 1.0)
    ctx, page, _ = new_page(browser, counter=False)   # a probe: its connection makes Streamlit evict expired sessions
    page.goto(server.url + spec.path, wait_until="commit")
    wait_drawn(page, spec.main)
    ctx.close()
    time.sleep(ttl + 1.0)
    ctx, page, _ = new_page(browser, counter=False)   # ... and a second probe evicts the first
    page.goto(server.url + spec.path, wait_until="commit")
    wait_drawn(page, spec.main)
    ctx.close()
    time.sleep(1.0)
    released = server.rss_kb()
    return {"server": server.label, "page": spec.name, "sessions": n, "load": loadavg()[0], "rss_base_kb": base,
            "rss_open_kb": opened, "rss_closed_kb": closed, "rss_after_ttl_kb": released,
            "per_session_open_mb": round((opened - base) / n / 1024, 3),
            "per_session_after_close_mb": round((released - base) / n / 1024, 3)}


def _median(rows: list[dict], key: str) -> float | None:
    vals = [r[key] for r in rows if r.get(key) is not None]
    return statistics.median(vals) if vals else None


def summarise(rows: list[dict], labels: list[str], pages: list[PageSpec]) -> list[dict]:
    """Per page and app variant: medians, and ratios to the bare page measured beside it (paired by round)."""
    out = []
    for spec in pages:
        bare = [r for r in rows if r["server"] == "bare" and r["for_page"] == spec.name]
        for label in labels:
            mine = [r for r in rows if r["server"] == label and r["page"] == spec.name]
            if not mine:
                continue
            s = {"page": spec.name, "variant": label, "n": len(mine)}
            for key in ("cold_ms", "warm_ms", "cold_http_bytes", "cold_ws_bytes", "warm_ws_bytes", "warm_server_s",
                        "warm_gc_post_s", "warm_gc_s", "cold_server_s"):
                s[key] = _median(mine, key)
                b = _median(bare, key)
                s[f"bare_{key}"] = b
                if s[key] is not None and b:
                    s[f"{key}_ratio"] = round(s[key] / b, 2)
            if s.get("warm_ms") and s.get("warm_server_s") is not None:
                s["warm_server_share"] = round(1000 * s["warm_server_s"] / s["warm_ms"], 2)
            floor = [r for r in rows if r["server"] == "baremap" and r["for_page"] == spec.name]
            for key in ("cold_ms", "warm_ms", "warm_server_s"):
                b = _median(floor, key)
                if b:
                    s[f"baremap_{key}"] = b
                    if s.get(key) is not None:
                        s[f"{key}_ratio_baremap"] = round(s[key] / b, 2)
            s["errors"] = sum(1 for r in mine if r.get("error"))
            s["load_median"] = _median(mine, "load")
            out.append(s)
    return out


def print_table(summary: list[dict], mem: list[dict]) -> None:
    def f(v, fmt="{:.0f}"):
        return "—" if v is None else fmt.format(v)

    print(f"\n{'page':<12}{'variant':<10}{'cold ms':>9}{'×bare':>7}{'warm ms':>9}{'×bare':>7}{'srv s':>7}"
          f"{'srv%':>6}{'postGC s':>9}{'HTTP kB':>9}{'×':>6}{'WS kB':>8}{'×':>6}{'rerun WS kB':>12}{'load':>6}")
    for s in summary:
        print(f"{s['page']:<12}{s['variant']:<10}{f(s['cold_ms']):>9}{f(s.get('cold_ms_ratio'), '{:.2f}'):>7}"
              f"{f(s['warm_ms']):>9}{f(s.get('warm_ms_ratio'), '{:.2f}'):>7}{f(s['warm_server_s'], '{:.3f}'):>7}"
              f"{f(s.get('warm_server_share') and 100 * s['warm_server_share']):>6}"
              f"{f(s['warm_gc_post_s'], '{:.3f}'):>9}{f(s['cold_http_bytes'] and s['cold_http_bytes'] / 1024):>9}"
              f"{f(s.get('cold_http_bytes_ratio'), '{:.2f}'):>6}{f(s['cold_ws_bytes'] and s['cold_ws_bytes'] / 1024):>8}"
              f"{f(s.get('cold_ws_bytes_ratio'), '{:.1f}'):>6}"
              f"{f(s['warm_ws_bytes'] and s['warm_ws_bytes'] / 1024):>12}{f(s['load_median'], '{:.2f}'):>6}")
    floors = [s for s in summary if s.get("baremap_warm_ms")]
    if floors:
        print(f"\n{'deck.gl floor (bench/bare_map_app.py)':<40}{'cold ms':>9}{'×floor':>8}{'warm ms':>9}{'×floor':>8}"
              f"{'floor warm ms':>14}")
        for s in floors:
            print(f"{s['page'] + ' ' + s['variant']:<40}{f(s['cold_ms']):>9}{f(s.get('cold_ms_ratio_baremap'), '{:.2f}'):>8}"
                  f"{f(s['warm_ms']):>9}{f(s.get('warm_ms_ratio_baremap'), '{:.2f}'):>8}{f(s['baremap_warm_ms']):>14}")
    bare = {m["server"]: m for m in mem}.get("bare")
    if mem:
        print(f"\n{'memory':<10}{'page':<12}{'sessions':>9}{'base MB':>9}{'open MB':>9}{'MB/session':>11}{'×bare':>7}"
              f"{'closed MB':>10}{'after TTL MB':>13}{'MB/session left':>16}{'load':>6}")
        for m in mem:
            ratio = (m["per_session_open_mb"] / bare["per_session_open_mb"]
                     if bare and bare["per_session_open_mb"] > 0 else None)
            print(f"{m['server']:<10}{m['page']:<12}{m['sessions']:>9}{m['rss_base_kb'] / 1024:>9.1f}{m['rss_open_kb'] / 1024:>9.1f}"
                  f"{m['per_session_open_mb']:>11.2f}{f(ratio, '{:.1f}'):>7}{m['rss_closed_kb'] / 1024:>10.1f}"
                  f"{m['rss_after_ttl_kb'] / 1024:>13.1f}{m['per_session_after_close_mb']:>16.2f}{m['load']:>6.2f}")


def parse_variant(text: str) -> tuple[str, Path, list[str]]:
    """``LABEL[@DIR][::streamlit args]`` → (label, checkout dir, extra args); args split on spaces."""
    head, _, args = text.partition("::")
    label, _, where = head.partition("@")
    return label, Path(where) if where else REPO, args.split()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", default=",".join(p.name for p in PAGES))
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--bare-map", action="store_true",
                    help="also measure bench/bare_map_app.py (a slider and the same 514 polygons in deck.gl) beside "
                         "the Map and ASCN pages: the deck.gl floor, reported as ×baremap")
    ap.add_argument("--warmup", type=int, default=1)
    ap.add_argument("--sessions", type=int, default=8, help="sessions for the memory figure (0: skip it)")
    ap.add_argument("--memory-pages", default="overview",
                    help="pages whose sessions the memory figure opens (comma-separated; each against the bare page)")
    ap.add_argument("--session-ttl", type=int, default=5,
                    help="server.disconnectedSessionTTL of every server in the run (Streamlit default 120 s)")
    ap.add_argument("--variant", action="append", default=[],
                    help="an app server: LABEL[@DIR][::streamlit args] (default: one 'app' from this checkout)")
    ap.add_argument("--hook", action="append", default=[], help="LABEL=bench/serve.py option, e.g. freeze=--gc-freeze-after=20")
    ap.add_argument("--env", action="append", default=[], help="LABEL=NAME=VALUE: environment of one server, e.g. arena=MALLOC_ARENA_MAX=2")
    ap.add_argument("--db", help="database file (default: built once in a temp dir)")
    ap.add_argument("--out", help="JSON output file (default bench/results/browser-<time>.json)")
    args = ap.parse_args()

    pages = [p for p in PAGES if p.name in args.pages.split(",")]
    db = Path(args.db) if args.db else build_db(Path(tempfile.mkdtemp(prefix="kc-bench-")) / "bench.duckdb")
    env = dict(os.environ, KOTA_CERDAS_DB=str(db))
    common = ["--server.disconnectedSessionTTL", str(args.session_ttl)]
    hooks: dict[str, list[str]] = {}
    for h in args.hook:
        label, _, opt = h.partition("=")
        hooks.setdefault(label, []).append(opt)
    envs: dict[str, dict] = {}
    for e in args.env:
        label, _, assignment = e.partition("=")
        name, _, value = assignment.partition("=")
        envs.setdefault(label, {})[name] = value
    variants = [parse_variant(v) for v in args.variant] or [("app", REPO, [])]
    servers = [Server("bare", "bench/bare_app.py", REPO, env, common, hooks.get("bare", []))]
    def variant_env(label: str, where: Path) -> dict:
        """Another checkout reads a database its own build wrote (its schema may differ from this one's)."""
        own = {} if where.resolve() == REPO.resolve() else {
            "KOTA_CERDAS_DB": str(build_db(db.parent / f"{label}.duckdb", where))}
        return {**env, **own, **envs.get(label, {})}

    servers += [Server(label, "app.py", where, variant_env(label, where), common + extra, hooks.get(label, []))
                for label, where, extra in variants]
    labels = [s.label for s in servers[1:]]
    if args.bare_map:      # measured for the Map and ASCN pages only; it reads the static GeoJSON the app writes
        servers.append(Server("baremap", "bench/bare_map_app.py", REPO, env, common, hooks.get("baremap", [])))

    def spec_for(s: Server, spec: PageSpec) -> PageSpec | None:
        if s.label == "bare":
            return BARE
        if s.label == "baremap":
            return BARE_MAP if spec.name in MAP_PAGES else None
        return spec
    started = time.strftime("%Y%m%d-%H%M%S")
    rows: list[dict] = []
    mem: list[dict] = []
    from playwright.sync_api import sync_playwright

    try:
        for s in servers:
            s.start()
        with sync_playwright() as pw:
            browser = launch_browser(pw)
            for s in servers:                   # first visit of the root: st.navigation registers the pages
                if s.label == "baremap":        # the app's Map page writes the geometry file the bare map reads
                    measure(browser, servers[1], next(p for p in PAGES if p.name == "map"))
                measure(browser, s, spec_for(s, PAGES[0]) or BARE_MAP)
            for rnd in range(args.warmup + args.rounds):
                for spec in pages:
                    order = servers if rnd % 2 == 0 else servers[::-1]   # the bare page first, then last
                    for s in order:
                        target = spec_for(s, spec)
                        if target is None:
                            continue
                        try:
                            r = measure(browser, s, target)
                        except TimeoutError as exc:      # one sample not drawn: recorded, the run goes on
                            r = {"page": target.name, "server": s.label, "load": loadavg()[0],
                                 "error": str(exc)[:300]}
                        r.update({"round": rnd, "for_page": spec.name, "warmup": rnd < args.warmup})
                        if rnd >= args.warmup:
                            rows.append(r)
                        print(json.dumps(r), file=sys.stderr)
            if args.sessions:
                mem_pages = [p for p in PAGES if p.name in args.memory_pages.split(",")]
                for s in (s for s in servers if s.label != "baremap"):
                    for spec in ([BARE] if s.label == "bare" else mem_pages):
                        m = memory(browser, s, spec, args.sessions, args.session_ttl)
                        mem.append(m)
                        print(json.dumps(m), file=sys.stderr)
            browser.close()
    finally:
        for s in servers:
            s.stop()

    summary = summarise(rows, labels, pages)
    result = {"benchmark": "browser", "started": started, "rounds": args.rounds, "warmup": args.warmup,
              "session_ttl_s": args.session_ttl, "cpus": os.cpu_count(), "load_end": loadavg(),
              "variants": [{"label": l, "dir": str(w), "args": a} for l, w, a in variants], "hooks": hooks, "env": envs,
              "summary": summary, "memory": mem, "rows": rows}
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = Path(args.out) if args.out else RESULTS / f"browser-{started}.json"
    out.write_text(json.dumps(result, indent=1))
    print(json.dumps({"summary": summary, "memory": mem}))
    print_table(summary, mem)
    print(f"\nwritten {out}")


if __name__ == "__main__":
    main()
