"""AppTest of the Map page: the regency choropleth of a real measure by default, its legend and attribution,
the illustrative measure badged, the year control recolouring, finding a region, the provinces view, filters,
the table and both languages. (AppTest has no static file serving, so the geometry goes inline.)"""

from __future__ import annotations

import json
import re

import pytest

from tests.ui.apptest import app_test, navigation_v2  # noqa: F401 - fixture


def _open(measure: str | None = None, **query):
    at = app_test({"lang": "en", **query})
    at.switch_page("pages/map.py").run()
    if measure is not None:
        at.selectbox(key="map_measure").set_value(measure).run()
    assert not at.exception, "\n".join(e.message for e in at.exception)
    return at


def _deck(at) -> dict:
    charts = at.get("deck_gl_json_chart")
    assert len(charts) == 1
    return json.loads(charts[0].proto.json)


def _layer(at, layer_id) -> dict:
    return next(l for l in _deck(at)["layers"] if l["id"] == layer_id)


def _codes(at, layer_id="regions") -> str:
    expr = _layer(at, layer_id)["getFillColor"]
    return re.search(r'\("(\d+)"\)', expr).group(1)


def _md(at) -> str:
    return " ".join(m.value for m in at.markdown)


def _captions(at) -> str:
    return " ".join(c.value for c in at.caption)


def test_default_is_the_open_statistics_index_of_real_data(navigation_v2, built_db):
    at = _open()
    assert at.selectbox(key="map_measure").value == "open_index"
    assert not any("synthetic" in i.value.lower() for i in at.info)           # the default is real data
    md = _md(at)
    assert "Open-statistics index (real BPS/Kemendes data) · As of 2023" in md
    assert "Source: BPS" in _captions(at)


def test_cohort_choropleth_without_basemap(navigation_v2, built_db):
    at = _open("cohort")
    assert at.title[0].value == "Map of the programme"
    assert at.selectbox(key="map_measure").value == "cohort"
    spec = _deck(at)
    assert [l["id"] for l in spec["layers"]] == ["sea", "regions", "regions-edges", "province-lines"]
    regions = _layer(at, "regions")
    assert len(regions["data"]["features"]) == 514                             # every kab/kota is a polygon
    assert {f["geometry"]["type"] for f in regions["data"]["features"]} <= {"Polygon", "MultiPolygon"}
    assert len(_codes(at)) == 2 * 514
    assert "mapProvider" not in spec and at.toggle(key="map_basemap").value is False
    md = _md(at)
    assert "Programme cohort (year joined) · As of 2023" in md
    assert "Not in the identified cohorts by 2023" in md and "2017" in md
    assert "Regency boundaries: geoBoundaries (www.geoboundaries.org)" in _captions(at)
    assert "CC BY 3.0 IGO" in _captions(at)


def test_year_recolours_as_cohorts_join(navigation_v2, built_db):
    at = _open("cohort")
    at.select_slider(key="map_year").set_value(2017).run()
    c2017 = _codes(at)
    at.select_slider(key="map_year").set_value(2019).run()
    c2019 = _codes(at)
    assert c2017 != c2019
    # 00 = no data, 01 outside the filters, 02… the classes: cohort 2017 is class 0 → "02"; "not identified" last
    pairs17 = [c2017[i:i + 2] for i in range(0, len(c2017), 2)]
    pairs19 = [c2019[i:i + 2] for i in range(0, len(c2019), 2)]
    assert pairs17.count("02") == pairs19.count("02") == 26                  # the 2017 cohort keeps its colour
    assert len([p for p in pairs19 if p in ("02", "03", "04")]) > len([p for p in pairs17 if p == "02"])
    assert "As of 2019" in _md(at)


def test_illustrative_measure_is_badged(navigation_v2, built_db):
    at = _open()
    at.selectbox(key="map_measure").set_value("evaluation").run()
    assert any("synthetic" in i.value.lower() for i in at.info)
    md = _md(at)
    assert "Evaluation index (illustrative)" in md and "Integrated (60–80)" in md and "No data" in md
    assert any("Illustrative" in c.value for c in at.caption)


def test_find_a_region_flies_there_and_outlines_it(navigation_v2, built_db):
    at = _open()
    at.text_input(key="map_find").input("Banyuwangi Regency").run()
    state = _deck(at)["initialViewState"]
    assert 113.5 < state["longitude"] < 114.8 and -8.9 < state["latitude"] < -7.8 and state["zoom"] > 6
    assert state["transitionDuration"] > 0
    found = _layer(at, "found")
    assert len(found["data"]["features"]) == 1
    assert "Found: **Kabupaten Banyuwangi** (Jawa Timur)" in _md(at)
    links = [l for l in at.get("page_link") if l.proto.label == "Open its profile"]
    assert len(links) == 1 and "35.10" in str(links[0].proto)


def test_an_ambiguous_name_asks_which(navigation_v2, built_db):
    at = _open()
    at.text_input(key="map_find").input("Kediri").run()
    pills = at.get("button_group")
    assert any("Kabupaten Kediri" in str(p.proto) and "Kota Kediri" in str(p.proto) for p in pills)
    assert not [l for l in _deck(at)["layers"] if l["id"] == "found"]


def test_nothing_found_says_so(navigation_v2, built_db):
    at = _open()
    at.text_input(key="map_find").input("Atlantis").run()
    assert any("No kabupaten or kota matches “Atlantis”" in i.value for i in at.info)


def test_provinces_view_aggregates_the_regencies(navigation_v2, built_db):
    at = _open("participation")
    at.button_group(key="map_geo").set_value("provinces").run()
    provinces = _layer(at, "provinces")
    assert len(provinces["data"]["features"]) == 38
    assert [l["id"] for l in _deck(at)["layers"]] == ["sea", "provinces", "provinces-edges"]
    table = at.dataframe[0].value
    assert len(table) == 38 and table["regions_in_scope"].sum() == 514
    assert "0–25%" in _md(at) or "0%" in _md(at)


def test_a_province_filter_zooms_and_scopes(navigation_v2, built_db):
    at = _open(province="Sulawesi Selatan")
    state = _deck(at)["initialViewState"]
    assert state["zoom"] > 5 and 118 < state["longitude"] < 122
    table = at.dataframe[0].value
    assert len(table) == 24 and set(table["code"].str[:2]) == {"73"}
    codes = _codes(at)
    pairs = [codes[i:i + 2] for i in range(0, len(codes), 2)]
    assert pairs.count("01") == 514 - 24                                       # the rest drawn outside the filters
    assert "Outside the filters" in _md(at)


def test_table_and_downloads(navigation_v2, built_db):
    at = _open()
    table = at.dataframe[0].value
    assert len(table) == 514
    assert list(table.columns) == ["code", "name", "province_name", "type", "value", "shown", "value_year", "source"]
    keys = {b.proto.id for b in at.get("download_button")}
    assert any("dl-map-png" in k for k in keys) and any("dl-map-values" in k for k in keys)


def test_map_in_bahasa_indonesia(navigation_v2, built_db):
    at = _open("cohort", lang="id")
    assert at.title[0].value == "Peta program"
    md = _md(at)
    assert "Kohort program (tahun bergabung) · Per 2023" in md
    assert "Tidak ada dalam kohort teridentifikasi per 2023" in md
    assert "Batas kabupaten/kota: geoBoundaries" in _captions(at)


@pytest.mark.parametrize("lang", ["en", "id"])
def test_presenter_mode_draws_the_map_slide(navigation_v2, built_db, lang):
    """In presenter mode the map page is a slide (ui/slides.py; the picture is checked in tests/e2e): one
    headline, and none of the page's controls (play, measure, year)."""
    at = _open(present="1", lang=lang)
    assert not at.exception
    assert len([m for m in at.markdown if m.value.startswith("# ")]) == 1
    keys = {w.key for kind in ("button", "selectbox", "select_slider", "toggle") for w in getattr(at, kind)}
    assert not {"map_play", "map_year"} & keys, keys


def test_the_year_follows_the_app(navigation_v2, built_db):
    """The URL's year opens the map; a year chosen on the map is the year of the other pages, and back."""
    at = _open(year="2019")
    assert at.select_slider(key="map_year").value == 2019 and "As of 2019" in _md(at)
    at.select_slider(key="map_year").set_value(2021).run()
    assert at.query_params["year"] in ("2021", ["2021"])
    at.switch_page("pages/home.py").run()
    assert at.select_slider(key="year").value == 2021
    at.select_slider(key="year").set_value(2018).run()
    at.switch_page("pages/map.py").run()
    assert not at.exception
    assert at.select_slider(key="map_year").value == 2018 and "As of 2018" in _md(at)


def test_an_indicator_s_publisher_reads_in_the_page_s_language(navigation_v2, built_db):
    """GRDP per capita is "BPS (compiled by QuaRCS lab)" in the catalogue: the Indonesian map names it as the
    project's label does (data/reference/indicator_labels.csv, publisher_id) in its table, tooltips and note;
    the English map keeps the catalogue's words."""
    at = _open("indicator:grdp_per_capita", lang="id")
    sources = set(at.dataframe[0].value["source"]) - {"—"}           # "—": a region without a value
    assert sources == {"BPS (dihimpun oleh lab QuaRCS)"}
    tooltip = at.get("deck_gl_json_chart")[0].proto.tooltip                # the hover card of every region
    assert "BPS (dihimpun oleh lab QuaRCS)" in tooltip
    assert "compiled" not in tooltip and "compiled" not in _captions(at) + _md(at)
    en = _open("indicator:grdp_per_capita")
    assert set(en.dataframe[0].value["source"]) - {"—"} == {"BPS (compiled by QuaRCS lab)"}
