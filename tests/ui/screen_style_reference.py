"""The object-based ``screen_style`` as it was before it moved to plain dicts (ui.charts.screen_layout, for
speed): kept here only as the reference the new one is checked against (tests/ui/test_screen_style.py)."""

from __future__ import annotations

import plotly.graph_objects as go

from ui.charts import AXIS_TITLE_LINE_PX, AXIS_TITLE_WRAP, INSIDE_SHARE, LEGEND_ROW_PX, SCREEN_TITLE_SIZE, TICKS_PX, wrap_title


def _legend_room(fig: go.Figure) -> None:
    """The bottom margin for a legend under the plot (see :func:`screen_style`)."""
    lay = fig.layout
    if lay.legend.yref != "container":
        return
    items = sum(1 for tr in fig.data if tr.showlegend is not False and tr.name)
    title = str(lay.xaxis.title.text or "") if lay.xaxis.title else ""
    lines = title.count("<br>") + 1 if title else 0
    lay.margin.b = max(lay.margin.b or 0, TICKS_PX + AXIS_TITLE_LINE_PX * lines + LEGEND_ROW_PX * max(items, 1) + 8)


def screen_style(fig: go.Figure, *, copy: bool = True) -> go.Figure:
    """A copy of ``fig`` laid out to read at any width (``fig`` is left as it is): the title wrapped
    (:func:`wrap_title`, the top margin grown by a line for each extra line), a horizontal legend above the plot
    moved under it (below the x-axis title, the bottom margin making room), and the labels of horizontal bars
    put inside the bars longer than ``INSIDE_SHARE`` of the axis and outside the shorter ones, so the longest
    bar's label is not cut at the chart's edge on a narrow screen; every axis makes room for its tick labels
    (``automargin``) rather than cutting a long name. ``copy=False`` restyles ``fig`` itself (show_figure: the
    figure was built for this run; a copy costs about half of the ≈ 20 ms this takes). Idempotent."""
    out = go.Figure(fig) if copy else fig
    lay = out.layout
    title = lay.title.text if lay.title else None
    if title:
        wrapped = wrap_title(title)
        extra = wrapped.count("<br>") - str(title).count("<br>")
        if extra > 0:
            lay.title.text = wrapped
            lay.margin.t = (lay.margin.t if lay.margin.t is not None else 60) + 20 * extra
            # plotly anchors a multi-line title's *first* line at a "top" anchor, so the lines above the last
            # run off the top edge: let plotly centre it in the top margin instead (not above top-side ticks)
            if not any(getattr(ax, "side", None) == "top" for ax in out.select_xaxes()):
                lay.title.update(y=None, yanchor=None, yref=None)
        lay.title.font.size = lay.title.font.size or SCREEN_TITLE_SIZE
    # (added with ui.charts._heatmap_labels) a heatmap's column names: one line each, level or upright as the
    # width allows; above the plot, the title at the top and the margin holding it plus the names standing
    heat = [tr for tr in out.data if tr.type == "heatmap" and tr.x is not None]
    if heat:
        longest = 0
        for tr in heat:
            tr.x = [v.replace("<br>", " ") if isinstance(v, str) else v for v in tr.x]
            longest = max([longest, *(len(str(v)) for v in tr.x if v is not None)])
        out.update_xaxes(tickangle=None, autotickangles=[0, 90])
        top = [ax for ax in out.select_xaxes() if getattr(ax, "side", None) == "top"]
        if top:
            size = max(ax.tickfont.size or 12 for ax in top)
            lines = line = 0
            if title:
                lines = str(lay.title.text).count("<br>") + 1
                line = round(1.3 * lay.title.font.size)
                lay.title.update(yref="container", y=1, yanchor="top", pad=dict(t=8 + line * (lines - 1)))
            lay.margin.t = max(lay.margin.t or 0, 8 + line * lines + 12 + round(0.6 * size * longest))
    legend = lay.legend
    # a horizontal legend above the plot, or below it at a paper height (which lands on the x-axis title once the
    # ticks turn upright or the title wraps), goes to the bottom of the figure
    shown_items = sum(1 for tr in out.data if tr.showlegend is not False and tr.name)
    legend_drawn = out.layout.showlegend is True or (out.layout.showlegend is None and shown_items > 1)
    if legend_drawn and legend.orientation == "h" and \
            (legend.y is None or legend.y >= 1 or legend.y < 0):
        legend.update(yref="container", y=0, yanchor="bottom", x=0, xanchor="left")
    # the x axis's automargin makes room for its ticks and title *or* the margin, not both: the margin holds the
    # ticks (turned upright on a narrow screen: up to ≈ 45 px), each line of the x-axis title, and a row per
    # legend entry (a phone stacks them)
    out.update_xaxes(automargin=True)         # long tick labels push the margin instead of being cut at the edge
    out.update_yaxes(automargin=True)
    for ax in [*out.select_xaxes(), *out.select_yaxes()]:       # a long axis title on lines, like the title
        if ax.title and ax.title.text and len(str(ax.title.text)) > AXIS_TITLE_WRAP:
            ax.title.text = wrap_title(str(ax.title.text), AXIS_TITLE_WRAP)
    _legend_room(out)
    for tr in out.data:
        if tr.type == "bar" and tr.orientation == "h" and tr.textposition == "outside" and tr.x is not None:
            xs = [abs(float(v)) for v in tr.x if v is not None]
            top = (lay.xaxis.range[1] if lay.xaxis.range else None) or max(xs, default=0)
            if top:
                tr.textposition = ["inside" if v is not None and abs(float(v)) >= INSIDE_SHARE * top
                                   else "outside" for v in tr.x]
                tr.insidetextanchor = "end"
    return out
