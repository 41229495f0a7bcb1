"""Garbage collection for a long-running server: freeze what survived warm-up (issue 12).

Streamlit runs a full ``gc.collect(2)`` after every script run (``runner.postScriptGC``), and a full collection
walks every tracked object in the process — Streamlit's, pandas', plotly's and the data caches' — although
nearly all of them live as long as the process. Measured in a real browser over 200 reruns of the Overview
(bench/bench_gc.py): that walk was a third of the server's time per rerun; ``gc.freeze()`` once after warm-up
moves those long-lived objects out of the collector's way (GC per rerun 0.55 s → 0.03 s under load, server
time per rerun 0.71×) and the server's memory stays flat, while switching the post-run collection off
(``postScriptGC = false``) saved about as much time but let memory creep (+40 MB over the same 200 reruns).

So the post-run collection stays on (memory is still returned after every run), and :func:`after_run`,
called by app.py after each page run, freezes when the process has completed each of ``FREEZE_AT_RUNS`` runs
(after a ``gc.collect()``, so no garbage is frozen): after the first run (what the first page imported and
cached: until then a new server's first runs each paid ≈ 0.15 s of post-run collection, measured in
bench/bench_browser.py, where the bare page pays ≈ 0.09 s) and again after the 20th (what the other pages
imported since). Frozen objects are still freed by reference counting; only cycles that were alive at those
moments and die later stay until the process ends — at most what the sessions open at those two moments held.
"""

from __future__ import annotations

import gc
import threading

FREEZE_AT_RUNS = (1, 20)

_lock = threading.Lock()
_runs = 0


def after_run() -> None:
    """Count a completed page run of this process; the runs numbered in ``FREEZE_AT_RUNS`` freeze the heap."""
    global _runs
    with _lock:
        _runs += 1
        if _runs not in FREEZE_AT_RUNS:
            return
    gc.collect()
    gc.freeze()
