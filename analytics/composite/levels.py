"""Maturity levels of the ITB Garuda Smart City model (ad hoc -> initial -> scattered -> integrated -> smart).

Thresholds are data (``data/framework/maturity_levels.csv``), defined on the 0–100 scale of the index:
ad hoc [0,20), initial [20,40), scattered [40,60), integrated [60,80), smart [80,100]. An index on the
ministry's 0–4 evaluation scale (normalisation ``none``) maps to 0–100 by ``× 25`` (see :func:`to_100`).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from analytics.domain import to_index_scale

LEVELS_FILE = "maturity_levels.csv"


def levels_csv() -> Path:
    """The maturity-level thresholds in the data folder (``KOTA_CERDAS_DATA_DIR`` moves it too)."""
    from analytics import paths
    return paths.framework_dir() / LEVELS_FILE
LEVEL_COLUMNS = ("level", "order", "name_en", "name_id", "min_score", "max_score", "scale")


def load_levels(path: str | Path | None = None) -> pd.DataFrame:
    """Read the maturity levels (default ``data/framework/maturity_levels.csv``), sorted by ``order``.

    Checks that the intervals are contiguous and increasing (each ``min_score`` equals the previous
    ``max_score``).
    """
    path = Path(path) if path is not None else levels_csv()
    df = pd.read_csv(path, dtype={"level": str, "name_en": str, "name_id": str, "scale": str})
    missing = [c for c in LEVEL_COLUMNS if c not in df.columns]
    if missing:
        raise ValueError(f"{path}: missing column {missing[0]!r}")
    df = df.sort_values("order", kind="stable").reset_index(drop=True)
    lo = df["min_score"].to_numpy(dtype=float)
    hi = df["max_score"].to_numpy(dtype=float)
    if not (np.all(hi > lo) and np.allclose(lo[1:], hi[:-1])):
        raise ValueError(f"{path}: level intervals must be increasing and contiguous")
    return df


to_100 = to_index_scale   # a score on [lo, hi] (default the 0–4 evaluation scale) on 0–100


def maturity_level(score_100: pd.Series, levels_df: pd.DataFrame | None = None) -> pd.Series:
    """Maturity level of each 0–100 score as an ordered categorical Series (categories = level codes).

    Intervals are ``[min_score, max_score)``; the top level also includes its ``max_score``. NaN or scores
    outside ``[min of first, max of last]`` give NaN.
    """
    levels_df = load_levels() if levels_df is None else levels_df.sort_values("order", kind="stable")
    lo = levels_df["min_score"].to_numpy(dtype=float)
    top = float(levels_df["max_score"].iloc[-1])
    s = pd.Series(score_100) if not isinstance(score_100, pd.Series) else score_100
    x = s.to_numpy(dtype=float, na_value=np.nan)
    idx = np.searchsorted(lo, x, side="right") - 1
    valid = (x >= lo[0]) & (x <= top)  # False for NaN
    codes = np.where(valid, np.clip(idx, 0, len(lo) - 1), -1)
    cat = pd.Categorical.from_codes(codes, categories=list(levels_df["level"]), ordered=True)
    return pd.Series(cat, index=s.index, name="level")
