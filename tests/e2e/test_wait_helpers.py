"""The e2e suite's waiting helpers (no browser). A retry loop around a wait must see a miss it can catch:
``pytest.fail`` raises a ``BaseException``, which ``except AssertionError`` / ``except Exception`` let through —
so one lost click ended the whole test instead of being retried (CI, stop 17)."""
from __future__ import annotations

import pytest

from tests.e2e.conftest import poll, within


def _ready_on(call: int):
    calls = []

    def predicate():
        calls.append(1)
        return "done" if len(calls) >= call else None
    return predicate, calls


def test_within_returns_the_value_once_ready_and_none_on_a_miss():
    predicate, calls = _ready_on(3)
    assert within(predicate, timeout=30, interval=0) == "done" and len(calls) == 3
    never, tried = _ready_on(10**9)
    assert within(never, timeout=0, interval=0) is None and len(tried) >= 1


def test_a_missed_step_can_be_retried_and_poll_still_fails_with_what_it_awaited():
    attempts = 0
    for _ in range(3):                       # the shape of the map tests' click loops
        attempts += 1
        if within(lambda: attempts == 3, timeout=0, interval=0):
            break
    assert attempts == 3
    with pytest.raises(pytest.fail.Exception, match="waiting for the profile"):
        poll(lambda: False, timeout=0, what="the profile", interval=0)
