"""viz.maps: pydeck builders. Layers present, no basemap by default, tooltips HTML-escaped, legend entries that
match the colours drawn, compact payload, view maths."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from viz import maps
from viz.palette import LEVEL_COLOURS, MISSING_COLOUR, NON_PARTICIPANT_COLOUR, PARTICIPANT_COLOUR, hex_to_rgba

LABELS = {k: k for k in maps.LABEL_KEYS} | {
    "legend.cohort_year": "Joined {year}", "legend.not_participant": "Not by {year}",
    "legend.participant": "Participant by {year}", "legend.several_note": "Several: {names}",
    "tip.province": "Province: {province}", "tip.cohort": "Cohort {year}", "tip.joins_later": "Joins {year}",
    "tip.level": "{level} ({index})", "tip.population": "Population {population}",
    "tip.polygon_coverage": "{n} of {total} ({share})", "tip.polygon_index": "Mean {value} ({n})",
    "tip.polygon_covers": "Covers {names}", "tip.polygon_population": "{reached} of {total}",
    "level.ad_hoc": "Ad hoc", "level.initial": "Initial", "level.scattered": "Scattered",
    "level.integrated": "Integrated", "level.smart": "Smart",
}
ASCN_LABELS = {"ascn.tip_country": "Country: {country}", "ascn.tip_joined": "Joined {year}",
               "ascn.legend_joined": "{year}", "ascn.legend": "Year joined"}


def points() -> pd.DataFrame:
    return pd.DataFrame({
        "code": ["73.71", "35.78", "99.01", "11.01"],
        "name": ["Kota Makassar", "Kota Surabaya", "<script>alert('x')</script> & Co", "Kabupaten Aceh Selatan"],
        "province_name": ["Sulawesi Selatan", "Jawa Timur", "Nowhere <b>", "Aceh"],
        "lat": [-5.148612345, -7.2492, -3.0, 3.24796], "lon": [119.431912345, 112.7508, 110.0, 97.30551],
        "population": [1_482_354, 3_018_022, 100_000, 239_629],
        "coord_confidence": ["high", "high", "medium", "low"],
        "cohort_year": pd.array([2017, 2018, 2024, pd.NA], dtype="Int64"),
        "participating": [True, True, False, False],
        "level": ["integrated", None, None, None], "index_100": [73.5, float("nan"), float("nan"), float("nan")],
    })


def polygons() -> pd.DataFrame:
    from analytics.summaries import geo_layers
    reg = pd.DataFrame({"code": ["73.71", "91.01"], "province_code": ["73", "91"],
                        "province_name": ["Sulawesi Selatan", "Papua"], "population": [1_000, 2_000],
                        "cohort_year": pd.array([2017, pd.NA], dtype="Int64")})
    return geo_layers.polygon_summary(reg, 2023, province_names={"91": "Papua", "93": "Papua Selatan",
                                                                 "94": "Papua Tengah", "95": "Papua Pegunungan"})


def layer(deck, layer_id):
    return next(l for l in json.loads(deck.to_json())["layers"] if l["id"] == layer_id)


def test_layers_and_no_basemap_by_default():
    fig = maps.region_map(points(), LABELS, as_of=2023, polygons=polygons())
    spec = json.loads(fig.deck.to_json())
    assert [l["id"] for l in spec["layers"]] == ["sea", "provinces", "regions"]
    assert fig.deck.map_provider is None and "mapProvider" not in spec
    # pydeck writes its "no style" sentinel; Streamlit's frontend then draws no basemap (and adds no default)
    assert spec.get("mapStyle") in (None, "__MAP_STYLE__")
    assert "cartocdn" not in fig.deck.to_json() and "mapbox" not in fig.deck.to_json()
    regions = layer(fig.deck, "regions")
    assert regions["@@type"] == "ScatterplotLayer" and regions["pickable"] is True
    assert len(regions["data"]) == 4
    assert layer(fig.deck, "provinces")["@@type"] == "GeoJsonLayer"


def test_basemap_toggle_uses_carto_light():
    fig = maps.region_map(points(), LABELS, as_of=2023, basemap=True)
    spec = json.loads(fig.deck.to_json())
    assert spec["mapProvider"] == "carto" and "positron" in spec["mapStyle"]     # Carto light
    assert "sea" not in [l["id"] for l in spec["layers"]]


def test_columns_shape_and_selection_ring():
    fig = maps.region_map(points(), LABELS, as_of=2023, shape="columns", selected="73.71")
    ids = [l.id for l in fig.deck.layers]
    assert "selected" in ids
    assert layer(fig.deck, "regions")["@@type"] == "ColumnLayer"
    assert fig.deck.initial_view_state.pitch > 0
    with pytest.raises(ValueError):
        maps.region_map(points(), LABELS, as_of=2023, shape="hexagons")


def test_tooltip_escapes_html():
    fig = maps.region_map(points(), LABELS, as_of=2023, polygons=polygons())
    rows = {r["code"]: r for r in layer(fig.deck, "regions")["data"]}
    bad = rows["99.01"]
    assert "<script>" not in json.dumps(bad)
    assert bad["title"] == "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; Co"
    assert bad["l1"] == "Province: Nowhere &lt;b&gt;"
    assert "<script" not in fig.deck.to_json()
    tip = fig.deck._tooltip
    assert "{title}" in tip["html"] and all("{" + f + "}" in tip["html"] for f in maps.TOOLTIP_FIELDS)


def test_tooltip_lines():
    rows = {r["code"]: r for r in layer(maps.region_map(points(), LABELS, as_of=2023).deck, "regions")["data"]}
    mk = rows["73.71"]
    assert mk["title"] == "Kota Makassar" and mk["l2"] == "Cohort 2017"
    assert mk["l3"] == "Integrated (73.5)" and mk["l4"] == "Population 1,482,354" and mk["l5"] == ""
    assert rows["99.01"]["l2"] == "Joins 2024"
    aceh = rows["11.01"]
    assert aceh["l2"] == "tip.not_participant" and aceh["l3"] == "tip.no_level"
    assert aceh["l5"] == "tip.low_confidence"                                # low coordinate confidence says so
    assert set(mk) == {"code", "lon", "lat", "r", "c", *maps.TOOLTIP_FIELDS}  # nothing else is sent


def test_payload_is_small_and_rounded():
    fig = maps.region_map(points(), LABELS, as_of=2023)
    mk = next(r for r in layer(fig.deck, "regions")["data"] if r["code"] == "73.71")
    assert mk["lat"] == -5.1486 and mk["lon"] == 119.4319
    compact = fig.deck.to_json()
    assert "\n" not in compact and fig.json_size() == len(compact.encode())
    import pydeck as pdk
    assert len(compact) < 0.6 * len(pdk.Deck.to_json(fig.deck))                # pydeck's own JSON is indented


def test_polygon_tooltip_says_it_covers_several_provinces():
    fig = maps.region_map(points(), LABELS, as_of=2023, polygons=polygons())
    feats = {f["properties"]["map_polygon_code"]: f["properties"] for f in layer(fig.deck, "provinces")["data"]["features"]}
    assert feats["91"]["l4"] == "Covers Papua, Papua Selatan, Papua Tengah, Papua Pegunungan"
    assert feats["73"]["l4"] == "" and feats["73"]["l1"] == "1 of 1 (100 %)"
    assert feats["11"]["l1"] == "tip.polygon_no_regions"
    assert len(feats) == 33


@pytest.mark.parametrize("colour_by", maps.COLOUR_BY)
def test_legend_matches_the_colours_drawn(colour_by):
    fig = maps.region_map(points(), LABELS, as_of=2023, colour_by=colour_by, polygons=polygons())
    legend = fig.legends[0]
    drawn = {tuple(r["c"][:3]) for r in layer(fig.deck, "regions")["data"]}
    legend_rgb = {tuple(hex_to_rgba(e.colour)[:3]) for e in legend.entries}
    assert drawn <= legend_rgb                                                   # every colour drawn is explained
    assert len({e.label for e in legend.entries}) == len(legend.entries)


def test_legend_entries():
    lv = maps.region_map(points(), LABELS, as_of=2023, colour_by="level").legends[0]
    assert [e.label for e in lv.entries] == ["Ad hoc", "Initial", "Scattered", "Integrated", "Smart", "legend.no_score"]
    assert [e.colour for e in lv.entries][:5] == list(LEVEL_COLOURS.values())
    assert lv.entries[-1].colour == MISSING_COLOUR
    co = maps.region_map(points(), LABELS, as_of=2023, colour_by="cohort").legends[0]
    assert [e.label for e in co.entries] == ["Joined 2017", "Joined 2018", "Not by 2023"]
    cov = maps.region_map(points(), LABELS, as_of=2023, colour_by="coverage").legends[0]
    assert [(e.label, e.colour) for e in cov.entries] == [("Participant by 2023", PARTICIPANT_COLOUR),
                                                          ("Not by 2023", NON_PARTICIPANT_COLOUR)]
    fig = maps.region_map(points(), LABELS, as_of=2023, polygons=polygons(), choropleth="coverage")
    assert len(fig.legends) == 2 and fig.legends[1].title == "legend.choropleth_coverage"
    assert [e.label for e in fig.legends[1].entries][:5] == ["0 %", "25 %", "50 %", "75 %", "100 %"]
    assert "Papua Pegunungan" in fig.legends[1].note
    assert len(maps.region_map(points(), LABELS, as_of=2023, polygons=polygons(), choropleth="none").legends) == 1


def test_missing_label_is_an_error():
    with pytest.raises(KeyError):
        maps.region_map(points(), {"tip.province": "x"}, as_of=2023)


def test_fit_view_and_projection_round_trip():
    view = maps.fit_view(*maps.INDONESIA_BOUNDS, width=720, height=500, padding=0.0)
    w, h = 720, 500
    x0, y0 = maps.project(maps.INDONESIA_BOUNDS[0], maps.INDONESIA_BOUNDS[3], view, w, h)
    x1, y1 = maps.project(maps.INDONESIA_BOUNDS[2], maps.INDONESIA_BOUNDS[1], view, w, h)
    assert -2 <= x0 < x1 <= w + 2 and -2 <= y0 < y1 <= h + 2                    # the box fits (zoom rounded)
    assert max(x1 - x0 - w, y1 - y0 - h) == pytest.approx(0, abs=2)             # and fills one dimension
    cx, cy = maps.project(view.longitude, view.latitude, view, w, h)
    assert (cx, cy) == (w / 2, h / 2)
    single = maps.view_for(pd.DataFrame({"lat": [-5.1], "lon": [119.4]}))
    assert single.zoom == 9.0                                                    # capped


def test_ascn_map():
    from analytics.summaries.profile import ascn_network
    ascn = pd.DataFrame({"city": ["Makassar", "<Rayong>", "Sumedang"], "country_iso2": ["ID", "TH", "ID"],
                         "joined_year": [2018, 2023, 2024], "lat": [-5.1, 12.7, -6.9], "lon": [119.4, 101.3, 107.9]})
    fig = maps.ascn_map(ascn_network(ascn, 2023), ASCN_LABELS, country_names={"ID": "Indonesia"})
    ids = [l.id for l in fig.deck.layers]
    assert ids == ["sea", "provinces", "ascn", "ascn-names"] and fig.deck.map_provider is None
    data = layer(fig.deck, "ascn")["data"]
    assert len(data) == 2 and data[1]["title"] == "&lt;Rayong&gt;" and data[0]["l1"] == "Country: Indonesia"
    assert [e.label for e in fig.legends[0].entries] == ["2018", "2023"]
    text = layer(fig.deck, "ascn-names")["data"]
    assert {r["anchor"] for r in text} <= {"middle", "start", "end"} and all("offset" in r for r in text)
    assert [l.id for l in maps.ascn_map(ascn_network(ascn, 2017), ASCN_LABELS).deck.layers][-2:] == ["ascn", "ascn-names"]


def test_label_placement_avoids_overlap():
    pts = pd.DataFrame({"city": ["Alpha", "Beta"], "lat": [10.0, 10.0], "lon": [100.0, 100.05]})
    view = maps.View(latitude=10, longitude=100, zoom=5)
    lab = maps.label_placement(pts, view)
    assert lab["anchor"].tolist()[0] != lab["anchor"].tolist()[1] or lab["baseline"].tolist()[0] != lab["baseline"].tolist()[1]
