"""The tables the pages show and the CLI exports, computed from one :class:`~analytics.warehouse.dataset.Dataset`.

Every page table and every ``python -m analytics export`` output comes from a function here, so the app and
the command line give the same numbers for the same filters. All functions are pure (no Streamlit, no I/O)
and vectorised over regions.

Maturity index (``maturity_summary``)
    Units are the regions participating by ``filters.as_of`` that have an evaluation in a year ≤ ``as_of``;
    each contributes its latest such evaluation. The index is computed over **all** these units nationally
    and only then are the rows outside the filters dropped, so a filter never changes a score or a rank.
    Default settings: normalisation ``none`` (pillar scores are already on the ministry's 0–4 scale),
    arithmetic mean, the framework's weights (``data/framework/default_framework.csv``).
    Maturity levels are absolute ratings (0–100 thresholds of ``data/framework/maturity_levels.csv``) and are
    only given for absolute normalisations (``none``, ``goalposts``); for relative ones the level is empty.
"""

from __future__ import annotations

import difflib
import functools
from collections.abc import Iterable, Sequence

import numpy as np
import pandas as pd

from analytics.summaries import coverage as cov
from analytics.summaries import planner
from analytics.composite import (Framework, IndexSettings, compute_index, load_levels, maturity_level, rank_units,
                        run_uncertainty, similar_units, strengths_weaknesses)
from analytics.warehouse.dataset import Dataset
from analytics import domain
from analytics.summaries.filters import Filters

DEFAULT_SETTINGS = IndexSettings(normalisation="none", aggregation="arithmetic", min_share=domain.DEFAULT_MIN_SHARE)
ABSOLUTE_NORMALISATIONS = ("none", "goalposts")
NOT_EVALUATED = "not_yet_evaluated"
INSUFFICIENT = "insufficient_data"      # status of a region below the completeness rule: no index, level or rank
RANKED = "ranked"

MATURITY_COLUMNS = ["code", "name", "province_code", "province_name", "island_group", "type", "size_class",
                    "population", "cohort_year", "eval_year"]   # + pillars + the index columns below
INDEX_COLUMNS = ["index", "index_100", "level", "rank_national", "rank_province", "rank_type", "pillars_present",
                 "status", "score_source"]


# ---------------------------------------------------------------------------------------------- helpers
@functools.lru_cache(maxsize=1)
def default_framework() -> Framework:
    """The six-pillar framework (read once per process; Framework is immutable)."""
    return Framework.default()


@functools.lru_cache(maxsize=1)
def levels() -> pd.DataFrame:
    """The maturity levels (ad_hoc … smart), read once per process."""
    return load_levels()


def _settings(settings: IndexSettings | None) -> IndexSettings:
    return DEFAULT_SETTINGS if settings is None else settings


def check_year(ds: Dataset, as_of: int) -> int:
    """``as_of`` as an int within the years this data offers (:attr:`Dataset.years`), else ValueError."""
    return domain.check_year(as_of, ds.last_year)


def check_region(ds: Dataset, code: str) -> str:
    """Return ``code`` if it is a region code; else raise ValueError suggesting close codes or names."""
    code = str(code).strip()
    codes = ds.regions["code"]
    if (codes == code).any():
        return code
    names = ds.regions["name"]
    by_name = names.str.casefold() == code.casefold()
    if by_name.any():
        return str(codes[by_name].iloc[0])
    prefix = sorted(codes[codes.str.startswith(code)].tolist()) if code else []
    hints = prefix[:3] + [h for h in difflib.get_close_matches(code, codes.tolist(), n=3, cutoff=0.6)
                          if h not in prefix[:3]]
    name_hits = difflib.get_close_matches(code.casefold(), names.str.casefold().tolist(), n=3, cutoff=0.5)
    if name_hits:
        lookup = dict(zip(names.str.casefold(), codes))
        hints += [lookup[h] for h in name_hits if lookup[h] not in hints]
    label = dict(zip(codes, names))
    tail = (f"; did you mean {', '.join(f'{h} ({label[h]})' for h in hints[:3])}?" if hints
            else f"; codes are kabupaten/kota codes such as {codes.iloc[0]} ({label[codes.iloc[0]]})")
    raise ValueError(f"unknown region code {code!r}{tail}")


def _check_filters(ds: Dataset, filters: Filters) -> Filters:
    filters = filters if filters is not None else Filters()
    filters.validate(ds.regions, ds.last_year)
    return filters


def scores_as_of(ds: Dataset, as_of: int) -> pd.DataFrame:
    """Wide frame, one row per region with an evaluation in a year ≤ ``as_of`` (index = region code): the six
    pillar scores of its latest such evaluation, ``eval_year`` and ``score_source`` ('synthetic',
    'published', 'import:<batch>' or 'mixed' when the pillars of that year come from several sources)."""
    pillars = ds.pillar_codes
    s = ds.scores[ds.scores["year"] <= int(as_of)]
    if s.empty:
        out = pd.DataFrame(columns=[*pillars, "eval_year", "score_source"], index=pd.Index([], name="code"))
        return out.astype({p: float for p in pillars} | {"eval_year": "Int64", "score_source": object})
    latest = s.groupby("region_code")["year"].transform("max")
    s = s[s["year"] == latest]
    wide = s.pivot(index="region_code", columns="pillar", values="score").reindex(columns=pillars)
    g = s.groupby("region_code")
    first = g["source"].first().astype(object)
    src = first.where(g["source"].nunique() == 1, "mixed")
    wide["eval_year"] = g["year"].first().astype("Int64").reindex(wide.index)
    wide["score_source"] = src.reindex(wide.index)
    wide.index.name = "code"
    wide.columns.name = None
    return wide


def _evaluated_units(ds: Dataset, as_of: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(regions participating by as_of with an evaluation ≤ as_of, their scores_as_of rows), both by code."""
    regions = ds.regions.set_index("code", drop=False)
    part = cov.participating(regions, as_of)
    wide = scores_as_of(ds, as_of)
    keep = wide.index[wide.index.isin(regions.index[part])]
    return regions.loc[keep], wide.loc[keep]


# ---------------------------------------------------------------------------------------------- coverage


def _reported_beside(out: pd.DataFrame, ds: Dataset, year: int, *, exact: bool) -> pd.DataFrame:
    """Fill the reported columns of a national row for ``year`` (in place on a 1-row frame)."""
    reg = cov.reported_value(ds.reported, "programme_regions_cumulative", year, exact=exact)
    pop = cov.reported_value(ds.reported, "programme_population_reach", year, exact=True)
    if reg is not None:
        out["reported_regions"] = int(reg["value"])
        out["reported_year"] = int(reg["year"])
        out["reported_source"] = reg["source"]
        n = int(out["regions_participating"].iloc[0])
        out["gap_note"] = f"identified {n} of the reported {int(reg['value'])}"
    if pop is not None:
        out["reported_population"] = int(pop["value"])
    return out


def _empty_reported(df: pd.DataFrame) -> pd.DataFrame:
    df["reported_regions"] = pd.array([pd.NA] * len(df), dtype="Int64")
    df["reported_population"] = pd.array([pd.NA] * len(df), dtype="Int64")
    df["reported_year"] = pd.array([pd.NA] * len(df), dtype="Int64")
    df["reported_source"] = pd.Series([None] * len(df), index=df.index, dtype=object)
    df["gap_note"] = pd.Series([None] * len(df), index=df.index, dtype=object)
    return df


def _national_group(out: pd.DataFrame, filters: Filters) -> pd.DataFrame:
    """The national row's ``group`` under a region filter names the filter ("province=73; type=kota"), not
    "Indonesia": an exported row says which regions it counts."""
    if not filters.national:
        out["group"] = "; ".join(f"{k}={v}" for k, v in filters.regional.items())
    return out


def coverage_summary(ds: Dataset, filters: Filters | None = None, by: str = "province") -> pd.DataFrame:
    """Programme coverage of the regions inside ``filters`` in ``filters.as_of``, grouped ``by`` national |
    island_group | province | type (:func:`analytics.summaries.coverage.coverage` columns), plus the reported figures
    beside the national row when no region filter applies: ``reported_regions`` (latest reported cumulative
    count ≤ as_of), ``reported_population`` (reported for exactly that year), ``reported_year``,
    ``reported_source`` and ``gap_note`` ("identified 225 of the reported 241"). Empty otherwise."""
    filters = _check_filters(ds, filters)
    regions = filters.apply(ds.regions)
    if regions.empty:
        raise ValueError("no region matches the filters")
    out = _empty_reported(cov.coverage(regions, int(filters.as_of), by))
    if by == "national":
        out = _national_group(out, filters)
    if by == "national" and filters.national:
        out = _reported_beside(out, ds, int(filters.as_of), exact=False)
    return out


def coverage_timeline_summary(ds: Dataset, filters: Filters | None = None, by: str = "national",
                              years: Iterable[int] | None = None) -> pd.DataFrame:
    """:func:`coverage_summary` for each year (long form; ``filters.as_of`` is ignored), with
    ``new_participants`` (joined that year) and, for the national rows without region filters, the figure
    reported for exactly that year (none for 2020: the programme had no cohort that year)."""
    filters = _check_filters(ds, filters)
    years = [check_year(ds, y) for y in (ds.years if years is None else years)]
    regions = filters.apply(ds.regions)
    if regions.empty:
        raise ValueError("no region matches the filters")
    both = cov.coverage_timeline(regions, [*years, *(y - 1 for y in years)], by)
    half = len(both) // 2
    out = both.iloc[:half].reset_index(drop=True)
    prev = both["regions_participating"].to_numpy()[half:]
    out.insert(out.columns.get_loc("regions_participating") + 1, "new_participants",
               out["regions_participating"].to_numpy() - prev)
    out = _empty_reported(out)
    if by == "national":
        out = _national_group(out, filters)
    if by == "national" and filters.national:
        rep = ds.reported.set_index(["figure", "year"])["value"]
        src = ds.reported.set_index(["figure", "year"])["source"]
        yrs = out["as_of"].astype(int)
        keys_r = pd.MultiIndex.from_arrays([["programme_regions_cumulative"] * len(out), yrs])
        keys_p = pd.MultiIndex.from_arrays([["programme_population_reach"] * len(out), yrs])
        r = rep.reindex(keys_r).to_numpy()
        p = rep.reindex(keys_p).to_numpy()
        has = ~np.isnan(r)
        out["reported_regions"] = pd.array(np.where(has, r, np.nan), dtype="Float64").astype("Int64")
        out["reported_population"] = pd.array(p, dtype="Float64").astype("Int64")
        out["reported_year"] = pd.array(np.where(has, yrs, np.nan), dtype="Float64").astype("Int64")
        out["reported_source"] = pd.Series(src.reindex(keys_r).to_numpy(), index=out.index, dtype=object)
        note = ("identified " + out["regions_participating"].astype(str) + " of the reported "
                + out["reported_regions"].astype("string"))
        out["gap_note"] = note.astype(object).where(has, None)
    return out


# ---------------------------------------------------------------------------------------------- maturity
def _national_index(ds: Dataset, as_of: int, settings: IndexSettings) -> pd.DataFrame:
    """The maturity table over ALL evaluated participants (no filters), sorted by national rank."""
    as_of = check_year(ds, as_of)
    regions, wide = _evaluated_units(ds, as_of)
    pillars = ds.pillar_codes
    cols = MATURITY_COLUMNS + pillars + INDEX_COLUMNS
    if wide.empty:
        return pd.DataFrame(columns=cols)
    fw = default_framework()
    res = compute_index(wide[pillars].astype(float), fw, settings)
    out = regions[MATURITY_COLUMNS[:-1]].copy()
    out["cohort_year"] = out["cohort_year"].astype("Int64")
    out["eval_year"] = wide["eval_year"]
    for p in pillars:
        out[p] = wide[p].astype(float)
    out["index"] = res.scores.astype(float)
    # the index as shown, rounded once (composite.display_scores): levels and ranks are computed from it
    out["index_100"] = res.shown.astype(float) if res.score_100 is not None else np.nan
    if settings.normalisation in ABSOLUTE_NORMALISATIONS and res.score_100 is not None:
        out["level"] = maturity_level(out["index_100"], levels()).astype(object)
    else:
        out["level"] = pd.Series(None, index=out.index, dtype=object)
    out["level"] = out["level"].where(out["level"].notna(), None)
    key = res.shown.astype(float)
    out["rank_national"] = rank_units(key)
    out["rank_province"] = rank_units(key, out["province_code"])
    out["rank_type"] = rank_units(key, out["type"])
    out["pillars_present"] = wide[pillars].notna().sum(axis=1).astype("int64")
    out["status"] = np.where(res.scores.isna(), INSUFFICIENT, RANKED).astype(object)
    out["score_source"] = wide["score_source"]
    key = out["rank_national"].astype("Float64").fillna(np.inf).to_numpy(dtype=float)
    order = np.lexsort((out["code"].to_numpy(dtype=object).astype(str), key))
    return out.iloc[order][cols].reset_index(drop=True)


def maturity_summary(ds: Dataset, filters: Filters | None = None,
                     settings: IndexSettings | None = None) -> pd.DataFrame:
    """One row per region participating by ``filters.as_of`` with an evaluation ≤ as_of (latest such year),
    inside the filters; index and ranks computed nationally first (see the module doc). Columns: code, name,
    province_code, province_name, island_group, type, size_class, population, cohort_year, eval_year, the six
    pillars (0–4), index (method's scale), index_100, level, rank_national, rank_province, rank_type,
    score_source. Sorted by rank_national."""
    filters = _check_filters(ds, filters)
    nat = _national_index(ds, filters.as_of, _settings(settings))
    return nat[filters.mask(nat).to_numpy()].reset_index(drop=True)


def maturity_mix(ds: Dataset, filters: Filters | None = None,
                 settings: IndexSettings | None = None) -> pd.DataFrame:
    """Regions per maturity level inside the filters (all five levels, zeros kept, lowest first), then
    ``insufficient_data`` (evaluated, but fewer pillars than the completeness rule asks) and
    ``not_yet_evaluated`` (participants by as_of without an evaluation ≤ as_of). Columns: level, order,
    name_en, name_id, regions, population, share (of the participants inside the filters)."""
    filters = _check_filters(ds, filters)
    settings = _settings(settings)
    if settings.normalisation not in ABSOLUTE_NORMALISATIONS:
        raise ValueError(f"maturity levels need an absolute scale (normalisation none or goalposts), "
                         f"not {settings.normalisation!r}")
    rows = maturity_summary(ds, filters, settings)
    lv = levels()
    counts = rows.groupby("level")["code"].count().reindex(lv["level"], fill_value=0)
    pops = rows.groupby("level")["population"].sum().reindex(lv["level"], fill_value=0)
    regions = filters.apply(ds.regions)
    part = regions[cov.participating(regions, filters.as_of)]
    waiting = part[~part["code"].isin(rows["code"])]
    short = rows[rows["status"] == INSUFFICIENT]
    out = pd.DataFrame({
        "level": [*lv["level"], INSUFFICIENT, NOT_EVALUATED],
        "order": [*lv["order"].astype(int), len(lv) + 1, len(lv) + 2],
        "name_en": [*lv["name_en"], "Insufficient data", "Not yet evaluated"],
        "name_id": [*lv["name_id"], "Data tidak cukup", "Belum dievaluasi"],
        "regions": [*counts.astype(int), len(short), len(waiting)],
        "population": [*pops.astype("int64"), int(short["population"].sum()), int(waiting["population"].sum())],
    })
    total = len(part)
    out["share"] = out["regions"] / total if total else np.nan
    return out


def strengths_summary(ds: Dataset, code: str, as_of: int, n: int = 2, *,
                      peers: str | None = None) -> pd.DataFrame:
    """A region's ``n`` best and ``n`` worst pillars relative to the median of its peers: all evaluated
    participants as of ``as_of`` (``peers=None``), or those of the same ``type`` / ``size_class``.
    Columns: pillar, name_en, name_id, score, peer_median, diff, kind (strength/weakness), peers."""
    code = check_region(ds, code)
    as_of = check_year(ds, as_of)
    if peers not in (None, "type", "size_class"):
        raise ValueError(f"unknown peer group {peers!r}; use type or size_class")
    regions, wide = _evaluated_units(ds, as_of)
    if code not in wide.index:
        raise ValueError(f"region {code} ({_name(ds, code)}) has no evaluation up to {as_of}")
    pillars = ds.pillar_codes
    groups = None if peers is None else regions[peers].astype(object)
    sw = strengths_weaknesses(wide[pillars].astype(float), groups, n=n)
    sw = sw[sw["unit"] == code].drop(columns="unit").reset_index(drop=True)
    names = ds.pillars.set_index("code")
    sw.insert(1, "name_en", sw["pillar"].map(names["name_en"]).astype(object))
    sw.insert(2, "name_id", sw["pillar"].map(names["name_id"]).astype(object))
    n_peers = len(wide) if peers is None else int((regions[peers] == regions.at[code, peers]).sum())
    sw["peers"] = n_peers
    return sw


def _name(ds: Dataset, code: str) -> str:
    return str(ds.regions.loc[ds.regions["code"] == code, "name"].iloc[0])


# ---------------------------------------------------------------------------------------------- uncertainty
def uncertainty_summary(ds: Dataset, filters: Filters | None = None, *, n: int = 1000, seed: int = 0,
                        settings: IndexSettings | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Monte Carlo rank uncertainty (composite.run_uncertainty: weights ±25%, normalisation and aggregation
    drawn) over the same units as :func:`maturity_summary`, nationally; rows inside the filters are kept
    afterwards. Returns (ranks: code, name, province_name, type, index, nominal_rank, median_rank, p05_rank,
    p95_rank — sorted by nominal rank; sensitivity: choice, mean_abs_rank_shift, max_abs_rank_shift)."""
    filters = _check_filters(ds, filters)
    settings = _settings(settings)
    if int(n) < 1:
        raise ValueError(f"n must be at least 1 (got {n})")
    as_of = check_year(ds, filters.as_of)
    regions, wide = _evaluated_units(ds, as_of)
    rank_cols = ["code", "name", "province_name", "type", "index", "nominal_rank", "median_rank",
                 "p05_rank", "p95_rank"]
    sens_cols = ["choice", "mean_abs_rank_shift", "max_abs_rank_shift"]
    if wide.empty:
        return pd.DataFrame(columns=rank_cols), pd.DataFrame(columns=sens_cols)
    res = run_uncertainty(wide[ds.pillar_codes].astype(float), default_framework(), n=int(n), seed=int(seed),
                          nominal=settings)
    r = res.ranks
    out = regions.loc[r.index, ["code", "name", "province_name", "type"]].copy()
    out["index"] = res.nominal.scores.reindex(r.index).astype(float)
    out["nominal_rank"] = r["nominal"].astype("Int64")
    out["median_rank"] = r["median"].astype(float)
    out["p05_rank"] = r["p05"].astype(float)
    out["p95_rank"] = r["p95"].astype(float)
    keep = filters.mask(regions.loc[r.index]).to_numpy()
    out = out[keep]
    key = out["nominal_rank"].astype("Float64").fillna(np.inf).to_numpy(dtype=float)
    out = out.iloc[np.lexsort((out["code"].to_numpy(dtype=object).astype(str), key))].reset_index(drop=True)
    sens = res.sensitivity.reset_index()[sens_cols]
    return out, sens


# ---------------------------------------------------------------------------------------------- peers
PEER_GROUPS = (None, "type", "size_class")


def peers_summary(ds: Dataset, code: str, *, as_of: int, k: int = 5, same: str | None = None,
                  settings: IndexSettings | None = None) -> pd.DataFrame:
    """The ``k`` evaluated participants most similar to ``code`` on their pillar profile (as of ``as_of``;
    Euclidean distance on min-max-normalised pillars, composite.similar_units), optionally only those of the
    same ``type`` or ``size_class``. Columns: code, name, province_name, type, size_class, distance, index,
    level (index and level as in :func:`maturity_summary`)."""
    code = check_region(ds, code)
    as_of = check_year(ds, as_of)
    if same not in PEER_GROUPS:
        raise ValueError(f"unknown peer group {same!r}; use type or size_class")
    if int(k) < 1:
        raise ValueError(f"k must be at least 1 (got {k})")
    nat = _national_index(ds, as_of, _settings(settings)).set_index("code", drop=False)
    if code not in nat.index:
        raise ValueError(f"region {code} ({_name(ds, code)}) has no evaluation up to {as_of}")
    groups = None if same is None else nat[same].astype(object)
    near = similar_units(nat[ds.pillar_codes].astype(float), code, k=int(k), same=groups)
    out = nat.loc[near.index, ["code", "name", "province_name", "type", "size_class"]].copy()
    out["distance"] = near["distance"].astype(float)
    out["index"] = nat.loc[near.index, "index"].astype(float)
    out["level"] = nat.loc[near.index, "level"]
    return out.reset_index(drop=True)


# ---------------------------------------------------------------------------------------------- planner
def plan_summary(ds: Dataset, *, budget: int, as_of: int, objective: str = "population",
                 min_per_province: int = 0, only_type: str | None = None,
                 exclude: Sequence[str] = ()) -> pd.DataFrame:
    """The next-cohort plan (:func:`analytics.summaries.planner.plan`) over all regions, with unknown excluded codes
    reported with suggestions. Objective ``need`` uses the national HDI quintiles as of ``as_of``."""
    as_of = check_year(ds, as_of)
    exclude = tuple(check_region(ds, c) for c in exclude)
    need = None
    if objective == "need":
        from analytics.summaries.equity import need_table
        need = need_table(ds, as_of).set_index("code")
    return planner.plan(ds.regions, budget=budget, as_of=as_of, objective=objective,
                        min_per_province=min_per_province, only_type=only_type, exclude=exclude, need=need)
