"""Does the programme reach the regions that need it? Participants against non-participants on real need
indicators (BPS Human Development Index, poverty rate, GRDP per capita), as of any year.

Definitions (all as of ``filters.as_of``; each indicator takes its latest value at or before that year, whose
year is reported beside it; regions without a value are left out of that indicator's figures, never zero):

participant
    a region whose first cohort year is at or before the as-of year (as everywhere in the app).
need quintile
    the national fifths of the 514 kab/kota by need, computed over every region with a value: quintile 1 holds
    the regions at or below the 20th percentile of the HDI (numpy's linear interpolation; ties included), up to
    quintile 5 above the 80th. For the poverty rate the order is reversed (quintile 1 = the highest poverty
    rates, "the poorest regions"). Quintiles are national even when a filter narrows the view.
population-weighted median
    the smallest value ``v`` such that the regions with a value at or below ``v`` hold at least half of the
    population of the group (Dukcapil 2024 population).
concentration curve and index
    regions sorted from the lowest HDI to the highest (ties by region code); ``x`` = cumulative share of the
    regions (or of the population), ``y`` = cumulative share of the participants (or of the population
    reached). The concentration index ``C = 2 cov_w(h, R) / mean_w(h)`` with ``h`` = 1 for a participant,
    ``R`` the (weighted) fractional rank ``(sum of the weights before i + w_i / 2) / W`` and weights 1 (regions)
    or population; it equals 1 − 2 × the area under the piecewise-linear curve. ``C < 0``: participation is
    concentrated among low-HDI regions (reaches need); ``C > 0``: among high-HDI regions; 0: proportional.
    (O'Donnell, van Doorslaer, Wagstaff & Lindelow, *Analyzing Health Equity Using Household Survey Data*,
    World Bank 2008, ch. 7–8.)
cohort by cohort
    for every year with a new cohort from the programme's first year: the new participants' median HDI and how
    many were in the lowest quintile, and the cumulative picture as of that year.

Stable API: :func:`need_table`, :func:`equity_groups`, :func:`equity_quintiles`, :func:`concentration_curve`,
:func:`concentration_index`, :func:`equity_cohorts`, :func:`equity_summary` (each returns the frame a page shows
and ``python -m analytics export equity --view …`` writes).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from analytics import domain
from analytics.summaries import indicators as ind
from analytics.summaries.coverage import participating
from analytics.summaries.filters import Filters
from analytics.warehouse.dataset import Dataset

NEED_INDICATORS = (domain.NEED_INDICATOR, domain.POVERTY_INDICATOR, domain.INCOME_INDICATOR)
N_QUANTILES = int(round(1 / domain.NEED_QUANTILE))                 # 5: quintiles
GROUPS = ("participants", "non_participants")
VIEWS = ("summary", "groups", "quintiles", "curve", "cohorts")

NEED_COLUMNS = ["code", "name", "province_code", "province_name", "island_group", "type", "population",
                "cohort_year", "participant", *[c for i in NEED_INDICATORS for c in (i, f"{i}_year")],
                "hdi_quintile", "poverty_quintile"]
GROUP_COLUMNS = ["as_of", "indicator", "group", "regions", "with_value", "population", "median", "weighted_median",
                 "q1", "q3", "mean", "weighted_mean", "value_year_min", "value_year_max"]
QUINTILE_COLUMNS = ["as_of", "indicator", "quintile", "value_min", "value_max", "regions", "participants",
                    "region_share", "population", "population_reached", "population_share"]
CURVE_COLUMNS = ["as_of", "order", "code", "name", "hdi", "hdi_year", "participant", "population", "x_regions",
                 "y_regions", "x_population", "y_population"]
COHORT_COLUMNS = ["cohort_year", "new_participants", "new_median_hdi", "new_in_lowest_quintile", "participants",
                  "participants_median_hdi", "non_participants_median_hdi", "lowest_quintile_reached_share",
                  "concentration_index", "concentration_index_population", "hdi_year"]
SUMMARY_COLUMNS = ["as_of", "regions", "participants", "hdi_year_min", "hdi_year_max", "participants_median_hdi",
                   "non_participants_median_hdi", "participants_weighted_median_hdi",
                   "non_participants_weighted_median_hdi", "lowest_quintile_regions", "lowest_quintile_reached",
                   "lowest_quintile_reached_share", "lowest_quintile_population_share",
                   "highest_quintile_reached_share", "poorest_quintile_regions", "poorest_quintile_reached",
                   "poorest_quintile_reached_share", "concentration_index", "concentration_index_population"]


# ---------------------------------------------------------------------------------------------- building blocks
def quantile_class(values: np.ndarray, direction: int = 1, n: int = N_QUANTILES) -> np.ndarray:
    """Need class 1..n of each value (1 = most need): with ``direction`` 1 (higher is better) class 1 is the
    values at or below the national ``1/n`` quantile (numpy linear interpolation); with -1 the order is
    reversed. NaN stays 0 (no class)."""
    x = np.asarray(values, dtype=float) * (1 if direction >= 0 else -1)
    ok = ~np.isnan(x)
    out = np.zeros(len(x), dtype=np.int64)
    if not ok.any():
        return out
    cuts = np.quantile(x[ok], np.arange(1, n) / n)
    out[ok] = 1 + (x[ok][:, None] > cuts[None, :]).sum(axis=1)
    return out


def weighted_median(values: np.ndarray, weights: np.ndarray) -> float:
    """The smallest value whose cumulative weight (values sorted ascending) reaches half the total."""
    v, w = np.asarray(values, dtype=float), np.asarray(weights, dtype=float)
    ok = ~np.isnan(v) & (w > 0)
    if not ok.any():
        return np.nan
    order = np.argsort(v[ok], kind="stable")
    vs, cw = v[ok][order], np.cumsum(w[ok][order])
    return float(vs[np.searchsorted(cw, 0.5 * cw[-1], side="left")])


def concentration_index(h: np.ndarray, rank_key: np.ndarray, weights: np.ndarray | None = None,
                        tiebreak: np.ndarray | None = None) -> float:
    """``C = 2 cov_w(h, R) / mean_w(h)`` with regions ordered by ``rank_key`` ascending (then ``tiebreak``) and
    ``R`` the weighted fractional rank (see the module doc). NaN when no region has ``h`` > 0."""
    h = np.asarray(h, dtype=float)
    w = np.ones(len(h)) if weights is None else np.asarray(weights, dtype=float)
    keys = (np.asarray(rank_key, dtype=float),) if tiebreak is None else (np.asarray(tiebreak), np.asarray(rank_key, dtype=float))
    order = np.lexsort(keys)
    h, w = h[order], w[order]
    total = w.sum()
    mu = float((w * h).sum() / total) if total > 0 else np.nan
    if not mu > 0:
        return np.nan
    rank = (np.cumsum(w) - 0.5 * w) / total
    cov = float((w * (h - mu) * (rank - 0.5)).sum() / total)    # the weighted mean of R is exactly 0.5
    return 2.0 * cov / mu


def _check(ds: Dataset, filters: Filters | None) -> Filters:
    f = filters if filters is not None else Filters()
    f.validate(ds.regions, ds.last_year)
    return f


def need_table(ds: Dataset, as_of: int) -> pd.DataFrame:
    """All 514 regions as of ``as_of`` with participation, the need indicators (value and the value's own year)
    and the national need quintiles of HDI and poverty. Columns: :data:`NEED_COLUMNS`, in region-code order."""
    def build() -> pd.DataFrame:
        values, years = ind.values_as_of(ds, list(NEED_INDICATORS), as_of)
        reg = ds.regions.set_index("code", drop=False)
        out = reg[["code", "name", "province_code", "province_name", "island_group", "type", "population",
                   "cohort_year"]].copy()
        out["cohort_year"] = out["cohort_year"].astype("Int64")
        out["participant"] = participating(reg, as_of).to_numpy()
        for i in NEED_INDICATORS:
            out[i] = values[i].reindex(out.index).to_numpy(dtype=float)
            out[f"{i}_year"] = years[i].reindex(out.index).astype("Int64").to_numpy()
        out["hdi_quintile"] = quantile_class(out[domain.NEED_INDICATOR].to_numpy(), 1)
        out["poverty_quintile"] = quantile_class(out[domain.POVERTY_INDICATOR].to_numpy(), -1)
        return out[NEED_COLUMNS].reset_index(drop=True)
    return ds.memo(("need_table", int(as_of)), build).copy()


def _in_view(ds: Dataset, f: Filters) -> pd.DataFrame:
    t = need_table(ds, f.as_of)
    return t[f.mask(t).to_numpy()].reset_index(drop=True)


# ---------------------------------------------------------------------------------------------- the tables
def equity_groups(ds: Dataset, filters: Filters | None = None) -> pd.DataFrame:
    """Participants and non-participants in view on each need indicator: regions in the group, with_value,
    population (of those with a value), median and population-weighted median, quartiles, mean and weighted
    mean, and the range of the values' own years. Columns: :data:`GROUP_COLUMNS`."""
    f = _check(ds, filters)
    t = _in_view(ds, f)
    rows = []
    for i in NEED_INDICATORS:
        for g, sel in zip(GROUPS, (t["participant"], ~t["participant"])):
            sub = t[sel.to_numpy()]
            v = sub[i].to_numpy(dtype=float)
            ok = ~np.isnan(v)
            pop = sub["population"].to_numpy(dtype=float)
            yrs = sub.loc[ok, f"{i}_year"].astype("float")
            rows.append({
                "as_of": int(f.as_of), "indicator": i, "group": g, "regions": len(sub), "with_value": int(ok.sum()),
                "population": int(pop[ok].sum()),
                "median": float(np.median(v[ok])) if ok.any() else np.nan,
                "weighted_median": weighted_median(v[ok], pop[ok]),
                "q1": float(np.quantile(v[ok], 0.25)) if ok.any() else np.nan,
                "q3": float(np.quantile(v[ok], 0.75)) if ok.any() else np.nan,
                "mean": float(v[ok].mean()) if ok.any() else np.nan,
                "weighted_mean": float(np.average(v[ok], weights=pop[ok])) if ok.any() else np.nan,
                "value_year_min": yrs.min() if ok.any() else np.nan,
                "value_year_max": yrs.max() if ok.any() else np.nan})
    out = pd.DataFrame(rows, columns=GROUP_COLUMNS)
    for c in ("value_year_min", "value_year_max"):
        out[c] = out[c].astype("Float64").astype("Int64")
    return out


def equity_quintiles(ds: Dataset, filters: Filters | None = None) -> pd.DataFrame:
    """How much of each national need quintile in view the programme reaches, for HDI (quintile 1 = lowest HDI)
    and poverty (quintile 1 = highest poverty): the quintile's value range, regions, participants, their share,
    population, population reached and its share. Columns: :data:`QUINTILE_COLUMNS`."""
    f = _check(ds, filters)
    t = _in_view(ds, f)
    rows = []
    for i, qcol in ((domain.NEED_INDICATOR, "hdi_quintile"), (domain.POVERTY_INDICATOR, "poverty_quintile")):
        for q in range(1, N_QUANTILES + 1):
            sub = t[(t[qcol] == q).to_numpy()]
            part = sub["participant"].to_numpy(dtype=bool)
            pop = sub["population"].to_numpy(dtype=np.int64)
            rows.append({"as_of": int(f.as_of), "indicator": i, "quintile": q,
                         "value_min": float(sub[i].min()) if len(sub) else np.nan,
                         "value_max": float(sub[i].max()) if len(sub) else np.nan,
                         "regions": len(sub), "participants": int(part.sum()),
                         "region_share": part.mean() if len(sub) else np.nan,
                         "population": int(pop.sum()), "population_reached": int(pop[part].sum()),
                         "population_share": pop[part].sum() / pop.sum() if pop.sum() else np.nan})
    return pd.DataFrame(rows, columns=QUINTILE_COLUMNS)


def concentration_curve(ds: Dataset, filters: Filters | None = None) -> pd.DataFrame:
    """The concentration curve of participation against regions ranked by HDI (lowest first; regions in view
    with an HDI value), one row per region with the curve's point after it, by count and by population.
    Columns: :data:`CURVE_COLUMNS` (the curve starts at (0, 0), which has no row)."""
    f = _check(ds, filters)
    t = _in_view(ds, f)
    t = t[t[domain.NEED_INDICATOR].notna()]
    t = t.iloc[np.lexsort((t["code"].to_numpy(dtype=str), t[domain.NEED_INDICATOR].to_numpy(dtype=float)))]
    h = t["participant"].to_numpy(dtype=float)
    pop = t["population"].to_numpy(dtype=float)
    n = len(t)
    out = pd.DataFrame({"as_of": int(f.as_of), "order": np.arange(1, n + 1), "code": t["code"].to_numpy(),
                        "name": t["name"].to_numpy(), "hdi": t[domain.NEED_INDICATOR].to_numpy(dtype=float),
                        "hdi_year": t[f"{domain.NEED_INDICATOR}_year"].to_numpy(),
                        "participant": h.astype(bool), "population": pop.astype(np.int64)})
    with np.errstate(invalid="ignore", divide="ignore"):
        out["x_regions"] = np.arange(1, n + 1) / n if n else []
        out["y_regions"] = np.cumsum(h) / h.sum() if h.sum() else np.nan
        out["x_population"] = np.cumsum(pop) / pop.sum() if n else []
        out["y_population"] = np.cumsum(h * pop) / (h * pop).sum() if h.sum() else np.nan
    return out[CURVE_COLUMNS]


def _concentration(t: pd.DataFrame, weights: str | None) -> float:
    t = t[t[domain.NEED_INDICATOR].notna()]
    return concentration_index(t["participant"].to_numpy(dtype=float), t[domain.NEED_INDICATOR].to_numpy(dtype=float),
                               None if weights is None else t[weights].to_numpy(dtype=float),
                               tiebreak=t["code"].to_numpy(dtype=str))


def equity_summary(ds: Dataset, filters: Filters | None = None) -> pd.DataFrame:
    """One row: the headline figures of the analysis as of ``filters.as_of`` for the regions in view.
    Columns: :data:`SUMMARY_COLUMNS` (shares 0–1; the lowest quintile is by HDI, the poorest by poverty)."""
    f = _check(ds, filters)
    t = _in_view(ds, f)
    hdi, part = t[domain.NEED_INDICATOR].to_numpy(dtype=float), t["participant"].to_numpy(dtype=bool)
    pop = t["population"].to_numpy(dtype=float)
    ok = ~np.isnan(hdi)
    low, high, poor = (t["hdi_quintile"] == 1).to_numpy(), (t["hdi_quintile"] == N_QUANTILES).to_numpy(), \
        (t["poverty_quintile"] == 1).to_numpy()
    years = t.loc[ok, f"{domain.NEED_INDICATOR}_year"].astype(float)

    def share(mask, weights=None):
        w = np.ones(len(t)) if weights is None else weights
        return float(w[mask & part].sum() / w[mask].sum()) if w[mask].sum() else np.nan

    def med(mask):
        return float(np.median(hdi[mask & ok])) if (mask & ok).any() else np.nan

    row = {"as_of": int(f.as_of), "regions": len(t), "participants": int(part.sum()),
           "hdi_year_min": int(years.min()) if ok.any() else None, "hdi_year_max": int(years.max()) if ok.any() else None,
           "participants_median_hdi": med(part), "non_participants_median_hdi": med(~part),
           "participants_weighted_median_hdi": weighted_median(hdi[part & ok], pop[part & ok]),
           "non_participants_weighted_median_hdi": weighted_median(hdi[~part & ok], pop[~part & ok]),
           "lowest_quintile_regions": int(low.sum()), "lowest_quintile_reached": int((low & part).sum()),
           "lowest_quintile_reached_share": share(low), "lowest_quintile_population_share": share(low, pop),
           "highest_quintile_reached_share": share(high),
           "poorest_quintile_regions": int(poor.sum()), "poorest_quintile_reached": int((poor & part).sum()),
           "poorest_quintile_reached_share": share(poor),
           "concentration_index": _concentration(t, None), "concentration_index_population": _concentration(t, "population")}
    out = pd.DataFrame([row], columns=SUMMARY_COLUMNS)
    for c in ("hdi_year_min", "hdi_year_max"):
        out[c] = out[c].astype("Int64")
    return out


def equity_cohorts(ds: Dataset, filters: Filters | None = None) -> pd.DataFrame:
    """Cohort by cohort since the programme's first year (``filters.as_of`` is ignored; every cohort year up to
    the data's last year): the new participants in view that year, their median HDI and how many were in the
    national lowest-HDI quintile (both as of the cohort year), then the cumulative participants as of that year
    with the medians, the lowest quintile's share reached and the concentration indices. Columns:
    :data:`COHORT_COLUMNS`."""
    f = _check(ds, filters)
    cohort_years = sorted(int(y) for y in ds.regions["cohort_year"].dropna().unique() if int(y) <= ds.last_year)
    rows = []
    for y in cohort_years:
        t = _in_view(ds, Filters(as_of=y, island_group=f.island_group, province=f.province, type=f.type))
        new = (t["cohort_year"] == y).fillna(False).to_numpy(dtype=bool)
        part = t["participant"].to_numpy(dtype=bool)
        hdi = t[domain.NEED_INDICATOR].to_numpy(dtype=float)
        ok = ~np.isnan(hdi)
        low = (t["hdi_quintile"] == 1).to_numpy()
        rows.append({"cohort_year": y, "new_participants": int(new.sum()),
                     "new_median_hdi": float(np.median(hdi[new & ok])) if (new & ok).any() else np.nan,
                     "new_in_lowest_quintile": int((new & low).sum()), "participants": int(part.sum()),
                     "participants_median_hdi": float(np.median(hdi[part & ok])) if (part & ok).any() else np.nan,
                     "non_participants_median_hdi": float(np.median(hdi[~part & ok])) if (~part & ok).any() else np.nan,
                     "lowest_quintile_reached_share": float((low & part).sum() / low.sum()) if low.sum() else np.nan,
                     "concentration_index": _concentration(t, None),
                     "concentration_index_population": _concentration(t, "population"),
                     "hdi_year": int(t.loc[ok, f"{domain.NEED_INDICATOR}_year"].max()) if ok.any() else None})
    out = pd.DataFrame(rows, columns=COHORT_COLUMNS)
    out["hdi_year"] = out["hdi_year"].astype("Int64")
    return out


def equity_view(ds: Dataset, view: str, filters: Filters | None = None) -> pd.DataFrame:
    """The frame of one view (:data:`VIEWS`): summary, groups, quintiles, curve or cohorts."""
    funcs = {"summary": equity_summary, "groups": equity_groups, "quintiles": equity_quintiles,
             "curve": concentration_curve, "cohorts": equity_cohorts}
    if view not in funcs:
        raise ValueError(f"unknown view {view!r}; choose one of {', '.join(VIEWS)}")
    return funcs[view](ds, filters)


__all__ = ["NEED_INDICATORS", "VIEWS", "quantile_class", "weighted_median", "concentration_index", "need_table",
           "equity_groups", "equity_quintiles", "concentration_curve", "equity_summary", "equity_cohorts",
           "equity_view"]
