"""ASEAN Smart Cities Network: the network at the sidebar's year (computed beside reported), Indonesia's pilots
against the national picture on the sidebar's lens (the open-statistics index by default; the programme's
evaluation scores, synthetic unless imported, only when chosen), and the IMD Smart City Index ranks of Jakarta,
Medan and Makassar."""

import pandas as pd
import streamlit as st

from analytics.summaries import open_index, profile
from analytics.summaries.filters import Filters
from analytics.summaries.tables import maturity_summary
from ui import data, map_assets, map_canvas
from ui.charts import chart, show_figure
from ui.downloads import table_with_download
from ui.filters import lens_control, sidebar_filters
from ui.i18n import current_language, fmt_number, t
from ui.layout import map_legend, open_notice, synthetic_notice
from ui.messages import MESSAGES
from viz import maps, region_charts


@st.cache_data(show_spinner=False)
def _national(version: str, as_of: int) -> pd.DataFrame:
    return maturity_summary(data.dataset(), Filters(as_of=as_of))


@st.cache_data(show_spinner=False)
def _open_national(version: str, as_of: int) -> pd.DataFrame:
    return open_index.open_index_summary(data.dataset(), Filters(as_of=as_of))


st.title(t("ascn.title"))
st.caption(t("ascn.intro"))
st.caption(t("ascn.sources"))
lens = lens_control()
year = sidebar_filters(regions=False).as_of
ds = data.dataset()
lang = current_language()
sep = ",." if lang == "id" else ".,"

counts = profile.ascn_counts(ds.ascn, ds.reported)
network = profile.ascn_network(ds.ascn, year)
st.caption(t("ascn.year_note", year=year))
if network.empty:
    st.info(t("ascn.before_launch", year=year))
else:
    row = counts.loc[counts["year"] == year].iloc[0]
    reported = (t("ascn.reported", value=fmt_number(row["reported"]), year=int(row["reported_year"]))
                if pd.notna(row["reported"]) else t("ascn.not_reported", year=year))
    c1, c2, c3, c4 = st.columns(4)
    c1.metric(t("ascn.cities"), fmt_number(len(network)))
    c1.caption(t("ascn.cities_help", reported=reported))
    c2.metric(t("ascn.indonesian"), fmt_number(int((network["country_iso2"] == "ID").sum())))
    c3.metric(t("ascn.countries"), fmt_number(network["country_iso2"].nunique()))
    new = network.loc[network["new_that_year"], "city"].tolist()
    c4.metric(t("ascn.new", year=year), fmt_number(len(new)))
    c4.caption(", ".join(new) if new else t("ascn.new_none"))

    st.subheader(t("ascn.map"), anchor=False)
    left, right = st.columns([3.2, 1])
    with right:
        basemap = st.toggle(t("ascn.basemap"), value=False, key="ascn_basemap", help=t("ascn.basemap_help"))
    labels = {k: t(k) for k in maps.ASCN_LABEL_KEYS}
    countries = {c: t(f"ascn.country.{c.lower()}") for c in ds.ascn["country_iso2"].unique()
                 if f"ascn.country.{c.lower()}" in MESSAGES}
    with left:       # the column's width as the browser reports it: the view fits the network at any width
        col_w, _, _ = map_canvas.canvas_size("ascn_canvas")
    width = col_w or 900
    height = maps.fit_height(*maps.ASCN_BOUNDS, width=width, min_height=280, max_height=520)
    fig = maps.ascn_map(network, labels, basemap=basemap, country_names=countries,
                        land=map_assets.assets().provinces, canvas=(width, height),
                        view=maps.fit_view(*maps.ASCN_BOUNDS, width=width, height=height, padding=0.07))
    with left:
        st.pydeck_chart(fig.deck, height=height, key="ascn_deck")
    with right:
        for lg in fig.legends:
            map_legend(lg, marker="round")
        if not basemap:
            st.caption(t("ascn.map_note"))
            st.caption(t("ascn.attribution"))
    st.markdown(f"**{t('ascn.network_table', year=year)}**")
    named = network.copy()              # the country's name beside its code (the code stays in the downloads)
    named.insert(network.columns.get_loc("country_iso2") + 1, "country",
                 network["country_iso2"].map(countries).fillna(network["country_iso2"]))
    table_with_download(named, "ascn-network", "dl-ascn-network", filters={"year": year}, height=260,
                        headers={"country_iso2": t("ascn.col.country_code"), "country": t("region.col.country_iso2")},
                        hide=("country_iso2",))

st.subheader(t("ascn.growth"), anchor=False)
show_figure(chart(region_charts.ascn_count_chart, counts, {
    "title": t("ascn.growth_title"), "computed": t("ascn.computed"), "reported": t("ascn.reported_series"),
    "x": t("ascn.growth_x"), "y": t("ascn.growth_y")}, year=year, separators=sep), key="ascn-growth")
table_with_download(counts, "ascn-counts", "dl-ascn-counts")

st.subheader(t("ascn.pilots"), anchor=False)
pilots_at = ds.ascn_pilots[ds.ascn_pilots["joined_year"] <= year]
if pilots_at.empty:
    st.info(t("ascn.pilots_empty", year=year))
else:
    if lens == "open":                  # real BPS/Kemendes statistics: the default view
        open_notice()
        nat = _open_national(data.version(), year)
        pilots = profile.pilot_profiles(pilots_at, ds.regions, nat, year_column="data_year_max")
        msg = "ascn.open."
    else:                               # the programme's evaluation scores: synthetic unless imported
        synthetic_notice()
        nat = _national(data.version(), year)
        pilots = profile.pilot_profiles(pilots_at, ds.regions, nat)
        msg = "ascn."
    picture = profile.national_picture(nat)
    st.caption(t(f"{msg}pilots_note", year=year, n=fmt_number(picture["n"])))
    show_figure(chart(region_charts.pilot_chart, pilots, picture, {
        "title": t(f"{msg}pilots_title"), "x": t(f"{msg}pilots_x"), "value": t("ascn.pilots_value"),
        "not_evaluated": t(f"{msg}pilots_not_evaluated"), "median": t("ascn.pilots_median"),
        "pilots": t("ascn.pilots_series")}, separators=sep), key="ascn-pilots")
    table_with_download(pilots, "ascn-pilots", "dl-ascn-pilots", filters={"year": year})
    st.caption(t("ascn.pilot_profiles"))
    with st.container(horizontal=True, wrap=True):       # each name whole, as many a line as fit
        for _, p in pilots.iterrows():
            st.page_link("pages/region.py", label=profile.short_name(p["name"]), icon=":material/location_city:",
                         help=p["name"], query_params={"region": p["code"], "lang": lang}, width="content")

st.subheader(t("ascn.imd"), anchor=False)
st.caption(t("ascn.imd_note"))
imd = profile.imd_ranks(ds.imd)
show_figure(chart(region_charts.imd_chart, imd, {
    "title": t("ascn.imd_title"), "x": t("ascn.imd_x"), "y": t("ascn.imd_y"), "of": t("ascn.imd_of", n="{n}"),
    "of_unknown": t("ascn.imd_of_unknown"), "missing": t("ascn.imd_missing", items="{items}")}, separators=sep),
    key="ascn-imd")
table_with_download(imd, "imd-ranks", "dl-ascn-imd")
