"""What a NEW session costs the server before its first page: N sessions one after another (never two at once),
each a websocket client (bench/_wsclient.py) that opens a session and loads the landing page; seconds from the
rerun request to the server's ``script_finished``, and the server's own script time (bench/serve.py's timing
log). Four servers, interleaved session by session: the app and the bare page (bench/bare_app.py), each with
the repository's config (no file watcher) and with ``--server.fileWatcherType auto`` (Streamlit's default).

    .venv/bin/python bench/bench_sessions.py               # 10 sessions per server
    .venv/bin/python bench/bench_sessions.py --sessions 20

Each server first serves 25 runs of one warm-up session (its caches filled, the app's gc.freeze done), so what
is measured is a new visitor on a running server. Results: a table on stdout and JSON in
bench/results/sessions-<time>.json (git-ignored).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _harness import REPO, RESULTS, Server, build_db, loadavg  # noqa: E402

VARIANTS = {  # label: (script, extra streamlit options)
    "app": ("app.py", []),
    "app+watcher": ("app.py", ["--server.fileWatcherType", "auto"]),
    "bare": ("bench/bare_app.py", []),
    "bare+watcher": ("bench/bare_app.py", ["--server.fileWatcherType", "auto"]),
}
WARM_RUNS = 25


async def _first_page(url: str) -> float:
    from _wsclient import Session
    async with Session(url) as s:
        r = await s.run(page="", query="lang=en")
        if r.exceptions:
            raise RuntimeError(r.exceptions[0])
        return r.seconds


async def _warm(url: str) -> None:
    from _wsclient import Session
    async with Session(url) as s:
        for _ in range(WARM_RUNS):
            await s.run(page="", query="lang=en")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sessions", type=int, default=10)
    args = ap.parse_args()
    db = build_db(Path(tempfile.mkdtemp(prefix="kc-sessions-")) / "bench.duckdb")
    env = dict(os.environ, KOTA_CERDAS_DB=str(db))
    servers = {label: Server(f"sessions-{label}", script, REPO, env, extra).start()
               for label, (script, extra) in VARIANTS.items()}
    client: dict[str, list[float]] = {label: [] for label in VARIANTS}
    load = [loadavg()[0]]
    try:
        for srv in servers.values():
            asyncio.run(_warm(srv.url))
        t0 = time.time()
        for _ in range(args.sessions):
            for label, srv in servers.items():
                client[label].append(asyncio.run(_first_page(srv.url)))
        load.append(loadavg()[0])
        script = {label: [r["run_s"] for r in srv.runs_since(t0)] for label, srv in servers.items()}
    finally:
        for srv in servers.values():
            srv.stop()
    rows = []
    for label in VARIANTS:
        row = {"variant": label, "sessions": args.sessions,
               "first_page_s_median": round(statistics.median(client[label]), 3),
               "first_page_s": [round(x, 3) for x in client[label]],
               "script_s_median": round(statistics.median(script[label]), 3) if script[label] else None}
        rows.append(row)
    bare = {r["variant"]: r["first_page_s_median"] for r in rows}
    print(f"\n{'variant':<14}{'first page s':>13}{'× bare':>8}{'script s':>10}   (medians of {args.sessions}; "
          f"load {load[0]}→{load[-1]})")
    for r in rows:
        base = bare["bare+watcher" if r["variant"].endswith("+watcher") else "bare"]
        print(f"{r['variant']:<14}{r['first_page_s_median']:>13}{r['first_page_s_median'] / base:>8.2f}"
              f"{r['script_s_median']!s:>10}")
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / f"sessions-{time.strftime('%Y%m%d-%H%M%S')}.json"
    out.write_text(json.dumps({"benchmark": "sessions", "cpus": os.cpu_count(), "load": load, "rows": rows},
                              indent=1))
    print(f"written {out}")


if __name__ == "__main__":
    main()
