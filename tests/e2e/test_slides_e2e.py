"""Presenter slides in a real browser at both projector sizes (1920×1080 and 1280×720): every chosen slide fits
the window — the main scrolling container does not scroll — with its headline, figure and source visible above
the slide bar (which covers nothing), and the ``slides=`` order is followed. Screenshots:
tests/artifacts/e2e/slides-<width>-<n>-<code>.png."""

from __future__ import annotations

import contextlib
import re
import shutil

import pytest

from tests.e2e.conftest import WAIT, assert_no_error, screenshot, settled_list, track_runs, wait_idle
from ui.messages import MESSAGES

# a presenter's own order (with an unknown code, ignored with a note)
CHOSEN = ["map", "overview", "equity", "pillars", "ascn", "region"]

NOT_SCROLLING = """() => {
  const main = document.querySelector('[data-testid="stMain"]');
  const block = document.querySelector('[data-testid="stMainBlockContainer"]');
  return {main: [main.scrollHeight, main.clientHeight], block: [block.scrollHeight, block.clientHeight],
          doc: [document.documentElement.scrollHeight, document.documentElement.clientHeight]};
}"""

GEOMETRY = """() => {
  const r = (sel) => { const e = document.querySelector(sel); if (!e) return null;
                       const b = e.getBoundingClientRect(); return {top: b.top, bottom: b.bottom, height: b.height}; };
  const img = [...document.querySelectorAll('.st-key-slide-figure img')].find(i => i.getClientRects().length > 0);
  return {bar: r('.st-key-presenter-bar'), headline: r('.st-key-slide-headline'), figure: r('.st-key-slide-figure'),
          source: r('.st-key-slide-source'), img: img ? {loaded: img.complete && img.naturalWidth > 0,
          height: img.getBoundingClientRect().height} : null, h: window.innerHeight};
}"""


@pytest.fixture(params=[(1920, 1080), (1280, 720)], ids=["1080p", "720p"])
def screen(browser, request):
    w, h = request.param
    ctx = browser.new_context(viewport={"width": w, "height": h}, locale="en-GB")
    track_runs(ctx)
    pg = ctx.new_page()
    pg.set_default_timeout(WAIT * 1000)
    pg.size = (w, h)
    yield pg
    ctx.close()


def _wait_slide(page, n: int, total: int, code: str) -> None:
    title = MESSAGES[f"nav.{'home' if code == 'overview' else code}"]["en"]
    expected = MESSAGES["presenter.indicator"]["en"].format(k=n, n=total, title=title)
    page.wait_for_function(
        "(t) => (document.querySelector('.st-key-presenter-indicator') || {}).innerText?.trim() === t", arg=expected)
    wait_idle(page)
    # the figure's picture loaded and laid out (an image element with a size), then two animation frames
    page.wait_for_function("""() => { const i = [...document.querySelectorAll('.st-key-slide-figure img')]
            .find(e => e.getClientRects().length > 0);       // the picture the window's shape shows (wide or tall)
        return !!i && i.complete && i.naturalWidth > 0 && i.getBoundingClientRect().height > 50; }""")
    page.evaluate("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))")


def test_chosen_slides_fit_the_screen(server, screen):
    page = screen
    w, h = page.size
    page.goto(f"{server}/{CHOSEN[0]}?present=1&lang=en&slides={','.join(CHOSEN)},bogus")
    for n, code in enumerate(CHOSEN, start=1):
        _wait_slide(page, n, len(CHOSEN), code)
        assert_no_error(page)
        shot = screenshot(page, f"slides-{w}-{n}-{code}", full_page=False)
        sizes = page.evaluate(NOT_SCROLLING)
        for name, (scroll, client) in sizes.items():
            assert scroll <= client + 2, f"{code} at {w}×{h}: {name} scrolls ({scroll} > {client}); see {shot}"
        g = page.evaluate(GEOMETRY)
        # headline, figure and source all on screen, above the bar (the bar covers nothing)
        assert g["source"]["bottom"] <= g["bar"]["top"] + 1, (code, g)
        assert g["headline"]["top"] >= 0 and g["figure"]["height"] > 0.35 * h, (code, g)
        assert g["img"]["loaded"], (code, g)
        # the unknown code is named in a note on every slide; the known ones are followed in their order
        assert "bogus" in page.locator(".st-key-slide-note").inner_text()
        nxt = page.locator(".st-key-presenter-next button")
        if n < len(CHOSEN):
            nxt.click()
            path = "" if CHOSEN[n] == "overview" else CHOSEN[n]       # the overview is the app's root
            page.wait_for_url(re.compile(rf":\d+/{path}\?"))
        else:
            assert nxt.is_disabled()
            # the disabled Next shows its label (not an empty box): its text colour differs from its background
            colours = nxt.evaluate("""b => { const p = b.querySelector('p');
                return [getComputedStyle(p).color, getComputedStyle(b).backgroundColor]; }""")
            assert colours[0] != colours[1] and "255, 255, 255" not in colours[0], colours


@pytest.mark.parametrize(("size", "shape"), [((1024, 768), "tall"), ((1280, 1024), "tall"), ((1280, 720), "wide"),
                                             ((1440, 900), "wide")], ids=["4x3", "5x4", "16x9", "16x10"])
def test_a_chart_slide_shows_the_picture_shaped_for_the_window(server, browser, size, shape):
    """On a 4:3 or 5:4 projector the 16:9 picture left a third of the room under it empty: a squarer picture of
    the same chart shows there instead (the other is hidden), and it fills more of the room than the wide one
    would. 16:9 and 16:10 keep the wide picture."""
    w, h = size
    with _page_720p(browser, "en-GB", size) as page:
        page.goto(f"{server}/?present=1&lang=en&slides=overview,equity")
        _wait_slide(page, 1, 2, "overview")
        assert_no_error(page)
        shown = page.evaluate("""() => [...document.querySelectorAll('.st-key-slide-figure img')]
            .filter(i => i.getClientRects().length > 0).map(i => {
                const box = i.closest('[class*="st-key-slide-wide"], [class*="st-key-slide-tall"]');
                const b = i.getBoundingClientRect(), ratio = i.naturalWidth / i.naturalHeight;
                return {shape: box && box.className.match(/st-key-slide-(wide|tall)/)[1], ratio: ratio,
                        drawn: Math.min(b.height, b.width / ratio), width: b.width}; })""")   # object-fit: contain
        assert [s["shape"] for s in shown] == [shape], shown              # exactly one picture, the right one
        ratio = shown[0]["ratio"]
        assert (ratio < 2.0) if shape == "tall" else (ratio > 2.3), shown
        g = page.evaluate(GEOMETRY)
        assert g["source"]["bottom"] <= g["bar"]["top"] + 1, g             # still above the bar
        if shape == "tall":           # drawn taller than the wide picture (13 : 5.2) would be in the same box
            wide = min(g["img"]["height"], shown[0]["width"] / 2.5)
            assert shown[0]["drawn"] > 1.2 * wide, (g, shown)
        screenshot(page, f"slides-{w}x{h}-{shape}", full_page=False)


@pytest.mark.skipif(not (shutil.which("pdfinfo") and shutil.which("pdftotext")),
                    reason="poppler-utils (pdftotext, pdfinfo) not installed (scripts/test.sh installs it as root)")
def test_download_the_chosen_slides_as_pdf(server, browser, tmp_path):
    """The bar's "Slides (PDF)" button hands out the deck of the chosen slides: one 16:9 page each, in order."""
    import subprocess

    ctx = browser.new_context(viewport={"width": 1280, "height": 720}, accept_downloads=True, locale="en-GB")
    track_runs(ctx)
    page = ctx.new_page()
    page.set_default_timeout(WAIT * 1000)
    try:
        page.goto(f"{server}/ascn?present=1&lang=id&slides=ascn,equity")
        _wait_slide_id(page)
        with page.expect_download() as dl:
            page.locator(".st-key-presenter-pdf button").first.click()
        path = tmp_path / "deck.pdf"
        dl.value.save_as(path)
        info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
        assert re.search(r"Pages:\s+2\b", info), info
        text = subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True, text=True).stdout
        first, second = text.split("\f")[:2]
        assert "Jaringan Kota Cerdas ASEAN" in first and "IPM" in second       # the chosen order, in Bahasa
    finally:
        ctx.close()


@contextlib.contextmanager
def _page_720p(browser, locale: str, size: tuple[int, int] = (1280, 720)):
    """A page at 1280×720 (the smaller projector size, or ``size``) whose script runs are counted."""
    ctx = browser.new_context(viewport={"width": size[0], "height": size[1]}, locale=locale)
    track_runs(ctx)
    page = ctx.new_page()
    page.set_default_timeout(WAIT * 1000)
    try:
        yield page
    finally:
        ctx.close()


@pytest.mark.parametrize("size", [(1280, 720), (1440, 900), (1024, 768)], ids=["720p", "16x10", "4x3"])
def test_slide_bar_labels_are_whole_in_indonesian(server, browser, size):
    """In Bahasa Indonesia every button of the slide bar shows its whole label (nothing cut to "…"), at 16:9 and
    on the 16:10 and 4:3 screens where the type, sized by the height alone, once cut "Sebelu…" and "Bahasa Indo…"
    (the type now follows the width too)."""
    with _page_720p(browser, "id-ID", size) as page:
        page.goto(f"{server}/ascn?present=1&lang=id&slides=ascn,equity")
        _wait_slide_id(page)
        page.wait_for_function("""(label) => [...document.querySelectorAll('.st-key-presenter-next')]
            .some(b => b.innerText.includes(label))""", arg=MESSAGES["presenter.next"]["id"])   # the bar is drawn
        # Streamlit cuts a long button label in its markdown box (text-overflow: ellipsis)
        cut = settled_list(page, """() => [...document.querySelectorAll('.st-key-presenter-bar button *')]
            .filter(e => e.scrollWidth > e.clientWidth + 1).map(e => e.innerText)""")
        assert not cut, f"labels cut: {cut}"
        assert MESSAGES["presenter.next"]["id"] in page.locator(".st-key-presenter-next").inner_text()


def _wait_slide_id(page) -> None:
    expected = MESSAGES["presenter.indicator"]["id"].format(k=1, n=2, title=MESSAGES["nav.ascn"]["id"])
    page.wait_for_function(
        "(t) => (document.querySelector('.st-key-presenter-indicator') || {}).innerText?.trim() === t", arg=expected)
    wait_idle(page)


@pytest.mark.parametrize(("measure", "badge"), [("evaluation", True), ("open_index", False)])
def test_a_synthetic_map_slide_carries_the_demo_badge(server, browser, measure, badge):
    """The map slide follows the link's measure; the illustrative evaluation shows a visible "Demo data" badge
    on the figure (on screen, inside the figure's box), the real open-statistics index none."""
    with _page_720p(browser, "en-GB") as page:
        page.goto(f"{server}/map?present=1&lang=en&slides=map,overview&map_measure={measure}")
        _wait_slide(page, 1, 2, "map")
        assert_no_error(page)
        badges = page.locator(".st-key-slide-badge")
        assert badges.count() == (1 if badge else 0)
        if badge:
            b = badges.first
            assert b.is_visible() and MESSAGES["slides.demo"]["en"] in b.inner_text()
            box, fig = b.bounding_box(), page.locator(".st-key-slide-figure").bounding_box()
            assert fig["y"] <= box["y"] and box["y"] + box["height"] <= fig["y"] + fig["height"], (box, fig)
            assert box["y"] + box["height"] <= 720
            screenshot(page, "slides-1280-demo-badge", full_page=False)
        # the measure holds on the next slide's link (kept like the filters)
        page.locator(".st-key-presenter-next button").click()
        page.wait_for_url(re.compile(rf"map_measure={measure}"))
