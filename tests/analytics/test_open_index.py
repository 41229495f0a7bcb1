"""The open-statistics index against an independent computation written here with plain pandas/numpy from the raw
CSV files (not calling the engine), and its rules: as-of semantics with each value's year, missing stays missing,
no double counting, the per-level completeness rule, levels and ranks on the shown index, the Monte Carlo."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from analytics.summaries import indicators as I
from analytics.summaries import open_index as O
from analytics.summaries.filters import Filters
from tests.conftest import REPO

RAW = REPO / "data" / "reference" / "indicators" / "indicator_values.csv"
FRAMEWORK = REPO / "data" / "framework" / "open_index_framework.csv"


@pytest.fixture(scope="module")
def ds(built_db):
    from analytics.warehouse.dataset import load
    return load(built_db)


@pytest.fixture(scope="module")
def raw() -> pd.DataFrame:
    return pd.read_csv(RAW, dtype={"code": str})


@pytest.fixture(scope="module")
def fw() -> pd.DataFrame:
    return pd.read_csv(FRAMEWORK, dtype=str, keep_default_na=False)


def independent_index(raw: pd.DataFrame, fw: pd.DataFrame, as_of: int, min_pillars: int = 3,
                      pillar_weights: dict | None = None) -> pd.DataFrame:
    """The index from first principles: latest value ≤ as_of per region and indicator; log where the framework
    says so; goalposts 100·(x − lo)/(hi − lo) (reversed for direction −1) clipped to [0, 100]; a pillar is the
    mean of the indicators present; the index the weighted mean of the pillars present if at least
    ``min_pillars`` of the 4 are; rounded half up to 1 decimal; competition ranks of the rounded value."""
    leaves = fw[fw["lo"] != ""]
    root = fw.loc[fw["parent"] == "", "node"].iloc[0]
    pillars = fw.loc[fw["parent"] == root, "node"].tolist()
    v = raw[(raw["year"] <= as_of) & raw["indicator"].isin(leaves["node"])]
    latest = v.sort_values("year").groupby(["code", "indicator"]).tail(1)
    wide = latest.pivot(index="code", columns="indicator", values="value")
    scores = {}
    for _, leaf in leaves.iterrows():
        x = wide[leaf["node"]] if leaf["node"] in wide else pd.Series(np.nan, index=wide.index)
        lo, hi = float(leaf["lo"]), float(leaf["hi"])
        if leaf["transform"] == "log":
            x, lo, hi = np.log(x), np.log(lo), np.log(hi)
        s = (x - lo) / (hi - lo) * 100 if leaf["direction"] == "1" else (hi - x) / (hi - lo) * 100
        scores[leaf["node"]] = s.clip(0, 100)
    norm = pd.DataFrame(scores)
    out = pd.DataFrame(index=norm.index)
    for p in pillars:
        kids = leaves.loc[leaves["parent"] == p, "node"]
        out[p] = norm[kids].mean(axis=1, skipna=True)
    w = pd.Series(pillar_weights or {p: 1.0 for p in pillars})[pillars]
    present = out[pillars].notna()
    num = (out[pillars].fillna(0) * w).sum(axis=1)
    den = (present * w).sum(axis=1)
    out["index"] = (num / den).where(present.sum(axis=1) >= min_pillars)
    out["index_100"] = np.floor(out["index"] * 10 + 0.5 + 1e-9) / 10
    out["rank"] = out["index_100"].rank(method="min", ascending=False)
    return out


@pytest.mark.parametrize("as_of", [2017, 2021, 2023, 2024])
def test_index_equals_the_independent_computation(ds, raw, fw, as_of):
    got = O.open_index_summary(ds, Filters(as_of=as_of)).set_index("code")
    want = independent_index(raw, fw, as_of).reindex(got.index)
    for p in O.open_pillars():
        np.testing.assert_allclose(got[p].to_numpy(float), want[p].to_numpy(float), rtol=0, atol=1e-9, equal_nan=True)
    np.testing.assert_allclose(got["index"].to_numpy(float), want["index"].to_numpy(float), atol=1e-9, equal_nan=True)
    np.testing.assert_array_equal(got["index_100"].to_numpy(float), want["index_100"].to_numpy(float))
    np.testing.assert_array_equal(got["rank_national"].astype("Float64").to_numpy(float, na_value=np.nan),
                                  want["rank"].to_numpy(float))
    assert len(got) == 514


def test_weights_and_completeness_rule_follow_the_independent_computation(ds, raw, fw):
    weights = {"economy": 2.0, "society": 1.0, "living": 0.5, "environment": 1.0}
    s = O.open_settings(weights=weights, min_pillars=4)
    got = O.open_index_summary(ds, Filters(as_of=2023), s).set_index("code")
    want = independent_index(raw, fw, 2023, min_pillars=4, pillar_weights=weights).reindex(got.index)
    np.testing.assert_allclose(got["index"].to_numpy(float), want["index"].to_numpy(float), atol=1e-9, equal_nan=True)


def test_completeness_rule_per_level(ds):
    """2017 has no environment data at all (water and sanitation start in 2021, the village indices in 2024):
    every region has 3 of 4 pillars, which the default rule (3) ranks and a rule of 4 does not."""
    default = O.open_index_summary(ds, Filters(as_of=2017))
    assert (default["pillars_present"] == 3).all() and default["environment"].isna().all()
    assert (default["status"] == O.RANKED).all()
    strict = O.open_index_summary(ds, Filters(as_of=2017), O.open_settings(min_pillars=4))
    assert (strict["status"] == O.INSUFFICIENT).all()
    assert strict["index_100"].isna().all() and strict["rank_national"].isna().all() and strict["level"].isna().all()
    assert strict["economy"].notna().all()                 # pillars keep their scores: only the index is withheld


def test_as_of_takes_the_latest_value_and_keeps_its_year(ds, raw):
    s = O.open_index_summary(ds, Filters(as_of=2023)).set_index("code")
    assert (s["poverty_rate_year"] == 2021).all()          # no poverty value after 2021
    assert (s["adjusted_spending_per_capita_year"] == 2023).all()
    assert s["village_social_index_year"].isna().all()     # 2024 only: nothing as of 2023
    y19 = O.open_index_summary(ds, Filters(as_of=2019)).set_index("code")
    assert (y19["poverty_rate_year"] == 2018).all()
    want = raw[(raw["indicator"] == "poverty_rate") & (raw["year"] == 2018)].set_index("code")["value"]
    pd.testing.assert_series_equal(y19["poverty_rate"].reindex(want.index), want, check_names=False)
    assert (s["data_year_min"] == 2021).all() and (s["data_year_max"] == 2023).all()


def test_missing_stays_missing_never_zero(ds):
    s = O.open_index_summary(ds, Filters(as_of=2024)).set_index("code")
    papua = s[s["province_code"].isin(["91", "93", "94", "95"])]   # old Papua: scrambled in the copy, dropped
    assert papua["grdp_per_capita"].isna().all() and papua["grdp_per_capita_year"].isna().all()
    assert papua["economy"].notna().all()                  # the pillar uses the indicators present
    kota = s[s["type"] == "kota"]
    assert kota["village_environment_index"].isna().mean() > 0.75          # most kota have no villages
    have = ds.indicator_values[ds.indicator_values["year"] <= 2024].groupby("indicator")["region_code"].nunique()
    for c in O.open_indicators():                         # a region without a value is NaN, not 0
        assert int(s[c].notna().sum()) == int(have.get(c, 0)), c


def test_hdi_as_published_for_kota_yogyakarta_and_nduga(ds):
    """Values a user can check on BPS's site: HDI 2024 of Kota Yogyakarta 88.77 and Kabupaten Nduga 36.30."""
    hdi = I.indicator_as_of(ds, "hdi", 2024).set_index("code")
    assert hdi.at["34.71", "value"] == 88.77 and hdi.at["34.71", "value_year"] == 2024
    assert hdi.at["95.08", "value"] == 36.30
    assert list(I.indicator_as_of(ds, "hdi", 2024).columns) == I.AS_OF_COLUMNS
    prof = O.region_values(ds, "34.71", 2024).set_index("indicator")
    assert prof.at["hdi", "value"] == 88.77 and prof.at["hdi", "year"] == 2024


def test_no_double_counting_and_no_governance_or_branding(ds):
    inds = set(O.open_indicators())
    assert "hdi" not in inds and {"expected_schooling_years", "mean_schooling_years", "life_expectancy",
                                  "adjusted_spending_per_capita"} <= inds
    assert "village_index" not in inds and {"village_social_index", "village_economic_index",
                                            "village_environment_index"} <= inds
    assert not inds & {"villages_advanced_share", "villages_lagging_share", "villages_count"}
    assert not inds & {"unemployment_rate", "labour_participation_rate"}   # incoherent: see coherence_table
    cols = O.summary_columns()
    assert "governance" not in cols and "branding" not in cols
    assert set(O.NO_OPEN_DATA) == {"governance", "branding"} and set(O.open_pillars()) == \
        {"economy", "society", "living", "environment"}


def test_coherence_table_explains_the_excluded_labour_indicators(ds):
    c = O.coherence_table(ds, 2024).set_index("indicator")
    assert (c.loc[c["in_index"], "spearman_with_hdi"] > 0).all()
    assert c.at["unemployment_rate", "spearman_with_hdi"] < 0 and c.at["labour_participation_rate", "spearman_with_hdi"] < 0


def test_skewed_grdp_is_logged(ds):
    sk = O.skewness_table(ds, 2023).set_index("indicator")
    assert sk.at["grdp_per_capita", "flagged"] and not sk.at["grdp_per_capita", "flagged_after"]
    assert sk.at["grdp_per_capita", "transform"] == "log"


def test_levels_only_with_goalposts_and_ranks_on_the_shown_index(ds):
    s = O.open_index_summary(ds, Filters(as_of=2023))
    lv = s["level"]
    expect = pd.cut(s["index_100"], [0, 20, 40, 60, 80, 100.0001], right=False,
                    labels=["ad_hoc", "initial", "scattered", "integrated", "smart"]).astype(object)
    assert (lv == expect).all()
    rel = O.open_index_summary(ds, Filters(as_of=2023), O.open_settings("minmax"))
    assert rel["level"].isna().all() and rel["rank_national"].notna().all()
    tied = s[s.duplicated("index_100", keep=False)]
    assert tied.groupby("index_100")["rank_national"].nunique().eq(1).all()   # equal shown values share a rank


def test_filters_drop_rows_never_change_ranks(ds):
    nat = O.open_index_summary(ds, Filters(as_of=2023)).set_index("code")
    sub = O.open_index_summary(ds, Filters(as_of=2023, province="34")).set_index("code")
    assert set(sub.index) == set(nat.index[nat["province_code"] == "34"])
    pd.testing.assert_series_equal(sub["rank_national"], nat.loc[sub.index, "rank_national"])


def test_monte_carlo_nominal_ranks_equal_the_table(ds):
    ranks, sens = O.open_uncertainty(ds, Filters(as_of=2023), n=60, seed=1)
    table = O.open_index_summary(ds, Filters(as_of=2023)).set_index("code")
    r = ranks.set_index("code")
    pd.testing.assert_series_equal(r["nominal_rank"], table.loc[r.index, "rank_national"], check_names=False)
    assert (r["p05_rank"] <= r["median_rank"]).all() and (r["median_rank"] <= r["p95_rank"]).all()
    assert set(sens["choice"]) == {"weights", "normalisation", "aggregation"}
    again, _ = O.open_uncertainty(ds, Filters(as_of=2023), n=60, seed=1, sensitivity=False)
    pd.testing.assert_frame_equal(again, ranks)


def test_strengths_and_peers(ds):
    sw = O.open_strengths(ds, "34.71", 2023)
    # Kota Yogyakarta is above the national median on every open pillar: two strengths, no "weakness" above it
    assert sw["kind"].tolist() == ["strength", "strength"], sw
    nat = O.open_index_summary(ds, Filters(as_of=2023)).set_index("code")
    for code, expected in {"34.71": (2, 0), "53.01": (0, 2), "11.01": (1, 2)}.items():
        sw = O.open_strengths(ds, code, 2023)
        below = sw["score"] < sw["peer_median"]
        assert ((sw["kind"] == "weakness") == below).all() and (sw["score"] != sw["peer_median"]).all(), sw
        assert ((sw["kind"] == "strength").sum(), below.sum()) == expected, (code, sw)
        for _, row in sw.iterrows():     # the medians are those of the 514 regions' pillar scores
            assert row["peer_median"] == pytest.approx(nat[row["pillar"]].median())
    peers = O.open_peers(ds, "34.71", as_of=2023, k=5)
    assert len(peers) == 5 and "34.71" not in set(peers["code"])
    assert peers["distance"].is_monotonic_increasing
    kota = O.open_peers(ds, "34.71", as_of=2023, k=5, same="type")
    assert (kota["type"] == "kota").all()


def test_open_pillar_long_is_the_summary_melted(ds):
    long = O.open_pillar_long(ds, Filters(as_of=2023, island_group="Papua"))
    s = O.open_index_summary(ds, Filters(as_of=2023, island_group="Papua")).set_index("code")
    for _, r in long.sample(20, random_state=0).iterrows():
        assert s.at[r["region_code"], r["pillar"]] == r["score"]
    assert (long["source"] == "open").all() and long["year"].eq(2023).all()


def test_open_trend_matches_each_year(ds):
    tr = O.open_trend(ds, ["95.08", "34.71"], years=[2018, 2023])
    assert tr["code"].tolist() == ["95.08", "95.08", "34.71", "34.71"]
    y = O.open_index_summary(ds, Filters(as_of=2018)).set_index("code")
    assert tr.iloc[0]["index_100"] == y.at["95.08", "index_100"]
