"""Drawing figures on a page: :func:`show_figure` is the one way pages show a plotly figure.

It stretches the chart to the container and, on screen, :func:`screen_style` makes it read at any width, a
phone's 360 px included: the title wraps onto lines instead of running off the edge, the legend sits under the
plot (not over the title), bar labels go inside long bars instead of being cut at the edge, and plotly's
floating mode bar (which covered titles on touch screens) gives way to a visible "Download chart (PNG)" button
under the chart (ui/chart_image.py: the browser saves the chart at twice the screen resolution, with its full
title). In presenter mode (``?present=1``) the figure is restyled for a projector instead: white background,
black text, large fonts, thick lines, a high-contrast colour-blind-safe palette (Okabe–Ito without its yellow).
Both styles are pure functions of the figure, so tests inspect what a screen or a slide shows.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import pickle
import re
import types
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import plotly.graph_objects as go
import streamlit as st

from . import data, presenter
from .i18n import current_language, t
from .messages import MESSAGES
from .plotly_element import plotly_element

CHART_CONFIG: dict[str, Any] = {"toImageButtonOptions": {"format": "png", "scale": 2}, "displaylogo": False}
SCREEN_CONFIG: dict[str, Any] = {**CHART_CONFIG, "displayModeBar": False}   # the PNG button replaces it
TITLE_WRAP = 40        # characters per title line: fits a phone's chart width (≈ 330 px at the title's size)
AXIS_TITLE_WRAP = 36   # characters per axis-title line (centred under a plot narrower than the chart)
LEGEND_ROW_PX = 21     # one legend entry's line
TICKS_PX = 45          # x tick labels, upright on a narrow screen
AXIS_TITLE_LINE_PX = 22
INSIDE_SHARE = 0.55    # a horizontal bar at least this share of the axis holds its label inside
SCREEN_TITLE_SIZE = 16 # px: the on-screen chart title (plotly's default would be 18 with the 13 px body font)
HEATMAP_ROW_PX = 48    # a heatmap row with names below the plot: room for a row name wrapped onto three lines

# Okabe–Ito ordered for contrast on white; the yellow (#F0E442, 1.2:1 on white) is left out
PRESENTER_COLOURS = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#000000", "#E69F00", "#56B4E9"]
PRESENTER_FONT = dict(family="Source Sans Pro, Source Sans 3, Arial, sans-serif", size=22, color="#000000")
PRESENTER_LINE_WIDTH = 4
PRESENTER_MIN_MARKER = 10
_AXIS = dict(showline=True, linecolor="#000000", linewidth=2, gridcolor="#D9D9D9", zerolinecolor="#7F7F7F",
             tickfont=dict(size=20, color="#000000"), title=dict(font=dict(size=22, color="#000000")),
             ticks="outside", tickcolor="#000000")

PRESENTER_TEMPLATE = go.layout.Template(
    layout=dict(
        font=PRESENTER_FONT,
        title=dict(font=dict(size=28, color="#000000")),
        paper_bgcolor="#FFFFFF", plot_bgcolor="#FFFFFF",
        colorway=PRESENTER_COLOURS,
        xaxis=_AXIS, yaxis=_AXIS,
        legend=dict(font=dict(size=20, color="#000000"), bgcolor="rgba(255,255,255,0.9)"),
        hoverlabel=dict(font=dict(size=20)),
        coloraxis=dict(colorbar=dict(tickfont=dict(size=20, color="#000000"))),
        geo=dict(bgcolor="#FFFFFF", landcolor="#F2F2F2", showland=True, coastlinecolor="#000000",
                 countrycolor="#4D4D4D"),
        margin=dict(l=70, r=30, t=70, b=60),
    ),
    data=dict(
        scatter=[go.Scatter(line=dict(width=PRESENTER_LINE_WIDTH), marker=dict(size=12))],
        bar=[go.Bar(marker=dict(line=dict(color="#000000", width=1.5)))],
    ),
)


def presenter_style(fig: go.Figure) -> go.Figure:
    """A copy of ``fig`` restyled for a projector (``fig`` itself is left as it is).

    Explicit settings a figure builder made win over a template, so fonts are raised to at least the
    presenter sizes, backgrounds forced to white, text to black and lines to ``PRESENTER_LINE_WIDTH``.
    Trace colours the builder chose (already colour-blind safe, viz/palette.py) are kept."""
    out = go.Figure(fig)
    out.update_layout(template=PRESENTER_TEMPLATE, paper_bgcolor="#FFFFFF", plot_bgcolor="#FFFFFF")
    lay = out.layout
    lay.font.size = max(lay.font.size or 0, PRESENTER_FONT["size"])
    lay.font.color = "#000000"
    if lay.title and lay.title.text:
        lay.title.font.size = max(lay.title.font.size or 0, 28)
        lay.title.font.color = "#000000"
        lay.title.automargin = True        # the larger title must not run into top tick labels or the legend
    lay.legend.font.size = max(lay.legend.font.size or 0, 20)
    lay.legend.font.color = "#000000"

    def _axis(ax) -> None:
        if hasattr(ax, "automargin"):
            ax.automargin = True           # larger tick labels push the margins instead of being cut off
        ax.tickfont.size = max(ax.tickfont.size or 0, 20)
        ax.tickfont.color = "#000000"
        if getattr(ax, "title", None) is not None:
            ax.title.font.size = max(ax.title.font.size or 0, 22)
            ax.title.font.color = "#000000"

    if any(getattr(ax.title, "text", None) for ax in out.select_yaxes()):
        lay.margin.l = max(lay.margin.l or 0, 90)      # room for the rotated y-axis title
    out.for_each_xaxis(_axis)
    out.for_each_yaxis(_axis)
    out.for_each_polar(lambda p: (_axis(p.radialaxis), _axis(p.angularaxis)))
    for ann in lay.annotations or ():
        ann.font.size = max(ann.font.size or 0, 20)
        if ann.font.color is None:
            ann.font.color = "#000000"
    for tr in out.data:
        mode = getattr(tr, "mode", None) or ""
        line = getattr(tr, "line", None)
        if line is not None and tr.type in ("scatter", "scattergl", "scatterpolar", "scattergeo") \
                and ("lines" in mode or not mode):
            line.width = max(line.width or 0, PRESENTER_LINE_WIDTH)
        marker = getattr(tr, "marker", None)
        if marker is not None and tr.type in ("scatter", "scattergl", "scatterpolar") \
                and isinstance(marker.size, (int, float)):
            marker.size = max(marker.size, PRESENTER_MIN_MARKER)
        if tr.type in ("box", "violin") and tr.line is not None:
            tr.line.width = max(tr.line.width or 0, 3)
        textfont = getattr(tr, "textfont", None)
        if textfont is not None and isinstance(textfont.size, (int, float)):
            textfont.size = max(textfont.size, 18)
        elif textfont is not None and tr.type == "heatmap" and (tr.texttemplate or tr.text is not None):
            textfont.size = 18             # cell labels (rows are at least 30 px high, see below)
        elif textfont is not None and tr.type == "bar" and (tr.texttemplate or tr.text is not None):
            textfont.size = 18             # value labels on bars
        colorbar = getattr(tr, "colorbar", None)
        if colorbar is not None and tr.type in ("choropleth", "heatmap", "scattergeo"):
            colorbar.tickfont.size = max(colorbar.tickfont.size or 0, 20)
    # radar charts: the larger pillar names need room above (title), below (legend) and at the sides
    if any(tr.type in ("scatterpolar", "barpolar") for tr in out.data):
        m = lay.margin
        m.t, m.b = max(m.t or 0, 120), max(m.b or 0, 130)
        m.l, m.r = max(m.l or 0, 150), max(m.r or 0, 150)
        lay.height = max(lay.height or 450, 620)
        if lay.legend.orientation == "h" and (lay.legend.y is not None and lay.legend.y < 0.5):
            lay.legend.y = min(lay.legend.y, -0.14)

    # tick labels above the plot (heatmaps with side="top"): the title goes to the very top and the margin holds
    # the title plus every line of the (possibly <br>-wrapped) labels
    if any(getattr(ax, "side", None) == "top" for ax in out.select_xaxes()):
        lines = max((str(v).count("<br>") + 1 for tr in out.data if getattr(tr, "x", None) is not None
                     for v in tr.x if v is not None), default=1)
        if lay.title and lay.title.text:
            lay.title.update(yref="container", y=1, yanchor="top", pad=dict(t=8))
        lay.margin.t = max(lay.margin.t or 0, 60 + 28 * lines + 20)

    # a tall categorical heatmap (provinces × pillars): one readable row per category
    rows = max((len(set(tr.y)) for tr in out.data if tr.type == "heatmap" and tr.y is not None), default=0)
    if rows and lay.height:
        lay.height = max(lay.height, 30 * rows + 220)
    return out


def wrap_title(text: str, width: int = TITLE_WRAP) -> str:
    """``text`` broken at spaces into lines of at most ``width`` characters (plotly's ``<br>``); an existing
    ``<br>`` is kept as a break, a single longer word stays whole."""
    lines: list[str] = []
    for part in str(text).split("<br>"):
        line = ""
        for word in part.split():
            if line and len(line) + 1 + len(word) > width:
                lines.append(line)
                line = word
            else:
                line = f"{line} {word}" if line else word
        lines.append(line)
    return "<br>".join(lines)


_AXIS_KEY = re.compile(r"[xy]axis\d*")


def _axes(layout: dict, letter: str) -> list[dict]:
    """The layout's ``xaxis``/``xaxis2``/… (or y) dicts, the first one created when missing (plotly's
    ``update_xaxes`` reaches it too)."""
    layout.setdefault(f"{letter}axis", {})
    return [v for k, v in layout.items() if k[0] == letter and _AXIS_KEY.fullmatch(k) and isinstance(v, dict)]


def _values(v) -> list:
    """A trace array from ``fig.to_dict()``: a list, or plotly's typed array (``{"dtype", "bdata"}``)."""
    if isinstance(v, dict) and "bdata" in v:
        arr = np.frombuffer(base64.b64decode(v["bdata"]), dtype=np.dtype(v["dtype"]))
        return arr.reshape([int(n) for n in str(v["shape"]).split(",")]).tolist() if v.get("shape") else arr.tolist()
    return list(v)


def _legend_entries(spec: dict) -> int:
    return sum(1 for tr in spec.get("data", []) if tr.get("showlegend") is not False and tr.get("name"))


def _legend_room(layout: dict, entries: int) -> None:
    """The bottom margin for a legend under the plot (see :func:`screen_style`)."""
    if layout.get("legend", {}).get("yref") != "container":
        return
    title = str((layout.get("xaxis", {}).get("title") or {}).get("text") or "")
    lines = title.count("<br>") + 1 if title else 0
    margin = layout.setdefault("margin", {})
    margin["b"] = max(margin.get("b") or 0, TICKS_PX + AXIS_TITLE_LINE_PX * lines + LEGEND_ROW_PX * max(entries, 1) + 8)


def _heatmap_labels(lay: dict, data: list) -> None:
    """A heatmap's column names on one line each, level where the columns are wide and standing upright where
    they are narrow (a phone: wrapped level names ran into each other there). Above the plot (``side="top"``)
    the title goes to the top of the figure and the top margin holds it plus the names standing; below it the
    axis's automargin makes the room."""
    heatmaps = [tr for tr in data if tr.get("type") == "heatmap" and tr.get("x") is not None]
    if not heatmaps:
        return
    longest = 0
    for tr in heatmaps:
        tr["x"] = [v.replace("<br>", " ") if isinstance(v, str) else v for v in _values(tr["x"])]
        longest = max([longest, *(len(str(v)) for v in tr["x"] if v is not None)])
    for ax in _axes(lay, "x"):
        ax.pop("tickangle", None)
        ax["autotickangles"] = [0, 90]
    top_axes = [ax for ax in _axes(lay, "x") if ax.get("side") == "top"]
    if not top_axes:
        # below the plot the names' room comes out of the figure's height: grow it by the longest name standing
        # so each row keeps HEATMAP_ROW_PX (Indonesian pillar names on a correlation matrix had left 25 px rows,
        # their wrapped row names running into each other)
        size = max(((ax.get("tickfont") or {}).get("size") or 12) for ax in _axes(lay, "x"))
        rows = max((len(_values(tr["y"])) for tr in heatmaps if tr.get("y") is not None), default=0)
        lay["height"] = max(lay.get("height") or 0, HEATMAP_ROW_PX * rows + 140 + round(0.6 * size * longest))
        return
    size = max(((ax.get("tickfont") or {}).get("size") or 12) for ax in top_axes)
    title = lay.get("title") or {}
    lines, line = 0, 0
    if title.get("text"):
        # plotly anchors a multi-line title's first line at the top, so the pad moves the block down by the rest
        lines = str(title["text"]).count("<br>") + 1
        line = round(1.3 * ((title.get("font") or {}).get("size") or SCREEN_TITLE_SIZE))
        title.update(yref="container", y=1, yanchor="top", pad=dict(t=8 + line * (lines - 1)))
    margin = lay.setdefault("margin", {})
    margin["t"] = max(margin.get("t") or 0, 8 + line * lines + 12 + round(0.6 * size * longest))


def screen_layout(spec: dict) -> dict:
    """:func:`screen_style` on a figure's dict (``fig.to_dict()``), in place; returns it. Plain dicts: plotly's
    property objects validate every read and write, which made this take ≈ 25 ms a chart."""
    lay = spec.setdefault("layout", {})
    data = spec.get("data", [])
    title = lay.get("title") or {}
    if title.get("text"):
        text = str(title["text"])
        wrapped = wrap_title(text)
        extra = wrapped.count("<br>") - text.count("<br>")
        if extra > 0:
            title["text"] = wrapped
            margin = lay.setdefault("margin", {})
            margin["t"] = (margin["t"] if margin.get("t") is not None else 60) + 20 * extra
            # plotly anchors a multi-line title's *first* line at a "top" anchor, so the lines above the last
            # run off the top edge: let plotly centre it in the top margin instead (not above top-side ticks)
            if not any(ax.get("side") == "top" for ax in _axes(lay, "x")):
                for k in ("y", "yanchor", "yref"):
                    title.pop(k, None)
        title.setdefault("font", {})
        title["font"]["size"] = title["font"].get("size") or SCREEN_TITLE_SIZE
        lay["title"] = title
    _heatmap_labels(lay, data)
    # a horizontal legend above the plot, or below it at a paper height (which lands on the x-axis title once the
    # ticks turn upright or the title wraps), goes to the bottom of the figure
    entries = _legend_entries(spec)
    legend = lay.get("legend") or {}
    drawn = lay.get("showlegend") is True or (lay.get("showlegend") is None and entries > 1)
    y = legend.get("y")
    if drawn and legend.get("orientation") == "h" and (y is None or y >= 1 or y < 0):
        legend.update(yref="container", y=0, yanchor="bottom", x=0, xanchor="left")
        lay["legend"] = legend
    # the x axis's automargin makes room for its ticks and title *or* the margin, not both: the margin holds the
    # ticks (turned upright on a narrow screen: up to ≈ 45 px), each line of the x-axis title, and a row per
    # legend entry (a phone stacks them); long tick labels push the margin instead of being cut at the edge
    for ax in [*_axes(lay, "x"), *_axes(lay, "y")]:
        ax["automargin"] = True
        t_ = ax.get("title") or {}
        if t_.get("text") and len(str(t_["text"])) > AXIS_TITLE_WRAP:     # a long axis title on lines
            t_["text"] = wrap_title(str(t_["text"]), AXIS_TITLE_WRAP)
    _legend_room(lay, entries)
    rng = lay.get("xaxis", {}).get("range")
    for tr in data:
        if tr.get("type") == "bar" and tr.get("orientation") == "h" and tr.get("textposition") == "outside" \
                and tr.get("x") is not None:
            values = _values(tr["x"])
            xs = [abs(float(v)) for v in values if v is not None]
            top = (rng[1] if rng else None) or max(xs, default=0)
            if top:
                tr["textposition"] = ["inside" if v is not None and abs(float(v)) >= INSIDE_SHARE * top
                                      else "outside" for v in values]
                tr["insidetextanchor"] = "end"
    return spec


def screen_style(fig: go.Figure) -> go.Figure:
    """A copy of ``fig`` laid out to read at any width (``fig`` is left as it is): the title wrapped
    (:func:`wrap_title`, the top margin grown by a line for each extra line), a horizontal legend above the plot
    moved under it (below the x-axis title, the bottom margin making room), and the labels of horizontal bars
    put inside the bars longer than ``INSIDE_SHARE`` of the axis and outside the shorter ones, so the longest
    bar's label is not cut at the chart's edge on a narrow screen; every axis makes room for its tick labels
    (``automargin``) rather than cutting a long name. Idempotent. The work is done on the figure's dict
    (:func:`screen_layout`) and the result wraps it unvalidated: it came from a validated figure."""
    return go.Figure(screen_layout(fig.to_dict()), _validate=False)


FIGURE_CACHE_ENTRIES = 512   # shown figures kept per process (each a few to a few hundred kB, pickled)


@dataclass(frozen=True)
class Chart:
    """A figure not built yet: ``builder(*args, **kwargs)``. :func:`show_figure` builds it once per distinct
    input and keeps the styled result (:func:`chart`)."""

    builder: Callable[..., go.Figure]
    args: tuple = ()
    kwargs: dict = field(default_factory=dict)

    def build(self) -> go.Figure:
        return self.builder(*self.args, **self.kwargs)


def chart(builder: Callable[..., go.Figure], *args: Any, **kwargs: Any) -> Chart:
    """``builder(*args, **kwargs)`` for :func:`show_figure`, which then builds and styles the figure only when
    that builder has not been shown these inputs before (in this process): building and validating a plotly
    figure took 20–100 ms a chart, on every run. The key is the builder, every argument's value (data frames
    and arrays by content), the language and the presenter mode; see :func:`figure_key`."""
    return Chart(builder, args, kwargs)


class Uncacheable(TypeError):
    """An argument whose value cannot be keyed: the figure is built on every run instead."""


def _feed(h, obj: Any) -> None:
    if obj is None or isinstance(obj, (bool, int, float, complex, str, bytes)):
        h.update(f"{type(obj).__name__}:{obj!r};".encode())
    elif isinstance(obj, (list, tuple)):
        h.update(f"{type(obj).__name__}[{len(obj)}:".encode())
        for x in obj:
            _feed(h, x)
        h.update(b"]")
    elif isinstance(obj, dict):
        h.update(f"dict[{len(obj)}:".encode())
        for k, v in obj.items():            # insertion order kept: it can order categories
            _feed(h, k)
            _feed(h, v)
        h.update(b"]")
    elif hasattr(obj, "__code__"):          # a function: its code, defaults and closed-over values
        code = obj.__code__
        h.update(f"fn:{obj.__module__}.{obj.__qualname__}:".encode())
        h.update(code.co_code)
        _feed(h, [c for c in code.co_consts if not hasattr(c, "co_code")])
        _feed(h, list(code.co_names))
        _feed(h, obj.__defaults__)
        _feed(h, [c.cell_contents for c in (obj.__closure__ or ())])
        owner = getattr(obj, "__self__", None)           # a bound method's instance (not a builtin's module)
        if not isinstance(owner, types.ModuleType):
            _feed(h, owner)
    else:                                   # data frames, series, arrays, numpy scalars, dataclasses …
        try:
            h.update(pickle.dumps(obj, protocol=5))
        except Exception as exc:            # noqa: BLE001 — any object pickle refuses
            raise Uncacheable(f"{type(obj).__name__} cannot be keyed") from exc


def figure_key(c: Chart, lang: str) -> str:
    """The cache key of ``c`` in ``lang``: a digest of the builder (module, name, code) and of every argument's
    value. Equal inputs give equal keys; a key never stands for two different inputs (barring a BLAKE2
    collision). Functions passed as arguments are keyed by their code and closed-over values; what they read
    from module globals is not in the key, the language aside (number formatters read it)."""
    h = hashlib.blake2b(digest_size=20)
    _feed(h, lang)
    _feed(h, c.builder)
    _feed(h, c.args)
    _feed(h, c.kwargs)
    return h.hexdigest()


def _styled(fig: go.Figure, presenting: bool) -> tuple[str, dict]:
    title = str(fig.layout.title.text or "") if fig.layout.title else ""
    return title, (presenter_style(fig) if presenting else screen_style(fig)).to_dict()


@st.cache_data(show_spinner=False, max_entries=FIGURE_CACHE_ENTRIES)
def _styled_once(version: str, key: str, presenting: bool, _chart: Chart) -> tuple[str, dict]:
    """The title and the styled figure's dict of ``_chart`` (``key``: :func:`figure_key`; ``_chart`` is not
    hashed; ``version``: the build id, like every cache, so an import or a rebuild retires the old figures).
    Each call returns its own copy."""
    return _styled(_chart.build(), presenting)


def shown_spec(fig: go.Figure | Chart, presenting: bool) -> tuple[str, dict]:
    """The figure :func:`show_figure` draws (its dict) and the chart's own title: ``fig`` styled for the screen or
    for the projector; a :class:`Chart` built and styled once per key, then read back from the cache (a copy)."""
    if isinstance(fig, Chart):
        try:
            key = figure_key(fig, current_language())
        except Uncacheable:
            fig = fig.build()
        else:
            return _styled_once(data.version(), key, presenting, fig)
    return _styled(fig, presenting)


@functools.lru_cache(maxsize=None)
def plotly_locale(lang: str) -> dict[str, Any]:
    """The chart config that makes plotly.js write its own words (a box plot's "q3:", "upper fence:", …) in
    ``lang``: an inline locale (plotly's ``locales`` option, so nothing is fetched), its dictionary from the
    message catalogue's ``plotly.<word>`` entries (``plotly.lower_fence`` → plotly's "lower fence:"). Built once per
    language (not per chart and run); callers copy it into their config and never change it."""
    words = {key[len("plotly."):].replace("_", " ") + ":": entry.get(lang) or entry["en"]
             for key, entry in MESSAGES.items() if key.startswith("plotly.")}
    return {"locale": f"kc-{lang}", "locales": {f"kc-{lang}": {"dictionary": words}}}


def show_figure(fig: go.Figure | Chart, *, key: str | None = None, image: bool = True) -> None:
    """Draw a chart with the project's settings (:mod:`ui.plotly_element`): full width, no plotly logo; on screen
    the :func:`screen_style` layout and a "Download chart (PNG)" button under the chart (``image=False``: none);
    in presenter mode the presenter style. ``fig``: a figure, or better a :func:`chart` (built and styled once
    per distinct input, not on every run). ``key``: the chart's stable name on the page, so that a new figure
    (another year) redraws the chart in place instead of mounting a new one."""
    if presenter.is_active():
        plotly_element(shown_spec(fig, True)[1], key=key,
                       config={**CHART_CONFIG, **plotly_locale(current_language())})
        return
    title, spec = shown_spec(fig, False)
    with st.container():                # the chart and its button: the button finds the chart in this block
        plotly_element(spec, key=key, config={**SCREEN_CONFIG, **plotly_locale(current_language())})
        if image:
            from .chart_image import png_button
            png_button(title=title or (key or "chart"), label=t("download.png"), lang=current_language(),
                       key=f"png-{key}" if key else None)
