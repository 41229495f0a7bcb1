"""No tracebacks to visitors: :func:`friendly_errors` wraps each page run (app.py). An unexpected error is
logged in full on the server (``kota_cerdas.errors``, with a short reference id) and the visitor sees one
translated sentence carrying that id — no exception text, no paths. ``client.showErrorDetails = "none"`` in
.streamlit/config.toml covers what runs outside the wrapper (widget callbacks).

Streamlit's own control flow (``st.stop``, ``st.rerun``, page switches) uses BaseException subclasses and passes
through untouched."""

from __future__ import annotations

import contextlib
import logging
import secrets

import streamlit as st

log = logging.getLogger("kota_cerdas.errors")


def reference() -> str:
    """A short id to quote when reporting an error (8 hex digits)."""
    return secrets.token_hex(4)


def report(exc: BaseException, where: str = "", message: str = "app.error") -> str:
    """Log ``exc`` with its traceback under a new reference id; show the visitor the friendly ``message``."""
    from .i18n import t
    ref = reference()
    log.error("error %s%s: %s: %s", ref, f" on {where}" if where else "", type(exc).__name__, exc,
              exc_info=(type(exc), exc, exc.__traceback__))
    try:
        st.error(t(message, ref=ref), icon=":material/error:")
    except Exception:  # noqa: BLE001 - even the message failed (no session): the log has it
        pass
    return ref


def guarded(fn, where: str = "", message: str = "app.error") -> bool:
    """Call ``fn()``; an ``Exception`` is :func:`report`-ed and False returned (the run goes on)."""
    try:
        fn()
        return True
    except Exception as exc:  # noqa: BLE001 - see friendly_errors
        report(exc, where, message)
        return False


@contextlib.contextmanager
def friendly_errors(where: str = ""):
    """Run the block; an ``Exception`` in it becomes :func:`report` (the run then ends quietly)."""
    try:
        yield
    except Exception as exc:  # noqa: BLE001 - everything a page can raise; BaseException flow passes
        report(exc, where)
        st.stop()


def setup_logging() -> None:
    """Send the app's own log (``kota_cerdas.*``: errors with their reference ids, sign-in attempts, refused
    uploads, database repairs) to the server's stderr, once per process."""
    logger = logging.getLogger("kota_cerdas")
    if not logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
