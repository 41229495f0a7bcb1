"""viz.maps: the choropleth deck. The colour expression is decoded here (as deck.gl's expression parser would)
and checked against each region's class; the tooltip template is expanded as Streamlit does and shows each
region's own value, year and source, escaped; legends state every class with "no data" apart; colour scales are
ordered by lightness; the view fills the canvas; no basemap by default."""

from __future__ import annotations

import html
import json
import re

import numpy as np
import pandas as pd
import pytest

from analytics.summaries import map_measures as mm
from viz import maps
from viz import palette as P

LABELS = {k: k for k in maps.LABEL_KEYS} | {
    "legend.no_data": "No data", "legend.out_of_scope": "Outside", "legend.range": "{low}–{high}",
    "legend.illustrative": "Illustrative.", "tip.value": "{measure}: {value}", "tip.no_data": "{measure}: no data",
    "tip.year": "Year {year}", "tip.source": "Source: {source}", "tip.out_of_scope": "Outside the filters",
    "tip.province_source": "{n} of {total}", "class.participant": "In by {year}",
    "class.not_identified": "Not by {year}", "class.low": "Low", "class.high": "High",
    "source.cohorts_list": "official list",
}
TEXT = maps.MapText(LABELS)
CODES = ["11.01", "35.10", "73.71", "91.01", "99.01"]


def _result(values, classes, *, in_scope=None, years=None, sources=None, illustrative=False, as_of=2023):
    m = mm.Measure("t", compute=lambda d, y: None, classes=classes, illustrative=illustrative)
    f = pd.DataFrame({"code": CODES, "name": ["Aceh Selatan", "Banyuwangi", "Makassar", "Jayapura", "<b>X</b>"],
                      "province_code": [c[:2] for c in CODES], "province_name": "P", "type": "kabupaten",
                      "value": values, "value_year": pd.array(years or [2023] * 5, dtype="Int64"),
                      "source": sources or ["s"] * 5})
    f["class"] = classes.assign(f["value"])
    f["in_scope"] = in_scope if in_scope is not None else [True] * 5
    return mm.MeasureResult(m, as_of, f, classes)


SEQ = mm.Classes("sequential", breaks=(0, 10, 20, 30))
CAT = mm.Classes("categorical", categories=(mm.PARTICIPANT, mm.NOT_IDENTIFIED), neutral=(mm.NOT_IDENTIFIED,))


# ---------------------------------------------------------------------------------------------- colours
def _decode(expression: str, feature: int) -> list[int]:
    """Evaluate the fill expression for feature ``i`` the way deck.gl's parser reads it."""
    m = re.fullmatch(r'\(\[(.*)\]\)\[\("(\d+)"\)\[properties\.i\*2\]\*10\+\("(\d+)"\)\[properties\.i\*2\+1\]\*1\]',
                     expression)
    assert m, expression[:120]
    palette = json.loads(f"[{m.group(1)}]")
    codes = m.group(2)
    assert codes == m.group(3)
    return palette[int(codes[2 * feature]) * 10 + int(codes[2 * feature + 1])]


def test_every_feature_gets_its_class_colour():
    r = _result([5.0, 15.0, np.nan, 29.0, 35.0], SEQ, in_scope=[True, True, True, True, False])
    codes, palette = maps.fill_codes(r, CODES)
    expr = maps.fill_expression(codes, palette)
    cols = maps.class_colours(SEQ)
    expected = [cols[0], cols[1], P.NO_DATA_COLOUR, cols[2], P.OUT_OF_SCOPE_COLOUR]
    for i, hexc in enumerate(expected):
        assert _decode(expr, i) == P.hex_to_rgba(hexc, maps.FILL_ALPHA), i


def test_feature_order_is_the_geometry_order_not_the_frame_order():
    r = _result([5.0, 15.0, 25.0, 5.0, 5.0], SEQ)
    order = list(reversed(CODES))
    codes, palette = maps.fill_codes(r, order)
    expr = maps.fill_expression(codes, palette)
    cols = maps.class_colours(SEQ)
    assert _decode(expr, order.index("73.71")) == P.hex_to_rgba(cols[2], maps.FILL_ALPHA)
    assert _decode(expr, order.index("35.10")) == P.hex_to_rgba(cols[1], maps.FILL_ALPHA)


def test_the_expression_is_parenthesised_for_the_parser():
    """deck.gl's JSON expression parser (jsep) reads ``[…]`` after a name or a group only: an array literal
    indexed directly evaluates to nothing and every region is drawn black."""
    expr = maps.fill_expression("0001", [P.NO_DATA_COLOUR, P.OUT_OF_SCOPE_COLOUR])
    assert expr.startswith("([") and '("0001")[properties.i*2]' in expr


def test_no_data_is_never_a_scale_colour():
    for classes in (SEQ, CAT, mm.Classes("sequential", breaks=(0, 0.5, 1), exact_zero=True),
                    mm.Classes("categorical", categories=tuple(str(y) for y in range(2017, 2025)), ordered=True),
                    mm.Classes("diverging", breaks=(-2, -1, 0, 1, 2), midpoint=0)):
        cols = maps.class_colours(classes)
        assert P.NO_DATA_COLOUR not in cols and P.OUT_OF_SCOPE_COLOUR not in cols
        assert len(set(cols)) == len(cols)


@pytest.mark.parametrize("n", [2, 5, 7, 9])
def test_sequential_and_ordered_scales_run_by_lightness(n):
    """Ordered by luminance, so the order reads in grey and for the common colour-vision deficiencies."""
    seq = [P.relative_luminance(c) for c in P.sequential_colours(n)]
    assert all(a > b for a, b in zip(seq, seq[1:]))                       # light → dark
    ordered = [P.relative_luminance(c) for c in P.ordered_colours(n)]
    assert all(a < b for a, b in zip(ordered, ordered[1:]))               # first darkest (viridis)


def test_diverging_scale_is_pale_at_the_midpoint():
    c = mm.Classes("diverging", breaks=(-3, -2, -1, 0, 1, 2, 3), midpoint=0)
    lum = [P.relative_luminance(x) for x in maps.class_colours(c)]
    assert lum[2] > lum[0] and lum[3] > lum[5]                            # the strongest classes at the ends
    assert max(lum) in (lum[2], lum[3])


def test_neutral_category_is_pale_and_the_rest_distinct():
    cols = maps.class_colours(CAT)
    assert cols[1] == P.NEUTRAL_COLOUR and cols[0] != P.NEUTRAL_COLOUR


# ---------------------------------------------------------------------------------------------- legend
def test_legend_states_every_class_then_no_data_and_outside():
    r = _result([5.0, 15.0, np.nan, 29.0, 35.0], SEQ, in_scope=[True, True, True, True, False])
    lg = maps.legend(r, TEXT, title="T")
    assert [e.label for e in lg.entries] == ["0–10", "10–20", "20–30", "No data", "Outside"]
    assert [e.colour for e in lg.entries[:3]] == maps.class_colours(SEQ)
    full = _result([5.0, 15.0, 25.0, 29.0, 1.0], SEQ)
    assert [e.label for e in maps.legend(full, TEXT, title="T").entries] == ["0–10", "10–20", "20–30"]


def test_legend_of_categories_lists_what_occurs_and_says_illustrative():
    r = _result([mm.PARTICIPANT, mm.NOT_IDENTIFIED, mm.NOT_IDENTIFIED, mm.PARTICIPANT, mm.NOT_IDENTIFIED], CAT,
                illustrative=True, as_of=2019)
    lg = maps.legend(r, TEXT, title="T")
    assert [e.label for e in lg.entries] == ["In by 2019", "Not by 2019"]
    assert lg.note.startswith("Illustrative.")
    years = mm.Classes("categorical", categories=("2017", "2018", "2024", mm.NOT_IDENTIFIED), ordered=True,
                       neutral=(mm.NOT_IDENTIFIED,))
    r2 = _result(["2017", "2018", mm.NOT_IDENTIFIED, "2017", mm.NOT_IDENTIFIED], years)
    assert [e.label for e in maps.legend(r2, TEXT, title="T").entries] == ["2017", "2018", "Not by 2023"]


def test_named_classes_carry_their_range():
    c = mm.Classes("sequential", breaks=(0, 50, 100), labels=("low", "high"))
    r = _result([10.0, 60.0, 70.0, np.nan, 1.0], c)
    assert [e.label for e in maps.legend(r, TEXT, title="T").entries][:2] == ["Low (0–50)", "High (50–100)"]
    assert maps.value_texts(r.frame, c, TEXT, as_of=2023).tolist()[:2] == ["10 (Low)", "60 (High)"]


# ---------------------------------------------------------------------------------------------- tooltip
def _expand(template: str, props: dict) -> str:
    """Streamlit's tooltip substitution (DeckGlJsonChart): each ``{key}`` of the template found in the
    feature's properties is replaced by the HTML-escaped value, in order; others are left as they are."""
    for key in re.findall(r"{(.*?)}", template):
        if key in props:
            template = template.replace("{" + key + "}", html.escape(str(props[key]), quote=True), 1)
    return template


def _visible_lines(expanded: str) -> list[str]:
    """The text a browser shows: the head and, per line group, the one element whose class the style shows."""
    shown = re.search(r"\.(\w+)\{display:block\}", expanded).group(1)
    head = re.findall(r"<div style='[^']*'>(.*?)</div>", expanded)
    lines = [t for cls, t in re.findall(r"<div class='kcv ([^']*)'>(.*?)</div>", expanded) if shown in cls.split()]
    return head + lines


def test_tooltip_shows_each_regions_own_value_year_and_source():
    r = _result([5.0, 15.0, np.nan, 29.0, 35.0], SEQ, in_scope=[True, True, True, True, False],
                years=[2019, 2020, 2021, 2022, 2023], sources=["cohorts:list", "b", "c", "d", "e"])
    keys = pd.Series(["c" + c.replace(".", "") for c in CODES])
    tpl = maps.tooltip_html(r, TEXT, measure_title="M", keys=keys)
    props = {"name": "Kabupaten Aceh Selatan", "province": "Aceh", "k": "c1101"}
    assert _visible_lines(_expand(tpl, props)) == ["Kabupaten Aceh Selatan", "Aceh", "M: 5", "Year 2019",
                                                   "Source: official list"]
    assert _visible_lines(_expand(tpl, {"name": "B", "province": "J", "k": "c3510"}))[2:] == \
        ["M: 15", "Year 2020", "Source: b"]
    assert _visible_lines(_expand(tpl, {"name": "M", "province": "S", "k": "c7371"}))[2:] == ["M: no data"]
    assert _visible_lines(_expand(tpl, {"name": "X", "province": "P", "k": "c9901"}))[2:] == ["Outside the filters"]


def test_tooltip_escapes_names_and_texts():
    r = _result([5.0, 15.0, 25.0, 29.0, 1.0], SEQ, sources=["<img src=x onerror=alert(1)>", "{name}", "s", "s", "s"])
    keys = pd.Series(["c" + c.replace(".", "") for c in CODES])
    tpl = maps.tooltip_html(r, TEXT, measure_title="<script>alert(1)</script>", keys=keys)
    assert "<script>" not in tpl and "<img" not in tpl
    assert "&lt;script&gt;" in tpl and "&lt;img src=x" in tpl
    # a "{name}" in a value is not a placeholder: it is shown as text, not replaced by the hovered name
    expanded = _expand(tpl, {"name": "<b>Kota X</b>", "province": "P&Q", "k": "c3510"})
    assert "<b>Kota X</b>" not in expanded and "&lt;b&gt;Kota X&lt;/b&gt;" in expanded
    assert "Source: &#123;name&#125;" in _visible_lines(expanded)


def test_tooltip_groups_identical_lines():
    r = _result([mm.PARTICIPANT] * 5, CAT)
    tpl = maps.tooltip_html(r, TEXT, measure_title="M", keys=pd.Series(["a", "b", "c", "d", "e"]))
    assert tpl.count("In by 2023") == 1                                   # one element, five classes


# ---------------------------------------------------------------------------------------------- deck
def _fig(basemap=False, **kw):
    r = _result([5.0, 15.0, 25.0, 29.0, 1.0], SEQ)
    view = maps.fit_view(*maps.INDONESIA_BOUNDS, width=900, height=340)
    return maps.choropleth(r, "app/static/map/regions-x.geojson", CODES, TEXT, measure_title="M", view=view,
                           outlines="app/static/map/borders-x.geojson", basemap=basemap, **kw)


def test_deck_layers_and_no_basemap_by_default():
    spec = json.loads(_fig().deck.to_json())
    assert [l["id"] for l in spec["layers"]] == ["sea", "regions", "regions-edges", "province-lines"]
    regions, edges = spec["layers"][1], spec["layers"][2]
    assert regions["data"] == edges["data"] == "app/static/map/regions-x.geojson"
    assert regions["pickable"] is True and regions["stroked"] is False            # picking draws the fills only
    assert edges["pickable"] is False and edges["filled"] is False
    assert regions["getFillColor"].startswith("@@=([")
    assert "mapProvider" not in spec
    assert json.loads(_fig(basemap=True).deck.to_json())["mapProvider"] == "carto"


def test_update_trigger_changes_with_the_colours_only():
    a, b = _fig(), _fig()
    trig = lambda f: json.loads(f.deck.to_json())["layers"][1]["updateTriggers"]["getFillColor"]  # noqa: E731
    assert trig(a) == trig(b)
    r = _result([25.0, 15.0, 25.0, 29.0, 1.0], SEQ)
    view = maps.fit_view(*maps.INDONESIA_BOUNDS, width=900, height=340)
    c = maps.choropleth(r, "u", CODES, TEXT, measure_title="M", view=view)
    assert trig(c) != trig(a)


def test_optional_layers_highlight_points_names():
    feature = {"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {},
                                                          "geometry": {"type": "Point", "coordinates": [1, 2]}}]}
    fig = _fig(highlight=feature, points=pd.DataFrame({"lon": [114.36], "lat": [-8.22]}),
               names=pd.DataFrame({"lon": [114.36], "lat": [-8.22], "text": ["Banyuwangi"]}))
    ids = [l["id"] for l in json.loads(fig.deck.to_json())["layers"]]
    assert ids == ["sea", "regions", "regions-edges", "province-lines", "found", "pilots", "names"]
    assert all(not l.get("pickable") for l in json.loads(fig.deck.to_json())["layers"][2:])


def test_payload_with_a_geometry_url_is_small():
    """514 regions: the run sends colours and tooltip lines only (the geometry is a cached file)."""
    rng = np.random.default_rng(0)
    codes = [f"{p:02d}.{r:02d}" for p in range(11, 95) for r in range(1, 8)][:514]
    f = pd.DataFrame({"code": codes, "name": "n", "province_code": [c[:2] for c in codes], "province_name": "p",
                      "type": "kota", "value": rng.uniform(0, 30, 514), "value_year": pd.array([2023] * 514),
                      "source": "s"})
    f["class"] = SEQ.assign(f["value"])
    f["in_scope"] = True
    r = mm.MeasureResult(mm.Measure("t", compute=lambda d, y: None, classes=SEQ), 2023, f, SEQ)
    view = maps.fit_view(*maps.INDONESIA_BOUNDS)
    fig = maps.choropleth(r, "app/static/map/r.geojson", codes, TEXT, measure_title="M", view=view)
    assert fig.json_size() < 60_000


# ---------------------------------------------------------------------------------------------- view
@pytest.mark.parametrize(("width", "box"), [
    (980, maps.INDONESIA_BOUNDS), (1800, maps.INDONESIA_BOUNDS), (700, (110.9, -8.8, 116.3, -5.0)),
    (1200, (118.8, -7.8, 121.3, -1.8)),
])
def test_the_view_fills_the_canvas(width, box):
    height = maps.fit_height(*box, width=width, min_height=300, max_height=700)
    view = maps.fit_view(*box, width=width, height=height)
    x0, y0 = maps.project(box[0], box[3], view, width, height)
    x1, y1 = maps.project(box[2], box[1], view, width, height)
    assert -1 <= x0 and x1 <= width + 1 and -1 <= y0 and y1 <= height + 1         # all of it is shown
    assert max((x1 - x0) / width, (y1 - y0) / height) > 0.94                       # and it fills one dimension
    if 300 < height < 700:
        assert min((x1 - x0) / width, (y1 - y0) / height) > 0.9                    # both, when not clamped


def test_a_transition_is_sent_only_for_a_fly():
    still = json.loads(_fig().deck.to_json())["initialViewState"]
    assert "transitionDuration" not in still
    view = maps.View(-8.2, 114.3, 8.0, transition_ms=1201)
    r = _result([5.0, 15.0, 25.0, 29.0, 1.0], SEQ)
    fly = maps.choropleth(r, "u", CODES, TEXT, measure_title="M", view=view)
    state = json.loads(fly.deck.to_json())["initialViewState"]
    assert state["transitionDuration"] == 1201 and state["zoom"] == 8.0


def test_ascn_map_draws_land_from_the_province_file():
    net = pd.DataFrame({"city": ["Makassar", "Bangkok"], "country_iso2": ["ID", "TH"], "joined_year": [2018, 2018],
                        "lat": [-5.14, 13.75], "lon": [119.43, 100.5]})
    fig = maps.ascn_map(net, {k: "{year}" if "joined" in k or "legend" in k else "{country}"
                              for k in maps.ASCN_LABEL_KEYS}, land="app/static/map/provinces-x.geojson")
    spec = json.loads(fig.deck.to_json())
    assert [l["id"] for l in spec["layers"]] == ["sea", "land", "ascn", "ascn-names"]
    assert spec["layers"][1]["data"] == "app/static/map/provinces-x.geojson"


@pytest.mark.parametrize(("width", "max_height", "box", "expected"), [
    (1800, 550, maps.INDONESIA_BOUNDS, "narrower"),      # too tall at full width: the height limits, canvas narrower
    (980, 500, maps.INDONESIA_BOUNDS, "full"),           # fits at full width
    (900, 450, (118.8, -7.8, 121.3, -1.8), "narrower"),  # a tall province
])
def test_fit_canvas_has_the_extent_shape(width, max_height, box, expected):
    w, h = maps.fit_canvas(*box, width=width, max_height=max_height)
    assert w <= width and h <= max_height
    assert (w == width) == (expected == "full")
    view = maps.fit_view(*box, width=w, height=h)
    x0, y0 = maps.project(box[0], box[3], view, w, h)
    x1, y1 = maps.project(box[2], box[1], view, w, h)
    assert (x1 - x0) / w > 0.94 and (y1 - y0) / h > 0.94                       # no empty band either way


def _label_box(x, y, offset, anchor, baseline, w, h):
    """Where deck.gl's TextLayer draws a label of w × h px for a point at (x, y): the offset moves the anchor
    point; ``anchor`` start/middle/end and ``baseline`` top/center/bottom say which edge sits there."""
    ax, ay = x + offset[0], y + offset[1]
    left = {"start": ax, "middle": ax - w / 2, "end": ax - w}[anchor]
    top = {"top": ay, "center": ay - h / 2, "bottom": ay - h}[baseline]
    return left, top, left + w, top + h


@pytest.mark.parametrize("width", [1100, 700, 430, 358])      # desktop, a narrow column, a projector's 1,024 px, a phone
def test_ascn_names_never_overlap_and_indonesia_is_named(width):
    """The ASCN map named 'Khon Kaen' on 'Battambang' and 'Johor Bahru' on 'Singapore'. Every name drawn now has
    its own room (boxes rebuilt from the layer's offsets and anchors as deck.gl draws them); Indonesia's pilots
    are always named; a name with no room is left to its tooltip — few at a desktop width. Every name lies
    inside the canvas: at 700–900 px "Cebu City" and "Nay Pyi Taw" ran off its edges and were cut."""
    from tests.conftest import REPO
    net = pd.read_csv(REPO / "data" / "reference" / "ascn_cities.csv")
    height = int(width * 0.75)
    view = maps.fit_view(*maps.ASCN_BOUNDS, width=width, height=height, padding=0.07)
    fig = maps.ascn_map(net, {k: "{year}" if "joined" in k or "legend" in k else "{country}"
                              for k in maps.ASCN_LABEL_KEYS}, view=view, canvas=(width, height))
    names = next(l for l in json.loads(fig.deck.to_json())["layers"] if l["id"] == "ascn-names")["data"]
    boxes = []
    for r in names:
        x, y = maps.project(r["lon"], r["lat"], view, width, height)
        boxes.append((r["city"], _label_box(x, y, r["offset"], r["anchor"], r["baseline"], 7.9 * len(r["city"]), 15.0)))
    clashes = [(a, b) for i, (a, p) in enumerate(boxes) for b, q in boxes[i + 1:]
               if min(p[2], q[2]) > max(p[0], q[0]) and min(p[3], q[3]) > max(p[1], q[1])]
    assert not clashes, clashes
    cut = [c for c, b in boxes if b[0] < 0 or b[1] < 0 or b[2] > width or b[3] > height]
    assert not cut, cut
    drawn = {r["city"] for r in names}
    assert set(net.loc[net["country_iso2"] == "ID", "city"]) <= drawn
    if width >= 1100:
        assert len(drawn) >= len(net) - 6, sorted(set(net["city"]) - drawn)
