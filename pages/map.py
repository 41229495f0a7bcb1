"""Map: every kabupaten/kota as a polygon coloured by a measure (analytics.summaries.map_measures) as of a year,
province borders on top; find a region by name; play the years; download the map for a report (PNG).

The year control, the map, its legend and the table are one fragment: a new year (or a play step) reruns only
that, and only colours and tooltip lines travel to the browser (the geometry is a cached static file,
ui/map_assets.py)."""

import pandas as pd
import streamlit as st
from streamlit.errors import StreamlitAPIException

from analytics.domain import DEFAULT_AS_OF
from analytics.summaries import geo_layers
from analytics.summaries import map_measures as mm
from analytics.summaries.filters import Filters
from analytics.summaries.indicators import publisher_names
from analytics.io.exports import export_filename
from ui import data, map_assets, map_canvas, map_print, map_text, presenter
from ui.downloads import MISSING, csv_download, display_frame, localized, table_columns
from ui import links
from ui.filters import coded_choice, set_filter, sidebar_filters
from ui.i18n import current_language, t
from ui.layout import map_legend, synthetic_notice, wrapping_columns
from viz import maps

REGION_PAGE = "pages/region.py"
PHONE_COLUMN_PX = 700     # a narrower map column is a phone's (or a narrow window's)
PLAY_STEP_S = 1.6          # seconds per year when playing
GEOGRAPHIES = ("regions", "provinces")
LEGEND_SIDE_PX = 300       # the legend goes beside the map when a narrower map leaves this much room


@st.cache_data(show_spinner=False, max_entries=256)
def _values(version: str, measure_id: str, as_of: int, island: str | None, province: str | None, kind: str | None,
            provinces: bool):
    """(frame, classes) of a measure as of a year inside the filters (regencies, or provinces aggregated)."""
    ds = data.dataset()
    r = mm.measure_values(ds, measure_id, as_of, Filters(as_of=as_of, island_group=island, province=province, type=kind))
    if provinces:
        r = mm.province_values(ds, r)
    return r.frame, r.classes


def _result(measure_id: str, f: Filters, provinces: bool) -> mm.MeasureResult:
    frame, classes = _values(data.version(), measure_id, f.as_of, f.island_group, f.province, f.type, provinces)
    return mm.MeasureResult(mm.get(data.dataset(), measure_id), f.as_of, frame, classes)


@st.cache_data(show_spinner=False, max_entries=16)
def _small_multiples(version: str, measure_id: str, island, province, kind, lang: str, provinces: bool) -> bytes:
    return map_print.small_multiples_png(data.dataset(), measure_id, Filters(island_group=island, province=province,
                                                                             type=kind), lang, provinces=provinces)


def _filters(year: int) -> Filters:
    return Filters(as_of=year, island_group=f.island_group, province=f.province, type=f.type)


# ------------------------------------------------------------------------------------------------ selection
def _on_select() -> None:
    """A click on the map: a region opens its profile; a province zooms to its kab/kota (one-shot flags read by
    the fragment, so a kept selection never fires twice)."""
    sel = (st.session_state.get("map_deck") or {}).get("selection") or {}
    objects = sel.get("objects") or {}
    for layer, flag in (("regions", "map_open"), ("provinces", "map_drill")):
        picked = [o for o in objects.get(layer, []) if isinstance(o, dict)]
        code = ((picked[0].get("properties") or {}).get("code")) if picked else None
        if isinstance(code, str):
            st.session_state[flag] = code


def _handle_clicks(provinces_in_view: set[str]) -> None:
    code = st.session_state.pop("map_open", None)
    if code and code in set(ds.regions["code"]):
        params = (presenter.slide_params(st.query_params, lang) if presenter.is_active() else {"lang": lang})
        st.switch_page(REGION_PAGE, query_params={**params, "region": code})
    prov = st.session_state.pop("map_drill", None)
    if prov and prov in provinces_in_view:
        if presenter.is_active():
            st.query_params["province"] = prov
        else:
            set_filter("province", prov)
        st.rerun(scope="app")


# ------------------------------------------------------------------------------------------------ play
def _initial_year() -> int:
    """The URL's year, else the app's (the other pages' sidebar), else the default."""
    q = st.query_params.get("year")
    if q and str(q).isdigit() and int(q) in years:
        return int(q)
    y = st.session_state.get("year")
    if y in years:
        return int(y)
    return DEFAULT_AS_OF if DEFAULT_AS_OF in years else years[-1]


def _year_changed() -> None:
    _stop_play()
    st.session_state["year"] = st.session_state["map_year"]          # the other pages show the same year


def _toggle_play() -> None:
    playing = not st.session_state.get("map_playing", False)
    st.session_state["map_playing"] = playing
    st.session_state["map_play_changed"] = True
    if playing:
        st.session_state["map_play_hold"] = True          # show the current year first
        if int(st.session_state.get("map_year", years[-1])) >= years[-1]:
            st.session_state["map_year"] = years[0]


def _stop_play() -> None:
    if st.session_state.get("map_playing"):
        st.session_state["map_playing"] = False
        st.session_state["map_play_changed"] = True


def _advance() -> None:
    """One play step (the fragment's timer): the next year; at the last year, stop."""
    if not st.session_state.get("map_playing"):
        return
    if st.session_state.pop("map_play_hold", False):
        return
    year = int(st.session_state.get("map_year", years[0]))
    nxt = next((y for y in years if y > year), years[-1])
    st.session_state["map_year"] = nxt
    if nxt >= years[-1]:
        st.session_state["map_playing"] = False
        st.rerun(scope="app")                                    # the timer stops with the full rerun


# ------------------------------------------------------------------------------------------------ page
# the tooltip may leave the map's box (Streamlit and deck.gl clip it to the canvas, which cut it off at the edges)
st.html("<style>.st-key-map-canvas [data-testid='stDeckGlJsonChart'] div { overflow: visible !important; }"
        ".st-key-map-canvas { position: relative; z-index: 3; }</style>")
st.title(t("map.title"))
st.caption(t("map.intro"))
f = sidebar_filters(year=False)                      # the year is the map's own control below (same "year" state)
ds = data.dataset()
lang = current_language()
years = list(ds.years)
publishers = publisher_names(ds, lang)             # an indicator's source in the page's language
ids = mm.measure_ids(ds)
default = mm.default_measure(ds)

c1, c2, c3, c4 = wrapping_columns([2.5, 1.5, 2.0, 1.5], key="map-controls", vertical_alignment="bottom")
with c1:      # the measure's id in the URL (?map_measure=indicator:hdi), its title in either language accepted
    measure_id = coded_choice(t("map.measure"), ids, param="map_measure", key="map_measure", default=default,
                              format_func=lambda i: map_text.measure_title(mm.get(ds, i), lang), on_change=_stop_play,
                              aliases=links.label_aliases(ids, label=lambda i, lg: map_text.measure_title(
                                  mm.get(ds, i), lg)))
with c2:
    geography = coded_choice(t("map.geography"), list(GEOGRAPHIES), param="map_geo", key="map_geo",
                             default="regions", widget="segmented_control", help=t("map.geography_help"),
                             format_func=lambda g: t(f"map.geography.{g}"),
                             aliases=links.label_aliases(GEOGRAPHIES, key=lambda g: f"map.geography.{g}"))
query = c3.text_input(t("map.find"), key="map_find", placeholder=t("map.find_placeholder"), help=t("map.find_help"))
with c4.popover(t("map.options"), icon=":material/tune:", width="content"):
    basemap = st.toggle(t("map.basemap"), value=False, key="map_basemap", help=t("map.basemap_help"))
    show_names = st.toggle(t("map.show_names"), value=False, key="map_names")
    show_pilots = st.toggle(t("map.show_pilots"), value=False, key="map_pilots")
measure = mm.get(ds, measure_id)
provinces_mode = geography == "provinces" and not f.province      # one province: show its kab/kota
if measure.illustrative:
    synthetic_notice()

found: str | None = None
if query.strip():
    hits = geo_layers.find_regions(ds.regions, query)
    if hits.empty:
        st.info(t("map.find_none", query=query.strip()))
    elif len(hits) == 1 or hits["score"].iloc[0] > hits["score"].iloc[1]:
        found = str(hits["code"].iloc[0])
    else:
        labels = {c: f"{n} ({p})" for c, n, p in zip(hits["code"], hits["name"], hits["province_name"])}
        found = st.pills(t("map.find_pick"), list(labels), format_func=labels.get, key="map_find_pick")
if found != st.session_state.get("map_found_last"):
    st.session_state["map_found_last"] = found
    st.session_state["map_fly"] = int(st.session_state.get("map_fly", 0)) + 1   # a new target: fly there

playing = bool(st.session_state.get("map_playing", False))


@st.fragment(run_every=PLAY_STEP_S if playing else None)
def map_view() -> None:
    if st.session_state.pop("map_play_changed", False) and st.session_state.get("map_view_ran"):
        st.session_state["map_view_ran"] = False
        st.rerun(scope="app")                                    # start/stop the timer
    st.session_state["map_view_ran"] = True
    _advance()
    if st.session_state.get("map_year") not in years:
        st.session_state["map_year"] = _initial_year()
    # one row: the button and the year at their own width (whole: "Putar" was cut at 1,280 px), the slider between
    row = st.container(horizontal=True, vertical_alignment="center", gap="medium")
    running = bool(st.session_state.get("map_playing"))
    row.button(t("map.pause") if running else t("map.play"), key="map_play", on_click=_toggle_play,
               icon=":material/pause:" if running else ":material/play_arrow:", width="content",
               type="primary" if running else "secondary")
    # the map's own year widget, kept in step with the app's year (the sidebar's "year" on the other pages) and
    # the URL; no value= here: the state is the value, so a play step may set it
    year = int(row.select_slider(t("map.year"), options=years, key="map_year", on_change=_year_changed,
                                 help=t("map.year_help"), label_visibility="collapsed", width="stretch"))
    if st.query_params.get("year") != str(year):
        try:
            st.query_params["year"] = str(year)
        except StreamlitAPIException:      # bound to the sidebar's year widget (kept for the session): set its value
            st.session_state["year"] = year
    with row.container(key="map-year", width="content"):
        st.markdown(f"### {t('map.as_of', year=year)}")

    fy = _filters(year)
    result = _result(measure_id, fy, provinces_mode)
    regions_result = _result(measure_id, fy, False) if provinces_mode else result
    assets = map_assets.assets()
    _handle_clicks(set(result.frame.loc[result.frame["in_scope"], "code"]) if provinces_mode else set())

    title = map_text.measure_title(measure, lang)
    text = map_text.map_text(lang, publishers)
    with st.container(key="map-canvas"):
        col_w, win_h, top = map_canvas.canvas_size("map_canvas")
        col_w = col_w or (1800 if presenter.is_active() else 1100)
        scope = regions_result.frame.loc[regions_result.frame["in_scope"], "code"]
        box = geo_layers.bounds(assets.shapes, None if len(scope) == len(regions_result.frame) else scope)
        # the room under the canvas's top (the presenter's slide bar takes the bottom of the window)
        bottom = 130 if presenter.is_active() else 30
        room = (win_h or 900) - (top or (400 if presenter.is_active() else 420)) - bottom
        # a phone's column (≈ 360 px) gets a canvas of the country's own shape, not the desktop's 300 px minimum
        # (that would leave sea bands above and below a 130 px strip of islands)
        min_h = 300 if col_w >= PHONE_COLUMN_PX else 120
        width, height = maps.fit_canvas(*box, width=col_w, max_height=max(360, room), min_height=min_h)
        side = col_w - width >= LEGEND_SIDE_PX                   # room beside a narrower map: the legend goes there
        weights = [width, col_w - width]
        if side:                                                 # the map's column: its share of the width less the gap
            gap = 22 if presenter.is_active() else 16            # 1rem (the presenter's type is larger)
            width, height = maps.fit_canvas(*box, width=int((col_w - gap) * width / col_w),
                                            max_height=max(360, room), min_height=min_h)
        target = geo_layers.bounds(assets.shapes, [found]) if found else box
        if found:                                                # a region: some room around it
            dx, dy = (target[2] - target[0]) * 0.6 + 0.2, (target[3] - target[1]) * 0.6 + 0.2
            target = (target[0] - dx, target[1] - dy, target[2] + dx, target[3] + dy)
        view = maps.fit_view(*target, width=width, height=height, max_zoom=9.0)
        fly = int(st.session_state.get("map_fly", 0))
        view = maps.View(view.latitude, view.longitude, view.zoom, transition_ms=1200 + fly % 2 if fly else 0)
        names = None
        if show_names:
            pts = assets.province_points if provinces_mode else assets.region_points
            codes = result.frame.loc[result.frame["in_scope"], "code"]
            pts = pts[pts["code"].isin(set(codes))]
            if not provinces_mode and len(pts) > map_print.MAX_LABELS:
                pts = pd.DataFrame()
            if not pts.empty:
                nm = result.frame.set_index("code")["name"]
                pts = pts.assign(text=[profile_name(nm[c]) for c in pts["code"]])
            names = pts
        pilots = None
        if show_pilots:
            a = ds.ascn[(ds.ascn["country_iso2"] == "ID") & (ds.ascn["joined_year"] <= year)]
            pilots = a[["lon", "lat"]]
        fig = maps.choropleth(
            result, assets.provinces if provinces_mode else assets.regions,
            assets.province_order if provinces_mode else assets.region_order, text,
            measure_title=title, view=view, legend_title=f"{title} · {t('map.as_of', year=year)}",
            outlines=None if provinces_mode else assets.borders,
            highlight=map_assets.region_feature(assets, found) if found else None, points=pilots, names=names,
            basemap=basemap, layer_id="provinces" if provinces_mode else "regions",
            province_field=None if provinces_mode else "province")
        if side:
            mcol, lcol = st.columns(weights, gap="small", vertical_alignment="center")
        else:
            mcol, lcol = st.container(horizontal_alignment="center"), None
        with mcol:
            st.pydeck_chart(fig.deck, height=height, width="stretch" if side else width,
                            on_select=_on_select, selection_mode="single-object", key="map_deck")
        if lcol is not None:
            with lcol:
                for lg in fig.legends:
                    map_legend(lg, marker="square")
    left, right = wrapping_columns([3.2, 1.0], key="map-notes")
    with left:
        if lcol is None:
            for lg in fig.legends:
                map_legend(lg, marker="square", horizontal=True)
        if show_pilots and pilots is not None and len(pilots):
            a = ds.ascn[(ds.ascn["country_iso2"] == "ID") & (ds.ascn["joined_year"] <= year)]
            st.caption(t("map.pilots_note", names=", ".join(a["city"])))
        st.caption(t("map.attribution"))   # (bytes sent per run: bench/bench_browser.py, not a note for visitors)
    with right:
        st.caption(t("map.click_hint_provinces" if provinces_mode else "map.click_hint"))
        if found:
            _found_card(found, regions_result)
        png_name = export_filename(f"map-{measure_id.replace(':', '-')}-{year}", "png", fy.describe())
        st.download_button(t("map.download_png"), key="dl-map-png", file_name=png_name, mime="image/png",
                           data=lambda: map_print.map_png(ds, measure_id, fy, lang, provinces=provinces_mode,
                                                          highlight=found),
                           help=t("map.download_png_help"), icon=":material/image:", on_click="ignore",
                           width="stretch")
        st.caption(map_text.source_note(measure, lang))

    table = map_text.table(result, lang, publishers)
    st.subheader(t("map.table_provinces" if provinces_mode else "map.table"), anchor=False)
    screen = table.assign(value=pd.to_numeric(table["value"], errors="coerce"))   # a number: sorts, reads localized
    cfg = table_columns(screen, {c: t(f"map.col.{c}") for c in screen.columns})
    # "as shown" repeats the value for a plain number (the CSV keeps it); it stays for categories and named classes
    plain = result.classes.kind != "categorical" and not result.classes.labels
    st.dataframe(localized(display_frame(screen)), hide_index=True, column_config=cfg, placeholder=MISSING,
                 column_order=[c for c in screen.columns if not (plain and c == "shown")],
                 height=min(320, 38 + 35 * len(table)), key="map_table")
    csv_download(table, f"map-{measure_id.replace(':', '-')}", filters=fy.describe(), key="dl-map-values")


def profile_name(name: str) -> str:
    from analytics.summaries.profile import short_name
    return ("Kota " if str(name).startswith("Kota ") else "") + short_name(name)


def _found_card(code: str, result: mm.MeasureResult) -> None:
    row = result.frame.loc[result.frame["code"] == code]
    if row.empty:
        return
    r = row.iloc[0]
    st.divider()
    st.markdown(t("map.found", name=r["name"], province=r["province_name"]))
    if bool(r["in_scope"]):
        shown = maps.value_texts(row, result.classes, map_text.map_text(lang, publishers),
                                   as_of=result.as_of).iloc[0]
        st.write(t("map.found_value", measure=map_text.measure_title(measure, lang),
                   value=shown or t("map.legend.no_data")))
    else:
        st.caption(t("map.found_outside"))
    params = presenter.slide_params(st.query_params, lang) if presenter.is_active() else {"lang": lang}
    st.page_link(REGION_PAGE, label=t("map.open_profile"), icon=":material/arrow_forward:",
                 query_params={**params, "region": code})


map_view()

st.subheader(t("map.small_multiples"), anchor=False)
st.caption(t("map.small_multiples_note", first=years[0], last=years[-1]))
if st.toggle(t("map.small_multiples_show"), key="map_multiples"):
    with st.spinner(t("map.small_multiples_wait")):
        png = _small_multiples(data.version(), measure_id, f.island_group, f.province, f.type, lang, provinces_mode)
    st.image(png, caption=t("map.small_multiples_alt", measure=map_text.measure_title(measure, lang),
                            first=years[0], last=years[-1]), width="stretch")
    st.download_button(t("map.download_small_multiples"), png, key="dl-map-multiples", mime="image/png",
                       file_name=export_filename(f"map-{measure_id.replace(':', '-')}-years", "png",
                                                 {k: v for k, v in f.describe().items() if k != "as_of"}),
                       icon=":material/image:", on_click="ignore")
