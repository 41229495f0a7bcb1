"""analytics.summaries.geo_layers and ui.map_assets: the web geometry keeps every region, its order and its
shared borders; province borders are the lines between provinces (not the coast); extents; finding a region by
name in either language."""

from __future__ import annotations

import json

import pytest
import shapely

from analytics.summaries import geo_layers as gl


@pytest.fixture(scope="module")
def shapes(built_db):
    from analytics.warehouse import geo
    return geo.region_shapes(built_db)


@pytest.fixture(scope="module")
def ds(built_db):
    from analytics.warehouse.dataset import load
    return load(built_db)


@pytest.fixture(scope="module")
def assets(ds, built_db):
    from ui import map_assets
    return map_assets.build_assets(ds.regions, ds.provinces, publish=False)


def test_web_regions_keep_every_region_in_code_order(assets, ds):
    fc = assets.regions
    props = [f["properties"] for f in fc["features"]]
    assert [p["code"] for p in props] == sorted(ds.regions["code"]) and len(props) == 514
    assert [p["i"] for p in props] == list(range(514))                       # i = position (the colour index)
    names = ds.regions.set_index("code")
    for p in props[:: 50]:
        assert p["name"] == names.at[p["code"], "name"] and p["province"] == names.at[p["code"], "province_name"]
        assert p["k"] == "c" + p["code"].replace(".", "")
    geoms = [shapely.geometry.shape(f["geometry"]) for f in fc["features"]]
    assert all(g.is_valid and not g.is_empty and g.geom_type in ("Polygon", "MultiPolygon") for g in geoms)
    assert tuple(p["code"] for p in props) == assets.region_order


def test_simplification_keeps_neighbours_touching(assets, shapes):
    """Coverage simplification moves shared borders together: regions that share a border in the stored data
    still do (Banyuwangi 35.10 with Jember 35.09, Situbondo 35.12, Bondowoso 35.11)."""
    web = {f["properties"]["code"]: shapely.geometry.shape(f["geometry"]) for f in assets.regions["features"]}
    for a, b in (("35.10", "35.09"), ("35.10", "35.12"), ("35.10", "35.11"), ("73.71", "73.06")):
        stored = shapes.set_index("code").geometry
        assert stored[a].intersection(stored[b]).length > 0
        assert web[a].intersection(web[b]).length > 0, (a, b)
        assert web[a].intersection(web[b]).area < 1e-6                          # and do not overlap


def test_web_geometry_is_smaller_but_close(assets, shapes):
    stored = json.dumps([shapely.geometry.mapping(g) for g in shapes.geometry])
    assert assets.sizes["regions"] < 0.75 * len(stored)
    web = {f["properties"]["code"]: shapely.geometry.shape(f["geometry"]) for f in assets.regions["features"]}
    for code, g in zip(shapes["code"], shapes.geometry):
        if g.area > 0.05:                                                       # regions bigger than ~600 km²
            assert abs(web[code].area - g.area) / g.area < 0.05, code


def test_provinces_are_38_and_borders_are_between_provinces(assets):
    from ui.map_assets import province_borders, province_coverage
    provs = [f["properties"]["code"] for f in assets.provinces["features"]]
    assert len(provs) == 38 and provs == sorted(provs)
    assert {"91", "92", "93", "94", "95", "96"} <= set(provs)                     # the 2022 Papua provinces
    web = assets.web
    cover = province_coverage(web)
    borders = province_borders(cover)
    total = sum(g.length for g in borders.geometry)
    assert 0 < total < 0.5 * sum(g.boundary.length for g in cover.geometry)       # not the coastline
    # every vertex of a border lies on both its provinces' edges
    by_code = cover.set_index("code").geometry
    for a, b, line in borders[["a", "b", "geometry"]].itertuples(index=False):
        pts = shapely.points(shapely.get_coordinates(line))
        assert shapely.distance(pts, by_code[a].boundary).max() < 1e-6
        assert shapely.distance(pts, by_code[b].boundary).max() < 1e-6
    pairs = set(zip(borders["a"], borders["b"]))
    assert ("33", "35") in pairs                                                # Jawa Tengah | Jawa Timur
    assert ("35", "51") not in pairs                                            # the Bali strait is sea
    assert ("91", "95") in pairs or ("91", "94") in pairs                       # Papua's 2022 split


def test_bounds_of_a_province_and_of_everything(shapes):
    x0, y0, x1, y1 = gl.bounds(shapes, shapes.loc[shapes["code"].str[:2] == "35", "code"])
    assert 110.8 < x0 < 111.5 and 114.3 < x1 < 116.5 and -9.0 < y0 < -8.0 and -5.5 < y1 < -4.5
    assert gl.bounds(shapes, None) == gl.INDONESIA_BOUNDS
    assert gl.bounds(shapes, []) == gl.INDONESIA_BOUNDS


def test_label_points_lie_inside_their_polygons(shapes):
    pts = gl.label_points(shapes)
    geoms = shapes.set_index("code").geometry
    assert len(pts) == 514
    for code, lon, lat in pts.itertuples(index=False):
        assert geoms[code].buffer(1e-3).contains(shapely.Point(lon, lat)), code


# ---------------------------------------------------------------------------------------------- find a region
@pytest.mark.parametrize(("query", "first"), [
    ("Banyuwangi", "35.10"), ("banyuwangi", "35.10"), ("Kabupaten Banyuwangi", "35.10"), ("Kab. Banyuwangi", "35.10"),
    ("Banyuwangi Regency", "35.10"), ("  BANYUWANGI ", "35.10"), ("Banyuwngi", "35.10"),
    ("Makassar", "73.71"), ("Kota Makassar", "73.71"), ("Makassar City", "73.71"), ("makasar", "73.71"),
    ("Kota Kediri", "35.71"), ("Kediri City", "35.71"), ("Kabupaten Kediri", "35.06"),
    ("North Lombok", "52.08"), ("Lombok Utara", "52.08"), ("South Jakarta", "31.74"), ("Jakarta Selatan", "31.74"),
    ("Kota Administrasi Jakarta Selatan", "31.74"), ("Aru Islands", "81.07"), ("Kepulauan Aru", "81.07"),
    ("South Central Timor", "53.02"), ("Southwest Maluku", "81.08"), ("Kepulauan Seribu", "31.01"),
    ("Pangkajene dan Kepulauan", "73.10"),
])
def test_find_a_region_in_either_language(ds, query, first):
    hits = gl.find_regions(ds.regions, query)
    assert not hits.empty and hits["code"].iloc[0] == first, hits.head(3).to_dict("records")


@pytest.mark.parametrize(("query", "codes"), [
    ("Kediri", {"35.06", "35.71"}), ("Bandung", {"32.04", "32.73"}), ("Malang", {"35.07", "35.73"}),
])
def test_a_name_of_a_kabupaten_and_a_kota_gives_both(ds, query, codes):
    hits = gl.find_regions(ds.regions, query)
    top = hits[hits["score"] == hits["score"].iloc[0]]
    assert set(top["code"]) == codes


@pytest.mark.parametrize("query", ["", "   ", "xyzzy", "Kabupaten", "Regency"])
def test_nonsense_finds_nothing(ds, query):
    assert gl.find_regions(ds.regions, query).empty


@pytest.mark.parametrize(("core", "english"), [
    ("lombok utara", "north lombok"), ("timor tengah selatan", "south central timor"),
    ("maluku barat daya", "southwest maluku"), ("kepulauan aru", "aru islands"), ("banyuwangi", "banyuwangi"),
    ("jakarta selatan", "south jakarta"), ("maluku tenggara", "southeast maluku"),
])
def test_english_names(core, english):
    assert gl.english_name(core) == english


def test_core_name_drops_the_type_word():
    assert gl.core_name("Kota Administrasi Jakarta Selatan") == "jakarta selatan"
    assert gl.core_name("Kabupaten Pangkajene dan Kepulauan") == "pangkajene dan kepulauan"
    assert gl.core_name("Kota Batu") == "batu"
