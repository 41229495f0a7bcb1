"""What each browser session keeps on the server, by allocation site (tracemalloc), and whether it is released.

    .venv/bin/python bench/memory_report.py [--page overview] [--sessions 6] [--session-ttl 3] [--top 25]

Starts the app (bench/serve.py ``--tracemalloc``), takes a snapshot after one warm-up visit, opens N sessions
of the page in headless Chromium (each drawn), takes a snapshot, closes them, waits out the disconnected-
session TTL (two probe visits make Streamlit evict the expired sessions), takes a third snapshot. Prints the
allocation sites that grew, per session, grouped by the first frame in the project (or in Streamlit when
no project frame is on the stack), for "open" and "after close"; also VmRSS at each step. Slow (tracemalloc
traces every allocation): a diagnosis, not a timing.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
import tempfile
import time
import tracemalloc
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _harness import REPO, RESULTS, Server, build_db, launch_browser, new_page, wait_drawn  # noqa: E402
from bench_browser import PAGES  # noqa: E402


def snapshot(server: Server, out: Path, n: int) -> tracemalloc.Snapshot:
    server.proc.send_signal(signal.SIGUSR2)
    done = out / f"snapshot-{n}.done"
    deadline = time.monotonic() + 300
    while not done.exists():
        if time.monotonic() > deadline:
            raise TimeoutError("no snapshot")
        time.sleep(0.2)
    return tracemalloc.Snapshot.load(str(out / f"snapshot-{n}.pickle"))


def site(tb: tracemalloc.Traceback) -> str:
    """The most telling frame: the innermost one in the project, else the innermost in streamlit."""
    frames = list(tb)     # most recent call first? tracemalloc keeps the most recent frame LAST by default
    project = [f for f in frames if str(REPO) in f.filename and "/.venv/" not in f.filename]
    lib = [f for f in frames if "/streamlit/" in f.filename]
    f = (project or lib or frames)[-1]
    name = f.filename.replace(str(REPO) + "/", "").split("site-packages/")[-1]
    return f"{name}:{f.lineno}"


def diff(a: tracemalloc.Snapshot, b: tracemalloc.Snapshot, n: int, top: int) -> list[tuple[str, float, int]]:
    grouped: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for stat in b.compare_to(a, "traceback"):
        g = grouped[site(stat.traceback)]
        g[0] += stat.size_diff
        g[1] += stat.count_diff
    rows = sorted(((k, v[0] / n / 1024, v[1] // n) for k, v in grouped.items()), key=lambda r: -abs(r[1]))
    return rows[:top]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--page", default="overview")
    ap.add_argument("--sessions", type=int, default=6)
    ap.add_argument("--session-ttl", type=int, default=3)
    ap.add_argument("--top", type=int, default=25)
    ap.add_argument("--checkout", default=str(REPO), help="the app checkout to run (default this one)")
    args = ap.parse_args()
    spec = next(p for p in PAGES if p.name == args.page)
    db = build_db(Path(tempfile.mkdtemp(prefix="kc-mem-")) / "bench.duckdb")
    out = Path(tempfile.mkdtemp(prefix="kc-tracemalloc-"))
    server = Server("mem", "app.py", Path(args.checkout), dict(os.environ, KOTA_CERDAS_DB=str(db)),
                    ["--server.disconnectedSessionTTL", str(args.session_ttl)], ["--tracemalloc", str(out)],
                    workdir=RESULTS)
    from playwright.sync_api import sync_playwright
    rss = {}
    try:
        server.start(timeout=180)
        with sync_playwright() as pw:
            browser = launch_browser(pw)

            def visit():
                ctx, page, _ = new_page(browser, counter=False)
                page.goto(server.url + spec.path, wait_until="commit")
                wait_drawn(page, spec.main, timeout=300)
                return ctx

            for _ in range(2):                       # warm-up: caches filled, first-visit work done
                visit().close()
            time.sleep(args.session_ttl + 1)
            visit().close()
            s0 = snapshot(server, out, 1)
            rss["base"] = server.rss_kb()
            ctxs = [visit() for _ in range(args.sessions)]
            s1 = snapshot(server, out, 2)
            rss["open"] = server.rss_kb()
            for c in ctxs:
                c.close()
            for _ in range(2):
                time.sleep(args.session_ttl + 1)
                visit().close()
            s2 = snapshot(server, out, 3)
            rss["closed"] = server.rss_kb()
            browser.close()
    finally:
        server.stop()
    n = args.sessions
    print(f"page {spec.name}, {n} sessions; VmRSS MB: " + ", ".join(f"{k} {v / 1024:.1f}" for k, v in rss.items()))
    print(f"traced Python memory per session: open {sum(s.size_diff for s in s1.compare_to(s0, 'filename')) / n / 1024:.0f} kB,"
          f" after close {sum(s.size_diff for s in s2.compare_to(s0, 'filename')) / n / 1024:.0f} kB")
    for title, a, b in (("open sessions (per session)", s0, s1), ("after close + TTL (per session)", s0, s2)):
        print(f"\n{title}:\n{'kB':>9} {'blocks':>7}  site")
        for k, kb, count in diff(a, b, n, args.top):
            print(f"{kb:>9.1f} {count:>7}  {k}")


if __name__ == "__main__":
    main()
