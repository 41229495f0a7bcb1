"""AppTest of the Map page: the deck, its legends, the tables and their CSV, filters and both languages."""

from __future__ import annotations

import json

import pytest

from tests.ui.apptest import app_test, navigation_v2  # noqa: F401 - fixture


def _open(**query):
    at = app_test({"lang": "en", **query})
    at.switch_page("pages/map.py").run()            # first run on the page: the URL's filters apply
    assert not at.exception, "\n".join(e.message for e in at.exception)
    return at


def _deck(at) -> dict:
    charts = at.get("deck_gl_json_chart")
    assert len(charts) == 1
    return json.loads(charts[0].proto.json)


def _md(at) -> str:
    return " ".join(m.value for m in at.markdown)


def _captions(at) -> str:
    return " ".join(c.value for c in at.caption)


def test_map_draws_regions_over_polygons_without_basemap(navigation_v2, built_db):
    at = _open()
    assert at.title[0].value == "Map of the programme"
    spec = _deck(at)
    layers = {l["id"]: l for l in spec["layers"]}
    assert list(layers) == ["sea", "provinces", "regions"]
    assert len(layers["regions"]["data"]) == 514
    assert len(layers["provinces"]["data"]["features"]) == 33
    assert "mapProvider" not in spec and spec.get("mapStyle") in (None, "__MAP_STYLE__")
    assert at.toggle(key="map_basemap").value is False
    # legends drawn beside the map say what the colours mean
    md = _md(at)
    assert "Maturity level (latest evaluation)" in md and "No evaluation yet / not a participant" in md
    assert "Provinces: share of kab/kota participating" in md
    caps = _captions(at)
    assert "Papua, Papua Selatan, Papua Tengah, Papua Pegunungan" in caps     # the polygon standing for four
    assert "36 regions in view have an approximate point" in caps
    assert "Map data sent to the browser:" in caps
    assert any("synthetic" in i.value for i in at.info)


def test_map_tables_and_downloads(navigation_v2, built_db):
    at = _open()
    mat, polys = at.dataframe[0].value, at.dataframe[1].value
    assert len(mat) == 182 and mat["rank_national"].iloc[0] == 1
    assert len(polys) == 33 and polys["regions_in_scope"].sum() == 514
    assert polys["regions_participating"].sum() == 225
    assert len(at.get("download_button")) == 3                                 # map points, maturity, provinces


def test_map_payload_is_reported_and_small(navigation_v2, built_db):
    at = _open()
    size = len(at.get("deck_gl_json_chart")[0].proto.json.encode())
    assert size < 350_000
    kb = next(c.value for c in at.caption if "Map data sent" in c.value)
    assert f"{round(size / 1024):,}" in kb


def test_colour_and_shape_controls(navigation_v2, built_db):
    at = _open()
    at.button_group(key="map_colour").set_value("cohort").run()
    assert not at.exception
    assert "Cohort (year joined)" in _md(at) and "Joined 2017" in _md(at)
    at.button_group(key="map_shape").set_value("columns").run()
    spec = _deck(at)
    assert next(l for l in spec["layers"] if l["id"] == "regions")["@@type"] == "ColumnLayer"
    assert spec["initialViewState"]["pitch"] > 0
    at.button_group(key="map_fill").set_value("maturity").run()
    assert "Provinces: level of the mean maturity index" in _md(at)
    at.toggle(key="map_basemap").set_value(True).run()
    assert _deck(at)["mapProvider"] == "carto"


def test_province_filter_zooms_in(navigation_v2, built_db):
    at = _open(province="Sulawesi Selatan")
    spec = _deck(at)
    regions = next(l for l in spec["layers"] if l["id"] == "regions")
    assert len(regions["data"]) == 24
    assert spec["initialViewState"]["zoom"] > 5
    assert len(at.dataframe[0].value) == 5                                    # evaluated participants of 73


def test_year_before_any_evaluation_explains_the_empty_table(navigation_v2, built_db):
    at = _open(year="2017")
    assert any("participants are evaluated from the year after they join" in i.value for i in at.info)


def test_map_in_bahasa_indonesia(navigation_v2, built_db):
    at = _open(lang="id")
    assert at.title[0].value == "Peta program"
    assert "Tingkat kematangan (evaluasi terakhir)" in _md(at)
    regions = next(l for l in _deck(at)["layers"] if l["id"] == "regions")
    mk = next(r for r in regions["data"] if r["code"] == "73.71")
    assert mk["l1"] == "Provinsi: Sulawesi Selatan" and mk["l4"] == "Penduduk: 1.482.354"
