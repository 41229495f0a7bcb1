"""Ranks and strengths/weaknesses.

Ranking is *competition* ranking ("min" method, "1224"): tied units share the best rank and the next rank is
skipped; NaN scores are unranked (``<NA>``). By default the highest score ranks 1.
"""

from __future__ import annotations

import numpy as np
import pandas as pd


def rank_matrix(scores: np.ndarray, *, ascending: bool = False) -> np.ndarray:
    """Competition ranks along the last axis of an array (e.g. replications x units), as int32: exactly
    ``scipy.stats.rankdata(method="min")`` (tests/analytics/test_ranks.py checks them against it, ties, signed
    zeros and infinities included). Ties share the best rank. NaN scores rank after every number (sharing the
    rank ``count_present + 1``). The one ranking function: :func:`rank_units` calls it too.

    Computed by :func:`_min_ranks_unstable` rather than by calling scipy: a competition rank depends only on
    the values, so numpy's unstable sort is enough (5x faster than scipy's stable one on the Monte Carlo's
    1,000 x 514), and the app and the CLI do not import ``scipy.stats`` (0.5–1 s per process, more than a
    whole ``export coverage``; bench/bench_cli.py)."""
    s = np.asarray(scores, dtype=float)
    key = s if ascending else -s
    key = np.where(np.isnan(key), np.inf, key)
    if key.size == 0:
        return np.zeros(key.shape, dtype=np.int32)
    return _min_ranks_unstable(key)


def _min_ranks_unstable(key: np.ndarray) -> np.ndarray:
    """``rankdata(key, method="min", axis=-1)`` as int32 for a NaN-free array, from numpy's default (unstable)
    argsort: in sorted order, each value's rank is 1 + the position where its run of equal values starts."""
    n = key.shape[-1]
    order = np.argsort(key, axis=-1)
    ordered = np.take_along_axis(key, order, axis=-1)
    starts = np.empty(key.shape, dtype=bool)
    starts[..., :1] = True
    np.not_equal(ordered[..., 1:], ordered[..., :-1], out=starts[..., 1:])
    first = np.where(starts, np.arange(1, n + 1, dtype=np.int32), np.int32(0))
    np.maximum.accumulate(first, axis=-1, out=first)
    out = np.empty(key.shape, dtype=np.int32)
    np.put_along_axis(out, order, first, axis=-1)
    return out


def rank_units(scores: pd.Series, groups: pd.Series | None = None, *, ascending: bool = False,
               decimals: int | None = None) -> pd.Series:
    """Competition rank of each unit (nullable ``Int64``), optionally within ``groups``; NaN is unranked.

    groups: Series unit -> group (e.g. province or kabupaten/kota); ranks are then within each group and units
    without a group are unranked. decimals: rank the scores rounded to this many decimals (COINr ranks
    scores rounded to 2 dp, so near-ties become ties); pass scores already rounded for display instead
    (:func:`analytics.composite.index.display_scores`) so that shown values and ranks agree.
    """
    s = scores.astype(float)
    if decimals is not None:
        s = s.round(decimals)
    x = s.to_numpy(dtype=float, na_value=np.nan)
    out = np.full(len(x), np.nan)
    if groups is None:
        codes = np.zeros(len(x), dtype=np.int64)
    else:
        codes, _ = pd.factorize(groups.reindex(s.index), use_na_sentinel=True)
    ok = ~np.isnan(x) & (codes >= 0)
    for g in np.unique(codes[ok]):
        sel = np.flatnonzero(ok & (codes == g))
        out[sel] = rank_matrix(x[sel], ascending=ascending)
    return pd.Series(out, index=s.index).astype("Int64").rename("rank")


def strengths_weaknesses(pillar_scores_df: pd.DataFrame, peer_groups: pd.Series | None = None,
                         n: int = 2) -> pd.DataFrame:
    """Each unit's ``n`` best and ``n`` worst pillars relative to the median of its peers.

    Peers are all units, or the units of the same group (``peer_groups``: Series unit -> group); the peer
    median includes the unit itself and ignores NaN. ``diff = score - peer_median``; strengths are the
    largest *positive* diffs, weaknesses the most *negative*: a pillar above its peers' median is never called a
    weakness, nor one below it a strength, and one exactly at the median is neither (a unit above the median on
    every pillar has no weakness; listing its least-strong pillars as "weaknesses" told a reader the opposite of
    the numbers beside them). So no pillar is listed twice. NaN pillars are skipped. Ties keep pillar (column)
    order.

    Returns a tidy DataFrame with columns ``unit, pillar, score, peer_median, diff, kind`` (kind
    ``strength``/``weakness``), per unit strengths first (best first), then weaknesses (worst first).
    """
    df = pillar_scores_df.astype(float)
    if peer_groups is None:
        med = np.broadcast_to(df.median(axis=0, skipna=True).to_numpy(), df.shape)
    else:
        g = peer_groups.reindex(df.index)
        med = df.groupby(g, dropna=False, sort=False).transform("median").to_numpy(dtype=float)
    x = df.to_numpy(dtype=float)
    diff = x - med
    u, p = diff.shape
    key = np.where(np.isnan(diff), np.inf, -diff)
    order = np.argsort(key, axis=1, kind="stable")  # best first, NaN last
    m = (~np.isnan(diff)).sum(axis=1)
    k_s = np.minimum(n, (diff > 0).sum(axis=1))     # best first: the positive diffs lead the order
    k_w = np.minimum(n, (diff < 0).sum(axis=1))     # worst first from the last non-NaN: the negative diffs
    j = np.arange(n)
    s_pos = np.broadcast_to(j, (u, n))
    w_pos = np.clip(m[:, None] - 1 - j[None, :], 0, max(p - 1, 0))
    s_ok = j[None, :] < k_s[:, None]
    w_ok = j[None, :] < k_w[:, None]
    rows = np.repeat(np.arange(u), n)
    parts = []
    for pos, ok, kind in ((s_pos, s_ok, "strength"), (w_pos, w_ok, "weakness")):
        cols = np.take_along_axis(order, pos, axis=1).ravel()
        keep = ok.ravel()
        r, c = rows[keep], cols[keep]
        parts.append(pd.DataFrame({
            "unit": df.index.to_numpy()[r],
            "pillar": df.columns.to_numpy()[c],
            "score": x[r, c],
            "peer_median": med[r, c],
            "diff": diff[r, c],
            "kind": kind,
            "_u": r, "_k": 0 if kind == "strength" else 1, "_j": np.tile(j, u)[keep],
        }))
    out = pd.concat(parts, ignore_index=True).sort_values(["_u", "_k", "_j"], kind="stable")
    return out.drop(columns=["_u", "_k", "_j"]).reset_index(drop=True)
