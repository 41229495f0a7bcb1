"""The slides of presenter mode: each slide page draws ONE message — a headline with its numbers, one figure, a
source line — sized to the window (16:9 at 1920×1080 and 1280×720) with no scrolling and no page controls:
its state (year, filters, region, the chosen slides) comes from the link.

The content is :mod:`ui.slide_content` (no Streamlit; the same content makes the PDF deck of
:mod:`viz.deck_pdf`). Everything heavy is cached on the data version (:func:`ui.data.version`), so a slide
change re-reads nothing: the summaries, the figure PNG and the deck are computed once per build, language,
filters and region."""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence

import streamlit as st

from analytics.summaries.filters import Filters
from viz import deck_pdf

from . import data, presenter, slide_content
from .i18n import current_language, t

# The window is split in CSS (no Python knows the viewport): the fixed slide bar takes --kc-bar at the bottom;
# the slide is a flex column of exactly the rest of the window — headline and source keep their height and the
# figure gets the remainder, the picture scaled into it (object-fit: contain). Sizes in vh scale the slide with
# the window, so 1280×720 is 1920×1080 at two thirds.
#
# A chart's picture in two shapes: 13 × 5.2 in for wide windows (16:9, 16:10), 13 × 7.5 in for squarer ones (4:3,
# 5:4), where the wide one left a third of the room empty. SLIDE_CSS shows the one the window's aspect suits.
WIDE_IN, TALL_IN = 5.2, 7.5
TALL_ASPECT = "3/2"            # windows at most this wide for their height show the tall picture


SLIDE_CSS = """
<style>
:root { --kc-bar: max(4.4rem, 9vh); }
html { font-size: clamp(11px, min(2vh, 1.125vw), 22px); }   /* 16:9 as before; 16:10 and 4:3 by their width */
[data-testid="stMain"] { overflow: hidden; }
[data-testid="stMainBlockContainer"] { height: calc(100vh - var(--kc-bar)); padding: 1.6vh 2.5vw 0 2.5vw !important;
  box-sizing: border-box; overflow: hidden; display: flex; flex-direction: column; }
[data-testid="stMainBlockContainer"] > [data-testid="stVerticalBlock"],
[data-testid="stMainBlockContainer"] > div > [data-testid="stVerticalBlock"] { flex: 1 1 0; min-height: 0; gap: 0; }
[data-testid="stLayoutWrapper"]:has(> .st-key-slide) { flex: 1 1 0; min-height: 0; }
.st-key-slide { height: 100%; gap: 1vh; overflow: hidden; }
.st-key-slide > [data-testid="stLayoutWrapper"], .st-key-slide > [data-testid="stLayoutWrapper"] > div { flex: none; }
.st-key-slide [data-testid="stMarkdownContainer"] { margin-bottom: 0 !important; }
.st-key-slide > [data-testid="stLayoutWrapper"]:has(> .st-key-slide-figure) { flex: 1 1 0; min-height: 0; }
.st-key-slide > [data-testid="stLayoutWrapper"] > .st-key-slide-figure { flex: 1 1 auto; height: 100%;
  position: relative; }
.st-key-slide-figure > [data-testid="stLayoutWrapper"]:has(> :is(.st-key-slide-wide, .st-key-slide-tall)),
:is(.st-key-slide-wide, .st-key-slide-tall),
:is(.st-key-slide-figure, .st-key-slide-wide, .st-key-slide-tall) > [data-testid="stElementContainer"],
:is(.st-key-slide-figure, .st-key-slide-wide, .st-key-slide-tall) > [data-testid="stElementContainer"]
  [data-testid="stFullScreenFrame"],
:is(.st-key-slide-figure, .st-key-slide-wide, .st-key-slide-tall) > [data-testid="stElementContainer"]
  [data-testid="stFullScreenFrame"] > div,
.st-key-slide-figure [data-testid="stImage"], .st-key-slide-figure [data-testid="stImageContainer"] {
  height: 100%; width: 100%; }
@media (max-aspect-ratio: TALL_ASPECT) {
  .st-key-slide-figure > [data-testid="stLayoutWrapper"]:has(> .st-key-slide-wide) { display: none; } }
@media not all and (max-aspect-ratio: TALL_ASPECT) {
  .st-key-slide-figure > [data-testid="stLayoutWrapper"]:has(> .st-key-slide-tall) { display: none; } }
.st-key-slide-figure img { height: 100% !important; width: 100% !important; max-width: 100% !important;
  object-fit: contain; object-position: center top; }
.st-key-slide-figure [data-testid="stElementToolbar"] { display: none; }
.st-key-slide-figure > [data-testid="stLayoutWrapper"]:has(.st-key-slide-badge) { position: absolute; bottom: 0.5vh;
  right: 0.5vw; z-index: 5; width: auto; }
.st-key-slide-headline h1 { font-size: 4.4vh !important; line-height: 1.22; margin: 0; padding: 0 !important; }
.st-key-slide-headline [data-testid="stHeaderActionElements"] { display: none; }
.st-key-slide-source p { font-size: 1.8vh !important; line-height: 1.3; margin: 0; color: #262626 !important; }
.st-key-slide-note [data-testid="stAlertContainer"] { padding: 0.6vh 1vw; }
.st-key-slide-note p { font-size: 1.6vh !important; margin: 0; }
.st-key-slide-badge p, .st-key-slide-badge span { font-size: 2.2vh !important; font-weight: 700; }
.st-key-presenter-bar { height: var(--kc-bar); box-sizing: border-box; padding-top: 0.6vh !important;
  padding-bottom: 0.6vh !important; display: flex; align-items: center; overflow: hidden; }
.st-key-presenter-bar > div { width: 100%; }
</style>
""".replace("TALL_ASPECT", TALL_ASPECT)


def _region() -> str:
    value = st.query_params.get(presenter.REGION_PARAM)
    return value or presenter.DEFAULT_REGION


def _measure() -> str | None:
    """The link's map measure (``map_measure=``, a measure id; the slide falls back to the default)."""
    value = st.query_params.get(presenter.MEASURE_PARAM)
    return str(value)[:80] if value else None


log = logging.getLogger(__name__)
PREFETCH_MAX = 2               # talks whose coming slides are being prepared at once in this process (a thread each)
_prefetching: set[tuple] = set()
_prepared: dict[tuple, None] = {}    # (talk, slide) built in the background, oldest first, at most PREPARED_MAX
PREPARED_MAX = 32                    # as many slides as the figure cache keeps (64 pictures, two shapes each)
_prefetch_lock = threading.Lock()
_prefetch_done = threading.Condition(_prefetch_lock)


@st.cache_data(show_spinner=False, max_entries=64)
def _slide(version: str, code: str, f: Filters, lang: str, region: str,
           measure: str | None = None, _ds=None) -> deck_pdf.DeckSlide:
    """``_ds``: the Dataset of ``version`` when the caller has it (the prefetch thread, which has no session to
    ask :func:`ui.data.dataset`); not part of the cache key (a leading underscore), ``version`` names it."""
    from . import map_print
    ds = _ds if _ds is not None else data.dataset()
    return slide_content.build(code, ds, f, lang, region=region, measure=measure,
                               map_png=lambda ds, m, ff, lg: map_print.map_png(ds, m, ff, lg, width_px=2400,
                                                                             footer=False))


@st.cache_data(show_spinner=False, max_entries=64)
def _figure(version: str, code: str, f: Filters, lang: str, region: str, measure: str | None = None,
            _ds=None, tall: bool = False) -> bytes | None:
    """The slide's figure as PNG (``tall``: the squarer shape; None for a figure that is already a picture, the
    map, which has one shape)."""
    s = _slide(version, code, f, lang, region, measure, _ds=_ds)
    if s.figure is None or (tall and isinstance(s.figure, deck_pdf.Image)):
        return None
    return deck_pdf.figure_png(s.figure, height_in=TALL_IN if tall else WIDE_IN)


def prefetch(codes: Sequence[str], version: str, f: Filters, lang: str, region: str, measure: str | None) -> bool:
    """Prepare the slides ``codes`` (those after the current one, in the talk's order) in a background thread
    while the presenter speaks, so Next finds them cached: a slide not seen yet took up to 1.6 s to draw
    (bench/bench_slides.py, round 1). The same cache entries as :func:`show`'s; Streamlit's per-entry compute
    lock makes a click that arrives first wait for this work instead of doing it twice. One thread per talk
    (data version, filters, language, region, measure) at a time, at most :data:`PREFETCH_MAX` in the process;
    a failure is only logged (the slide, when shown, says what is wrong). A talk whose coming slides were all
    built starts no thread again. True when a thread started."""
    codes = tuple(c for c in codes if c in slide_content.CODES)
    if not codes:
        return False
    key = (version, f, lang, region, measure)
    with _prefetch_lock:
        codes = tuple(c for c in codes if (key, c) not in _prepared)
        if not codes or key in _prefetching or len(_prefetching) >= PREFETCH_MAX:
            return False       # already built (every later slide rerun of the talk), being built, or too busy
        _prefetching.add(key)
    ds = data.dataset()        # this run's data (version ``version``): the thread has no session to ask

    def work() -> None:
        failed: set[str] = set()
        try:
            for tall in (False, True):          # every coming slide's wide picture first: the next one is ready
                for code in codes:              # sooner when clicks come fast
                    if code in failed:
                        continue
                    try:
                        _figure(version, code, f, lang, region, measure, _ds=ds, tall=tall)
                    except Exception:  # noqa: BLE001 - a background nicety: the slide itself reports its failure
                        failed.add(code)
                        log.warning("preparing slide %s in the background failed", code, exc_info=True)
            with _prefetch_lock:     # remembered so later reruns start no thread; a failed slide is tried again
                for code in codes:   # (one Streamlit has evicted since is drawn on Next)
                    if code not in failed:
                        _prepared[(key, code)] = None
                while len(_prepared) > PREPARED_MAX:
                    del _prepared[next(iter(_prepared))]
        finally:
            with _prefetch_done:
                _prefetching.discard(key)
                _prefetch_done.notify_all()

    threading.Thread(target=work, name="kc-slides-ahead", daemon=True).start()
    return True


def wait_prefetched(timeout: float | None = None) -> bool:
    """Block until no slide is being prepared in the background (tests wait on this state, never on time);
    False if ``timeout`` seconds passed first."""
    with _prefetch_done:
        return _prefetch_done.wait_for(lambda: not _prefetching, timeout)


@st.cache_data(show_spinner=False, max_entries=16)
def _deck(version: str, codes: tuple[str, ...], f: Filters, lang: str, region: str,
          measure: str | None = None) -> bytes:
    slides = [_slide(version, c, f, lang, region, measure) for c in codes]
    return deck_pdf.deck_pdf(slides, numbering=t("slides.numbering", k="{k}", n="{n}"))


def show(code: str) -> None:
    """Draw slide ``code`` (one of :data:`ui.slide_content.CODES`) filling the window above the slide bar."""
    st.html(SLIDE_CSS)
    lang = current_language()
    from .links import read_filters, warn
    link = read_filters()                      # the parser normal mode uses; a value not understood is said
    f = link.filters
    region, measure = _region(), _measure()
    v = data.version()
    # a slide not drawn yet takes seconds (the map: a 2,400 px print map): say so on the projector, whose chrome
    # (Streamlit's own running sign) is hidden; a cached slide returns before the spinner's 0.5 s delay shows it
    with st.spinner(t("slides.drawing"), show_time=True):
        s = _slide(v, code, f, lang, region, measure)
        png = _figure(v, code, f, lang, region, measure)
        png_tall = _figure(v, code, f, lang, region, measure, tall=True)
    unknown = presenter.unknown_slides(st.query_params.get(presenter.SLIDES_PARAM))
    with st.container(key="slide"):
        if unknown or link.problems:
            with st.container(key="slide-note"):
                if unknown:
                    st.warning(t("slides.unknown", codes=", ".join(unknown), known=", ".join(slide_content.CODES)),
                               icon=":material/info:")
                warn(link.problems)
        with st.container(key="slide-headline"):
            st.markdown(f"# {_escape(s.headline)}")
        with st.container(key="slide-figure"):
            if png is None:
                st.info(t("slides.no_data"))
            elif png_tall is None:
                st.image(png, width="stretch")
            else:                                  # both shapes; the CSS shows the one the window suits
                for shape, picture in (("wide", png), ("tall", png_tall)):
                    with st.container(key=f"slide-{shape}"):
                        st.image(picture, width="stretch")
            if s.demo:
                with st.container(key="slide-badge"):
                    st.badge(s.demo, icon=":material/science:", color="orange")
        with st.container(key="slide-source"):
            st.markdown(_escape(s.source))
    seq = presenter.slides(st.query_params.get(presenter.SLIDES_PARAM))
    prefetch(seq[seq.index(code) + 1:] if code in seq else seq, v, f, lang, region, measure)


def _escape(text: str) -> str:
    """Plain text for st.markdown (no Markdown or HTML from data)."""
    from .safe import plain
    return plain(text, limit=2000)


def download_button(seq: list[str]) -> None:
    """The deck of the chosen slides as a PDF (built on the server with matplotlib when clicked, then cached)."""
    lang = current_language()
    f = presenter.url_filters()
    region, measure = _region(), _measure()
    v = data.version()
    codes = tuple(c for c in seq if c in slide_content.CODES)
    st.download_button(t("slides.download"), data=lambda: _deck(v, codes, f, lang, region, measure),
                       file_name=f"kota-cerdas-slides-{lang}.pdf", mime="application/pdf", key="presenter-pdf",
                       help=t("slides.download_help"), icon=":material/picture_as_pdf:", on_click="ignore",
                       width="stretch")
