"""Map, Region profile, Compare and ASEAN network in a real browser (headless Chromium, SwiftShader WebGL):
each page loads without an error box; the ASEAN network's WebGL canvas is actually drawn. (The Map page's own
browser tests — canvas filled, hover, click, find, play, CSV — are in test_map_e2e.py.)
Screenshots: tests/artifacts/e2e/pages-b-*.png.
"""

from __future__ import annotations

from io import BytesIO
from urllib.parse import urlencode

import pytest

from tests.e2e.conftest import assert_no_error, full_page_screenshot, wait_canvas_drawn, wait_idle

DECK = '[data-testid="stDeckGlJsonChart"]'
PAGES = {
    "map": ("/map", {}),
    "region": ("/region", {"region": "73.71"}),
    "region-non-participant": ("/region", {"region": "11.01"}),
    "compare": ("/compare", {"regions": "73.71,35.71,32.73,35.10"}),
    "ascn": ("/ascn", {}),
}
TITLES = {"en": {"map": "Map of the programme", "region": "Region profile", "compare": "Compare regions",
                 "ascn": "ASEAN Smart Cities Network"},
          "id": {"map": "Peta program", "region": "Profil daerah", "compare": "Bandingkan daerah",
                 "ascn": "Jaringan Kota Cerdas ASEAN (ASCN)"}}


def _open(page, url: str, path: str, **query) -> None:
    page.goto(f"{url}{path}?{urlencode({'lang': 'en', **query})}")
    wait_idle(page, 60)


def _canvas(page):
    """The first deck.gl canvas, once it shows a picture (not merely once it exists)."""
    canvas = page.locator(f"{DECK} canvas").first
    canvas.scroll_into_view_if_needed()
    wait_canvas_drawn(canvas)
    return canvas


def _pixels(element):
    from PIL import Image
    return Image.open(BytesIO(element.screenshot())).convert("RGB")


def _drawn(img) -> tuple[int, float]:
    """(distinct colours, standard deviation of the grey levels) of an image: a blank canvas has 1 and 0."""
    from PIL import ImageStat
    colours = img.getcolors(maxcolors=1 << 20)
    return len(colours), ImageStat.Stat(img.convert("L")).stddev[0]


@pytest.mark.parametrize("lang", ["en", "id"])
@pytest.mark.parametrize("name", list(PAGES))
def test_page_loads_without_error(app_url, page, name, lang):
    path, query = PAGES[name]
    _open(page, app_url, path, lang=lang, **query)
    if name in ("map", "ascn"):
        _canvas(page)
    assert_no_error(page)
    main = page.locator('[data-testid="stMain"]').inner_text()
    assert TITLES[lang][name.split("-")[0]] in main
    if name == "region":
        assert "Kota Makassar" in main
    if name == "region-non-participant":
        assert ("is not a participant" if lang == "en" else "bukan peserta program") in main
    for chart in page.locator('[data-testid="kcPlotlyChart"]').all():
        chart.scroll_into_view_if_needed()
        chart.locator(".trace, .scatterlayer path, .barlayer path").first.wait_for(state="attached")   # drawn after the run
    full_page_screenshot(page, f"pages-b-{name}-{lang}")


def test_ascn_canvas_is_drawn(app_url, page):
    _open(page, app_url, "/ascn")
    canvas = _canvas(page)
    assert page.locator(f"{DECK} canvas").count() >= 1
    colours, spread = _drawn(_pixels(canvas))
    assert colours > 50 and spread > 5, (colours, spread)     # sea, Indonesia's provinces and the cities
    assert_no_error(page)


FITS = {  # page, query → the half-width tables that must show every column at 1,440 px without scrolling sideways
    "region-open": ("/region", {"region": "73.71", "lens": "open"}, "fit-strengths"),
    "region-evaluation": ("/region", {"region": "73.71", "lens": "evaluation"}, "fit-strengths"),
    "methodology-open": ("/methodology", {"lens": "open"}, "fit-sensitivity"),
    "methodology-evaluation": ("/methodology", {"lens": "evaluation"}, "fit-sensitivity"),
}


@pytest.mark.parametrize("lang", ["en", "id"])
@pytest.mark.parametrize("name", list(FITS))
def test_half_width_tables_show_every_column(app_url, page, name, lang):
    """Region's strengths table cut its last column ("kekuat…") and Methodology's sensitivity table its last
    header in Indonesian: each half-width table's grid is no wider than its box (the grid scrolls sideways
    otherwise), in both languages."""
    path, query, key = FITS[name]
    _open(page, app_url, path, **{**query, "lang": lang})
    assert_no_error(page)
    grid = page.locator(f'.st-key-{key} [data-testid="stDataFrame"] .dvn-scroller').first
    grid.wait_for()
    scroll, client = grid.evaluate("e => [e.scrollWidth, e.clientWidth]")
    assert 0 < scroll <= client + 1, (name, lang, scroll, client)
