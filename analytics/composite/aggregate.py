"""Aggregation up the framework tree, level by level (COINr ``Aggregate``).

Each aggregate is computed from its *direct children* (indicators or aggregates of the level below), never
from the leaves directly. Vectorised over units; the Python loop runs over aggregate nodes only.

Missing values
    A group aggregates the children present, with their weights re-scaled to sum to 1. The share of children
    present is **count-based** (COINr ``dat_thresh``): if ``present / n_children < min_share`` the result is NaN
    and flagged "below data threshold". A group with nothing present is NaN (flagged only when
    ``min_share > 0``). A NaN child counts as missing at the next level up. ``min_share`` is one share for
    every group, or a dict level -> share keyed by the level of the aggregate (2 = the first aggregation above
    the indicators; levels not listed use 0), so a tree can ask "any indicator per pillar, 3 of 4 pillars"
    (:func:`share_for_levels`).

Methods
    ``arithmetic``: weighted mean ``sum(w x) / sum(w)``.
    ``geometric``: weighted geometric mean ``exp(sum(w log x) / sum(w))``. Needs non-negative inputs: a
    present zero with positive weight makes the result exactly 0 (no compensation); any negative input raises
    ``ValueError`` (z-scores are therefore invalid for the geometric mean: use arithmetic, or normalise with
    minmax/goalposts/rank first).
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pandas as pd

from .framework import Framework

AGG_METHODS = ("arithmetic", "geometric")

MethodSpec = str | Mapping[int, str]
ShareSpec = float | Mapping[int, float]


def check_share(min_share: ShareSpec) -> None:
    """ValueError unless ``min_share`` is a share in [0, 1] or a dict level -> share in [0, 1]."""
    values = min_share.values() if isinstance(min_share, Mapping) else [min_share]
    for v in values:
        try:
            ok = 0.0 <= float(v) <= 1.0
        except (TypeError, ValueError):
            ok = False
        if not ok:
            raise ValueError(f"min_share must be in [0, 1] (got {v!r})")


def share_for_levels(min_share: ShareSpec, framework: Framework) -> dict[str, float]:
    """Aggregate node -> data threshold: one share for all, or a dict level -> share (unlisted levels 0)."""
    check_share(min_share)
    if not isinstance(min_share, Mapping):
        return {n: float(min_share) for n in framework.aggregation_order}
    levels = framework.levels
    agg_levels = {levels[n] for n in framework.aggregation_order}
    for lev in min_share:
        if lev not in agg_levels:
            raise ValueError(f"min_share given for level {lev!r}, but aggregate levels are {sorted(agg_levels)}")
    return {n: float(min_share.get(levels[n], 0.0)) for n in framework.aggregation_order}


def method_for_levels(method: MethodSpec, framework: Framework) -> dict[str, str]:
    """Aggregate node -> method. ``method`` is one name, or a dict level -> name keyed by the level of the
    aggregate being computed (2 = the first aggregation above the indicators); levels not listed use
    ``arithmetic``."""
    levels = framework.levels
    if isinstance(method, str):
        if method not in AGG_METHODS:
            raise ValueError(f"unknown aggregation {method!r}; choose one of {', '.join(AGG_METHODS)}")
        return {n: method for n in framework.aggregation_order}
    agg_levels = {levels[n] for n in framework.aggregation_order}
    for lev, m in method.items():
        if lev not in agg_levels:
            raise ValueError(f"aggregation given for level {lev!r}, but aggregate levels are {sorted(agg_levels)}")
        if m not in AGG_METHODS:
            raise ValueError(f"unknown aggregation {m!r} for level {lev}; choose one of {', '.join(AGG_METHODS)}")
    return {n: method.get(levels[n], "arithmetic") for n in framework.aggregation_order}


def weighted_mean(values: np.ndarray, weights: np.ndarray, method: str = "arithmetic",
                  min_share: float = 0.0, name: str = "group") -> tuple[np.ndarray, np.ndarray]:
    """Aggregate one group: ``values`` (units x children, NaN = missing) with ``weights`` (children,).

    Returns ``(result, below_threshold)`` arrays of length units.
    """
    values = np.asarray(values, dtype=float)
    if values.shape[1] < _COLUMNWISE_MAX:
        values = np.asfortranarray(values)
    else:
        values = np.ascontiguousarray(values)
    return _weighted_mean(values, weights, method, min_share, name)


# The sums over a group's children run column-wise: the (units x children) block is laid out column by column
# (Fortran order), so each sum adds whole unit vectors, child after child, instead of reducing along every
# short row. For fewer than 8 children numpy's row sum of a C-ordered block also adds the terms in order, so
# both layouts give the same bits; from 8 children on the row sum is pairwise, so wider groups keep the
# C-ordered block (and its bits).
_COLUMNWISE_MAX = 8


def _weighted_mean(values: np.ndarray, weights: np.ndarray, method: str, min_share: float,
                   name: str) -> tuple[np.ndarray, np.ndarray]:
    present = ~np.isnan(values)
    n_children = values.shape[1]
    share = present.sum(axis=1) / n_children
    below = share < min_share
    w = np.where(present, weights, 0.0)
    den = w.sum(axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        if method == "arithmetic":
            num = (np.where(present, values, 0.0) * w).sum(axis=1)
            out = num / den
        elif method == "geometric":
            if (values < 0).any():  # NaN compares False
                raise ValueError(f"geometric mean of {name!r} needs non-negative inputs "
                                 f"(got {np.nanmin(values):.6g}); z-scores are invalid here: use arithmetic")
            zero = (present & (values == 0) & (w > 0)).any(axis=1)
            logs = np.log(np.where(present & (values > 0), values, 1.0))
            out = np.exp((logs * w).sum(axis=1) / den)
            out = np.where(zero, 0.0, out)
        else:
            raise ValueError(f"unknown aggregation {method!r}; choose one of {', '.join(AGG_METHODS)}")
    out = np.where(below | ~(den > 0), np.nan, out)
    return out, below


def aggregate_arrays(normalised: np.ndarray, framework: Framework, method: MethodSpec = "arithmetic", *,
                     min_share: ShareSpec = 0.0) -> tuple[np.ndarray, np.ndarray]:
    """:func:`aggregate_with_flags` on arrays: ``normalised`` is (units x indicators) in the order of
    ``framework.indicators``; returns ``(scores, flags)`` of shape (units x aggregates), columns in
    :attr:`Framework.aggregation_order` (root last). The engine's hot path: no labels are looked up."""
    shares = share_for_levels(min_share, framework)
    plan = framework.plan
    methods = method_for_levels(method, framework)
    n_units, n_ind = normalised.shape[0], len(plan.indicators)
    order = plan.aggregation_order
    # every node's values in one column-ordered array: indicators first, then the aggregates as computed
    store = np.empty((n_units, n_ind + len(order)), order="F")
    store[:, :n_ind] = normalised
    col = {c: j for j, c in enumerate(plan.indicators)}
    flags = np.empty((n_units, len(order)), dtype=bool, order="F")
    for i, node in enumerate(order):
        idx = [col[k] for k in plan.children[node]]
        if len(idx) >= _COLUMNWISE_MAX:
            block = np.ascontiguousarray(store[:, idx])
        elif idx == list(range(idx[0], idx[0] + len(idx))):
            block = store[:, idx[0]:idx[0] + len(idx)]           # a view, already column-ordered
        else:
            block = np.asfortranarray(store[:, idx])
        store[:, n_ind + i], flags[:, i] = _weighted_mean(block, plan.child_weights[node], methods[node],
                                                          shares[node], node)
        col[node] = n_ind + i
    return store[:, n_ind:], flags


def aggregate_with_flags(normalised: pd.DataFrame, framework: Framework, method: MethodSpec = "arithmetic", *,
                         min_share: ShareSpec = 0.0) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Aggregate every aggregate node of ``framework``.

    Returns ``(scores, flags)``: two DataFrames indexed like ``normalised`` with one column per aggregate (in
    :attr:`Framework.aggregation_order`, root last); ``flags`` is True where the group was below the data
    threshold ``min_share`` (one share, or a dict level -> share).
    """
    shares = share_for_levels(min_share, framework)
    missing = [c for c in framework.indicators if c not in normalised.columns]
    if missing:
        raise ValueError(f"data has no column for indicator {missing[0]!r}")
    x = np.column_stack([normalised[c].to_numpy(dtype=float, na_value=np.nan) for c in framework.indicators]) \
        if framework.indicators else np.empty((len(normalised), 0))
    scores, flags = aggregate_arrays(x, framework, method, min_share=min_share)
    order = framework.aggregation_order
    return (pd.DataFrame(scores, index=normalised.index, columns=order),
            pd.DataFrame(flags, index=normalised.index, columns=order))


def aggregate(normalised: pd.DataFrame, framework: Framework, method: MethodSpec = "arithmetic", *,
              min_share: ShareSpec = 0.0) -> pd.DataFrame:
    """Scores of every aggregate node (see :func:`aggregate_with_flags`)."""
    return aggregate_with_flags(normalised, framework, method, min_share=min_share)[0]
