"""Download buttons that hand out exactly the frame a view shows."""

from __future__ import annotations


import pandas as pd
import streamlit as st

from analytics.io.exports import export_filename, to_csv_bytes

from .i18n import t


def csv_download(df: pd.DataFrame, what: str, *, filters: dict | None = None, key: str | None = None) -> None:
    """A CSV download button for ``df`` (UTF-8, spreadsheet-formula cells neutralised)."""
    st.download_button(t("download.csv"), to_csv_bytes(df), file_name=export_filename(what, "csv", filters),
                       mime="text/csv", help=t("download.help"), key=key or f"dl-{what}",
                       icon=":material/download:", on_click="ignore")


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
