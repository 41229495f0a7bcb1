"""Plotly figure builders for the Overview, Pillars and Methodology pages.

Pure functions: each takes the frame a summary returned (the same frame the page offers as CSV) plus the
translated texts it needs, and returns a ``go.Figure``. No streamlit imports; tests inspect the figures.

Texts come in a ``labels`` mapping (already translated by the page). ``separators`` is Plotly's
``layout.separators`` (decimal then thousands: ``".,"`` for English, ``",."`` for Bahasa Indonesia) so numbers
on the charts follow the page's language.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from .palette import (LEVEL_COLOURS, MISSING_COLOUR, NON_PARTICIPANT_COLOUR, OKABE_ITO, PARTICIPANT_COLOUR,
                      PILLAR_COLOURS)

EN_SEPARATORS, ID_SEPARATORS = ".,", ",."
FONT = dict(family="Source Sans Pro, Arial, sans-serif", size=13)
# sequential, colour-blind safe (viridis) and diverging (blue–orange, safe for red–green deficiencies)
SEQUENTIAL = "Viridis"
DIVERGING = [[0.0, "#2166AC"], [0.25, "#92C5DE"], [0.5, "#F7F7F7"], [0.75, "#FDB863"], [1.0, "#B35806"]]
MAX_TICK_LABELS = 40
# pillar names as heatmap columns: one word a line where two words would be wider than a column
# ("Ekonomi<br>Cerdas", "Smart<br>Economy"; "Tata Kelola<br>Pemerintahan<br>Cerdas" stays three lines)
PILLAR_WRAP = 11


def number_text(value: float, decimals: int, separators: str) -> str:
    """``value`` as text with the figure's separators (plotly's order: decimal mark, then thousands): a label
    written in Python reads like the axis (71,69 in Indonesian)."""
    return f"{value:,.{decimals}f}".translate(str.maketrans({",": separators[1], ".": separators[0]}))


def separators_for(lang: str) -> str:
    return ID_SEPARATORS if lang == "id" else EN_SEPARATORS


def _base(fig: go.Figure, title: str, separators: str, height: int | None = None, **layout) -> go.Figure:
    base = dict(title=dict(text=title, x=0, xanchor="left"), separators=separators, font=FONT,
                margin=dict(l=10, r=10, t=60, b=10),
                legend=dict(orientation="h", yanchor="bottom", y=1.0, xanchor="right", x=1))
    base.update(layout)
    if height:
        base["height"] = height
    fig.update_layout(**base)
    return fig


def _lab(labels: Mapping[str, str], key: str) -> str:
    return labels.get(key, key)


def wrap(text: str, width: int = 14) -> str:
    """Break a long axis label into lines of about ``width`` characters (Plotly ``<br>``)."""
    lines: list[str] = []
    for word in str(text).split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return "<br>".join(lines)


# ------------------------------------------------------------------------------------------------ overview
def adoption_timeline(df: pd.DataFrame, labels: Mapping[str, str], *, separators: str = EN_SEPARATORS,
                      no_cohort_years: Sequence[int] = (2020,)) -> go.Figure:
    """Cumulative participants per year: computed from the database (line), reported by the ministry (markers;
    none for years without a report) and the new participants of each year (bars).

    ``df``: ``summaries.coverage_timeline_summary`` rows (as_of, regions_participating, new_participants,
    reported_regions). ``labels``: title, x, y, computed, reported, new, no_cohort (the annotation shown at
    each of ``no_cohort_years`` that is in the data).
    """
    years = df["as_of"].astype(int).to_numpy()
    fig = go.Figure()       # hovermode "x unified": the hover's header gives the year, each line its count
    fig.add_bar(x=years, y=df["new_participants"].astype(float), name=_lab(labels, "new"),
                marker_color=OKABE_ITO[4], opacity=0.6,
                hovertemplate="%{y:,.0f}<extra>" + _lab(labels, "new") + "</extra>")
    fig.add_scatter(x=years, y=df["regions_participating"].astype(float), mode="lines+markers",
                    name=_lab(labels, "computed"), line=dict(color=PARTICIPANT_COLOUR, width=3),
                    hovertemplate="%{y:,.0f}<extra>" + _lab(labels, "computed") + "</extra>")
    if "reported_regions" in df and df["reported_regions"].notna().any():
        rep = df["reported_regions"].astype("Float64").astype(float)
        fig.add_scatter(x=years, y=rep, mode="markers", name=_lab(labels, "reported"),
                        marker=dict(color=OKABE_ITO[1], size=11, symbol="diamond", line=dict(width=1, color="#000")),
                        hovertemplate="%{y:,.0f}<extra>" + _lab(labels, "reported") + "</extra>")
    for y in no_cohort_years:
        if y in years:
            fig.add_annotation(x=y, y=0, yanchor="bottom", yshift=8, text=_lab(labels, "no_cohort"),
                               showarrow=False, font=dict(size=11, color="#444"), textangle=-90)
    fig.update_xaxes(title=_lab(labels, "x"), tickmode="array", tickvals=years, ticktext=[str(y) for y in years])
    fig.update_yaxes(title=_lab(labels, "y"), rangemode="tozero")
    return _base(fig, _lab(labels, "title"), separators, height=420, barmode="overlay", hovermode="x unified")


def coverage_by_province(df: pd.DataFrame, labels: Mapping[str, str], *, separators: str = EN_SEPARATORS,
                         row_height: int = 22) -> go.Figure:
    """Share of each province's kab/kota participating, sorted (largest at the top), with the counts as text.

    ``df``: ``summaries.coverage_summary(by="province")`` rows (group_name, regions_participating,
    regions_in_scope, region_share, population_share). ``labels``: title, x, share_hover, population_hover.
    ``row_height``: pixels per province (raise it for large type, e.g. presenter mode, so no label is skipped).
    """
    d = df.sort_values(["region_share", "regions_participating", "group_name"], ascending=[True, True, False])
    custom = np.column_stack([d["regions_participating"].to_numpy(), d["regions_in_scope"].to_numpy(),
                              d["population_share"].to_numpy(dtype=float)])
    fig = go.Figure(go.Bar(
        x=d["region_share"].astype(float), y=d["group_name"], orientation="h", customdata=custom,
        marker_color=[PARTICIPANT_COLOUR if s > 0 else NON_PARTICIPANT_COLOUR for s in d["region_share"]],
        texttemplate="%{customdata[0]:.0f}/%{customdata[1]:.0f} · %{x:.0%}", textposition="outside",
        constraintext="none", textfont=dict(size=11),   # 11 px inside a long bar or past a short one, never shrunk
        cliponaxis=False, name=_lab(labels, "x"),
        hovertemplate=("<b>%{y}</b><br>" + _lab(labels, "share_hover") + ": %{customdata[0]:.0f}/%{customdata[1]:.0f}"
                       " (%{x:.1%})<br>" + _lab(labels, "population_hover") + ": %{customdata[2]:.1%}<extra></extra>"),
    ))
    fig.update_xaxes(title=_lab(labels, "x"), tickformat=".0%", range=[0, 1.3], fixedrange=True)
    fig.update_yaxes(title=None, automargin=True, tickfont=dict(size=11))
    return _base(fig, _lab(labels, "title"), separators, height=max(360, row_height * len(d) + 90),
                 showlegend=False)


def maturity_distribution(df: pd.DataFrame, labels: Mapping[str, str], *, name_column: str = "name_en",
                          separators: str = EN_SEPARATORS) -> go.Figure:
    """Regions per maturity level as horizontal bars, ad hoc (top) → smart, then 'not yet evaluated' (grey).

    ``df``: ``summaries.maturity_mix`` rows (level, name_en/name_id, regions, share). ``labels``: title,
    y (the count axis); the level names label themselves.
    """
    d = df.sort_values("order") if "order" in df else df
    colours = [LEVEL_COLOURS.get(lv, MISSING_COLOUR) for lv in d["level"]]
    fig = go.Figure(go.Bar(
        y=d[name_column], x=d["regions"].astype(float), orientation="h", marker_color=colours,
        customdata=d["share"].astype(float), marker_line=dict(color="#333", width=0.5),
        texttemplate="%{x:,.0f} (%{customdata:.0%})", textposition="outside", cliponaxis=False,
        textfont=dict(size=12), hovertemplate="<b>%{y}</b>: %{x:,.0f} (%{customdata:.1%})<extra></extra>",
    ))
    top = float(d["regions"].max()) if len(d) else 1.0
    fig.update_yaxes(title=None, type="category", autorange="reversed", automargin=True)
    fig.update_xaxes(title=_lab(labels, "y"), range=[0, max(top, 1) * 1.3])
    return _base(fig, _lab(labels, "title"), separators, height=340, showlegend=False)


# ------------------------------------------------------------------------------------------------ pillars
def pillar_heatmap(matrix: pd.DataFrame, pillars: Sequence[str], pillar_names: Mapping[str, str],
                   labels: Mapping[str, str], *, separators: str = EN_SEPARATORS,
                   zrange: tuple[float, float] | None = None) -> go.Figure:
    """Province × pillar medians (``pillar_stats.province_pillar_matrix``); provinces without an evaluated
    participant are grey cells (a second, constant-grey heatmap trace) named in the legend (missing, not zero). ``labels``: title, colorbar, missing,
    regions_hover, median_hover."""
    z = matrix[list(pillars)].to_numpy(dtype=float)
    x = [wrap(pillar_names.get(p, p), PILLAR_WRAP) for p in pillars]
    y = matrix["province_name"].tolist()
    n = matrix["regions_scored"].to_numpy()
    custom = np.repeat(n[:, None], len(pillars), axis=1)
    if zrange is None:
        finite = z[np.isfinite(z)]
        zrange = (float(finite.min()), float(finite.max())) if finite.size else (0.0, 4.0)
    text = np.where(np.isfinite(z), np.vectorize(lambda v: f"{v:.2f}")(np.nan_to_num(z)), "")
    if separators == ID_SEPARATORS:
        text = np.char.replace(text.astype(str), ".", ",")
    fig = go.Figure(go.Heatmap(
        z=z, x=x, y=y, customdata=custom, text=text, texttemplate="%{text}", textfont=dict(size=10),
        colorscale=SEQUENTIAL, zmin=zrange[0], zmax=zrange[1], xgap=1, ygap=1, hoverongaps=False,
        colorbar=dict(title=dict(text=_lab(labels, "colorbar"), side="right"), thickness=14),
        hovertemplate=("<b>%{y}</b> · %{x}<br>" + _lab(labels, "median_hover") + ": %{z:.2f}<br>"
                       + _lab(labels, "regions_hover") + ": %{customdata}<extra></extra>"),
        name=_lab(labels, "colorbar"),
    ))
    gaps = ~np.isfinite(z)
    if gaps.any():  # missing cells drawn grey by a second heatmap, with a legend entry saying what they are
        fig.add_heatmap(z=np.where(gaps, 0.0, np.nan), x=x, y=y, colorscale=[[0, MISSING_COLOUR], [1, MISSING_COLOUR]],
                        showscale=False, xgap=1, ygap=1, hoverongaps=False, name=_lab(labels, "missing"),
                        hovertemplate="<b>%{y}</b> · %{x}<br>" + _lab(labels, "missing") + "<extra></extra>")
        fig.add_scatter(x=[None], y=[None], mode="markers", name=_lab(labels, "missing"), showlegend=True,
                        marker=dict(color=MISSING_COLOUR, symbol="square", size=12), hoverinfo="skip")
    fig.update_yaxes(autorange="reversed", automargin=True, tickfont=dict(size=11), showgrid=False)
    fig.update_xaxes(side="top", automargin=True, showgrid=False, tickangle=0)
    return _base(fig, _lab(labels, "title"), separators, height=max(420, 20 * len(y) + 160),
                 showlegend=bool(gaps.any()),
                 legend=dict(orientation="h", yanchor="top", y=-0.01, xanchor="left", x=0,
                             itemsizing="constant"),
                 margin=dict(l=10, r=10, t=90, b=40))


def pillar_distribution(long: pd.DataFrame, pillars: Sequence[str], pillar_names: Mapping[str, str],
                        labels: Mapping[str, str], *, separators: str = EN_SEPARATORS,
                        scale: tuple[float, float] = (0.0, 4.0)) -> go.Figure:
    """One box per pillar with every region's latest score as a point (``pillar_stats.pillar_distribution``).
    ``labels``: title, y, and ``source.<token>`` for each score source named in a point's hover (else the token).
    The box's own hover (median, quartiles, fences) is rounded as the points are."""
    fig = go.Figure()
    for p in pillars:
        d = long[long["pillar"] == p]
        d = d.assign(source=d["source"].map(lambda s: labels.get(f"source.{s}", s)))
        fig.add_box(y=d["score"].astype(float), name=wrap(pillar_names.get(p, p), 18), boxpoints="all", jitter=0.45,
                    pointpos=0, marker=dict(color=PILLAR_COLOURS.get(p, OKABE_ITO[0]), size=4, opacity=0.55),
                    line=dict(color=PILLAR_COLOURS.get(p, OKABE_ITO[0])), fillcolor="rgba(0,0,0,0)",
                    customdata=d[["region_name", "year", "source"]].to_numpy(),
                    hovertemplate="<b>%{customdata[0]}</b> (%{customdata[1]})<br>%{y:.2f} · %{customdata[2]}"
                                  "<extra>" + pillar_names.get(p, p) + "</extra>",
                    yhoverformat=".2f", boxmean=True)
    fig.update_yaxes(title=_lab(labels, "y"), range=list(scale), dtick=0.5 if scale[1] <= 4 else 10)
    return _base(fig, _lab(labels, "title"), separators, height=460, showlegend=False)


def correlation_heatmap(corr: pd.DataFrame, pillars: Sequence[str], pillar_names: Mapping[str, str],
                        labels: Mapping[str, str], *, separators: str = EN_SEPARATORS) -> go.Figure:
    """Pillar correlation matrix (``pillar_stats.pillar_correlation``) on a −1…1 diverging scale.
    ``labels``: title, colorbar."""
    c = corr.set_index("pillar").reindex(index=list(pillars), columns=list(pillars))
    z = c.to_numpy(dtype=float)
    names = [wrap(pillar_names.get(p, p), PILLAR_WRAP) for p in pillars]
    text = np.where(np.isfinite(z), np.vectorize(lambda v: f"{v:.2f}")(np.nan_to_num(z)), "")
    if separators == ID_SEPARATORS:
        text = np.char.replace(text.astype(str), ".", ",")
    fig = go.Figure(go.Heatmap(
        z=z, x=names, y=names, text=text, texttemplate="%{text}", colorscale=DIVERGING, zmin=-1, zmax=1,
        xgap=1, ygap=1, colorbar=dict(title=dict(text=_lab(labels, "colorbar"), side="right"), thickness=14),
        hovertemplate="%{y} × %{x}: %{z:.3f}<extra></extra>",
    ))
    fig.update_yaxes(autorange="reversed", automargin=True)
    fig.update_xaxes(automargin=True, tickangle=0)
    return _base(fig, _lab(labels, "title"), separators, height=460, plot_bgcolor=MISSING_COLOUR)


# ------------------------------------------------------------------------------------------------ methodology
def rank_uncertainty(ranks: pd.DataFrame, labels: Mapping[str, str], *,
                     separators: str = EN_SEPARATORS) -> go.Figure:
    """COINr-style uncertainty plot: units ordered by median rank, median rank as a dot with a bar from the
    5th to the 95th percentile, the nominal rank as a hollow marker.

    ``ranks``: ``summaries.uncertainty_summary`` ranks (name, nominal_rank, median_rank, p05_rank, p95_rank).
    ``labels``: title, x, y, median, nominal, interval.
    """
    d = ranks.assign(_n=ranks["nominal_rank"].astype("Float64").astype(float))
    d = d.sort_values(["median_rank", "_n"], kind="stable").reset_index(drop=True)
    x = list(range(1, len(d) + 1))
    med = d["median_rank"].astype(float).to_numpy()
    lo, hi = d["p05_rank"].astype(float).to_numpy(), d["p95_rank"].astype(float).to_numpy()
    custom = np.column_stack([d["name"].to_numpy(dtype=object), lo, hi, d["_n"].to_numpy()])
    fig = go.Figure()
    # cliponaxis=False: the markers of rank 1 and of the last rank are drawn whole at the plot's edge, not halved
    fig.add_scatter(x=x, y=med, mode="markers", name=_lab(labels, "median"), customdata=custom, cliponaxis=False,
                    marker=dict(color=PARTICIPANT_COLOUR, size=6),
                    error_y=dict(type="data", symmetric=False, array=hi - med, arrayminus=med - lo,
                                 color="rgba(0,114,178,0.45)", thickness=1.5, width=0),
                    hovertemplate=("<b>%{customdata[0]}</b><br>" + _lab(labels, "median") + ": %{y:.0f}<br>"
                                   + _lab(labels, "interval") + ": %{customdata[1]:.0f}–%{customdata[2]:.0f}<br>"
                                   + _lab(labels, "nominal") + ": %{customdata[3]:.0f}<extra></extra>"))
    fig.add_scatter(x=x, y=d["_n"], mode="markers", name=_lab(labels, "nominal"), cliponaxis=False,
                    marker=dict(color=OKABE_ITO[5], size=6, symbol="circle-open", line=dict(width=1.5)),
                    hoverinfo="skip")
    if len(d) <= MAX_TICK_LABELS:
        fig.update_xaxes(tickmode="array", tickvals=x, ticktext=d["name"].tolist(), tickangle=-60)
    else:
        fig.update_xaxes(showticklabels=False)
    fig.update_xaxes(title=_lab(labels, "x"))
    worst = float(np.nanmax(np.r_[hi, d["_n"].to_numpy(dtype=float), 1.0]))
    fig.update_yaxes(title=_lab(labels, "y"), range=[worst * 1.03 + 0.5, 0.5])   # rank 1 at the top
    return _base(fig, _lab(labels, "title"), separators, height=460)


def sensitivity_bars(sens: pd.DataFrame, choice_names: Mapping[str, str], labels: Mapping[str, str], *,
                     separators: str = EN_SEPARATORS) -> go.Figure:
    """Mean absolute rank shift when only one choice varies (``summaries.uncertainty_summary`` sensitivity).
    ``labels``: title, x."""
    d = sens.sort_values("mean_abs_rank_shift")
    fig = go.Figure(go.Bar(
        x=d["mean_abs_rank_shift"].astype(float), y=[choice_names.get(c, c) for c in d["choice"]],
        orientation="h", marker_color=OKABE_ITO[0], customdata=d["max_abs_rank_shift"].astype(float),
        texttemplate="%{x:.1f}", textposition="outside", cliponaxis=False,
        hovertemplate="%{y}: %{x:.2f} (max %{customdata:.0f})<extra></extra>",
    ))
    fig.update_xaxes(title=_lab(labels, "x"), rangemode="tozero")
    fig.update_yaxes(automargin=True)
    return _base(fig, _lab(labels, "title"), separators, height=260, showlegend=False)


# ------------------------------------------------------------------------------------------------ about
def cohort_evidence_bars(df: pd.DataFrame, evidence_names: Mapping[str, str], labels: Mapping[str, str], *,
                         separators: str = EN_SEPARATORS) -> go.Figure:
    """Stacked bars: rows of the cohort file per year by kind of evidence (``pillar_stats.cohort_evidence``).
    ``labels``: title, x, y."""
    years = sorted(df["cohort_year"].unique())
    fig = go.Figure()
    for i, (kind, d) in enumerate(df.groupby("evidence", sort=False)):
        d = d.set_index("cohort_year").reindex(years)
        fig.add_bar(x=[str(y) for y in years], y=d["rows"].astype(float), name=evidence_names.get(kind, kind),
                    marker_color=OKABE_ITO[i % len(OKABE_ITO)],
                    hovertemplate="%{x}: %{y:,.0f}<extra>" + evidence_names.get(kind, kind) + "</extra>")
    fig.update_xaxes(title=_lab(labels, "x"), type="category")
    fig.update_yaxes(title=_lab(labels, "y"))
    return _base(fig, _lab(labels, "title"), separators, height=380, barmode="stack",
                 legend=dict(orientation="h", yanchor="bottom", y=1.0, xanchor="right", x=1, traceorder="normal"))


__all__ = ["cohort_evidence_bars", "adoption_timeline", "coverage_by_province", "maturity_distribution", "pillar_heatmap",
           "pillar_distribution", "correlation_heatmap", "rank_uncertainty", "sensitivity_bars",
           "separators_for", "EN_SEPARATORS", "ID_SEPARATORS"]
