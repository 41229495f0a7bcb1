"""ui.gc_tuning: the heap is frozen after the first run and after the warm-up runs, each time only after a full
collection, and never again."""

from __future__ import annotations

from ui import gc_tuning


def test_freezes_after_the_first_run_and_after_the_warm_up_runs(monkeypatch):
    calls: list[tuple[int, str]] = []
    runs = {"n": 0}
    monkeypatch.setattr(gc_tuning, "_runs", 0)
    monkeypatch.setattr(gc_tuning.gc, "collect", lambda *a: calls.append((runs["n"], "collect")) or 0)
    monkeypatch.setattr(gc_tuning.gc, "freeze", lambda: calls.append((runs["n"], "freeze")))
    for n in range(1, 100):
        runs["n"] = n
        gc_tuning.after_run()
    # garbage collected first, then frozen: after run 1 (the first page's imports and caches) and run 20 only
    assert calls == [(1, "collect"), (1, "freeze"), (20, "collect"), (20, "freeze")]
