"""Overview: the national headline (computed from DuckDB, the reported figures beside it), whether the programme
reaches the regions that need it (real HDI data), the adoption timeline, coverage by province and the level mix —
of the open-statistics index (open lens, the default) or of the synthetic evaluation scores (evaluation lens,
badged). The sidebar filters apply to every view."""

import pandas as pd
import streamlit as st

from analytics.summaries import equity, open_index
from analytics.summaries import tables as summaries
from analytics.summaries.coverage import national_headline
from analytics.summaries.filters import Filters
from ui import data, presenter
from ui.charts import chart, show_figure
from ui.downloads import MISSING, csv_download, link_column, localized, table_columns
from ui.filters import lens_control, scoped, sidebar_filters
from ui.i18n import current_language, fmt_number, fmt_percent, t
from ui.layout import open_notice, synthetic_notice
from ui.sentences import equity_sentence
from viz import charts, indicator_charts

@st.cache_data(show_spinner=False)
def _coverage(version: str, f: Filters, by: str) -> pd.DataFrame:
    return summaries.coverage_summary(data.dataset(), f, by=by)


@st.cache_data(show_spinner=False)
def _timeline(version: str, f: Filters) -> pd.DataFrame:
    return summaries.coverage_timeline_summary(data.dataset(), f, by="national")


@st.cache_data(show_spinner=False)
def _mix(version: str, f: Filters) -> pd.DataFrame:
    return summaries.maturity_mix(data.dataset(), f)


@st.cache_data(show_spinner=False)
def _open_mix(version: str, f: Filters) -> pd.DataFrame:
    return open_index.open_index_mix(data.dataset(), f)


@st.cache_data(show_spinner=False)
def _headline(version: str, f: Filters) -> dict:
    """The headline of the filtered regions (reported figures beside it only for the whole country; the ASEAN
    network's, which no region filter changes, always)."""
    ds = data.dataset()
    national = f.national
    if national:
        return national_headline(ds.regions, ds.reported, ds.ascn, as_of=f.as_of)
    h = national_headline(f.apply(ds.regions), ds.reported.iloc[0:0], ds.ascn, as_of=f.as_of)
    h["ascn_network"] = _headline(version, Filters(as_of=f.as_of))["ascn_network"]
    return h


@st.cache_data(show_spinner=False)
def _equity(version: str, f: Filters) -> tuple[pd.DataFrame, pd.DataFrame]:
    return equity.equity_summary(data.dataset(), f), equity.equity_quintiles(data.dataset(), f)


st.title(t("home.title"))
st.caption(t("home.intro"))

lens = lens_control()
f = sidebar_filters()
ds = data.dataset()
lang = current_language()
seps = charts.separators_for(lang)
regions = f.apply(ds.regions)
if regions.empty:
    st.info(t("empty.no_regions"))
    st.stop()
national = f.national
filt = f.describe()
as_of = f.as_of

# ------------------------------------------------------------------------------------------------ headline
h = _headline(data.version(), f)
summary, quintiles = _equity(data.version(), f)
eq = summary.iloc[0]

c1, c2, c3, c4, c5 = st.columns(5)
p = h["participants"]
c1.metric(t("home.participants"), fmt_number(p.computed))
c1.caption(t("home.participants_help", computed=fmt_number(p.computed), total=fmt_number(h["regions_total"].computed),
             reported=fmt_number(p.reported) if p.reported else t("home.not_reported"),
             year=p.reported_year or as_of))

pop, tot = h["population_reached"], h["population_total"]
share = fmt_percent(pop.computed / tot.computed) if tot.computed else "—"
c2.metric(t("home.population"), fmt_number(pop.computed))
if pop.reported is not None:
    c2.caption(t("home.population_help", share=share, total=fmt_number(tot.computed),
                 reported=fmt_number(pop.reported), year=pop.reported_year))
else:
    c2.caption(t("home.population_no_report", share=share, total=fmt_number(tot.computed), year=as_of))

c3.metric(t("home.provinces"), fmt_number(h["provinces_reached"].computed))
c3.caption(t("home.provinces_help", total=fmt_number(regions["province_code"].nunique())))

name_col = "name_id" if lang == "id" else "name_en"
if lens == "evaluation":                     # a synthetic-derived figure: only under this lens, badged
    mix = _mix(data.version(), f)
    levels = mix[mix["level"] != summaries.NOT_EVALUATED]
    evaluated = int(levels["regions"].sum())
    waiting = int(mix.loc[mix["level"] == summaries.NOT_EVALUATED, "regions"].sum())
    top = int(levels.loc[levels["level"].isin(["integrated", "smart"]), "regions"].sum())
    c4.metric(t("home.maturity"), fmt_number(top))
    c4.badge(t("open.badge_synthetic"), icon=":material/science:", color="orange")
    c4.caption(t("home.maturity_help", evaluated=fmt_number(evaluated), waiting=fmt_number(waiting),
                 mix=" · ".join(f"{r[name_col]} {fmt_number(r['regions'])}" for _, r in levels.iterrows()
                                if r["regions"])))
else:                                        # real: how much of the lowest-HDI fifth the programme reaches
    c4.metric(t("home.lowest_reached"), t("home.lowest_reached_value", n=fmt_number(eq["lowest_quintile_reached"]),
                                          total=fmt_number(eq["lowest_quintile_regions"])))
    c4.caption(t("home.lowest_reached_help", share=fmt_percent(eq["lowest_quintile_reached_share"]),
                 pop=fmt_percent(eq["lowest_quintile_population_share"]), year=int(eq["hdi_year_max"])
                 if pd.notna(eq["hdi_year_max"]) else "—"))

a = h["ascn_network"]
c5.metric(t("home.ascn"), fmt_number(h["ascn_indonesia"].computed))
c5.caption(t("home.ascn_help", network=fmt_number(a.computed),
             reported=fmt_number(a.reported) if a.reported else t("home.not_reported")))

if p.reported is not None and p.reported > p.computed:
    st.info(t("home.identified_of_reported", computed=fmt_number(p.computed), reported=fmt_number(p.reported),
              missing=fmt_number(p.reported - p.computed)))
if not national:
    st.caption(t("home.filtered_no_reported"))
st.caption(t("home.population_note"))

with st.expander(t("home.sources")):
    rows = [(k, fig) for k, fig in _headline(data.version(), Filters(as_of=as_of)).items() if fig.source]
    sources = pd.DataFrame({
        "figure": [t(f"home.figure.{k}") for k, _ in rows], "year": [fig.reported_year for _, fig in rows],
        "value": [fig.reported for _, fig in rows], "source": [fig.source for _, fig in rows],
        "note": [fig.note for _, fig in rows],
    })
    labels = table_columns(sources, {c: t(f"table.{c}") for c in sources.columns})
    st.dataframe(localized(sources), hide_index=True, placeholder=MISSING,              # numbers in the page's language
                 column_config={**labels, "source": link_column(t("table.source"))})

# ------------------------------------------------------------------------------------------------ equity
st.subheader(t("home.equity.title"))
st.markdown(equity_sentence(eq))
if int(eq["participants"]) and pd.notna(eq["lowest_quintile_reached_share"]):
    show_figure(chart(indicator_charts.quintile_reach, quintiles[quintiles["indicator"] == "hdi"], {
        "title": scoped(t("home.equity.chart", year=as_of), f), "x": t("equity.quintile.x"),
        "y": t("equity.quintile.y"),
        "regions": t("equity.quintile.regions"), "population": t("equity.quintile.population"),
        "q": t("equity.quintile.label"),
    }, separators=seps, number=lambda v: fmt_number(v, 1)), key="chart-equity")
st.caption(t("home.equity.note"))
csv_download(quintiles, "equity-quintiles", filters=filt, key="dl-equity").page_link(   # in the buttons' row
    "pages/equity.py", label=t("home.equity.link"), icon=":material/balance:",
    query_params={"lang": lang, "year": str(as_of)}, width="content")

# ------------------------------------------------------------------------------------------------ timeline
st.subheader(t("home.timeline.title"))
timeline = _timeline(data.version(), f)
show_figure(chart(charts.adoption_timeline, timeline, {
    "title": scoped(t("home.timeline.chart"), f), "x": t("home.timeline.x"), "y": t("home.timeline.y"),
    "computed": t("home.timeline.computed"), "reported": t("home.timeline.reported"),
    "new": t("home.timeline.new"), "no_cohort": t("home.timeline.no_cohort_short"),
}, separators=seps), key="chart-timeline")
st.caption(t("home.timeline.note_2020"))
if national:
    st.caption(t("home.timeline.note_reported"))
csv_download(timeline, "adoption-timeline", filters={k: v for k, v in filt.items() if k != "as_of"},
             key="dl-timeline")

# ------------------------------------------------------------------------------------------------ coverage
left, right = st.columns([3, 2], gap="large")
with left:
    st.subheader(t("home.coverage.title", year=as_of))
    cov = _coverage(data.version(), f, "province")
    if int(cov["regions_participating"].sum()) == 0:
        st.info(t("home.coverage.empty", year=as_of))
    else:
        show_figure(chart(charts.coverage_by_province, cov, {
            "title": scoped(t("home.coverage.chart", year=as_of), f), "x": t("home.coverage.x"),
            "share_hover": t("home.coverage.hover_regions"), "population_hover": t("home.coverage.hover_population"),
        }, separators=seps, row_height=34 if presenter.is_active() else 22), key="chart-coverage")
        st.caption(t("home.coverage.note"))
    csv_download(cov, "coverage-by-province", filters=filt, key="dl-coverage")

# ------------------------------------------------------------------------------------------------ levels
with right:
    if lens == "open":
        omix = _open_mix(data.version(), f)
        st.subheader(t("home.open.title", year=as_of))
        open_notice()
        show_figure(chart(charts.maturity_distribution, omix, {
            "title": scoped(t("home.open.chart", year=as_of), f), "y": t("home.maturity.y"),
        }, name_column=name_col, separators=seps), key="chart-maturity")
        st.caption(t("home.open.note"))
        csv_download(omix, "open-index-levels", filters=filt, key="dl-maturity")
    else:
        st.subheader(t("home.maturity.title", year=as_of))
        synthetic_notice()
        if evaluated == 0:
            st.info(t("home.maturity.empty", year=as_of, waiting=fmt_number(waiting)))
        else:
            show_figure(chart(charts.maturity_distribution, mix, {
                "title": scoped(t("home.maturity.chart", year=as_of), f), "y": t("home.maturity.y"),
            }, name_column=name_col, separators=seps), key="chart-maturity")
            st.caption(t("home.maturity.note"))
        csv_download(mix, "maturity-mix", filters=filt, key="dl-maturity")
