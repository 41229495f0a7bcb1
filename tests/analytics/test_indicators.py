"""analytics.summaries.indicators against the raw CSV file: the as-of cube equals a naive latest-value lookup,
the explorer's ranking, distribution, province and trend tables equal plain pandas computations, and the
catalogue carries both languages, the resolved caveats and the open-index pillar."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from analytics.summaries import indicators as I
from analytics.summaries.filters import Filters
from tests.conftest import REPO

RAW = REPO / "data" / "reference" / "indicators" / "indicator_values.csv"


@pytest.fixture(scope="module")
def ds(built_db):
    from analytics.warehouse.dataset import load
    return load(built_db)


@pytest.fixture(scope="module")
def raw() -> pd.DataFrame:
    return pd.read_csv(RAW, dtype={"code": str})


CASES = [("hdi", 2012), ("hdi", 2024), ("poverty_rate", 2020), ("poverty_rate", 2023), ("grdp_per_capita", 2017),
         ("village_index", 2023), ("village_index", 2030), ("life_expectancy", 2009), ("unemployment_rate", 2024)]


@pytest.mark.parametrize("indicator,as_of", CASES)
def test_as_of_equals_a_naive_lookup(ds, raw, indicator, as_of):
    got = I.indicator_as_of(ds, indicator, as_of).set_index("code")
    v = raw[(raw["indicator"] == indicator) & (raw["year"] <= as_of)]
    want = v.sort_values("year").groupby("code").tail(1).set_index("code").sort_index()
    assert list(got.index) == list(want.index)                        # regions without a value are absent
    np.testing.assert_array_equal(got["value"].to_numpy(), want["value"].to_numpy())
    np.testing.assert_array_equal(got["value_year"].to_numpy(), want["year"].to_numpy())


def test_values_as_of_has_every_region(ds):
    values, years = I.values_as_of(ds, ["hdi", "grdp_per_capita"], 2024)
    assert values.shape == (514, 2) and int(values["grdp_per_capita"].notna().sum()) == 459
    assert years["grdp_per_capita"].isna().sum() == 55 and str(years["hdi"].dtype) == "Int64"


def test_catalogue(ds):
    cat = I.catalogue(ds).set_index("indicator")
    assert list(I.catalogue(ds).columns) == I.CATALOGUE_COLUMNS and len(cat) == 18
    assert cat.at["hdi", "name_id"] == "Indeks Pembangunan Manusia (IPM)" and cat.at["hdi", "short_id"] == "IPM"
    assert cat.at["village_social_index", "note"] == cat.at["village_index", "note"]      # "as village_index" resolved
    assert cat.at["poverty_rate", "direction"] == -1 and cat.at["villages_count", "direction"] == 0
    assert cat.at["poverty_rate", "open_pillar"] == "living" and cat.at["hdi", "open_pillar"] is None
    assert cat.at["hdi", "first_year"] == 2010 and cat.at["hdi", "last_year"] == 2024 and cat.at["hdi", "regions"] == 514
    assert cat["note_id"].str.len().gt(0).all() and cat["unit_id"].str.len().gt(0).all()


def test_publisher_names_follow_the_label_file(ds):
    """Each indicator's publisher in Indonesian is the project's label (data/reference/indicator_labels.csv),
    read here from the two raw files; in English the catalogue's own."""
    import csv
    with open(REPO / "data" / "reference" / "indicators" / "indicators.csv", encoding="utf-8") as f:
        publisher = {r["indicator"]: r["publisher"] for r in csv.DictReader(f)}
    with open(REPO / "data" / "reference" / "indicator_labels.csv", encoding="utf-8") as f:
        label = {r["indicator"]: r["publisher_id"] for r in csv.DictReader(f)}
    assert set(label) == set(publisher)
    names = I.publisher_names(ds, "id")
    assert {names[publisher[i]] for i in publisher} == set(label.values())
    assert all(names[publisher[i]] == label[i] for i in publisher)
    assert names["BPS (compiled by QuaRCS lab)"] == "BPS (dihimpun oleh lab QuaRCS)" and names["BPS"] == "BPS"
    assert I.publisher_names(ds, "en") == {p: p for p in publisher.values()}



def test_catalogue_coverage_matches_the_values(ds):
    """indicator_dim's years, regions and value counts (SQL in the mart) equal a pandas count of the long values,
    for every indicator; an indicator with no values would count 0, not missing."""
    v = ds.indicator_values
    want = v.groupby("indicator").agg(first_year=("year", "min"), last_year=("year", "max"),
                                      regions=("region_code", "nunique"), n_values=("value", "count"))
    got = ds.indicators.set_index("indicator")[list(want.columns)].astype("int64")
    assert set(got.index) == set(want.index) and len(got) == 18
    assert got.loc[want.index].equals(want.astype("int64"))

def test_ranking_follows_direction_and_raw_values(ds, raw):
    r = I.indicator_ranking(ds, "poverty_rate", 2021)
    want = raw[(raw["indicator"] == "poverty_rate") & (raw["year"] == 2021)].set_index("code")["value"]
    assert len(r) == 514 and r["value"].is_monotonic_increasing              # lower is better: rank 1 = lowest
    np.testing.assert_array_equal(r["rank_national"].to_numpy(float),
                                  want.reindex(r["code"]).rank(method="min").to_numpy())
    hdi = I.indicator_ranking(ds, "hdi", 2024)
    assert hdi.iloc[0]["code"] == "34.71" and hdi.iloc[-1]["code"] == "95.08"
    jawa = I.indicator_ranking(ds, "hdi", 2024, Filters(island_group="Jawa"))
    assert set(jawa["island_group"]) == {"Jawa"}
    assert jawa.set_index("code")["rank_national"].equals(hdi.set_index("code").loc[jawa["code"], "rank_national"])


def test_distribution_and_province_tables_equal_pandas(ds, raw):
    v = raw[(raw["indicator"] == "grdp_per_capita") & (raw["year"] == 2020)].set_index("code")["value"]
    d = I.indicator_distribution(ds, "grdp_per_capita", 2020).set_index("group")
    assert d.at["all", "n"] == 459 and d.at["all", "missing"] == 55
    assert d.at["all", "median"] == pytest.approx(v.median()) and d.at["all", "p90"] == pytest.approx(v.quantile(0.9))
    reg = ds.regions.set_index("code")
    pop = reg.loc[v.index, "population"]
    assert d.at["all", "weighted_mean"] == pytest.approx(np.average(v, weights=pop))
    prov = I.indicator_by_province(ds, "grdp_per_capita", 2020).set_index("province_code")
    assert len(prov) == 38 and (prov["n"] + prov["missing"]).sum() == 514
    assert prov.at["91", "n"] == 0 and np.isnan(prov.at["91", "median"])       # old Papua: missing, not zero
    p34 = v[v.index.str.startswith("34.")]
    assert prov.at["34", "median"] == pytest.approx(p34.median())


def test_trend_rows_are_the_raw_rows(ds, raw):
    tr = I.indicator_trend(ds, "hdi", ["95.08", "34.71"])
    assert tr["code"].unique().tolist() == ["95.08", "34.71"]
    y = raw[(raw["indicator"] == "hdi") & (raw["code"] == "34.71")].sort_values("year")
    sub = tr[tr["code"] == "34.71"]
    assert sub["year"].tolist() == y["year"].tolist() and sub["value"].tolist() == y["value"].tolist()
    nat = raw[(raw["indicator"] == "hdi") & (raw["year"] == 2010)]["value"]
    assert sub.iloc[0]["national_median"] == pytest.approx(nat.median()) and sub.iloc[0]["national_n"] == 484


def test_year_and_indicator_checks(ds):
    with pytest.raises(ValueError, match=r"poverty_rate has no values for 2020; years with values: 2010–2018, 2021"):
        I.indicator_ranking(ds, "poverty_rate", 2020)
    with pytest.raises(ValueError, match="did you mean hdi"):
        I.check_indicator(ds, "hdii")


@pytest.mark.parametrize("indicator,year,codes", [
    ("hdi", 2024, ["hdi_series"]), ("hdi", 2021, ["covid"]), ("village_index", 2024, ["villages_only"]),
    ("grdp_per_capita", 2020, ["subset"]), ("villages_count", 2024, ["villages_only", "context"]),
    ("unemployment_rate", 2021, ["covid"]), ("life_expectancy", 2015, []),
])
def test_caveats(ds, indicator, year, codes):
    assert I.caveats(ds, indicator, year) == codes
