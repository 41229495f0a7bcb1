"""Region profile: any of the 514 kab/kota. The choice lives in the URL (``?region=73.71``, a code or a name),
so a link reproduces the view."""

import pandas as pd
import streamlit as st

from analytics.domain import COVID_YEAR, HDI_SERIES_BREAK_YEAR, NEED_INDICATOR
from analytics.summaries import indicators, open_index, profile
from analytics.summaries.filters import Filters
from analytics.summaries.tables import (coverage_summary, maturity_summary, peers_summary, strengths_summary,
                                 uncertainty_summary)
from ui import data
from ui.charts import chart, show_figure
from ui.downloads import csv_download, link_column, number_table, table_with_download
from ui.filters import lens_control, sidebar_filters
from ui.i18n import current_language, fmt_number, fmt_percent, t
from ui.layout import open_notice, synthetic_notice
from ui.messages import MESSAGES
from ui.safe import plain
from viz import indicator_charts, region_charts

UNCERTAINTY_RUNS = 1000
PARAM = "region"


@st.cache_data(show_spinner=False)
def _national(version: str, as_of: int) -> pd.DataFrame:
    return maturity_summary(data.dataset(), Filters(as_of=as_of))


@st.cache_data(show_spinner=False)
def _uncertainty(version: str, as_of: int, n: int) -> pd.DataFrame:
    """Monte Carlo ranks of all evaluated participants: once per DB version and year, whatever the region."""
    return uncertainty_summary(data.dataset(), Filters(as_of=as_of), n=n, seed=0)[0]


# Context a table on this page repeats on every row, left off the screen (kept in the CSV): the region's own name
# and code (the page's heading), and how many regions a median counts (the radar's legend and the notes give it).
# The tables sit in half-width columns, where these pushed the last column out of view.
OWN_NAME = ("code", "name")
MEDIAN_COUNTS = ("province_n", "national_n")
# strengths and weaknesses: what each pillar is comes first, so a narrow column never cuts it ("kekuat…"); the
# regions in the peer median (the note above the table gives them) are left off the screen
STRENGTH_COLUMNS = ["pillar", "kind", "score", "peer_median", "diff"]


@st.cache_data(show_spinner=False)
def _trend(version: str, code: str, as_of: int) -> pd.DataFrame:
    return profile.trend_summary(data.dataset(), [code], years=range(2017, as_of + 1))


@st.cache_data(show_spinner=False)
def _open_national(version: str, as_of: int) -> pd.DataFrame:
    return open_index.open_index_summary(data.dataset(), Filters(as_of=as_of))


@st.cache_data(show_spinner=False)
def _open_uncertainty(version: str, as_of: int, n: int) -> pd.DataFrame:
    """Monte Carlo ranks of the open index over all 514: once per DB version and year, whatever the region."""
    return open_index.open_uncertainty(data.dataset(), Filters(as_of=as_of), n=n, seed=0, sensitivity=False)[0]


@st.cache_data(show_spinner=False)
def _open_trend(version: str, code: str, as_of: int) -> pd.DataFrame:
    return open_index.open_trend(data.dataset(), [code], years=range(2017, as_of + 1))


@st.cache_data(show_spinner=False)
def _region_values(version: str, code: str, as_of: int) -> pd.DataFrame:
    return open_index.region_values(data.dataset(), code, as_of)


# the profile's smaller frames, once per DB version and region (and year): a year change or a rerun reads them
# from the cache instead of recomputing five summaries (bench/README.md, "The Region page's server time")
@st.cache_data(show_spinner=False, max_entries=256)
def _open_parts(version: str, code: str, as_of: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    ds_ = data.dataset()
    return open_index.pillar_comparison(ds_, code, as_of), open_index.open_strengths(ds_, code, as_of)


@st.cache_data(show_spinner=False, max_entries=256)
def _open_peers(version: str, code: str, as_of: int, same: str | None) -> pd.DataFrame:
    return open_index.open_peers(data.dataset(), code, as_of=as_of, k=5, same=same)


@st.cache_data(show_spinner=False, max_entries=256)
def _hdi_trends(version: str, code: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    ds_ = data.dataset()
    return (indicators.indicator_trend(ds_, NEED_INDICATOR, [code]),
            indicators.national_trend(ds_, NEED_INDICATOR))


@st.cache_data(show_spinner=False, max_entries=256)
def _networks(version: str, code: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    ds_ = data.dataset()
    return profile.region_networks(code, ds_.ascn_pilots, ds_.imd, ds_.regions)


def _resolve(value: str | None, regions: pd.DataFrame) -> str | None:
    """A region code from a URL value: a code, a full name, or the best name match."""
    if not value:
        return None
    value = str(value).strip()
    if (regions["code"] == value).any():
        return value
    hit = profile.search_regions(regions, value, limit=1)
    return None if hit.empty else str(hit["code"].iloc[0])


def _to_url() -> None:
    code = st.session_state.get(PARAM)
    if code:
        st.query_params[PARAM] = code
    elif PARAM in st.query_params:
        del st.query_params[PARAM]


st.title(t("region.title"))
st.caption(t("region.intro"))
lens = lens_control()
as_of = sidebar_filters(regions=False).as_of
ds = data.dataset()
regions = ds.regions
names = dict(zip(regions["code"], regions["name"] + " — " + regions["province_name"]))

url_value = st.query_params.get(PARAM)
url_code = _resolve(url_value, regions)
if url_value and url_code is None:
    st.warning(t("region.url_unknown", value=plain(url_value)))   # a link's value: inert text (ui/safe.py)
if url_code and st.session_state.get(PARAM) != url_code:
    st.session_state[PARAM] = url_code
options = profile.picker_order_of(ds)       # by the name without "Kabupaten"/"Kota" (see pages/compare.py)
code = st.selectbox(t("region.pick"), options, index=None, format_func=names.get, key=PARAM, on_change=_to_url,
                    placeholder=t("region.pick_placeholder"), persist_state="session", filter_mode="contains")
if code and st.query_params.get(PARAM) != code:
    st.query_params[PARAM] = code
if not code:
    st.info(t("region.empty"))
    st.stop()

r = regions.loc[regions["code"] == code].iloc[0]
pillar_names_all = dict(zip(ds.pillars["code"], ds.pillars[f"name_{current_language()}"]))
pillar_names = pillar_names_all
name = r["name"]
st.header(name, anchor=False)
st.caption(t("region.subtitle", province=r["province_name"], type=t(f"type.{r['type']}"), code=code))

cohort = None if pd.isna(r["cohort_year"]) else int(r["cohort_year"])
participant = cohort is not None and cohort <= as_of
nat = _national(data.version(), as_of)
row = nat.loc[nat["code"] == code]
evaluated = not row.empty

c1, c2, c3, c4 = st.columns(4)
c1.metric(t("region.population"), fmt_number(r["population"]),
          help=t("region.population_help", size=t(f"region.size.{r['size_class']}")))
status = (t("region.status_cohort", year=cohort) if participant else
          t("region.status_later", year=cohort) if cohort else t("region.status_no"))
c2.metric(t("region.status"), status)

# ---------------------------------------------------------------- participation
st.subheader(t("region.participation"), anchor=False)
if participant:
    st.write(t("region.cohort", year=cohort, evidence=t(f"region.evidence.{r['evidence']}")))
    if isinstance(r["cohort_source_url"], str) and r["cohort_source_url"]:
        st.link_button(t("region.source"), r["cohort_source_url"], icon=":material/open_in_new:")
    if isinstance(r["cohort_years"], str) and "," in r["cohort_years"]:
        st.caption(t("region.cohort_history", years=r["cohort_years"]))
else:
    if cohort:
        st.info(t("region.joins_later", name=name, cohort=cohort, year=as_of), icon=":material/schedule:")
    else:
        st.info(t("region.not_participant", name=name, year=as_of), icon=":material/info:")
    prov = coverage_summary(ds, Filters(as_of=as_of, province=r["province_code"]), by="province").iloc[0]
    st.write(t("region.province_coverage", province=r["province_name"], n=fmt_number(prov["regions_participating"]),
               total=fmt_number(prov["regions_in_scope"]), year=as_of, share=fmt_percent(prov["region_share"]),
               reached=fmt_number(prov["population_reached"]), residents=fmt_number(prov["population_in_scope"])))
    st.markdown(f"**{t('region.nearest')}**")
    near = profile.nearest_participants(regions, code, as_of, k=5)
    st.caption(t("region.nearest_note"))
    if r["coord_confidence"] == "low":
        st.caption(t("region.low_confidence"))
    table_with_download(near, "nearest-participants", "dl-region-nearest", filters={"region": code, "as_of": as_of})

# ---------------------------------------------------------------- open statistics (open lens)
def _open_metrics(m: pd.Series, n_ranked: int, nat: pd.DataFrame) -> None:
    level = t(f"map.level.{m['level']}") if isinstance(m["level"], str) else "—"
    years = _span(m["data_year_min"], m["data_year_max"])
    if m["status"] != open_index.RANKED:
        c3.metric(t("open.index"), t("open.status.insufficient_data"),
                  help=t("region.open.insufficient_help", n=int(m["pillars_present"])))
        return
    c3.metric(t("open.index"), fmt_number(m["index_100"], 1), help=t("region.open.index_help", level=level, years=years))
    same_prov = nat["province_code"] == m["province_code"]
    same_type = nat["type"] == m["type"]
    c4.metric(t("region.rank"), t("region.rank_value", rank=fmt_number(m["rank_national"]), n=fmt_number(n_ranked)),
              help=t("region.rank_help", province=fmt_number(m["rank_province"]),
                     n_province=fmt_number(int(same_prov.sum())), type=t(f"type.{m['type']}"),
                     type_rank=fmt_number(m["rank_type"]), n_type=fmt_number(int(same_type.sum()))))


def _span(lo, hi) -> str:
    if pd.isna(lo):
        return "—"
    return str(int(lo)) if int(lo) == int(hi) else f"{int(lo)}–{int(hi)}"


def open_view() -> None:
    st.subheader(t("region.open.title", year=as_of), anchor=False)
    open_notice()
    lang = current_language()
    sep = ",." if lang == "id" else ".,"
    nat = _open_national(data.version(), as_of)
    m = nat.loc[nat["code"] == code].iloc[0]
    n_ranked = int((nat["status"] == open_index.RANKED).sum())
    _open_metrics(m, n_ranked, nat)
    a, b, d, c = st.columns(4)
    level = t(f"map.level.{m['level']}") if isinstance(m["level"], str) else "—"
    a.metric(t("region.open.level"), level, help=t("open.level_note"))
    vals = _region_values(data.version(), code, as_of)
    hdi = vals.set_index("indicator").loc[NEED_INDICATOR]
    d.metric(t("region.open.hdi", year=int(hdi["year"]) if pd.notna(hdi["year"]) else "—"), fmt_number(hdi["value"], 2),
             help=t("region.open.hdi_help", median=fmt_number(hdi["national_median"], 2)))
    unc = _open_uncertainty(data.version(), as_of, UNCERTAINTY_RUNS)
    u = unc.loc[unc["code"] == code]
    if not u.empty and pd.notna(u["p05_rank"].iloc[0]):
        u = u.iloc[0]
        b.metric(t("region.interval"), t("region.interval_value", lo=fmt_number(u["p05_rank"]), hi=fmt_number(u["p95_rank"])),
                 help=t("region.interval_help", n=fmt_number(UNCERTAINTY_RUNS), median=fmt_number(u["median_rank"], 1)))
    c.caption(t("region.open.data_years", years=_span(m["data_year_min"], m["data_year_max"]),
                n=int(m["indicators_present"]), total=len(open_index.open_indicators())))

    # the real values, each with its own year and source
    st.markdown(f"**{t('region.open.values')}**")
    publishers = indicators.publisher_names(data.dataset(), lang)
    shown = pd.DataFrame({
        t("region.col.indicator"): vals[f"name_{lang}"].to_numpy(),
        t("region.col.value"): vals["value"].to_numpy(dtype=float),
        t("region.col.value_year"): pd.array(vals["year"], dtype="Int64"),
        t("region.col.unit"): vals[f"unit_{lang}"].to_numpy(),
        t("region.col.open_pillar"): [pillar_names.get(p, "—") if isinstance(p, str) else "—" for p in vals["open_pillar"]],
        t("region.col.score_100"): vals["score_100"].to_numpy(dtype=float),
        t("region.col.province_median"): vals["province_median"].to_numpy(dtype=float),
        t("region.col.national_median"): vals["national_median"].to_numpy(dtype=float),
        t("region.col.publisher"): vals["publisher"].map(publishers).to_numpy(),
        t("region.col.source_url"): vals["source_url"].to_numpy(),
    })
    magnitude = lambda v: 0 if abs(v) >= 1000 else 2  # noqa: E731 - rupiah and people whole, rates and indices 2
    number_table(shown, {t("region.col.value"): magnitude, t("region.col.value_year"): "year",
                         t("region.col.score_100"): 1, t("region.col.province_median"): magnitude,
                         t("region.col.national_median"): magnitude}, key="tbl-region-values",
                 column_config={t("region.col.source_url"): link_column()})
    csv_download(vals, "region-indicators", filters={"region": code, "as_of": as_of}, key="dl-region-values")
    notes = [t("open.caveat.covid")] if (vals["year"] == COVID_YEAR).any() else []
    if as_of >= HDI_SERIES_BREAK_YEAR:
        notes.append(t("open.caveat.hdi_series"))
    if vals.loc[vals["indicator"].str.startswith("village"), "value"].isna().all():
        notes.append(t("open.caveat.villages_only"))
    st.caption(" ".join([t("region.open.values_note"), *notes]))

    left, right = st.columns([1, 1.1])       # the strengths table (right) needs ≈ 490 px at 1,440
    with left:
        st.markdown(f"**{t('region.radar')}**")
        comp, sw = _open_parts(data.version(), code, as_of)
        n_prov = int(comp["province_n"].iloc[0])
        fig = chart(region_charts.pillar_radar, comp, pillar_names, {
            "title": t("region.open.radar_title", year=as_of), "region": name,
            "province": t("region.radar_province", province=r["province_name"], n=n_prov),
            "national": t("region.radar_national", n=int(comp["national_n"].iloc[0]))}, separators=sep,
            scale=(0.0, 100.0))
        show_figure(fig, key="region-radar")
        st.caption(t("open.no_open_data_note", pillars=", ".join(pillar_names_all[p] for p in open_index.NO_OPEN_DATA)))
        table_with_download(comp, "region-pillars-open", "dl-region-pillars", filters={"region": code, "as_of": as_of},
                            headers={"score": t("region.col.score_100")}, hide=MEDIAN_COUNTS)
    with right:
        st.markdown(f"**{t('region.strengths')}**")
        st.caption(t("region.open.strengths_note", n=fmt_number(len(nat))))
        with st.container(key="fit-strengths"):                 # a half-width table (e2e: it fits)
            table_with_download(sw, "strengths-open", "dl-region-strengths", filters={"region": code, "as_of": as_of},
                                headers={"score": t("region.col.score_100")}, column_order=STRENGTH_COLUMNS)
        st.markdown(f"**{t('region.peers')}**")
        same = st.segmented_control(t("region.peers_same"), ["all", "type", "size_class"], default="all",
                                    required=True, key="region_peers",
                                    format_func=lambda v: t(f"region.open.peers_same.{v}"))
        peers = _open_peers(data.version(), code, as_of, None if same == "all" else same)
        st.caption(t("region.open.peers_note"))
        if peers.empty:
            st.info(t("region.peers_empty"))
        else:
            table_with_download(peers, "peers-open", "dl-region-peers",
                                filters={"region": code, "as_of": as_of, "same": same})
            st.page_link("pages/compare.py", label=t("region.compare_link"), icon=":material/compare_arrows:",
                         query_params={"regions": ",".join([code, *peers["code"].head(5)]), "lang": lang,
                                       "lens": "open"})

    st.markdown(f"**{t('region.open.trend')}**")
    t1, t2 = st.columns(2)
    with t1:
        trend = _open_trend(data.version(), code, as_of)
        labels = {"title": t("region.open.trend_title"), "x": t("region.open.trend_x"), "y": t("region.open.trend_y"),
                  "rank": t("region.trend_rank"),
                  **{f"level.{k}": t(f"map.level.{k}") for k in ("ad_hoc", "initial", "scattered", "integrated",
                                                                 "smart")}}
        show_figure(chart(region_charts.trend_chart, trend, labels, separators=sep), key="region-trend")
        table_with_download(trend, "region-trend-open", "dl-region-trend", filters={"region": code, "as_of": as_of},
                            hide=OWN_NAME)
    with t2:
        hdi, national = _hdi_trends(data.version(), code)
        show_figure(chart(indicator_charts.trend_lines, hdi, national, {
            "title": t("region.open.hdi_title"), "x": t("region.open.hdi_x"), "y": t("region.open.hdi_y"),
            "median": t("region.open.hdi_median"), "band": t("region.open.hdi_band")}, separators=sep),
            key="region-hdi")
        table_with_download(hdi, "region-hdi", "dl-region-hdi", filters={"region": code},
                            hide=(*OWN_NAME, "indicator", "national_n"))
        st.caption(t("open.caveat.hdi_series"))


# ---------------------------------------------------------------- maturity (evaluation lens)
def evaluation_view() -> None:
    if participant:
        st.subheader(t("region.maturity", year=as_of), anchor=False)
        if not evaluated:
            st.info(t("region.not_evaluated", name=name, cohort=cohort, year=as_of))
        else:
            synthetic_notice()
            m = row.iloc[0]
            level = t(f"map.level.{m['level']}") if isinstance(m["level"], str) else "—"
            c3.metric(t("region.index"), fmt_number(m["index_100"], 1),
                      help=t("region.index_help", eval_year=int(m["eval_year"]), level=level))
            same_prov = nat["province_code"] == m["province_code"]
            same_type = nat["type"] == m["type"]
            c4.metric(t("region.rank"), t("region.rank_value", rank=fmt_number(m["rank_national"]), n=fmt_number(len(nat))),
                      help=t("region.rank_help", province=fmt_number(m["rank_province"]),
                             n_province=fmt_number(int(same_prov.sum())), type=t(f"type.{m['type']}"),
                             type_rank=fmt_number(m["rank_type"]), n_type=fmt_number(int(same_type.sum()))))
            unc = _uncertainty(data.version(), as_of, UNCERTAINTY_RUNS)
            u = unc.loc[unc["code"] == code]
            a, b, c = st.columns(3)
            a.metric(t("map.colour.level"), level)
            if not u.empty:
                u = u.iloc[0]
                b.metric(t("region.interval"), t("region.interval_value", lo=fmt_number(u["p05_rank"]),
                                                    hi=fmt_number(u["p95_rank"])),
                         help=t("region.interval_help", n=fmt_number(UNCERTAINTY_RUNS),
                                median=fmt_number(u["median_rank"], 1)))
            src = str(m["score_source"])
            src_key = f"region.source.{src}" if f"region.source.{src}" in MESSAGES else None
            c.caption(t("region.score_source", source=t(src_key) if src_key else src))
            lang = current_language()
            sep = ",." if lang == "id" else ".,"
            pillar_names = dict(zip(ds.pillars["code"], ds.pillars[f"name_{lang}"]))

            left, right = st.columns([1, 1.1])       # the strengths table (right) needs ≈ 490 px at 1,440
            with left:
                st.markdown(f"**{t('region.radar')}**")
                comp = profile.pillar_comparison(nat, code, ds.pillar_codes)
                n_prov = int(comp["province_n"].iloc[0])
                fig = chart(region_charts.pillar_radar, comp, pillar_names, {
                    "title": t("region.radar_title", year=int(m["eval_year"])), "region": name,
                    "province": t("region.radar_province", province=r["province_name"], n=n_prov),
                    "national": t("region.radar_national", n=len(nat))}, separators=sep)
                show_figure(fig, key="region-radar")
                table_with_download(comp, "region-pillars", "dl-region-pillars", filters={"region": code, "as_of": as_of},
                                    hide=MEDIAN_COUNTS)
            with right:
                st.markdown(f"**{t('region.strengths')}**")
                sw = strengths_summary(ds, code, as_of)
                st.caption(t("region.strengths_note", n=fmt_number(len(nat))))
                with st.container(key="fit-strengths"):         # a half-width table (e2e: it fits)
                    table_with_download(sw, "strengths", "dl-region-strengths",
                                        filters={"region": code, "as_of": as_of}, column_order=STRENGTH_COLUMNS)
                st.markdown(f"**{t('region.peers')}**")
                same = st.segmented_control(t("region.peers_same"), ["all", "type", "size_class"], default="all",
                                            required=True, key="region_peers",
                                            format_func=lambda v: t(f"region.peers_same.{v}"))
                peers = peers_summary(ds, code, as_of=as_of, k=5, same=None if same == "all" else same)
                st.caption(t("region.peers_note"))
                if peers.empty:
                    st.info(t("region.peers_empty"))
                else:
                    table_with_download(peers, "peers", "dl-region-peers", filters={"region": code, "as_of": as_of, "same": same})
                    st.page_link("pages/compare.py", label=t("region.compare_link"), icon=":material/compare_arrows:",
                                 query_params={"regions": ",".join([code, *peers["code"].head(5)]), "lang": lang})

            st.markdown(f"**{t('region.trend')}**")
            trend = _trend(data.version(), code, as_of)
            if trend.empty:
                st.info(t("region.trend_empty", year=as_of))
            else:
                labels = {"title": t("region.trend_title"), "x": t("region.trend_x"), "y": t("region.trend_y"),
                          "rank": t("region.trend_rank"),
                          **{f"level.{k}": t(f"map.level.{k}") for k in ("ad_hoc", "initial", "scattered",
                                                                         "integrated", "smart")}}
                show_figure(chart(region_charts.trend_chart, trend, labels, separators=sep), key="region-trend")
                table_with_download(trend, "region-trend", "dl-region-trend", filters={"region": code, "as_of": as_of},
                                    hide=OWN_NAME)



if lens == "open":
    open_view()
elif participant:
    evaluation_view()

# ---------------------------------------------------------------- ASCN / IMD
pilot, imd = _networks(data.version(), code)
if not pilot.empty or not imd.empty:
    st.subheader(t("region.networks"), anchor=False)
    for _, p in pilot.iterrows():
        st.write(t("region.ascn_pilot_whole" if p["whole"] else "region.ascn_pilot", city=p["city"],
                   year=int(p["joined_year"])))
    if not imd.empty:
        city = imd["city"].iloc[0]
        st.markdown(f"**{t('region.imd', city=city)}**")
        table_with_download(imd, "imd-ranks", "dl-region-imd", filters={"city": city})
