"""Drawing figures on a page: :func:`show_figure` is the one way pages show a plotly figure.

It stretches the chart to the container, saves it as a PNG at twice the screen resolution (the mode-bar
camera button), hides the plotly logo, and in presenter mode (``?present=1``) restyles the figure for a
projector: white background, black text, large fonts, thick lines, a high-contrast colour-blind-safe palette
(Okabe–Ito without its yellow). :func:`presenter_style` is pure, so tests inspect what a slide shows.
"""

from __future__ import annotations

from typing import Any

import plotly.graph_objects as go
import streamlit as st

from . import presenter

CHART_CONFIG: dict[str, Any] = {"toImageButtonOptions": {"format": "png", "scale": 2}, "displaylogo": False}

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


def show_figure(fig: go.Figure, *, key: str | None = None, **kwargs: Any):
    """``st.plotly_chart`` with the project's settings: full width, PNG export at 2× resolution, no plotly
    logo, and the presenter style when presenter mode is on. Extra keyword arguments (``height``,
    ``on_select``, ``selection_mode``, …) go to ``st.plotly_chart``; the return value is its return value."""
    config = {**CHART_CONFIG, **kwargs.pop("config", {})}
    kwargs.setdefault("width", "stretch")
    if presenter.is_active():
        fig = presenter_style(fig)
        kwargs["theme"] = None          # the Streamlit theme would override the presenter template
    return st.plotly_chart(fig, key=key, config=config, **kwargs)
