"""Translation and number formatting for the pages.

The language comes from the URL (``?lang=en|id``), else from the browser locale (``st.context.locale``),
else English. ``t(key, **fields)`` looks a message up in :mod:`ui.messages`.
"""

from __future__ import annotations

import datetime as dt
import math

import streamlit as st
from babel.dates import format_date
from streamlit.runtime.scriptrunner import get_script_run_ctx

from . import number_format
from .messages import MESSAGES
from .streamlit_private import ensure_app_entry

LANGUAGES = {"en": "English", "id": "Bahasa Indonesia"}
DEFAULT_LANGUAGE = "en"


def url_language() -> str | None:
    """The language the URL asks for (``?lang=en|id``), or None."""
    lang = st.query_params.get("lang")
    return lang if lang in LANGUAGES else None


def detect_language() -> str:
    """The URL's language, else the browser's (``st.context.locale`` id-*/in-* → Indonesian), else English."""
    lang = url_language()
    if lang:
        return lang
    try:
        locale = (st.context.locale or "").lower()
    except Exception:  # noqa: BLE001 - no browser context (AppTest, bare mode)
        locale = ""
    return "id" if locale.startswith(("id", "in")) else DEFAULT_LANGUAGE


STATE_KEY = "ui_lang"     # the session's language (a plain key; ``lang`` is the switch widget's key)
WIDGET_KEY = "lang"


def sync_language() -> str:
    """Call once at the start of a run (app.py), before any widget: the URL's ``?lang=`` (a shared link, a
    slide change, browser history) wins over the session; with no ``lang`` in the URL the session keeps its
    language (first run: the browser's locale). The language switch is set to match."""
    lang = url_language() or (st.session_state.get(STATE_KEY) if st.session_state.get(STATE_KEY) in LANGUAGES
                              else detect_language())
    st.session_state[STATE_KEY] = lang
    if st.session_state.get(WIDGET_KEY) != lang:
        st.session_state[WIDGET_KEY] = lang       # before the switch is drawn in this run
    return current_language()


_last_language = DEFAULT_LANGUAGE   # for calls outside a script run (see current_language)


def current_language() -> str:
    """The session's language. Outside a script run (``AppTest`` calling a widget's ``format_func`` between
    runs) there is no session: the language of the last run in this process is used."""
    global _last_language
    ctx = get_script_run_ctx(suppress_warning=True)
    if ctx is None:
        return _last_language
    ensure_app_entry(ctx)          # deep links run through app.py (ui/streamlit_private.py)
    if st.session_state.get(STATE_KEY) not in LANGUAGES:
        st.session_state[STATE_KEY] = detect_language()
    _last_language = st.session_state[STATE_KEY]
    return _last_language


def t(key: str, /, **fields) -> str:
    lang = current_language()
    entry = MESSAGES[key]
    text = entry.get(lang) or entry[DEFAULT_LANGUAGE]
    return text.format(**fields) if fields else text


# Numbers are formatted by :mod:`ui.number_format` (one rule for pages, slides, the deck and the print map);
# dates by Babel with the house pattern: "28 November 2026" / "28 Januari 2026" with the language's month names.
BABEL_LOCALES = number_format.BABEL_LOCALES
DATE_PATTERN = "d MMMM y"


def _missing(value: object) -> bool:
    """None, NaN, pandas NA/NaT (without importing pandas)."""
    if value is None or type(value).__name__ in ("NAType", "NaTType"):
        return True
    return isinstance(value, float) and math.isnan(value)


def _format(value, decimals: int, lang: str | None, percent: bool = False) -> str:
    return number_format.format_number(value, int(decimals), lang or current_language(), percent)


def fmt_number(value: float | int | None, decimals: int = 0, lang: str | None = None) -> str:
    """1,234.5 (en) or 1.234,5 (id); '—' for missing values; no '-0'."""
    if _missing(value):
        return "—"
    return _format(value, decimals, lang)


def fmt_percent(share: float | None, decimals: int = 1, lang: str | None = None) -> str:
    """A share (0.123) as '12.3%' (en) or '12,3%' (id); '—' for missing values."""
    if _missing(share):
        return "—"
    return _format(share, decimals, lang, percent=True)


def fmt_date(value: dt.date | dt.datetime | str | None, lang: str | None = None) -> str:
    """'28 November 2026' with the language's month names (Indonesian: Januari … Desember); '—' when missing.

    Accepts a date, a datetime (its date is shown) or an ISO string (``2026-11-28``, ``2026-11-28T10:00``)."""
    if _missing(value):
        return "—"
    if isinstance(value, str):
        if not value.strip():
            return "—"
        value = dt.datetime.fromisoformat(value.strip())
    if hasattr(value, "to_pydatetime"):       # pandas Timestamp
        value = value.to_pydatetime()
    if isinstance(value, dt.datetime):
        value = value.date()
    return format_date(value, DATE_PATTERN, locale=number_format.locale_of(lang or current_language()))
