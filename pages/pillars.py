"""Pillars: province × pillar medians, per-pillar distributions and the pillar correlation matrix — of the
open-statistics pillars of every kab/kota in view (open lens, real data, 0–100), or of the participants' latest
(mostly synthetic) evaluation scores (evaluation lens, 0–4). Sidebar filters plus a cohort filter kept in the URL."""

from collections.abc import Iterable

import pandas as pd
import streamlit as st

from analytics.summaries import open_index, pillar_stats
from analytics.summaries.filters import Filters
from ui import data
from ui.charts import chart, show_figure
from ui.downloads import csv_download, people_table
from ui.filters import current_lens, lens_control, scoped, sidebar_filters
from ui.i18n import current_language, fmt_number, t
from ui.layout import lens_notice
from ui.messages import MESSAGES
from viz import charts

@st.cache_data(show_spinner=False)
def _stat(version: str, name: str, f: Filters, cohorts: tuple[int, ...] | None, lens: str) -> pd.DataFrame:
    return getattr(pillar_stats, name)(data.dataset(), f, cohorts, lens=lens)


def stat(name: str, f: Filters, cohorts: Iterable[int] | None, lens: str) -> pd.DataFrame:
    return _stat(data.version(), name, f, None if cohorts is None else tuple(sorted(cohorts)), lens)


st.title(t("pillars.open.title" if current_lens() == "open" else "pillars.title"))   # four pillars, or six
lens = lens_control()
opened = lens == "open"
st.caption(t("pillars.open.intro" if opened else "pillars.intro"))

f = sidebar_filters()
ds = data.dataset()
lang = current_language()
seps = charts.separators_for(lang)
pillars = pillar_stats.lens_pillars(ds, lens)
names = dict(zip(ds.pillars["code"], ds.pillars["name_id" if lang == "id" else "name_en"]))
scale = (0.0, 100.0) if opened else (0.0, 4.0)
k = "pillars.open." if opened else "pillars."       # texts that differ between the lenses

years = pillar_stats.cohort_years(ds)
chosen = st.multiselect(t("pillars.cohort"), years, key="cohort", bind="query-params", persist_state="session",
                        placeholder=t("pillars.open.cohort_all" if opened else "pillars.cohort_all"),
                        help=t("pillars.cohort_help"))
cohorts = sorted(int(c) for c in chosen) or None
filt = {"lens": lens, **f.describe(), "cohort": "-".join(map(str, cohorts)) if cohorts else None}
lens_notice(lens)
if opened:
    st.caption(t("open.no_open_data_note", pillars=", ".join(names[p] for p in open_index.NO_OPEN_DATA)))

if f.apply(ds.regions).empty:
    st.info(t("empty.no_regions"))
    st.stop()

long = stat("pillar_distribution", f, cohorts, lens)
if long.empty:
    st.info(t("pillars.empty", year=f.as_of))
    st.stop()
n_regions = long["region_code"].nunique()
st.caption(t(k + "in_view", n=fmt_number(n_regions), year=f.as_of))

# ------------------------------------------------------------------------------------------------ heatmap
st.subheader(t("pillars.heatmap.title"))
matrix = stat("province_pillar_matrix", f, cohorts, lens)
show_figure(chart(charts.pillar_heatmap, matrix, pillars, names, {
    "title": scoped(t(k + "heatmap.chart", year=f.as_of), f), "colorbar": t(k + "heatmap.colorbar"),
    "missing": t("pillars.heatmap.missing"), "regions_hover": t(k + "heatmap.regions_hover"),
    "median_hover": t("pillars.heatmap.median_hover"),
}, separators=seps), key="chart-heatmap")
missing = matrix.loc[matrix["regions_scored"] == 0, "province_name"].tolist()
if missing:
    st.caption(t("pillars.heatmap.missing_note", n=fmt_number(len(missing)), names=", ".join(missing)))
st.caption(t(k + "heatmap.note"))
csv_download(matrix, "pillar-medians-by-province", filters=filt, key="dl-heatmap")

# ------------------------------------------------------------------------------------------------ distributions
st.subheader(t("pillars.dist.title"))
source_names = {f"source.{s}": t(f"map.source.{s}") for s in long["source"].unique() if f"map.source.{s}" in MESSAGES}
show_figure(chart(charts.pillar_distribution, long, pillars, names, {
    "title": scoped(t(k + "dist.chart", n=fmt_number(n_regions), year=f.as_of), f), "y": t(k + "dist.y"),
    **source_names,
}, separators=seps, scale=scale), key="chart-dist")
st.caption(t(k + "dist.note"))
csv_download(long, "pillar-scores", filters=filt, key="dl-dist")

with st.expander(t("pillars.describe.title")):
    desc = stat("pillar_describe", f, cohorts, lens)
    shown = desc.assign(pillar=desc["pillar"].map(names))
    people_table(shown, {c: t((k if c == "n" else "pillars.") + f"describe.{c}") for c in shown.columns})
    csv_download(desc, "pillar-statistics", filters=filt, key="dl-describe")

# ------------------------------------------------------------------------------------------------ correlation
st.subheader(t("pillars.corr.title"))
if n_regions < 3:
    st.info(t("pillars.corr.too_few", n=fmt_number(n_regions)))
else:
    corr = stat("pillar_correlation", f, cohorts, lens)
    show_figure(chart(charts.correlation_heatmap, corr, pillars, names, {
        "title": scoped(t(k + "corr.chart", n=fmt_number(n_regions)), f), "colorbar": t("pillars.corr.colorbar"),
    }, separators=seps), key="chart-corr")
    st.caption(t(k + "corr.note"))
    csv_download(corr, "pillar-correlation", filters=filt, key="dl-corr")
