"""Numbers in a language, by one rule for the whole app: pages (:mod:`ui.i18n`), and the slides, the PDF deck and
the print map (:mod:`ui.map_text`), which must not import Streamlit.

Babel (CLDR data) with the house patterns: the language's grouping and decimal separators (1,234.5 / 1.234,5), and
the percent sign after the number with no space, as CLDR writes it in both languages (12.3% / 12,3%) and as the
charts' plotly ``%`` formats draw it. A number is rounded on its decimal value, half away from zero (0.125 → 0.13,
72.05 → 72.1), the rule of ``analytics.domain.round_index``: the slides once rounded the binary float instead and
called an HDI fifth "72,0–75,4" where the page said "72,1–75,4"."""

from __future__ import annotations

import decimal
from functools import lru_cache

from babel import Locale
from babel.numbers import get_minus_sign_symbol, parse_pattern

DEFAULT_LANGUAGE = "en"
BABEL_LOCALES = {"en": "en", "id": "id"}


@lru_cache(maxsize=None)
def locale_of(lang: str) -> Locale:
    return Locale.parse(BABEL_LOCALES.get(lang, BABEL_LOCALES[DEFAULT_LANGUAGE]))


@lru_cache(maxsize=None)
def _pattern(decimals: int, percent: bool = False):
    frac = "." + "0" * decimals if decimals > 0 else ""
    return parse_pattern(f"#,##0{frac}" + ("%" if percent else ""))


@lru_cache(maxsize=32768)
def format_number(value, decimals: int, lang: str, percent: bool = False) -> str:
    """``value`` with ``decimals`` decimals in ``lang`` (a share × 100 with "%" when ``percent``), never "-0".
    Remembered per (value, decimals, language): a page shows the same numbers run after run (a map's 514
    values, a ranking's cells), and Babel takes ≈ 20 µs a number."""
    locale = locale_of(lang)
    with decimal.localcontext(rounding=decimal.ROUND_HALF_UP):
        text = _pattern(int(decimals), percent).apply(value, locale)
    minus = get_minus_sign_symbol(locale)
    if text.startswith(minus) and not any(c in "123456789" for c in text):   # never "-0" or "-0.0"
        text = text[len(minus):]
    return text
