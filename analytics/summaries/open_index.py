"""The open-statistics index: real BPS and Kemendes indicators → four pillars → one index, run through the
composite engine (:mod:`analytics.composite`) with the framework as data (``data/framework/open_index_framework.csv``).

Stable API (pages, CLI and the Map page)
----------------------------------------
``open_index_summary(ds, filters, settings=None) -> DataFrame`` — one row per kab/kota in view (all 514 are
    units: this is real data for every region, participants or not), columns :data:`SUMMARY_COLUMNS`: region
    columns, ``participant`` (joined by the as-of year), the four pillar scores (``economy``, ``society``,
    ``living``, ``environment``; 0–100), ``index`` (method's scale), ``index_100`` (shown, rounded once),
    ``level`` (ad_hoc … smart; only for goalposts), ``rank_national``, ``rank_province``, ``rank_type``,
    ``pillars_present``, ``indicators_present``, ``status`` (``ranked`` | ``insufficient_data``),
    ``data_year_min``, ``data_year_max`` (the oldest and newest value used), then for every indicator of the index
    its raw value (``<indicator>``) and its own year (``<indicator>_year``). Sorted by national rank.
    The index and ranks are computed over all 514 first; the filters then drop rows.
``open_pillars() -> list[str]`` — the pillars with open data (economy, society, living, environment).
``NO_OPEN_DATA`` — the pillars shown as "no open data" (governance, branding): never a number.

Method (also on the Methodology page and in docs/ARCHITECTURE.md)
    * As of a year, each indicator takes its latest value at or before that year (:mod:`.indicators`).
    * No double counting: the Human Development Index is built from life expectancy, the two schooling
      indicators and adjusted spending, so the index uses those four components and not the HDI itself (the HDI
      stays a context and "need" indicator); the Village Development Index is the mean of its social, economic
      and environmental resilience indices, so only the three components enter; the village status shares are
      classes of that same index and the village count is context: both stay out.
    * Statistical coherence (handbook step 4): the open unemployment rate and the labour participation rate
      (2021) correlate negatively with every other indicator (Spearman −0.2 to −0.55 with the HDI, direction
      applied): open unemployment is highest in urban, richer kab/kota and participation highest in rural,
      subsistence ones, so they measure labour-market structure rather than welfare. They stay in the Indicator
      explorer and out of the index (:func:`coherence_table` prints the correlations).
    * Skewed indicators (JRC/OECD handbook, step 3; COINr's rule |skewness| > 2 and kurtosis > 3.5): GRDP per
      capita (skewness ≈ 5, kurtosis ≈ 40, mining regions) is log-transformed before normalisation and its upper
      goalpost sits at about the 99th percentile, so the few values above it count as 100 (winsorised);
      adjusted spending is logged as BPS does in the HDI. :func:`skewness_table` prints the statistics.
    * Normalisation: goalposts stated per indicator in the framework file (``lo``, ``hi``, ``transform``,
      ``goalpost_basis``): BPS's own HDI goalposts where they exist, the natural bounds of shares (0–100%) and
      of the village indices (0–1), else the rounded range observed in 2010–2024. Absolute, so the 0–100 scale and
      the maturity thresholds mean the same in every year.
    * Missing stays missing: a pillar averages the indicators a region has (weights re-normalised); the
      completeness rule is per level (:func:`analytics.domain.open_min_share`): a pillar needs at least one of
      its indicators, the index at least ``OPEN_MIN_PILLARS`` (3) of the 4 pillars; below it the region shows
      "insufficient data" (no index, level or rank).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping

import numpy as np
import pandas as pd
from scipy.stats import kurtosis, skew

from analytics import domain
from analytics.composite import (Framework, IndexResult, IndexSettings, compute_index, maturity_level, rank_units,
                                 run_uncertainty, similar_units, strengths_weaknesses)
from analytics.summaries import indicators as ind
from analytics.summaries.coverage import participating
from analytics.summaries.filters import Filters
from analytics.warehouse.contract import OPEN_FRAMEWORK_FILE as FRAMEWORK_FILE
from analytics.warehouse.dataset import Dataset

NO_OPEN_DATA = ("governance", "branding")
LENS = "open"
RANKED, INSUFFICIENT = "ranked", "insufficient_data"
OPEN_NORMALISATIONS = ("goalposts", "minmax", "zscore", "rank")     # 'none' cannot mix units
REGION_COLUMNS = ["code", "name", "province_code", "province_name", "island_group", "type", "size_class",
                  "population", "cohort_year", "participant"]
INDEX_COLUMNS = ["index", "index_100", "level", "rank_national", "rank_province", "rank_type", "pillars_present",
                 "indicators_present", "status", "data_year_min", "data_year_max"]


# ---------------------------------------------------------------------------------------------- framework
@functools.lru_cache(maxsize=4)
def _framework(path: str) -> Framework:
    return Framework.from_csv(path)


def open_framework() -> Framework:
    """The open-statistics framework of ``data/framework/open_index_framework.csv`` (read once per path)."""
    from analytics import paths
    return _framework(str(paths.framework_dir() / FRAMEWORK_FILE))


def open_pillars() -> list[str]:
    """The pillars with open data, in framework order."""
    fw = open_framework()
    return list(fw.children(fw.root))


def open_indicators() -> list[str]:
    """The indicators of the open index, in framework order."""
    return open_framework().indicators


def goalpost_table() -> pd.DataFrame:
    """One row per indicator of the index: indicator, pillar, weight, direction, lo, hi, transform, goalpost_basis
    (``bps_ipm`` | ``natural`` | ``observed``), as written in the framework file."""
    fw = open_framework()
    t = fw.table.loc[fw.indicators]
    out = pd.DataFrame({"indicator": fw.indicators, "pillar": [fw.parent(n) for n in fw.indicators],
                        "weight": t["weight"].to_numpy(dtype=float), "direction": t["direction"].to_numpy(dtype=int),
                        "lo": t["lo"].astype(float).to_numpy(), "hi": t["hi"].astype(float).to_numpy(),
                        "transform": t["transform"].fillna("").astype(str).to_numpy(),
                        "goalpost_basis": t["goalpost_basis"].fillna("").astype(str).to_numpy()})
    return out


def _logged() -> list[str]:
    g = goalpost_table()
    return g.loc[g["transform"] == "log", "indicator"].tolist()


def goalposts() -> dict[str, tuple[float, float]]:
    """Indicator -> (lo, hi) on the scale the engine sees (the log of the goalposts for logged indicators)."""
    g = goalpost_table()
    log = (g["transform"] == "log").to_numpy()
    lo, hi = g["lo"].to_numpy(dtype=float).copy(), g["hi"].to_numpy(dtype=float).copy()
    lo[log], hi[log] = np.log(lo[log]), np.log(hi[log])
    return {i: (float(a), float(b)) for i, a, b in zip(g["indicator"], lo, hi)}


def transform(values: pd.DataFrame) -> pd.DataFrame:
    """The raw values with the framework's transforms applied (``log`` → natural log; values are > 0 by the
    data contract)."""
    out = values.astype(float).copy()
    for c in _logged():
        if c in out.columns:
            out[c] = np.log(out[c])
    return out


def open_settings(normalisation: str = "goalposts", aggregation: str = "arithmetic",
                  weights: Mapping[str, float] | None = None,
                  min_pillars: int = domain.OPEN_MIN_PILLARS) -> IndexSettings:
    """Settings of the open index: goalposts from the framework file, the per-level completeness rule."""
    if normalisation not in OPEN_NORMALISATIONS:
        raise ValueError(f"normalisation {normalisation!r} is not available for the open index (its indicators "
                         f"have different units); choose one of {', '.join(OPEN_NORMALISATIONS)}")
    return IndexSettings(normalisation=normalisation, aggregation=aggregation, weights=dict(weights) if weights else None,
                         min_share=domain.open_min_share(len(open_pillars()), min_pillars), goalposts=goalposts())


@functools.lru_cache(maxsize=4)
def _default_settings(path: str) -> IndexSettings:
    return open_settings()


def default_settings() -> IndexSettings:
    """The open index's default settings: goalposts, arithmetic means, equal weights, 3 of 4 pillars."""
    from analytics import paths
    return _default_settings(str(paths.framework_dir() / FRAMEWORK_FILE))


def min_pillars_of(settings: IndexSettings) -> int:
    """The number of pillars the settings' completeness rule asks for."""
    share = settings.min_share
    top = float(share.get(3, 0.0)) if isinstance(share, Mapping) else float(share)
    return int(round(top * len(open_pillars())))


# ---------------------------------------------------------------------------------------------- computation
def open_data(ds: Dataset, as_of: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(raw values, their years): 514 regions × the index's indicators, as of ``as_of``."""
    return ind.values_as_of(ds, open_indicators(), as_of)


def check_as_of(ds: Dataset, as_of: int) -> int:
    """``as_of`` as an int from the indicators' first year (2010) to the data's last year, else ValueError."""
    try:
        y = int(as_of)
    except (TypeError, ValueError):
        raise ValueError(f"year {as_of!r} is not a number") from None
    if not domain.INDICATOR_FIRST_YEAR <= y <= ds.last_year:
        raise ValueError(f"year {y} is out of range {domain.INDICATOR_FIRST_YEAR}–{ds.last_year}")
    return y


def _compute(ds: Dataset, as_of: int, settings: IndexSettings) -> IndexResult:
    raw, _ = open_data(ds, as_of)
    return compute_index(transform(raw), open_framework(), settings)


def open_result(ds: Dataset, as_of: int, settings: IndexSettings | None = None) -> IndexResult:
    """The engine's :class:`IndexResult` over all 514 regions as of ``as_of`` (default settings memoised per
    Dataset and year)."""
    as_of = check_as_of(ds, as_of)
    if settings is None or settings == default_settings():
        return ds.memo(("open_result", int(as_of)), lambda: _compute(ds, as_of, default_settings()))
    return _compute(ds, as_of, settings)


def _national(ds: Dataset, as_of: int, settings: IndexSettings | None) -> pd.DataFrame:
    settings = settings or default_settings()
    key = ("open_national", int(as_of), settings) if settings == default_settings() else None

    def build() -> pd.DataFrame:
        res = open_result(ds, as_of, settings)
        raw, years = open_data(ds, as_of)
        pillars = open_pillars()
        reg = ds.regions.set_index("code", drop=False)
        out = reg[REGION_COLUMNS[:-1]].copy()
        out["cohort_year"] = out["cohort_year"].astype("Int64")
        out["participant"] = participating(reg, as_of).to_numpy()
        for p in pillars:
            out[p] = res.aggregated[p].reindex(out.index).astype(float)
        out["index"] = res.scores.reindex(out.index).astype(float)
        shown = res.shown.reindex(out.index).astype(float)
        out["index_100"] = shown if res.score_100 is not None else np.nan
        if settings.normalisation in ("goalposts", "none") and res.score_100 is not None:
            from analytics.summaries.tables import levels
            lv = maturity_level(out["index_100"], levels()).astype(object)
            out["level"] = lv.where(lv.notna(), None)
        else:
            out["level"] = pd.Series(None, index=out.index, dtype=object)
        out["rank_national"] = rank_units(shown)
        out["rank_province"] = rank_units(shown, out["province_code"])
        out["rank_type"] = rank_units(shown, out["type"])
        out["pillars_present"] = out[pillars].notna().sum(axis=1).astype("int64")
        out["indicators_present"] = raw.reindex(out.index).notna().sum(axis=1).astype("int64")
        out["status"] = np.where(out["index"].isna(), INSUFFICIENT, RANKED).astype(object)
        y = years.reindex(out.index).astype("Float64")
        out["data_year_min"] = y.min(axis=1).astype("Int64")
        out["data_year_max"] = y.max(axis=1).astype("Int64")
        for c in raw.columns:
            out[c] = raw[c].reindex(out.index).astype(float)
            out[f"{c}_year"] = years[c].reindex(out.index).astype("Int64")
        key_rank = out["rank_national"].astype("Float64").fillna(np.inf).to_numpy(dtype=float)
        order = np.lexsort((out["code"].to_numpy(dtype=str), key_rank))
        return out.iloc[order].reset_index(drop=True)

    return (ds.memo(key, build) if key else build()).copy()


def summary_columns() -> list[str]:
    """:data:`SUMMARY_COLUMNS` for the current framework."""
    return [*REGION_COLUMNS, *open_pillars(), *INDEX_COLUMNS,
            *[c for i in open_indicators() for c in (i, f"{i}_year")]]


def open_index_summary(ds: Dataset, filters: Filters | None = None,
                       settings: IndexSettings | None = None) -> pd.DataFrame:
    """The open-statistics index of the regions in view as of ``filters.as_of`` (see the module doc)."""
    f = filters if filters is not None else Filters()
    f.validate(ds.regions, ds.last_year)
    nat = _national(ds, f.as_of, settings)
    return nat[f.mask(nat).to_numpy()][summary_columns()].reset_index(drop=True)


def open_index_mix(ds: Dataset, filters: Filters | None = None,
                   settings: IndexSettings | None = None) -> pd.DataFrame:
    """Regions per level of the open index inside the filters (all five levels, zeros kept), then
    ``insufficient_data``. Columns: level, order, name_en, name_id, regions, population, share (of the regions
    in view), participants (of them, joined by the as-of year)."""
    from analytics.summaries.tables import levels
    rows = open_index_summary(ds, filters, settings)
    lv = levels()
    short = rows[rows["status"] == INSUFFICIENT]
    g = rows.groupby("level")
    counts = g["code"].count().reindex(lv["level"], fill_value=0)
    pops = g["population"].sum().reindex(lv["level"], fill_value=0)
    parts = g["participant"].sum().reindex(lv["level"], fill_value=0)
    out = pd.DataFrame({
        "level": [*lv["level"], INSUFFICIENT],
        "order": [*lv["order"].astype(int), len(lv) + 1],
        "name_en": [*lv["name_en"], "Insufficient data"],
        "name_id": [*lv["name_id"], "Data tidak cukup"],
        "regions": [*counts.astype(int), len(short)],
        "population": [*pops.astype("int64"), int(short["population"].sum())],
        "participants": [*parts.astype(int), int(short["participant"].sum())],
    })
    out["share"] = out["regions"] / len(rows) if len(rows) else np.nan
    return out


def open_pillar_long(ds: Dataset, filters: Filters | None = None, cohorts: Iterable[int] | None = None
                     ) -> pd.DataFrame:
    """Long frame, one row per region in view × open pillar: region_code, region_name, province_code,
    province_name, island_group, type, cohort_year, year (the as-of year), pillar, score (0–100), source
    ('open'). ``cohorts``: only participants of these cohort years (None: every region in view). A region
    whose pillar has no data has no row for it (missing, never zero)."""
    f = filters if filters is not None else Filters()
    nat = _national(ds, f.as_of, None)
    m = f.mask(nat)
    if cohorts is not None:
        m &= nat["cohort_year"].isin([int(c) for c in cohorts]).fillna(False).astype(bool) & nat["participant"]
    sel = nat[m.to_numpy()]
    pillars = open_pillars()
    long = sel.melt(id_vars=["code", "name", "province_code", "province_name", "island_group", "type", "cohort_year"],
                    value_vars=pillars, var_name="pillar", value_name="score").dropna(subset=["score"])
    long = long.rename(columns={"code": "region_code", "name": "region_name"})
    long["year"] = int(f.as_of)
    long["source"] = LENS
    order = {p: i for i, p in enumerate(pillars)}
    long = long.assign(_o=long["pillar"].map(order)).sort_values(["region_code", "_o"], kind="stable")
    cols = ["region_code", "region_name", "province_code", "province_name", "island_group", "type", "cohort_year",
            "year", "pillar", "score", "source"]
    out = long[cols].reset_index(drop=True)
    out["cohort_year"] = out["cohort_year"].astype("Int64")
    return out


# ---------------------------------------------------------------------------------------------- region views
PROFILE_COLUMNS = ["indicator", "name_en", "name_id", "unit_en", "unit_id", "direction", "open_pillar", "value",
                   "year", "score_100", "province_median", "national_median", "publisher", "source_url"]


def region_values(ds: Dataset, code: str, as_of: int) -> pd.DataFrame:
    """Every catalogue indicator for one region as of ``as_of``: its value and the value's own year (missing
    where there is none), its goalpost score (0–100, for the index's indicators), the medians of its province and
    of all regions as of the same year, the publisher and source. Columns: :data:`PROFILE_COLUMNS`."""
    from analytics.summaries.tables import check_region
    code = check_region(ds, code)
    cat = ind.catalogue(ds)
    values, years = ind.values_as_of(ds, cat["indicator"].tolist(), as_of)
    prov = ds.regions.set_index("code")["province_code"]
    same = values.index.map(prov) == prov[code]
    res = open_result(ds, as_of)
    norm = res.normalised.reindex(columns=cat["indicator"]).loc[code] if code in res.normalised.index else None
    out = cat[["indicator", "name_en", "name_id", "unit_en", "unit_id", "direction", "open_pillar", "publisher",
               "source_url"]].copy()
    out["value"] = values.loc[code].to_numpy(dtype=float)
    out["year"] = pd.array(years.loc[code].astype("Float64").to_numpy(dtype=float, na_value=np.nan),
                           dtype="Float64").astype("Int64")
    out["score_100"] = norm.to_numpy(dtype=float) if norm is not None else np.nan
    out["province_median"] = values[same].median().to_numpy(dtype=float)
    out["national_median"] = values.median().to_numpy(dtype=float)
    return out[PROFILE_COLUMNS].reset_index(drop=True)


COMPARISON_COLUMNS = ["pillar", "score", "province_median", "national_median", "province_n", "national_n"]


def pillar_comparison(ds: Dataset, code: str, as_of: int) -> pd.DataFrame:
    """A region's open pillar scores beside the medians of its province and of all 514 regions (those with the
    pillar). Columns: :data:`COMPARISON_COLUMNS`."""
    from analytics.summaries.tables import check_region
    code = check_region(ds, code)
    nat = _national(ds, as_of, None).set_index("code", drop=False)
    pillars = open_pillars()
    row = nat.loc[code]
    prov = nat[nat["province_code"] == row["province_code"]]
    return pd.DataFrame({"pillar": pillars, "score": row[pillars].to_numpy(dtype=float),
                         "province_median": prov[pillars].astype(float).median().to_numpy(),
                         "national_median": nat[pillars].astype(float).median().to_numpy(),
                         "province_n": len(prov), "national_n": len(nat)})


def open_strengths(ds: Dataset, code: str, as_of: int, n: int = 2, *, peers: str | None = None) -> pd.DataFrame:
    """A region's ``n`` best and ``n`` worst open pillars relative to the median of its peers (all 514, or the
    same ``type`` / ``size_class``). Columns: pillar, name_en, name_id, score, peer_median, diff, kind, peers."""
    from analytics.summaries.tables import check_region
    code = check_region(ds, code)
    if peers not in (None, "type", "size_class"):
        raise ValueError(f"unknown peer group {peers!r}; use type or size_class")
    nat = _national(ds, as_of, None).set_index("code")
    pillars = open_pillars()
    groups = None if peers is None else nat[peers].astype(object)
    sw = strengths_weaknesses(nat[pillars].astype(float), groups, n=n)
    sw = sw[sw["unit"] == code].drop(columns="unit").reset_index(drop=True)
    names = ds.pillars.set_index("code")
    sw.insert(1, "name_en", sw["pillar"].map(names["name_en"]).astype(object))
    sw.insert(2, "name_id", sw["pillar"].map(names["name_id"]).astype(object))
    sw["peers"] = len(nat) if peers is None else int((nat[peers] == nat.at[code, peers]).sum())
    return sw


def open_peers(ds: Dataset, code: str, *, as_of: int, k: int = 5, same: str | None = None,
               settings: IndexSettings | None = None) -> pd.DataFrame:
    """The ``k`` regions most similar to ``code`` on their open pillar profile (Euclidean distance on
    min-max-normalised pillars), optionally of the same ``type`` / ``size_class``. Columns: code, name,
    province_name, type, size_class, distance, index_100, level, participant."""
    from analytics.summaries.tables import check_region
    code = check_region(ds, code)
    if same not in (None, "type", "size_class"):
        raise ValueError(f"unknown peer group {same!r}; use type or size_class")
    if int(k) < 1:
        raise ValueError(f"k must be at least 1 (got {k})")
    nat = _national(ds, as_of, settings).set_index("code", drop=False)
    groups = None if same is None else nat[same].astype(object)
    near = similar_units(nat[open_pillars()].astype(float), code, k=int(k), same=groups)
    out = nat.loc[near.index, ["code", "name", "province_name", "type", "size_class"]].copy()
    out["distance"] = near["distance"].astype(float)
    for c in ("index_100", "level", "participant"):
        out[c] = nat.loc[near.index, c]
    return out.reset_index(drop=True)


UNCERTAINTY_COLUMNS = ["code", "name", "province_name", "type", "index", "nominal_rank", "median_rank", "p05_rank",
                       "p95_rank"]


def open_uncertainty(ds: Dataset, filters: Filters | None = None, *, n: int = 1000, seed: int = 0,
                     settings: IndexSettings | None = None, sensitivity: bool = True
                     ) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Monte Carlo rank uncertainty of the open index (weights ±25%, normalisation and aggregation drawn;
    composite.run_uncertainty) over all 514 regions, rows inside the filters kept afterwards. Returns (ranks:
    :data:`UNCERTAINTY_COLUMNS`, sorted by nominal rank; sensitivity: choice, mean_abs_rank_shift,
    max_abs_rank_shift; empty with ``sensitivity=False``, which skips the one-choice-at-a-time runs)."""
    f = filters if filters is not None else Filters()
    f.validate(ds.regions, ds.last_year)
    if int(n) < 1:
        raise ValueError(f"n must be at least 1 (got {n})")
    settings = settings or default_settings()
    raw, _ = open_data(ds, f.as_of)
    res = run_uncertainty(transform(raw), open_framework(), n=int(n), seed=int(seed), nominal=settings,
                          sensitivity=sensitivity)
    r = res.ranks
    reg = ds.regions.set_index("code", drop=False)
    out = reg.loc[r.index, ["code", "name", "province_name", "type"]].copy()
    out["index"] = res.nominal.scores.reindex(r.index).astype(float)
    out["nominal_rank"] = r["nominal"].astype("Int64")
    for c in ("median", "p05", "p95"):
        out[f"{c}_rank"] = r[c].astype(float)
    out = out[f.mask(reg.loc[r.index]).to_numpy()]
    key = out["nominal_rank"].astype("Float64").fillna(np.inf).to_numpy(dtype=float)
    out = out.iloc[np.lexsort((out["code"].to_numpy(dtype=str), key))].reset_index(drop=True)
    # a region without an index has no rank: its simulated ranks say nothing either
    out.loc[out["nominal_rank"].isna(), ["median_rank", "p05_rank", "p95_rank"]] = np.nan
    sens = res.sensitivity.reset_index()[["choice", "mean_abs_rank_shift", "max_abs_rank_shift"]]
    return out[UNCERTAINTY_COLUMNS], sens


TREND_COLUMNS = ["code", "name", "year", "index", "index_100", "level", "rank_national", "regions_ranked"]


def open_trend(ds: Dataset, codes: Iterable[str], years: Iterable[int] | None = None) -> pd.DataFrame:
    """The open index, level and national rank of ``codes`` as of each year (default settings; every year the
    app offers, or ``years``). ``regions_ranked``: how many of the 514 were ranked that year. Sorted by code
    (in the order given), year."""
    codes = list(dict.fromkeys(str(c) for c in codes))
    parts = []
    for y in (ds.years if years is None else years):
        nat = _national(ds, int(y), None)
        sel = nat[nat["code"].isin(codes)].assign(year=int(y), regions_ranked=int((nat["status"] == RANKED).sum()))
        parts.append(sel[TREND_COLUMNS])
    out = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=TREND_COLUMNS)
    order = {c: i for i, c in enumerate(codes)}
    out = out.assign(_o=out["code"].map(order)).sort_values(["_o", "year"], kind="stable").drop(columns="_o")
    out["rank_national"] = out["rank_national"].astype("Int64")
    return out.reset_index(drop=True)


def rank_comparison(ds: Dataset, filters: Filters | None = None, settings: IndexSettings | None = None
                    ) -> pd.DataFrame:
    """The open index ranking under ``settings`` beside the default ranking (as
    :func:`analytics.summaries.pillar_stats.rank_comparison`). Columns: code, name, province_name, type, index,
    index_100, level, rank, default_rank, rank_change (positive: moved up). Sorted by rank, then code."""
    new = open_index_summary(ds, filters, settings)
    base = open_index_summary(ds, filters, None)
    out = new[["code", "name", "province_name", "type", "index", "index_100", "level", "rank_national"]]
    out = out.rename(columns={"rank_national": "rank"}).merge(
        base[["code", "rank_national"]].rename(columns={"rank_national": "default_rank"}), on="code", how="left")
    out["rank"] = out["rank"].astype("Int64")
    out["default_rank"] = out["default_rank"].astype("Int64")
    out["rank_change"] = (out["default_rank"] - out["rank"]).astype("Int64")
    return out.reset_index(drop=True)


# ---------------------------------------------------------------------------------------------- method tables
def skewness_table(ds: Dataset, as_of: int) -> pd.DataFrame:
    """Skewness and (excess) kurtosis of every index indicator as of ``as_of``, raw and after the framework's
    transform, with COINr's outlier flag (|skewness| > 2 and kurtosis > 3.5). Columns: indicator, n, skewness,
    kurtosis, flagged, transform, skewness_after, kurtosis_after, flagged_after."""
    raw, _ = open_data(ds, as_of)
    tr = transform(raw)
    g = goalpost_table().set_index("indicator")
    rows = []
    for c in raw.columns:
        x, y = raw[c].dropna().to_numpy(), tr[c].dropna().to_numpy()
        s0, k0 = (float(skew(x)), float(kurtosis(x))) if len(x) > 3 else (np.nan, np.nan)
        s1, k1 = (float(skew(y)), float(kurtosis(y))) if len(y) > 3 else (np.nan, np.nan)
        rows.append({"indicator": c, "n": len(x), "skewness": s0, "kurtosis": k0,
                     "flagged": bool(abs(s0) > 2 and k0 > 3.5), "transform": g.at[c, "transform"],
                     "skewness_after": s1, "kurtosis_after": k1, "flagged_after": bool(abs(s1) > 2 and k1 > 3.5)})
    return pd.DataFrame(rows)


def coherence_table(ds: Dataset, as_of: int) -> pd.DataFrame:
    """Spearman correlation with the HDI (as of ``as_of``) of every catalogue indicator that is better or worse
    (direction applied, so positive = moves with human development), with whether it is in the index and its
    pillar. Columns: indicator, direction, in_index, pillar, n, spearman_with_hdi. Sorted by correlation."""
    cat = ind.catalogue(ds)
    cat = cat[(cat["direction"] != 0) & (cat["indicator"] != domain.NEED_INDICATOR)]
    values, _ = ind.values_as_of(ds, [*cat["indicator"], domain.NEED_INDICATOR], as_of)
    hdi = values[domain.NEED_INDICATOR]
    rows = []
    for i, d in zip(cat["indicator"], cat["direction"].astype(int)):
        both = values[i].notna() & hdi.notna()
        r = float((values.loc[both, i] * d).corr(hdi[both], method="spearman")) if both.sum() > 3 else np.nan
        rows.append({"indicator": i, "direction": d, "in_index": i in open_indicators(),
                     "pillar": open_framework().parent(i) if i in open_indicators() else None,
                     "n": int(both.sum()), "spearman_with_hdi": r})
    return pd.DataFrame(rows).sort_values("spearman_with_hdi", ascending=False, na_position="last").reset_index(drop=True)


__all__ = ["coherence_table", "open_framework", "open_pillars", "open_indicators", "goalpost_table", "goalposts", "transform",
           "open_settings", "default_settings", "min_pillars_of", "open_data", "open_result", "open_index_summary",
           "summary_columns", "open_index_mix", "open_pillar_long", "region_values", "pillar_comparison",
           "open_strengths", "open_peers", "open_uncertainty", "open_trend", "rank_comparison", "skewness_table",
           "NO_OPEN_DATA", "OPEN_NORMALISATIONS", "RANKED", "INSUFFICIENT"]
