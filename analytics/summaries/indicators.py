"""Real regional indicators (BPS, Kemendes PDTT): the catalogue, values as of a year, and the tables of the
Indicator explorer. Pure pandas/numpy; every page table and ``python -m analytics export indicators`` come from here.

Stable API (the Map page, the open index and the equity analysis build on it)
------------------------------------------------------------------------------
``catalogue(ds) -> DataFrame`` — one row per indicator, columns :data:`CATALOGUE_COLUMNS`: ``indicator``,
    ``name_en``, ``name_id``, ``short_en``, ``short_id``, ``unit`` (catalogue text, which decides the valid range),
    ``unit_en``, ``unit_id`` (display units), ``direction`` (1 higher is better, -1 lower is better, 0 context),
    ``suggested_pillar``, ``open_pillar`` (the pillar it feeds in the open-statistics index, or None),
    ``publisher`` (``publisher_id``: in Indonesian), ``source_url``, ``licence`` (``licence_id``: in Indonesian), ``note`` (English caveat; "as village_index" resolved),
    ``note_id`` (Indonesian caveat), ``first_year``, ``last_year``, ``regions``.
``indicator_as_of(ds, indicator, as_of) -> DataFrame`` — one row per region that has a value in a year at or
    before ``as_of`` (regions without one are ABSENT, never zero), columns :data:`AS_OF_COLUMNS`: ``code``,
    ``indicator``, ``value``, ``value_year`` (the value's own year: show it), ``unit``, ``publisher``. Sorted by code.
``values_as_of(ds, indicators, as_of) -> (values, years)`` — the same for several indicators as two wide frames
    indexed by all 514 region codes (``NaN`` / ``<NA>`` where there is no value).

As-of semantics: for an as-of year each indicator uses its latest value at or before that year; the value's
year travels with it. The explorer's views show one indicator in one year (the years it has data).
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence

import numpy as np
import pandas as pd

from analytics import domain
from analytics.summaries.coverage import participating
from analytics.summaries.filters import Filters
from analytics.warehouse.dataset import Dataset

CATALOGUE_COLUMNS = ["indicator", "name_en", "name_id", "short_en", "short_id", "unit", "unit_en", "unit_id",
                     "direction", "suggested_pillar", "open_pillar", "publisher", "publisher_id", "source_url",
                     "licence", "licence_id", "note", "note_id", "first_year", "last_year", "regions"]
AS_OF_COLUMNS = ["code", "indicator", "value", "value_year", "unit", "publisher"]
REGION_COLUMNS = ["code", "name", "province_code", "province_name", "island_group", "type", "population"]
RANKING_COLUMNS = ["rank_national", "rank_province", *REGION_COLUMNS, "participant", "indicator", "value", "year",
                   "unit"]
STAT_COLUMNS = ["n", "missing", "mean", "min", "p10", "q1", "median", "q3", "p90", "max", "weighted_mean"]
DISTRIBUTION_COLUMNS = ["group", "indicator", "year", *STAT_COLUMNS]
PROVINCE_COLUMNS = ["province_code", "province_name", "island_group", "indicator", "year", *STAT_COLUMNS]
TREND_COLUMNS = ["code", "name", "indicator", "year", "value", "national_median", "national_n"]
VIEWS = ("ranking", "distribution", "province", "trend", "catalogue")


# ---------------------------------------------------------------------------------------------- catalogue
def _resolve_note(notes: pd.Series) -> pd.Series:
    """A caveat written "as village_index" takes that indicator's caveat."""
    out = notes.copy()
    for ind, note in notes.items():
        if isinstance(note, str) and note.startswith("as ") and note[3:].strip() in notes.index:
            out[ind] = notes[note[3:].strip()]
    return out


def catalogue(ds: Dataset) -> pd.DataFrame:
    """The indicator catalogue (see the module doc), in the order of the catalogue file's codes."""
    def build() -> pd.DataFrame:
        cat = ds.indicators.copy()
        if cat.empty:
            return pd.DataFrame(columns=CATALOGUE_COLUMNS)
        from analytics.summaries.open_index import open_framework
        fw = open_framework()
        pillar_of = {n: fw.parent(n) for n in fw.indicators}
        cat["open_pillar"] = cat["indicator"].map(pillar_of).astype(object)
        cat["open_pillar"] = cat["open_pillar"].where(cat["open_pillar"].notna(), None)
        cat["note"] = _resolve_note(cat.set_index("indicator")["note"]).to_numpy()
        cat["suggested_pillar"] = cat["suggested_pillar"].astype(object).where(cat["suggested_pillar"].notna(), None)
        return cat[CATALOGUE_COLUMNS].reset_index(drop=True)
    return ds.memo("indicator_catalogue", build).copy()


def publisher_names(ds: Dataset, lang: str) -> dict[str, str]:
    """Each publisher as the catalogue writes it → its name in ``lang``: in Indonesian the project's label
    (``publisher_id``, e.g. "BPS (dihimpun oleh lab QuaRCS)" for "BPS (compiled by QuaRCS lab)")."""
    cat = ds.indicators
    if cat.empty:
        return {}
    return dict(zip(cat["publisher"].astype(str), cat["publisher_id" if lang == "id" else "publisher"].astype(str)))


def check_indicator(ds: Dataset, indicator: str) -> str:
    """``indicator`` if it is in the catalogue, else ValueError suggesting close codes."""
    codes = ds.indicators["indicator"].tolist()
    ind = str(indicator).strip()
    if ind in codes:
        return ind
    hints = difflib.get_close_matches(ind, codes, n=3, cutoff=0.5)
    tail = f"; did you mean {', '.join(hints)}?" if hints else f"; choose one of {', '.join(codes)}"
    raise ValueError(f"unknown indicator {ind!r}{tail}")


def indicator_years(ds: Dataset, indicator: str) -> list[int]:
    """The years in which ``indicator`` has at least one value, ascending."""
    ind = check_indicator(ds, indicator)
    v = ds.indicator_values
    return sorted(int(y) for y in v.loc[v["indicator"] == ind, "year"].unique())


def check_indicator_year(ds: Dataset, indicator: str, year: int) -> int:
    """``year`` if ``indicator`` has values that year, else ValueError naming the years it has."""
    years = indicator_years(ds, indicator)
    try:
        y = int(year)
    except (TypeError, ValueError):
        raise ValueError(f"year {year!r} is not a number") from None
    if y not in years:
        span = _spans(years)
        raise ValueError(f"{indicator} has no values for {y}; years with values: {span}")
    return y


def _spans(years: Sequence[int]) -> str:
    """[2010, 2011, 2012, 2021] → '2010–2012, 2021'."""
    out, start = [], None
    for i, y in enumerate(years):
        if start is None:
            start = y
        if i + 1 == len(years) or years[i + 1] != y + 1:
            out.append(str(start) if start == y else f"{start}–{y}")
            start = None
    return ", ".join(out)


# ---------------------------------------------------------------------------------------------- as of a year
class Cube:
    """Every indicator × year × region value, forward-filled along the years (the as-of lookup is a slice).

    ``values[i, y, r]``: the latest value of indicator ``i`` for region ``r`` at or before year ``years[y]``;
    ``value_years[i, y, r]``: the year that value is from (0 where there is none)."""

    def __init__(self, ds: Dataset):
        self.codes = ds.regions["code"].astype(str).to_numpy()
        self.indicators = ds.indicators["indicator"].astype(str).tolist()
        v = ds.indicator_values
        last = int(v["year"].max()) if len(v) else domain.INDICATOR_FIRST_YEAR
        self.years = np.arange(domain.INDICATOR_FIRST_YEAR, last + 1)
        shape = (len(self.indicators), len(self.years), len(self.codes))
        vals = np.full(shape, np.nan)
        yrs = np.zeros(shape, dtype=np.int32)
        i = pd.Index(self.indicators).get_indexer(v["indicator"])
        y = v["year"].to_numpy(dtype=int) - domain.INDICATOR_FIRST_YEAR
        r = pd.Index(self.codes).get_indexer(v["region_code"])
        ok = (i >= 0) & (r >= 0) & (y >= 0)
        vals[i[ok], y[ok], r[ok]] = v["value"].to_numpy(dtype=float)[ok]
        yrs[i[ok], y[ok], r[ok]] = v["year"].to_numpy(dtype=np.int32)[ok]
        for k in range(1, len(self.years)):          # forward fill: the latest value at or before each year
            gap = np.isnan(vals[:, k, :])
            vals[:, k, :][gap] = vals[:, k - 1, :][gap]
            yrs[:, k, :][gap] = yrs[:, k - 1, :][gap]
        self.values, self.value_years = vals, yrs

    def at(self, indicators: Sequence[str], as_of: int) -> tuple[np.ndarray, np.ndarray]:
        """(values, years) arrays, regions × indicators, as of ``as_of`` (NaN / 0 before the first value)."""
        idx = [self.indicators.index(ind) for ind in indicators]
        k = int(as_of) - domain.INDICATOR_FIRST_YEAR
        if k < 0 or not len(self.years):
            return np.full((len(self.codes), len(idx)), np.nan), np.zeros((len(self.codes), len(idx)), np.int32)
        k = min(k, len(self.years) - 1)
        return self.values[idx, k, :].T.copy(), self.value_years[idx, k, :].T.copy()


def cube(ds: Dataset) -> Cube:
    """The dataset's :class:`Cube`, built once per Dataset."""
    return ds.memo("indicator_cube", lambda: Cube(ds))


def values_as_of(ds: Dataset, indicators: Sequence[str], as_of: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(values, years): 514 region codes × ``indicators`` of the latest value at or before ``as_of`` and its
    year (NaN and <NA> where a region has none)."""
    inds = [check_indicator(ds, i) for i in indicators]
    c = cube(ds)
    vals, yrs = c.at(inds, int(as_of))
    index = pd.Index(c.codes, name="code")
    values = pd.DataFrame(vals, index=index, columns=inds)
    years = pd.DataFrame(np.where(yrs > 0, yrs, np.nan), index=index, columns=inds).astype("Int64")
    return values, years


def indicator_as_of(ds: Dataset, indicator: str, as_of: int) -> pd.DataFrame:
    """One row per region with a value of ``indicator`` at or before ``as_of`` (see the module doc)."""
    ind = check_indicator(ds, indicator)
    values, years = values_as_of(ds, [ind], as_of)
    has = values[ind].notna()
    meta = ds.indicators.set_index("indicator")
    out = pd.DataFrame({"code": values.index[has].astype(str), "indicator": ind,
                        "value": values.loc[has, ind].to_numpy(dtype=float),
                        "value_year": years.loc[has, ind].astype("int64").to_numpy(),
                        "unit": meta.at[ind, "unit"], "publisher": meta.at[ind, "publisher"]})
    return out[AS_OF_COLUMNS].reset_index(drop=True)


# ---------------------------------------------------------------------------------------------- explorer views
def _values_in_year(ds: Dataset, indicator: str, year: int) -> pd.Series:
    """The values of ``indicator`` in exactly ``year``, by region code (regions without a value absent)."""
    v = ds.indicator_values
    sel = v[(v["indicator"] == indicator) & (v["year"] == int(year))]
    return pd.Series(sel["value"].to_numpy(dtype=float), index=sel["region_code"].astype(str).to_numpy())


def _check(ds: Dataset, indicator: str, year: int, filters: Filters | None) -> tuple[str, int, Filters]:
    ind = check_indicator(ds, indicator)
    y = check_indicator_year(ds, ind, year)
    f = filters if filters is not None else Filters()
    f.validate(ds.regions, ds.last_year)
    return ind, y, f


def _quantiles(x: np.ndarray, w: np.ndarray) -> dict[str, float]:
    if x.size == 0:
        return {k: np.nan for k in STAT_COLUMNS if k not in ("n", "missing")}
    q = np.quantile(x, [0.1, 0.25, 0.5, 0.75, 0.9])
    return {"mean": float(x.mean()), "min": float(x.min()), "p10": float(q[0]), "q1": float(q[1]),
            "median": float(q[2]), "q3": float(q[3]), "p90": float(q[4]), "max": float(x.max()),
            "weighted_mean": float(np.average(x, weights=w)) if w.sum() > 0 else np.nan}


def _stats(regions: pd.DataFrame, values: pd.Series) -> dict[str, float]:
    v = regions["code"].map(values).to_numpy(dtype=float)
    has = ~np.isnan(v)
    return {"n": int(has.sum()), "missing": int((~has).sum()),
            **_quantiles(v[has], regions["population"].to_numpy(dtype=float)[has])}


def indicator_ranking(ds: Dataset, indicator: str, year: int, filters: Filters | None = None) -> pd.DataFrame:
    """The regions in view with a value of ``indicator`` in ``year``: national rank (1 = best by the
    indicator's direction; context-only indicators rank the largest first) and rank within the province,
    both computed over all regions with a value before the filters drop rows. ``participant``: joined the
    programme by ``year``. Sorted by national rank. Columns: :data:`RANKING_COLUMNS`."""
    from analytics.composite import rank_units
    ind, y, f = _check(ds, indicator, year, filters)
    vals = _values_in_year(ds, ind, y)
    reg = ds.regions.set_index("code", drop=False)
    reg = reg[reg.index.isin(vals.index)]
    direction = int(ds.indicators.set_index("indicator").at[ind, "direction"]) or 1
    key = pd.Series(vals.reindex(reg.index).to_numpy(dtype=float), index=reg.index)
    out = reg[REGION_COLUMNS].copy()
    out.insert(0, "rank_national", rank_units(key, ascending=direction < 0))
    out.insert(1, "rank_province", rank_units(key, reg["province_code"], ascending=direction < 0))
    out["participant"] = participating(reg, y).to_numpy()
    out["indicator"] = ind
    out["value"] = key.to_numpy()
    out["year"] = y
    out["unit"] = ds.indicators.set_index("indicator").at[ind, "unit"]
    out = out[f.mask(out).to_numpy()]
    order = np.lexsort((out["code"].to_numpy(dtype=str), out["rank_national"].to_numpy(dtype=float)))
    return out.iloc[order][RANKING_COLUMNS].reset_index(drop=True)


def indicator_distribution(ds: Dataset, indicator: str, year: int, filters: Filters | None = None) -> pd.DataFrame:
    """Summary statistics of ``indicator`` in ``year`` over the regions in view (group ``all``), then per island
    group in view: n (with a value), missing (in view, without), mean, min, p10, q1, median, q3, p90, max and the
    population-weighted mean (Dukcapil 2024 population). Columns: :data:`DISTRIBUTION_COLUMNS`."""
    ind, y, f = _check(ds, indicator, year, filters)
    vals = _values_in_year(ds, ind, y)
    reg = f.apply(ds.regions)
    rows = [{"group": "all", **_stats(reg, vals)}]
    for island in domain.ISLAND_GROUPS:
        sub = reg[reg["island_group"] == island]
        if len(sub):
            rows.append({"group": island, **_stats(sub, vals)})
    out = pd.DataFrame(rows)
    out.insert(1, "indicator", ind)
    out.insert(2, "year", y)
    for c in ("n", "missing"):
        out[c] = out[c].astype("int64")
    return out[DISTRIBUTION_COLUMNS]


def indicator_by_province(ds: Dataset, indicator: str, year: int, filters: Filters | None = None) -> pd.DataFrame:
    """The statistics of :func:`indicator_distribution` per province in view (every province, also those with
    no value: n = 0, statistics missing), in province-code order. Columns: :data:`PROVINCE_COLUMNS`."""
    ind, y, f = _check(ds, indicator, year, filters)
    vals = _values_in_year(ds, ind, y)
    reg = f.apply(ds.regions)
    rows = []
    for code, sub in reg.groupby("province_code", sort=True):
        rows.append({"province_code": code, "province_name": sub["province_name"].iloc[0],
                     "island_group": sub["island_group"].iloc[0], **_stats(sub, vals)})
    out = pd.DataFrame(rows, columns=["province_code", "province_name", "island_group", *STAT_COLUMNS])
    out.insert(3, "indicator", ind)
    out.insert(4, "year", y)
    for c in ("n", "missing"):
        out[c] = out[c].astype("int64")
    return out[PROVINCE_COLUMNS]


def indicator_trend(ds: Dataset, indicator: str, codes: Iterable[str]) -> pd.DataFrame:
    """Every value of ``indicator`` for the regions ``codes`` (in the order given) over all its years, beside the
    national median of that year and how many regions it is over. Years without a value are absent (a gap,
    never interpolated). Columns: :data:`TREND_COLUMNS`."""
    from analytics.summaries.tables import check_region
    ind = check_indicator(ds, indicator)
    codes = list(dict.fromkeys(check_region(ds, c) for c in codes))
    v = ds.indicator_values[ds.indicator_values["indicator"] == ind]
    nat = v.groupby("year")["value"].agg(["median", "count"])
    sel = v[v["region_code"].isin(codes)]
    names = ds.regions.set_index("code")["name"]
    out = pd.DataFrame({"code": sel["region_code"].astype(str).to_numpy(), "indicator": ind,
                        "year": sel["year"].astype("int64").to_numpy(), "value": sel["value"].to_numpy(dtype=float)})
    out.insert(1, "name", out["code"].map(names))
    out["national_median"] = out["year"].map(nat["median"]).astype(float)
    out["national_n"] = out["year"].map(nat["count"]).astype("int64")
    order = {c: i for i, c in enumerate(codes)}
    out = out.assign(_o=out["code"].map(order)).sort_values(["_o", "year"], kind="stable").drop(columns="_o")
    return out[TREND_COLUMNS].reset_index(drop=True)


def national_trend(ds: Dataset, indicator: str) -> pd.DataFrame:
    """The national median, quartiles and count of ``indicator`` per year: year, n, q1, median, q3."""
    ind = check_indicator(ds, indicator)
    v = ds.indicator_values[ds.indicator_values["indicator"] == ind]
    g = v.groupby("year")["value"]
    out = pd.DataFrame({"n": g.count(), "q1": g.quantile(0.25), "median": g.median(), "q3": g.quantile(0.75)})
    out.index.name = "year"
    return out.reset_index().astype({"year": "int64", "n": "int64"})


def caveats(ds: Dataset, indicator: str, year: int | None = None) -> list[str]:
    """The caveat codes that apply to ``indicator`` in ``year`` (the pages translate them): ``covid`` (a 2021
    value), ``hdi_series`` (HDI in 2024: the [Metode Baru] series, not BPS's 2024 headline), ``villages_only``
    (a Village Development Index figure: villages only, most kota have none), ``subset`` (GRDP: 459 checked
    regions), ``context`` (context only, not better or worse)."""
    ind = check_indicator(ds, indicator)
    out = []
    if year is not None and int(year) == domain.COVID_YEAR:
        out.append("covid")
    if ind == domain.NEED_INDICATOR and (year is None or int(year) == domain.HDI_SERIES_BREAK_YEAR):
        out.append("hdi_series")
    if ind.startswith("village"):
        out.append("villages_only")
    if ind == domain.INCOME_INDICATOR:
        out.append("subset")
    if int(ds.indicators.set_index("indicator").at[ind, "direction"]) == 0:
        out.append("context")
    return out


__all__ = ["CATALOGUE_COLUMNS", "AS_OF_COLUMNS", "RANKING_COLUMNS", "DISTRIBUTION_COLUMNS", "PROVINCE_COLUMNS",
           "TREND_COLUMNS", "VIEWS", "catalogue", "check_indicator", "indicator_years", "check_indicator_year",
           "Cube", "cube", "values_as_of", "indicator_as_of", "indicator_ranking", "indicator_distribution",
           "indicator_by_province", "indicator_trend", "national_trend", "caveats"]
