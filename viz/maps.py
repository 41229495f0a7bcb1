"""pydeck maps (pure builders returning :class:`MapFigure`: the ``pdk.Deck`` and the legends that say what its
colours mean, so the page can draw the legend beside the map with Streamlit elements).

- No basemap service by default (``map_provider=None``): a pale sea rectangle and the province polygons are the
  base, so the map renders offline. ``basemap=True`` adds Carto's light basemap (needs network).
- Tooltips are HTML: every value put into them is ``html.escape``-d here (names come from data).
- The payload is kept small: only the columns the layers and tooltips need, coordinates rounded, and
  :class:`CompactDeck` serialises without pydeck's indentation.
"""

from __future__ import annotations

import html
import json
import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
import pydeck as pdk

from .palette import (COVERAGE_RAMP, LEVEL_COLOURS, MISSING_COLOUR, NON_PARTICIPANT_COLOUR, OKABE_ITO,
                      PARTICIPANT_COLOUR, hex_to_rgba, ramp)

COLOUR_BY = ("level", "cohort", "coverage")
SHAPES = ("points", "columns")
CHOROPLETHS = ("coverage", "maturity", "none")
LEVELS = tuple(LEVEL_COLOURS)
SEA_COLOUR = "#D5DEE5"
LAND_COLOUR = "#E0E0E0"
BORDER_COLOUR = "#78909C"
INDONESIA_BOUNDS = (94.8, -11.2, 141.2, 6.2)  # lon_min, lat_min, lon_max, lat_max
TILE_SIZE = 512  # deck.gl's Web Mercator world is 512 px wide at zoom 0
COORD_DECIMALS = 4  # ≈ 11 m
RADIUS_PER_SQRT_PERSON = 30.0  # metres: 1 M people → 30 km radius
TOOLTIP_FIELDS = ("title", "l1", "l2", "l3", "l4", "l5")
TOOLTIP_HTML = ("<div style='font-weight:600;margin-bottom:2px'>{title}</div>"
                + "".join(f"<div>{{{f}}}</div>" for f in TOOLTIP_FIELDS[1:]))
TOOLTIP_STYLE = {"backgroundColor": "#FFFFFF", "color": "#212121", "fontSize": "12px", "padding": "6px 8px",
                 "border": "1px solid #BDBDBD", "maxWidth": "320px", "pointerEvents": "none"}


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
        """Bytes of the deck's JSON as sent to the browser."""
        return len(self.deck.to_json().encode("utf-8"))


def _default_num(value: float, decimals: int = 0) -> str:
    return f"{value:,.{decimals}f}"


def _default_pct(share: float, decimals: int = 0) -> str:
    return f"{100 * share:.{decimals}f} %"


# ---------------------------------------------------------------------------------------------- view
@dataclass(frozen=True)
class View:
    latitude: float
    longitude: float
    zoom: float
    pitch: float = 0.0
    bearing: float = 0.0

    def state(self) -> pdk.ViewState:
        return pdk.ViewState(latitude=self.latitude, longitude=self.longitude, zoom=self.zoom, pitch=self.pitch,
                             bearing=self.bearing, min_zoom=2, max_zoom=12)


def _merc_y(lat: float) -> float:
    """Web Mercator y in world units of a 1-wide world (0 at the equator, grows northwards)."""
    lat = max(min(lat, 85.0), -85.0)
    return math.log(math.tan(math.pi / 4 + math.radians(lat) / 2)) / (2 * math.pi)


def _merc_lat(y: float) -> float:
    return math.degrees(2 * math.atan(math.exp(y * 2 * math.pi)) - math.pi / 2)


def fit_view(lon_min: float, lat_min: float, lon_max: float, lat_max: float, *, width: int = 720,
             height: int = 500, padding: float = 0.04, max_zoom: float = 9.0, pitch: float = 0.0) -> View:
    """The Web Mercator view that shows the box in a ``width`` × ``height`` px canvas with ``padding`` (share
    of each side) to spare: centre in Mercator space, zoom = log2 of the fit."""
    y0, y1 = _merc_y(lat_min), _merc_y(lat_max)
    dx = max((lon_max - lon_min) / 360.0, 1e-6)
    dy = max(y1 - y0, 1e-6)
    usable_w, usable_h = width * (1 - 2 * padding), height * (1 - 2 * padding)
    zoom = math.log2(min(usable_w / (dx * TILE_SIZE), usable_h / (dy * TILE_SIZE)))
    return View(latitude=round(_merc_lat((y0 + y1) / 2), 4), longitude=round((lon_min + lon_max) / 2, 4),
                zoom=round(min(zoom, max_zoom), 2), pitch=pitch)


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


# ---------------------------------------------------------------------------------------------- colours
def _rgba(hex_colour: str, alpha: int = 255) -> list[int]:
    return hex_to_rgba(hex_colour, alpha)


def cohort_colour(year: int, years: Sequence[int]) -> str:
    """Colour of a cohort year along the (colour-blind safe) viridis stops, earliest dark, latest light."""
    years = sorted(set(int(y) for y in years))
    if len(years) <= 1:
        return ramp(0.5, list(LEVEL_COLOURS.values()))
    return ramp(years.index(int(year)) / (len(years) - 1), list(LEVEL_COLOURS.values()))


def point_colours(points: pd.DataFrame, colour_by: str, labels: Mapping[str, str], *, as_of: int
                  ) -> tuple[pd.Series, Legend]:
    """Hex colour of each region and the legend that explains them.

    level: maturity level (viridis), no evaluation → grey; cohort: year joined (viridis), not participating by
    ``as_of`` → grey; coverage: participating by ``as_of`` or not.
    """
    if colour_by not in COLOUR_BY:
        raise ValueError(f"unknown colour {colour_by!r}; choose one of {', '.join(COLOUR_BY)}")
    part = points["participating"].astype(bool)
    if colour_by == "level":
        lv = points["level"].astype(object)
        col = lv.map(LEVEL_COLOURS).where(lv.notna(), MISSING_COLOUR).fillna(MISSING_COLOUR)
        entries = [LegendEntry(labels[f"level.{k}"], LEVEL_COLOURS[k]) for k in LEVELS]
        entries.append(LegendEntry(labels["legend.no_score"], MISSING_COLOUR))
        return col.astype(str), Legend(labels["legend.level"], tuple(entries), labels.get("legend.level_note"))
    if colour_by == "cohort":
        years = sorted(int(y) for y in points.loc[part, "cohort_year"].dropna().unique())
        cy = points["cohort_year"]
        col = pd.Series(NON_PARTICIPANT_COLOUR, index=points.index, dtype=object)
        for y in years:
            col[part & (cy == y).fillna(False).astype(bool)] = cohort_colour(y, years)
        entries = [LegendEntry(labels["legend.cohort_year"].format(year=y), cohort_colour(y, years)) for y in years]
        entries.append(LegendEntry(labels["legend.not_participant"].format(year=as_of), NON_PARTICIPANT_COLOUR))
        return col.astype(str), Legend(labels["legend.cohort"], tuple(entries))
    col = pd.Series(np.where(part, PARTICIPANT_COLOUR, NON_PARTICIPANT_COLOUR), index=points.index)
    entries = (LegendEntry(labels["legend.participant"].format(year=as_of), PARTICIPANT_COLOUR),
               LegendEntry(labels["legend.not_participant"].format(year=as_of), NON_PARTICIPANT_COLOUR))
    return col.astype(str), Legend(labels["legend.coverage"], entries)


def polygon_colours(summary: pd.DataFrame, choropleth: str, labels: Mapping[str, str],
                    fmt_pct: Callable[[float, int], str] = _default_pct) -> tuple[pd.Series, Legend | None]:
    """Fill colour of each polygon (coverage share along the blue ramp, or mean maturity index by level) and
    its legend; polygons without data are grey."""
    if choropleth not in CHOROPLETHS:
        raise ValueError(f"unknown choropleth {choropleth!r}; choose one of {', '.join(CHOROPLETHS)}")
    if choropleth == "none":
        return pd.Series(LAND_COLOUR, index=summary.index), None
    if choropleth == "coverage":
        col = summary["region_share"].astype(float).map(lambda v: ramp(v, COVERAGE_RAMP))
        stops = [0.0, 0.25, 0.5, 0.75, 1.0]
        entries = [LegendEntry(fmt_pct(s, 0), ramp(s, COVERAGE_RAMP)) for s in stops]
        entries.append(LegendEntry(labels["legend.no_data"], MISSING_COLOUR))
        return col, Legend(labels["legend.choropleth_coverage"], tuple(entries))
    from analytics.composite import maturity_level
    lv = maturity_level(summary["mean_index_100"].astype(float)).astype(object)
    col = lv.map(LEVEL_COLOURS).where(lv.notna(), MISSING_COLOUR).fillna(MISSING_COLOUR)
    entries = [LegendEntry(labels[f"level.{k}"], LEVEL_COLOURS[k]) for k in LEVELS]
    entries.append(LegendEntry(labels["legend.no_data"], MISSING_COLOUR))
    return col.astype(str), Legend(labels["legend.choropleth_maturity"], tuple(entries))


# ---------------------------------------------------------------------------------------------- tooltips
def _esc(value) -> str:
    return "" if value is None or (isinstance(value, float) and math.isnan(value)) else html.escape(str(value))


def point_tooltips(points: pd.DataFrame, labels: Mapping[str, str], *, as_of: int,
                   fmt_num: Callable[[float, int], str] = _default_num) -> pd.DataFrame:
    """The tooltip lines of each region (HTML-escaped): name; province; cohort; level; population; a note when
    the point's coordinates have low confidence."""
    part = points["participating"].astype(bool)
    cohort = [labels["tip.cohort"].format(year=int(y)) if p else
              (labels["tip.joins_later"].format(year=int(y)) if pd.notna(y)
               else labels["tip.not_participant"])
              for y, p in zip(points["cohort_year"], part)]
    lv = points["level"].astype(object) if "level" in points else pd.Series(None, index=points.index)
    idx = points["index_100"] if "index_100" in points else pd.Series(np.nan, index=points.index)
    level = [labels["tip.level"].format(level=labels[f"level.{l}"], index=fmt_num(float(i), 1))
             if isinstance(l, str) and l in LEVEL_COLOURS else labels["tip.no_level"] for l, i in zip(lv, idx)]
    pop = [labels["tip.population"].format(population=fmt_num(float(p), 0)) for p in points["population"]]
    low = [labels["tip.low_confidence"] if c == "low" else "" for c in points["coord_confidence"]]
    prov = [labels["tip.province"].format(province=p) for p in points["province_name"]]
    return pd.DataFrame({"title": points["name"].map(_esc), "l1": [_esc(s) for s in prov],
                         "l2": [_esc(s) for s in cohort], "l3": [_esc(s) for s in level],
                         "l4": [_esc(s) for s in pop], "l5": [_esc(s) for s in low]}, index=points.index)


def polygon_tooltips(summary: pd.DataFrame, labels: Mapping[str, str], *,
                     fmt_num: Callable[[float, int], str] = _default_num,
                     fmt_pct: Callable[[float, int], str] = _default_pct) -> pd.DataFrame:
    rows = []
    for _, r in summary.iterrows():
        share = r["region_share"]
        cov = (labels["tip.polygon_coverage"].format(
            n=fmt_num(r["regions_participating"], 0), total=fmt_num(r["regions_in_scope"], 0),
            share=fmt_pct(float(share), 0)) if r["regions_in_scope"] > 0 else labels["tip.polygon_no_regions"])
        idx = (labels["tip.polygon_index"].format(value=fmt_num(float(r["mean_index_100"]), 1),
                                                   n=fmt_num(r["regions_scored"], 0))
               if r["regions_scored"] > 0 else labels["tip.polygon_no_index"])
        several = (labels["tip.polygon_covers"].format(names=r["covered_names"]) if r["covers_several"] else "")
        pop = labels["tip.polygon_population"].format(
            reached=fmt_num(r["population_reached"], 0), total=fmt_num(r["population_in_scope"], 0))
        rows.append({"title": _esc(r["name"]), "l1": _esc(cov), "l2": _esc(pop), "l3": _esc(idx),
                     "l4": _esc(several), "l5": ""})
    return pd.DataFrame(rows, index=summary.index, columns=list(TOOLTIP_FIELDS))


# ---------------------------------------------------------------------------------------------- layers
def sea_layer(bounds=(80.0, -25.0, 160.0, 25.0)) -> pdk.Layer:
    """A pale rectangle standing for the sea (the base when there is no basemap)."""
    x0, y0, x1, y1 = bounds
    return pdk.Layer("SolidPolygonLayer", id="sea", data=[{"polygon": [[x0, y0], [x1, y0], [x1, y1], [x0, y1]]}],
                     get_polygon="polygon", get_fill_color=_rgba(SEA_COLOUR), pickable=False)


def province_layer(features: dict, *, pickable: bool = True, alpha: int = 200) -> pdk.Layer:
    """Province polygons from a FeatureCollection whose properties carry ``fill`` (RGBA) and tooltip fields."""
    return pdk.Layer("GeoJsonLayer", id="provinces", data=features, stroked=True, filled=True,
                     get_fill_color="properties.fill", get_line_color=_rgba(BORDER_COLOUR),
                     line_width_min_pixels=0.6, pickable=pickable, auto_highlight=pickable,
                     highlight_color=[0, 0, 0, 40])


def _records(df: pd.DataFrame) -> list[dict]:
    """Plain-Python records (no numpy scalars, NaN → None)."""
    out = []
    for rec in df.to_dict(orient="records"):
        clean = {}
        for k, v in rec.items():
            if isinstance(v, (np.integer,)):
                v = int(v)
            elif isinstance(v, (np.floating, float)):
                v = None if math.isnan(v) else float(v)
            elif v is pd.NA:
                v = None
            clean[k] = v
        out.append(clean)
    return out


def region_records(points: pd.DataFrame, colours: pd.Series, tips: pd.DataFrame, *, shape: str) -> list[dict]:
    """The per-region payload: code, rounded position, size, colour and the tooltip lines, nothing else."""
    pop = points["population"].astype(float)
    df = pd.DataFrame({"code": points["code"].astype(str),
                       "lon": points["lon"].astype(float).round(COORD_DECIMALS),
                       "lat": points["lat"].astype(float).round(COORD_DECIMALS)})
    if shape == "points":
        df["r"] = (RADIUS_PER_SQRT_PERSON * np.sqrt(pop)).round(0)
    else:
        df["h"] = pop.round(-3)
    df["c"] = [_rgba(c, 225) for c in colours]
    df = pd.concat([df, tips], axis=1)
    # big regions first so smaller ones are drawn on top and stay clickable
    df = df.assign(_p=pop.to_numpy()).sort_values(["_p", "code"], ascending=[False, True], kind="stable")
    return _records(df.drop(columns="_p"))


def region_layer(records: list[dict], *, shape: str = "points") -> pdk.Layer:
    if shape not in SHAPES:
        raise ValueError(f"unknown shape {shape!r}; choose one of {', '.join(SHAPES)}")
    if shape == "points":
        return pdk.Layer("ScatterplotLayer", id="regions", data=records, get_position=["lon", "lat"],
                         get_radius="r", get_fill_color="c", get_line_color=[33, 33, 33, 200], stroked=True,
                         line_width_min_pixels=0.5, radius_min_pixels=2.5, radius_max_pixels=60, pickable=True,
                         auto_highlight=True, highlight_color=[255, 64, 129, 200])
    return pdk.Layer("ColumnLayer", id="regions", data=records, get_position=["lon", "lat"], get_elevation="h",
                     elevation_scale=0.04, radius=9000, get_fill_color="c", extruded=True, pickable=True,
                     auto_highlight=True, highlight_color=[255, 64, 129, 200], disk_resolution=8)


def selection_layer(points: pd.DataFrame, code: str | None) -> pdk.Layer | None:
    """A ring around the selected region (not pickable)."""
    if not code or not (points["code"] == code).any():
        return None
    r = points.loc[points["code"] == code].iloc[0]
    rec = [{"lon": round(float(r["lon"]), COORD_DECIMALS), "lat": round(float(r["lat"]), COORD_DECIMALS),
            "r": float(RADIUS_PER_SQRT_PERSON * math.sqrt(float(r["population"])))}]
    return pdk.Layer("ScatterplotLayer", id="selected", data=rec, get_position=["lon", "lat"], get_radius="r",
                     filled=False, stroked=True, get_line_color=[213, 0, 0, 255], line_width_min_pixels=3,
                     radius_min_pixels=9, radius_max_pixels=80, pickable=False)


def _deck(layers: list[pdk.Layer], view: View, basemap: bool) -> CompactDeck:
    base = [] if basemap else [sea_layer()]
    # no basemap: leave pydeck's default map_style sentinel; an explicit map_style=None makes Streamlit's
    # frontend fetch a Carto basemap style (https://basemaps.cartocdn.com/...), i.e. a network request
    kw = dict(map_provider="carto", map_style="light") if basemap else dict(map_provider=None)
    return CompactDeck(layers=base + [l for l in layers if l is not None], initial_view_state=view.state(),
                       tooltip={"html": TOOLTIP_HTML, "style": TOOLTIP_STYLE}, **kw)


POINT_COLUMNS = ["code", "name", "province_name", "lat", "lon", "population", "coord_confidence", "cohort_year",
                 "participating", "level", "index_100"]


def region_map(points: pd.DataFrame, labels: Mapping[str, str], *, as_of: int, colour_by: str = "level",
               shape: str = "points", polygons: pd.DataFrame | None = None, geojson: dict | None = None,
               choropleth: str = "coverage", basemap: bool = False, view: View | None = None,
               selected: str | None = None, fmt_num: Callable[[float, int], str] = _default_num,
               fmt_pct: Callable[[float, int], str] = _default_pct) -> MapFigure:
    """The regions map: province polygons (choropleth of ``polygons``, a geo_layers.polygon_summary) under the
    regions drawn as points (area ∝ population) or columns (height ∝ population), coloured by ``colour_by``.

    ``points``: one row per region with :data:`POINT_COLUMNS` (``level``/``index_100`` may be missing).
    ``labels``: translated strings (see :data:`LABEL_KEYS`). Returns the deck and its legends
    (regions first, then polygons)."""
    missing = [k for k in LABEL_KEYS if k not in labels]
    if missing:
        raise KeyError(f"labels lack {missing[0]!r}")
    if shape not in SHAPES:
        raise ValueError(f"unknown shape {shape!r}; choose one of {', '.join(SHAPES)}")
    points = points.reset_index(drop=True)
    colours, legend = point_colours(points, colour_by, labels, as_of=as_of)
    tips = point_tooltips(points, labels, as_of=as_of, fmt_num=fmt_num)
    legends = [legend]
    layers: list[pdk.Layer | None] = []
    if polygons is not None:
        from analytics.summaries.geo_layers import polygon_features
        fills, plegend = polygon_colours(polygons, choropleth, labels, fmt_pct)
        props = pd.concat([polygons[["map_polygon_code"]],
                           polygon_tooltips(polygons, labels, fmt_num=fmt_num, fmt_pct=fmt_pct)], axis=1)
        props["fill"] = [_rgba(c, 210) for c in fills]
        layers.append(province_layer(polygon_features(polygons, geojson, properties=props)))
        if plegend is not None:
            if polygons["covers_several"].any():
                plegend = Legend(plegend.title, plegend.entries, labels["legend.several_note"].format(
                    names="; ".join(polygons.loc[polygons["covers_several"], "covered_names"])))
            legends.append(plegend)
    layers.append(region_layer(region_records(points, colours, tips, shape=shape), shape=shape))
    layers.append(selection_layer(points, selected))
    if view is None:
        view = view_for(None, pitch=40.0 if shape == "columns" else 0.0)
    return MapFigure(_deck(layers, view, basemap), tuple(legends))


# ---------------------------------------------------------------------------------------------- ASCN
ASCN_BOUNDS = (93.0, -10.0, 127.0, 24.0)


def ascn_map(network: pd.DataFrame, labels: Mapping[str, str], *, geojson: dict | None = None,
             basemap: bool = False, view: View | None = None,
             country_names: Mapping[str, str] | None = None) -> MapFigure:
    """The ASEAN Smart Cities Network (``network``: analytics.summaries.profile.ascn_network): cities coloured by the year they joined (Okabe–Ito), named
    on the map; Indonesia's provinces drawn as land when there is no basemap. ``country_names``: ISO 3166-1
    alpha-2 → name for the tooltips (default: the code)."""
    country_names = country_names or {}
    net = network.reset_index(drop=True)
    years = sorted(int(y) for y in net["joined_year"].unique())
    palette = {y: OKABE_ITO[i % len(OKABE_ITO)] for i, y in enumerate(sorted(set(years) | {2018, 2023, 2024}))}
    recs = pd.DataFrame({
        "city": net["city"].astype(str),
        "lon": net["longitude" if "longitude" in net else "lon"].astype(float).round(COORD_DECIMALS),
        "lat": net["latitude" if "latitude" in net else "lat"].astype(float).round(COORD_DECIMALS),
        "c": [_rgba(palette[int(y)]) for y in net["joined_year"]],
        "title": net["city"].map(_esc),
        "l1": [_esc(labels["ascn.tip_country"].format(country=country_names.get(c, c))) for c in net["country_iso2"]],
        "l2": [_esc(labels["ascn.tip_joined"].format(year=int(y))) for y in net["joined_year"]],
        "l3": "", "l4": "", "l5": "",
    })
    layers: list[pdk.Layer | None] = []
    if not basemap:
        from analytics.summaries.geo_layers import load_polygons, round_coordinates
        gj = geojson if geojson is not None else load_polygons()
        feats = {"type": "FeatureCollection", "features": [
            {"type": "Feature", "properties": {"fill": _rgba(LAND_COLOUR)},
             "geometry": round_coordinates(f["geometry"], 2)} for f in gj["features"]]}
        layers.append(province_layer(feats, pickable=False))
    rec = _records(recs)
    layers.append(pdk.Layer("ScatterplotLayer", id="ascn", data=rec, get_position=["lon", "lat"], get_radius=25000,
                            get_fill_color="c", get_line_color=[33, 33, 33, 255], stroked=True,
                            line_width_min_pixels=1, radius_min_pixels=5, radius_max_pixels=14, pickable=True,
                            auto_highlight=True))
    view = view or fit_view(*ASCN_BOUNDS)
    text = _records(pd.concat([recs[["city", "lon", "lat"]], label_placement(recs, view)], axis=1))
    layers.append(pdk.Layer("TextLayer", id="ascn-names", data=text, get_position=["lon", "lat"], get_text="city",
                            get_size=13, get_color=[33, 33, 33, 255], get_pixel_offset="offset",
                            get_text_anchor="anchor", get_alignment_baseline="baseline", pickable=False))
    entries = tuple(LegendEntry(labels["ascn.legend_joined"].format(year=y), palette[y]) for y in years)
    legend = Legend(labels["ascn.legend"], entries)
    return MapFigure(_deck(layers, view, basemap), (legend,))


_PLACEMENTS = (  # (pixel offset, text anchor, baseline, box corner relative to the point)
    ([0, -10], "middle", "bottom", lambda w, h: (-w / 2, -10 - h)),
    ([10, 0], "start", "center", lambda w, h: (10, -h / 2)),
    ([-10, 0], "end", "center", lambda w, h: (-10 - w, -h / 2)),
    ([0, 10], "middle", "top", lambda w, h: (-w / 2, 10)),
)


def label_placement(points: pd.DataFrame, view: View, *, char_px: float = 7.9, height_px: float = 15.0,
                    text_col: str = "city") -> pd.DataFrame:
    """Greedy label placement at the initial view: each label goes above, right, left or below its point,
    whichever overlaps the labels already placed least (points north first). Columns offset, anchor, baseline."""
    xy = [project(lon, lat, view, 0, 0) for lon, lat in zip(points["lon"], points["lat"])]
    order = sorted(range(len(points)), key=lambda i: xy[i][1])
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
            if best is None or cost < best[0] - 1e-9:
                best = (cost, box, offset, anchor, baseline)
            if cost == 0:
                break
        placed.append(best[1])
        out[i] = (best[2], best[3], best[4])
    return pd.DataFrame({"offset": [out[i][0] for i in range(len(points))],
                         "anchor": [out[i][1] for i in range(len(points))],
                         "baseline": [out[i][2] for i in range(len(points))]}, index=points.index)


LABEL_KEYS = (
    "level.ad_hoc", "level.initial", "level.scattered", "level.integrated", "level.smart",
    "legend.level", "legend.no_score", "legend.cohort", "legend.cohort_year", "legend.not_participant",
    "legend.coverage", "legend.participant", "legend.no_data", "legend.choropleth_coverage",
    "legend.choropleth_maturity", "legend.several_note",
    "tip.province", "tip.cohort", "tip.joins_later", "tip.not_participant", "tip.level", "tip.no_level",
    "tip.population", "tip.low_confidence", "tip.polygon_coverage", "tip.polygon_no_regions", "tip.polygon_index",
    "tip.polygon_no_index", "tip.polygon_covers", "tip.polygon_population",
)
ASCN_LABEL_KEYS = ("ascn.tip_country", "ascn.tip_joined", "ascn.legend_joined", "ascn.legend")
