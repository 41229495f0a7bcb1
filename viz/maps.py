"""pydeck maps (pure builders returning :class:`MapFigure`: the ``pdk.Deck`` and the legends that say what its
colours mean, so the page draws the legend beside the map with Streamlit elements).

The regency choropleth (:func:`choropleth`) is built from a measure's classed values
(:class:`analytics.summaries.map_measures.MeasureResult`) and is made so that recolouring is cheap:

- The geometry is either a URL (a static GeoJSON file the browser fetches once and caches; features in code
  order, properties ``i``, ``code``, ``k``, ``name``, ``province``) or the same FeatureCollection inline.
- The colours are one ``getFillColor`` expression: a small palette indexed by a string of two digits per
  feature (``"@@=([[r,g,b,a],…])[("…")[properties.i*2]*10+("…")[properties.i*2+1]*1]"``), with an update trigger, so a new
  measure or year changes ~1 kB of the deck and deck.gl only recomputes the fill colours.
- The tooltip is one HTML template for every feature: the name and province come from the feature's
  properties; the run's lines (value, its year, its source) are grouped by text, each group tagged with the CSS
  classes of the features it applies to, and a style rule built from the hovered feature's ``{k}`` shows its
  group. Every text put in the template is HTML-escaped here; the values Streamlit substitutes (``{name}``,
  ``{province}``, ``{k}``) are escaped by Streamlit itself.
- No basemap service by default (``map_provider=None``): a pale sea rectangle under the polygons, so the map
  renders offline. ``basemap=True`` adds Carto's light basemap (needs network).
"""

from __future__ import annotations

import hashlib
import html
import json
import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
import pydeck as pdk

from analytics.summaries.map_measures import NO_DATA, Classes, MeasureResult

from . import palette as P
from .palette import LAND_COLOUR, OKABE_ITO, hex_to_rgba

TILE_SIZE = 512  # deck.gl's Web Mercator world is 512 px wide at zoom 0
COORD_DECIMALS = 4  # ≈ 11 m
INDONESIA_BOUNDS = (94.8, -11.2, 141.2, 6.2)  # lon_min, lat_min, lon_max, lat_max
TOOLTIP_STYLE = {"backgroundColor": "#FFFFFF", "color": "#212121", "fontSize": "13px", "padding": "6px 9px",
                 "border": "1px solid #9E9E9E", "maxWidth": "340px", "pointerEvents": "none",
                 "boxShadow": "0 1px 4px rgba(0,0,0,0.25)", "zIndex": "1000"}
OUT_OF_SCOPE = -2          # class of a region outside the filters (drawn nearly white)
FILL_ALPHA = 235

# texts the page hands in (translated); see ui/messages/map.py (keys map.<key>)
LABEL_KEYS = (
    "legend.no_data", "legend.out_of_scope", "legend.range", "legend.illustrative",
    "tip.value", "tip.no_data", "tip.year", "tip.source", "tip.out_of_scope", "tip.province_source",
    "class.participant", "class.not_identified",
)


class CompactDeck(pdk.Deck):
    """A ``pdk.Deck`` whose JSON has no indentation (pydeck indents by 2, which triples a GeoJSON payload).
    ``st.pydeck_chart`` sends ``to_json()`` as is."""

    def to_json(self) -> str:
        return json.dumps(json.loads(super().to_json()), separators=(",", ":"), sort_keys=True)


@dataclass(frozen=True)
class LegendEntry:
    label: str
    colour: str  # hex


@dataclass(frozen=True)
class Legend:
    title: str
    entries: tuple[LegendEntry, ...]
    note: str | None = None


@dataclass(frozen=True)
class MapFigure:
    deck: pdk.Deck
    legends: tuple[Legend, ...] = field(default_factory=tuple)

    def json_size(self) -> int:
        """Bytes of the deck's JSON and its tooltip as sent to the browser (a geometry URL is not fetched
        here)."""
        tip = getattr(self.deck, "_tooltip", None)
        return len(self.deck.to_json().encode("utf-8")) + (len(json.dumps(tip).encode("utf-8")) if tip else 0)


def _default_num(value: float, decimals: int = 0) -> str:
    return f"{value:,.{decimals}f}"


def _default_pct(share: float, decimals: int = 0) -> str:
    return f"{100 * share:.{decimals}f}%"


@dataclass(frozen=True)
class MapText:
    """Translated texts and number formatters the page hands in (``labels``: :data:`LABEL_KEYS` and any
    ``class.<category>`` / ``source.<token>``)."""
    labels: Mapping[str, str]
    fmt_num: Callable[[float, int], str] = _default_num
    fmt_pct: Callable[[float, int], str] = _default_pct

    def __post_init__(self):
        missing = [k for k in LABEL_KEYS if k not in self.labels]
        if missing:
            raise KeyError(f"labels lack {missing[0]!r}")

    def get(self, key: str, default: str | None = None) -> str | None:
        return self.labels.get(key, default)


# ---------------------------------------------------------------------------------------------- view
@dataclass(frozen=True)
class View:
    latitude: float
    longitude: float
    zoom: float
    pitch: float = 0.0
    bearing: float = 0.0
    transition_ms: int = 0

    def state(self) -> pdk.ViewState:
        kw = {"transitionDuration": self.transition_ms} if self.transition_ms else {}
        return pdk.ViewState(latitude=self.latitude, longitude=self.longitude, zoom=self.zoom, pitch=self.pitch,
                             bearing=self.bearing, min_zoom=2, max_zoom=12, **kw)


def _merc_y(lat: float) -> float:
    """Web Mercator y in world units of a 1-wide world (0 at the equator, grows northwards)."""
    lat = max(min(lat, 85.0), -85.0)
    return math.log(math.tan(math.pi / 4 + math.radians(lat) / 2)) / (2 * math.pi)


def _merc_lat(y: float) -> float:
    return math.degrees(2 * math.atan(math.exp(y * 2 * math.pi)) - math.pi / 2)


def fit_view(lon_min: float, lat_min: float, lon_max: float, lat_max: float, *, width: int = 720,
             height: int = 500, padding: float = 0.02, max_zoom: float = 10.0, pitch: float = 0.0) -> View:
    """The Web Mercator view that shows the box in a ``width`` × ``height`` px canvas with ``padding`` (share
    of each side) to spare: centre in Mercator space, zoom = log2 of the fit."""
    y0, y1 = _merc_y(lat_min), _merc_y(lat_max)
    dx = max((lon_max - lon_min) / 360.0, 1e-6)
    dy = max(y1 - y0, 1e-6)
    usable_w, usable_h = width * (1 - 2 * padding), height * (1 - 2 * padding)
    zoom = math.log2(min(usable_w / (dx * TILE_SIZE), usable_h / (dy * TILE_SIZE)))
    return View(latitude=round(_merc_lat((y0 + y1) / 2), 4), longitude=round((lon_min + lon_max) / 2, 4),
                zoom=round(min(zoom, max_zoom), 2), pitch=pitch)


def fit_height(lon_min: float, lat_min: float, lon_max: float, lat_max: float, *, width: int,
               min_height: int = 300, max_height: int = 900) -> int:
    """The canvas height (px) at which the box fills a canvas ``width`` px wide (clamped), so the default view
    has no empty bands: the box's Mercator aspect ratio."""
    dx = max((lon_max - lon_min) / 360.0, 1e-6)
    dy = max(_merc_y(lat_max) - _merc_y(lat_min), 1e-6)
    return int(min(max(round(width * dy / dx), min_height), max_height))


def fit_canvas(lon_min: float, lat_min: float, lon_max: float, lat_max: float, *, width: int,
               max_height: int, min_height: int = 300) -> tuple[int, int]:
    """(width, height) of the canvas that shows the box with no empty bands, at most ``width`` wide and
    ``max_height`` tall: the box's aspect at full width, or, when that is too tall, at ``max_height`` and
    narrower. Only a box wider than ``width`` × ``min_height`` allows leaves bands (above and below)."""
    h = fit_height(lon_min, lat_min, lon_max, lat_max, width=width, min_height=min_height,
                   max_height=max(min_height, max_height))
    dx = max((lon_max - lon_min) / 360.0, 1e-6)
    dy = max(_merc_y(lat_max) - _merc_y(lat_min), 1e-6)
    natural = width * dy / dx
    w = width if natural <= h + 1 else int(min(width, round(h * dx / dy)))
    return max(w, 100), h


def view_for(points: pd.DataFrame | None = None, **kw) -> View:
    """Fit ``points`` (lat/lon columns; all Indonesia when None or empty)."""
    if points is None or points.empty:
        return fit_view(*INDONESIA_BOUNDS, **kw)
    lon_min, lon_max = float(points["lon"].min()), float(points["lon"].max())
    lat_min, lat_max = float(points["lat"].min()), float(points["lat"].max())
    pad = 0.15  # degrees around a single point or a tight cluster
    return fit_view(lon_min - pad, lat_min - pad, lon_max + pad, lat_max + pad, **kw)


def project(lon: float, lat: float, view: View, width: int, height: int) -> tuple[float, float]:
    """Pixel (x, y) of a point in a canvas of ``width`` × ``height`` showing ``view`` (pitch 0)."""
    scale = TILE_SIZE * 2 ** view.zoom
    x = width / 2 + (lon - view.longitude) / 360.0 * scale
    y = height / 2 - (_merc_y(lat) - _merc_y(view.latitude)) * scale
    return x, y


# ---------------------------------------------------------------------------------------------- classes → colours, texts
def _rgba(hex_colour: str, alpha: int = 255) -> list[int]:
    return hex_to_rgba(hex_colour, alpha)


def class_colours(classes: Classes) -> list[str]:
    """Hex colour of each class (0 … n−1), colour-blind safe (viz.palette): sequential light → dark; diverging
    strongest-below … strongest-above around ``midpoint``; ordered categories along the sequential scale
    (first darkest); other categories Okabe–Ito; ``neutral`` categories pale."""
    if classes.kind == "categorical":
        cats = list(classes.categories)
        real = [c for c in cats if c not in classes.neutral]
        scale = P.ordered_colours(len(real)) if classes.ordered else P.nominal_colours(len(real))
        by_cat = dict(zip(real, scale))
        return [by_cat.get(c, P.NEUTRAL_COLOUR) for c in cats]
    n = classes.n
    if classes.kind == "sequential":
        ranged = P.sequential_colours(n - int(classes.exact_zero))
        return ([P.NEUTRAL_COLOUR] if classes.exact_zero else []) + ranged
    ranges = [r for r in classes.ranges() if r is not None]
    below = sum(1 for lo, hi in ranges if hi <= classes.midpoint)
    cols = P.diverging_colours(below, len(ranges) - below)
    return ([P.NEUTRAL_COLOUR] if classes.exact_zero else []) + cols


def _fmt_number(v: float, classes: Classes, text: MapText, decimals: int | None = None) -> str:
    d = classes.decimals if decimals is None else decimals
    if classes.unit == "share":
        return text.fmt_pct(float(v), 0)
    return text.fmt_num(float(v), d)


def class_labels(classes: Classes, text: MapText, *, as_of: int) -> list[str]:
    """The legend label of each class: a category's translation (``class.<category>``, formatted with the
    year) or the category itself; a numeric class's range ("20–40"), with its token's translation when the
    measure names its classes (maturity levels: "Integrated (60–80)")."""
    if classes.kind == "categorical":
        return [text.get(f"class.{c}", str(c)).format(year=as_of, value=c) for c in classes.categories]
    out = []
    for i, r in enumerate(classes.ranges()):
        if r is None:
            out.append(_fmt_number(0, classes, text, 0))
            continue
        rng = text.labels["legend.range"].format(low=_fmt_number(r[0], classes, text, 0),
                                                 high=_fmt_number(r[1], classes, text, 0))
        token = classes.labels[i] if classes.labels else None
        out.append(f"{text.get(f'class.{token}', token)} ({rng})" if token else rng)
    return out


def value_texts(frame: pd.DataFrame, classes: Classes, text: MapText, *, as_of: int) -> pd.Series:
    """Each row's value as shown in a tooltip or a table: a category's label, a share as a percentage, a
    number with the measure's decimals (and its class name when classes are named); "" without a value."""
    names = class_labels(classes, text, as_of=as_of)
    out = []
    for v, c in zip(frame["value"], frame["class"]):
        if c < 0 or v is None or (isinstance(v, float) and math.isnan(v)) or v is pd.NA:
            out.append("")
        elif classes.kind == "categorical":
            out.append(names[int(c)])
        else:
            s = _fmt_number(float(v), classes, text)
            token = classes.labels[int(c) - int(classes.exact_zero)] if classes.labels and (
                int(c) >= int(classes.exact_zero)) else None
            out.append(f"{s} ({text.get(f'class.{token}', token)})" if token else s)
    return pd.Series(out, index=frame.index, dtype=object)


def source_text(token: object, text: MapText) -> str:
    """A source token's translation (``source.<token>`` with ``:`` read as ``_``; ``cohorts:list`` → the kind
    of evidence), else the token itself."""
    tok = "" if token is None or token is pd.NA else str(token)
    return text.get(f"source.{tok.replace(':', '_')}", tok)


def shown_classes(result: MeasureResult) -> list[int]:
    """The classes a legend lists: every numeric class (the ranges are the statement), and the categories that
    occur inside the filters (a cohort year after the map's year is left out until it happens; colours never
    shift), plus the neutral ones."""
    cls = result.classes
    if cls.kind != "categorical":
        return list(range(cls.n))
    f = result.frame
    present = set(f.loc[f["in_scope"], "class"].astype(int))
    return [i for i, c in enumerate(cls.categories) if i in present or c in cls.neutral]


def legend(result: MeasureResult, text: MapText, *, title: str, note: str | None = None) -> Legend:
    """The legend of a choropleth: the classes (:func:`shown_classes`), then "no data" and "outside the
    filters" when the map shows any."""
    cls = result.classes
    cols, names = class_colours(cls), class_labels(cls, text, as_of=result.as_of)
    entries = [LegendEntry(names[i], cols[i]) for i in shown_classes(result)]
    f = result.frame
    if ((f["class"] == NO_DATA) & f["in_scope"]).any():
        entries.append(LegendEntry(text.labels["legend.no_data"], P.NO_DATA_COLOUR))
    if (~f["in_scope"]).any():
        entries.append(LegendEntry(text.labels["legend.out_of_scope"], P.OUT_OF_SCOPE_COLOUR))
    if result.measure.illustrative:
        note = " ".join(x for x in (text.labels["legend.illustrative"], note) if x)
    return Legend(title, tuple(entries), note)


def fill_codes(result: MeasureResult, order: Sequence[str]) -> tuple[str, list[str]]:
    """(two digits per feature in ``order``, the palette they index): 00 no data, 01 outside the filters,
    02… the classes. Regions of ``order`` missing from the result count as no data."""
    palette = [P.NO_DATA_COLOUR, P.OUT_OF_SCOPE_COLOUR, *class_colours(result.classes)]
    f = result.frame.set_index("code")
    cls = f["class"].reindex(list(order)).fillna(NO_DATA).astype(int)
    scope = f["in_scope"].reindex(list(order)).fillna(False).astype(bool)
    idx = np.where(~scope.to_numpy(), 1, np.where(cls.to_numpy() < 0, 0, cls.to_numpy() + 2))
    return "".join(f"{int(i):02d}" for i in idx), palette


def fill_expression(codes: str, palette: Sequence[str], alpha: int = FILL_ALPHA) -> str:
    """The deck.gl JSON expression colouring feature ``properties.i`` with ``palette[codes[2i:2i+2]]`` (pydeck
    adds the ``@@=`` that marks it as an expression). The literals are parenthesised: the expression parser
    (jsep) only reads ``[…]`` member access after a name or a parenthesised group."""
    if not all(ch.isdigit() for ch in codes):
        raise ValueError("fill codes must be digits")
    pal = ",".join(json.dumps(_rgba(c, alpha)) for c in palette)
    return f'([{pal}])[("{codes}")[properties.i*2]*10+("{codes}")[properties.i*2+1]*1]'.replace(" ", "")


# ---------------------------------------------------------------------------------------------- tooltip
def _esc(value) -> str:
    """HTML-escaped text, braces included (a "{…}" would otherwise be read as a tooltip placeholder)."""
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return ""
    return html.escape(str(value), quote=True).replace("{", "&#123;").replace("}", "&#125;")


def _group(lines: pd.Series, keys: pd.Series) -> str:
    """One element per distinct line, carrying the classes of every feature it applies to."""
    parts = []
    for line, ks in keys.groupby(lines.to_numpy(), sort=False):
        if line:
            parts.append(f"<div class='kcv {' '.join(ks)}'>{line}</div>")
    return "".join(parts)


def tooltip_html(result: MeasureResult, text: MapText, *, measure_title: str, keys: pd.Series,
                 name_field: str = "name", province_field: str | None = "province") -> str:
    """The tooltip template: the hovered feature's ``{name}`` (and ``{province}``), then the run's value, its
    year and its source for that feature (grouped lines shown by a CSS rule on the feature's ``{k}``).

    ``keys``: the CSS key of each row of ``result.frame`` (:func:`analytics.summaries.geo_layers.class_key`)."""
    f = result.frame.reset_index(drop=True)
    keys = pd.Series(list(keys), index=f.index, dtype=object)
    L = text.labels
    vals = value_texts(f, result.classes, text, as_of=result.as_of)
    has = (f["class"] >= 0) & f["in_scope"]
    value_line = pd.Series(
        [_esc(L["tip.value"].format(measure=measure_title, value=v)) if h else
         (_esc(L["tip.no_data"].format(measure=measure_title)) if s else _esc(L["tip.out_of_scope"]))
         for v, h, s in zip(vals, has, f["in_scope"])], index=f.index)
    year_line = pd.Series([_esc(L["tip.year"].format(year=int(y))) if h and pd.notna(y) else ""
                           for y, h in zip(f["value_year"], has)], index=f.index)
    if "regions_with_data" in f:
        src = [L["tip.province_source"].format(n=text.fmt_num(int(n), 0), total=text.fmt_num(int(t), 0))
               for n, t in zip(f["regions_with_data"], f["regions_in_scope"])]
    else:
        src = [L["tip.source"].format(source=source_text(s, text)) for s in f["source"]]
    source_line = pd.Series([_esc(s) if h else "" for s, h in zip(src, has)], index=f.index)
    head = "<div style='font-weight:700;font-size:14px'>{" + name_field + "}</div>"
    if province_field:
        head += "<div style='color:#555'>{" + province_field + "}</div>"
    body = "".join(f"<div class='kcl'>{_group(line, keys)}</div>" for line in (value_line, year_line, source_line))
    style = "<style>.kcv{display:none}.kcl{margin-top:2px}.{k}{display:block}</style>"
    return f"<div class='kct'>{head}{body}{style}</div>"


# ---------------------------------------------------------------------------------------------- layers
# Line widths: 0 m wide, drawn at their minimum pixel width (``line_width_min_pixels``); with
# ``lineWidthUnits: pixels`` Streamlit's deck.gl drew sub-pixel widths many pixels wide.
def sea_layer(bounds=(80.0, -25.0, 160.0, 25.0)) -> pdk.Layer:
    """A pale rectangle standing for the sea (the base when there is no basemap)."""
    x0, y0, x1, y1 = bounds
    return pdk.Layer("SolidPolygonLayer", id="sea", data=[{"polygon": [[x0, y0], [x1, y0], [x1, y1], [x0, y1]]}],
                     get_polygon="polygon", get_fill_color=_rgba(P.SEA_COLOUR), pickable=False)


def _trigger(*parts: str) -> str:
    return hashlib.sha1("|".join(parts).encode()).hexdigest()[:12]


def polygon_layer(data: str | dict, expression: str, *, layer_id: str, pickable: bool = True) -> pdk.Layer:
    """Filled polygons (URL or FeatureCollection) coloured by ``expression`` (:func:`fill_expression`). No
    strokes: the edges are a separate layer that is not pickable, so a click's picking pass draws the fills
    only (on a software renderer the strokes made a click take longer than a tap may last)."""
    return pdk.Layer("GeoJsonLayer", id=layer_id, data=data, stroked=False, filled=True,
                     get_fill_color=expression, pickable=pickable, auto_highlight=pickable,
                     highlight_color=[0, 0, 0, 70], update_triggers={"getFillColor": _trigger(expression)})


def edge_layer(data: str | dict, *, layer_id: str, colour: str, width_px: float, alpha: int = 130) -> pdk.Layer:
    """The polygons' edges (same data as the fills; lines only, not pickable)."""
    return pdk.Layer("GeoJsonLayer", id=layer_id, data=data, stroked=True, filled=False,
                     get_line_color=_rgba(colour, alpha), get_line_width=0, line_width_min_pixels=width_px,
                     pickable=False)


def outline_layer(data: str | dict, *, layer_id: str = "province-lines", colour: str = P.PROVINCE_LINE_COLOUR,
                  width_px: float = 1.1) -> pdk.Layer:
    """Province borders drawn over the regencies (lines only, not pickable)."""
    return pdk.Layer("GeoJsonLayer", id=layer_id, data=data, stroked=True, filled=False,
                     get_line_color=_rgba(colour, 220), get_line_width=0, line_width_min_pixels=width_px,
                     pickable=False)


def highlight_layer(feature: dict) -> pdk.Layer:
    """A thick outline around the region found by name (one inline feature)."""
    return pdk.Layer("GeoJsonLayer", id="found", data=feature, stroked=True, filled=False,
                     get_line_color=_rgba(P.HIGHLIGHT_COLOUR), get_line_width=0, line_width_min_pixels=3.5,
                     pickable=False)


def _records(df: pd.DataFrame) -> list[dict]:
    """Plain-Python records (no numpy scalars, NaN → None)."""
    out = []
    for rec in df.to_dict(orient="records"):
        clean = {}
        for k, v in rec.items():
            if isinstance(v, np.integer):
                v = int(v)
            elif isinstance(v, (np.floating, float)):
                v = None if math.isnan(v) else float(v)
            elif v is pd.NA:
                v = None
            clean[k] = v
        out.append(clean)
    return out


def points_layer(points: pd.DataFrame, *, layer_id: str = "pilots", colour: str = "#000000") -> pdk.Layer:
    """Marked points (lon, lat): ASEAN Smart Cities Network pilots on the regency map. Not pickable, so the
    regions' tooltips stay."""
    recs = _records(points[["lon", "lat"]].astype(float).round(COORD_DECIMALS))
    return pdk.Layer("ScatterplotLayer", id=layer_id, data=recs, get_position=["lon", "lat"], get_radius=9000,
                     radius_min_pixels=5, radius_max_pixels=11, stroked=True, filled=True,
                     get_fill_color=_rgba("#FFFFFF", 235), get_line_color=_rgba(colour), line_width_min_pixels=2.5,
                     pickable=False)


def text_layer(labels: pd.DataFrame, *, layer_id: str = "names", size: int = 12) -> pdk.Layer:
    """Names at points (lon, lat, text), dark on a white halo; not pickable."""
    recs = _records(labels[["lon", "lat", "text"]])
    return pdk.Layer("TextLayer", id=layer_id, data=recs, get_position=["lon", "lat"], get_text="text",
                     get_size=size, get_color=[33, 33, 33, 255], outline_width=3, outline_color=[255, 255, 255, 230],
                     font_settings={"sdf": True}, get_text_anchor="'middle'", get_alignment_baseline="'center'",
                     pickable=False)


def _deck(layers: list[pdk.Layer | None], view: View, basemap: bool, tooltip: str | None) -> CompactDeck:
    base = [] if basemap else [sea_layer()]
    # no basemap: leave pydeck's default map_style sentinel; an explicit map_style=None makes Streamlit's
    # frontend fetch a Carto basemap style (https://basemaps.cartocdn.com/...), i.e. a network request
    kw = dict(map_provider="carto", map_style="light") if basemap else dict(map_provider=None)
    tip = {"html": tooltip, "style": TOOLTIP_STYLE} if tooltip else False
    return CompactDeck(layers=base + [l for l in layers if l is not None], initial_view_state=view.state(),
                       tooltip=tip, **kw)


def choropleth(result: MeasureResult, geometry: str | dict, order: Sequence[str], text: MapText, *,
               measure_title: str, view: View, legend_title: str | None = None, legend_note: str | None = None,
               outlines: str | dict | None = None, highlight: dict | None = None, points: pd.DataFrame | None = None,
               names: pd.DataFrame | None = None, basemap: bool = False, layer_id: str = "regions",
               province_field: str | None = "province") -> MapFigure:
    """The choropleth of ``result`` (regencies, or provinces from ``map_measures.province_values``).

    ``geometry``: URL of the static GeoJSON or the FeatureCollection itself, its features in ``order`` (codes)
    with ``i`` = position. ``outlines``: province borders to draw on top. ``highlight``: a FeatureCollection to
    outline (the region found by name). ``points``: lon/lat to mark (ASCN pilots). ``names``: lon/lat/text
    labels. Returns the deck and its legend."""
    if len(order) != len(result.frame):
        raise ValueError(f"the geometry has {len(order)} features for {len(result.frame)} rows")
    codes, palette = fill_codes(result, order)
    expr = fill_expression(codes, palette)
    keys = pd.Series([("c" if "." in c else "p") + c.replace(".", "") for c in result.frame["code"]])
    tip = tooltip_html(result, text, measure_title=measure_title, keys=keys, province_field=province_field)
    regions = layer_id == "regions"
    layers = [polygon_layer(geometry, expr, layer_id=layer_id),
              edge_layer(geometry, layer_id=f"{layer_id}-edges", width_px=0.35 if regions else 0.9,
                         colour=P.REGION_LINE_COLOUR if regions else P.PROVINCE_LINE_COLOUR,
                         alpha=130 if regions else 200)]
    if outlines is not None:
        layers.append(outline_layer(outlines))
    if highlight is not None:
        layers.append(highlight_layer(highlight))
    if points is not None and not points.empty:
        layers.append(points_layer(points))
    if names is not None and not names.empty:
        layers.append(text_layer(names))
    lg = legend(result, text, title=legend_title or measure_title, note=legend_note)
    return MapFigure(_deck(layers, view, basemap, tip), (lg,))


# ---------------------------------------------------------------------------------------------- ASCN
ASCN_BOUNDS = (93.0, -10.0, 127.0, 24.0)


def ascn_map(network: pd.DataFrame, labels: Mapping[str, str], *, land: str | dict | None = None,
             basemap: bool = False, view: View | None = None,
             country_names: Mapping[str, str] | None = None,
             canvas: tuple[int, int] | None = None) -> MapFigure:
    """The ASEAN Smart Cities Network (``network``: analytics.summaries.profile.ascn_network): cities coloured by
    the year they joined (Okabe–Ito), named on the map; Indonesia's 38 provinces (``land``: URL or
    FeatureCollection) drawn as land when there is no basemap. ``country_names``: ISO 3166-1 alpha-2 → name
    for the tooltips (default: the code). ``canvas``: the (width, height) px the view was fitted to; names are
    then placed inside it (a name running off the edge was cut: "Cebu C")."""
    country_names = country_names or {}
    net = network.reset_index(drop=True)
    years = sorted(int(y) for y in net["joined_year"].unique())
    palette = {y: OKABE_ITO[i % len(OKABE_ITO)] for i, y in enumerate(sorted(set(years) | {2018, 2023, 2024}))}
    recs = pd.DataFrame({
        "city": net["city"].astype(str),
        "lon": net["longitude" if "longitude" in net else "lon"].astype(float).round(COORD_DECIMALS),
        "lat": net["latitude" if "latitude" in net else "lat"].astype(float).round(COORD_DECIMALS),
        "c": [_rgba(palette[int(y)]) for y in net["joined_year"]],
        "title": net["city"].astype(str),
        "l1": [labels["ascn.tip_country"].format(country=country_names.get(c, c)) for c in net["country_iso2"]],
        "l2": [labels["ascn.tip_joined"].format(year=int(y)) for y in net["joined_year"]],
    })
    layers: list[pdk.Layer | None] = []
    if not basemap and land is not None:
        layers.append(pdk.Layer("GeoJsonLayer", id="land", data=land, stroked=True, filled=True,
                                get_fill_color=_rgba(LAND_COLOUR), get_line_color=_rgba("#9E9E9E"),
                                line_width_min_pixels=0.5, pickable=False))
    layers.append(pdk.Layer("ScatterplotLayer", id="ascn", data=_records(recs), get_position=["lon", "lat"],
                            get_radius=25000, get_fill_color="c", get_line_color=[33, 33, 33, 255], stroked=True,
                            line_width_min_pixels=1, radius_min_pixels=5, radius_max_pixels=14, pickable=True,
                            auto_highlight=True))
    view = view or fit_view(*ASCN_BOUNDS)
    # Indonesia's pilots are named first (the page is about them); a name with no free place is left to the tooltip
    where = label_placement(recs, view, first=(net["country_iso2"] == "ID").reset_index(drop=True), canvas=canvas)
    text = _records(pd.concat([recs[["city", "lon", "lat"]], where], axis=1)[where["shown"]].drop(columns="shown"))
    layers.append(pdk.Layer("TextLayer", id="ascn-names", data=text, get_position=["lon", "lat"], get_text="city",
                            get_size=13, get_color=[33, 33, 33, 255], get_pixel_offset="offset",
                            get_text_anchor="anchor", get_alignment_baseline="baseline", pickable=False))
    entries = tuple(LegendEntry(labels["ascn.legend_joined"].format(year=y), palette[y]) for y in years)
    legend_ = Legend(labels["ascn.legend"], entries)
    tip = "<div style='font-weight:600;margin-bottom:2px'>{title}</div><div>{l1}</div><div>{l2}</div>"
    return MapFigure(_deck(layers, view, basemap, tip), (legend_,))


_PLACEMENTS = (  # (pixel offset, text anchor, baseline, box corner relative to the point), in order of preference
    ([0, -10], "middle", "bottom", lambda w, h: (-w / 2, -10 - h)),
    ([10, 0], "start", "center", lambda w, h: (10, -h / 2)),
    ([-10, 0], "end", "center", lambda w, h: (-10 - w, -h / 2)),
    ([0, 10], "middle", "top", lambda w, h: (-w / 2, 10)),
    ([8, -8], "start", "bottom", lambda w, h: (8, -8 - h)),
    ([-8, -8], "end", "bottom", lambda w, h: (-8 - w, -8 - h)),
    ([8, 8], "start", "top", lambda w, h: (8, 8)),
    ([-8, 8], "end", "top", lambda w, h: (-8 - w, 8)),
)


def label_placement(points: pd.DataFrame, view: View, *, char_px: float = 7.9, height_px: float = 15.0,
                    text_col: str = "city", first: pd.Series | None = None,
                    canvas: tuple[int, int] | None = None) -> pd.DataFrame:
    """Greedy label placement at the initial view: each label goes above, right, left, below or at a corner of its
    point, the first place that overlaps no label already placed and no other point (points north first; those in
    ``keep``'s order go first). A label with no free place is not drawn (``shown`` False; its point keeps the name
    in its tooltip): overlapping names read as neither. With ``canvas`` (width, height px) a place must also lie
    inside the canvas: a name cut at the edge reads as another. Columns offset, anchor, baseline, shown."""
    cw, ch = canvas or (0, 0)
    xy = [project(lon, lat, view, cw, ch) for lon, lat in zip(points["lon"], points["lat"])]
    prio = [False] * len(points) if first is None else [bool(v) for v in first]
    order = sorted(range(len(points)), key=lambda i: (not prio[i], xy[i][1]))
    placed: list[tuple[float, float, float, float]] = []
    dots = [(x - 7, y - 7, x + 7, y + 7) for x, y in xy]
    out: dict[int, tuple] = {}

    def overlap(a, b) -> float:
        w = min(a[2], b[2]) - max(a[0], b[0])
        h = min(a[3], b[3]) - max(a[1], b[1])
        return w * h if w > 0 and h > 0 else 0.0

    for i in order:
        x, y = xy[i]
        w = char_px * len(str(points[text_col].iloc[i]))
        best = None
        for offset, anchor, baseline, corner in _PLACEMENTS:
            dx, dy = corner(w, height_px)
            box = (x + dx, y + dy, x + dx + w, y + dy + height_px)
            cost = sum(overlap(box, b) for b in placed) + sum(overlap(box, d) for j, d in enumerate(dots) if j != i)
            if canvas is not None:                     # the part of the box outside the canvas counts as a clash
                outside = w * height_px - overlap(box, (0.0, 0.0, float(cw), float(ch)))
                cost += outside if outside > 1e-6 else 0.0   # a box wholly inside: 0, not a rounding error
            if best is None or cost < best[0] - 1e-9:
                best = (cost, box, offset, anchor, baseline)
            if cost == 0:
                break
        if best[0] == 0:
            placed.append(best[1])
        out[i] = (best[2], best[3], best[4], best[0] == 0)
    return pd.DataFrame({"offset": [out[i][0] for i in range(len(points))],
                         "anchor": [out[i][1] for i in range(len(points))],
                         "baseline": [out[i][2] for i in range(len(points))],
                         "shown": [out[i][3] for i in range(len(points))]}, index=points.index)


ASCN_LABEL_KEYS = ("ascn.tip_country", "ascn.tip_joined", "ascn.legend_joined", "ascn.legend")
