"""analytics.summaries.tables: golden tests on a tiny hand-made Dataset, and invariants on the built warehouse."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analytics.summaries import tables as S
from analytics.composite import IndexSettings
from analytics.warehouse.dataset import Dataset
from analytics.summaries.filters import Filters

PILLARS = ["governance", "branding", "economy", "society", "living", "environment"]


# ---------------------------------------------------------------------------------------------- tiny dataset
def _regions() -> pd.DataFrame:
    rows = [  # code, name, type, province, population, cohort_year
        ("11.01", "Kabupaten A", "kabupaten", "11", 150_000, 2017),
        ("11.02", "Kabupaten C", "kabupaten", "11", 300_000, None),
        ("11.71", "Kota B", "kota", "11", 500_000, 2018),
        ("31.01", "Kabupaten E", "kabupaten", "31", 800_000, 2019),
        ("31.71", "Kota D", "kota", "31", 2_000_000, 2017),
        ("31.72", "Kota F", "kota", "31", 100_000, 2021),
    ]
    df = pd.DataFrame(rows, columns=["code", "name", "type", "province_code", "population", "cohort_year"])
    df["province_name"] = df["province_code"].map({"11": "Prov Satu", "31": "Prov Tiga"})
    df["island_group"] = df["province_code"].map({"11": "Sumatera", "31": "Jawa"})
    df["size_class"] = np.where(df["population"] < 200_000, "small",
                                np.where(df["population"] <= 1_000_000, "medium", "big"))
    df["cohort_year"] = df["cohort_year"].astype("Int64")
    df["is_participant"] = df["cohort_year"].notna()
    df["lat"], df["lon"] = [5.5, 5.4, 5.6, -6.3, -6.2, -6.1], [95.3, 95.4, 95.3, 106.8, 106.8, 106.9]
    return df


def _scores() -> pd.DataFrame:
    rows = []

    def add(code, year, values, source="synthetic"):
        for i, (p, v) in enumerate(zip(PILLARS, values)):
            src = source[i] if isinstance(source, list) else source
            rows.append((code, year, p, i + 1, float(v), src, None))

    add("11.01", 2018, [1.0] * 6)
    add("11.01", 2019, [2.0] * 6)
    add("11.01", 2020, [3.9] * 6)                                  # after as_of 2019: ignored then
    add("11.71", 2019, [3.5, 3.5, 3.5, 3.5, 3.0, 3.0], ["published"] + ["synthetic"] * 5)
    add("31.71", 2018, [0.4] * 6)                                  # no 2019 evaluation: uses 2018
    add("11.02", 2019, [4.0] * 6, "import:b1")                     # not a participant: never counted
    return pd.DataFrame(rows, columns=["region_code", "year", "pillar", "pillar_ordinal", "score", "source",
                                       "source_url"])


def tiny_dataset() -> Dataset:
    pillars = pd.DataFrame({"code": PILLARS, "ordinal": range(1, 7), "name_en": [p.title() for p in PILLARS],
                            "name_id": PILLARS})
    reported = pd.DataFrame({
        "figure": ["programme_regions_cumulative", "programme_regions_cumulative", "programme_population_reach"],
        "year": [2018, 2019, 2019], "value": [3.0, 5.0, 3_000_000.0], "unit": ["kab/kota", "kab/kota", "people"],
        "source": ["https://example.org/a", "https://example.org/b", "https://example.org/c"],
        "note": [None, None, None]})
    empty = pd.DataFrame()
    return Dataset(regions=_regions(), scores=_scores(), pillars=pillars, provinces=empty, reported=reported,
                   cohorts=empty, ascn=empty, ascn_pilots=empty, imd=empty, published=empty)


@pytest.fixture(scope="module")
def tiny() -> Dataset:
    return tiny_dataset()


@pytest.fixture(scope="module")
def ds(built_db):
    from analytics.warehouse.dataset import load
    return load(built_db)


# ---------------------------------------------------------------------------------------------- golden: tiny
def test_scores_as_of_latest_year_and_source(tiny):
    w = S.scores_as_of(tiny, 2019)
    assert w.loc["11.01", "eval_year"] == 2019 and w.loc["11.01", "governance"] == 2.0
    assert w.loc["31.71", "eval_year"] == 2018
    assert w.loc["11.71", "score_source"] == "mixed"
    assert w.loc["11.02", "score_source"] == "import:b1"
    assert S.scores_as_of(tiny, 2017).empty


def test_maturity_summary_golden(tiny):
    m = S.maturity_summary(tiny, Filters(as_of=2019))
    assert m["code"].tolist() == ["11.71", "11.01", "31.71"]          # C not a participant, E not evaluated
    assert m["index"].tolist() == pytest.approx([10 / 3, 2.0, 0.4])
    assert m["index_100"].tolist() == [83.3, 50.0, 10.0]                # rounded once, to 1 decimal
    assert m["status"].tolist() == ["ranked"] * 3 and m["pillars_present"].tolist() == [6, 6, 6]
    assert m["level"].tolist() == ["smart", "scattered", "ad_hoc"]
    assert m["rank_national"].tolist() == [1, 2, 3]
    assert m["rank_province"].tolist() == [1, 2, 1]
    assert m["rank_type"].tolist() == [1, 1, 2]
    assert m["eval_year"].tolist() == [2019, 2019, 2018]
    assert m["cohort_year"].tolist() == [2018, 2017, 2017]
    assert m["score_source"].tolist() == ["mixed", "synthetic", "synthetic"]
    assert m["size_class"].tolist() == ["medium", "small", "big"]
    expected = S.MATURITY_COLUMNS + PILLARS + S.INDEX_COLUMNS
    assert list(m.columns) == expected


def test_maturity_summary_later_year_uses_newer_evaluation(tiny):
    m = S.maturity_summary(tiny, Filters(as_of=2020)).set_index("code")
    assert m.loc["11.01", "index"] == pytest.approx(3.9) and m.loc["11.01", "rank_national"] == 1


def test_maturity_filters_keep_national_ranks(tiny):
    m = S.maturity_summary(tiny, Filters(as_of=2019, province="11"))
    assert m["code"].tolist() == ["11.71", "11.01"] and m["rank_national"].tolist() == [1, 2]
    k = S.maturity_summary(tiny, Filters(as_of=2019, type="kota"))
    assert k["code"].tolist() == ["11.71", "31.71"] and k["rank_national"].tolist() == [1, 3]
    j = S.maturity_summary(tiny, Filters(as_of=2019, island_group="Jawa"))
    assert j["code"].tolist() == ["31.71"] and j["rank_national"].tolist() == [3]


def test_maturity_weights_and_relative_normalisation(tiny):
    w = S.maturity_summary(tiny, Filters(as_of=2019),
                           IndexSettings(normalisation="none", weights={"governance": 3, "branding": 3}))
    assert w.set_index("code").loc["11.71", "index"] == pytest.approx((3 * 3.5 * 2 + 3.5 * 2 + 3.0 * 2) / 10)
    r = S.maturity_summary(tiny, Filters(as_of=2019), IndexSettings(normalisation="minmax"))
    assert r["level"].isna().all()                                  # levels are absolute ratings only
    assert r["index"].tolist() == pytest.approx([100.0, (1.6 / 3.1 * 4 + 1.6 / 2.6 * 2) / 6 * 100, 0.0])
    with pytest.raises(ValueError, match="absolute scale"):
        S.maturity_mix(tiny, Filters(as_of=2019), IndexSettings(normalisation="rank"))


def test_maturity_mix_golden(tiny):
    mix = S.maturity_mix(tiny, Filters(as_of=2019))
    assert mix["level"].tolist() == ["ad_hoc", "initial", "scattered", "integrated", "smart", S.INSUFFICIENT,
                                     S.NOT_EVALUATED]
    assert mix["regions"].tolist() == [1, 0, 1, 0, 1, 0, 1]
    assert mix["population"].tolist() == [2_000_000, 0, 150_000, 0, 500_000, 0, 800_000]
    assert mix["share"].sum() == pytest.approx(1.0)
    prov = S.maturity_mix(tiny, Filters(as_of=2019, province="31"))
    assert prov["regions"].tolist() == [1, 0, 0, 0, 0, 0, 1]


def test_maturity_empty_year(tiny):
    m = S.maturity_summary(tiny, Filters(as_of=2017))
    assert m.empty and list(m.columns) == S.MATURITY_COLUMNS + PILLARS + S.INDEX_COLUMNS
    mix = S.maturity_mix(tiny, Filters(as_of=2017))
    assert mix.set_index("level").loc[S.NOT_EVALUATED, "regions"] == 2


def test_coverage_summary_tiny(tiny):
    nat = S.coverage_summary(tiny, Filters(as_of=2019), by="national").iloc[0]
    assert nat["regions_participating"] == 4 and nat["regions_in_scope"] == 6
    assert nat["population_reached"] == 3_450_000 and nat["population_in_scope"] == 3_850_000
    assert nat["reported_regions"] == 5 and nat["reported_year"] == 2019
    assert nat["reported_population"] == 3_000_000
    assert nat["gap_note"] == "identified 4 of the reported 5"
    prov = S.coverage_summary(tiny, Filters(as_of=2019), by="province")
    assert prov["group"].tolist() == ["11", "31"] and prov["regions_participating"].tolist() == [2, 2]
    assert prov["reported_regions"].isna().all()
    # a region filter: reported national figures do not apply
    f = S.coverage_summary(tiny, Filters(as_of=2019, type="kota"), by="national").iloc[0]
    assert f["regions_in_scope"] == 3 and pd.isna(f["reported_regions"]) and f["gap_note"] is None
    # ...and the row says which regions it counts (an exported "Indonesia" row of 3 kota misled)
    assert f["group"] == "type=kota"
    assert S.coverage_summary(tiny, Filters(as_of=2019), by="national")["group"].tolist() == ["Indonesia"]


def test_coverage_timeline_tiny(tiny):
    t = S.coverage_timeline_summary(tiny, Filters(), years=range(2017, 2021))
    assert t["as_of"].tolist() == [2017, 2018, 2019, 2020]
    assert t["regions_participating"].tolist() == [2, 3, 4, 4]
    assert t["new_participants"].tolist() == [2, 1, 1, 0]
    assert t["reported_regions"].isna().tolist() == [True, False, False, True]
    assert t["reported_regions"].iloc[1] == 3 and pd.isna(t["reported_regions"].iloc[3])
    assert t["gap_note"].iloc[2] == "identified 4 of the reported 5" and t["gap_note"].iloc[3] is None
    assert set(t["group"]) == {"Indonesia"}
    # a filtered timeline: its rows name the filter, counted by hand from _regions() (province 11: 11.01 in
    # 2017, 11.71 in 2018; 11.02 never)
    p = S.coverage_timeline_summary(tiny, Filters(province="11", type=None), years=range(2017, 2020))
    assert set(p["group"]) == {"province=11"} and p["regions_participating"].tolist() == [1, 2, 2]
    both = S.coverage_timeline_summary(tiny, Filters(island_group="Jawa", type="kota"), years=[2021])
    assert both["group"].tolist() == ["island_group=Jawa; type=kota"] and both["regions_participating"].tolist() == [2]


def test_strengths_summary_golden(tiny):
    sw = S.strengths_summary(tiny, "11.71", 2019)
    # above the participants' median on every pillar: its two largest gaps are strengths, and no pillar is
    # called a weakness (environment and living, +1.0 each, were listed as "weaknesses" before)
    assert sw["kind"].tolist() == ["strength", "strength"]
    assert sw["pillar"].tolist() == ["governance", "branding"]
    assert sw["diff"].tolist() == pytest.approx([1.5, 1.5])
    assert (sw["peers"] == 3).all()
    with pytest.raises(ValueError, match="no evaluation up to 2019"):
        S.strengths_summary(tiny, "31.01", 2019)


def test_peers_summary_golden(tiny):
    p = S.peers_summary(tiny, "11.01", as_of=2019, k=5)
    assert p["code"].tolist() == ["11.71", "31.71"]
    a = np.array([1.6 / 3.1] * 4 + [1.6 / 2.6] * 2)
    assert p["distance"].iloc[0] == pytest.approx(np.sqrt(((1 - a) ** 2).sum()))
    assert p["distance"].iloc[1] == pytest.approx(np.sqrt((a ** 2).sum()))
    assert p["level"].tolist() == ["smart", "ad_hoc"]
    assert S.peers_summary(tiny, "11.71", as_of=2019, same="type")["code"].tolist() == ["31.71"]
    assert list(p.columns) == ["code", "name", "province_name", "type", "size_class", "distance", "index", "level"]


@pytest.mark.parametrize("code, hint", [("99.99", "such as 11.01"), ("11.0", "did you mean 11.01"), ("11.7", "11.71"),
                                        ("Kota X", "Kota")])
def test_unknown_region_suggests(tiny, code, hint):
    with pytest.raises(ValueError, match="unknown region code") as exc:
        S.peers_summary(tiny, code, as_of=2019)
    assert hint in str(exc.value) and "\n" not in str(exc.value)


def test_region_by_exact_name(tiny):
    assert S.check_region(tiny, "kota b") == "11.71"


def test_uncertainty_summary_tiny(tiny):
    ranks, sens = S.uncertainty_summary(tiny, Filters(as_of=2019), n=50, seed=1)
    assert ranks["code"].tolist() == ["11.71", "11.01", "31.71"]
    assert ranks["nominal_rank"].tolist() == [1, 2, 3]
    assert (ranks["p05_rank"] <= ranks["median_rank"]).all() and (ranks["median_rank"] <= ranks["p95_rank"]).all()
    assert sens["choice"].tolist() == ["weights", "normalisation", "aggregation"]
    sub, _ = S.uncertainty_summary(tiny, Filters(as_of=2019, province="31"), n=50, seed=1)
    assert sub["code"].tolist() == ["31.71"] and sub["nominal_rank"].tolist() == [3]
    again, _ = S.uncertainty_summary(tiny, Filters(as_of=2019), n=50, seed=1)
    pd.testing.assert_frame_equal(ranks, again)


def test_plan_summary_tiny(tiny):
    p = S.plan_summary(tiny, budget=1, as_of=2019)
    assert p["code"].tolist() == ["11.02"]
    both = S.plan_summary(tiny, budget=2, as_of=2019, min_per_province=3)
    assert set(both["code"]) == {"11.02", "31.72"}
    with pytest.raises(ValueError, match="budget is 1"):
        S.plan_summary(tiny, budget=1, as_of=2019, min_per_province=3)
    with pytest.raises(ValueError, match="unknown region code"):
        S.plan_summary(tiny, budget=1, as_of=2019, exclude=["11.99"])


@pytest.mark.parametrize("bad, msg", [
    (Filters(as_of=2031), "out of range"), (Filters(province="99"), "unknown province"),
    (Filters(type="desa"), "unknown type"), (Filters(island_group="Atlantis"), "unknown island group")])
def test_bad_filters(tiny, bad, msg):
    with pytest.raises(ValueError, match=msg):
        S.maturity_summary(tiny, bad)


# ---------------------------------------------------------------------------------------------- warehouse
FILTER_CASES = [Filters(), Filters(province="35"), Filters(type="kota"), Filters(island_group="Sulawesi"),
                Filters(island_group="Jawa", type="kabupaten"), Filters(as_of=2021, province="32")]


@pytest.mark.parametrize("f", FILTER_CASES, ids=str)
def test_filters_never_change_national_ranks(ds, f):
    nat = S.maturity_summary(ds, Filters(as_of=f.as_of)).set_index("code")
    sub = S.maturity_summary(ds, f).set_index("code")
    assert len(sub) > 0 and sub.index.isin(nat.index).all()
    cols = ["index", "index_100", "level", "rank_national", "rank_province", "rank_type"]
    pd.testing.assert_frame_equal(sub[cols], nat.loc[sub.index, cols])
    # and exactly the national rows inside the filters are kept
    assert set(sub.index) == set(nat.index[f.mask(nat.reset_index()).to_numpy()])


def test_maturity_on_warehouse(ds):
    m = S.maturity_summary(ds, Filters(as_of=2023))
    part = ds.regions[ds.regions["cohort_year"].fillna(9999) <= 2023]
    evaluated = set(ds.scores.loc[ds.scores["year"] <= 2023, "region_code"])
    assert set(m["code"]) == set(part["code"]) & evaluated
    assert m["index"].to_numpy() == pytest.approx(m[PILLARS].mean(axis=1).to_numpy())
    assert m["index_100"].to_numpy() == pytest.approx(m["index"].to_numpy() * 25, abs=0.05 + 1e-9)
    assert m["rank_national"].is_monotonic_increasing
    assert (m["eval_year"] <= 2023).all()
    kediri = m.set_index("code").loc["35.71"]
    assert kediri["eval_year"] == 2023 and kediri["score_source"] == "synthetic"
    k22 = S.maturity_summary(ds, Filters(as_of=2022)).set_index("code").loc["35.71"]
    assert k22["score_source"] == "published" and k22["governance"] == 2.75


def test_uncertainty_nominal_equals_maturity_rank(ds):
    f = Filters(as_of=2023, province="33")
    ranks, _ = S.uncertainty_summary(ds, f, n=30, seed=0)
    m = S.maturity_summary(ds, f).set_index("code")
    assert ranks["nominal_rank"].tolist() == m.loc[ranks["code"], "rank_national"].tolist()


def test_mix_counts_match_summary(ds):
    f = Filters(as_of=2023, island_group="Jawa")
    mix = S.maturity_mix(ds, f).set_index("level")
    m = S.maturity_summary(ds, f)
    assert mix["regions"].drop(S.NOT_EVALUATED).sum() == len(m)   # levels + insufficient data = evaluated
    part = f.apply(ds.regions)
    assert mix["regions"].sum() == int((part["cohort_year"].fillna(9999) <= 2023).sum())


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_filters_never_change_national_ranks_property(ds, data):
    regions = ds.regions
    year = data.draw(st.integers(2018, 2024), label="year")
    island = data.draw(st.sampled_from([None, *sorted(set(regions["island_group"]))]), label="island")
    provs = sorted(set(regions.loc[regions["island_group"] == island, "province_code"])) if island else \
        sorted(set(regions["province_code"]))
    prov = data.draw(st.sampled_from([None, *provs]), label="province")
    kind = data.draw(st.sampled_from([None, "kabupaten", "kota"]), label="type")
    f = Filters(as_of=year, island_group=island, province=prov, type=kind)
    nat = S.maturity_summary(ds, Filters(as_of=year)).set_index("code")
    sub = S.maturity_summary(ds, f).set_index("code")
    inside = nat[f.mask(nat.reset_index()).to_numpy()]
    assert sub.index.tolist() == inside.index.tolist()
    pd.testing.assert_frame_equal(sub, inside)
