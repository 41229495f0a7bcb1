"""Normalisation of indicators (columns) over the units in scope (rows).

All methods are column-wise, vectorised, ignore missing cells (NaN stays NaN) and apply the indicator
direction (+1 higher is better, -1 lower is better):

``none``
    Identity on the indicator's own scale. Direction -1 is applied as ``lo + hi - x`` with the scale's
    goalposts (default ``(0, 4)``, the ministry's 0–4 evaluation scale), so the value stays on that scale.
``minmax``
    ``100 * (x - min) / (max - min)`` over the units present; for direction -1 ``100 * (max - x) / (max - min)``
    (COINr ``n_minx`` after negating). **Constant column** (max == min, including a single value): every present
    unit gets ``50``, the centre of the scale (COINr would give NaN from 0/0). Choosing the centre keeps the
    indicator in the aggregation and changes no unit's position relative to another.
``goalposts``
    Fixed goalposts ``(lo, hi)`` per indicator, default ``(0, 4)``: ``100 * (x - lo) / (hi - lo)`` (direction -1:
    ``100 * (hi - x) / (hi - lo)``), clipped to ``[0, 100]``.
``zscore``
    ``direction * (x - mean) / sd`` with the sample standard deviation (ddof=1, as COINr ``n_zscore``).
    Constant column or fewer than two values: ``0`` (the mean), consistent with ``minmax``.
``rank``
    Percentile rank on 0–100: ``100 * (r - 1) / (m - 1)`` where ``r`` is the average rank (ties averaged) of
    ``direction * x`` among the ``m`` units present: the worst unit gets 0, the best 100. ``m == 1`` or all tied: 50.
"""

from __future__ import annotations

import warnings
from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd

from analytics.domain import SCORE_MAX, SCORE_MIN

METHODS = ("none", "minmax", "goalposts", "zscore", "rank")
DEFAULT_GOALPOSTS = (SCORE_MIN, SCORE_MAX)   # the ministry's 0–4 evaluation scale

Goalposts = tuple[float, float] | Mapping[str, tuple[float, float]] | pd.DataFrame | None


def resolve_directions(directions: Any, columns: pd.Index) -> np.ndarray:
    """Directions as a float array aligned to ``columns``.

    ``directions`` may be a Series/mapping indicator -> ±1, a Framework (its indicator directions), a scalar
    or an array-like of the columns' length.
    """
    if hasattr(directions, "directions") and not isinstance(directions, (pd.Series, Mapping)):
        directions = directions.directions
    if isinstance(directions, (int, float, np.integer, np.floating)):
        d = np.full(len(columns), float(directions))
    elif isinstance(directions, (pd.Series, Mapping)):
        s = pd.Series(directions, dtype=float) if isinstance(directions, Mapping) else directions.astype(float)
        missing = [c for c in columns if c not in s.index]
        if missing:
            raise ValueError(f"no direction given for indicator {missing[0]!r}")
        d = s.reindex(columns).to_numpy(dtype=float)
    else:
        d = np.asarray(directions, dtype=float).ravel()
        if d.shape[0] != len(columns):
            raise ValueError(f"{d.shape[0]} directions for {len(columns)} indicators")
    bad = ~np.isin(d, (1.0, -1.0))
    if bad.any():
        raise ValueError(f"direction of {columns[int(np.argmax(bad))]!r} must be 1 or -1")
    return d


def resolve_goalposts(goalposts: Goalposts, columns: pd.Index) -> tuple[np.ndarray, np.ndarray]:
    """Goalposts ``(lo, hi)`` as two float arrays aligned to ``columns``.

    ``goalposts`` may be ``None`` (default ``(0, 4)``), one ``(lo, hi)`` pair for all, a mapping
    indicator -> (lo, hi) (unlisted indicators get the default), or a DataFrame with columns ``lo, hi``.
    """
    n = len(columns)
    lo = np.full(n, DEFAULT_GOALPOSTS[0])
    hi = np.full(n, DEFAULT_GOALPOSTS[1])
    if goalposts is None:
        pass
    elif isinstance(goalposts, pd.DataFrame):
        gp = goalposts.reindex(columns)
        lo = np.where(gp["lo"].notna(), gp["lo"].to_numpy(dtype=float), lo)
        hi = np.where(gp["hi"].notna(), gp["hi"].to_numpy(dtype=float), hi)
    elif isinstance(goalposts, Mapping):
        for j, c in enumerate(columns):
            if c in goalposts:
                lo[j], hi[j] = map(float, goalposts[c])
    else:
        a, b = map(float, goalposts)  # one pair for all
        lo[:], hi[:] = a, b
    bad = ~(hi > lo)
    if bad.any():
        raise ValueError(f"goalposts of {columns[int(np.argmax(bad))]!r} need lo < hi")
    return lo, hi


# ---------------------------------------------------------------------------- array kernels (units x indicators)
def _none(x: np.ndarray, d: np.ndarray, lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
    return np.where(d < 0, lo + hi - x, x)


def _minmax(x: np.ndarray, d: np.ndarray) -> np.ndarray:
    y = x * d
    with np.errstate(invalid="ignore", divide="ignore"), warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # all-NaN columns stay NaN
        mn = np.nanmin(y, axis=0) if y.shape[0] else np.full(y.shape[1], np.nan)
        mx = np.nanmax(y, axis=0) if y.shape[0] else np.full(y.shape[1], np.nan)
        rng = mx - mn
        out = (y - mn) / rng * 100.0  # ratio first: the max maps to exactly 100
    const = rng == 0
    if const.any():
        out[:, const] = np.where(np.isnan(x[:, const]), np.nan, 50.0)
    return out


def _goalposts(x: np.ndarray, d: np.ndarray, lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
    out = np.where(d < 0, hi - x, x - lo) * (100.0 / (hi - lo))
    return np.clip(out, 0.0, 100.0)  # NaN passes through clip


def _zscore(x: np.ndarray, d: np.ndarray) -> np.ndarray:
    present = ~np.isnan(x)
    m = present.sum(axis=0)
    with np.errstate(invalid="ignore", divide="ignore"):
        mean = np.nansum(x, axis=0) / m
        dev = np.where(present, x - mean, 0.0)
        sd = np.sqrt((dev * dev).sum(axis=0) / (m - 1))
        out = d * (x - mean) / sd
    degenerate = ~(sd > 0)
    if degenerate.any():
        out[:, degenerate] = np.where(present[:, degenerate], 0.0, np.nan)
    return out


def _rank(x: np.ndarray, d: np.ndarray) -> np.ndarray:
    r = pd.DataFrame(x * d).rank(method="average", na_option="keep").to_numpy(dtype=float)
    m = (~np.isnan(x)).sum(axis=0)
    with np.errstate(invalid="ignore", divide="ignore"):
        out = (r - 1.0) / (m - 1.0) * 100.0
    single = m == 1
    if single.any():
        out[:, single] = np.where(np.isnan(x[:, single]), np.nan, 50.0)
    return out


def normalise_array(x: np.ndarray, method: str, d: np.ndarray,
                    lo: np.ndarray | None = None, hi: np.ndarray | None = None) -> np.ndarray:
    """Normalise a float array (units x indicators) with directions ``d``; see module doc for methods."""
    x = np.asarray(x, dtype=float)
    if lo is None or hi is None:
        lo = np.full(x.shape[1], DEFAULT_GOALPOSTS[0])
        hi = np.full(x.shape[1], DEFAULT_GOALPOSTS[1])
    if method == "none":
        return _none(x, d, lo, hi)
    if method == "minmax":
        return _minmax(x, d)
    if method == "goalposts":
        return _goalposts(x, d, lo, hi)
    if method == "zscore":
        return _zscore(x, d)
    if method == "rank":
        return _rank(x, d)
    raise ValueError(f"unknown normalisation {method!r}; choose one of {', '.join(METHODS)}")


def normalise(data: pd.DataFrame, method: str, directions: Any, *, goalposts: Goalposts = None) -> pd.DataFrame:
    """Normalise every column of ``data`` (units x indicators) with ``method``.

    ``directions``: Series/mapping indicator -> ±1, or a Framework. ``goalposts``: see
    :func:`resolve_goalposts` (used by ``goalposts`` and, for direction -1, by ``none``).
    Returns a float DataFrame with the same index and columns; NaN stays NaN.
    """
    if method not in METHODS:
        raise ValueError(f"unknown normalisation {method!r}; choose one of {', '.join(METHODS)}")
    columns = data.columns
    d = resolve_directions(directions, columns)
    lo, hi = resolve_goalposts(goalposts, columns)
    x = data.to_numpy(dtype=float, na_value=np.nan)
    return pd.DataFrame(normalise_array(x, method, d, lo, hi), index=data.index, columns=columns)
