"""Number, percent and date formatting per language (ui/i18n.py, on Babel): hand-written expectations."""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

import numpy as np
import pandas as pd
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from ui.i18n import fmt_date, fmt_number, fmt_percent


@pytest.mark.parametrize(("value", "decimals", "en", "id_"), [
    (1234.5, 1, "1,234.5", "1.234,5"),
    (188418609, 0, "188,418,609", "188.418.609"),
    (-1234567.891, 2, "-1,234,567.89", "-1.234.567,89"),
    (0, 0, "0", "0"),
    (999.95, 1, "1,000.0", "1.000,0"),
    (12, 2, "12.00", "12,00"),
    (np.int64(514), 0, "514", "514"),
    (np.float64(2.5), 1, "2.5", "2,5"),
    (-0.01, 0, "0", "0"),            # never "-0"
    (-0.04, 1, "0.0", "0,0"),
    # half away from zero on the decimal value, as analytics.domain.round_index rounds the index
    (0.125, 2, "0.13", "0,13"),
    (2.5, 0, "3", "3"),
    (-2.5, 0, "-3", "-3"),
    (79.95, 1, "80.0", "80,0"),
])
def test_fmt_number(value, decimals, en, id_):
    assert fmt_number(value, decimals, lang="en") == en
    assert fmt_number(value, decimals, lang="id") == id_


@pytest.mark.parametrize("missing", [None, float("nan"), np.nan, pd.NA, pd.NaT])
def test_missing_values_show_a_dash(missing):
    for lang in ("en", "id"):
        assert fmt_number(missing, lang=lang) == "—"
        assert fmt_percent(missing, lang=lang) == "—"
        assert fmt_date(missing, lang=lang) == "—"


@pytest.mark.parametrize(("share", "decimals", "en", "id_"), [
    (0.123, 1, "12.3%", "12,3%"),
    (0.43776, 1, "43.8%", "43,8%"),
    (1, 0, "100%", "100%"),
    (12.5, 0, "1,250%", "1.250%"),
    (0, 1, "0.0%", "0,0%"),
])
def test_fmt_percent(share, decimals, en, id_):
    assert fmt_percent(share, decimals, lang="en") == en
    assert fmt_percent(share, decimals, lang="id") == id_


def test_a_whole_percent_is_written_as_cldr_and_the_charts_write_it():
    """Text, map legends and charts write a percent alike: CLDR's own percent format (Babel's ``format_percent``)
    for whole percents in both languages, and plotly's d3 ``.0%`` (the charts' axes) puts no space either."""
    from babel.numbers import format_percent

    from ui.map_text import percent_formatter
    for share in (0, 0.11, 0.5, 0.999, 1, 12.5):
        for lang in ("en", "id"):
            assert fmt_percent(share, 0, lang=lang) == format_percent(share, locale=lang), (share, lang)
            assert percent_formatter(lang)(share, 0) == format_percent(share, locale=lang), (share, lang)


@pytest.mark.parametrize(("value", "en", "id_"), [
    (dt.date(2026, 11, 28), "28 November 2026", "28 November 2026"),
    (dt.date(2017, 1, 1), "1 January 2017", "1 Januari 2017"),
    (dt.date(2024, 2, 29), "29 February 2024", "29 Februari 2024"),
    (dt.datetime(2023, 8, 17, 9, 30), "17 August 2023", "17 Agustus 2023"),
    ("2025-05-09", "9 May 2025", "9 Mei 2025"),
    ("2019-12-31T23:59:00", "31 December 2019", "31 Desember 2019"),
    (pd.Timestamp("2018-03-05"), "5 March 2018", "5 Maret 2018"),
    (pd.Timestamp("2021-10-02 12:00"), "2 October 2021", "2 Oktober 2021"),
    ("", "—", "—"),
])
def test_fmt_date(value, en, id_):
    assert fmt_date(value, lang="en") == en
    assert fmt_date(value, lang="id") == id_


def _parse(text: str, lang: str) -> Decimal:
    thousands, decimal = (".", ",") if lang == "id" else (",", ".")
    return Decimal(text.replace(thousands, "").replace(decimal, "."))


def _rounded(value: float, decimals: int) -> Decimal:
    """The number as written (its shortest repr), rounded half away from zero: what a reader expects."""
    return Decimal(repr(value)).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP) + 0


@example(2.05, 1)            # found by a random-order run: the float 2.05 is 2.04999…, a reader sees 2.05
@given(st.floats(min_value=-1e12, max_value=1e12, allow_nan=False), st.integers(min_value=0, max_value=4))
def test_round_trip_and_languages_agree(value, decimals):
    en, id_ = fmt_number(value, decimals, lang="en"), fmt_number(value, decimals, lang="id")
    # the two languages differ only by swapped separators
    assert en.translate(str.maketrans(",.", ".,")) == id_
    for text, lang in ((en, "en"), (id_, "id")):
        assert _parse(text, lang) == _rounded(value, decimals)      # exactly (2.05 → 2.1, not 2.0)
        # digit groups of three, decimals exactly as asked
        integer = text.lstrip("-").split("," if lang == "id" else ".")[0]
        groups = integer.split("." if lang == "id" else ",")
        assert all(len(g) == 3 for g in groups[1:]) and 1 <= len(groups[0]) <= 3
        if decimals:
            assert len(text.split("," if lang == "id" else ".")[-1]) == decimals


@example(72.05, 1)           # an HDI fifth's lower bound: the slides said "72,0", the page "72,1"
@given(st.floats(min_value=-1e12, max_value=1e12, allow_nan=False), st.integers(min_value=0, max_value=4))
def test_slides_deck_and_print_map_format_numbers_as_the_pages(value, decimals):
    """ui.map_text (slides, the PDF deck, the print map: no Streamlit) rounds and writes a number exactly as the
    pages do: the number as written, half away from zero."""
    from ui.map_text import number_formatter
    for lang in ("en", "id"):
        text = number_formatter(lang)(value, decimals)
        assert text == fmt_number(value, decimals, lang=lang)
        assert _parse(text, lang) == _rounded(value, decimals)
