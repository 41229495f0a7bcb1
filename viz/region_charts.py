"""Plotly figures of the Region profile, Compare and ASCN pages: pillar radar, maturity trends, IMD ranks.

Pure: each takes the frame the page shows (and offers as CSV) plus translated ``labels``, and returns a
``go.Figure``. ``separators`` is Plotly's ``layout.separators`` (``".,"`` English, ``",."`` Indonesian).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from .charts import PILLAR_WRAP, number_text
from .charts import wrap as _wrap
from .palette import LEVEL_COLOURS, OKABE_ITO

FONT = dict(family="Source Sans Pro, Arial, sans-serif", size=13)
SCORE_RANGE = (0.0, 4.0)
PILOT_LABEL_WRAP = 26        # characters per line of a pilot unit's name
MEDIAN_COLOURS = {"province": OKABE_ITO[1], "national": "#616161"}  # orange, grey
SERIES_COLOURS = [OKABE_ITO[i] for i in (0, 5, 2, 3, 4, 1)]      # blue, vermillion, green, purple, sky, orange


def _layout(fig: go.Figure, title: str, separators: str, height: int, **kw) -> go.Figure:
    """Shared look; the legend goes above the plot area, under the title (clear of the x-axis title)."""
    fig.update_layout(title=dict(text=title, x=0, xanchor="left", y=0.98, yanchor="top"), separators=separators,
                      font=FONT, height=height, margin=dict(l=70, r=70, t=95, b=40),
                      legend=dict(orientation="h", yanchor="bottom", y=1.02, xanchor="left", x=0), **kw)
    return fig


def _polar(scale: tuple[float, float] = SCORE_RANGE, spokes: int = 6) -> dict:
    """Polar axes on ``scale`` (the 0–4 evaluation scale, or 0–100 for the open-statistics pillars), the first
    pillar at the top and the others clockwise; the scale's numbers run half-way between the first two pillars
    (``spokes`` of them), not up the first one, where they sat on its name and its data line."""
    return dict(radialaxis=dict(range=list(scale), dtick=1 if scale[1] <= 4 else 20, angle=90 - 180 / max(spokes, 1),
                                tickfont=dict(size=11)),
                angularaxis=dict(direction="clockwise", rotation=90))


def _radar_legend(fig: go.Figure) -> None:
    """Radar charts have no x-axis: the legend goes below, and wide side margins keep the pillar names in."""
    fig.update_layout(legend=dict(orientation="h", yanchor="top", y=-0.06, xanchor="center", x=0.5),
                      margin=dict(l=100, r=100, t=110, b=70))     # top: the title, then the top pillar's name


def _closed(values: Sequence) -> list:
    values = list(values)
    return values + values[:1]


def pillar_radar(comparison: pd.DataFrame, pillar_names: Mapping[str, str], labels: Mapping[str, str], *,
                 separators: str = ".,", height: int = 430, scale: tuple[float, float] = SCORE_RANGE) -> go.Figure:
    """A region's pillar scores (filled) against its province's and the national medians (dashed lines).

    ``comparison``: analytics.summaries.profile.pillar_comparison (pillar, score, province_median, national_median, …).
    ``labels``: title, region, province, national (trace names), score (hover)."""
    theta = _closed([_wrap(pillar_names.get(p, p), PILLAR_WRAP) for p in comparison["pillar"]])
    fig = go.Figure()
    for col, name, colour, dash in (("national_median", labels["national"], MEDIAN_COLOURS["national"], "dot"),
                                    ("province_median", labels["province"], MEDIAN_COLOURS["province"], "dash")):
        fig.add_trace(go.Scatterpolar(r=_closed(comparison[col].astype(float)), theta=theta, name=name,
                                      mode="lines+markers", line=dict(color=colour, dash=dash, width=2),
                                      marker=dict(size=5), hovertemplate="%{theta}: %{r:.2f}<extra>" + name
                                      + "</extra>"))
    fig.add_trace(go.Scatterpolar(r=_closed(comparison["score"].astype(float)), theta=theta, name=labels["region"],
                                  mode="lines+markers", fill="toself", line=dict(color=SERIES_COLOURS[0], width=3),
                                  fillcolor="rgba(0,114,178,0.18)", marker=dict(size=7),
                                  hovertemplate="%{theta}: %{r:.2f}<extra>" + labels["region"] + "</extra>"))
    _layout(fig, labels["title"], separators, height,
            polar=_polar(scale, len(comparison)))
    _radar_legend(fig)
    return fig


def radar_overlay(wide: pd.DataFrame, pillars: Sequence[str], pillar_names: Mapping[str, str], title: str, *,
                  name_col: str = "name", separators: str = ".,", height: int = 460,
                  scale: tuple[float, float] = SCORE_RANGE) -> go.Figure:
    """One radar line per row of ``wide`` (a maturity_summary slice: name + pillar columns), up to six."""
    theta = _closed([_wrap(pillar_names.get(p, p), PILLAR_WRAP) for p in pillars])
    fig = go.Figure()
    for i, (_, row) in enumerate(wide.iterrows()):
        colour = SERIES_COLOURS[i % len(SERIES_COLOURS)]
        fig.add_trace(go.Scatterpolar(r=_closed(row[list(pillars)].astype(float)), theta=theta, name=str(row[name_col]),
                                      mode="lines+markers", line=dict(color=colour, width=2.5), marker=dict(size=6),
                                      hovertemplate="%{theta}: %{r:.2f}<extra>" + str(row[name_col]) + "</extra>"))
    _layout(fig, title, separators, height,
            polar=_polar(scale, len(pillars)))
    _radar_legend(fig)
    return fig


def trend_chart(trend: pd.DataFrame, labels: Mapping[str, str], *, value: str = "index_100",
                separators: str = ".,", height: int = 400) -> go.Figure:
    """Maturity over the evaluation years, one line per region (analytics.summaries.profile.trend_summary).

    ``value``: ``index_100`` (0–100, with the maturity-level bands shaded) or ``rank_national`` (reversed axis:
    1 at the top). ``labels``: title, x, y, level.<code> (band names, for index_100)."""
    fig = go.Figure()
    if value == "index_100":
        for lo, (code, colour) in zip(range(0, 100, 20), LEVEL_COLOURS.items()):
            fig.add_hrect(y0=lo, y1=lo + 20, fillcolor=colour, opacity=0.07, line_width=0, layer="below",
                          annotation_text=labels.get(f"level.{code}", ""), annotation_position="top left",
                          annotation_font=dict(size=10, color="#616161"))
    for i, (code, g) in enumerate(trend.groupby("code", sort=False)):
        g = g.sort_values("year")
        name = str(g["name"].iloc[0])
        y = g[value].astype(float)
        extra = "" if value == "rank_national" else " · " + labels.get("rank", "#") + " %{customdata}"
        fig.add_trace(go.Scatter(x=g["year"], y=y, name=name, mode="lines+markers",
                                 line=dict(color=SERIES_COLOURS[i % len(SERIES_COLOURS)], width=2.5),
                                 marker=dict(size=8), customdata=g["rank_national"].astype("Float64").to_numpy(),
                                 hovertemplate="%{x}: %{y:.1f}" + extra + "<extra>" + name + "</extra>"))
    yaxis = dict(title=labels["y"], rangemode="tozero")
    if value == "index_100":
        yaxis.update(range=[0, 100], dtick=20)
    else:
        yaxis.update(autorange="reversed")
    years = sorted(trend["year"].unique()) if not trend.empty else []
    _layout(fig, labels["title"], separators, height, xaxis=dict(title=labels["x"], tickmode="array",
                                                                   tickvals=years, tickformat="d"), yaxis=yaxis)
    return fig


IMD_NOTE_DROP_PX = 58     # the IMD chart's missing-rank note: below the tick labels (≈ 20 px) and the axis title


def imd_chart(imd: pd.DataFrame, labels: Mapping[str, str], *, separators: str = ".,",
              height: int = 380) -> go.Figure:
    """IMD Smart City Index rank per edition, one line per city (reversed axis: 1 at the top). A missing rank
    is a gap in the line (not interpolated); ``labels['missing']`` is added below the chart naming them."""
    fig = go.Figure()
    for i, (city, g) in enumerate(imd.groupby("city", sort=False)):
        g = g.sort_values("year")
        rank = g["rank"].astype("Float64").to_numpy(dtype=float, na_value=np.nan)
        of = g["cities_ranked"].astype("Float64").to_numpy(dtype=float, na_value=np.nan)
        of_txt = [labels["of"].format(n=int(n)) if not np.isnan(n) else labels["of_unknown"] for n in of]
        fig.add_trace(go.Scatter(x=g["year"], y=rank, name=str(city), mode="lines+markers", connectgaps=False,
                                 line=dict(color=SERIES_COLOURS[i % len(SERIES_COLOURS)], width=2.5),
                                 marker=dict(size=9), customdata=of_txt,
                                 hovertemplate="%{x}: %{y} %{customdata}<extra>" + str(city) + "</extra>"))
    years = sorted(int(y) for y in imd["year"].unique()) if not imd.empty else []
    missing = imd[imd["rank"].isna()]
    note = ""
    if not missing.empty:
        note = labels["missing"].format(items=", ".join(f"{c} {int(y)}" for c, y in zip(missing["city"], missing["year"])))
    _layout(fig, labels["title"], separators, height, xaxis=dict(title=labels["x"], tickmode="array",
                                                                   tickvals=years, tickformat="d"),
            yaxis=dict(title=labels["y"], autorange="reversed"))
    if note:   # under the x-axis title, clear of the legend above the plot: a fixed distance in pixels from the
        # plot's bottom (ticks ≈ 20 px, then the axis title), not a share of a plot whose height varies by screen
        fig.add_annotation(text=note, xref="paper", yref="paper", x=0, y=0, yshift=-IMD_NOTE_DROP_PX,
                           xanchor="left", yanchor="top", showarrow=False, font=dict(size=11, color="#616161"))
        fig.update_layout(margin=dict(b=90))
    return fig


def ascn_count_chart(counts: pd.DataFrame, labels: Mapping[str, str], *, year: int | None = None,
                     separators: str = ".,", height: int = 320) -> go.Figure:
    """Network size per year: computed from the city list (bars) and the reported figure (diamonds, only the
    years with a report). ``year`` is highlighted."""
    colours = [OKABE_ITO[0] if year is None or int(y) == int(year) else "#9ECAE1" for y in counts["year"]]
    fig = go.Figure(go.Bar(x=counts["year"], y=counts["cities"], name=labels["computed"], marker_color=colours,
                           text=counts["cities"], textposition="inside", insidetextanchor="middle",
                           textfont=dict(color="#FFFFFF"),
                           hovertemplate="%{x}: %{y}<extra>" + labels["computed"] + "</extra>"))
    rep = counts[counts["reported"].notna()]
    fig.add_trace(go.Scatter(x=rep["year"], y=rep["reported"].astype(float), name=labels["reported"], mode="markers",
                             marker=dict(symbol="diamond", size=13, color=OKABE_ITO[1],
                                         line=dict(color="#000000", width=1)),
                             hovertemplate="%{x}: %{y}<extra>" + labels["reported"] + "</extra>"))
    top = float(max(counts["cities"].max(), rep["reported"].max() if not rep.empty else 0))
    _layout(fig, labels["title"], separators, height, xaxis=dict(title=labels["x"], tickformat="d", dtick=1),
            yaxis=dict(title=labels["y"], range=[0, top * 1.18]))
    return fig


def pilot_chart(pilots: pd.DataFrame, national: Mapping[str, float], labels: Mapping[str, str], *,
                separators: str = ".,", height: int = 340) -> go.Figure:
    """The maturity index (0–100) of Indonesia's ASCN pilot regions as horizontal bars coloured by level, with
    the national median (line) and interquartile range (band) of all evaluated participants. Units without an
    evaluation get no bar; their label says so (``labels['not_evaluated']``)."""
    p = pilots.reset_index(drop=True)
    # long unit names ("Kota Administrasi Kepulauan Seribu (Jakarta)") on two lines, not cut at a phone's edge
    ylab = [_wrap(f"{n} ({c})", PILOT_LABEL_WRAP) for n, c in zip(p["name"], p["city"])]
    height = max(height, 40 * len(p) + 130)
    val = p["index_100"].astype(float)
    colours = [LEVEL_COLOURS.get(l, "#BDBDBD") if isinstance(l, str) else "#BDBDBD" for l in p["level"]]
    text = [labels["value"].format(value=number_text(v, 1, separators)) if not np.isnan(v) else labels["not_evaluated"]
            for v in val]
    fig = go.Figure(go.Bar(x=val.fillna(0), y=ylab, orientation="h", marker=dict(color=colours,
                                                                                   line=dict(color="#424242", width=1)),
                           text=[x if not np.isnan(v) else "" for x, v in zip(text, val)], customdata=text,
                           textposition="outside", cliponaxis=False, name=labels["pilots"],
                           hovertemplate="%{y}: %{customdata}<extra></extra>"))
    # "not evaluated" on a white ground at the axis: the median line and band (under it on a phone's narrow
    # plot) pass behind the words instead of through them
    for y, v, words in zip(ylab, val, text):
        if np.isnan(v):
            fig.add_annotation(x=0, y=y, xref="x", yref="y", text=words, showarrow=False, xanchor="left",
                               xshift=2, bgcolor="rgba(255,255,255,0.92)", font=dict(size=12, color="#616161"))
    if national.get("n"):
        fig.add_vrect(x0=national["q1"], x1=national["q3"], fillcolor="#9E9E9E", opacity=0.18, line_width=0,
                      layer="below")
        fig.add_vline(x=national["median"], line=dict(color="#424242", dash="dash", width=2),
                      annotation_text=labels["median"], annotation_position="top",
                      annotation_font=dict(size=11, color="#424242"))
    _layout(fig, labels["title"], separators, height, xaxis=dict(title=labels["x"], range=[0, 110], dtick=20),
            yaxis=dict(autorange="reversed"), showlegend=False)
    fig.update_layout(margin=dict(l=10, r=40, t=80, b=40))
    return fig
