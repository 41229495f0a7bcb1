"""The equity analysis: its building blocks on cases worked out by hand, then the figures of one year (2023)
recomputed independently from the raw CSV files with plain pandas; the need-based planner objective against
brute force."""

from __future__ import annotations

import itertools

import numpy as np
import pandas as pd
import pytest

from analytics.summaries import equity as E
from analytics.summaries.filters import Filters
from analytics.summaries.planner import plan
from tests.conftest import REPO

REF = REPO / "data" / "reference"


# ---------------------------------------------------------------------------------------------- by hand
def test_concentration_index_by_hand():
    """Four regions ranked by HDI 10 < 20 < 30 < 40; the two best participate. Mean participation 0.5;
    fractional ranks 1/8, 3/8, 5/8, 7/8; cov = ((−½)(−⅜) + (−½)(−⅛) + (½)(⅛) + (½)(⅜)) / 4 = 1/8;
    C = 2 · (1/8) / (1/2) = 0.5. The curve through (0,0) (¼,0) (½,0) (¾,½) (1,1) has area ¼: 1 − 2·¼ = 0.5."""
    assert E.concentration_index([0, 0, 1, 1], [10, 20, 30, 40]) == pytest.approx(0.5)
    assert E.concentration_index([1, 1, 0, 0], [10, 20, 30, 40]) == pytest.approx(-0.5)
    # the order comes from the key: sorted by HDI the participation is 0, 1, 0, 1; cov = (3/16 − 1/16 − 1/16 + 3/16)/4
    # = 1/16, C = 2 · (1/16) / (1/2) = 0.25
    assert E.concentration_index([1, 0, 1, 0], [40, 30, 20, 10]) == pytest.approx(0.25)
    assert np.isnan(E.concentration_index([0, 0, 0], [1, 2, 3]))


def test_population_weighted_concentration_index_by_hand():
    """Weights 1, 1, 2 (sorted by HDI), only the last participates: W = 4, mean = 2/4 = ½; fractional ranks
    (0 + ½)/4 = ⅛, (1 + ½)/4 = ⅜, (2 + 1)/4 = ¾; cov_w = [1·(−½)(⅛−½) + 1·(−½)(⅜−½) + 2·(½)(¾−½)] / 4
    = (3/16 + 1/16 + 4/16) / 4 = ⅛; C = 2 · ⅛ / ½ = ½."""
    assert E.concentration_index([0, 0, 1], [1, 2, 3], [1, 1, 2]) == pytest.approx(0.5)


def test_weighted_median_by_hand():
    assert E.weighted_median([1, 2, 3], [1, 1, 5]) == 3            # 3 holds 5/7 of the weight
    assert E.weighted_median([1, 2, 3, 4], [1, 1, 1, 1]) == 2      # first value reaching half (2 of 4)
    assert E.weighted_median([5, 1, 3], [1, 10, 1]) == 1
    assert np.isnan(E.weighted_median([np.nan], [1]))


def test_quantile_class_by_hand():
    """Values 1..10: the 20th, 40th, 60th, 80th percentiles (linear) are 2.8, 4.6, 6.4, 8.2."""
    assert E.quantile_class(np.arange(1, 11)).tolist() == [1, 1, 2, 2, 3, 3, 4, 4, 5, 5]
    assert E.quantile_class(np.arange(1, 11), direction=-1).tolist() == [5, 5, 4, 4, 3, 3, 2, 2, 1, 1]
    assert E.quantile_class(np.array([1.0, np.nan, 3.0])).tolist()[1] == 0


# ---------------------------------------------------------------------------------------------- one year, independently
@pytest.fixture(scope="module")
def ds(built_db):
    from analytics.warehouse.dataset import load
    return load(built_db)


@pytest.fixture(scope="module")
def raw_2023() -> pd.DataFrame:
    """Each region's HDI and poverty as of 2023, participation and population, straight from the CSV files."""
    reg = pd.read_csv(REF / "regencies.csv", dtype={"code": str})[["code", "population"]]
    coh = pd.read_csv(REF / "programme_cohorts.csv", dtype={"region_code": str})
    first = coh.groupby("region_code")["cohort_year"].min()
    v = pd.read_csv(REF / "indicators" / "indicator_values.csv", dtype={"code": str})
    v = v[v["year"] <= 2023].sort_values("year").groupby(["code", "indicator"]).tail(1)
    wide = v.pivot(index="code", columns="indicator", values="value")
    out = reg.set_index("code").join(wide[["hdi", "poverty_rate"]])
    out["participant"] = out.index.map(first).to_series(index=out.index).le(2023).fillna(False).astype(bool)
    return out


def test_2023_groups_and_quintiles_recomputed_from_the_files(ds, raw_2023):
    r = raw_2023
    s = E.equity_summary(ds, Filters(as_of=2023)).iloc[0]
    assert s["participants"] == r["participant"].sum() == 225
    assert s["participants_median_hdi"] == pytest.approx(r.loc[r["participant"], "hdi"].median())
    assert s["non_participants_median_hdi"] == pytest.approx(r.loc[~r["participant"], "hdi"].median())
    cut = np.quantile(r["hdi"], 0.2)
    low = r["hdi"] <= cut
    assert s["lowest_quintile_regions"] == low.sum()
    assert s["lowest_quintile_reached"] == (low & r["participant"]).sum()
    assert s["lowest_quintile_population_share"] == pytest.approx(
        r.loc[low & r["participant"], "population"].sum() / r.loc[low, "population"].sum())
    poor = r["poverty_rate"] >= np.quantile(r["poverty_rate"], 0.8)
    assert s["poorest_quintile_regions"] == poor.sum()
    assert s["poorest_quintile_reached"] == (poor & r["participant"]).sum()


def test_2023_concentration_index_recomputed_from_the_files(ds, raw_2023):
    """C = 1 − 2 × the area under the concentration curve (trapezoids), regions ranked by HDI then code."""
    r = raw_2023.reset_index().sort_values(["hdi", "code"])
    s = E.equity_summary(ds, Filters(as_of=2023)).iloc[0]
    for weights, col in ((np.ones(len(r)), "concentration_index"), (r["population"].to_numpy(float),
                                                                      "concentration_index_population")):
        h = r["participant"].to_numpy(float)
        x = np.r_[0, np.cumsum(weights) / weights.sum()]
        y = np.r_[0, np.cumsum(h * weights) / (h * weights).sum()]
        area = np.sum(np.diff(x) * (y[1:] + y[:-1]) / 2)
        assert s[col] == pytest.approx(1 - 2 * area, abs=1e-12)
    curve = E.concentration_curve(ds, Filters(as_of=2023))
    assert curve["code"].tolist() == r["code"].tolist()
    assert curve["y_regions"].iloc[-1] == pytest.approx(1) and curve["x_population"].iloc[-1] == pytest.approx(1)


def test_groups_medians_weighted_and_years(ds, raw_2023):
    g = E.equity_groups(ds, Filters(as_of=2023)).set_index(["indicator", "group"])
    r = raw_2023
    part = r[r["participant"]]
    assert g.at[("hdi", "participants"), "weighted_median"] == E.weighted_median(part["hdi"], part["population"])
    assert g.at[("poverty_rate", "participants"), "value_year_max"] == 2021      # the value's own year
    assert g.at[("hdi", "non_participants"), "regions"] == 289


def test_quintiles_partition_the_regions(ds):
    q = E.equity_quintiles(ds, Filters(as_of=2023))
    for ind, part in q.groupby("indicator"):
        assert part["regions"].sum() == 514 and part["participants"].sum() == 225
        assert part["quintile"].tolist() == [1, 2, 3, 4, 5]


def test_filters_keep_national_quintiles(ds):
    nat = E.need_table(ds, 2023).set_index("code")
    papua = E.equity_quintiles(ds, Filters(as_of=2023, island_group="Papua"))
    hdi = papua[papua["indicator"] == "hdi"]
    assert hdi["regions"].sum() == int((nat["island_group"] == "Papua").sum())
    assert hdi.loc[hdi["quintile"] == 1, "regions"].iloc[0] == \
        int(((nat["island_group"] == "Papua") & (nat["hdi_quintile"] == 1)).sum())


def test_cohort_by_cohort(ds):
    c = E.equity_cohorts(ds)
    assert c["cohort_year"].tolist() == [2017, 2018, 2019, 2021, 2022, 2023, 2024]   # no cohort in 2020
    assert c["new_participants"].sum() == c["participants"].iloc[-1] == 236
    y = E.equity_summary(ds, Filters(as_of=2021)).iloc[0]
    row = c.set_index("cohort_year").loc[2021]
    assert row["concentration_index"] == pytest.approx(y["concentration_index"])
    assert row["participants"] == y["participants"]


# ---------------------------------------------------------------------------------------------- planner: need
def _regions(rows) -> pd.DataFrame:
    df = pd.DataFrame(rows, columns=["code", "type", "population", "cohort_year"])
    df["province_code"] = df["code"].str[:2]
    df["province_name"] = "Prov " + df["province_code"]
    df["name"] = "Region " + df["code"]
    df["cohort_year"] = df["cohort_year"].astype("Int64")
    return df


REGIONS = _regions([("11.01", "kabupaten", 100, None), ("11.02", "kabupaten", 900, None), ("12.01", "kota", 500, None),
                    ("12.02", "kabupaten", 300, None), ("13.01", "kabupaten", 50, None), ("13.02", "kota", 800, 2017)])
NEED = pd.DataFrame({"hdi": [55.0, 70.0, 60.0, 58.0, 50.0, 80.0], "hdi_year": 2023,
                     "hdi_quintile": [1, 3, 1, 1, 1, 5]}, index=REGIONS["code"])


def test_need_objective_by_hand():
    """Lowest-quintile regions 11.01 (100), 12.01 (500), 12.02 (300), 13.01 (50); 11.02 is not in it.
    Budget 2: the two most populous of them, 12.01 then 12.02; gains are their residents."""
    p = plan(REGIONS, budget=2, as_of=2023, objective="need", need=NEED)
    assert p["code"].tolist() == ["12.01", "12.02"]
    assert p["marginal_gain"].tolist() == [500.0, 300.0] and p["hdi_quintile"].tolist() == [1, 1]
    # one per province: 13 already has 13.02; 11 takes its best by value (11.01, in the quintile, not the more
    # populous 11.02) and 12 takes 12.01; the last place goes to the best left anywhere (12.02, 300 > 13.01, 50)
    p = plan(REGIONS, budget=3, as_of=2023, objective="need", need=NEED, min_per_province=1)
    assert p["code"].tolist() == ["12.01", "11.01", "12.02"]
    assert p["reason"].tolist() == ["province minimum", "province minimum", "need"]
    assert p["marginal_gain"].sum() == 900


def test_need_objective_is_optimal_against_brute_force():
    rng = np.random.default_rng(5)
    for _ in range(30):
        n = 8
        codes = [f"{11 + i % 3}.{i:02d}" for i in range(n)]
        reg = _regions([(c, "kabupaten", int(rng.integers(10, 1000)), None) for c in codes])
        need = pd.DataFrame({"hdi": rng.uniform(50, 80, n), "hdi_year": 2023,
                             "hdi_quintile": rng.integers(1, 6, n)}, index=codes)
        value = np.where(need["hdi_quintile"] == 1, reg["population"], 0)
        budget, minimum = int(rng.integers(1, 5)), int(rng.integers(0, 2))
        try:
            got = plan(reg, budget=budget, as_of=2023, objective="need", need=need, min_per_province=minimum)
        except ValueError:
            continue
        best = -1
        for combo in itertools.combinations(range(n), budget):
            per = pd.Series([reg["province_code"][i] for i in combo]).value_counts()
            if minimum and any(per.get(p, 0) < minimum for p in reg["province_code"].unique()):
                continue
            best = max(best, int(value[list(combo)].sum()))
        assert int(got["marginal_gain"].sum()) == best
