"""analytics.summaries.geo_layers: province polygons aggregated per polygon (a polygon standing for several provinces adds
them up and says so), web simplification, GeoJSON features."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest

from analytics.summaries import geo_layers
from analytics.summaries.coverage import participating


@pytest.fixture(scope="module")
def ds(built_db):
    from analytics.warehouse.dataset import load
    return load(built_db)


def test_polygons_cover_all_38_provinces_once():
    polys = geo_layers.polygon_table(geo_layers.load_polygons())
    assert len(polys) == 33
    covered = [c for t in polys["province_codes_covered"] for c in t]
    assert len(covered) == len(set(covered)) == 38


def test_summary_adds_up_to_the_national_totals(ds):
    s = geo_layers.polygon_summary(ds.regions, 2023)
    assert list(s.columns) == geo_layers.POLYGON_COLUMNS
    assert s["regions_in_scope"].sum() == 514
    assert s["regions_participating"].sum() == int(participating(ds.regions, 2023).sum()) == 225
    assert s["population_in_scope"].sum() == 284_973_643


def test_papua_polygon_aggregates_its_four_provinces(ds):
    s = geo_layers.polygon_summary(ds.regions, 2023).set_index("map_polygon_code")
    papua = s.loc["91"]
    assert papua["province_codes_covered"] == "91,93,94,95"
    assert papua["covers_several"] and papua["n_provinces"] == 4
    assert {"Papua", "Papua Selatan", "Papua Tengah", "Papua Pegunungan"} == set(papua["covered_names"].split(", "))
    r = ds.regions[ds.regions["province_code"].isin(["91", "93", "94", "95"])]
    assert papua["regions_in_scope"] == len(r)
    assert papua["population_in_scope"] == r["population"].sum()
    part = participating(r, 2023)
    assert papua["regions_participating"] == part.sum()
    assert papua["region_share"] == pytest.approx(part.mean())
    assert s.loc["64", "covered_names"] == "Kalimantan Timur, Kalimantan Utara"
    assert not s.loc["73", "covers_several"]


def test_mean_index_per_polygon(ds):
    mat = pd.DataFrame({"code": ["73.71", "73.72", "35.78"], "index_100": [80.0, 60.0, 50.0]})
    s = geo_layers.polygon_summary(ds.regions, 2023, mat).set_index("map_polygon_code")
    assert s.loc["73", "mean_index_100"] == pytest.approx(70.0) and s.loc["73", "regions_scored"] == 2
    assert s.loc["35", "mean_index_100"] == pytest.approx(50.0)
    assert np.isnan(s.loc["11", "mean_index_100"]) and s.loc["11", "regions_scored"] == 0


def test_filtered_regions_leave_other_polygons_empty_but_named(ds):
    names = dict(zip(ds.provinces["code"], ds.provinces["name"]))
    reg = ds.regions[ds.regions["province_code"] == "73"]
    s = geo_layers.polygon_summary(reg, 2023, province_names=names).set_index("map_polygon_code")
    assert s.loc["73", "regions_in_scope"] == len(reg)
    assert s.loc["91", "regions_in_scope"] == 0 and np.isnan(s.loc["91", "region_share"])
    assert "Papua Pegunungan" in s.loc["91", "covered_names"]          # names from all provinces, not the view


def test_web_polygons_are_smaller_and_keep_every_polygon():
    full = json.dumps(geo_layers.load_polygons(), separators=(",", ":"))
    web = geo_layers.web_polygons(0.03, 3)
    assert len(web["features"]) == 33
    assert len(json.dumps(web, separators=(",", ":"))) < 0.75 * len(full)
    assert all(f["geometry"]["coordinates"] for f in web["features"])


def test_round_coordinates():
    g = {"type": "Polygon", "coordinates": [[(1.23456, 2.34567), (3.0, 4.0), (1.23456, 2.34567)]]}
    assert geo_layers.round_coordinates(g, 2)["coordinates"] == [[[1.23, 2.35], [3.0, 4.0], [1.23, 2.35]]]


def test_polygon_features_carry_properties(ds):
    s = geo_layers.polygon_summary(ds.regions, 2023)
    fc = geo_layers.polygon_features(s, geo_layers.web_polygons())
    assert len(fc["features"]) == 33
    props = {f["properties"]["map_polygon_code"]: f["properties"] for f in fc["features"]}
    assert props["91"]["covers_several"] is True
    assert props["11"]["mean_index_100"] is None                      # NaN → null in JSON
    json.dumps(fc)                                                     # JSON-serialisable
