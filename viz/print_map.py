"""Maps for reports, drawn offline with geopandas/matplotlib (pure: frames in, a Figure or PNG bytes out).

:func:`print_map` draws one measure as of one year at print resolution (``width_px`` ≥ 2400) with its title,
the year and filters, a classed legend (every class stated, "no data" hatched so it reads in black and white),
the source line and the boundary attribution; :func:`small_multiples` draws the same measure for a run of years,
one panel per year, with one shared legend. Colours and class labels are the interactive map's
(:mod:`viz.maps`), so a report and the screen agree.
"""

from __future__ import annotations

import io
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass

import geopandas as gpd
import matplotlib

matplotlib.use("Agg")
from matplotlib.figure import Figure  # noqa: E402 - not pyplot: no global figure registry, safe in threads
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import shapely  # noqa: E402
from matplotlib.collections import LineCollection, PathCollection  # noqa: E402
from matplotlib.patches import Patch  # noqa: E402
from matplotlib.path import Path as MplPath  # noqa: E402

from analytics.summaries.map_measures import NO_DATA, MeasureResult  # noqa: E402

from . import palette as P  # noqa: E402
from .maps import MapText, class_colours, class_labels, shown_classes  # noqa: E402

DPI = 200
MIN_WIDTH_PX = 2400
FONT = "DejaVu Sans"          # ships with matplotlib: no font is fetched


@dataclass(frozen=True)
class PrintText:
    """The words around the map (translated by the caller)."""
    title: str
    subtitle: str                  # year and filters
    legend_title: str
    source: str                    # where the values come from
    attribution: str               # the boundary data's required attribution
    no_data: str
    out_of_scope: str
    badge: str | None = None       # e.g. "Illustrative: synthetic data" for an illustrative measure


def _colours(result: MeasureResult) -> tuple[pd.Series, list[str], list[str]]:
    """(fill colour of each region by code, class colours, class labels are filled by the caller)."""
    cols = class_colours(result.classes)
    f = result.frame
    fill = pd.Series([P.OUT_OF_SCOPE_COLOUR if not s else (P.NO_DATA_COLOUR if c < 0 else cols[int(c)])
                      for c, s in zip(f["class"], f["in_scope"])], index=f["code"].to_numpy())
    return fill, cols, []


def _extent(shapes: gpd.GeoDataFrame, result: MeasureResult, pad: float = 0.04) -> tuple[float, float, float, float]:
    inside = shapes[shapes["code"].isin(set(result.frame.loc[result.frame["in_scope"], "code"]))]
    x0, y0, x1, y1 = (inside if not inside.empty else shapes).total_bounds
    dx, dy = (x1 - x0) * pad + 0.05, (y1 - y0) * pad + 0.05
    return x0 - dx, y0 - dy, x1 + dx, y1 + dy


def polygon_paths(shapes: gpd.GeoDataFrame) -> list[MplPath]:
    """One compound matplotlib path per geometry (every polygon part, its holes included), built once and
    reused by every panel (much faster than geopandas' per-call patches and redraws)."""
    out = []
    for g in shapes.geometry:
        verts, codes = [], []
        for poly in shapely.get_parts(g):
            for ring in [poly.exterior, *poly.interiors]:
                xy = np.asarray(ring.coords)
                if len(xy) < 3:
                    continue
                verts.append(xy)
                codes.append(np.r_[MplPath.MOVETO, np.full(len(xy) - 2, MplPath.LINETO), MplPath.CLOSEPOLY])
        out.append(MplPath(np.concatenate(verts), np.concatenate(codes)) if verts else MplPath(np.zeros((1, 2))))
    return out


def boundary_lines(shapes: gpd.GeoDataFrame) -> list[np.ndarray]:
    """Every ring of every polygon as an (n, 2) array, for a LineCollection."""
    return [np.asarray(ring.coords) for g in shapes.geometry for poly in shapely.get_parts(g)
            for ring in [poly.exterior, *poly.interiors]]


def _draw(ax, result: MeasureResult, shapes: gpd.GeoDataFrame, provinces: gpd.GeoDataFrame | None,
          extent: tuple[float, float, float, float], *, line_scale: float = 1.0,
          highlight: str | None = None, labels: pd.DataFrame | None = None,
          paths: list[MplPath] | None = None, province_lines: list[np.ndarray] | None = None) -> None:
    fill, _, _ = _colours(result)
    paths = paths if paths is not None else polygon_paths(shapes)
    codes = shapes["code"].to_numpy()
    colours = [fill.get(c, P.NO_DATA_COLOUR) for c in codes]
    ax.set_facecolor(P.SEA_COLOUR)
    ax.add_collection(PathCollection(paths, facecolors=colours, edgecolors="#FFFFFF",
                                     linewidths=0.15 * line_scale))
    nodata = set(result.frame.loc[(result.frame["class"] == NO_DATA) & result.frame["in_scope"], "code"])
    if nodata:
        ax.add_collection(PathCollection([p for p, c in zip(paths, codes) if c in nodata], facecolors="none",
                                         edgecolors="#7A7A7A", hatch="////", linewidths=0))
    if provinces is not None or province_lines is not None:
        lines = province_lines if province_lines is not None else boundary_lines(provinces)
        ax.add_collection(LineCollection(lines, colors=P.PROVINCE_LINE_COLOUR, linewidths=0.45 * line_scale))
    if highlight:
        ax.add_collection(PathCollection([p for p, c in zip(paths, codes) if c == highlight], facecolors="none",
                                         edgecolors=P.HIGHLIGHT_COLOUR, linewidths=1.6 * line_scale))
    if labels is not None:
        for lon, lat, text in zip(labels["lon"], labels["lat"], labels["text"]):
            if extent[0] <= lon <= extent[2] and extent[1] <= lat <= extent[3]:
                ax.text(lon, lat, text, fontsize=5.5 * line_scale, ha="center", va="center", color="#212121",
                        family=FONT, path_effects=_halo())
    ax.set_xlim(extent[0], extent[2])
    ax.set_ylim(extent[1], extent[3])
    ax.set_xticks([])
    ax.set_yticks([])
    for s in ax.spines.values():
        s.set_edgecolor("#9E9E9E")
        s.set_linewidth(0.5)


def _halo():
    from matplotlib import patheffects
    return [patheffects.withStroke(linewidth=1.6, foreground="white")]


def legend_handles(result: MeasureResult, text: MapText, words: PrintText) -> list[Patch]:
    """Every class (stated), then "no data" (hatched) and "outside the filters" when the map shows them."""
    cols = class_colours(result.classes)
    names = class_labels(result.classes, text, as_of=result.as_of)
    f = result.frame
    handles = [Patch(facecolor=cols[i], edgecolor="#616161", linewidth=0.4, label=names[i])
               for i in shown_classes(result)]
    if ((f["class"] == NO_DATA) & f["in_scope"]).any():
        handles.append(Patch(facecolor=P.NO_DATA_COLOUR, edgecolor="#616161", hatch="////", linewidth=0.4,
                             label=words.no_data))
    if (~f["in_scope"]).any():
        handles.append(Patch(facecolor=P.OUT_OF_SCOPE_COLOUR, edgecolor="#616161", linewidth=0.4,
                             label=words.out_of_scope))
    return handles


def _footer(fig, words: PrintText, width_chars: int, y: float) -> None:
    lines = textwrap.wrap(words.source, width_chars) + textwrap.wrap(words.attribution, width_chars)
    fig.text(0.03, y, "\n".join(lines), fontsize=6.5, color="#424242", va="top", ha="left", family=FONT,
             linespacing=1.35)


def _header(fig, words: PrintText, h_in: float) -> None:
    fig.text(0.03, 1 - 0.14 / h_in, words.title, fontsize=15, fontweight="bold", va="top", ha="left", family=FONT)
    fig.text(0.03, 1 - 0.48 / h_in, words.subtitle, fontsize=9.5, va="top", ha="left", color="#424242", family=FONT)
    if words.badge:
        fig.text(0.97, 1 - 0.14 / h_in, words.badge, fontsize=8.5, va="top", ha="right", color="#B71C1C", family=FONT,
                 fontweight="bold", bbox={"boxstyle": "round,pad=0.35", "facecolor": "#FFEBEE",
                                          "edgecolor": "#B71C1C", "linewidth": 0.8})


def print_map(result: MeasureResult, shapes: gpd.GeoDataFrame, words: PrintText, text: MapText, *,
              provinces: gpd.GeoDataFrame | None = None, extent: tuple[float, float, float, float] | None = None,
              highlight: str | None = None, labels: pd.DataFrame | None = None,
              width_px: int = 2700, footer: bool = True) -> Figure:
    """One map for a report: ``width_px`` wide (at least :data:`MIN_WIDTH_PX`), the measure's classes as of
    its year inside ``extent`` (default: the regions in scope), title, subtitle, legend, source, attribution.
    ``shapes``: code + geometry of every row of ``result`` (regencies or provinces). ``footer=False``: no source
    and attribution lines (a slide prints them once, under the picture)."""
    width_px = max(int(width_px), MIN_WIDTH_PX)
    extent = extent or _extent(shapes, result)
    x0, y0, x1, y1 = extent
    aspect = (y1 - y0) / ((x1 - x0) * np.cos(np.radians((y0 + y1) / 2)))
    w_in = width_px / DPI
    map_h = w_in * 0.94 * aspect
    n_entries = len(legend_handles(result, text, words))
    ncol = min(n_entries, 5)
    legend_h = 0.32 + 0.22 * int(np.ceil(n_entries / ncol))
    head_h, foot_h = 0.75, (0.75 if footer else 0.1)
    h_in = head_h + map_h + legend_h + foot_h
    fig = Figure(figsize=(w_in, h_in), dpi=DPI)
    ax = fig.add_axes([0.03, (foot_h + legend_h) / h_in, 0.94, map_h / h_in])
    _draw(ax, result, shapes, provinces, extent, line_scale=1.0, highlight=highlight, labels=labels)
    ax.set_aspect(1 / np.cos(np.radians((y0 + y1) / 2)), adjustable="box")
    _header(fig, words, h_in)
    fig.legend(handles=legend_handles(result, text, words), title=words.legend_title, loc="upper left",
               bbox_to_anchor=(0.03, (foot_h + legend_h) / h_in - 0.004), ncol=ncol, frameon=False, fontsize=7.5,
               title_fontsize=8.5, alignment="left", handlelength=1.6, handleheight=1.1, columnspacing=1.4,
               prop={"family": FONT, "size": 7.5})
    if footer:
        _footer(fig, words, width_chars=int(w_in * 17), y=(foot_h - 0.08) / h_in)
    return fig


def small_multiples(results: Sequence[MeasureResult], shapes: gpd.GeoDataFrame, words: PrintText, text: MapText,
                    *, panel_titles: Sequence[str], provinces: gpd.GeoDataFrame | None = None,
                    extent: tuple[float, float, float, float] | None = None, ncols: int = 2,
                    width_px: int = 2700) -> Figure:
    """One panel per year (``results``, same measure), one legend (the last year's classes and extras)."""
    if not results:
        raise ValueError("no year to draw")
    width_px = max(int(width_px), MIN_WIDTH_PX)
    extent = extent or _extent(shapes, results[-1])
    x0, y0, x1, y1 = extent
    aspect = (y1 - y0) / ((x1 - x0) * np.cos(np.radians((y0 + y1) / 2)))
    n = len(results)
    ncols = min(ncols, n)
    nrows = int(np.ceil(n / ncols))
    w_in = width_px / DPI
    gap = 0.012
    panel_w = (0.94 - gap * (ncols - 1)) / ncols
    panel_h_in = panel_w * w_in * aspect
    title_h = 0.28
    handles = legend_handles(results[-1], text, words)
    ncol_l = min(len(handles), 5)
    legend_h = 0.32 + 0.22 * int(np.ceil(len(handles) / ncol_l))
    head_h, foot_h = 0.75, 0.75
    h_in = head_h + nrows * (panel_h_in + title_h) + legend_h + foot_h
    fig = Figure(figsize=(w_in, h_in), dpi=DPI)
    top = 1 - head_h / h_in
    paths = polygon_paths(shapes)
    lines = boundary_lines(provinces) if provinces is not None else None
    for k, (res, ttl) in enumerate(zip(results, panel_titles)):
        r, c = divmod(k, ncols)
        bottom = top - (r + 1) * (panel_h_in + title_h) / h_in
        ax = fig.add_axes([0.03 + c * (panel_w + gap), bottom, panel_w, panel_h_in / h_in])
        _draw(ax, res, shapes, None, extent, line_scale=0.6, paths=paths, province_lines=lines)
        ax.set_aspect(1 / np.cos(np.radians((y0 + y1) / 2)), adjustable="box")
        ax.set_title(ttl, fontsize=9, fontweight="bold", family=FONT, loc="left", pad=3)
    _header(fig, words, h_in)
    fig.legend(handles=handles, title=words.legend_title, loc="upper left",
               bbox_to_anchor=(0.03, (foot_h + legend_h) / h_in - 0.004), ncol=ncol_l, frameon=False,
               title_fontsize=8.5, alignment="left", handlelength=1.6, handleheight=1.1, columnspacing=1.4,
               prop={"family": FONT, "size": 7.5})
    _footer(fig, words, width_chars=int(w_in * 17), y=(foot_h - 0.08) / h_in)
    return fig


def to_png(fig: Figure, words: PrintText) -> bytes:
    """The figure as PNG bytes, with the title, source and attribution also in the file's metadata; the figure
    is a plain ``Figure`` (no pyplot registry), so nothing is left to close."""
    buf = io.BytesIO()
    meta = {"Title": words.title, "Description": words.subtitle, "Source": words.source,
            "Copyright": words.attribution, "Software": "Kota Cerdas"}
    fig.savefig(buf, format="png", dpi=DPI, metadata=meta, facecolor="white")
    return buf.getvalue()
