"""Reaching need: does the programme reach the regions that need it? Participants against non-participants on
real need indicators (HDI, poverty, GRDP per capita), reach by fifth of need, the concentration curve and index,
cohort by cohort, and a next cohort planned by need. Every table is ``python -m analytics export equity --view …``."""

import pandas as pd
import streamlit as st

from analytics.domain import NEED_INDICATOR
from analytics.summaries import equity, indicators
from analytics.summaries import tables as summaries
from analytics.summaries.filters import Filters
from ui import data
from ui.charts import chart, show_figure
from ui.downloads import csv_download, number_table, table_with_download
from ui.filters import coded_choice, scoped, sidebar_filters
from ui.i18n import current_language, fmt_number, fmt_percent, t
from ui.sentences import equity_sentence
from viz import charts, indicator_charts


@st.cache_data(show_spinner=False)
def _view(version: str, view: str, f: Filters) -> pd.DataFrame:
    return equity.equity_view(data.dataset(), view, f)


@st.cache_data(show_spinner=False)
def _need(version: str, f: Filters) -> pd.DataFrame:
    t_ = equity.need_table(data.dataset(), f.as_of)
    return t_[f.mask(t_).to_numpy()]


@st.cache_data(show_spinner=False)
def _plan(version: str, as_of: int, budget: int, minimum: int) -> pd.DataFrame:
    return summaries.plan_summary(data.dataset(), budget=budget, as_of=as_of, objective="need",
                                  min_per_province=minimum)


st.title(t("equity.title"))
st.caption(t("equity.intro"))
f = sidebar_filters()
ds = data.dataset()
lang = current_language()
seps = charts.separators_for(lang)
if f.apply(ds.regions).empty:
    st.info(t("empty.no_regions"))
    st.stop()
filt = f.describe()
cat = indicators.catalogue(ds).set_index("indicator")

summary = _view(data.version(), "summary", f)
eq = summary.iloc[0]
st.markdown(equity_sentence(eq))
m1, m2, m3, m4 = st.columns(4)
m1.metric(t("equity.m.median"), t("equity.m.median_value", p=fmt_number(eq["participants_median_hdi"], 2),
                                  q=fmt_number(eq["non_participants_median_hdi"], 2)),
          help=t("equity.m.median_help", pw=fmt_number(eq["participants_weighted_median_hdi"], 2),
                 qw=fmt_number(eq["non_participants_weighted_median_hdi"], 2)))
m2.metric(t("equity.m.lowest"), fmt_percent(eq["lowest_quintile_reached_share"], 0),
          help=t("equity.m.share_help", n=fmt_number(eq["lowest_quintile_reached"]),
                 total=fmt_number(eq["lowest_quintile_regions"])))
m3.metric(t("equity.m.poorest"), fmt_percent(eq["poorest_quintile_reached_share"], 0),
          help=t("equity.m.share_help", n=fmt_number(eq["poorest_quintile_reached"]),
                 total=fmt_number(eq["poorest_quintile_regions"])))
m4.metric(t("equity.m.ci"), fmt_number(eq["concentration_index"], 2),
          help=t("equity.m.ci_help", pop=fmt_number(eq["concentration_index_population"], 2)))
csv_download(summary, "equity-summary", filters=filt, key="dl-equity-summary")

# ------------------------------------------------------------------------------------------------ groups
st.subheader(t("equity.groups.title"))
need_names = {i: cat.at[i, f"name_{lang}"] for i in equity.NEED_INDICATORS}
short = {i: cat.at[i, f"short_{lang}"] for i in equity.NEED_INDICATORS}
chosen = coded_choice(t("equity.groups.indicator"), list(equity.NEED_INDICATORS), param="need", key="equity_need",
                      default=NEED_INDICATOR, format_func=short.get, widget="segmented_control") or NEED_INDICATOR
need = _need(data.version(), f)
groups = _view(data.version(), "groups", f)
left, right = st.columns([1, 1.3])
with left:
    show_figure(chart(indicator_charts.group_distribution, need, chosen, {
        "title": scoped(t("equity.groups.chart", indicator=short[chosen], year=f.as_of), f),
        "y": f"{short[chosen]} ({cat.at[chosen, f'unit_{lang}']})", "participants": t("equity.groups.participants"),
        "others": t("equity.groups.others")}, separators=seps), key="chart-equity-groups")
with right:
    g = groups[groups["indicator"] == chosen]
    stats = ("median", "weighted_median", "mean", "weighted_mean")
    number_table(pd.DataFrame({
        t("equity.col.group"): [t(f"equity.group.{x}") for x in g["group"]],
        t("equity.col.regions"): g["regions"].to_numpy(), t("equity.col.with_value"): g["with_value"].to_numpy(),
        **{t(f"equity.col.{c}"): g[c].to_numpy(dtype=float) for c in stats},
        t("equity.col.years"): [f"{a}–{b}" if a != b else str(a) for a, b in zip(g["value_year_min"], g["value_year_max"])],
    }), {t(f"equity.col.{c}"): 2 for c in stats}, key="tbl-equity-groups")
    st.caption(t("equity.groups.note"))
    csv_download(groups, "equity-groups", filters=filt, key="dl-equity-groups")

# ------------------------------------------------------------------------------------------------ quintiles
st.subheader(t("equity.quintile.title"))
quint = _view(data.version(), "quintiles", f)
by = coded_choice(t("equity.quintile.by"), ["hdi", "poverty_rate"], param="fifths", key="equity_fifths",
                  default="hdi", format_func=short.get, widget="segmented_control") or "hdi"
show_figure(chart(indicator_charts.quintile_reach, quint[quint["indicator"] == by], {
    "title": scoped(t("equity.quintile.chart", indicator=need_names[by], year=f.as_of), f), "x": t("equity.quintile.x"),
    "y": t("equity.quintile.y"), "regions": t("equity.quintile.regions"),
    "population": t("equity.quintile.population"), "q": t("equity.quintile.label"),
}, separators=seps, number=lambda v: fmt_number(v, 1)), key="chart-equity-quintiles")
st.caption(t("equity.quintile.note"))
csv_download(quint, "equity-quintiles", filters=filt, key="dl-equity-quintiles")

# ------------------------------------------------------------------------------------------------ curve
st.subheader(t("equity.curve.title"))
curve = _view(data.version(), "curve", f)
c1, c2 = st.columns([1.2, 1])
with c1:
    show_figure(chart(indicator_charts.concentration_curve, curve, {
        "title": scoped(t("equity.curve.chart", year=f.as_of), f), "x": t("equity.curve.x"), "y": t("equity.curve.y"),
        "regions": t("equity.curve.regions", ci=fmt_number(eq["concentration_index"], 2)),
        "population": t("equity.curve.population", ci=fmt_number(eq["concentration_index_population"], 2)),
        "equality": t("equity.curve.equality")}, separators=seps), key="chart-equity-curve")
with c2:
    st.markdown(t("equity.curve.note"))
    csv_download(curve, "equity-curve", filters=filt, key="dl-equity-curve")

# ------------------------------------------------------------------------------------------------ cohorts
st.subheader(t("equity.cohorts.title"))
cohorts = _view(data.version(), "cohorts", f)
show_figure(chart(indicator_charts.cohort_lines, cohorts, {
    "title": scoped(t("equity.cohorts.chart"), f), "x": t("equity.cohorts.x"), "y": t("equity.cohorts.y"),
    "regions": t("equity.cohorts.regions"), "population": t("equity.cohorts.population"),
    "zero": t("equity.cohorts.zero")}, separators=seps), key="chart-equity-cohorts")
two = ("new_median_hdi", "participants_median_hdi", "non_participants_median_hdi", "concentration_index",
       "concentration_index_population")
number_table(pd.DataFrame({
    t("equity.col.cohort_year"): cohorts["cohort_year"].to_numpy(),
    **{t(f"equity.col.{c}"): cohorts[c].to_numpy() for c in ("new_participants", "new_in_lowest_quintile", "participants")},
    **{t(f"equity.col.{c}"): cohorts[c].to_numpy(dtype=float) for c in two},
    t("equity.col.lowest_quintile_reached_share"): cohorts["lowest_quintile_reached_share"].to_numpy(dtype=float),
}), {t("equity.col.cohort_year"): "year", t("equity.col.lowest_quintile_reached_share"): "percent",
     **{t(f"equity.col.{c}"): 2 for c in two}}, key="tbl-equity-cohorts")
st.caption(t("equity.cohorts.note"))
csv_download(cohorts, "equity-cohorts", filters={k: v for k, v in filt.items() if k != "as_of"}, key="dl-equity-cohorts")

# ------------------------------------------------------------------------------------------------ planner
st.subheader(t("equity.plan.title"))
st.caption(t("equity.plan.intro"))
p1, p2 = st.columns(2)
budget = int(p1.number_input(t("equity.plan.budget"), min_value=1, max_value=100, value=20, step=1, key="plan_budget"))
minimum = int(p2.number_input(t("equity.plan.min"), min_value=0, max_value=3, value=0, step=1, key="plan_min"))
try:
    plan = _plan(data.version(), f.as_of, budget, minimum)
except ValueError as exc:
    st.warning(t("equity.plan.error", error=str(exc)))
else:
    low = equity.need_table(ds, f.as_of)
    low = low[low["hdi_quintile"] == 1]
    reached = low.loc[low["participant"], "population"].sum() + plan["marginal_gain"].sum()
    st.markdown(t("equity.plan.result", k=fmt_number(len(plan)), people=fmt_number(plan["marginal_gain"].sum()),
                  share=fmt_percent(reached / low["population"].sum())))
    cols = ["order", "code", "name", "province_name", "type", "population", "hdi", "hdi_year", "hdi_quintile", "reason",
            "marginal_gain"]
    shown = plan[cols].assign(reason=[t("equity.reason.minimum") if r == "province minimum" else t("equity.reason.need")
                                      for r in plan["reason"]])
    table_with_download(shown, "plan-need", "dl-equity-plan",
                        filters={"as_of": f.as_of, "budget": budget, "min": minimum})
st.caption(t("equity.sources"))
