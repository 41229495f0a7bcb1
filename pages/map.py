"""Map: every kab/kota over the province polygons (pydeck, no basemap service by default). Clicking a region
selects it and offers its profile."""

import pandas as pd
import streamlit as st

from analytics.summaries import geo_layers
from analytics.summaries.coverage import participating
from analytics.summaries.filters import Filters
from analytics.summaries.tables import maturity_summary
from ui import data, presenter
from ui.downloads import csv_download
from ui.filters import sidebar_filters
from ui.i18n import current_language, fmt_number, fmt_percent, t
from ui.layout import map_legend, synthetic_notice
from ui.messages import MESSAGES
from viz import maps

REGION_PAGE = "pages/region.py"
MAP_HEIGHT = 500


@st.cache_data(show_spinner=False)
def _map_data(version: str, as_of: int, island: str | None, province: str | None, kind: str | None):
    """(regions in view with participation and maturity, polygon summary, maturity table), per DB version."""
    ds = data.dataset()
    f = Filters(as_of=as_of, island_group=island, province=province, type=kind)
    mat = maturity_summary(ds, f)
    reg = f.apply(ds.regions).copy()
    reg["participating"] = participating(reg, as_of).to_numpy()
    m = mat.set_index("code")
    reg["level"] = reg["code"].map(m["level"]).astype(object)
    reg["index_100"] = reg["code"].map(m["index_100"]).astype(float)
    reg["rank_national"] = reg["code"].map(m["rank_national"]).astype("Int64")
    polys = geo_layers.polygon_summary(reg, as_of, mat,
                                       province_names=dict(zip(ds.provinces["code"], ds.provinces["name"])))
    return reg.reset_index(drop=True), polys, mat


def _table(df: pd.DataFrame, what: str, key: str, filters: dict) -> None:
    cfg = {c: st.column_config.Column(t(f"region.col.{c}")) for c in df.columns if f"region.col.{c}" in MESSAGES}
    st.dataframe(df, hide_index=True, column_config=cfg, height=min(320, 38 + 35 * len(df)))
    csv_download(df, what, filters=filters, key=key)


def _labels() -> dict[str, str]:
    return {k: t(f"map.{k}") for k in maps.LABEL_KEYS}


def _selected(event, regions: pd.DataFrame, polys: pd.DataFrame) -> tuple[str | None, str | None]:
    """(region code, polygon code) picked on the map, if still in view."""
    objects = ((event or {}).get("selection") or {}).get("objects") or {}
    reg = [o.get("code") for o in objects.get("regions", []) if isinstance(o, dict)]
    poly = [(o.get("properties") or {}).get("map_polygon_code") for o in objects.get("provinces", [])
            if isinstance(o, dict)]
    code = reg[0] if reg and reg[0] in set(regions["code"]) else None
    pcode = poly[0] if poly and poly[0] in set(polys["map_polygon_code"]) else None
    return code, pcode


st.title(t("map.title"))
st.caption(t("map.intro"))
f = sidebar_filters()
regions, polys, mat = _map_data(data.version(), f.as_of, f.island_group, f.province, f.type)

if regions.empty:
    st.info(t("empty.no_regions"))
    st.stop()

c1, c3 = st.columns(2)
c2, c4 = st.columns(2, vertical_alignment="bottom")
colour_by = c1.segmented_control(t("map.colour_by"), list(maps.COLOUR_BY), default="level", required=True,
                                 format_func=lambda v: t(f"map.colour.{v}"), key="map_colour",
                                 bind="query-params", persist_state="session")
shape = c2.segmented_control(t("map.shape"), list(maps.SHAPES), default="points", required=True,
                             format_func=lambda v: t(f"map.shape.{v}"), key="map_shape",
                             bind="query-params", persist_state="session")
fill = c3.segmented_control(t("map.fill"), list(maps.CHOROPLETHS), default="coverage", required=True,
                            format_func=lambda v: t(f"map.fill.{v}"), key="map_fill",
                            bind="query-params", persist_state="session")
basemap = c4.toggle(t("map.basemap"), value=False, key="map_basemap", help=t("map.basemap_help"))
if colour_by == "level" or fill == "maturity":
    synthetic_notice()

filtered = bool(f.island_group or f.province or f.type)
# the map column is about 720 px wide in the normal layout and about 1,150 px in presenter mode (no sidebar)
view = maps.view_for(regions if filtered else None, height=MAP_HEIGHT, width=1150 if presenter.is_active() else 720,
                     pitch=40.0 if shape == "columns" else 0.0)
# no selection ring: Streamlit's selection mode already dims the other regions, and a layer that changes with
# the selection would change the deck spec after each click (the frontend then re-validates the selection)
fig = maps.region_map(regions[maps.POINT_COLUMNS], _labels(), as_of=f.as_of, colour_by=colour_by, shape=shape,
                      polygons=polys, geojson=geo_layers.web_polygons(0.03 if view.zoom < 5 else 0.005),
                      choropleth=fill, basemap=basemap, view=view,
                      fmt_num=fmt_number, fmt_pct=fmt_percent)

left, right = st.columns([3.2, 1])
with left:
    event = st.pydeck_chart(fig.deck, on_select="rerun", selection_mode="single-object", key="map_deck",
                            height=MAP_HEIGHT)
    size_kb = fig.json_size() / 1024
    st.caption(t("map.size_note") + " " + t("map.payload", size=fmt_number(size_kb, 0)))
    csv_download(regions[maps.POINT_COLUMNS], "map-regions", filters=f.describe(), key="dl-map-regions")
code, pcode = _selected(event, regions, polys)
with right:
    for lg in fig.legends:
        map_legend(lg, marker="square")
    n_low = int((regions["coord_confidence"] == "low").sum())
    if n_low:
        st.caption(t("map.low_confidence_note", n=fmt_number(n_low)))
    st.divider()
    if code:
        r = regions.loc[regions["code"] == code].iloc[0]
        st.markdown(f"**{t('map.selected')}**")
        st.subheader(r["name"], anchor=False)
        st.caption(r["province_name"])
        if bool(r["participating"]):
            st.write(t("map.selected_cohort", year=int(r["cohort_year"])))
        else:
            st.write(t("map.selected_not_participant"))
        if isinstance(r["level"], str):
            st.write(t("map.selected_level", level=t(f"map.level.{r['level']}"), index=fmt_number(r["index_100"], 1),
                       rank=fmt_number(r["rank_national"])))
        st.write(t("map.selected_population", population=fmt_number(r["population"])))
        st.page_link(REGION_PAGE, label=t("map.open_profile"), icon=":material/arrow_forward:",
                     query_params={"region": code, "lang": current_language()})
    elif pcode:
        p = polys.loc[polys["map_polygon_code"] == pcode].iloc[0]
        st.markdown(f"**{t('map.selected_province', name=p['name'])}**")
        if p["regions_in_scope"]:
            st.write(t("map.tip.polygon_coverage", n=fmt_number(p["regions_participating"]),
                       total=fmt_number(p["regions_in_scope"]), share=fmt_percent(p["region_share"], 0)))
        if p["covers_several"]:
            st.caption(t("map.tip.polygon_covers", names=p["covered_names"]))
        st.caption(t("map.click_hint"))
    else:
        st.caption(t("map.click_hint"))

st.subheader(t("map.table_regions"), anchor=False)
if mat.empty:
    st.info(t("map.table_regions_empty", year=f.as_of))
else:
    _table(mat, "maturity", "dl-map-maturity", f.describe())

st.subheader(t("map.table_polygons"), anchor=False)
several = polys.loc[polys["covers_several"], "covered_names"]
st.caption(t("map.table_polygons_note", names="; ".join(several)))
_table(polys, "map-provinces", "dl-map-provinces", f.describe())
