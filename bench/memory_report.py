"""What each browser session keeps on the server, by kind, and whether it is released when sessions close.

    .venv/bin/python bench/memory_report.py [--pages overview,map,methodology] [--sessions 5] [--session-ttl 3]

Starts the app with ``server.enableExpensiveMemoryStats`` (Streamlit's /_stcore/metrics then reports byte
sizes, by a recursive walk), warms it with one visit per page, then for each page opens N sessions in headless
Chromium (each drawn), reads the metrics and the process VmRSS, closes them, waits out the disconnected-
session TTL (a probe visit makes Streamlit evict the expired sessions) and reads both again. Prints per
session: session state, media files (the bytes behind download buttons), and the growth of the process RSS;
the data caches (st.cache_data / st.cache_resource) are shared by all sessions and printed as totals.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
import time
import urllib.request
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _harness import REPO, Server, build_db, launch_browser, new_page, wait_drawn  # noqa: E402
from bench_browser import PAGES  # noqa: E402

LINE = re.compile(r'^cache_memory_bytes\{cache_type="([^"]+)",cache="([^"]*)"\}\s+(\S+)$')


def metrics(url: str) -> dict[str, float]:
    """cache_memory_bytes summed per cache type (session state, media files, st.cache_data, ...)."""
    text = urllib.request.urlopen(f"{url}/_stcore/metrics", timeout=120).read().decode()
    out: dict[str, float] = defaultdict(float)
    for line in text.splitlines():
        m = LINE.match(line)
        if m:
            out[m.group(1)] += float(m.group(3))
    return dict(out)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", default="overview,map,methodology")
    ap.add_argument("--sessions", type=int, default=5)
    ap.add_argument("--session-ttl", type=int, default=3)
    ap.add_argument("--checkout", default=str(REPO))
    args = ap.parse_args()
    specs = [p for p in PAGES if p.name in args.pages.split(",")]
    db = build_db(Path(tempfile.mkdtemp(prefix="kc-mem-")) / "bench.duckdb")
    server = Server("mem", "app.py", Path(args.checkout), dict(os.environ, KOTA_CERDAS_DB=str(db)),
                    ["--server.enableExpensiveMemoryStats", "true",
                     "--server.disconnectedSessionTTL", str(args.session_ttl)])
    from playwright.sync_api import sync_playwright
    rows = []
    try:
        server.start(timeout=180)
        with sync_playwright() as pw:
            browser = launch_browser(pw)

            def visit(spec):
                ctx, page, _ = new_page(browser, counter=False)
                page.goto(server.url + spec.path, wait_until="commit")
                wait_drawn(page, spec.main, timeout=300)
                return ctx

            for spec in specs:                      # warm-up: caches filled, modules imported
                visit(spec).close()
            time.sleep(args.session_ttl + 1)
            visit(specs[0]).close()
            for spec in specs:
                time.sleep(args.session_ttl + 1)
                visit(spec).close()                 # evicts the previous page's expired sessions
                m0, r0 = metrics(server.url), server.rss_kb()
                ctxs = [visit(spec) for _ in range(args.sessions)]
                m1, r1 = metrics(server.url), server.rss_kb()
                for c in ctxs:
                    c.close()
                time.sleep(args.session_ttl + 1)
                visit(spec).close()
                time.sleep(args.session_ttl + 1)
                visit(spec).close()
                m2, r2 = metrics(server.url), server.rss_kb()
                rows.append((spec.name, m0, m1, m2, r0, r1, r2))
            browser.close()
    finally:
        server.stop()
    n = args.sessions
    print(f"{n} sessions per page; kB per session (open → after close + TTL); shared caches in kB (total)")
    print(f"{'page':<12}{'session state':>15}{'media files':>14}{'RSS':>13}   shared: cache_data, cache_resource")
    for name, m0, m1, m2, r0, r1, r2 in rows:
        def per(kind, a, b):
            return (b.get(kind, 0) - a.get(kind, 0)) / n / 1024
        print(f"{name:<12}{per('st_session_state', m0, m1):>7.1f} → {per('st_session_state', m0, m2):<5.1f}"
              f"{per('st_memory_media_file_storage', m0, m1):>6.1f} → {per('st_memory_media_file_storage', m0, m2):<5.1f}"
              f"{(r1 - r0) / n:>6.0f} → {(r2 - r0) / n:<5.0f}"
              f"   {m1.get('st_cache_data', 0) / 1024:.0f}, {m1.get('st_cache_resource', 0) / 1024:.0f}")


if __name__ == "__main__":
    main()
