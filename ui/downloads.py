"""Download buttons that hand out exactly the frame a view shows."""

from __future__ import annotations


import pandas as pd
import streamlit as st

from analytics.exports import export_filename, to_csv_bytes

from .i18n import t


def csv_download(df: pd.DataFrame, what: str, *, filters: dict | None = None, key: str | None = None) -> None:
    """A CSV download button for ``df`` (UTF-8, spreadsheet-formula cells neutralised)."""
    st.download_button(t("download.csv"), to_csv_bytes(df), file_name=export_filename(what, "csv", filters),
                       mime="text/csv", help=t("download.help"), key=key or f"dl-{what}",
                       icon=":material/download:", on_click="ignore")
