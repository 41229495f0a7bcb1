"""Tables for people, CSVs for machines: ui.downloads.display_frame translates codes and shows "—" for missing
text, while the frame handed to the download keeps the codes and the missing values."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest


def _shown(styler) -> pd.DataFrame:
    """The text ``st.dataframe`` shows for ``styler``: Streamlit's own marshalling, its display values read back."""
    from streamlit.dataframe_util import convert_arrow_bytes_to_pandas_df
    from streamlit.elements.lib.pandas_styler_utils import marshall_styler
    from streamlit.proto.ArrowData_pb2 import ArrowData
    proto = ArrowData()
    marshall_styler(proto, styler, "uuid")
    return convert_arrow_bytes_to_pandas_df(proto.styler.display_values)


def _marshalled(styler):
    from streamlit.elements.lib.pandas_styler_utils import marshall_styler
    from streamlit.proto.ArrowData_pb2 import ArrowData
    proto = ArrowData()
    marshall_styler(proto, styler, "uuid")
    return proto


TABLES = {   # what number_table and localized get: numbers (some missing), names and "—" as text, signs, years
    "ranking": (pd.DataFrame({"Rank": pd.array([1, 2, None], dtype="Int64"), "Name": ["Kota A", "Kab. B", "—"],
                              "Index": [81.25, np.nan, 7.0], "Change": pd.array([3, -2, 0], dtype="Int64"),
                              "Ok": [True, False, True]}), {"Index": 1}, ("Change",)),
    "people": (pd.DataFrame({"population": [1791789, 2, None], "share": [0.1234, 1.0, np.nan],
                             "cohort_year": [2017.0, np.nan, 2023.0], "note": ["a", "—", "c"]}),
               {"share": "percent"}, ()),
    "magnitude": (pd.DataFrame({"value": [0.5, 1234.5, -17889.456]}), {"value": lambda v: 0 if abs(v) >= 1000 else 2},
                  ("value",)),
    "empty": (pd.DataFrame({"name": pd.Series([], dtype=str), "value": pd.Series([], dtype=float)}), {}, ()),
}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_ready_made_styler_shows_what_pandas_styler_shows(lang):
    """ui.downloads hands Streamlit a Styler whose translation is built ready-made (pandas' own walks every cell:
    120 ms of the Methodology page). The reference is pandas' ``df.style.format(...)`` with the same formatters:
    Streamlit must marshal the same text, cell by cell, the same values underneath, and no style."""
    from ui.downloads import _formats, _styled
    for name, (df, places, signed) in TABLES.items():
        formats = _formats(df, lang, places, signed)
        fast, reference = _marshalled(_styled(df, lang, places, signed)), _marshalled(df.style.format(formats))
        shown, expected = _shown(_styled(df, lang, places, signed)), _shown(df.style.format(formats))
        pd.testing.assert_frame_equal(shown, expected, obj=f"{name} ({lang})")
        assert fast.styler.styles == reference.styler.styles == "", name
        assert fast.styler.caption == reference.styler.caption, name
        assert fast.data == reference.data, name                         # the values (they sort) are the frame's
    ranking = _shown(_styled(*TABLES["ranking"][:1], lang, *TABLES["ranking"][1:]))
    assert ranking["Change"].tolist() == ["+3", "-2", "0"]               # a hand-read row: signed, as on screen
    assert ranking["Index"].tolist() == (["81,3", "—", "7,0"] if lang == "id" else ["81.3", "—", "7.0"])  # half up


def test_codes_translated_and_missing_shown_as_a_dash(monkeypatch):
    from ui import i18n
    from ui.downloads import display_frame
    monkeypatch.setattr(i18n, "_last_language", "en")      # outside a run: the language of the last run in-process
    df = pd.DataFrame({"name": ["Kota Makassar", "Kabupaten Nduga"], "level": ["integrated", None],
                       "type": ["kota", "kabupaten"], "size_class": ["big", "small"],
                       "status": ["ranked", "insufficient_data"], "index_100": [78.8333, np.nan]})
    shown = display_frame(df)
    assert shown["level"].tolist() == ["Integrated", "—"]
    assert shown["type"].tolist() == ["Kota", "Kabupaten"]
    assert shown["size_class"].tolist() == ["Big (> 1 million)", "Small (< 200,000)"]
    assert shown["status"].tolist() == ["ranked", "insufficient data"]
    assert shown["index_100"].iloc[0] == pytest.approx(78.8333) and np.isnan(shown["index_100"].iloc[1])
    assert df["level"].iloc[0] == "integrated" and df["level"].isna().iloc[1]   # the download frame is untouched


def test_missing_numbers_stay_numbers_and_codes_get_names(monkeypatch):
    """A number column with a missing value stays a number (it sorts by value, not as text: "10" before "9"); the
    table's placeholder shows "—" there. Codes get their names, text cells without a value "—"."""
    from ui import i18n
    from ui.downloads import MISSING, display_frame, localized
    monkeypatch.setattr(i18n, "_last_language", "id")
    df = pd.DataFrame({"year": [2020, 2021], "cities_ranked": [np.nan, 118.0], "rank": [96, 100],
                       "share": [0.1234, np.nan], "value": [1234.56, np.nan], "indicator": ["hdi", "zzz"],
                       "pillar": ["economy", None]})
    shown = display_frame(df, {"economy": "Ekonomi Cerdas"}, {"hdi": "IPM"})
    for c in ("cities_ranked", "share", "value", "rank"):
        assert pd.api.types.is_numeric_dtype(shown[c]), c                  # numbers stay numbers
    assert shown["indicator"].tolist() == ["IPM", "zzz"] and shown["pillar"].tolist() == ["Ekonomi Cerdas", "—"]
    kinds = display_frame(pd.DataFrame({"kind": ["strength", "weakness"]}))["kind"].tolist()
    assert kinds == ["kekuatan", "kelemahan"]                              # strengths table: its kind in Indonesian
    assert np.isnan(df["cities_ranked"].iloc[0]) and df["indicator"].iloc[0] == "hdi"   # the CSV frame untouched
    shown = _shown(localized(df[["year", "cities_ranked", "share", "value"]], "id"))
    assert shown.iloc[0].tolist() == ["2020", MISSING, "0,12", "1.234,6"]


def test_localized_writes_indonesian_numbers_and_keeps_the_values():
    """Indonesian table numbers in the language's format whatever the browser's locale (Streamlit's "localized"
    follows the browser, "%.1f" always writes a point): whole numbers with separators, years without, one
    decimal, two below 1. The text rides on a Styler; the values underneath are the frame's own."""
    from ui.downloads import localized
    df = pd.DataFrame({"population": [1791789], "score": [81.834], "share": [0.1234], "year": [2023],
                       "rank": [118], "name": ["Kota Makassar"]})
    styler = localized(df, "id")
    shown = _shown(styler)                                     # what the table shows, cell by cell
    assert shown.iloc[0].tolist() == ["1.791.789", "81,8", "0,12", "2023", "118", "Kota Makassar"]
    assert styler.data.equals(df)                              # the values (sorting, AppTest, downloads) unchanged
    assert isinstance(localized(df[["name"]], "id"), pd.DataFrame)       # nothing to format: the frame itself


def test_english_numbers_use_printf_formats_that_ignore_the_browser_locale():
    """English: no Styler (10–100 ms a table); Streamlit writes "%,d" and "%,.1f" the English way in any browser
    (checked in Chromium with locale id-ID), "localized" would not."""
    from ui.downloads import localized, number_column
    df = pd.DataFrame({"population": [1791789], "score": [17889.456], "share": [0.1234], "cohort_year": [2023],
                       "name": ["Kota Makassar"]})
    assert localized(df, "en") is df
    formats = {c: number_column(c, df[c], c, "en").get("type_config", {}).get("format") for c in df.columns}
    assert formats == {"population": "%,d", "score": "%,.1f", "share": "%,.2f", "cohort_year": "%d", "name": None}
    assert number_column("x", df["score"], "score", "id").get("type_config", {}).get("format") is None


def test_an_index_already_on_0_100_is_shown_once():
    """Compare and Region showed "Index (scale of the method)" and "Index (0–100)" side by side with the same
    numbers under the open lens (its method is on 0–100). The table shows one; the CSV keeps both. A z-score
    index (another scale) keeps both columns."""
    from ui.downloads import _visible
    same = pd.DataFrame({"name": ["A", "B", "C"], "index": [81.5, np.nan, 60.0], "index_100": [81.5, np.nan, 60.0]})
    other = same.assign(index=[0.52, np.nan, -0.31])
    assert _visible(same, None) == ["name", "index_100"]
    assert _visible(other, None) == ["name", "index", "index_100"]
    assert list(same.columns) == ["name", "index", "index_100"]          # the frame (and its CSV) untouched


def test_an_index_that_reads_as_its_rounded_0_100_form_is_shown_once():
    """The open trend's ``index`` (80.136…) beside ``index_100`` (80.1, the same number rounded to one decimal)
    read alike; a different scale (0–4: 3.2 beside 80.0) keeps both."""
    from ui.downloads import _visible
    near = pd.DataFrame({"name": ["A", "B"], "index": [80.136376, 60.04999], "index_100": [80.1, 60.0]})
    four = pd.DataFrame({"name": ["A", "B"], "index": [3.2, 2.4], "index_100": [80.0, 60.0]})
    off = near.assign(index=[80.2, 60.0])                         # 0.1 apart: another number
    assert _visible(near, None) == ["name", "index_100"]
    assert _visible(four, None) == ["name", "index", "index_100"]
    assert _visible(off, None) == ["name", "index", "index_100"]
