"""Indicator explorer: any real indicator (BPS, Kemendes) in any year it has — the national distribution, by
province, a ranking table, and trends for chosen regions — with the catalogue's caveats beside the data. Every
CSV equals ``python -m analytics export indicators --indicator … --year … --view …``. The choices live in the URL
as codes (``?indicator=hdi&ind_year=2024&trend=34.71,95.08``)."""

import pandas as pd
import streamlit as st

from analytics.summaries import indicators
from analytics.summaries.filters import Filters
from ui import data
from ui.charts import chart, show_figure
from ui.downloads import csv_download, people_table, table_with_download
from ui.filters import coded_choice, scoped, sidebar_filters
from ui.i18n import current_language, fmt_number, t
from viz import charts, indicator_charts

TREND_PARAM, TREND_KEY, MAX_TREND = "trend", "explorer_trend", 6
DEFAULT_INDICATOR = "hdi"
DIRECTION = {1: "up", -1: "down", 0: "context"}


@st.cache_data(show_spinner=False)
def _view(version: str, view: str, indicator: str, year: int, f: Filters) -> pd.DataFrame:
    func = {"ranking": indicators.indicator_ranking, "distribution": indicators.indicator_distribution,
            "province": indicators.indicator_by_province}[view]
    return func(data.dataset(), indicator, year, f)


@st.cache_data(show_spinner=False)
def _trend(version: str, indicator: str, codes: tuple[str, ...]) -> tuple[pd.DataFrame, pd.DataFrame]:
    ds = data.dataset()
    return indicators.indicator_trend(ds, indicator, codes), indicators.national_trend(ds, indicator)


def _trend_to_url() -> None:
    chosen = st.session_state.get(TREND_KEY) or []
    st.query_params[TREND_PARAM] = ",".join(chosen)


st.title(t("explorer.title"))
st.caption(t("explorer.intro"))
f = sidebar_filters(year=False)
ds = data.dataset()
lang = current_language()
seps = charts.separators_for(lang)
cat = indicators.catalogue(ds)
meta = cat.set_index("indicator")
publisher = meta["publisher_id" if lang == "id" else "publisher"]
codes = cat["indicator"].tolist()
name = dict(zip(cat["indicator"], cat[f"name_{lang}"]))

c1, c2 = st.columns([3, 1])
with c1:
    ind = coded_choice(t("explorer.indicator"), codes, param="indicator", key="indicator_pick",
                       default=DEFAULT_INDICATOR,
                       format_func=lambda c: f"{name[c]} — {publisher[c]}")
years = indicators.indicator_years(ds, ind)
with c2:
    year = coded_choice(t("explorer.year"), years, param="ind_year", key="ind_year", default=years[-1])
row = meta.loc[ind]
unit = row[f"unit_{lang}"]
direction = int(row["direction"])
decimals = 0 if row["unit"].startswith(("thousand", "villages")) else 2

# ------------------------------------------------------------------------------------------------ caveats
st.markdown(t("explorer.about", unit=unit, direction=t(f"explorer.direction.{DIRECTION[direction]}"),
              publisher=publisher[ind], url=row["source_url"],
              licence=row["licence_id" if lang == "id" else "licence"],
              first=int(row["first_year"]), last=int(row["last_year"]), regions=fmt_number(row["regions"])))
note = row["note_id"] if lang == "id" else row["note"]
# the catalogue's own note on HDI already explains its 2024 series: the page does not say it twice
caveats = [t(f"open.caveat.{c}") for c in indicators.caveats(ds, ind, year) if c != "hdi_series"]
st.warning("\n\n".join([t("explorer.caveat", note=note), *caveats]), icon=":material/info:")
if isinstance(row["open_pillar"], str):
    st.caption(t("explorer.in_index", pillar=dict(zip(ds.pillars["code"], ds.pillars[f"name_{lang}"]))[row["open_pillar"]]))
else:
    st.caption(t("explorer.not_in_index"))

if f.apply(ds.regions).empty:
    st.info(t("empty.no_regions"))
    st.stop()
filt = {"indicator": ind, "year": year, **{k: v for k, v in f.describe().items() if k != "as_of"}}
ranking = _view(data.version(), "ranking", ind, year, f)
st.caption(t("explorer.in_view", n=fmt_number(len(ranking)), total=fmt_number(len(f.apply(ds.regions))), year=year))

tab_dist, tab_prov, tab_rank, tab_trend = st.tabs([t("explorer.tab.distribution"), t("explorer.tab.province"),
                                                   t("explorer.tab.ranking"), t("explorer.tab.trend")])

with tab_dist:
    show_figure(chart(indicator_charts.value_histogram, ranking, {
        "title": scoped(t("explorer.dist.chart", indicator=name[ind], year=year), f), "x": unit,
        "y": t("explorer.dist.y"),
        "participants": t("explorer.participants", year=year), "others": t("explorer.others"),
        "median": t("explorer.median")}, decimals=decimals, separators=seps), key="chart-explorer-dist")
    dist = _view(data.version(), "distribution", ind, year, f)
    shown = dist.drop(columns=["indicator", "year"]).assign(group=[t("explorer.group.all") if g == "all" else g
                                                                    for g in dist["group"]])
    people_table(shown, {c: t(f"explorer.col.{c}") for c in shown.columns}, key="tbl-explorer-dist")
    st.caption(t("explorer.dist.note"))
    csv_download(dist, "indicator-distribution", filters=filt, key="dl-explorer-dist")

with tab_prov:
    prov = _view(data.version(), "province", ind, year, f)
    show_figure(chart(indicator_charts.province_bars, prov, {
        "title": scoped(t("explorer.prov.chart", indicator=name[ind], year=year), f), "x": unit,
        "median": t("explorer.median"),
        "range": t("explorer.range"), "n": t("explorer.col.n")}, direction=direction, decimals=decimals,
        separators=seps), key="chart-explorer-prov")
    st.caption(t("explorer.prov.note"))
    csv_download(prov, "indicator-by-province", filters=filt, key="dl-explorer-prov")

with tab_rank:
    st.caption(t("explorer.rank.note", direction=t(f"explorer.direction.{DIRECTION[direction]}")))
    table_with_download(ranking, "indicator-ranking", "dl-explorer-rank", filters=filt,
                        headers={"value": f"{name[ind]} ({unit})"})

with tab_trend:
    names = dict(zip(ds.regions["code"], ds.regions["name"] + " — " + ds.regions["province_name"]))
    raw = st.query_params.get(TREND_PARAM)
    if raw is not None:
        url_codes = [c for c in dict.fromkeys(raw.split(",")) if c in names][:MAX_TREND]
    elif st.session_state.get(TREND_KEY):
        url_codes = list(st.session_state[TREND_KEY])
    else:                                   # default: the best and the worst region of the ranking in view
        url_codes = ranking["code"].iloc[[0, -1]].drop_duplicates().tolist() if len(ranking) else []
    if st.session_state.get(TREND_KEY) != url_codes:
        st.session_state[TREND_KEY] = url_codes
    st.query_params[TREND_PARAM] = ",".join(url_codes)
    chosen = st.multiselect(t("explorer.trend.pick"), sorted(names, key=lambda c: names[c].casefold()),
                            format_func=names.get, key=TREND_KEY, max_selections=MAX_TREND, on_change=_trend_to_url,
                            placeholder=t("explorer.trend.placeholder"))
    trend, national = _trend(data.version(), ind, tuple(chosen))
    show_figure(chart(indicator_charts.trend_lines, trend, national, {
        "title": t("explorer.trend.chart", indicator=name[ind], first=int(row["first_year"]), last=int(row["last_year"])),
        "x": t("explorer.trend.x"), "y": unit, "median": t("explorer.trend.median"), "band": t("explorer.trend.band")},
        decimals=decimals, separators=seps), key="chart-explorer-trend")
    st.caption(t("explorer.trend.note"))
    table_with_download(trend, "indicator-trend", "dl-explorer-trend",
                        filters={"indicator": ind, "regions": "-".join(chosen)},
                        headers={"value": f"{name[ind]} ({unit})"})
