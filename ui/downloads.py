"""Download buttons that hand out exactly the frame a view shows."""

from __future__ import annotations


import pandas as pd
import streamlit as st

from analytics.io.exports import export_filename, to_csv_bytes, to_xlsx_bytes

XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

from .i18n import t


def csv_download(df: pd.DataFrame, what: str, *, filters: dict | None = None, key: str | None = None):
    """CSV and XLSX download buttons for ``df`` (UTF-8, spreadsheet-formula cells neutralised; the workbook adds an
    "about" sheet with the filters and a synthetic-data note where it applies). The bytes are built when the
    button is clicked, not on every run. Returns the buttons' row, to which a caller may add e.g. a link."""
    key = key or f"dl-{what}"
    row = st.container(horizontal=True, wrap=True, gap="small", vertical_alignment="center")
    with row:                                                     # side by side; one under the other, whole,
        st.download_button(t("download.csv"), lambda: to_csv_bytes(df),  # where they do not fit ("Und…" at 1,024)
                           file_name=export_filename(what, "csv", filters), mime="text/csv", help=t("download.help"),
                           key=key, icon=":material/download:", on_click="ignore", width="content")
        st.download_button(t("download.xlsx"), lambda: to_xlsx_bytes(df, title=what, filters=filters),
                           file_name=export_filename(what, "xlsx", filters), mime=XLSX_MIME, help=t("download.help"),
                           key=f"{key}-xlsx", icon=":material/table_view:", on_click="ignore", width="content")
    return row


MISSING = "—"   # what a table shows for a missing value (st.dataframe's placeholder; Streamlit's own is "None")

# code columns whose values are shown translated (the CSV keeps the codes): column → message key prefix
CODE_LABELS = {"level": "map.level.", "type": "type.", "size_class": "size.", "status": "status.",
               "kind": "region.kind."}


YEAR_COLUMNS = ("year", "as_of", "cohort_year", "eval_year", "value_year")


def _is_year(c: str) -> bool:
    """A column of years (written 2023, never 2,023): ``year``, ``as_of``, ``cohort_year``, ``data_year_min``…"""
    return c in YEAR_COLUMNS or "year" in c.split("_")


def _decimals(col: pd.Series, c: str) -> int:
    """Whole numbers none; other numbers one decimal (two for values below 1 in size: shares, indices)."""
    v = pd.to_numeric(col, errors="coerce").dropna()
    if pd.api.types.is_integer_dtype(col) or (len(v) and (v == v.round()).all()):
        return 0
    return 2 if len(v) and v.abs().max() <= 1 else 1


def display_frame(df: pd.DataFrame, pillar_names: dict[str, str] | None = None,
                  indicator_names: dict[str, str] | None = None) -> pd.DataFrame:
    """``df`` for people: coded values translated (levels, types, size classes, statuses; pillar and indicator
    codes when their names are given), text cells without a value shown as "—". Numbers keep their values, missing
    ones too: they sort by value, :func:`localized` writes them, the table's placeholder (:data:`MISSING`) shows
    the missing ones."""
    from .messages import MESSAGES
    out = df.copy()
    for c in out.columns:
        col = out[c]
        if pd.api.types.is_numeric_dtype(col):          # numbers and booleans keep their values
            continue
        prefix = CODE_LABELS.get(c)
        if prefix is not None:
            col = col.map(lambda v, p=prefix: t(f"{p}{v}") if f"{p}{v}" in MESSAGES else v)
        if pillar_names and c in ("pillar", "strength", "weakness"):
            col = col.map(lambda v: pillar_names.get(v, v))
        if indicator_names and c == "indicator":
            col = col.map(lambda v: indicator_names.get(v, v))
        out[c] = col.astype(object).where(col.notna(), "—")
    return out


def _names_for(df: pd.DataFrame) -> tuple[dict[str, str] | None, dict[str, str] | None]:
    """The pillar and indicator names in the current language, when ``df`` has such code columns."""
    if not ({"pillar", "strength", "weakness", "indicator"} & set(df.columns)):
        return None, None
    from . import data
    from .i18n import current_language
    ds, lang = data.dataset(), current_language()
    pillars = dict(zip(ds.pillars["code"], ds.pillars["name_id" if lang == "id" else "name_en"]))
    cat = ds.indicators
    indicators = dict(zip(cat["indicator"], cat["short_id" if lang == "id" else "short_en"])) \
        if "indicator" in df.columns and len(cat) else None
    return pillars, indicators


def _is_number(col: pd.Series) -> bool:
    return not pd.api.types.is_bool_dtype(col) and pd.api.types.is_numeric_dtype(col)


def _language(lang: str | None) -> str:
    from .i18n import current_language
    return lang or current_language()


def number_column(label: str, col: pd.Series, c: str, lang: str | None = None):
    """The column config of ``col`` in a table: whole numbers with separators, years without, other numbers with
    one decimal (two for values below 1 in size, e.g. shares), in the page's language whatever the browser's
    locale. English: printf formats ("%,d", "%,.1f": Streamlit writes them the English way everywhere, at no cost).
    Indonesian: no format of its own — the text comes from :func:`localized`'s Styler. (Streamlit's "localized"
    follows the *browser's* locale, and "%.1f" always writes a point: an Indonesian page showed "81.8".)"""
    if not _is_number(col):
        return st.column_config.Column(label)
    if _language(lang) != "en":
        return st.column_config.NumberColumn(label)
    d = _decimals(col, str(c))
    return st.column_config.NumberColumn(label, format="%d" if _is_year(str(c)) else "%,d" if d == 0 else f"%,.{d}f")


LINK_TEXT = r"https?://(?:www\.)?([^/?#]+)"     # a source's address shown as its site: "jakartaglobe.id"


def link_column(label: str | None = None):
    """A column of source addresses: each shown as its site's name (``LINK_TEXT``), a click opens the whole
    address, and the downloads keep it whole."""
    return st.column_config.LinkColumn(label, display_text=LINK_TEXT)


def table_columns(df: pd.DataFrame, labels: dict[str, str], lang: str | None = None) -> dict:
    """The column configs of a table shown as ``localized(df)``: each column's :func:`number_column`."""
    return {c: number_column(labels.get(c, c), df[c], c, lang) for c in df.columns}


def localized(df: pd.DataFrame, lang: str | None = None):
    """``df`` to show in a table with :func:`number_column` configs. In Indonesian, a pandas Styler whose number
    columns carry Babel's text (1.234,5; years as 2023): the table shows the text and still sorts by the values.
    In English, ``df`` itself (the printf formats do it; a Styler costs 10–100 ms a table to marshal). Missing
    values stay missing: the table's ``placeholder`` (:data:`MISSING`) shows them."""
    lang = _language(lang)
    return _styled(df, lang) if lang != "en" else df


def _styled(df: pd.DataFrame, lang: str, places: dict | None = None, signed: tuple = ()):
    """``df`` as a Styler whose number columns show text in ``lang`` (see :func:`number_table` for ``places`` and
    ``signed``; by default years as 2023, whole numbers none, others :func:`_decimals`), "—" where missing."""
    formats = _formats(df, lang, places, signed)
    return _text_styler(df, formats) if formats else df


def _formats(df: pd.DataFrame, lang: str, places: dict | None = None, signed: tuple = ()) -> dict:
    """Column → the function that writes its numbers as :func:`_styled` shows them (number columns only)."""
    from .i18n import fmt_number, fmt_percent
    places = dict(places or {})

    def fmt(c, v, default):
        if pd.isna(v):
            return MISSING
        p = places.get(c, default)
        if p == "year":
            return str(int(v))
        if p == "percent":
            return fmt_percent(float(v), 0, lang)
        text = fmt_number(float(v), p(v) if callable(p) else p, lang)
        return "+" + text if c in signed and v > 0 else text

    return {c: (lambda v, c=c, d=("year" if _is_year(str(c)) else _decimals(df[c], str(c))): fmt(c, v, d))
            for c in df.columns if _is_number(df[c])}


def _text_styler(df: pd.DataFrame, formats: dict):
    """What ``df.style.format(formats)`` shows in ``st.dataframe``, at a fraction of its cost: a pandas Styler
    whose translation is handed over ready-made. Streamlit reads of a Styler only ``_compute()`` and, of
    ``_translate()``, the "body" cells' ids and display values and the (here empty) "table_styles" and
    "cellstyle"; pandas' own ``_translate`` builds a dict of classes and attributes for every cell of the frame
    first: ≈ 35 ms for the 514-row re-ranking table, ≈ 10 ms for a table of ten rows — 120 ms of the Methodology
    page's 270 ms (bench/README.md). The cells handed over are the number cells whose text is not already the
    value's own (Streamlit writes each cell handed over into its text copy of the frame, column by column:
    ranks of 1–514 read the same in both languages). A private interface of pandas, as Streamlit uses it (both
    pinned): tests/ui/test_display_frame.py marshals both through Streamlit and checks the tables are the same."""
    sty = df.style
    cols = [(j, formats[c]) for j, c in enumerate(df.columns) if c in formats]
    values = [df.iloc[:, j].tolist() for j, _ in cols]
    body = [[{"id": f"row{r}_col{j}", "display_value": text} for (j, f), vals in zip(cols, values)
             if (text := f(vals[r])) != str(vals[r])] for r in range(len(df))]
    translated = {"uuid": sty.uuid, "table_styles": [], "caption": None, "body": body, "cellstyle": []}
    sty._compute = lambda: sty
    sty._translate = lambda *args, **kwargs: translated
    return sty


def number_table(df: pd.DataFrame, places: dict | None = None, *, signed: tuple = (), column_config=None,
                 lang: str | None = None, **kw) -> None:
    """A table of a page's own figures (columns already named for people) whose number columns stay numbers — they
    sort by value, not as text ("10" before "9") — written in the page's language with the decimals the page
    chose: ``places`` maps a column to its decimals, ``"year"`` (2023), ``"percent"`` (a share as "12%"), or a
    function of the value (e.g. none for values ≥ 1,000); ``signed`` columns write "+3". A missing value reads
    "—". Small tables, so a Styler in either language (English printf formats cannot vary by row or sign)."""
    cfg = dict(column_config or {})
    for c in df.columns:
        if _is_number(df[c]):
            cfg.setdefault(c, st.column_config.NumberColumn(c))
    st.dataframe(_styled(df, _language(lang), places, signed), hide_index=True, column_config=cfg,
                 placeholder=MISSING, **kw)


def people_table(df: pd.DataFrame, headers: dict[str, str] | None = None, **kw) -> None:
    """``df`` shown for people like :func:`table_with_download` (codes named, numbers rounded by column, "—" for
    missing), with no download (the caller offers the machine frame itself)."""
    from .messages import MESSAGES
    labels = {c: t(f"region.col.{c}") for c in df.columns if f"region.col.{c}" in MESSAGES}
    labels.update({c: h for c, h in (headers or {}).items() if c in df.columns})
    cfg = table_columns(df, labels)          # numbers stay numbers (they sort), written in the page's language
    pillar_names, indicator_names = _names_for(df)
    kw.setdefault("column_order", _visible(df, pillar_names))
    st.dataframe(localized(display_frame(df, pillar_names, indicator_names)), hide_index=True,
                 column_config=cfg, placeholder=MISSING, **kw)


def table_with_download(df: pd.DataFrame, what: str, key: str, filters: dict | None = None, *,
                        headers: dict[str, str] | None = None, pin: tuple[str, ...] = ("name",),
                        hide: tuple[str, ...] = (), **kw) -> None:
    """A table for people (translated headers — ``region.col.<column>`` keys or ``headers`` — codes translated,
    numbers rounded, "—" for missing text, the name column pinned) and links for URL columns, followed by the
    CSV/XLSX downloads of exactly that frame with its machine values and codes. ``hide``: columns left off the
    screen but kept in the downloads — context the page already states, e.g. the region's own name and code
    on every row of its trend, or the regions counted in a median that the chart's legend gives."""
    from .messages import MESSAGES
    labels = {c: t(f"region.col.{c}") for c in df.columns if f"region.col.{c}" in MESSAGES}
    labels.update({c: h for c, h in (headers or {}).items() if c in df.columns})
    cfg = table_columns(df, labels)          # numbers stay numbers (they sort), written in the page's language
    for c in df.columns:
        if c in pin:
            cfg[c] = st.column_config.Column(labels.get(c, c), pinned=True)
    for c in ("source_url", "reported_source"):
        if c in df.columns and f"region.col.{c}" in MESSAGES:
            cfg[c] = link_column(t(f"region.col.{c}"))
    pillar_names, indicator_names = _names_for(df)
    kw.setdefault("column_order", [c for c in _visible(df, pillar_names) if c not in hide])
    st.dataframe(localized(display_frame(df, pillar_names, indicator_names)), hide_index=True,
                 column_config=cfg, placeholder=MISSING, **kw)
    csv_download(df, what, filters=filters, key=key)


def _visible(df: pd.DataFrame, pillar_names: dict[str, str] | None) -> list[str]:
    """The columns a table shows: all but a pillar's ``name_en``/``name_id``, which the pillar column already
    shows in the page's language (they stay in the frame and its CSV, for a reader of the other language), and
    an ``index`` on the method's scale whose 0–100 form, ``index_100`` (rounded to one decimal), is the same
    number row by row (a method already on 0–100: two columns that read alike side by side)."""
    hidden = {"name_en", "name_id"} if pillar_names and "pillar" in df.columns else set()
    if {"index", "index_100"} <= set(df.columns) and _is_number(df["index"]) and _is_number(df["index_100"]):
        a, b = df["index"].astype(float), df["index_100"].astype(float)
        if ((a - b).abs().le(0.05 + 1e-9) | (a.isna() & b.isna())).all():
            hidden.add("index")
    return [c for c in df.columns if c not in hidden]
