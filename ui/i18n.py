"""Translation and number formatting for the pages.

The language comes from the URL (``?lang=en|id``), else from the browser locale (``st.context.locale``),
else English. ``t(key, **fields)`` looks a message up in :mod:`ui.messages`.
"""

from __future__ import annotations

import math

import streamlit as st

from .messages import MESSAGES

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


def sync_language() -> str:
    """Call once at the start of a run, before any widget: the URL's ``?lang=`` (a shared link, a slide change,
    browser history) wins over the session; with no ``lang`` in the URL the session keeps its language (first
    run: the browser's locale)."""
    url = url_language()
    if url and st.session_state.get("lang") != url:
        st.session_state["lang"] = url
    return current_language()


def current_language() -> str:
    if st.session_state.get("lang") not in LANGUAGES:
        st.session_state["lang"] = detect_language()
    return st.session_state["lang"]


def t(key: str, /, **fields) -> str:
    lang = current_language()
    entry = MESSAGES[key]
    text = entry.get(lang) or entry[DEFAULT_LANGUAGE]
    return text.format(**fields) if fields else text


def _sep(lang: str) -> tuple[str, str]:
    return (".", ",") if lang == "id" else (",", ".")


def fmt_number(value: float | int | None, decimals: int = 0, lang: str | None = None) -> str:
    """1,234.5 (en) or 1.234,5 (id); '—' for missing values."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    lang = lang or current_language()
    thousands, decimal = _sep(lang)
    s = f"{value:,.{decimals}f}"
    return s.replace(",", "\0").replace(".", decimal).replace("\0", thousands)


def fmt_percent(share: float | None, decimals: int = 1, lang: str | None = None) -> str:
    if share is None or (isinstance(share, float) and math.isnan(share)):
        return "—"
    return fmt_number(100 * share, decimals, lang) + " %"
