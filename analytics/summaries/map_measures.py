"""What the map can colour the kab/kota by: measures as data (pure; no Streamlit, no colours).

A :class:`Measure` says how to compute its values as of a year — a pure function of the
:class:`~analytics.warehouse.dataset.Dataset` returning one row per region with data, columns
``code, value, value_year, source`` — how to class them (:class:`Classes`: sequential, diverging or
categorical, with the breaks or categories stated), how the 38 provinces aggregate it from their regencies, and
whether it is illustrative (computed from synthetic data: badged, never the default).

:func:`measure_values` returns every one of the 514 regions (regions without a value are *no data*, class −1,
never zero), the class of each and whether it is inside the filters; :func:`province_values` aggregates the
same rows to provinces. ``viz.maps`` and ``viz.print_map`` draw from these frames only.

Registering a measure is a few lines; two kinds exist::

    # one measure
    register(Measure("open_index", compute=lambda ds, y: open_index_summary(ds, Filters(as_of=y))
                     .rename(columns={"index_100": "value"})[list(VALUE_COLUMNS)],
                     classes=Classes("sequential", breaks=(0, 20, 40, 60, 80, 100), unit="0–100"),
                     province=ProvinceRule("population_mean"), order=0))

    # a family resolved by suffix: "indicator:<id>"
    register_family("indicator",
                    resolve=lambda ds, ind: Measure(f"indicator:{ind}",
                                                    compute=lambda ds, y: indicator_as_of(ds, ind, y),
                                                    classes=quantile_classes(5), titles={"en": ..., "id": ...},
                                                    province=ProvinceRule("population_mean")),
                    ids=lambda ds: [...])

The default measure (:func:`default_measure`) is the lowest ``order`` among the measures that are not
illustrative: the open-statistics index (order 0); without indicator data, the programme cohort.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from analytics.summaries.coverage import participating
from analytics.summaries.filters import Filters
from analytics.warehouse.dataset import Dataset

VALUE_COLUMNS = ("code", "value", "value_year", "source")
MEASURE_COLUMNS = ["code", "name", "province_code", "province_name", "type", "value", "value_year", "source",
                   "class", "in_scope"]
PROVINCE_COLUMNS = ["code", "name", "value", "value_year", "source", "regions_in_scope", "regions_with_data",
                    "class", "in_scope"]
KINDS = ("sequential", "diverging", "categorical")
NO_DATA = -1
MAX_CLASSES = 10      # the map encodes a class as one digit (viz.maps); 9–10 classes is already a lot to read

# tokens the UI translates (``map.class.<token>``, ``map.source.<token>``); anything else is shown as it is
PARTICIPANT, NOT_IDENTIFIED = "participant", "not_identified"
SOURCE_COHORTS = "cohorts"                    # + ":<evidence>" for a participant (list, own_news, award, mention)
SOURCE_REGENCIES = "regencies"                # a province value aggregated from its kab/kota


# ---------------------------------------------------------------------------------------------- classes
@dataclass(frozen=True)
class Classes:
    """How values are classed, stated so a legend can say it.

    Numeric kinds (``sequential``, ``diverging``): class ``i`` is ``[breaks[i], breaks[i+1])``, the last class
    closed; values outside the breaks are clipped into the first or last class. ``exact_zero`` adds a class for
    exactly 0 before the first range (so zero is never confused with *no data*, nor with small values).
    ``midpoint`` is the value at a diverging scale's neutral colour.
    ``categorical``: ``categories`` in legend order; ``ordered`` when that order means something (cohort years:
    drawn along a sequential scale, else with distinct hues); ``neutral``: categories that mean "none" (drawn
    pale, never with a scale's colour).
    ``labels``: optional tokens per class the UI translates (e.g. maturity levels)."""
    kind: str
    breaks: tuple[float, ...] = ()
    categories: tuple[object, ...] = ()
    labels: tuple[str, ...] = ()
    unit: str = ""
    decimals: int = 0
    exact_zero: bool = False
    midpoint: float | None = None
    ordered: bool = False
    neutral: tuple[object, ...] = ()

    def __post_init__(self):
        if self.kind not in KINDS:
            raise ValueError(f"unknown classification kind {self.kind!r}; choose one of {', '.join(KINDS)}")
        if self.kind == "categorical":
            if not self.categories:
                raise ValueError("a categorical classification needs categories")
        else:
            b = np.asarray(self.breaks, dtype=float)
            if len(b) < 2 or not np.all(np.diff(b) > 0):
                raise ValueError(f"breaks must be at least two increasing numbers, not {self.breaks!r}")
            if self.kind == "diverging" and (self.midpoint is None or not b[0] < self.midpoint < b[-1]):
                raise ValueError("a diverging classification needs a midpoint inside its breaks")
        if self.labels and len(self.labels) != self.n:
            raise ValueError(f"{len(self.labels)} labels for {self.n} classes")
        if self.n > MAX_CLASSES:
            raise ValueError(f"{self.n} classes; at most {MAX_CLASSES} can be drawn")

    @property
    def n(self) -> int:
        if self.kind == "categorical":
            return len(self.categories)
        return len(self.breaks) - 1 + int(self.exact_zero)

    def assign(self, values: pd.Series) -> pd.Series:
        """The class of each value (0 … n−1), ``NO_DATA`` (−1) where the value is missing."""
        if self.kind == "categorical":
            lookup = {c: i for i, c in enumerate(self.categories)}
            return values.map(lambda v: lookup.get(v, NO_DATA) if not _missing(v) else NO_DATA).astype("int64")
        x = pd.to_numeric(values, errors="coerce").to_numpy(dtype=float)
        b = np.asarray(self.breaks, dtype=float)
        cls = np.clip(np.searchsorted(b, x, side="right") - 1, 0, len(b) - 2)
        if self.exact_zero:
            cls = np.where(x == 0, 0, cls + 1)
        return pd.Series(np.where(np.isnan(x), NO_DATA, cls), index=values.index, dtype="int64")

    def ranges(self) -> list[tuple[float, float] | None]:
        """(low, high) of each numeric class (None for the exact-zero class); empty for categorical."""
        if self.kind == "categorical":
            return []
        b = list(self.breaks)
        out: list[tuple[float, float] | None] = [None] if self.exact_zero else []
        return out + [(b[i], b[i + 1]) for i in range(len(b) - 1)]


def _missing(v) -> bool:
    return v is None or v is pd.NA or (isinstance(v, float) and np.isnan(v))


def quantile_classes(k: int = 5, *, unit: str = "", decimals: int = 1) -> Callable[[Dataset, pd.DataFrame], Classes]:
    """Classes from the ``k``-quantiles of the values shown (duplicates merged), for data-driven measures."""
    def classes(ds: Dataset, frame: pd.DataFrame) -> Classes:
        v = pd.to_numeric(frame["value"], errors="coerce").dropna()
        if v.empty:
            return Classes("sequential", breaks=(0.0, 1.0), unit=unit, decimals=decimals)
        qs = np.unique(np.round(np.quantile(v, np.linspace(0, 1, k + 1)), decimals + 2))
        if len(qs) < 2:
            qs = np.array([qs[0], qs[0] + 1.0])
        return Classes("sequential", breaks=tuple(float(q) for q in qs), unit=unit, decimals=decimals)
    return classes


# ---------------------------------------------------------------------------------------------- measures
@dataclass(frozen=True)
class ProvinceRule:
    """How a province's value comes from its kab/kota (the regions inside the filters that have a value):

    - ``share``: share of its regions in scope whose value is one of ``positive`` (or, without ``positive``,
      has a value that is not one of ``negative``), 0–1;
    - ``mean`` / ``population_mean``: the (population-weighted) mean of the regions with a value.
    ``classes``: the classes of the province values (default: the measure's own)."""
    kind: str
    positive: tuple[object, ...] = ()
    negative: tuple[object, ...] = ()
    classes: Classes | None = None

    def __post_init__(self):
        if self.kind not in ("share", "mean", "population_mean"):
            raise ValueError(f"unknown province rule {self.kind!r}")


SHARE_CLASSES = Classes("sequential", breaks=(0.0, 0.25, 0.5, 0.75, 1.0), unit="share", exact_zero=True)


@dataclass(frozen=True)
class Measure:
    id: str
    compute: Callable[[Dataset, int], pd.DataFrame]
    classes: Classes | Callable[[Dataset, pd.DataFrame], Classes]
    province: ProvinceRule | None = None
    illustrative: bool = False               # synthetic input: badged, never the default
    order: int = 100                         # menu order; the lowest non-illustrative one is the default
    titles: Mapping[str, str] = field(default_factory=dict)   # language → title (else the UI's message key)
    notes: Mapping[str, str] = field(default_factory=dict)    # language → where the values come from
    unit: str = ""
    available: Callable[[Dataset], bool] = lambda ds: True


@dataclass(frozen=True)
class Family:
    prefix: str
    resolve: Callable[[Dataset, str], Measure | None]
    ids: Callable[[Dataset], Sequence[str]]


_MEASURES: dict[str, Measure] = {}
_FAMILIES: dict[str, Family] = {}


def register(measure: Measure) -> Measure:
    """Add (or replace) a measure by id."""
    _MEASURES[measure.id] = measure
    return measure


def register_family(prefix: str, resolve: Callable[[Dataset, str], Measure | None],
                    ids: Callable[[Dataset], Sequence[str]]) -> None:
    """Measures named ``<prefix>:<suffix>``, resolved on demand (``ids`` lists the suffixes on offer)."""
    _FAMILIES[prefix] = Family(prefix, resolve, ids)


def unregister(measure_id: str) -> None:
    """Remove a measure or a family (``"indicator"`` removes the ``indicator:*`` family); for tests."""
    _MEASURES.pop(measure_id, None)
    _FAMILIES.pop(measure_id, None)


def get(ds: Dataset, measure_id: str) -> Measure:
    """The measure ``measure_id``; ValueError (one line, listing the choices) when unknown or unavailable."""
    m = _MEASURES.get(measure_id)
    if m is None and ":" in measure_id:
        prefix, suffix = measure_id.split(":", 1)
        fam = _FAMILIES.get(prefix)
        # once per data version: resolving builds the measure from the catalogue (≈ 5 ms), and the Map's
        # menu and URL aliases ask for every measure on each run
        m = ds.memo(("map-measure", fam, suffix), lambda: fam.resolve(ds, suffix)) if fam is not None else None
    if m is None or not m.available(ds):
        raise ValueError(f"unknown map measure {measure_id!r}; choose one of {', '.join(measure_ids(ds))}")
    return m


def measure_ids(ds: Dataset) -> list[str]:
    """Every measure on offer for this data, in menu order: real single measures, families, then the
    illustrative ones."""
    single = sorted((m for m in _MEASURES.values() if m.available(ds)), key=lambda m: (m.order, m.id))
    out = [m.id for m in single if not m.illustrative]
    for prefix, fam in sorted(_FAMILIES.items()):
        out += [f"{prefix}:{s}" for s in ds.memo(("map-measure-ids", fam), lambda: tuple(fam.ids(ds)))]
    return out + [m.id for m in single if m.illustrative]      # illustrative (synthetic) measures last


def default_measure(ds: Dataset) -> str:
    """The real (not illustrative) measure with the lowest order."""
    real = [i for i in measure_ids(ds) if not get(ds, i).illustrative]
    return min(real, key=lambda i: get(ds, i).order)


def classes_for(ds: Dataset, measure: Measure, frame: pd.DataFrame) -> Classes:
    return measure.classes(ds, frame) if callable(measure.classes) else measure.classes


@dataclass(frozen=True)
class MeasureResult:
    measure: Measure
    as_of: int
    frame: pd.DataFrame            # MEASURE_COLUMNS, one row per region (514), ordered by code
    classes: Classes

    @property
    def shown(self) -> pd.DataFrame:
        """The rows inside the filters (what tables and exports hand out)."""
        return self.frame[self.frame["in_scope"]].reset_index(drop=True)


def measure_values(ds: Dataset, measure_id: str, as_of: int, filters: Filters | None = None) -> MeasureResult:
    """Every region with its value as of ``as_of`` (NaN where it has none), its year and source, its class
    (``NO_DATA`` = −1 without a value) and ``in_scope`` (inside ``filters``; the as-of year is ``as_of``)."""
    filters = filters or Filters(as_of=as_of)
    filters.validate(ds.regions, ds.last_year)
    m = get(ds, measure_id)
    vals = m.compute(ds, int(as_of))
    missing = [c for c in VALUE_COLUMNS if c not in vals.columns]
    if missing:
        raise ValueError(f"measure {measure_id!r} returned no column {missing[0]!r}")
    vals = vals[list(VALUE_COLUMNS)].drop_duplicates("code")
    reg = ds.regions[["code", "name", "province_code", "province_name", "type"]]
    out = reg.merge(vals, on="code", how="left").sort_values("code", kind="stable").reset_index(drop=True)
    out["value_year"] = out["value_year"].astype("Int64")
    cls = classes_for(ds, m, out)
    out["class"] = cls.assign(out["value"])
    out["in_scope"] = out["code"].isin(set(ds.regions.loc[filters.mask(ds.regions), "code"]))
    return MeasureResult(m, int(as_of), out[MEASURE_COLUMNS], cls)


def province_values(ds: Dataset, result: MeasureResult) -> MeasureResult:
    """The 38 provinces' values aggregated from their kab/kota in scope (ProvinceRule of the measure); a
    province with no region in scope is out of scope, one whose regions have no value has no data."""
    m = result.measure
    if m.province is None:
        raise ValueError(f"measure {m.id!r} has no province aggregation")
    rule = m.province
    f = result.frame.merge(ds.regions[["code", "population"]], on="code")
    f = f[f["in_scope"]]
    has = f["value"].map(lambda v: not _missing(v))
    g = f.assign(has=has).groupby("province_code")
    n_scope, n_data = g.size(), g["has"].sum()
    if rule.kind == "share":
        hit = f["value"].isin(rule.positive) if rule.positive else has & ~f["value"].isin(rule.negative)
        value = hit.groupby(f["province_code"]).mean()
    else:
        v = pd.to_numeric(f["value"], errors="coerce")
        w = f["population"].astype(float) if rule.kind == "population_mean" else pd.Series(1.0, index=f.index)
        w = w.where(v.notna(), 0.0)
        num = (v.fillna(0) * w).groupby(f["province_code"]).sum()
        den = w.groupby(f["province_code"]).sum()
        value = (num / den.where(den > 0)).astype(float)
    year = f.loc[has].groupby("province_code")["value_year"].max()
    prov = ds.provinces[["code", "name"]].copy()
    out = prov.assign(
        value=prov["code"].map(value).astype(float),
        value_year=prov["code"].map(year).astype("Int64"),
        source=SOURCE_REGENCIES,
        regions_in_scope=prov["code"].map(n_scope).fillna(0).astype("int64"),
        regions_with_data=prov["code"].map(n_data).fillna(0).astype("int64"),
    )
    if rule.kind != "share":
        out.loc[out["regions_with_data"] == 0, "value"] = np.nan
    cls = rule.classes or (SHARE_CLASSES if rule.kind == "share" else classes_for(ds, m, out))
    out["class"] = cls.assign(out["value"])
    out["in_scope"] = out["regions_in_scope"] > 0
    out.loc[~out["in_scope"], "class"] = NO_DATA
    return MeasureResult(m, result.as_of, out[PROVINCE_COLUMNS].reset_index(drop=True), cls)


# ---------------------------------------------------------------------------------------------- built-in measures
def _cohort_years(ds: Dataset) -> tuple[int, ...]:
    return tuple(sorted(int(y) for y in ds.regions["cohort_year"].dropna().unique()))


def _participation(ds: Dataset, as_of: int) -> pd.DataFrame:
    """Participant by ``as_of`` (its first cohort year ≤ as_of) or not identified as one in the cohort lists."""
    r = ds.regions
    part = participating(r, as_of)
    return pd.DataFrame({
        "code": r["code"],
        "value": np.where(part, PARTICIPANT, NOT_IDENTIFIED),
        "value_year": np.where(part, r["cohort_year"].fillna(as_of).astype("int64"), as_of),
        "source": np.where(part, SOURCE_COHORTS + ":" + r["evidence"].fillna("").astype(str), SOURCE_COHORTS),
    })


def _cohort(ds: Dataset, as_of: int) -> pd.DataFrame:
    """The year a region joined, for regions that had joined by ``as_of``; the others are not identified."""
    out = _participation(ds, as_of)
    part = out["value"] == PARTICIPANT
    out["value"] = np.where(part, ds.regions["cohort_year"].astype("Int64").astype(str), NOT_IDENTIFIED)
    return out


def _cohort_classes(ds: Dataset, frame: pd.DataFrame) -> Classes:
    years = _cohort_years(ds)
    return Classes("categorical", categories=(*[str(y) for y in years], NOT_IDENTIFIED), unit="year", ordered=True,
                   neutral=(NOT_IDENTIFIED,))


def _evaluation(ds: Dataset, as_of: int) -> pd.DataFrame:
    """The maturity index (0–100) of each region's latest evaluation ≤ ``as_of`` (ranked regions only)."""
    from analytics.summaries.tables import RANKED, maturity_summary
    mat = maturity_summary(ds, Filters(as_of=as_of))
    mat = mat[mat["status"] == RANKED]
    return pd.DataFrame({"code": mat["code"], "value": mat["index_100"].astype(float),
                         "value_year": mat["eval_year"].astype("Int64"), "source": mat["score_source"].astype(str)})


def _level_classes() -> Classes:
    from analytics.summaries.tables import levels
    lv = levels()
    return Classes("sequential", breaks=(*lv["min_score"].astype(float), float(lv["max_score"].iloc[-1])),
                   labels=tuple(lv["level"]), unit="0–100", decimals=1)


register(Measure("cohort", compute=_cohort, classes=_cohort_classes, order=10, unit="year",
                 province=ProvinceRule("share", negative=(NOT_IDENTIFIED,))))
register(Measure("participation", compute=_participation, order=20,
                 classes=Classes("categorical", categories=(PARTICIPANT, NOT_IDENTIFIED), neutral=(NOT_IDENTIFIED,)),
                 province=ProvinceRule("share", positive=(PARTICIPANT,))))
register(Measure("evaluation", compute=_evaluation, classes=lambda ds, frame: _level_classes(), order=90,
                 illustrative=True, unit="0–100", province=ProvinceRule("mean")))


# ---------------------------------------------------------------------------------------------- real statistics
OPEN_SOURCE = "BPS, Kemendes PDTT"


def _open_index(ds: Dataset, as_of: int) -> pd.DataFrame:
    """The open-statistics index (0–100) of every ranked kab/kota as of ``as_of``; its year is the newest value
    the region's index uses (each indicator takes its latest value at or before ``as_of``)."""
    from analytics.summaries.open_index import open_index_summary
    from analytics.summaries.tables import RANKED
    s = open_index_summary(ds, Filters(as_of=as_of))
    s = s[s["status"] == RANKED]
    return pd.DataFrame({"code": s["code"].astype(str), "value": s["index_100"].astype(float),
                         "value_year": s["data_year_max"].astype("Int64"), "source": OPEN_SOURCE})


def _indicator_measure(ds: Dataset, ind: str) -> Measure | None:
    """``indicator:<id>``: one real indicator as of a year (its latest value at or before it, with its year)."""
    from analytics.summaries.indicators import catalogue, indicator_as_of
    cat = catalogue(ds).set_index("indicator")
    if ind not in cat.index:
        return None
    row = cat.loc[ind]

    def compute(ds: Dataset, as_of: int) -> pd.DataFrame:
        v = indicator_as_of(ds, ind, as_of)
        return pd.DataFrame({"code": v["code"], "value": v["value"], "value_year": v["value_year"],
                             "source": v["publisher"].astype(str)})

    decimals = 2 if str(row["unit"]).startswith("index 0-1") else 1
    return Measure(f"indicator:{ind}", compute=compute, classes=quantile_classes(5, unit=str(row["unit_en"]),
                                                                                 decimals=decimals),
                   titles={"en": str(row["name_en"]), "id": str(row["name_id"])},
                   notes={"en": f"{row['publisher']} ({row['licence']}); each region's latest value at or before "
                                "the year, with its own year",
                          "id": f"{row['publisher_id']} ({row['licence_id']}); nilai terbaru tiap daerah pada atau "
                                "sebelum tahun itu, dengan tahunnya sendiri"},
                   unit=str(row["unit_en"]), province=ProvinceRule("population_mean"), order=5)


def _indicator_ids(ds: Dataset) -> list[str]:
    if ds.indicators.empty:
        return []
    from analytics.summaries.indicators import catalogue
    cat = catalogue(ds)
    return [str(i) for i in cat.loc[cat["direction"].astype(int) != 0, "indicator"]]   # counts are not a map


# quintiles rather than the maturity bands: as of 2023 four in five kab/kota fall in one band, and the map is
# for seeing who lags; each region's level stays in the Region profile and the tables
register(Measure("open_index", compute=_open_index, classes=quantile_classes(5, unit="0–100", decimals=1), order=0,
                 unit="0–100", province=ProvinceRule("population_mean"),
                 available=lambda ds: not ds.indicators.empty))
register_family("indicator", resolve=_indicator_measure, ids=_indicator_ids)
