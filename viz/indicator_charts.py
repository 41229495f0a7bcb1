"""Plotly figures of the Indicator explorer and the equity analysis (real BPS / Kemendes data).

Pure: each takes the frame the page shows (and offers as CSV), translated ``labels`` and Plotly
``separators`` (``".,"`` English, ``",."`` Indonesian), and returns a ``go.Figure``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from .charts import number_text as _num
from .palette import NON_PARTICIPANT_COLOUR, OKABE_ITO, PARTICIPANT_COLOUR

FONT = dict(family="Source Sans Pro, Arial, sans-serif", size=13)
SERIES = [OKABE_ITO[i] for i in (0, 5, 2, 3, 4, 1)]


def _base(fig: go.Figure, title: str, separators: str, height: int, *, legend_below: bool = False,
          **layout) -> go.Figure:
    """Shared look: the title at the top left; the legend under the title (clear of it), or below the x-axis
    title when ``legend_below`` (charts whose legend is long)."""
    legend = (dict(orientation="h", yanchor="top", y=-0.2, xanchor="left", x=0) if legend_below
              else dict(orientation="h", yanchor="bottom", y=1.02, xanchor="left", x=0))
    fig.update_layout(title=dict(text=title, x=0, xanchor="left", y=0.98, yanchor="top"), separators=separators,
                      font=FONT, height=height,
                      margin=dict(l=10, r=20, t=95 if not legend_below else 60, b=10 if not legend_below else 110),
                      legend=legend, **layout)
    return fig


def _fmt(decimals: int) -> str:
    return f",.{decimals}f"


# ---------------------------------------------------------------------------------------------- explorer
def value_histogram(ranking: pd.DataFrame, labels: Mapping[str, str], *, decimals: int = 1,
                    separators: str = ".,", height: int = 380) -> go.Figure:
    """The national distribution of one indicator in one year: stacked histogram of participants and
    non-participants (``ranking``: indicators.indicator_ranking rows), with the median of all as a line.
    ``labels``: title, x, y, participants, others, median."""
    fig = go.Figure()
    part = ranking["participant"].to_numpy(dtype=bool)
    x = ranking["value"].to_numpy(dtype=float)
    for sel, name, colour in ((part, labels["participants"], PARTICIPANT_COLOUR),
                              (~part, labels["others"], NON_PARTICIPANT_COLOUR)):
        fig.add_histogram(x=x[sel], name=name, marker_color=colour, nbinsx=40, opacity=0.9,
                          hovertemplate="%{x}: %{y}<extra>" + name + "</extra>")
    if len(x):
        med = float(np.median(x))
        fig.add_vline(x=med, line=dict(color="#000000", dash="dash", width=2),
                      annotation_text=f"{labels['median']}: {_num(med, decimals, separators)}", annotation_position="top right",
                      annotation_font=dict(size=12))
    fig.update_xaxes(title=labels["x"])
    fig.update_yaxes(title=labels["y"])
    return _base(fig, labels["title"], separators, height, barmode="stack", bargap=0.05)


def province_bars(prov: pd.DataFrame, labels: Mapping[str, str], *, direction: int = 1, decimals: int = 1,
                  separators: str = ".,", row_height: int = 20) -> go.Figure:
    """Province medians of one indicator (``prov``: indicators.indicator_by_province), best at the top by the
    indicator's direction, with the min–max range as a line. Provinces without a value are listed without a
    bar. ``labels``: title, x, median, range, n."""
    d = prov.assign(_k=prov["median"].astype(float) * (1 if direction >= 0 else -1))
    d = d.sort_values(["_k", "province_name"], ascending=[True, False], na_position="first")
    y = d["province_name"].tolist()
    fig = go.Figure()
    fig.add_scatter(x=np.column_stack([d["min"], d["max"], np.full(len(d), np.nan)]).ravel(),
                    y=np.repeat(y, 3), mode="lines", line=dict(color="#9E9E9E", width=2), name=labels["range"],
                    hoverinfo="skip")
    fig.add_scatter(x=d["median"].astype(float), y=y, mode="markers", name=labels["median"],
                    marker=dict(color=OKABE_ITO[0], size=9, line=dict(color="#000", width=0.5)),
                    customdata=np.column_stack([d["n"], d["min"], d["max"]]),
                    hovertemplate=("<b>%{y}</b><br>" + labels["median"] + ": %{x:" + _fmt(decimals) + "}<br>"
                                   + labels["range"] + ": %{customdata[1]:" + _fmt(decimals) + "}–%{customdata[2]:"
                                   + _fmt(decimals) + "}<br>" + labels["n"] + ": %{customdata[0]}<extra></extra>"))
    fig.update_xaxes(title=labels["x"])
    fig.update_yaxes(title=None, automargin=True, tickfont=dict(size=11), type="category",
                     categoryorder="array", categoryarray=y)
    return _base(fig, labels["title"], separators, max(360, row_height * len(d) + 110))


def trend_lines(trend: pd.DataFrame, national: pd.DataFrame, labels: Mapping[str, str], *, decimals: int = 1,
                separators: str = ".,", height: int = 420) -> go.Figure:
    """One line per chosen region (``trend``: indicators.indicator_trend) over the national median and
    interquartile band (``national``: indicators.national_trend). Missing years are gaps. ``labels``: title, x,
    y, median, band."""
    fig = go.Figure()
    nat = national.sort_values("year")
    fig.add_scatter(x=np.r_[nat["year"], nat["year"][::-1]], y=np.r_[nat["q3"], nat["q1"][::-1]], fill="toself",
                    fillcolor="rgba(158,158,158,0.25)", line=dict(width=0), name=labels["band"], hoverinfo="skip")
    fig.add_scatter(x=nat["year"], y=nat["median"], mode="lines", line=dict(color="#616161", dash="dash", width=2),
                    name=labels["median"], hovertemplate="%{x}: %{y:" + _fmt(decimals) + "}<extra>"
                    + labels["median"] + "</extra>")
    for i, (code, g) in enumerate(trend.groupby("code", sort=False)):
        g = g.sort_values("year")
        years = np.arange(int(g["year"].min()), int(g["year"].max()) + 1)
        vals = g.set_index("year")["value"].reindex(years)          # a missing year stays a gap
        name = str(g["name"].iloc[0])
        fig.add_scatter(x=years, y=vals.to_numpy(dtype=float), mode="lines+markers", connectgaps=False, name=name,
                        line=dict(color=SERIES[i % len(SERIES)], width=2.5), marker=dict(size=7),
                        hovertemplate="%{x}: %{y:" + _fmt(decimals) + "}<extra>" + name + "</extra>")
    fig.update_xaxes(title=labels["x"], dtick=1, tickformat="d")
    fig.update_yaxes(title=labels["y"])
    return _base(fig, labels["title"], separators, height, legend_below=True)


# ---------------------------------------------------------------------------------------------- equity
def quintile_reach(quintiles: pd.DataFrame, labels: Mapping[str, str], *, separators: str = ".,",
                   height: int = 460, number: Callable[[float], str] = lambda v: f"{v:.1f}") -> go.Figure:
    """Share of each HDI quintile's regions and residents the programme reaches (``quintiles``:
    equity.equity_quintiles rows of one indicator), lowest quintile first. ``labels``: title, x, y, regions,
    population, q (a format with {q}, {lo}, {hi}; ``number`` formats lo and hi in the page's language)."""
    d = quintiles.sort_values("quintile")
    x = [labels["q"].format(q=int(q), lo=number(lo), hi=number(hi))
         for q, lo, hi in zip(d["quintile"], d["value_min"], d["value_max"])]
    fig = go.Figure()
    for col, name, colour in (("region_share", labels["regions"], PARTICIPANT_COLOUR),
                              ("population_share", labels["population"], OKABE_ITO[1])):
        fig.add_bar(x=x, y=d[col].astype(float), name=name, marker_color=colour, texttemplate="%{y:.0%}",
                    textposition="outside", cliponaxis=False, hovertemplate="%{x}: %{y:.1%}<extra>" + name + "</extra>")
    fig.update_yaxes(title=labels["y"], tickformat=".0%", range=[0, 1.12])
    fig.update_xaxes(title=labels["x"], type="category")
    return _base(fig, labels["title"], separators, height, barmode="group")


def concentration_curve(curve: pd.DataFrame, labels: Mapping[str, str], *, separators: str = ".,",
                        height: int = 420) -> go.Figure:
    """The concentration curve of participation against regions ranked by HDI (``curve``:
    equity.concentration_curve), by count and by population, with the line of equality. ``labels``: title, x,
    y, regions, population, equality."""
    fig = go.Figure()
    fig.add_scatter(x=[0, 1], y=[0, 1], mode="lines", line=dict(color="#616161", dash="dot", width=1.5),
                    name=labels["equality"], hoverinfo="skip")
    for xc, yc, name, colour in (("x_regions", "y_regions", labels["regions"], PARTICIPANT_COLOUR),
                                 ("x_population", "y_population", labels["population"], OKABE_ITO[1])):
        fig.add_scatter(x=np.r_[0.0, curve[xc].astype(float)], y=np.r_[0.0, curve[yc].astype(float)], mode="lines",
                        line=dict(color=colour, width=2.5), name=name,
                        customdata=np.r_[[""], curve["name"].astype(str)],
                        hovertemplate="%{customdata}<br>%{x:.0%} → %{y:.0%}<extra>" + name + "</extra>")
    fig.update_xaxes(title=labels["x"], tickformat=".0%", range=[0, 1], constrain="domain")
    fig.update_yaxes(title=labels["y"], tickformat=".0%", range=[0, 1], scaleanchor="x", scaleratio=1)
    return _base(fig, labels["title"], separators, height + 60, legend_below=True)


def group_distribution(need: pd.DataFrame, indicator: str, labels: Mapping[str, str], *, decimals: int = 1,
                       separators: str = ".,", height: int = 360) -> go.Figure:
    """Box plots (every region a point) of one need indicator for participants and non-participants
    (``need``: equity.need_table rows in view). ``labels``: title, y, participants, others."""
    fig = go.Figure()
    for sel, name, colour in ((need["participant"], labels["participants"], PARTICIPANT_COLOUR),
                              (~need["participant"], labels["others"], NON_PARTICIPANT_COLOUR)):
        sub = need[sel.to_numpy(dtype=bool)]
        fig.add_box(y=sub[indicator].astype(float), name=name, marker_color=colour, boxpoints="all", jitter=0.45,
                    pointpos=0, marker=dict(size=4, opacity=0.55), line=dict(width=2), customdata=sub["name"],
                    hovertemplate="%{customdata}: %{y:" + _fmt(decimals) + "}<extra>" + name + "</extra>",
                    yhoverformat=_fmt(decimals))         # the box's own hover (median, quartiles) rounded alike
    fig.update_yaxes(title=labels["y"])
    return _base(fig, labels["title"], separators, height, showlegend=False)


def cohort_lines(cohorts: pd.DataFrame, labels: Mapping[str, str], *, separators: str = ".,",
                 height: int = 380) -> go.Figure:
    """Cohort by cohort: the concentration index of participation (by regions and by population) as of each
    cohort year (``cohorts``: equity.equity_cohorts), with 0 (proportional) marked. ``labels``: title, x, y,
    regions, population, zero."""
    fig = go.Figure()
    x = cohorts["cohort_year"].astype(int)
    for col, name, colour in (("concentration_index", labels["regions"], PARTICIPANT_COLOUR),
                              ("concentration_index_population", labels["population"], OKABE_ITO[1])):
        fig.add_scatter(x=x, y=cohorts[col].astype(float), mode="lines+markers", name=name,
                        line=dict(color=colour, width=2.5), marker=dict(size=8),
                        hovertemplate="%{x}: %{y:.2f}<extra>" + name + "</extra>")
    fig.add_hline(y=0, line=dict(color="#616161", dash="dot", width=1.5), annotation_text=labels["zero"],
                  annotation_position="bottom right", annotation_font=dict(size=11, color="#616161"))
    fig.update_xaxes(title=labels["x"], tickmode="array", tickvals=list(x), tickformat="d")
    fig.update_yaxes(title=labels["y"], zeroline=False)
    return _base(fig, labels["title"], separators, height)
