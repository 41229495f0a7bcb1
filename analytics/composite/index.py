"""Compute a composite index and keep every stage (COINr's "coin" idea, immutable).

``compute_index`` runs normalise -> aggregate and returns an :class:`IndexResult` holding the raw data, the
normalised data, all aggregates, the flags and the settings that produced them. ``rerun`` recomputes only the
stages a change of settings affects (new weights reuse the normalised data).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import FrozenInstanceError, dataclass, replace
from functools import cached_property
from typing import Any

import numpy as np
import pandas as pd

from analytics.domain import GEOMETRIC_FLOOR, INDEX_MAX, round_index

from .aggregate import (AGG_METHODS, MethodSpec, ShareSpec, aggregate_arrays, check_share, method_for_levels,
                        share_for_levels)
from .framework import Framework
from .normalise import METHODS, DEFAULT_GOALPOSTS, Goalposts, normalise_array, resolve_goalposts


def _freeze(value: Any) -> Any:
    """Hashable stand-in for settings values (dicts and DataFrames)."""
    if isinstance(value, pd.DataFrame):
        return tuple(map(tuple, value.reset_index().to_numpy().tolist()))
    if isinstance(value, Mapping):
        return tuple(sorted((str(k), _freeze(v)) for k, v in value.items()))
    if isinstance(value, (list, tuple)):
        return tuple(_freeze(v) for v in value)
    return value


@dataclass(frozen=True)
class IndexSettings:
    """The choices that produce an index.

    normalisation: one of ``none, minmax, goalposts, zscore, rank``.
    aggregation: ``arithmetic``/``geometric`` or a dict level -> method (level of the aggregate).
    weights: dict node -> weight overriding the framework's, or None for the framework's weights.
    min_share: data threshold, the minimum share (count-based) of children present in a group: one share, or a
    dict level -> share (e.g. ``{2: 0.0, 3: 0.75}``: any indicator per pillar, 3 of 4 pillars for the index).
    goalposts: scale goalposts for ``goalposts``/``none`` (one (lo, hi) pair or a dict per indicator);
    None means the 0–4 evaluation scale.
    """

    normalisation: str = "minmax"
    aggregation: MethodSpec = "arithmetic"
    weights: Mapping[str, float] | None = None
    min_share: ShareSpec = 0.0
    goalposts: Goalposts = None

    def __post_init__(self) -> None:
        if self.normalisation not in METHODS:
            raise ValueError(f"unknown normalisation {self.normalisation!r}; choose one of {', '.join(METHODS)}")
        if isinstance(self.aggregation, str) and self.aggregation not in AGG_METHODS:
            raise ValueError(f"unknown aggregation {self.aggregation!r}; choose one of {', '.join(AGG_METHODS)}")
        check_share(self.min_share)

    def __hash__(self) -> int:
        return hash((self.normalisation, _freeze(self.aggregation), _freeze(self.weights),
                     _freeze(self.min_share), _freeze(self.goalposts)))

    def uses_geometric(self) -> bool:
        """True if any level aggregates geometrically."""
        agg = self.aggregation
        return agg == "geometric" if isinstance(agg, str) else "geometric" in agg.values()

    def scale_goalposts(self) -> tuple[float, float] | None:
        """The common (lo, hi) of the raw scale (for ``none``), or None when goalposts differ per indicator."""
        gp = self.goalposts
        if gp is None:
            return DEFAULT_GOALPOSTS
        if isinstance(gp, (Mapping, pd.DataFrame)):
            pairs = ({tuple(map(float, v)) for v in gp.values()} if isinstance(gp, Mapping)
                     else set(map(tuple, gp[["lo", "hi"]].to_numpy(dtype=float).tolist())))
            return pairs.pop() if len(pairs) == 1 else None
        return tuple(map(float, gp))  # type: ignore[return-value]


class _Stage:
    """One stage's values with their labels; the DataFrame is made the first time someone asks for it (and
    then kept), so the engine itself works on arrays. Shared between results when :func:`rerun` reuses a
    stage, so a reused stage is the very same DataFrame."""

    __slots__ = ("values", "index", "columns", "_frame")

    def __init__(self, values: np.ndarray, index: pd.Index, columns, frame: pd.DataFrame | None = None) -> None:
        self.values, self.index, self.columns, self._frame = values, index, columns, frame

    @classmethod
    def of(cls, frame: pd.DataFrame, dtype=float) -> _Stage:
        na = np.nan if dtype is float else False
        return cls(frame.to_numpy(dtype=dtype, na_value=na), frame.index, list(frame.columns), frame)

    def frame(self) -> pd.DataFrame:
        if self._frame is None:
            self._frame = pd.DataFrame(self.values, index=self.index, columns=self.columns)
        return self._frame


class IndexResult:
    """Every stage of one index computation (immutable).

    data: raw indicator data (units x indicators); normalised: after normalisation; aggregated: every aggregate
    (root last); scores: the root's scores; flags: True where a group was below the data threshold;
    score_100: the index on 0–100 (``none``: ``100 (s - lo)/(hi - lo)``, i.e. ×25 on the 0–4 scale;
    minmax/goalposts/rank: already 0–100 — [1, 100] when a geometric mean follows; zscore: None).
    shown: the index as shown, rounded once (:func:`display_scores`): levels and ranks use this.

    The stages are kept as arrays; each DataFrame/Series is built on first access and then kept.
    """

    def __init__(self, data, normalised, aggregated, flags, settings: IndexSettings, framework: Framework) -> None:
        stages = {"_data": data, "_normalised": normalised, "_aggregated": aggregated}
        for name, stage in stages.items():
            object.__setattr__(self, name, stage if isinstance(stage, _Stage) else _Stage.of(stage))
        object.__setattr__(self, "_flags", flags if isinstance(flags, _Stage) else _Stage.of(flags, bool))
        object.__setattr__(self, "settings", settings)
        object.__setattr__(self, "framework", framework)
        root_col = list(self._aggregated.columns).index(framework.root)
        scores = self._aggregated.values[:, root_col]
        object.__setattr__(self, "_scores", scores)
        object.__setattr__(self, "_shown", display_scores(scores, settings))

    def __setattr__(self, name: str, value: Any) -> None:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __repr__(self) -> str:
        return (f"IndexResult(units={len(self._data.index)}, root={self.framework.root!r}, "
                f"settings={self.settings!r})")

    @property
    def data(self) -> pd.DataFrame:
        return self._data.frame()

    @property
    def normalised(self) -> pd.DataFrame:
        return self._normalised.frame()

    @property
    def aggregated(self) -> pd.DataFrame:
        return self._aggregated.frame()

    @property
    def flags(self) -> pd.DataFrame:
        return self._flags.frame()

    @cached_property
    def scores(self) -> pd.Series:
        return pd.Series(self._scores, index=self._data.index, name=self.framework.root)

    @cached_property
    def score_100(self) -> pd.Series | None:
        return _score_100(self.scores, self.settings)

    @cached_property
    def shown(self) -> pd.Series:
        return pd.Series(self._shown, index=self._data.index, name="shown")

    @property
    def scale(self) -> str:
        """Scale of ``scores``: the raw scale for ``none`` (e.g. '0-4'), '0-100', or 'z' for zscore."""
        s = self.settings
        if s.normalisation == "none":
            gp = s.scale_goalposts()
            return f"{gp[0]:g}-{gp[1]:g}" if gp else "raw"
        return "z" if s.normalisation == "zscore" else "0-100"


def _score_100(scores, settings: IndexSettings):
    """``scores`` (a Series or an array) on 0–100, or None (z-scores; ``none`` with per-indicator goalposts)."""
    if settings.normalisation == "zscore":
        return None
    named = hasattr(scores, "rename")
    if settings.normalisation == "none":
        gp = settings.scale_goalposts()
        if gp is None:
            return None
        lo, hi = gp
        out = (scores - lo) * (100.0 / (hi - lo))
        return out.rename("score_100") if named else out
    return scores.rename("score_100") if named else scores


def display_scores(scores: np.ndarray, settings: IndexSettings) -> np.ndarray:
    """The index as users see it, rounded ONCE: on 0–100 to ``INDEX_DECIMALS`` (:func:`analytics.domain.round_index`),
    or z-scores to 2 decimals (COINr's convention). Levels and ranks are computed from these values, so a
    region shown as 80.0 is "smart" and two regions shown with the same value share a rank. Works on any
    array shape (the Monte Carlo ranks replications × units with it)."""
    s100 = _score_100(scores, settings)
    if s100 is None:
        return np.round(np.asarray(scores, dtype=float), 2)
    return round_index(np.asarray(s100, dtype=float))


GEOMETRIC_RESCALED = ("minmax", "goalposts", "rank")


def positive_range(normalised, settings: IndexSettings):
    """COINr: when a geometric mean follows, min-max/goalposts/rank values are mapped from [0, 100] to
    [``GEOMETRIC_FLOOR``, 100], so the national minimum of one indicator does not make a whole aggregate 0."""
    if settings.uses_geometric() and settings.normalisation in GEOMETRIC_RESCALED:
        return GEOMETRIC_FLOOR + normalised * ((INDEX_MAX - GEOMETRIC_FLOOR) / INDEX_MAX)
    return normalised


def _check(data: pd.DataFrame, framework: Framework, settings: IndexSettings) -> np.ndarray:
    """Validate and return the indicator columns of ``data`` as a new float array (units x indicators)."""
    cols = list(framework.plan.indicators)
    if data.columns.equals(framework.plan.indicator_index):
        pos = np.arange(len(cols))
    elif data.columns.is_unique:
        pos = data.columns.get_indexer(framework.plan.indicator_index)
        if (pos < 0).any():
            raise ValueError(f"data has no column for indicator {cols[int(np.argmax(pos < 0))]!r}")
    else:
        missing = [c for c in cols if c not in data.columns]
        if missing:
            raise ValueError(f"data has no column for indicator {missing[0]!r}")
        pos = None
    if settings.normalisation == "zscore" and settings.uses_geometric():
        raise ValueError("geometric aggregation is invalid for zscore normalisation (negative values): "
                         "use arithmetic, or normalise with minmax/goalposts/rank")
    method_for_levels(settings.aggregation, framework)  # validates a per-level dict
    share_for_levels(settings.min_share, framework)    # validates a per-level dict
    if pos is not None and len(pos) == data.shape[1] and (pos == np.arange(len(pos))).all():
        sub = data                                   # already the indicators, in order
    elif pos is not None:
        sub = data.iloc[:, pos]
    else:
        sub = data[cols]
    x = sub.to_numpy(dtype=float, na_value=np.nan, copy=True)
    return x if x.ndim == 2 else x.reshape(len(data), len(cols))


def _normalise_stage(x: np.ndarray, framework: Framework, settings: IndexSettings) -> np.ndarray:
    lo, hi = resolve_goalposts(settings.goalposts, list(framework.plan.indicators))
    return positive_range(normalise_array(x, settings.normalisation, framework.plan.directions, lo, hi), settings)


def _aggregate_stage(normalised: np.ndarray, framework: Framework, settings: IndexSettings
                     ) -> tuple[np.ndarray, np.ndarray]:
    fw = framework.with_weights(settings.weights)
    return aggregate_arrays(normalised, fw, settings.aggregation, min_share=settings.min_share)


def _result(index: pd.Index, raw: _Stage, normalised: _Stage, framework: Framework,
            settings: IndexSettings) -> IndexResult:
    scores, flags = _aggregate_stage(normalised.values, framework, settings)
    order = list(framework.plan.aggregation_order)
    return IndexResult(raw, normalised, _Stage(scores, index, order), _Stage(flags, index, order), settings,
                       framework)


def compute_index(data: pd.DataFrame, framework: Framework | None = None,
                  settings: IndexSettings | None = None) -> IndexResult:
    """Normalise ``data`` (units x indicators) and aggregate it up ``framework`` (default: the six pillars)."""
    framework = framework if framework is not None else Framework.default()
    settings = settings if settings is not None else IndexSettings()
    x = _check(data, framework, settings)
    cols = list(framework.plan.indicators)
    normalised = _normalise_stage(x, framework, settings)
    return _result(data.index, _Stage(x, data.index, cols), _Stage(normalised, data.index, cols), framework,
                   settings)


def rerun(result: IndexResult, **changed: Any) -> IndexResult:
    """Recompute ``result`` with some settings changed, reusing every stage the change does not affect.

    Changing ``weights``, ``aggregation`` or ``min_share`` reuses ``result.normalised``; changing
    ``normalisation`` or ``goalposts`` renormalises. No change returns ``result`` itself.
    """
    unknown = set(changed) - set(IndexSettings.__dataclass_fields__)
    if unknown:
        raise TypeError(f"unknown setting {sorted(unknown)[0]!r}")
    old = result.settings
    new = replace(old, **changed)
    same = {k: _freeze(getattr(old, k)) == _freeze(getattr(new, k)) for k in IndexSettings.__dataclass_fields__}
    if all(same.values()):
        return result
    fw = result.framework
    raw = result._data
    _check(raw.frame(), fw, new)
    if same["normalisation"] and same["goalposts"] and old.uses_geometric() == new.uses_geometric():
        normalised = result._normalised
    else:
        normalised = _Stage(_normalise_stage(raw.values, fw, new), raw.index, list(fw.plan.indicators))
    return _result(raw.index, raw, normalised, fw, new)


__all__ = ["IndexSettings", "IndexResult", "compute_index", "rerun", "display_scores", "positive_range"]
