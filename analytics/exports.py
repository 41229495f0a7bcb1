"""Exports of the summaries the app and the CLI show: CSV (UTF-8), with cells a spreadsheet would run as a
formula neutralised, and file names that say what and when."""

from __future__ import annotations

import datetime as dt
import re

import pandas as pd

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise_formulas(df: pd.DataFrame) -> pd.DataFrame:
    """Prefix text cells that start with = + - @ tab or CR with a single quote (OWASP CSV injection)."""
    out = df.copy()
    for col in out.columns:
        s = out[col]
        if s.dtype == object or pd.api.types.is_string_dtype(s):
            txt = s.astype("string")
            risky = txt.str.startswith(_FORMULA_START).fillna(False).astype(bool)
            if risky.any():
                out[col] = s.astype(object).where(~risky, "'" + txt.astype(object))
    return out


def to_csv_bytes(df: pd.DataFrame) -> bytes:
    return neutralise_formulas(df).to_csv(index=False, lineterminator="\n").encode("utf-8")


def export_filename(what: str, ext: str, filters: dict | None = None, when: dt.datetime | None = None) -> str:
    """``kota-cerdas_<what>[_<filters>]_<YYYYmmdd-HHMM>.<ext>``, safe on every OS."""
    parts = ["kota-cerdas", what]
    for k, v in (filters or {}).items():
        if v not in (None, "", False):
            parts.append(f"{k}-{v}")
    parts.append((when or dt.datetime.now()).strftime("%Y%m%d-%H%M"))
    name = "_".join(re.sub(r"[^A-Za-z0-9.\-]+", "-", str(p)) for p in parts)
    return f"{name}.{ext}"
