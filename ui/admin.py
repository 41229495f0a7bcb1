"""The admin sign-in of the Import results page: the secret's rules, a limit on wrong guesses, and the sessions
that are signed in (the upload gate, ui/uploads.py, accepts files only from those).

- **The secret.** ``admin_password`` in ``.streamlit/secrets.toml``. Missing or empty: the app is read-only.
  Shorter than :data:`MIN_SECRET_LENGTH` characters (spaces do not count): refused — the page says so, nothing
  can be unlocked, and the server log says why (once per process).
- **Wrong guesses.** Counted per session and per client address (``st.context.ip_address``; behind a reverse
  proxy that is the proxy unless it forwards the address). After :data:`FREE_ATTEMPTS` wrong guesses a key is
  locked for :data:`LOCK_SECONDS`, doubling with every further wrong guess up to :data:`MAX_LOCK_SECONDS`;
  while locked, even the right password is refused. A success clears the counts. Counts older than
  :data:`FORGET_SECONDS` are forgotten.
- **Log.** Every attempt is logged (``kota_cerdas.admin``: outcome, client, session, failures so far — never
  the password). The comparison is ``hmac.compare_digest``.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import threading
import time
from dataclasses import dataclass

log = logging.getLogger("kota_cerdas.admin")

MIN_SECRET_LENGTH = 12
FREE_ATTEMPTS = 5
LOCK_SECONDS = 30.0
MAX_LOCK_SECONDS = 15 * 60.0
FORGET_SECONDS = 60 * 60.0

clock = time.monotonic          # replaced in tests: nothing here waits on time


# ----------------------------------------------------------------------------------------------- the secret

def secret_problem(secret: str | None) -> str | None:
    """None when ``secret`` may be used; else ``"missing"`` (no password: read-only) or ``"too_short"``."""
    s = (secret or "").strip()
    if not s:
        return "missing"
    if len(s) < MIN_SECRET_LENGTH:
        return "too_short"
    return None


_warned: set[str] = set()


def warn_once(problem: str) -> None:
    """Log a refused secret once per process (the server's start, in practice)."""
    if problem == "too_short" and problem not in _warned:
        _warned.add(problem)
        log.error("admin_password is shorter than %d characters: imports stay locked until a longer one is set",
                  MIN_SECRET_LENGTH)


def configured_secret() -> str:
    """``admin_password`` from Streamlit's secrets ("" when there is none or no secrets file)."""
    import streamlit as st
    try:
        return str(st.secrets.get("admin_password", "") or "")
    except Exception:  # noqa: BLE001 - no secrets file at all
        return ""


def check_at_start() -> None:
    """app.py, every run (cheap): a too-short secret is logged once per process, at the server's first page."""
    problem = secret_problem(configured_secret())
    if problem:
        warn_once(problem)


def token(secret: str) -> str:
    """What a signed-in session keeps (never the secret itself)."""
    return hashlib.sha256(secret.encode()).hexdigest()


def matches(entered: str, secret: str) -> bool:
    return hmac.compare_digest(entered.encode(), secret.encode())


# ----------------------------------------------------------------------------------------------- guesses

@dataclass
class _Record:
    failures: int = 0
    locked_until: float = 0.0
    last: float = 0.0


class Limiter:
    """Wrong-guess counts and locks per key (``session:<id>``, ``client:<address>``), thread-safe."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._records: dict[str, _Record] = {}

    def _get(self, key: str, now: float) -> _Record:
        r = self._records.get(key)
        if r is None or (now - r.last > FORGET_SECONDS and now >= r.locked_until):
            r = self._records[key] = _Record()
        return r

    def locked_for(self, keys: list[str]) -> float:
        """Seconds until every key may try again (0: may try now)."""
        now = clock()
        with self._lock:
            return max([max(0.0, self._get(k, now).locked_until - now) for k in keys] or [0.0])

    def failure(self, keys: list[str]) -> int:
        """Count a wrong guess for every key; lock those past the free attempts. Returns the highest count."""
        now = clock()
        worst = 0
        with self._lock:
            for k in keys:
                r = self._get(k, now)
                r.failures += 1
                r.last = now
                if r.failures >= FREE_ATTEMPTS:
                    r.locked_until = now + min(MAX_LOCK_SECONDS, LOCK_SECONDS * 2 ** (r.failures - FREE_ATTEMPTS))
                worst = max(worst, r.failures)
        return worst

    def success(self, keys: list[str]) -> None:
        with self._lock:
            for k in keys:
                self._records.pop(k, None)

    def clear(self) -> None:
        with self._lock:
            self._records.clear()


limiter = Limiter()


# ----------------------------------------------------------------------------------------------- sessions

_admin_sessions: set[str] = set()
_sessions_lock = threading.Lock()


def mark_session(session_id: str | None, signed_in: bool) -> None:
    if not session_id:
        return
    with _sessions_lock:
        (_admin_sessions.add if signed_in else _admin_sessions.discard)(session_id)


def is_admin_session(session_id: str | None) -> bool:
    with _sessions_lock:
        return bool(session_id) and session_id in _admin_sessions


@dataclass(frozen=True)
class Attempt:
    """The outcome of one sign-in attempt: ``ok``, ``wrong`` or ``locked`` (``wait`` seconds)."""
    outcome: str
    wait: float = 0.0
    failures: int = 0


def attempt(entered: str, secret: str, *, session_id: str | None, client: str | None) -> Attempt:
    """Check a password against the limits and the secret, log it, and return the outcome."""
    keys = [f"session:{session_id or '?'}", f"client:{client or 'unknown'}"]
    wait = limiter.locked_for(keys)
    if wait > 0:
        log.warning("admin sign-in refused (locked for %.0f s more): client=%s session=%s", wait, client,
                    session_id)
        return Attempt("locked", wait)
    if matches(entered, secret):
        limiter.success(keys)
        log.info("admin sign-in succeeded: client=%s session=%s", client, session_id)
        return Attempt("ok")
    n = limiter.failure(keys)
    wait = limiter.locked_for(keys)
    log.warning("admin sign-in failed (%d wrong so far%s): client=%s session=%s", n,
                f", locked for {wait:.0f} s" if wait else "", client, session_id)
    return Attempt("locked" if wait else "wrong", wait, n)
