"""Reading framework and indicator files, and the export table.

Errors are :class:`EngineInputError` with a one-line message naming the file, the row (CSV line number,
header = line 1) and the column.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from .framework import Framework, FrameworkError
from .index import IndexResult, IndexSettings, compute_index
from .levels import maturity_level
from .ranks import rank_units

LONG_COLUMNS = ("unit", "indicator", "value")
MISSING_TOKENS = ("", "NA", "NaN", "nan", "null", "NULL")


class EngineInputError(ValueError):
    """Invalid input file; one line naming file, row and column."""


def read_framework_csv(path: str | Path) -> Framework:
    """Read and validate a framework CSV (columns node, parent, weight, direction, ...)."""
    path = Path(path)
    if not path.is_file():
        raise EngineInputError(f"{path}: file not found")
    try:
        return Framework.from_csv(path)
    except FrameworkError as exc:
        raise EngineInputError(str(exc)) from exc


def read_long_data(path: str | Path, framework: Framework | None = None) -> pd.DataFrame:
    """Read a long CSV ``unit, indicator, value`` into a wide float DataFrame (units x indicators).

    Unit ids and indicator codes are read as text (so "73.10" stays "73.10"). Empty value, ``NA`` or ``NaN``
    is missing. With ``framework``, indicators not in the framework are errors and the columns follow the
    framework's indicator order (indicators with no rows become all-NaN columns); otherwise columns are in
    order of first appearance. Units keep their order of first appearance.
    """
    path = Path(path)
    if not path.is_file():
        raise EngineInputError(f"{path}: file not found")
    try:
        df = pd.read_csv(path, dtype=str, keep_default_na=False)
    except (pd.errors.ParserError, pd.errors.EmptyDataError, UnicodeDecodeError) as exc:
        raise EngineInputError(f"{path}: cannot read CSV: {exc}".replace("\n", " ")) from exc
    df.columns = [str(c).strip() for c in df.columns]
    for col in LONG_COLUMNS:
        if col not in df.columns:
            raise EngineInputError(f"{path}: row 1: missing column {col!r} (need {', '.join(LONG_COLUMNS)})")
    line = np.arange(len(df)) + 2
    unit = df["unit"].str.strip()
    ind = df["indicator"].str.strip()
    raw = df["value"].str.strip()
    for col, s in (("unit", unit), ("indicator", ind)):
        empty = (s == "").to_numpy()
        if empty.any():
            i = int(np.argmax(empty))
            raise EngineInputError(f"{path}: row {line[i]}: column {col!r}: empty")
    if framework is not None:
        known = set(framework.indicators)
        unknown = (~ind.isin(known)).to_numpy()
        if unknown.any():
            i = int(np.argmax(unknown))
            hint = " (it is an aggregate, not an indicator)" if ind.iloc[i] in set(framework.aggregates) else ""
            raise EngineInputError(f"{path}: row {line[i]}: column 'indicator': {ind.iloc[i]!r} "
                                   f"is not an indicator of the framework{hint}")
    missing = raw.isin(MISSING_TOKENS)
    value = pd.to_numeric(raw.where(~missing), errors="coerce")
    bad = (value.isna() & ~missing).to_numpy()
    if bad.any():
        i = int(np.argmax(bad))
        raise EngineInputError(f"{path}: row {line[i]}: column 'value': non-numeric value {raw.iloc[i]!r}")
    dup = pd.DataFrame({"u": unit, "i": ind}).duplicated(keep=False).to_numpy()
    if dup.any():
        rows = line[dup]
        key = pd.DataFrame({"u": unit, "i": ind})[dup]
        first = key.iloc[0]
        same = rows[((key["u"] == first["u"]) & (key["i"] == first["i"])).to_numpy()]
        raise EngineInputError(f"{path}: row {same[1]}: columns 'unit','indicator': duplicate "
                               f"{first['u']!r} x {first['i']!r} (also row {same[0]})")
    long = pd.DataFrame({"unit": unit, "indicator": ind, "value": value.astype(float)})
    wide = long.pivot(index="unit", columns="indicator", values="value")
    wide = wide.reindex(index=pd.unique(unit),
                        columns=framework.indicators if framework is not None else pd.unique(ind))
    wide.index.name, wide.columns.name = "unit", None
    return wide.astype(float)


def export_table(result: IndexResult, ranks: pd.Series | None = None) -> pd.DataFrame:
    """One row per unit: every aggregate's score (root first, then top-down), the index ``rank``
    (default: competition rank of the index), and for absolute scales (normalisation ``none`` or
    ``goalposts``) ``score_100`` and the maturity ``level``. Sorted by rank, unranked last."""
    fw = result.framework
    order = list(reversed(fw.aggregation_order))
    out = result.aggregated[order].copy()
    if ranks is None:
        ranks = rank_units(result.scores)
    out["rank"] = ranks.reindex(out.index).astype("Int64")
    if result.settings.normalisation in ("none", "goalposts") and result.score_100 is not None:
        out["score_100"] = result.score_100
        out["level"] = maturity_level(result.score_100)
    out.index.name = "unit"
    key = out["rank"].astype("Float64").fillna(np.inf)
    return out.iloc[np.argsort(key.to_numpy(dtype=float), kind="stable")]


def run_on_files(framework_path: str | Path, data_path: str | Path, normalise: str = "minmax",
                 aggregate: str = "arithmetic", min_share: float = 0.0) -> pd.DataFrame:
    """Read a framework CSV and a long data CSV, compute the index and return :func:`export_table`."""
    fw = read_framework_csv(framework_path)
    data = read_long_data(data_path, fw)
    try:
        settings = IndexSettings(normalisation=normalise, aggregation=aggregate, min_share=min_share)
    except ValueError as exc:
        raise EngineInputError(str(exc)) from exc
    return export_table(compute_index(data, fw, settings))
