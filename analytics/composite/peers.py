"""Peer units: nearest neighbours on pillar profiles, and the ITB population size classes."""

from __future__ import annotations

import numpy as np
import pandas as pd

from analytics.domain import MEDIUM_MAX, SIZE_CLASSES, SMALL_MAX

from .normalise import _minmax



def similar_units(pillar_df: pd.DataFrame, unit: str, k: int = 5, *, same: pd.Series | None = None) -> pd.DataFrame:
    """The ``k`` units most similar to ``unit`` by Euclidean distance on min-max-normalised pillars.

    Pillars are min-max normalised to 0–1 over all units of ``pillar_df`` (constant pillar: 0.5). Missing
    pillars are ignored pairwise: the squared differences over the pillars both units have are scaled up by
    ``n_pillars / n_common`` (as scikit-learn's ``nan_euclidean_distances``); units sharing no pillar with
    ``unit`` are left out. ``same``: Series unit -> group (e.g. type or population class): only units of
    ``unit``'s group are candidates. Ties are broken by unit id.

    Returns a DataFrame indexed by unit (nearest first) with columns ``distance`` and ``n_common``.
    """
    if unit not in pillar_df.index:
        raise KeyError(f"unknown unit {unit!r}")
    x = pillar_df.to_numpy(dtype=float, na_value=np.nan)
    z = _minmax(x, np.ones(x.shape[1])) / 100.0
    target = z[pillar_df.index.get_loc(unit)]
    both = ~np.isnan(z) & ~np.isnan(target)
    n_common = both.sum(axis=1)
    sq = np.where(both, (z - target) ** 2, 0.0).sum(axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        dist = np.sqrt(sq * (z.shape[1] / n_common))
    cand = (n_common > 0) & (pillar_df.index != unit)
    if same is not None:
        g = same.reindex(pillar_df.index)
        own = g.get(unit)
        cand &= (g == own).to_numpy(dtype=bool, na_value=False) if pd.notna(own) else False
    out = pd.DataFrame({"distance": dist, "n_common": n_common}, index=pillar_df.index)[cand]
    out = out.assign(_id=out.index.astype(str)).sort_values(["distance", "_id"], kind="stable")
    return out.drop(columns="_id").head(k)


def population_class(pop: float | pd.Series | np.ndarray) -> str | None | pd.Series:
    """ITB size class: 'small' (< 200k), 'medium' (200k–1M), 'big' (> 1M).

    A scalar gives a str (or None for missing); a Series/array gives an ordered categorical Series.
    """
    scalar = np.ndim(pop) == 0
    x = np.atleast_1d(np.asarray(pop, dtype=float))
    codes = np.where(x < SMALL_MAX, 0, np.where(x <= MEDIUM_MAX, 1, 2))
    codes = np.where(np.isnan(x), -1, codes)
    if scalar:
        return None if codes[0] < 0 else SIZE_CLASSES[codes[0]]
    cat = pd.Categorical.from_codes(codes, categories=list(SIZE_CLASSES), ordered=True)
    index = pop.index if isinstance(pop, pd.Series) else None
    return pd.Series(cat, index=index, name="size_class")
