"""Benchmark of the pages: a real cold start (a new process, its first request) and warm reruns. Prints JSON.

    .venv/bin/python bench/bench_pages.py [--warm 3] [--browser] [--pages map,region]

Server only (``AppTest``; always): for every page, a NEW Python process imports the app and runs the page once
— the first request after a start: imports, reading the database into the caches, computing the page — then
reruns it ``--warm`` times (cached data, as a user's next interaction). ``AppTest`` runs the scripts in the
process, without a web server, websocket or browser: these figures are *server only*.

Browser (``--browser``; needs /usr/bin/chromium and Playwright): for every page, a NEW ``streamlit run`` server
is started and Chromium opens the page's deep link as the server's first request; ``server_start_s`` is the
process start to the health check answering, ``first_request_s`` the navigation to the page being idle (the
script run finished, nothing stale, the main area drawn: tests/e2e/conftest.py ``wait_idle``); then the page is
reloaded ``--warm`` times (a new session on a warm server). Includes the browser's rendering.

The database is built once into a temporary folder first (the build has its own benchmark, bench_build.py).
Also reported: the map's deck JSON size (what the Map page sends to the browser).
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

QUERIES = {"pages/region.py": {"region": "73.71"}, "pages/compare.py": {"regions": "73.71,35.10,32.73"}}


def page_files() -> list[tuple[str, str]]:
    """(file, url path) of every page app.py registers (``_page`` calls), in order; the default page is '/'."""
    tree = ast.parse((REPO / "app.py").read_text())
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "_page" and node.args:
            arg = node.args[0]
            if isinstance(arg, ast.Constant):
                kw = {k.arg: k.value for k in node.keywords}
                default = isinstance(kw.get("default"), ast.Constant) and kw["default"].value is True
                slug = kw["url_path"].value if isinstance(kw.get("url_path"), ast.Constant) else arg.value
                out.append((node.lineno, f"pages/{arg.value}.py", "" if default else slug))
    return [(f, s) for _, f, s in sorted(out)]


# ---------------------------------------------------------------------------------------------- server only
def child(page: str, warm: int) -> None:
    """In a fresh process: the page's first run (imports included), then ``warm`` reruns; prints JSON."""
    t0 = time.perf_counter()
    from streamlit.testing.v1 import AppTest

    from ui.streamlit_private import pin_navigation_mode
    pin_navigation_mode()               # every run goes through app.py, as a browser session does
    at = AppTest.from_file(str(REPO / "app.py"), default_timeout=300)
    for k, v in QUERIES.get(page, {}).items():
        at.query_params[k] = v
    if page != "pages/home.py":
        at.switch_page(page)
    t_import = time.perf_counter() - t0
    at.run()
    first = time.perf_counter() - t0
    runs = []
    for _ in range(warm):
        t = time.perf_counter()
        at.run()
        runs.append(time.perf_counter() - t)
    out = {"page": page, "imports_s": round(t_import, 3), "first_request_s": round(first, 3),
           "warm_s": round(statistics.median(runs), 3) if runs else None, "exception": bool(at.exception)}
    if page == "pages/map.py":
        decks = at.get("deck_gl_json_chart")
        out["map_deck_json_bytes"] = len(decks[0].proto.json.encode()) if decks else None
    print(json.dumps(out))


def server_only(pages: list[str], warm: int, env: dict) -> list[dict]:
    results = []
    for page in pages:
        t = time.perf_counter()
        proc = subprocess.run([sys.executable, __file__, "--child", page, "--warm", str(warm)], cwd=REPO, env=env,
                              capture_output=True, text=True, timeout=900)
        wall = time.perf_counter() - t
        if proc.returncode != 0:
            results.append({"page": page, "error": proc.stderr.strip().splitlines()[-1:]})
            continue
        row = json.loads(proc.stdout.strip().splitlines()[-1])
        row["process_wall_s"] = round(wall, 3)      # interpreter start to exit, warm runs included
        results.append(row)
    return results


# ---------------------------------------------------------------------------------------------- browser
def browser(pages: list[tuple[str, str]], warm: int, env: dict, log_dir: Path) -> list[dict]:
    from playwright.sync_api import sync_playwright

    from tests.e2e.conftest import CHROMIUM, CHROMIUM_ARGS, streamlit_server, track_runs, wait_idle
    results = []
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        for file, slug in pages:
            query = "&".join(f"{k}={v}" for k, v in {"lang": "en", **QUERIES.get(file, {})}.items())
            t0 = time.perf_counter()
            with streamlit_server(env, log_dir / f"bench-{Path(file).stem}.log") as url:
                t1 = time.perf_counter()
                ctx = b.new_context(viewport={"width": 1440, "height": 900})
                track_runs(ctx)
                pg = ctx.new_page()
                pg.goto(f"{url}/{slug}?{query}")
                wait_idle(pg, 600)
                t2 = time.perf_counter()
                runs = []
                for _ in range(warm):
                    t = time.perf_counter()
                    pg.reload()
                    wait_idle(pg, 600)
                    runs.append(time.perf_counter() - t)
                ctx.close()
            results.append({"page": file, "server_start_s": round(t1 - t0, 3), "first_request_s": round(t2 - t1, 3),
                            "cold_total_s": round(t2 - t0, 3),
                            "warm_reload_s": round(statistics.median(runs), 3) if runs else None})
        b.close()
    return results


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--warm", type=int, default=3, help="warm reruns per page (median reported)")
    ap.add_argument("--browser", action="store_true", help="also measure in Chromium against a fresh server")
    ap.add_argument("--pages", default=None, help="comma-separated page stems (default: every page)")
    ap.add_argument("--child", default=None, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.child, args.warm)
        return
    tmp = Path(tempfile.mkdtemp(prefix="bench-pages-"))
    env = dict(os.environ, KOTA_CERDAS_DB=str(tmp / "bench.duckdb"), KOTA_CERDAS_IMPORTS_DIR=str(tmp / "imports"),
               PYTHONPATH=str(REPO))
    os.environ.update(env)
    from analytics.warehouse.build import build
    build(Path(env["KOTA_CERDAS_DB"]))
    pages = page_files()
    if args.pages:
        wanted = {f"pages/{p.strip()}.py" for p in args.pages.split(",")}
        pages = [p for p in pages if p[0] in wanted]
    out = {"benchmark": "pages", "cpus": os.cpu_count(), "load_average": round(os.getloadavg()[0], 2),
           "warm_runs": args.warm,
           "server_only": {"what": "AppTest in a new process per page: first request (imports + data + page), "
                                   "then warm reruns; no web server, websocket or browser",
                           "pages": server_only([f for f, _ in pages], args.warm, env)}}
    if args.browser:
        out["browser"] = {"what": "a new streamlit server per page, Chromium opens the deep link as its first "
                                  "request, then reloads (warm server, new session)",
                          "pages": browser(pages, args.warm, env, tmp)}
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
