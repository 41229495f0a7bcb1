"""Compare: up to six regions side by side (radar overlay, table, trends). The choice lives in the URL
(``?regions=73.71,35.71``, codes or names)."""

import pandas as pd
import streamlit as st

from analytics.summaries import open_index, profile
from analytics.summaries.filters import Filters
from analytics.summaries.tables import maturity_summary
from ui import data
from ui.charts import chart, show_figure
from ui.downloads import table_with_download
from ui.filters import lens_control, sidebar_filters
from ui.i18n import current_language, t
from ui.layout import lens_notice
from ui.safe import plain_list
from viz import region_charts

PARAM = "regions"
KEY = "compare_regions"
MAX = 6
LEVELS = ("ad_hoc", "initial", "scattered", "integrated", "smart")


@st.cache_data(show_spinner=False)
def _national(version: str, as_of: int) -> pd.DataFrame:
    return maturity_summary(data.dataset(), Filters(as_of=as_of))


@st.cache_data(show_spinner=False)
def _trend(version: str, codes: tuple[str, ...], as_of: int) -> pd.DataFrame:
    return profile.trend_summary(data.dataset(), codes, years=range(2017, as_of + 1))


@st.cache_data(show_spinner=False)
def _open_national(version: str, as_of: int) -> pd.DataFrame:
    return open_index.open_index_summary(data.dataset(), Filters(as_of=as_of))


@st.cache_data(show_spinner=False)
def _open_trend(version: str, codes: tuple[str, ...], as_of: int) -> pd.DataFrame:
    return open_index.open_trend(data.dataset(), codes, years=range(2017, as_of + 1))


OPEN_TABLE = ["code", "name", "province_name", "type", "participant", "economy", "society", "living", "environment",
              "index_100", "level", "rank_national", "rank_province", "rank_type", "status", "data_year_min",
              "data_year_max"]


def _resolve(values: list[str], regions: pd.DataFrame) -> tuple[list[str], list[str]]:
    codes, unknown = [], []
    for v in values:
        v = v.strip()
        if not v:
            continue
        if (regions["code"] == v).any():
            codes.append(v)
            continue
        hit = profile.search_regions(regions, v, limit=1)
        if hit.empty:       # (a bare expression here is drawn by Streamlit's magic: "None" per unknown value)
            unknown.append(v)
        else:
            codes.append(str(hit["code"].iloc[0]))
    return list(dict.fromkeys(codes)), unknown


def _to_url() -> None:
    chosen = st.session_state.get(KEY) or []
    if chosen:
        st.query_params[PARAM] = ",".join(chosen)
    elif PARAM in st.query_params:
        del st.query_params[PARAM]


st.title(t("compare.title"))
st.caption(t("compare.intro"))
lens = lens_control()
as_of = sidebar_filters(regions=False).as_of
ds = data.dataset()
regions = ds.regions
names = dict(zip(regions["code"], regions["name"] + " — " + regions["province_name"]))

raw = st.query_params.get(PARAM)
if raw is not None:
    url_codes, unknown = _resolve(raw.split(","), regions)
    if unknown:
        st.warning(t("compare.unknown", values=plain_list(unknown)))   # a link's values: inert text (ui/safe.py)
    if len(url_codes) > MAX:
        st.warning(t("compare.too_many"))
        url_codes = url_codes[:MAX]
    if st.session_state.get(KEY) != url_codes:
        st.session_state[KEY] = url_codes
# sorted by the name without "Kabupaten"/"Kota", filtered by "contains": typing "makassar" or "Kota Makassar" lists
# exactly the regions whose name holds it, prefix matches of the short name first; no "select all matches"
options = profile.picker_order_of(ds)
chosen = st.multiselect(t("compare.pick"), options, format_func=names.get, key=KEY, max_selections=MAX,
                        on_change=_to_url, placeholder=t("compare.pick_placeholder"), persist_state="session",
                        filter_mode="contains", select_all=False)
if chosen and st.query_params.get(PARAM) != ",".join(chosen):
    st.query_params[PARAM] = ",".join(chosen)
if len(chosen) < 2:
    st.info(t("compare.empty", n=len(chosen)))
    # an example one click away: the ASEAN Smart Cities Network pilots (Jakarta: its most populous kota)
    pilots = ds.ascn_pilots.sort_values("population", ascending=False).drop_duplicates("city").sort_values("city")
    st.caption(t("compare.example_note", cities=", ".join(pilots["city"])))
    st.page_link("pages/compare.py", label=t("compare.example"), icon=":material/compare_arrows:",   # a phone's width
                 query_params={PARAM: ",".join(pilots["region_code"]), "lang": current_language()})
    st.stop()

opened = lens == "open"
nat = _open_national(data.version(), as_of) if opened else _national(data.version(), as_of)
order = {c: i for i, c in enumerate(chosen)}
side = nat[nat["code"].isin(chosen)]
side = side.assign(_o=side["code"].map(order)).sort_values("_o").drop(columns="_o").reset_index(drop=True)
missing = [c for c in chosen if c not in set(side["code"])]
if side.empty:
    st.info(t("compare.none_evaluated", year=as_of))
    st.stop()
lens_notice(lens)
if missing:
    st.caption(t("compare.not_evaluated", year=as_of, names=", ".join(regions.set_index("code").loc[missing, "name"])))

lang = current_language()
sep = ",." if lang == "id" else ".,"
pillar_names = dict(zip(ds.pillars["code"], ds.pillars[f"name_{lang}"]))
pillars = open_index.open_pillars() if opened else ds.pillar_codes
left, right = st.columns([1, 1.15])
with left:
    show_figure(chart(region_charts.radar_overlay, side, pillars, pillar_names,
                                            t("compare.radar_open" if opened else "compare.radar"), separators=sep,
                                            scale=(0.0, 100.0) if opened else (0.0, 4.0)), key="compare-radar")
    if opened:
        st.caption(t("open.no_open_data_note", pillars=", ".join(pillar_names[p] for p in open_index.NO_OPEN_DATA)))
with right:
    measure = st.segmented_control(t("compare.measure"), ["index_100", "rank_national"], default="index_100",
                                   required=True, key="compare_measure",
                                   format_func=lambda v: t(f"compare.measure.{v}"))
    trend = (_open_trend if opened else _trend)(data.version(), tuple(side["code"]), as_of)
    labels = {"title": t({(True, False): "compare.trend", (False, False): "compare.trend_rank", (True, True): "compare.trend_open",
                        (False, True): "compare.trend_rank_open"}[(measure == "index_100", opened)]),
              "x": t("region.open.trend_x" if opened else "region.trend_x"),
              "y": t(("region.open.trend_y" if opened else "region.trend_y") if measure == "index_100"
                     else "compare.trend_y_rank"),
              "rank": t("region.trend_rank"), **{f"level.{k}": t(f"map.level.{k}") for k in LEVELS}}
    show_figure(chart(region_charts.trend_chart, trend, labels, value=measure, separators=sep), key="compare-trend")
st.markdown(f"**{t('compare.table_open' if opened else 'compare.table', year=as_of)}**")
if opened:
    side = side[OPEN_TABLE]
table_with_download(side, "compare-open" if opened else "compare-maturity", "dl-compare-table",
                    filters={"as_of": as_of, "regions": "-".join(side["code"])})
st.markdown(f"**{t('compare.trend_open' if opened else 'compare.trend')}**")
table_with_download(trend, "compare-trend-open" if opened else "compare-trend", "dl-compare-trend",
                    filters={"as_of": as_of, "regions": "-".join(side["code"])})
