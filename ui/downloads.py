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


def table_with_download(df: pd.DataFrame, what: str, key: str, filters: dict | None = None, *,
                        headers: dict[str, str] | None = None, **kw) -> None:
    """A table with translated headers (``region.col.<column>`` keys, or ``headers``: column → translated text)
    and links for URL columns, followed by the CSV download of exactly that frame."""
    from .messages import MESSAGES
    cfg = {c: st.column_config.Column(t(f"region.col.{c}")) for c in df.columns if f"region.col.{c}" in MESSAGES}
    cfg.update({c: st.column_config.Column(h) for c, h in (headers or {}).items() if c in df.columns})
    for c in ("source_url", "reported_source"):
        if c in df.columns and f"region.col.{c}" in MESSAGES:
            cfg[c] = st.column_config.LinkColumn(t(f"region.col.{c}"))
    st.dataframe(df, hide_index=True, column_config=cfg, **kw)
    csv_download(df, what, filters=filters, key=key)
