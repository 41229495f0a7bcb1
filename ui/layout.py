"""Layout pieces every page shares: the language switch and the illustrative-data notice."""

from __future__ import annotations

import streamlit as st

from .i18n import LANGUAGES, STATE_KEY, WIDGET_KEY, current_language, t


def _switched() -> None:
    lang = st.session_state.get(WIDGET_KEY)
    if lang in LANGUAGES:
        st.session_state[STATE_KEY] = lang
        st.query_params["lang"] = lang


def language_switch(where=None, *, label_visibility: str = "visible") -> str:
    """The language switch (in the sidebar unless ``where`` is given), kept in the URL as ``?lang=en|id``.

    ``app.py`` calls ``ui.i18n.sync_language()`` first: the URL's ``lang`` wins, else the session's, else the
    browser's locale. The switch writes the language code into the URL (not the label, which a widget bound
    with ``bind="query-params"`` would write), so a shared link opens in the same language."""
    # written on every run, so the URL carries the language from the first run on and after a move from the
    # page menu (which starts the new page with no query parameters)
    st.query_params["lang"] = current_language()
    (where or st.sidebar).segmented_control(
        t("sidebar.language"), list(LANGUAGES), key=WIDGET_KEY, format_func=LANGUAGES.get, required=True,
        on_change=_switched, label_visibility=label_visibility)
    return current_language()


def synthetic_notice() -> None:
    """The visible notice every view showing synthetic scores carries."""
    st.info(t("notice.synthetic"), icon=":material/science:")


def open_notice() -> None:
    """The notice of the open-statistics lens: real data, each value with its year and source; governance and
    branding have no open data."""
    st.success(t("open.notice"), icon=":material/verified:")


def lens_notice(lens: str) -> None:
    """The notice of the lens a score view shows: the synthetic notice only under the evaluation lens."""
    (open_notice if lens == "open" else synthetic_notice)()


def map_legend(legend, *, marker: str = "square", horizontal: bool = False) -> None:
    """Draw a ``viz.maps.Legend`` beside a map (``horizontal``: under it, entries side by side and wrapping): a
    swatch per entry (square for areas, round for points), then its note if any. Labels are HTML-escaped."""
    import html
    radius = "50%" if marker == "round" else "2px"
    entry = ("<div style='display:flex;align-items:center;gap:0.4rem;margin:0.15rem {gap} 0.15rem 0'>"
             "<span style='width:0.95rem;height:0.95rem;flex:none;background:{colour};border:1px solid #616161;"
             "border-radius:{radius}'></span><span>{label}</span></div>")
    rows = "".join(entry.format(gap="1.1rem" if horizontal else "0", colour=e.colour, radius=radius,
                                label=html.escape(e.label)) for e in legend.entries)
    box = "display:flex;flex-wrap:wrap;align-items:center" if horizontal else ""
    st.markdown(f"**{html.escape(legend.title)}**")
    st.markdown(f"<div class='kc-legend' style='font-size:0.85rem;{box}'>{rows}</div>", unsafe_allow_html=True)
    if getattr(legend, "note", None):
        st.caption(legend.note)


def wrapping_columns(spec, *, key: str, fill: bool = True, **kw) -> list:
    """``st.columns(spec, **kw)`` whose row wraps onto a new line before a column gets narrower than 9rem,
    instead of cutting a control's label: at 1,024 px the Map's options read "O…" and Methodology's reset button
    "Pengaturan…". A wrapped column fills its line (``fill``) or keeps its width (a row of like controls, e.g.
    the weight sliders: 3 + 1 rather than a lone one across the page). ``key`` names the row's container
    (``wrap-<key>``, which :data:`BASE_CSS` styles)."""
    return st.container(key=f"wrap-{key}" + ("" if fill else "-nofill")).columns(spec, **kw)


# every page: a metric's label wraps onto a second line instead of being cut to "…" (Indonesian labels are long:
# "Kota percontohan ASCN di Indonesia" in a quarter of the width)
BASE_CSS = """<style>
[data-testid="stMetricLabel"], [data-testid="stMetricLabel"] * {
  white-space: normal !important; overflow: visible !important; text-overflow: clip !important; }
/* a metric's value shrinks with its column instead of being cut ("188.…" in five columns at 1,024 px) */
[data-testid="stMetric"] { container-type: inline-size; }
[data-testid="stMetricValue"] { font-size: min(2.25rem, 15cqi) !important; }
/* a row of metrics wraps onto a second line rather than shrink its numbers to body text (five at 1,024 px) */
[data-testid="stHorizontalBlock"]:has(> [data-testid="stColumn"] [data-testid="stMetric"]) { flex-wrap: wrap; }
[data-testid="stHorizontalBlock"]:has(> [data-testid="stColumn"] [data-testid="stMetric"]) > [data-testid="stColumn"] {
  min-width: 9rem; }
/* a segmented control's options wrap onto a second line instead of hiding the last one ("Provinsi" at 1,024 px) */
[data-testid="stMain"] [data-testid="stButtonGroup"], [data-testid="stMain"] [data-testid="stButtonGroup"] > div {
  flex-wrap: wrap; row-gap: 0.25rem; }
/* a column holding a chart, map or table is at least 20rem wide: a row of them wraps, and each then fills the
   row, rather than squeeze a chart to a sliver (the Overview's levels chart had 194 px at 1,024 px, a radar 60) */
[data-testid="stMain"] [data-testid="stHorizontalBlock"]:has(> [data-testid="stColumn"] :is([data-testid="kcPlotlyChart"],
  [data-testid="stDeckGlJsonChart"], [data-testid="stDataFrame"])) { flex-wrap: wrap; }
[data-testid="stMain"] [data-testid="stHorizontalBlock"] > [data-testid="stColumn"]:has(:is([data-testid="kcPlotlyChart"],
  [data-testid="stDeckGlJsonChart"], [data-testid="stDataFrame"])) { min-width: min(100%, 20rem); }
/* rows of controls from wrapping_columns(): a column at least 9rem wide, the row wraps */
[class*="st-key-wrap-"] [data-testid="stHorizontalBlock"] { flex-wrap: wrap; }
[class*="st-key-wrap-"] [data-testid="stHorizontalBlock"] > [data-testid="stColumn"] { min-width: min(100%, 9rem); }
[class*="st-key-wrap-"][class*="-nofill"] [data-testid="stHorizontalBlock"] > [data-testid="stColumn"] { flex-grow: 0; }
/* a slider in a row with other elements (the Map's play button, slider, year) keeps 12rem: on a phone the year
   goes onto the next line rather than leave the slider a 70 px stub */
[data-testid="stMain"] [data-testid="stHorizontalBlock"] > [data-testid="stElementContainer"]:has([data-testid="stSlider"]) {
  min-width: min(100%, 12rem); }
/* a page title on a phone: a long Indonesian word ("membutuhkannya?") fits its line instead of leaving its last
   character alone on the next */
@media (max-width: 640px) { [data-testid="stMain"] h1 { font-size: 2rem; } }
@media (hover: none) {  /* a touch screen shows a table's toolbar always, 44 px above it: room for it there */
  [data-testid="stDataFrame"] { margin-top: 44px; } }
</style>"""


def base_css() -> None:
    """The app's own few style rules (:data:`BASE_CSS`), once per run."""
    st.html(BASE_CSS)
