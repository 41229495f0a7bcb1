"""Presenter mode for conference talks: ``?present=1`` (optionally ``&lang=id&region=73.71``).

No sidebar or Streamlit chrome, large type, a high-contrast colour-blind-safe palette, and a fixed slide
sequence (overview → reaching need → map → pillars → ASCN → one region) stepped with large Previous / Next buttons (also
PageUp / PageDown, which presentation clickers send). Everything is served by the app itself: no external
fonts, tiles or scripts, so it works with no network at all.

The slide logic (:func:`slides`, :func:`next_slide`, :func:`prev_slide`, :func:`slide_params`) is pure; the
Streamlit parts (:func:`is_active`, :func:`inject_style`, :func:`slide_bar`) are thin adapters used by
``app.py``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import streamlit as st

PARAM = "present"
REGION_PARAM = "region"
MEASURE_PARAM = "map_measure"    # the map slide's measure (the Map page's parameter)
DEFAULT_REGION = "73.71"          # Kota Makassar (ASCN pilot, Sulawesi Selatan)
_TRUE = {"1", "true", "yes", "on"}


@dataclass(frozen=True)
class Slide:
    url_path: str      # the page's url_path in app.py
    nav_key: str       # its title key in the catalogue (``nav.<nav_key>``)


SLIDES: tuple[Slide, ...] = (
    Slide("overview", "home"),
    Slide("equity", "equity"),
    Slide("map", "map"),
    Slide("pillars", "pillars"),
    Slide("ascn", "ascn"),
    Slide("region", "region"),
)


# --- pure helpers ------------------------------------------------------------------------------------------

SLIDES_PARAM = "slides"     # ?slides=map,overview,equity: which slides, in which order (codes = url paths)


def slides(choice: str | None = None) -> list[str]:
    """The slide sequence as page url_paths, in order: the codes of ``choice`` (``"map,overview"``; unknown
    codes dropped, see :func:`ui.slide_content.parse_codes`), else every slide in the standard order."""
    from .slide_content import parse_codes
    return parse_codes(choice)[0]


def unknown_slides(choice: str | None) -> list[str]:
    """The codes of ``choice`` that name no slide (shown to the presenter as a note)."""
    from .slide_content import parse_codes
    return parse_codes(choice)[1]


def slide_number(current: str | None, seq: list[str] | None = None) -> int | None:
    """1-based position of ``current`` in the sequence, or None when the page is not a slide of it."""
    seq = seq or slides()
    return seq.index(current) + 1 if current in seq else None


def next_slide(current: str | None, seq: list[str] | None = None) -> str | None:
    """The slide after ``current``; None on the last slide. A page outside the sequence leads to the first."""
    seq = seq or slides()
    if current not in seq:
        return seq[0]
    i = seq.index(current)
    return seq[i + 1] if i + 1 < len(seq) else None


def prev_slide(current: str | None, seq: list[str] | None = None) -> str | None:
    """The slide before ``current``; None on the first slide and on pages outside the sequence."""
    seq = seq or slides()
    if current not in seq:
        return None
    i = seq.index(current)
    return seq[i - 1] if i > 0 else None


def flag_on(value: object) -> bool:
    """Whether a query-parameter value switches presenter mode on (``1``, ``true``, ``yes``, ``on``)."""
    if isinstance(value, (list, tuple)):
        value = value[-1] if value else None
    return isinstance(value, str) and value.strip().lower() in _TRUE


KEPT_FILTERS = ("year", "island", "province", "type", "lens", MEASURE_PARAM)


def slide_params(query: Mapping[str, object], lang: str | None = None, *, present: bool = True) -> dict[str, str]:
    """The query parameters a slide change keeps: ``present``, ``lang``, ``region`` (Makassar by default), the
    chosen ``slides`` and the filters, lens and map measure (:data:`KEPT_FILTERS`).

    With ``present=False`` (leaving presenter mode) ``present`` is dropped and the rest kept."""
    out: dict[str, str] = {}
    if present:
        out[PARAM] = "1"
    lang = lang or _last(query.get("lang"))
    if lang:
        out["lang"] = lang
    out[REGION_PARAM] = _last(query.get(REGION_PARAM)) or DEFAULT_REGION
    chosen = _last(query.get(SLIDES_PARAM))
    if chosen:
        out[SLIDES_PARAM] = chosen
    for name in KEPT_FILTERS:               # the link's filters and lens hold on every slide (one parser reads them)
        value = _last(query.get(name))
        if value:
            out[name] = value
    return out


def _last(value: object) -> str | None:
    if isinstance(value, (list, tuple)):
        value = value[-1] if value else None
    return str(value) if value not in (None, "") else None


# --- Streamlit adapters ------------------------------------------------------------------------------------

def is_active() -> bool:
    """Presenter mode is on for this run (``?present=1``)."""
    return flag_on(st.query_params.get(PARAM))


PRESENTER_CSS = """
<style>
/* chrome off: header, toolbar, sidebar (and its toggle), footer, decoration bar */
header[data-testid="stHeader"], [data-testid="stToolbar"], [data-testid="stDecoration"],
[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"], [data-testid="stSidebarNav"],
[data-testid="stMainMenu"], [data-testid="stAppDeployButton"], footer { display: none !important; }
/* large type for a projector (the app's sizes are in rem) */
html { font-size: clamp(11px, min(2vh, 1.125vw), 22px); }   /* 22 px on a 1080p projector; the bar fits 16:10 and 4:3 */
[data-testid="stMarkdownContainer"], [data-testid="stMarkdownContainer"] p, [data-testid="stMarkdownContainer"] li,
[data-testid="stWidgetLabel"] p, [data-testid="stExpander"] summary p { color: #000000; }
[data-testid="stMainBlockContainer"] { max-width: 100%; padding: 1.2rem 2.5rem 6.5rem 2.5rem; }
h1 { font-size: 2.4rem !important; font-weight: 700 !important; padding-top: 0 !important; }
h2 { font-size: 1.8rem !important; }
h3 { font-size: 1.4rem !important; }
/* metric values shrink with their column so a long number never runs into the next one */
[data-testid="stMetric"] { container-type: inline-size; }
[data-testid="stMetricValue"] { font-size: min(3.4rem, 15cqi) !important; font-weight: 700; line-height: 1.15; }
[data-testid="stMetricLabel"] p { font-size: 1.15rem !important; font-weight: 600; color: #000000; }
/* captions: full opacity, dark grey (Streamlit fades them to 60 %) */
[data-testid="stCaptionContainer"] { opacity: 1 !important; }
[data-testid="stCaptionContainer"], [data-testid="stCaptionContainer"] p { color: #262626 !important;
  font-size: 0.95rem !important; }
[data-testid="stAlertContainer"] p { font-size: 1rem; color: #000000; }
/* primary buttons keep white text */
.stApp button[data-testid="stBaseButton-primary"] p, .stApp button[data-testid="stBaseButton-primary"] span {
  color: #FFFFFF !important; }
/* the slide bar: fixed at the bottom, always visible */
.st-key-presenter-bar { position: fixed; left: 0; right: 0; bottom: 0; z-index: 999990;
  background: #FFFFFF; border-top: 3px solid #000000; padding: 0.45rem 2.5rem 0.55rem 2.5rem; }
.st-key-presenter-bar button { min-height: 2.6rem; font-size: 1rem; font-weight: 700;
  border: 2px solid #000000; white-space: nowrap; }
.st-key-presenter-bar button p { font-size: 1rem; font-weight: 700; }
.st-key-presenter-bar [data-testid="stButtonGroup"] > div { flex-wrap: nowrap !important; }   /* one line */
.st-key-presenter-indicator [data-testid="stMarkdownContainer"] p { font-size: 1.15rem; font-weight: 700;
  margin: 0; color: #000000; }
/* a disabled button keeps a readable label and a visible border (never an empty white box) */
.st-key-presenter-bar button:disabled { opacity: 1; background: #EDEDED !important; border: 2px solid #767676;
  cursor: not-allowed; }
.st-key-presenter-bar button:disabled p, .st-key-presenter-bar button:disabled span { color: #595959 !important; }
.st-key-presenter-indicator { text-align: center; }
</style>
"""


def inject_style() -> None:
    """Hide the Streamlit chrome and enlarge the type (CSS only; nothing is fetched)."""
    st.html(PRESENTER_CSS)


def slide_bar(current: str, pages: Mapping[str, st.Page]) -> None:
    """The bar at the bottom of every slide: Previous, "slide k of n", Next, the deck as PDF, the language, exit.

    ``current`` is the running page's url_path; ``pages`` maps url_path → ``st.Page`` (as in ``app.py``). The
    sequence is ``?slides=`` (codes, in the presenter's order) or every slide. A slide change keeps ``present``,
    ``lang``, ``region`` and ``slides`` in the URL."""
    from .i18n import current_language, t
    from .layout import language_switch

    params = slide_params(st.query_params, current_language())
    seq = slides(_last(st.query_params.get(SLIDES_PARAM)))
    k, prv, nxt = slide_number(current, seq), prev_slide(current, seq), next_slide(current, seq)
    titles = {s.url_path: s.nav_key for s in SLIDES}
    with st.container(key="presenter-bar"):
        c_prev, c_mid, c_next, c_pdf, c_lang, c_exit = st.columns([2.7, 3.3, 2.7, 2.2, 3.4, 2.8],
                                                                   vertical_alignment="center")
        if c_prev.button(t("presenter.previous"), key="presenter-prev", icon=":material/arrow_back:",
                         disabled=prv is None, shortcut="PageUp", width="stretch"):
            st.switch_page(pages[prv], query_params=params)
        with c_mid.container(key="presenter-indicator"):
            if k is None:
                st.markdown(t("presenter.not_a_slide"))
            else:
                st.markdown(t("presenter.indicator", k=k, n=len(seq), title=t(f"nav.{titles[seq[k - 1]]}")))
        # on the last slide Next stays (disabled, secondary: the CSS keeps its label readable, never a blank box)
        if c_next.button(t("presenter.next"), key="presenter-next", icon=":material/arrow_forward:",
                         disabled=nxt is None, shortcut="PageDown", type="secondary" if nxt is None else "primary",
                         width="stretch"):
            st.switch_page(pages[nxt], query_params=params)
        with c_pdf:
            from . import slides as slide_ui
            slide_ui.download_button(seq)
        with c_lang:
            language_switch(st.container(), label_visibility="collapsed")
        if c_exit.button(t("presenter.exit"), key="presenter-exit", icon=":material/close_fullscreen:",
                         width="stretch"):
            del st.query_params[PARAM]
            st.rerun()


def start_link(current: str, pages: Mapping[str, st.Page]) -> None:
    """The sidebar's way into presenter mode, so nobody types ``?present=1``: a link to this page as a slide when
    it is one (else to the talk's first slide), keeping the language, filters, lens, region and map measure.
    Drawn after the page ran, so the link carries what the page's controls have just put in the URL."""
    from .i18n import current_language, t

    seq = slides(_last(st.query_params.get(SLIDES_PARAM)))
    target = current if current in seq else seq[0]
    st.sidebar.page_link(pages[target], label=t("presenter.start"), icon=":material/slideshow:",
                         help=t("presenter.start_help"),
                         query_params=slide_params(st.query_params, current_language()))


def url_filters(query: Mapping[str, object] | None = None):
    """The shared filters in presenter mode, where the sidebar is not drawn: the URL's valid values
    (``year``, ``island``, ``province``, ``type`` — read by ui/links.py, the parser normal mode uses too: codes or
    names, either language), else the defaults (the national view as of the default year)."""
    from .links import read_filters

    return read_filters(query).filters
