"""Programme coverage: how many regions and people the programme reaches, computed from the warehouse and
shown beside the figures the ministry reported.

Cohorts are cumulative: a region counts as participating in year Y if its first cohort year is ≤ Y.
All functions are vectorised over the 514 rows of ``region_dim``.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from analytics.domain import DEFAULT_AS_OF, FIRST_YEAR, REFERENCE_LAST_YEAR

GROUPINGS = {"national": None, "island_group": "island_group", "province": "province_code", "type": "type"}


def participating(regions: pd.DataFrame, as_of: int) -> pd.Series:
    """Boolean Series: region has joined by ``as_of`` (first cohort year ≤ as_of)."""
    return regions["cohort_year"].notna() & (regions["cohort_year"].fillna(9999) <= as_of)


def coverage(regions: pd.DataFrame, as_of: int, by: str = "national") -> pd.DataFrame:
    """Coverage for one year, grouped ``by`` national | island_group | province | type.

    Columns: group (and group_name for provinces), regions_in_scope, regions_participating, region_share,
    population_in_scope, population_reached, population_share (shares in 0–1).
    """
    if by not in GROUPINGS:
        raise ValueError(f"unknown grouping {by!r}; choose one of {', '.join(GROUPINGS)}")
    part = participating(regions, as_of)
    df = pd.DataFrame({
        "group": "Indonesia" if GROUPINGS[by] is None else regions[GROUPINGS[by]],
        "in_scope": 1, "part": part.astype(int),
        "pop": regions["population"].astype("int64"),
        "pop_part": regions["population"].where(part, 0).astype("int64"),
    })
    g = df.groupby("group", sort=True).sum()
    out = pd.DataFrame({
        "regions_in_scope": g["in_scope"], "regions_participating": g["part"],
        "region_share": g["part"] / g["in_scope"],
        "population_in_scope": g["pop"], "population_reached": g["pop_part"],
        "population_share": g["pop_part"] / g["pop"],
    }).reset_index()
    if by == "province":
        names = regions.drop_duplicates("province_code").set_index("province_code")["province_name"]
        out.insert(1, "group_name", out["group"].map(names))
    out.insert(0, "as_of", as_of)
    return out


def coverage_timeline(regions: pd.DataFrame, years: range | list[int], by: str = "national") -> pd.DataFrame:
    """``coverage`` for each year, stacked (long form, years in the order given, groups sorted).

    Vectorised: one regions × years participation matrix, one group-by."""
    if by not in GROUPINGS:
        raise ValueError(f"unknown grouping {by!r}; choose one of {', '.join(GROUPINGS)}")
    years = [int(y) for y in years]
    if not years:
        return coverage(regions, FIRST_YEAR, by).iloc[0:0]
    cohort = regions["cohort_year"].astype("Float64").to_numpy(dtype=float, na_value=np.inf)
    part = cohort[:, None] <= np.asarray(years, dtype=float)[None, :]             # regions × years
    pop = regions["population"].to_numpy(dtype=np.int64)
    group = np.full(len(regions), "Indonesia", dtype=object) if GROUPINGS[by] is None \
        else regions[GROUPINGS[by]].to_numpy(dtype=object)
    keys, gidx = np.unique(group.astype(str), return_inverse=True)
    g, y = len(keys), len(years)
    n_in = np.bincount(gidx, minlength=g)
    pop_in = np.bincount(gidx, weights=pop, minlength=g).astype(np.int64)
    n_part = np.zeros((g, y), dtype=np.int64)
    pop_part = np.zeros((g, y), dtype=np.int64)
    np.add.at(n_part, gidx, part.astype(np.int64))
    np.add.at(pop_part, gidx, part * pop[:, None])
    out = pd.DataFrame({
        "as_of": np.repeat(np.asarray(years, dtype=np.int64), g),
        "group": np.tile(keys, y).astype(object),
        "regions_in_scope": np.tile(n_in, y).astype(np.int64),
        "regions_participating": n_part.T.reshape(-1),
        "population_in_scope": np.tile(pop_in, y),
        "population_reached": pop_part.T.reshape(-1),
    })
    out.insert(4, "region_share", out["regions_participating"] / out["regions_in_scope"])
    out["population_share"] = out["population_reached"] / out["population_in_scope"]
    out["group"] = out["group"].astype(regions[GROUPINGS[by]].dtype if GROUPINGS[by] else "str")
    if by == "province":
        names = regions.drop_duplicates("province_code").set_index("province_code")["province_name"]
        out.insert(2, "group_name", out["group"].map(names))
    return out


@dataclass(frozen=True)
class Figure:
    """A computed figure with the reported one beside it (None when nothing was reported)."""
    computed: float
    reported: float | None
    reported_year: int | None
    source: str | None
    note: str | None = None


def reported_value(reported: pd.DataFrame, figure: str, year: int, *, exact: bool = False) -> pd.Series | None:
    """The reported row for ``figure`` in ``year`` (or the latest year before it unless ``exact``)."""
    rows = reported[(reported["figure"] == figure) & (reported["year"] <= year)]
    if exact:
        rows = rows[rows["year"] == year]
    if rows.empty:
        return None
    return rows.sort_values("year").iloc[-1]


def _fig(computed, reported: pd.DataFrame, figure: str, year: int, exact: bool = False) -> Figure:
    row = reported_value(reported, figure, year, exact=exact)
    if row is None:
        return Figure(computed, None, None, None)
    return Figure(computed, float(row["value"]), int(row["year"]), row["source"],
                  None if pd.isna(row["note"]) else row["note"])


def national_headline(regions: pd.DataFrame, reported: pd.DataFrame, ascn: pd.DataFrame,
                      as_of: int = DEFAULT_AS_OF) -> dict[str, Figure]:
    """The landing page's headline, every number computed from the warehouse with the reported one beside it.

    Keys: participants, regions_total, population_reached, population_total, provinces_reached,
    ascn_network, ascn_indonesia.
    """
    cov = coverage(regions, as_of).iloc[0]
    part = participating(regions, as_of)
    ascn_now = ascn[ascn["joined_year"] <= as_of]
    return {
        "participants": _fig(int(cov["regions_participating"]), reported, "programme_regions_cumulative", as_of),
        "regions_total": Figure(int(cov["regions_in_scope"]), None, None, None),
        "population_reached": _fig(int(cov["population_reached"]), reported, "programme_population_reach", as_of,
                                   exact=True),
        "population_total": _fig(int(cov["population_in_scope"]), reported, "national_population", REFERENCE_LAST_YEAR),
        "provinces_reached": Figure(int(regions.loc[part, "province_code"].nunique()), None, None, None),
        "ascn_network": _fig(len(ascn_now), reported, "ascn_cities", as_of),
        "ascn_indonesia": Figure(int((ascn_now["country_iso2"] == "ID").sum()), None, None, None),
    }
