"""``streamlit run`` with measuring hooks, for the benchmarks only (the app itself carries no hook, so nothing
costs anything when the benchmarks are not running).

    .venv/bin/python bench/serve.py [hook options] -- <script.py> [streamlit options]

Hook options (all off by default):

``--timing-log FILE``
    one JSON line per script run: ``session`` (id), ``page`` (url path of the page that ran), ``start`` (unix
    time), ``run_s`` (wall time of ``ScriptRunner._run_script``: the page script AND Streamlit's post-run work,
    including ``runner.postScriptGC``'s ``gc.collect(2)``), ``post_s`` (the post-run part alone:
    ``_on_script_finished``), ``gc_s`` (time in garbage collections on the script thread during the run,
    automatic and post-run), ``gc_post_s`` (the post-run ``gc.collect(2)`` alone), ``runs`` (script passes in
    this call: a ``st.rerun`` or a superseding click adds one).
``--profile-dir DIR``
    cProfile of every script run (the script thread only), accumulated per page into ``DIR/<page>.prof`` when
    the server stops (SIGTERM/SIGINT) — read with ``python -m pstats`` or bench/profile_report.py.
``--gc-freeze-after N``
    call ``gc.freeze()`` once after the N-th completed script run (the "freeze after warm-up" experiment).
``--malloc-trim``
    call glibc ``malloc_trim(0)`` after every post-run GC (experiment: does freed memory go back to the OS?).

The streamlit options after ``--`` are passed to ``streamlit run`` unchanged.
"""

from __future__ import annotations

import argparse
import atexit
import cProfile
import ctypes
import gc
import json
import os
import pstats
import signal
import sys
import threading
import time
from pathlib import Path



def _page_of(runner) -> str:
    try:
        pm = runner._pages_manager
        info = pm.get_pages().get(pm.current_page_script_hash) or {}
        return info.get("url_pathname") or ""
    except Exception:  # noqa: BLE001 - a measuring hook never breaks the app
        return "?"


def install(timing_log: str | None, profile_dir: str | None, gc_freeze_after: int | None, malloc_trim: bool) -> None:
    from streamlit.runtime.scriptrunner import script_runner as sr

    local = threading.local()
    lock = threading.Lock()
    completed = [0]
    profiles: dict[str, pstats.Stats] = {}
    log = open(timing_log, "a", buffering=1) if timing_log else None  # noqa: SIM115 - lives as long as the server
    libc = ctypes.CDLL("libc.so.6") if malloc_trim else None

    def gc_callback(phase: str, info: dict) -> None:
        acc = getattr(local, "acc", None)
        if acc is None:
            return
        if phase == "start":
            local.gc_t0 = time.perf_counter()
        else:
            dt = time.perf_counter() - getattr(local, "gc_t0", time.perf_counter())
            acc["gc_s"] += dt
            if getattr(local, "in_post", False):
                acc["gc_post_s"] += dt

    gc.callbacks.append(gc_callback)

    original_run = sr.ScriptRunner._run_script
    original_finished = sr.ScriptRunner._on_script_finished

    def _on_script_finished(self, *a, **kw):
        acc = getattr(local, "acc", None)
        local.in_post = True
        t0 = time.perf_counter()
        try:
            return original_finished(self, *a, **kw)
        finally:
            local.in_post = False
            if acc is not None:
                acc["post_s"] += time.perf_counter() - t0
                acc["runs"] += 1
            if libc is not None:
                libc.malloc_trim(0)
            with lock:
                completed[0] += 1
                if gc_freeze_after is not None and completed[0] == gc_freeze_after:
                    gc.collect()
                    gc.freeze()

    def _run_script(self, rerun_data):
        acc = {"gc_s": 0.0, "gc_post_s": 0.0, "post_s": 0.0, "runs": 0}
        local.acc = acc
        prof = cProfile.Profile() if profile_dir else None
        start, t0 = time.time(), time.perf_counter()
        if prof is not None:
            prof.enable()
        try:
            return original_run(self, rerun_data)
        finally:
            if prof is not None:
                prof.disable()
            run_s = time.perf_counter() - t0
            local.acc = None
            page = _page_of(self)
            if log is not None:
                log.write(json.dumps({"session": self._session_id, "page": page, "start": start,
                                      "run_s": run_s, **acc}) + "\n")
            if prof is not None:
                with lock:
                    key = page or "root"
                    if key in profiles:
                        profiles[key].add(prof)
                    else:
                        profiles[key] = pstats.Stats(prof)

    sr.ScriptRunner._run_script = _run_script
    sr.ScriptRunner._on_script_finished = _on_script_finished

    if profile_dir:
        def dump() -> None:
            out = Path(profile_dir)
            out.mkdir(parents=True, exist_ok=True)
            with lock:
                for key, stats in profiles.items():
                    stats.dump_stats(str(out / f"{key.replace('/', '_')}.prof"))

        atexit.register(dump)
        signal.signal(signal.SIGUSR1, lambda *_: dump())   # dump without stopping the server


def main() -> None:
    argv = sys.argv[1:]
    if "--" not in argv:
        raise SystemExit(__doc__)
    cut = argv.index("--")
    ap = argparse.ArgumentParser()
    ap.add_argument("--timing-log")
    ap.add_argument("--profile-dir")
    ap.add_argument("--gc-freeze-after", type=int)
    ap.add_argument("--malloc-trim", action="store_true")
    args = ap.parse_args(argv[:cut])
    install(args.timing_log, args.profile_dir, args.gc_freeze_after, args.malloc_trim)
    from streamlit.web import cli
    sys.argv = ["streamlit", "run", *argv[cut + 1:]]
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    cli.main()


if __name__ == "__main__":
    main()
