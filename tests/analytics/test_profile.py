"""analytics.summaries.profile: search, great-circle distances, nearest participants, pillar medians, trends, ASCN and
IMD summaries."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from analytics.summaries import profile
from analytics.summaries.filters import Filters


@pytest.fixture(scope="module")
def ds(built_db):
    from analytics.warehouse.dataset import load
    return load(built_db)


@pytest.fixture(scope="module")
def nat(ds):
    from analytics.summaries.tables import maturity_summary
    return maturity_summary(ds, Filters(as_of=2023))


# --- search ------------------------------------------------------------------------------------------------
def test_short_name():
    assert profile.short_name("Kota Makassar") == "Makassar"
    assert profile.short_name("Kota Administrasi Jakarta Pusat") == "Jakarta Pusat"
    assert profile.short_name("Kabupaten Administrasi Kepulauan Seribu") == "Kepulauan Seribu"


@pytest.mark.parametrize(("query", "first"), [("makassar", "73.71"), ("Kota Makassar", "73.71"), ("73.71", "73.71"),
                                              ("MAKAS", "73.71"), ("surabaya", "35.78"), ("jakarta pusat", "31.71")])
def test_search_regions(ds, query, first):
    hits = profile.search_regions(ds.regions, query)
    assert hits["code"].iloc[0] == first


def test_search_ranks_prefix_before_substring_and_limits(ds):
    hits = profile.search_regions(ds.regions, "jakarta", limit=None)
    assert set(hits["code"]) == {"31.71", "31.72", "31.73", "31.74", "31.75"}
    assert len(profile.search_regions(ds.regions, "a", limit=3)) == 3
    assert profile.search_regions(ds.regions, "  ").empty
    assert profile.search_regions(ds.regions, "no such place").empty


# --- distances -----------------------------------------------------------------------------------------------
def test_haversine_known_distances():
    assert profile.haversine_km(0, 0, 0, 1) == pytest.approx(111.195, abs=0.01)   # 1° of the equator
    assert profile.haversine_km(0, 0, 0, 180) == pytest.approx(np.pi * profile.EARTH_RADIUS_KM)
    assert profile.haversine_km(-6.2, 106.8, -6.2, 106.8) == 0
    # Jakarta – Makassar ≈ 1,400 km
    assert 1380 < profile.haversine_km(-6.2146, 106.8451, -5.1486, 119.4319) < 1420


def test_haversine_is_vectorised_and_symmetric():
    lat = np.array([0.0, 10.0, -5.0])
    lon = np.array([100.0, 120.0, 140.0])
    d = profile.haversine_km(lat[:, None], lon[:, None], lat[None, :], lon[None, :])
    assert d.shape == (3, 3)
    assert np.allclose(d, d.T) and np.allclose(np.diag(d), 0)


def test_nearest_participants(ds):
    near = profile.nearest_participants(ds.regions, "11.01", 2023, k=5)
    assert list(near.columns) == profile.NEAREST_COLUMNS and len(near) == 5
    assert near["distance_km"].is_monotonic_increasing
    assert "11.01" not in set(near["code"])
    part = ds.regions.set_index("code").loc[near["code"]]
    assert (part["cohort_year"] <= 2023).all()
    # brute force: no participant is closer than the fifth
    reg = ds.regions
    p = reg[reg["cohort_year"].fillna(9999) <= 2023]
    me = reg.set_index("code").loc["11.01"]
    d = profile.haversine_km(me["lat"], me["lon"], p["lat"], p["lon"])
    assert near["distance_km"].iloc[-1] == pytest.approx(np.sort(d)[4], abs=0.05)


def test_nearest_participants_unknown_region(ds):
    with pytest.raises(KeyError):
        profile.nearest_participants(ds.regions, "99.99", 2023)


# --- pillars and trends --------------------------------------------------------------------------------------
def test_pillar_comparison(ds, nat):
    comp = profile.pillar_comparison(nat, "73.71", ds.pillar_codes)
    assert list(comp.columns) == profile.COMPARISON_COLUMNS and list(comp["pillar"]) == ds.pillar_codes
    row = nat.set_index("code").loc["73.71"]
    assert comp["score"].tolist() == pytest.approx(row[ds.pillar_codes].astype(float).tolist())
    prov = nat[nat["province_code"] == "73"]
    assert comp["province_median"].tolist() == pytest.approx(prov[ds.pillar_codes].median().tolist())
    assert comp["national_median"].tolist() == pytest.approx(nat[ds.pillar_codes].median().tolist())
    assert comp["province_n"].iloc[0] == len(prov) and comp["national_n"].iloc[0] == len(nat)
    assert profile.pillar_comparison(nat, "11.01", ds.pillar_codes).empty       # not evaluated


def test_trend_matches_maturity_summary_of_each_year(ds):
    from analytics.summaries.tables import maturity_summary
    tr = profile.trend_summary(ds, ["73.71", "35.71"], years=range(2017, 2024))
    assert list(tr.columns) == profile.TREND_COLUMNS
    assert tr["code"].tolist()[0] == "73.71"
    for _, r in tr.iterrows():
        m = maturity_summary(ds, Filters(as_of=int(r["year"]))).set_index("code").loc[r["code"]]
        assert m["eval_year"] == r["year"]
        assert m["index_100"] == pytest.approx(r["index_100"]) and m["rank_national"] == r["rank_national"]
    assert tr[tr["code"] == "73.71"]["year"].min() == 2018                        # joined 2017, evaluated from 2018
    assert profile.trend_summary(ds, ["11.01"]).empty


# --- ASCN and IMD --------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("year", "n"), [(2017, 0), (2018, 26), (2022, 26), (2023, 29), (2024, 31)])
def test_ascn_network_size(ds, year, n):
    net = profile.ascn_network(ds.ascn, year)
    assert len(net) == n
    assert (net["joined_year"] <= year).all()


def test_ascn_counts_beside_reported(ds):
    c = profile.ascn_counts(ds.ascn, ds.reported).set_index("year")
    assert c.loc[2018, "cities"] == 26 and c.loc[2023, "cities"] == 29 and c.loc[2024, "cities"] == 31
    assert c.loc[2018, "reported"] == 26 and c.loc[2023, "reported"] == 29 and c.loc[2024, "reported"] == 31
    assert pd.isna(c.loc[2020, "reported"])                                       # none reported: stays missing
    assert c.loc[2023, "joined"] == "Chiang Mai, Khon Kaen, Rayong"
    assert c.loc[2024, "indonesian_cities"] == 4
    assert c.loc[2023, "reported_source"].startswith("https://www.bangkokpost.com/")


def test_pilot_profiles(ds, nat):
    p = profile.pilot_profiles(ds.ascn_pilots, ds.regions, nat)
    assert list(p.columns) == profile.PILOT_COLUMNS
    assert (p["city"] == "Jakarta").sum() == 6 and set(p.loc[p["city"] == "Jakarta", "code"].str[:2]) == {"31"}
    assert p.loc[p["city"] == "Jakarta", "index_100"].isna().all()            # not programme participants
    mk = p.set_index("code").loc["73.71"]
    assert mk["index_100"] == pytest.approx(nat.set_index("code").loc["73.71", "index_100"])
    assert p.set_index("code").loc["32.11", "ascn_joined_year"] == 2024


def test_national_picture(nat):
    pic = profile.national_picture(nat)
    assert pic["n"] == len(nat)
    assert pic["q1"] <= pic["median"] <= pic["q3"]
    assert profile.national_picture(nat.iloc[0:0])["n"] == 0


def test_imd_ranks_keep_missing_values_missing(ds):
    imd = profile.imd_ranks(ds.imd)
    assert list(imd.columns) == profile.IMD_COLUMNS
    assert len(imd) == 3 * imd["year"].nunique()
    g = imd.set_index(["city", "year"])
    assert g.loc[("Jakarta", 2023), "rank"] == 102 and g.loc[("Jakarta", 2023), "cities_ranked"] == 141
    assert g.loc[("Medan", 2023), "rank"] == 112 and g.loc[("Makassar", 2023), "rank"] == 114
    assert g.loc[("Makassar", 2023), "rating"] == "CC"
    assert pd.isna(g.loc[("Medan", 2021), "rank"]) and g.loc[("Medan", 2021), "source_url"] is None
    assert set(imd["year"]) == set(ds.imd["year"])                               # no edition invented


def test_city_regions_and_networks(ds):
    m = profile.city_regions(["Jakarta", "Medan", "Makassar"], ds.ascn_pilots, ds.regions)
    assert m["Medan"] == ["12.71"] and m["Makassar"] == ["73.71"] and len(m["Jakarta"]) == 6
    asc, imd = profile.region_networks("73.71", ds.ascn_pilots, ds.imd, ds.regions)
    assert asc["city"].tolist() == ["Makassar"] and set(imd["city"]) == {"Makassar"}
    assert asc["whole"].tolist() == [True]                  # Makassar is the pilot city by itself
    asc, _ = profile.region_networks("31.71", ds.ascn_pilots, ds.imd, ds.regions)
    assert asc["city"].tolist() == ["Jakarta"] and asc["whole"].tolist() == [False]   # one of Jakarta's six
    asc, imd = profile.region_networks("11.01", ds.ascn_pilots, ds.imd, ds.regions)
    assert asc.empty and imd.empty
