"""ui.gc_tuning: the heap is frozen exactly once, after the warm-up runs, and only after a full collection."""

from __future__ import annotations

from ui import gc_tuning


def test_freezes_once_after_the_warm_up_runs(monkeypatch):
    calls: list[str] = []
    monkeypatch.setattr(gc_tuning, "_runs", 0)
    monkeypatch.setattr(gc_tuning.gc, "collect", lambda *a: calls.append("collect") or 0)
    monkeypatch.setattr(gc_tuning.gc, "freeze", lambda: calls.append("freeze"))
    for _ in range(gc_tuning.FREEZE_AFTER_RUNS - 1):
        gc_tuning.after_run()
    assert calls == []                                   # warm-up: nothing frozen yet
    gc_tuning.after_run()
    assert calls == ["collect", "freeze"]                # garbage collected first, then frozen
    for _ in range(3 * gc_tuning.FREEZE_AFTER_RUNS):
        gc_tuning.after_run()
    assert calls == ["collect", "freeze"]                # once per process
