"""Every table on every page writes its numbers in the page's language: 1.234,5 in Indonesian, 1,234.5 in English,
years as 2023 — whatever the browser's locale (Streamlit's own number formats follow the browser or always write a
point, so an Indonesian page on an English-language laptop showed "81.8" and "1,791,789"). Indonesian: what a
table shows is read from the Styler's display values Streamlit sends; English: the column's printf format, which
Streamlit writes the English way in any browser ("%,d", "%,.1f"). The values underneath stay numbers (they sort)."""

from __future__ import annotations

import json
import re

import pandas as pd
import pytest

from tests.pages.test_all_pages import PAGES, _open
from tests.ui.apptest import navigation_v2, styler_text  # noqa: F401 - fixture

NUMBER = {"id": re.compile(r"[-+]?\d{1,3}(\.\d{3})*(,\d+)?(\s?%)?"),
          "en": re.compile(r"[-+]?\d{1,3}(,\d{3})*(\.\d+)?(\s?%)?")}
YEAR_OR_CODE = re.compile(r"(19|20)\d\d|\d\d(\.\d\d)?")   # a year label or a BPS region code: text by design
QUERY = {"region": {"region": "73.71"}, "compare": {"regions": "73.71,35.10,32.73"}}
MISSING = {"—", "None", "nan", "<NA>"}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_table_writes_numbers_in_the_page_language(navigation_v2, built_db, lang):
    bad, tables = [], 0
    for file, slug in PAGES:
        at = _open(file, slug, {"lang": lang, **QUERY.get(file, {})})
        assert not at.exception, (file, at.exception)
        for i, frame in enumerate(at.dataframe):
            data, shown = frame.value, styler_text(frame)
            tables += 1
            if frame.proto.placeholder != "—":          # a missing value reads "—", never Streamlit's "None"
                bad.append((file, i, "placeholder", frame.proto.placeholder))
            order = list(frame.proto.column_order)          # the columns the table shows (all when empty)
            for c in data.columns:
                col = data[c]
                if order and str(c) not in order:
                    continue
                if pd.api.types.is_bool_dtype(col):
                    continue
                if not pd.api.types.is_numeric_dtype(col):   # numbers written as text sort as text ("10" < "9")
                    texts = [str(v) for v in col.dropna() if str(v) not in MISSING]
                    if (len(texts) > 1 and all(NUMBER[lang].fullmatch(v) for v in texts)
                            and not all(YEAR_OR_CODE.fullmatch(v) for v in texts)):
                        bad.append((file, i, c, "numbers as text", texts[:3]))
                    continue
                values = col.dropna()
                whole = bool(len(values)) and bool((values == values.round()).all())
                years = whole and bool(values.between(1990, 2100).all()) and "year" in str(c).lower()
                if shown is None:                   # written by Streamlit from the column's config
                    fmt = (json.loads(frame.proto.columns or "{}").get(str(c), {}).get("type_config") or {}).get("format")
                    printf = fmt in ("%d", "%,d") if whole else bool(re.fullmatch(r"%,\.\df", fmt or ""))
                    english = lang == "en" and printf
                    if years and fmt == "%,d":
                        bad.append((file, i, c, "a year with a separator", fmt))
                    elif not english and not (whole and (values.abs() < 1000).all()):
                        bad.append((file, i, c, f"no {lang} format ({fmt})", values.head(3).tolist()))
                    continue
                for value, text in zip(col, shown[c].astype(str)):
                    if pd.isna(value) or text in MISSING:
                        continue
                    year_like = whole and 1990 <= value <= 2100 and text == str(int(value))   # a cohort year
                    ok = text == str(int(value)) if years else year_like or bool(NUMBER[lang].fullmatch(text))
                    if not ok:
                        bad.append((file, i, c, text, value))
                        break
    assert tables >= 20, tables
    assert not bad, bad[:10]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_no_table_shows_a_raw_code(navigation_v2, built_db, lang):
    """A coded column (region type, maturity level, status, size class, strength/weakness) shows its label, never
    the code the CSV keeps ("kabupaten", "developing", "strength"): the Map's table showed "kabupaten"."""
    from ui.downloads import CODE_LABELS
    from ui.messages import MESSAGES
    bad, seen = [], 0
    for file, slug in PAGES:
        at = _open(file, slug, {"lang": lang, **QUERY.get(file, {})})
        assert not at.exception, (file, at.exception)
        for i, frame in enumerate(at.dataframe):
            data = frame.value
            for c in set(CODE_LABELS) & set(map(str, data.columns)):
                seen += 1
                raw = sorted({str(v) for v in data[c].dropna()     # a code whose label differs from it
                              if MESSAGES.get(f"{CODE_LABELS[c]}{v}", {}).get(lang, v) != v})
                if raw:
                    bad.append((file, i, c, raw[:3]))
    assert seen >= 3, seen                  # the check reached coded columns (map type, region kind, levels)
    assert not bad, bad
