"""Admin sign-in (issue 13, point 4): a blank or short secret is refused (imports stay off, the page says why and
the log says so once); wrong guesses are limited per session and per client — after 5 the sign-in is locked, for
longer with each further wrong guess, and even the right password waits; every attempt is logged without the
password. The clock is replaced: nothing here waits on time."""

from __future__ import annotations

import logging

import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import REPO
from ui import admin
from ui.messages import MESSAGES

PAGE = str(REPO / "pages" / "import.py")
PASSWORD = "correct horse battery staple"


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


@pytest.fixture()
def clock(monkeypatch):
    c = Clock()
    monkeypatch.setattr(admin, "clock", c)
    admin.limiter.clear()
    yield c
    admin.limiter.clear()


@pytest.fixture()
def db(tmp_path, monkeypatch):
    from analytics.warehouse import build
    path = tmp_path / "smartcity.duckdb"
    monkeypatch.setenv("KOTA_CERDAS_DB", str(path))
    monkeypatch.setenv("KOTA_CERDAS_IMPORTS_DIR", str(tmp_path / "imports"))
    build.build(path)
    return path


@pytest.mark.parametrize("secret,problem", [
    ("", "missing"), ("   ", "missing"), (" ", "missing"), ("x", "too_short"), ("   a   ", "too_short"),
    ("elevenchars", "too_short"), ("twelve-chars", None), (PASSWORD, None)])
def test_secret_rules(secret, problem):
    assert admin.secret_problem(secret) == problem


def page(secret: str) -> AppTest:
    at = AppTest.from_file(PAGE, default_timeout=60)
    at.query_params["lang"] = "en"
    at.secrets["admin_password"] = secret
    return at.run()


@pytest.mark.parametrize("secret", [" ", "admin", "abc123"])
def test_short_secret_keeps_imports_off(db, secret, caplog):
    caplog.set_level(logging.ERROR, logger="kota_cerdas.admin")
    admin._warned.clear()
    at = page(secret)
    assert not at.exception
    assert len(at.text_input) == 0 and len(at.file_uploader) == 0          # no password field at all
    if secret.strip():
        assert [w.value for w in at.warning] == [MESSAGES["import.secret_too_short"]["en"].format(n=12)]
        assert any("shorter than 12 characters" in r.getMessage() for r in caplog.records)
    else:
        assert [i.value for i in at.info] == [MESSAGES["import.locked"]["en"]]


def _try(at: AppTest, password: str) -> AppTest:
    at.text_input[0].input(password)
    return at.button[0].click().run()


def test_wrong_guesses_lock_the_session_then_wait(db, clock, caplog):
    caplog.set_level(logging.INFO, logger="kota_cerdas.admin")
    at = page(PASSWORD)
    for i in range(admin.FREE_ATTEMPTS - 1):
        _try(at, f"guess-{i}")
        assert [e.value for e in at.error] == [MESSAGES["import.wrong_password"]["en"]]
    _try(at, "guess-last")                                   # the 5th wrong guess locks
    locked = MESSAGES["import.locked_out"]["en"].format(minutes=1)
    assert [e.value for e in at.error] == [locked]
    _try(at, PASSWORD)                                       # even the right password waits
    assert [e.value for e in at.error] == [locked] and len(at.file_uploader) == 0
    clock.now += admin.LOCK_SECONDS + 1
    _try(at, PASSWORD)
    assert not at.exception and len(at.file_uploader) == 1   # signed in after the wait
    messages = [r.getMessage() for r in caplog.records if r.name == "kota_cerdas.admin"]
    assert sum("failed" in m for m in messages) == admin.FREE_ATTEMPTS
    assert any("refused (locked" in m for m in messages) and any("succeeded" in m for m in messages)
    assert not any(PASSWORD in m or "guess-" in m for m in messages)      # never the password


def test_locks_double_and_are_per_session_and_per_client(clock):
    def keys(session, client):
        return [f"session:{session}", f"client:{client}"]
    lim = admin.Limiter()
    for _ in range(admin.FREE_ATTEMPTS):
        lim.failure(keys("s1", "10.0.0.1"))
    assert lim.locked_for(keys("s1", "10.0.0.1")) == admin.LOCK_SECONDS
    assert lim.locked_for(keys("s2", "10.0.0.1")) == admin.LOCK_SECONDS   # a new session, same client
    assert lim.locked_for(keys("s1", "10.0.0.2")) == admin.LOCK_SECONDS   # same session, another address
    assert lim.locked_for(keys("s3", "10.0.0.3")) == 0
    clock.now += admin.LOCK_SECONDS
    lim.failure(keys("s1", "10.0.0.1"))                                     # the 6th: twice as long
    assert lim.locked_for(keys("s1", "10.0.0.1")) == 2 * admin.LOCK_SECONDS
    for _ in range(20):
        lim.failure(keys("s1", "10.0.0.1"))
    assert lim.locked_for(keys("s1", "10.0.0.1")) == admin.MAX_LOCK_SECONDS
    clock.now += admin.MAX_LOCK_SECONDS
    lim.success(keys("s1", "10.0.0.1"))
    assert lim.locked_for(keys("s1", "10.0.0.1")) == 0


def test_attempts_from_one_client_lock_its_other_sessions(clock):
    for i in range(admin.FREE_ATTEMPTS):
        admin.attempt(f"wrong-{i}", PASSWORD, session_id=f"session-{i}", client="192.0.2.7")  # a new session each
    assert admin.attempt(PASSWORD, PASSWORD, session_id="fresh", client="192.0.2.7").outcome == "locked"
    assert admin.attempt(PASSWORD, PASSWORD, session_id="other", client="192.0.2.8").outcome == "ok"
