"""Coverage figures checked against sums computed directly from the reference CSVs (no warehouse code)."""

from __future__ import annotations

import pandas as pd
import pytest

from analytics.summaries import tables as S
from analytics.summaries.coverage import coverage, national_headline, participating
from analytics.summaries.filters import Filters


@pytest.fixture(scope="module")
def ds(built_db):
    from analytics.warehouse.dataset import load
    return load(built_db)


@pytest.fixture(scope="module")
def raw(reference_dir):
    """First cohort year per region from programme_cohorts.csv joined to regencies.csv, read as text."""
    cohorts = pd.read_csv(reference_dir / "programme_cohorts.csv", dtype={"region_code": str})
    regs = pd.read_csv(reference_dir / "regencies.csv", dtype={"code": str, "province_code": str})
    first = cohorts.groupby("region_code")["cohort_year"].min()
    regs["first_cohort"] = regs["code"].map(first)
    return regs


@pytest.mark.parametrize("year", [2017, 2018])
def test_national_cohort_coverage_matches_reference_csvs(ds, raw, year):
    joined = raw[raw["first_cohort"] <= year]
    row = S.coverage_summary(ds, Filters(as_of=year), by="national").iloc[0]
    assert row["regions_in_scope"] == len(raw)
    assert row["regions_participating"] == len(joined)
    assert row["population_reached"] == joined["population"].sum()
    assert row["population_in_scope"] == raw["population"].sum()
    assert row["region_share"] == pytest.approx(len(joined) / len(raw))
    assert row["population_share"] == pytest.approx(joined["population"].sum() / raw["population"].sum())


@pytest.mark.parametrize("year", [2017, 2018])
def test_province_cohort_coverage_matches_reference_csvs(ds, raw, year):
    got = S.coverage_summary(ds, Filters(as_of=year), by="province").set_index("group")
    part = raw["first_cohort"] <= year
    exp = pd.DataFrame({
        "n": raw.groupby("province_code").size(),
        "part": part.groupby(raw["province_code"]).sum(),
        "pop": raw["population"].where(part, 0).groupby(raw["province_code"]).sum(),
    })
    assert got["regions_participating"].to_dict() == exp["part"].to_dict()
    assert got["regions_in_scope"].to_dict() == exp["n"].to_dict()
    assert got["population_reached"].to_dict() == exp["pop"].to_dict()


def test_cohort_2018_new_regions_and_reported(ds, raw):
    t = S.coverage_timeline_summary(ds, Filters(), years=[2017, 2018]).set_index("as_of")
    assert t.loc[2017, "new_participants"] == (raw["first_cohort"] == 2017).sum()
    assert t.loc[2018, "new_participants"] == (raw["first_cohort"] == 2018).sum()
    assert t.loc[2017, "reported_regions"] == 25 and t.loc[2018, "reported_regions"] == 75


def test_reported_beside_2023(ds, raw):
    row = S.coverage_summary(ds, Filters(as_of=2023), by="national").iloc[0]
    n = int((raw["first_cohort"] <= 2023).sum())
    assert row["reported_regions"] == 241 and row["reported_population"] == 183_748_772
    assert row["gap_note"] == f"identified {n} of the reported 241"


def test_no_cohort_in_2020(ds):
    t = S.coverage_timeline_summary(ds, Filters(), years=range(2017, 2025)).set_index("as_of")
    assert t.loc[2020, "new_participants"] == 0
    assert pd.isna(t.loc[2020, "reported_regions"]) and t.loc[2020, "gap_note"] is None


@pytest.mark.parametrize("by", ["national", "island_group", "province", "type"])
def test_groupings_add_up(ds, by):
    g = S.coverage_summary(ds, Filters(as_of=2022), by=by)
    nat = S.coverage_summary(ds, Filters(as_of=2022), by="national").iloc[0]
    for col in ("regions_in_scope", "regions_participating", "population_in_scope", "population_reached"):
        assert g[col].sum() == nat[col]


def test_filters_restrict_scope(ds):
    f = Filters(as_of=2023, island_group="Sulawesi", type="kota")
    got = S.coverage_summary(ds, f, by="national").iloc[0]
    regs = f.apply(ds.regions)
    assert got["regions_in_scope"] == len(regs)
    assert got["regions_participating"] == int(participating(regs, 2023).sum())
    with pytest.raises(ValueError, match="unknown grouping"):
        S.coverage_summary(ds, f, by="village")


def test_headline_agrees_with_summary(ds):
    h = national_headline(ds.regions, ds.reported, ds.ascn, 2023)
    row = S.coverage_summary(ds, Filters(as_of=2023), by="national").iloc[0]
    assert h["participants"].computed == row["regions_participating"]
    assert h["population_reached"].computed == row["population_reached"]
    assert coverage(ds.regions, 2023).iloc[0]["population_share"] == row["population_share"]
