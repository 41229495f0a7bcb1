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


def detect_language() -> str:
    lang = st.query_params.get("lang")
    if lang in LANGUAGES:
        return lang
    try:
        locale = (st.context.locale or "").lower()
    except Exception:  # noqa: BLE001 - no browser context (AppTest, bare mode)
        locale = ""
    return "id" if locale.startswith(("id", "in")) else DEFAULT_LANGUAGE


def current_language() -> str:
    if "lang" not in st.session_state:
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
