"""Monte Carlo uncertainty analysis of the index ranks (JRC/OECD handbook, COINr ``get_sensanalysis`` idea).

Uncertain choices, sampled independently per replication with ``numpy.random.default_rng(seed)``:

``weights``
    every node weight (all levels) multiplied by ``U(1 - spread, 1 + spread)`` (default spread 0.25);
    weights are re-scaled to sum 1 inside each group by the aggregation itself.
``normalisation``
    drawn uniformly from ``normalisations`` (default minmax, zscore, rank, goalposts).
``aggregation``
    drawn uniformly from ``aggregations`` (default arithmetic, geometric), applied at every level. The geometric
    mean is undefined for z-scores (negative values): a replication that draws ``zscore`` is aggregated
    arithmetically whatever it drew. For the other normalisations a zero makes the geometric mean 0
    (see :mod:`.aggregate`).

The draws for all three choices are always made, in that order, so a run varying only one choice uses the same
random numbers for it as the full run; choices not varied take their nominal value.

Vectorised across replications: all normalisations are computed once, the weights form an
``(n x edges)`` matrix, groups whose children are indicators are aggregated for all replications at once by
matrix products (one per normalisation), deeper levels by ``einsum``; ranks come from ``argsort`` on the
``(n x units)`` score matrix. Python loops run over aggregate nodes and normalisation methods only.

Ranks are competition ranks (ties share the best rank, :func:`.ranks.rank_matrix`) of each replication's index
as it would be shown — rounded once on 0–100 (:func:`.index.display_scores`) — so the nominal ranks equal the
maturity table's; a unit whose index is NaN in a replication ranks after all others. A replication that
aggregates geometrically at any level uses min-max/goalposts/rank values on [1, 100] (as
:func:`.index.compute_index` does), so no unit is zeroed by one national minimum.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np
import pandas as pd

from .aggregate import method_for_levels, share_for_levels
from .framework import Framework
from .index import GEOMETRIC_RESCALED, IndexResult, IndexSettings, compute_index, display_scores
from .normalise import normalise_array, resolve_directions, resolve_goalposts
from analytics.domain import GEOMETRIC_FLOOR, INDEX_MAX
from .ranks import rank_matrix

CHOICES = ("weights", "normalisation", "aggregation")
DEFAULT_NORMALISATIONS = ("minmax", "zscore", "rank", "goalposts")
DEFAULT_AGGREGATIONS = ("arithmetic", "geometric")


@dataclass(frozen=True, eq=False)
class UncertaintyResult:
    """Outcome of :func:`run_uncertainty`.

    ranks: per unit ``nominal`` (Int64, NaN unranked), ``median``, ``p05``, ``p95`` of the replication ranks.
    rank_matrix: ``(n, units)`` int32 ranks, columns in the order of ``units``.
    sensitivity: one row per varied choice: ``mean_abs_rank_shift`` (mean over replications and units of
    ``|rank - nominal rank|`` when only that choice varies) and ``max_abs_rank_shift``.
    replications: per replication the normalisation and aggregation used and the weight factors.
    """

    ranks: pd.DataFrame
    rank_matrix: np.ndarray
    units: pd.Index
    sensitivity: pd.DataFrame
    replications: pd.DataFrame
    nominal: IndexResult
    seed: int
    vary: tuple[str, ...]


@dataclass(frozen=True)
class _Draws:
    factors: np.ndarray   # (n, edges) weight multipliers
    norm_idx: np.ndarray  # (n,) index into normalisations
    agg_idx: np.ndarray   # (n,) index into aggregations


def _draw(n: int, seed: int, n_edges: int, spread: float, n_norm: int, n_agg: int) -> _Draws:
    rng = np.random.default_rng(seed)
    factors = rng.uniform(1.0 - spread, 1.0 + spread, size=(n, n_edges))
    norm_idx = rng.integers(0, n_norm, size=n)
    agg_idx = rng.integers(0, n_agg, size=n)
    return _Draws(factors, norm_idx, agg_idx)


class _Engine:
    """Precomputed pieces shared by the replication runs of one analysis."""

    def __init__(self, data: pd.DataFrame, framework: Framework, nominal: IndexSettings,
                 normalisations: Sequence[str]) -> None:
        self.fw = framework.with_weights(nominal.weights)
        self.nominal = nominal
        self.indicators = self.fw.indicators
        x = data[self.indicators].to_numpy(dtype=float, na_value=np.nan)
        d = resolve_directions(self.fw.directions, pd.Index(self.indicators))
        lo, hi = resolve_goalposts(nominal.goalposts, pd.Index(self.indicators))
        self.methods = list(dict.fromkeys([nominal.normalisation, *normalisations]))
        plain = [normalise_array(x, m, d, lo, hi) for m in self.methods]
        # entries M.. 2M-1: the same normalisations on [1, 100] where a geometric mean follows (COINr)
        positive = [GEOMETRIC_FLOOR + v * ((INDEX_MAX - GEOMETRIC_FLOOR) / INDEX_MAX) if m in GEOMETRIC_RESCALED
                    else v for m, v in zip(self.methods, plain)]
        self.norm_stack = np.stack(plain + positive)                                     # (2M, u, k)
        self.present = ~np.isnan(x)                                                         # (u, k)
        self.col = {c: j for j, c in enumerate(self.indicators)}
        self.edges = [nd for nd in self.fw.nodes if nd != self.fw.root]
        self.edge_idx = {nd: e for e, nd in enumerate(self.edges)}
        self.w0 = self.fw.weights.reindex(self.edges).to_numpy(dtype=float)
        self.nominal_methods = method_for_levels(nominal.aggregation, self.fw)
        self.shares = share_for_levels(nominal.min_share, self.fw)
        self.n_units = x.shape[0]

    def run(self, weights: np.ndarray, norm_of_rep: np.ndarray, geo_of_rep: np.ndarray | None) -> np.ndarray:
        """Root scores (n, units). weights: (n, edges); norm_of_rep: (n,) index into ``self.methods``;
        geo_of_rep: (n,) bool (geometric at every level) or None for the nominal per-level methods."""
        fw, n, u = self.fw, weights.shape[0], self.n_units
        is_z = np.array([m == "zscore" for m in self.methods])[norm_of_rep]
        any_geo = (geo_of_rep & ~is_z) if geo_of_rep is not None else np.full(n, self.nominal.uses_geometric())
        norm_of_rep = norm_of_rep + len(self.methods) * any_geo          # the [1, 100] stack for geometric reps
        values: dict[str, np.ndarray] = {}     # aggregate -> (n, u)
        presence: dict[str, np.ndarray] = {}   # node -> (u,) rep-invariant presence
        for j, c in enumerate(self.indicators):
            presence[c] = self.present[:, j]
        gathered: np.ndarray | None = None     # (n, u, k), built only for deep trees
        reps = np.arange(n)
        for node in fw.aggregation_order:
            kids = list(fw.children(node))
            P = np.column_stack([presence[k] for k in kids])                # (u, c)
            W = weights[:, [self.edge_idx[k] for k in kids]]                # (n, c)
            if geo_of_rep is None:
                geo = np.full(n, self.nominal_methods[node] == "geometric")
            else:
                geo = geo_of_rep.copy()
            geo &= ~is_z
            share = P.sum(axis=1) / len(kids)
            has_weight = (P & (self.w0[[self.edge_idx[k] for k in kids]] > 0)).any(axis=1)
            ok = (share >= self.shares[node]) & has_weight & P.any(axis=1)
            Pf = P.astype(float)
            den = Pf @ W.T                                                   # (u, n)
            with np.errstate(invalid="ignore", divide="ignore"):
                if all(k in self.col for k in kids):
                    cols = [self.col[k] for k in kids]
                    out = np.empty((n, u))
                    for m in np.unique(norm_of_rep):
                        sel = reps[norm_of_rep == m]
                        Xm = np.where(P, self.norm_stack[m][:, cols], 0.0)   # (u, c)
                        Ws = W[sel]
                        res = (Xm @ Ws.T) / den[:, sel]                     # arithmetic (u, s)
                        g = geo[sel]
                        if g.any():
                            if (Xm < 0).any():
                                raise ValueError(f"geometric mean of {node!r} needs non-negative inputs "
                                                 f"({self.methods[m % len(self.methods)]} gives negatives)")
                            logs = np.log(np.where(Xm > 0, Xm, 1.0))
                            zero = (P & (Xm == 0)).astype(float) @ (Ws[g] > 0).T.astype(float) > 0
                            gres = np.exp((logs @ Ws[g].T) / den[:, sel[g]])
                            res[:, g] = np.where(zero, 0.0, gres)
                        out[sel] = res.T
                elif not any(k in self.col for k in kids):
                    # every child is an aggregate (n, u): accumulate child by child, no (n, u, c) block
                    denT = den.T
                    num = np.zeros((n, u))
                    for i, k in enumerate(kids):
                        num += W[:, i][:, None] * np.where(P[:, i][None, :], values[k], 0.0)
                    out = num / denT
                    if geo.any():
                        gs = np.flatnonzero(geo)
                        lognum = np.zeros((len(gs), u))
                        zero = np.zeros((len(gs), u), dtype=bool)
                        for i, k in enumerate(kids):
                            vk = np.where(P[:, i][None, :], values[k][gs], 0.0)
                            if (vk < 0).any():
                                raise ValueError(f"geometric mean of {node!r} needs non-negative inputs")
                            lognum += W[gs, i][:, None] * np.log(np.where(vk > 0, vk, 1.0))
                            zero |= (vk == 0) & P[:, i][None, :] & (W[gs, i] > 0)[:, None]
                        out[gs] = np.where(zero, 0.0, np.exp(lognum / denT[gs]))
                else:
                    V = np.empty((n, u, len(kids)))
                    for i, k in enumerate(kids):
                        if k in self.col:
                            if gathered is None:
                                gathered = self.norm_stack[norm_of_rep]
                            V[:, :, i] = gathered[:, :, self.col[k]]
                        else:
                            V[:, :, i] = values[k]
                    V = np.where(P[None], V, 0.0)
                    denT = den.T
                    out = np.einsum("nuc,nc->nu", V, W) / denT
                    if geo.any():
                        Vg, Wg = V[geo], W[geo]
                        if (Vg < 0).any():
                            raise ValueError(f"geometric mean of {node!r} needs non-negative inputs")
                        zero = np.einsum("nuc,nc->nu", ((Vg == 0) & P[None]).astype(float),
                                         (Wg > 0).astype(float)) > 0
                        gres = np.exp(np.einsum("nuc,nc->nu", np.log(np.where(Vg > 0, Vg, 1.0)), Wg) / denT[geo])
                        out[geo] = np.where(zero, 0.0, gres)
            out[:, ~ok] = np.nan
            values[node], presence[node] = out, ok
        return values[fw.root]


def _ranks(scores: np.ndarray, methods: np.ndarray, nominal: IndexSettings) -> np.ndarray:
    """Competition ranks of each replication's index as it would be shown (``methods``: the normalisation of
    each replication, which decides the display scale)."""
    shown = np.empty_like(scores, dtype=float)
    for m in np.unique(methods):
        sel = methods == m
        shown[sel] = display_scores(scores[sel], replace(nominal, normalisation=str(m), aggregation="arithmetic"))
    return rank_matrix(shown)


def run_uncertainty(data: pd.DataFrame, framework: Framework | None = None, *, n: int = 1000, seed: int = 0,
                    vary: Sequence[str] = CHOICES, nominal: IndexSettings = IndexSettings(),
                    weight_spread: float = 0.25, normalisations: Sequence[str] = DEFAULT_NORMALISATIONS,
                    aggregations: Sequence[str] = DEFAULT_AGGREGATIONS, sensitivity: bool = True
                    ) -> UncertaintyResult:
    """Monte Carlo over weights, normalisation and aggregation; see the module doc.

    Returns an :class:`UncertaintyResult`. ``sensitivity=False`` skips the one-choice-at-a-time runs.
    """
    framework = framework if framework is not None else Framework.default()
    vary = tuple(dict.fromkeys(vary))
    bad = [v for v in vary if v not in CHOICES]
    if bad:
        raise ValueError(f"unknown choice {bad[0]!r} to vary; choose from {', '.join(CHOICES)}")
    if not 0.0 <= weight_spread < 1.0:
        raise ValueError(f"weight_spread must be in [0, 1) (got {weight_spread!r})")
    if n < 1:
        raise ValueError("n must be >= 1")
    if not normalisations or not aggregations:
        raise ValueError("normalisations and aggregations must not be empty")
    for a in aggregations:
        if a not in ("arithmetic", "geometric"):
            raise ValueError(f"unknown aggregation {a!r}")

    nominal_result = compute_index(data, framework, nominal)  # validates data and settings
    eng = _Engine(nominal_result.data, framework, nominal, normalisations)
    draws = _draw(n, seed, len(eng.edges), weight_spread, len(normalisations), len(aggregations))
    method_pos = {m: i for i, m in enumerate(eng.methods)}
    drawn_norm = np.array([method_pos[m] for m in normalisations])[draws.norm_idx]
    drawn_geo = np.array([a == "geometric" for a in aggregations])[draws.agg_idx]
    w_nominal = np.broadcast_to(eng.w0, (n, len(eng.edges)))

    def simulate(chosen: tuple[str, ...]) -> np.ndarray:
        w = eng.w0 * draws.factors if "weights" in chosen else w_nominal
        norm = drawn_norm if "normalisation" in chosen else np.zeros(n, dtype=int)
        geo = drawn_geo if "aggregation" in chosen else None
        return _ranks(eng.run(w, norm, geo), np.array(eng.methods)[norm], nominal)

    nominal_scores = nominal_result.scores.to_numpy(dtype=float)
    nominal_rank = _ranks(nominal_scores[None, :], np.array([nominal.normalisation]), nominal)[0]
    R = simulate(vary)

    rows = []
    if sensitivity:
        for choice in vary:
            Rc = R if vary == (choice,) else simulate((choice,))
            shift = np.abs(Rc - nominal_rank[None, :])
            rows.append({"choice": choice, "mean_abs_rank_shift": float(shift.mean()),
                         "max_abs_rank_shift": int(shift.max())})
    sens = pd.DataFrame(rows, columns=["choice", "mean_abs_rank_shift", "max_abs_rank_shift"]).set_index("choice")

    units = nominal_result.data.index
    q = np.quantile(R, [0.05, 0.5, 0.95], axis=0)
    nominal_col = pd.Series(nominal_rank, index=units).astype("Int64").where(~np.isnan(nominal_scores))
    ranks = pd.DataFrame({"nominal": nominal_col, "median": q[1], "p05": q[0], "p95": q[2]}, index=units)

    used_norm = np.array(eng.methods)[drawn_norm] if "normalisation" in vary else np.full(n, nominal.normalisation)
    if "aggregation" in vary:
        used_agg = np.where(drawn_geo & (used_norm != "zscore"), "geometric", "arithmetic")
    else:
        used_agg = np.full(n, nominal.aggregation if isinstance(nominal.aggregation, str) else "per-level")
    reps = pd.DataFrame({"normalisation": used_norm, "aggregation": used_agg})
    factors = draws.factors if "weights" in vary else np.ones_like(draws.factors)
    reps = pd.concat([reps, pd.DataFrame(factors, columns=[f"w_{e}" for e in eng.edges])], axis=1)
    reps.index.name = "replication"
    return UncertaintyResult(ranks, R, units, sens, reps, nominal_result, seed, vary)
