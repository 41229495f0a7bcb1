"""analytics.summaries.pillar_stats: the frames the Pillars, Methodology and About pages show and download."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from analytics import paths

from analytics.summaries import pillar_stats as ps

from analytics.summaries import tables as summaries
from analytics.composite import IndexSettings
from analytics.summaries.filters import Filters


@pytest.fixture(scope="module")
def ds(built_db):
    from analytics.warehouse.dataset import load
    return load(built_db)


# ------------------------------------------------------------------------------------------------ latest scores
def test_latest_scores_one_row_per_region_and_pillar(ds):
    long = ps.latest_scores(ds, Filters(as_of=2023))
    assert list(long.columns) == ps.LATEST_COLUMNS
    assert not long.duplicated(["region_code", "pillar"]).any()
    assert set(long["pillar"]) == set(ds.pillar_codes)
    assert (long.groupby("region_code")["pillar"].count() == 6).all()
    assert long["year"].max() <= 2023
    # the latest year per region, and exactly the units the maturity index uses
    sc = ds.scores[ds.scores["year"] <= 2023]
    latest = sc.groupby("region_code")["year"].max()
    assert (long.groupby("region_code")["year"].first() == latest.reindex(long["region_code"].unique())).all()
    assert set(long["region_code"]) == set(summaries.maturity_summary(ds, Filters(as_of=2023))["code"])


def test_latest_scores_values_match_the_warehouse(ds):
    long = ps.latest_scores(ds, Filters(as_of=2022))
    row = long.iloc[0]
    src = ds.scores[(ds.scores["region_code"] == row["region_code"]) & (ds.scores["year"] == row["year"])
                    & (ds.scores["pillar"] == row["pillar"])]
    assert float(src["score"].iloc[0]) == row["score"]


def test_no_evaluations_before_2018_gives_an_empty_frame_with_columns(ds):
    long = ps.latest_scores(ds, Filters(as_of=2017))
    assert long.empty and list(long.columns) == ps.LATEST_COLUMNS


def test_filters_and_cohorts_narrow_the_regions(ds):
    all_ = ps.latest_scores(ds, Filters(as_of=2023))
    kota = ps.latest_scores(ds, Filters(as_of=2023, type="kota"))
    assert set(kota["type"]) == {"kota"} and 0 < kota["region_code"].nunique() < all_["region_code"].nunique()
    c17 = ps.latest_scores(ds, Filters(as_of=2023), cohorts=[2017])
    assert set(c17["cohort_year"].astype(int)) == {2017}
    both = ps.latest_scores(ds, Filters(as_of=2023), cohorts=[2017, 2018])
    assert set(both["cohort_year"].astype(int)) == {2017, 2018}
    # joined in 2023: evaluated only from 2024
    assert ps.latest_scores(ds, Filters(as_of=2023), cohorts=[2023]).empty
    assert ps.cohort_years(ds) == [2017, 2018, 2019, 2021, 2022, 2023, 2024]


# ------------------------------------------------------------------------------------------------ province matrix
def test_province_matrix_keeps_provinces_without_participants_as_missing(ds):
    m = ps.province_pillar_matrix(ds, Filters(as_of=2023))
    assert len(m) == ds.regions["province_code"].nunique() == 38
    assert list(m.columns) == ["province_code", "province_name", "island_group", "regions_scored", *ds.pillar_codes]
    assert m["province_code"].is_monotonic_increasing
    empty = m[m["regions_scored"] == 0]
    assert len(empty) > 0 and empty[ds.pillar_codes].isna().all().all()
    assert m.loc[m["regions_scored"] > 0, ds.pillar_codes].notna().all().all()
    assert int(m["regions_scored"].sum()) == ps.latest_scores(ds, Filters(as_of=2023))["region_code"].nunique()


def test_province_matrix_cells_are_medians(ds):
    f = Filters(as_of=2023)
    m = ps.province_pillar_matrix(ds, f).set_index("province_code")
    long = ps.latest_scores(ds, f)
    jabar = long[(long["province_code"] == "32") & (long["pillar"] == "economy")]["score"]
    assert m.loc["32", "economy"] == pytest.approx(round(float(jabar.median()), 2))
    assert m.loc["32", "regions_scored"] == jabar.size


def test_province_matrix_follows_island_and_type_filters(ds):
    papua = ps.province_pillar_matrix(ds, Filters(as_of=2023, island_group="Papua"))
    assert set(papua["island_group"]) == {"Papua"} and len(papua) == 6
    kota = ps.province_pillar_matrix(ds, Filters(as_of=2023, type="kota"))
    assert len(kota) == 38  # a type filter narrows the regions, not the provinces
    assert kota["regions_scored"].sum() < ps.province_pillar_matrix(ds, Filters(as_of=2023))["regions_scored"].sum()


# ------------------------------------------------------------------------------------------------ describe / corr
def test_pillar_describe(ds):
    d = ps.pillar_describe(ds, Filters(as_of=2023))
    assert d["pillar"].tolist() == ds.pillar_codes
    n = ps.latest_scores(ds, Filters(as_of=2023))["region_code"].nunique()
    assert (d["n"] == n).all()
    assert ((d["min"] <= d["q1"]) & (d["q1"] <= d["median"]) & (d["median"] <= d["q3"]) & (d["q3"] <= d["max"])).all()


def test_pillar_correlation_is_a_symmetric_matrix(ds):
    c = ps.pillar_correlation(ds, Filters(as_of=2023))
    assert c["pillar"].tolist() == ds.pillar_codes
    z = c.set_index("pillar")[ds.pillar_codes].to_numpy()
    assert np.allclose(z, z.T) and np.allclose(np.diag(z), 1.0)
    assert ((z >= -1) & (z <= 1)).all()
    # the synthetic generator's shared capacity makes the pillars correlate positively
    assert (z[np.triu_indices(6, 1)] > 0.3).all()
    wide = ps.latest_wide(ds, Filters(as_of=2023))
    assert c.set_index("pillar").loc["governance", "economy"] == pytest.approx(
        round(wide["governance"].corr(wide["economy"]), 3))
    sp = ps.pillar_correlation(ds, Filters(as_of=2023), method="spearman")
    assert not sp.equals(c)
    with pytest.raises(ValueError, match="unknown correlation method"):
        ps.pillar_correlation(ds, Filters(as_of=2023), method="kendall")


def test_pillar_correlation_needs_three_regions(ds):
    c = ps.pillar_correlation(ds, Filters(as_of=2017))
    assert c[ds.pillar_codes].isna().all().all() and len(c) == 6


# ------------------------------------------------------------------------------------------------ methodology
def test_rank_comparison_default_settings_change_nothing(ds):
    r = ps.rank_comparison(ds, Filters(as_of=2023))
    assert list(r.columns) == ps.RANK_CHANGE_COLUMNS
    assert (r["rank_change"] == 0).all()
    m = summaries.maturity_summary(ds, Filters(as_of=2023))
    assert r["code"].tolist() == m["code"].tolist()
    assert r["rank"].tolist() == m["rank_national"].tolist()


def test_rank_comparison_weights_move_ranks(ds):
    s = IndexSettings(normalisation="none", aggregation="arithmetic", weights={"environment": 3.0})
    r = ps.rank_comparison(ds, Filters(as_of=2023), s)
    assert (r["rank_change"] != 0).any()
    assert r["rank"].is_monotonic_increasing
    assert (r["rank_change"] == r["default_rank"] - r["rank"]).all()
    m = summaries.maturity_summary(ds, Filters(as_of=2023), s).set_index("code")
    assert (r.set_index("code")["rank"] == m["rank_national"].reindex(r["code"])).all()


def test_rank_comparison_keeps_national_ranks_inside_filters(ds):
    r = ps.rank_comparison(ds, Filters(as_of=2023, province="35"))
    assert set(r["code"].str[:2]) == {"35"} and r["rank"].min() >= 1


def test_top_bottom():
    t = pd.DataFrame({"rank": range(1, 26)})
    top, bottom = ps.top_bottom(t, 10)
    assert top["rank"].tolist() == list(range(1, 11)) and bottom["rank"].tolist() == list(range(16, 26))
    top, bottom = ps.top_bottom(t.head(3), 10)
    assert len(top) == len(bottom) == 3


# ------------------------------------------------------------------------------------------------ about the data
def test_sources_sections_split_the_markdown():
    text = "# Title\nintro\n\n## a.csv — the a file\nbody a\n\n## Pillar scores\nbody p\n"
    s = ps.sources_sections(text)
    assert s[""] == ("", "# Title\nintro")
    assert s["a.csv"] == ("a.csv — the a file", "body a")
    assert s["Pillar scores"] == ("Pillar scores", "body p")


def test_sources_md_documents_the_reference_files():
    s = ps.sources_sections((paths.REPO_ROOT / "data" / "reference" / "SOURCES.md").read_text(encoding="utf-8"))
    for f in ("regencies.csv", "provinces.csv", "programme_cohorts.csv", "reported_figures.csv", "ascn_cities.csv",
              "imd_smart_city_index.csv", "regencies_adm2.geojson", "Pillar scores"):
        assert f in s and s[f][1]


def test_reference_inventory(tmp_path):
    (tmp_path / "a.csv").write_text("x,y\n1,2\n3,4\n", encoding="utf-8")
    (tmp_path / "b.geojson").write_text('{"type":"FeatureCollection","features":[{}, {}, {}]}', encoding="utf-8")
    (tmp_path / "SOURCES.md").write_text("# notes\n", encoding="utf-8")
    inv = ps.reference_inventory(tmp_path).set_index("file")
    assert list(inv.index) == ["a.csv", "b.geojson"]
    assert inv.loc["a.csv", "rows"] == 2 and inv.loc["a.csv", "columns"] == "x, y"
    assert inv.loc["b.geojson", "rows"] == 3 and inv.loc["b.geojson", "format"] == "geojson"


def test_reference_inventory_of_the_repo():
    inv = ps.reference_inventory(paths.REPO_ROOT / "data" / "reference").set_index("file")
    assert inv.loc["regencies.csv", "rows"] == 514
    assert inv.loc["provinces.csv", "rows"] == 38
    assert inv.loc["regencies_adm2.geojson", "rows"] == 514
    assert inv.loc["provinces_adm1.geojson", "rows"] == 38


def test_cohort_evidence_counts_the_cohort_file(ds):
    e = ps.cohort_evidence(ds)
    assert list(e.columns) == ["cohort_year", "evidence", "rows"]
    assert int(e["rows"].sum()) == len(ds.cohorts) == 248
    assert 2020 not in set(e["cohort_year"])
    assert e[e["cohort_year"] == 2019].set_index("evidence")["rows"].to_dict() == {
        "list": 25, "own_news": 0, "award": 0, "mention": 0}
    assert e["evidence"].iloc[:4].tolist() == list(ps.EVIDENCE_ORDER)
