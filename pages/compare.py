"""Compare: up to six regions side by side (radar overlay, table, trends). The choice lives in the URL
(``?regions=73.71,35.71``, codes or names)."""

import pandas as pd
import streamlit as st

from analytics.summaries import profile
from analytics.summaries.filters import Filters
from analytics.summaries.tables import maturity_summary
from ui import data
from ui.charts import show_figure
from ui.downloads import table_with_download
from ui.filters import sidebar_filters
from ui.i18n import current_language, t
from ui.layout import synthetic_notice
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
options = sorted(names, key=lambda c: names[c].casefold())
chosen = st.multiselect(t("compare.pick"), options, format_func=names.get, key=KEY, max_selections=MAX,
                        on_change=_to_url, placeholder=t("compare.pick_placeholder"), persist_state="session")
if chosen and st.query_params.get(PARAM) != ",".join(chosen):
    st.query_params[PARAM] = ",".join(chosen)
if len(chosen) < 2:
    st.info(t("compare.empty", n=len(chosen)))
    st.stop()

nat = _national(data.version(), as_of)
order = {c: i for i, c in enumerate(chosen)}
side = nat[nat["code"].isin(chosen)]
side = side.assign(_o=side["code"].map(order)).sort_values("_o").drop(columns="_o").reset_index(drop=True)
missing = [c for c in chosen if c not in set(side["code"])]
if side.empty:
    st.info(t("compare.none_evaluated", year=as_of))
    st.stop()
synthetic_notice()
if missing:
    st.caption(t("compare.not_evaluated", year=as_of, names=", ".join(regions.set_index("code").loc[missing, "name"])))

lang = current_language()
sep = ",." if lang == "id" else ".,"
pillar_names = dict(zip(ds.pillars["code"], ds.pillars[f"name_{lang}"]))
left, right = st.columns([1, 1.15])
with left:
    show_figure(region_charts.radar_overlay(side, ds.pillar_codes, pillar_names, t("compare.radar"), separators=sep),
                key="compare-radar")
with right:
    measure = st.segmented_control(t("compare.measure"), ["index_100", "rank_national"], default="index_100",
                                   required=True, key="compare_measure",
                                   format_func=lambda v: t(f"compare.measure.{v}"))
    trend = _trend(data.version(), tuple(side["code"]), as_of)
    labels = {"title": t("compare.trend" if measure == "index_100" else "compare.trend_rank"),
              "x": t("region.trend_x"),
              "y": t("region.trend_y" if measure == "index_100" else "compare.trend_y_rank"),
              "rank": t("region.trend_rank"), **{f"level.{k}": t(f"map.level.{k}") for k in LEVELS}}
    show_figure(region_charts.trend_chart(trend, labels, value=measure, separators=sep), key="compare-trend")
st.markdown(f"**{t('compare.table', year=as_of)}**")
table_with_download(side, "compare-maturity", "dl-compare-table", filters={"as_of": as_of, "regions": "-".join(side["code"])})
st.markdown(f"**{t('compare.trend')}**")
table_with_download(trend, "compare-trend", "dl-compare-trend", filters={"as_of": as_of, "regions": "-".join(side["code"])})
