"""Download buttons that hand out exactly the frame a view shows."""

from __future__ import annotations


import pandas as pd
import streamlit as st

from analytics.io.exports import export_filename, to_csv_bytes, to_xlsx_bytes

XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

from .i18n import t


def csv_download(df: pd.DataFrame, what: str, *, filters: dict | None = None, key: str | None = None) -> None:
    """CSV and XLSX download buttons for ``df`` (UTF-8, spreadsheet-formula cells neutralised; the workbook adds an
    "about" sheet with the filters and a synthetic-data note where it applies). The bytes are built when the
    button is clicked, not on every run."""
    key = key or f"dl-{what}"
    c1, c2 = st.columns(2, width=420)
    c1.download_button(t("download.csv"), lambda: to_csv_bytes(df), file_name=export_filename(what, "csv", filters),
                       mime="text/csv", help=t("download.help"), key=key, icon=":material/download:",
                       on_click="ignore", width="stretch")
    c2.download_button(t("download.xlsx"), lambda: to_xlsx_bytes(df, title=what, filters=filters),
                       file_name=export_filename(what, "xlsx", filters), mime=XLSX_MIME, help=t("download.help"),
                       key=f"{key}-xlsx", icon=":material/table_view:", on_click="ignore", width="stretch")


# code columns whose values are shown translated (the CSV keeps the codes): column → message key prefix
CODE_LABELS = {"level": "map.level.", "type": "type.", "size_class": "size.", "status": "status."}


def display_frame(df: pd.DataFrame, pillar_names: dict[str, str] | None = None) -> pd.DataFrame:
    """``df`` for people: coded values translated (levels, types, size classes, statuses, pillar codes), text
    cells without a value shown as "—". Numbers keep their values (the column config formats them)."""
    from .messages import MESSAGES
    out = df.copy()
    for c in out.columns:
        col = out[c]
        if pd.api.types.is_numeric_dtype(col) or pd.api.types.is_bool_dtype(col):
            continue
        prefix = CODE_LABELS.get(c)
        if prefix is not None:
            col = col.map(lambda v, p=prefix: t(f"{p}{v}") if f"{p}{v}" in MESSAGES else v)
        if pillar_names and c in ("pillar", "strength", "weakness"):
            col = col.map(lambda v: pillar_names.get(v, v))
        out[c] = col.astype(object).where(col.notna(), "—")
    return out


def _number_config(df: pd.DataFrame, label: str, c: str):
    """Whole numbers with separators; other numbers with one decimal (two for values below 1 in size, e.g.
    shares, concentration indices); missing shows empty, never "None"."""
    col = df[c]
    if pd.api.types.is_bool_dtype(col) or not pd.api.types.is_numeric_dtype(col):
        return st.column_config.Column(label)
    v = pd.to_numeric(col, errors="coerce").dropna()
    if pd.api.types.is_integer_dtype(col) or (len(v) and (v == v.round()).all()):
        fmt = "%d" if c in ("year", "as_of", "cohort_year", "eval_year", "value_year") or c.endswith("_year") \
            else "localized"
        return st.column_config.NumberColumn(label, format=fmt)
    small = len(v) > 0 and v.abs().max() <= 1
    return st.column_config.NumberColumn(label, format="%.2f" if small else "%.1f")


def table_with_download(df: pd.DataFrame, what: str, key: str, filters: dict | None = None, *,
                        headers: dict[str, str] | None = None, pin: tuple[str, ...] = ("name",), **kw) -> None:
    """A table for people (translated headers — ``region.col.<column>`` keys or ``headers`` — codes translated,
    numbers rounded, "—" for missing text, the name column pinned) and links for URL columns, followed by the
    CSV/XLSX downloads of exactly that frame with its machine values and codes."""
    from .messages import MESSAGES
    labels = {c: t(f"region.col.{c}") for c in df.columns if f"region.col.{c}" in MESSAGES}
    labels.update({c: h for c, h in (headers or {}).items() if c in df.columns})
    cfg = {c: _number_config(df, labels.get(c, c), c) for c in df.columns}
    for c in df.columns:
        if c in pin:
            cfg[c] = st.column_config.Column(labels.get(c, c), pinned=True)
    for c in ("source_url", "reported_source"):
        if c in df.columns and f"region.col.{c}" in MESSAGES:
            cfg[c] = st.column_config.LinkColumn(t(f"region.col.{c}"))
    st.dataframe(display_frame(df), hide_index=True, column_config=cfg, **kw)
    csv_download(df, what, filters=filters, key=key)
