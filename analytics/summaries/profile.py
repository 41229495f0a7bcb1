"""Pieces of a region's profile and of the ASEAN/IMD views (pure, vectorised, no UI).

- :func:`search_regions`: find regions by (part of) their name, accent- and case-insensitive.
- :func:`nearest_participants`: the programme participants closest to a region (great-circle distance).
- :func:`pillar_comparison`: a region's latest pillar scores beside its province's and the national medians.
- :func:`trend_summary`: the maturity index and national rank of regions over the evaluation years.
- :func:`ascn_network`, :func:`ascn_counts`: the ASEAN Smart Cities Network at a year, and the computed network
  size beside the reported one.
- :func:`pilot_profiles`: Indonesia's ASCN pilot regions with their maturity and the national picture.
- :func:`imd_ranks`: the IMD Smart City Index ranks of Indonesian cities over the editions (missing kept missing).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence

import numpy as np
import pandas as pd

from analytics.summaries.coverage import participating, reported_value
from analytics.warehouse.dataset import Dataset
from analytics.domain import REFERENCE_LAST_YEAR
from analytics.summaries.filters import Filters

EARTH_RADIUS_KM = 6371.0088  # mean Earth radius (IUGG)
_PREFIX = re.compile(r"^(kabupaten|kota)( administrasi)?\s+", re.IGNORECASE)


# ---------------------------------------------------------------------------------------------- search
def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", str(s))
    return "".join(c for c in s if not unicodedata.combining(c)).casefold().strip()


def short_name(name: str) -> str:
    """``Kota Makassar`` → ``Makassar``; ``Kota Administrasi Jakarta Pusat`` → ``Jakarta Pusat``."""
    return _PREFIX.sub("", str(name)).strip()


def search_regions(regions: pd.DataFrame, query: str, limit: int | None = 10) -> pd.DataFrame:
    """Regions whose name (with or without its Kabupaten/Kota prefix) or code matches ``query``.

    Accent- and case-insensitive. Best matches first: exact code or name, then names starting with the query,
    then names containing it; ties by name. Empty query: no rows. Returns the matching ``regions`` rows.
    """
    q = _fold(query)
    if not q:
        return regions.iloc[0:0]
    full = regions["name"].map(_fold)
    short = regions["name"].map(lambda n: _fold(short_name(n)))
    code = regions["code"].astype(str)
    score = np.select(
        [(code == q) | (full == q) | (short == q),
         full.str.startswith(q) | short.str.startswith(q) | code.str.startswith(q),
         full.str.contains(q, regex=False)],
        [0, 1, 2], default=-1)
    hit = regions.assign(_score=score, _name=full)[score >= 0]
    hit = hit.sort_values(["_score", "_name"], kind="stable").drop(columns=["_score", "_name"])
    return hit if limit is None else hit.head(limit)


def picker_order(regions: pd.DataFrame) -> list[str]:
    """Region codes in the order a picker lists them: by the name without its Kabupaten/Kota prefix
    (accent- and case-insensitive), then kabupaten before kota, then code — so a typed prefix of the short name
    ("banyuw", "makassar") meets its regions first and a "contains" filter keeps that order."""
    key = regions.assign(_short=regions["name"].map(lambda n: _fold(short_name(n))),
                         _kota=regions["type"].astype(str).eq("kota"))
    return key.sort_values(["_short", "_kota", "code"], kind="stable")["code"].astype(str).tolist()


def picker_order_of(ds) -> list[str]:
    """:func:`picker_order` of a Dataset's regions, computed once per Dataset (a copy: callers may change it)."""
    return list(ds.memo("picker_order", lambda: tuple(picker_order(ds.regions))))


# ---------------------------------------------------------------------------------------------- distances
def haversine_km(lat1, lon1, lat2, lon2) -> np.ndarray:
    """Great-circle distance in km between points given in degrees (numpy broadcasting)."""
    p1, p2 = np.radians(np.asarray(lat1, dtype=float)), np.radians(np.asarray(lat2, dtype=float))
    dphi = p2 - p1
    dlam = np.radians(np.asarray(lon2, dtype=float) - np.asarray(lon1, dtype=float))
    a = np.sin(dphi / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(dlam / 2) ** 2
    return 2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.clip(a, 0.0, 1.0)))


NEAREST_COLUMNS = ["code", "name", "province_name", "type", "cohort_year", "distance_km"]


def nearest_participants(regions: pd.DataFrame, code: str, as_of: int, k: int = 5) -> pd.DataFrame:
    """The ``k`` regions participating by ``as_of`` nearest to ``code`` (great-circle distance between the
    regions' points, km, 1 decimal), nearest first; the region itself is left out. Columns: NEAREST_COLUMNS."""
    row = regions.loc[regions["code"] == code]
    if row.empty:
        raise KeyError(f"unknown region {code!r}")
    part = participating(regions, as_of) & (regions["code"] != code)
    cand = regions[part]
    d = haversine_km(float(row["lat"].iloc[0]), float(row["lon"].iloc[0]), cand["lat"].to_numpy(),
                     cand["lon"].to_numpy())
    out = cand.assign(distance_km=np.round(d, 1))
    out = out.sort_values(["distance_km", "code"], kind="stable").head(int(k))
    out = out[NEAREST_COLUMNS].reset_index(drop=True)
    out["cohort_year"] = out["cohort_year"].astype("Int64")
    return out


# ---------------------------------------------------------------------------------------------- pillars
COMPARISON_COLUMNS = ["pillar", "score", "province_median", "national_median", "province_n", "national_n"]


def pillar_comparison(maturity: pd.DataFrame, code: str, pillars: Sequence[str]) -> pd.DataFrame:
    """A region's pillar scores beside the medians of its province and of the nation.

    ``maturity``: the national maturity table (summaries.maturity_summary without region filters: one row per
    evaluated participant). Medians are over the evaluated participants (the region included); ``*_n`` say
    over how many. Empty frame when the region has no evaluation in ``maturity``.
    """
    rows = maturity.loc[maturity["code"] == code]
    if rows.empty:
        return pd.DataFrame(columns=COMPARISON_COLUMNS)
    row = rows.iloc[0]
    prov = maturity[maturity["province_code"] == row["province_code"]]
    pillars = list(pillars)
    return pd.DataFrame({
        "pillar": pillars,
        "score": row[pillars].to_numpy(dtype=float),
        "province_median": prov[pillars].astype(float).median().to_numpy(),
        "national_median": maturity[pillars].astype(float).median().to_numpy(),
        "province_n": len(prov),
        "national_n": len(maturity),
    })


# ---------------------------------------------------------------------------------------------- trends
TREND_COLUMNS = ["code", "name", "year", "index", "index_100", "level", "rank_national", "regions_ranked"]


def trend_summary(ds: Dataset, codes: Iterable[str], years: Iterable[int] | None = None,
                  settings=None) -> pd.DataFrame:
    """For each year, the maturity index, level and national rank of ``codes`` from the evaluation held that
    year (:func:`analytics.summaries.tables.maturity_summary` with ``as_of = year``, rows whose ``eval_year`` is
    that year), so ``python -m analytics export maturity --year Y`` shows the same numbers.
    ``regions_ranked``: how many participants were ranked that year. Sorted by code, year."""
    from analytics.summaries.tables import maturity_summary
    codes = list(dict.fromkeys(str(c) for c in codes))
    parts = []
    for y in (ds.years if years is None else years):
        m = maturity_summary(ds, Filters(as_of=int(y)), settings)
        if m.empty:
            continue
        sel = m[m["code"].isin(codes) & (m["eval_year"] == int(y))]
        if sel.empty:
            continue
        sel = sel.assign(year=int(y), regions_ranked=len(m))
        parts.append(sel[TREND_COLUMNS])
    if not parts:
        return pd.DataFrame(columns=TREND_COLUMNS)
    out = pd.concat(parts, ignore_index=True)
    order = {c: i for i, c in enumerate(codes)}
    out = out.assign(_o=out["code"].map(order)).sort_values(["_o", "year"], kind="stable").drop(columns="_o")
    out["rank_national"] = out["rank_national"].astype("Int64")
    return out.reset_index(drop=True)


# ---------------------------------------------------------------------------------------------- ASCN
ASCN_COLUMNS = ["city", "country_iso2", "joined_year", "lat", "lon", "new_that_year"]


def ascn_network(ascn: pd.DataFrame, year: int) -> pd.DataFrame:
    """The ASCN cities that had joined by ``year`` (``new_that_year``: joined in that very year)."""
    net = ascn[ascn["joined_year"] <= int(year)].copy()
    net["new_that_year"] = net["joined_year"] == int(year)
    net["joined_year"] = net["joined_year"].astype("int64")
    return net.sort_values(["joined_year", "country_iso2", "city"], kind="stable")[ASCN_COLUMNS] \
        .reset_index(drop=True)


ASCN_COUNT_COLUMNS = ["year", "cities", "indonesian_cities", "joined", "reported", "reported_year",
                      "reported_source"]


def ascn_counts(ascn: pd.DataFrame, reported: pd.DataFrame, years: Iterable[int] | None = None,
                last_year: int = REFERENCE_LAST_YEAR) -> pd.DataFrame:
    """Network size per year computed from the city list, with the reported figure for that exact year
    (missing where none was reported). ``joined``: the cities that joined that year, comma-separated."""
    years = list(years) if years is not None else list(range(int(ascn["joined_year"].min()), last_year + 1))
    rows = []
    for y in years:
        net = ascn[ascn["joined_year"] <= y]
        new = ascn[ascn["joined_year"] == y]["city"].tolist()
        rep = reported_value(reported, "ascn_cities", y, exact=True)
        rows.append({"year": int(y), "cities": len(net), "indonesian_cities": int((net["country_iso2"] == "ID").sum()),
                     "joined": ", ".join(new),
                     "reported": None if rep is None else int(rep["value"]),
                     "reported_year": None if rep is None else int(rep["year"]),
                     "reported_source": None if rep is None else rep["source"]})
    out = pd.DataFrame(rows, columns=ASCN_COUNT_COLUMNS)
    for c in ("reported", "reported_year"):
        out[c] = out[c].astype("Int64")
    return out


PILOT_COLUMNS = ["city", "ascn_joined_year", "code", "name", "population", "cohort_year", "eval_year",
                 "index_100", "level", "rank_national"]


def pilot_profiles(pilots: pd.DataFrame, regions: pd.DataFrame, maturity: pd.DataFrame, *,
                   year_column: str = "eval_year") -> pd.DataFrame:
    """Indonesia's ASCN pilot regions (Jakarta: its six administrative units) with their programme cohort and
    index from ``maturity``: the national maturity table (``year_column`` ``eval_year``, the evaluation the index
    comes from; empty where a unit has no evaluation) or the open-statistics index table (``data_year_max``, the
    newest year among the region's open values; empty where a unit has too few indicators)."""
    reg = regions.set_index("code")
    out = pd.DataFrame({"city": pilots["city"].to_numpy(), "ascn_joined_year": pilots["joined_year"].to_numpy(),
                        "code": pilots["region_code"].astype(str).to_numpy()})
    out["name"] = out["code"].map(reg["name"])
    out["population"] = out["code"].map(reg["population"]).astype("int64")
    out["cohort_year"] = out["code"].map(reg["cohort_year"]).astype("Int64")
    mat = maturity.drop_duplicates("code").set_index("code")
    for col in (year_column, "index_100", "level", "rank_national"):
        out[col] = out["code"].map(mat[col]) if col in mat else np.nan
    out[year_column] = out[year_column].astype("Int64")
    out["rank_national"] = out["rank_national"].astype("Int64")
    out["index_100"] = out["index_100"].astype(float)
    out["level"] = out["level"].astype(object).where(out["level"].notna(), None)
    out["ascn_joined_year"] = out["ascn_joined_year"].astype("int64")
    columns = [year_column if c == "eval_year" else c for c in PILOT_COLUMNS]
    return out.sort_values(["ascn_joined_year", "city", "code"], kind="stable")[columns].reset_index(drop=True)


def national_picture(maturity: pd.DataFrame) -> dict[str, float]:
    """Median and quartiles of index_100 over the evaluated participants, and their count."""
    x = maturity["index_100"].astype(float).dropna()
    if x.empty:
        return {"n": 0, "median": np.nan, "q1": np.nan, "q3": np.nan}
    return {"n": int(len(x)), "median": float(x.median()), "q1": float(x.quantile(0.25)),
            "q3": float(x.quantile(0.75))}


IMD_COLUMNS = ["city", "year", "rank", "cities_ranked", "rating", "source_url"]
IMD_CITIES = ("Jakarta", "Medan", "Makassar")


def imd_ranks(imd: pd.DataFrame, cities: Sequence[str] = IMD_CITIES) -> pd.DataFrame:
    """The IMD Smart City Index rank of ``cities`` in every edition present in the data: a full city × edition
    grid, so an edition where a city's rank was not found is a row with the rank missing (never guessed)."""
    editions = sorted(int(y) for y in imd["year"].unique())
    grid = pd.MultiIndex.from_product([list(cities), editions], names=["city", "year"])
    got = imd.assign(year=imd["year"].astype(int)).set_index(["city", "year"])
    out = got.reindex(grid).reset_index()
    for c in ("rank", "cities_ranked"):
        out[c] = out[c].astype("Int64")
    for c in ("rating", "source_url"):
        out[c] = out[c].astype(object).where(out[c].notna(), None)
    return out[IMD_COLUMNS]


def city_regions(cities: Iterable[str], pilots: pd.DataFrame, regions: pd.DataFrame) -> dict[str, list[str]]:
    """The region codes a city name stands for: the ASCN pilot mapping where the city is a pilot (Jakarta →
    the six units of province 31), else the kota whose name without prefix is the city (Medan → Kota Medan)."""
    out: dict[str, list[str]] = {}
    kota = regions[regions["type"] == "kota"]
    short = kota["name"].map(lambda n: _fold(short_name(n)))
    for city in cities:
        codes = pilots.loc[pilots["city"] == city, "region_code"].astype(str).tolist()
        if not codes:
            codes = kota.loc[short == _fold(city), "code"].astype(str).tolist()
        out[str(city)] = codes
    return out


def region_networks(code: str, ascn_pilots: pd.DataFrame, imd: pd.DataFrame, regions: pd.DataFrame
                    ) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(the ASCN pilot rows of the region: city, joined_year, whole — True when the pilot city is this region
    alone (Kota Makassar), False when the region is one part of it (Jakarta's six); the IMD Smart City Index rows
    of the city it belongs to, full edition grid as :func:`imd_ranks`). Both empty when the region is neither."""
    parts = ascn_pilots.groupby("city")["region_code"].nunique()
    asc = ascn_pilots.loc[ascn_pilots["region_code"].astype(str) == str(code), ["city", "joined_year"]]
    asc = asc.assign(whole=asc["city"].map(parts).eq(1).to_numpy(dtype=bool))
    cities = sorted(imd["city"].unique())
    mapping = city_regions(cities, ascn_pilots, regions)
    mine = [c for c, codes in mapping.items() if str(code) in codes]
    ranks = imd_ranks(imd, mine) if mine else pd.DataFrame(columns=IMD_COLUMNS)
    return asc.reset_index(drop=True), ranks
