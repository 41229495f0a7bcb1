"""The Map page in a real browser (headless Chromium, SwiftShader WebGL): the regency choropleth fills its canvas
(colours across the whole map area) at 1440×900 and 1920×1080 (presenter mode's map slide: test_slides_e2e.py); hovering shows the region's
name escaped (a name with markup, on a server whose data carries one); clicking a region reaches its profile;
finding "Banyuwangi" flies there and outlines it; Play advances the year; the values CSV is the CLI's. Every wait
is on observable state (the script's run state, the page's text, the canvas's pixels), never a fixed sleep.
Screenshots: tests/artifacts/e2e/map-*.png."""

from __future__ import annotations

import os
import shutil
from io import BytesIO
from pathlib import Path
from urllib.parse import parse_qs, urlencode, urlparse

import pytest

from tests.conftest import REPO
from tests.e2e.conftest import WAIT, assert_no_error, poll, screenshot, streamlit_server, wait_idle, within

DECK = '[data-testid="stDeckGlJsonChart"]'
HIGHLIGHT = (230, 0, 126)          # viz.palette.HIGHLIGHT_COLOUR
SEA = (220, 230, 238)              # viz.palette.SEA_COLOUR


def _open(page, url: str, path: str = "/map", **query) -> None:
    page.goto(f"{url}{path}?{urlencode({'lang': 'en', **query})}")
    wait_idle(page, 90)


def _image(locator):
    from PIL import Image
    return Image.open(BytesIO(locator.screenshot())).convert("RGB")


def _until(predicate, timeout: float = WAIT, what: str = "the condition"):
    """Poll ``predicate`` (returns a truthy value when done) until ``timeout`` (tests/e2e/conftest.py::poll). The
    bound only decides how long a failing wait takes: a WebGL redraw on a loaded CI machine can take a minute."""
    return poll(predicate, timeout=timeout, what=what)


def _near(img, colour, tol: int = 30):
    """Boolean array: pixels within ``tol`` (sum of channel differences) of ``colour``."""
    import numpy as np
    a = np.asarray(img, dtype=int)
    return np.abs(a - np.array(colour)).sum(axis=2) <= tol


def _land_share(img) -> float:
    """Share of the canvas that is not sea."""
    return float((~_near(img, SEA)).mean())


def _drawn_map(page):
    """The map canvas, once deck.gl has drawn the fetched geometry with its colours (many colours, land drawn).
    A rerun may remount the deck between two steps (the canvas-size probe's rerun): the canvas is then looked
    up again on the next poll."""
    from playwright.sync_api import Error as PlaywrightError
    canvas = page.locator(f"{DECK} canvas").first

    def drawn() -> bool:
        try:
            canvas.wait_for(state="visible", timeout=60_000)
            canvas.scroll_into_view_if_needed(timeout=30_000)
            im = _image(canvas)
        except PlaywrightError:          # "not attached to the DOM": replaced by a rerun's new deck
            return False
        return len(im.getcolors(1 << 20)) > 40 and _land_share(im) > 0.1

    _until(drawn, what="the choropleth to be drawn")
    return canvas


def _fills_canvas(img) -> dict:
    """Where the land is: the share of the width and height its bounding box spans, and how many cells of a 6×3
    grid hold land and how many colours."""
    import numpy as np
    w, h = img.size
    land = ~_near(img, SEA) & ~_near(img, (255, 255, 255), 6)
    ys, xs = np.nonzero(land)
    cells = {(6 * x // w, 3 * y // h) for x, y in zip(xs[::7], ys[::7])}
    return {"width": (xs.max() - xs.min()) / w, "height": (ys.max() - ys.min()) / h, "cells": len(cells),
            "colours": len(img.getcolors(1 << 20))}


@pytest.mark.parametrize(("viewport", "query", "name"), [
    ({"width": 1440, "height": 900}, {}, "map-1440x900"),
    ({"width": 1920, "height": 1080}, {}, "map-1920x1080"),          # presenter mode's map slide: test_slides_e2e
    ({"width": 390, "height": 844}, {}, "map-390x844"),              # a phone: the whole country, legend below
])
def test_the_choropleth_fills_its_canvas(app_url, browser, viewport, query, name):
    ctx = browser.new_context(viewport=viewport, locale="en-GB")
    page = ctx.new_page()
    page.set_default_timeout(30_000)
    try:
        _open(page, app_url, **query)
        canvas = _drawn_map(page)
        assert_no_error(page)
        # the canvas is sized to the country (the browser reports the column's width): wait for that run
        box = _settled(canvas)
        fill = _until(lambda: (lambda f: f if f["width"] > 0.9 else None)(_fills_canvas(_image(canvas))),
                      what="the map to span the canvas")
        assert fill["height"] > 0.75, fill                   # no empty bands above or below
        assert fill["cells"] >= 14 and fill["colours"] > 60, fill   # land and colour across the whole map area
        assert box["width"] > 0.6 * viewport["width"]
        assert box["y"] + box["height"] <= viewport["height"] - (100 if query else 0)   # on screen, above the slide bar
        main = page.locator('[data-testid="stMain"]').inner_text()
        assert "Regency boundaries: geoBoundaries" in main and "As of 2023" in main
        if viewport["width"] < 500:          # a phone: the legend sits under the map, within the screen's width
            legend = page.locator(".kc-legend").first.bounding_box()
            assert legend["y"] >= box["y"] + box["height"] - 1, (legend, box)
            assert legend["x"] >= 0 and legend["x"] + legend["width"] <= viewport["width"], legend
            assert box["x"] >= 0 and box["x"] + box["width"] <= viewport["width"], box   # not cropped at the sides
        screenshot(page, name, full_page=False)
    finally:
        ctx.close()


def _settled(canvas, scope_codes=None) -> dict:
    """The canvas's box once the page has sized it from what the browser reported: the shape of the map's
    extent (:func:`viz.maps.fit_canvas`), or the minimum height for a very wide extent."""
    import math
    from analytics.summaries import geo_layers
    from analytics.warehouse import geo
    x0, y0, x1, y1 = geo_layers.bounds(geo.region_shapes(), scope_codes)
    merc = lambda lat: math.log(math.tan(math.pi / 4 + math.radians(lat) / 2))          # noqa: E731
    aspect = math.radians(x1 - x0) / (merc(y1) - merc(y0))                                 # width / height

    def ready():
        b = canvas.bounding_box()
        if not b:
            return None
        ratio = b["width"] / b["height"]
        return b if abs(ratio - aspect) / aspect < 0.03 or (b["height"] <= 301 and ratio < aspect) else None
    return _until(ready, what="the canvas to take the map's shape")


def _pixel_of(code: str, canvas_box: dict, scope_codes=None) -> tuple[float, float]:
    """Where region ``code``'s inner point is drawn at the page's initial view (the view fitted to the scope)."""
    from analytics.summaries import geo_layers
    from analytics.warehouse import geo
    from viz import maps
    shapes = geo.region_shapes()
    pt = geo_layers.label_points(shapes[shapes["code"] == code]).iloc[0]
    box = geo_layers.bounds(shapes, scope_codes)
    w, h = canvas_box["width"], canvas_box["height"]
    view = maps.fit_view(*box, width=int(round(w)), height=int(round(h)))
    return maps.project(float(pt["lon"]), float(pt["lat"]), view, w, h)


def test_click_on_a_region_reaches_its_profile(app_url, page, built_db):
    _open(page, app_url, province="Jawa Timur")
    canvas = _drawn_map(page)
    from analytics.warehouse.dataset import load
    regions = load(built_db).regions
    jatim = regions.loc[regions["province_code"] == "35", "code"].tolist()
    box = _settled(canvas, jatim)
    x, y = _pixel_of("35.10", box, jatim)
    X, Y = box["x"] + x, box["y"] + y
    tooltip = page.locator(".deck-tooltip")
    for _ in range(6):
        # SwiftShader's picking pass can hold a press longer than a click may last: retry until the page changes
        page.mouse.move(X - 15, Y - 15)
        page.mouse.move(X, Y, steps=4)
        if not within(lambda: "Kabupaten Banyuwangi" in (tooltip.inner_text() if tooltip.count() else ""), 10):
            continue                               # the hover was not picked yet: move again
        page.mouse.click(X, Y)
        if within(lambda: "/region" in page.evaluate("location.pathname"), 15):
            break                                  # otherwise the click was lost: try again
    _until(lambda: "/region" in page.evaluate("location.pathname"), what="the profile")
    wait_idle(page, 60)
    assert parse_qs(urlparse(page.evaluate("location.href")).query)["region"] == ["35.10"]
    page.get_by_role("heading", name="Kabupaten Banyuwangi").first.wait_for(timeout=30_000)
    assert_no_error(page)
    screenshot(page, "map-click-region-profile", full_page=False)


def test_find_flies_to_banyuwangi_and_outlines_it(app_url, page):
    _open(page, app_url)
    canvas = _drawn_map(page)
    page.locator(".st-key-map_find input").fill("Banyuwangi")
    page.keyboard.press("Enter")
    wait_idle(page, 60)
    page.get_by_text("Found: Kabupaten Banyuwangi").first.wait_for(timeout=30_000)

    def outlined_near_the_centre():
        img = _image(canvas)
        w, h = img.size
        centre = img.crop((int(w * 0.2), int(h * 0.15), int(w * 0.8), int(h * 0.85)))
        hits = int(_near(centre, HIGHLIGHT, 40).sum())
        return hits if hits > 200 else None

    _until(outlined_near_the_centre, what="the magenta outline of Banyuwangi at the centre of the map")
    assert "Open its profile" in page.locator('[data-testid="stMain"]').inner_text()
    screenshot(page, "map-find-banyuwangi", full_page=False)


def test_play_advances_the_year(app_url, page):
    _open(page, app_url, year="2017")
    _drawn_map(page)
    year = page.locator(".st-key-map-year")
    assert year.inner_text().strip() == "As of 2017"
    page.locator(".st-key-map_play button").click()
    _until(lambda: year.inner_text().strip() not in ("As of 2017", ""), what="the next year")
    assert year.inner_text().strip() in {f"As of {y}" for y in range(2018, 2031)}
    screenshot(page, "map-playing", full_page=False)
    button = page.locator(".st-key-map_play button")
    if "Pause" in button.inner_text():
        button.click()
    _until(lambda: "Play" in page.locator(".st-key-map_play button").inner_text(), what="the play button back")
    wait_idle(page, 60)
    assert_no_error(page)


def test_values_csv_equals_the_cli(app_url, page, built_db, tmp_path):
    _open(page, app_url, year="2021", island="Sulawesi")
    _drawn_map(page)           # the canvas-size probe's rerun is over: the button is not about to be replaced
    wait_idle(page)
    button = page.locator(".st-key-dl-map-values button:visible").first
    button.scroll_into_view_if_needed()
    wait_idle(page)
    with page.expect_download() as info:
        button.click()
    target = tmp_path / info.value.suggested_filename
    info.value.save_as(target)
    assert target.name.startswith("kota-cerdas_map-open-index_")          # the default measure, as the CLI's
    env = dict(os.environ, KOTA_CERDAS_DB=str(built_db))
    import subprocess
    import sys
    cli = subprocess.run([sys.executable, "-m", "analytics", "map", "--csv", "--year", "2021", "--island-group",
                          "Sulawesi"], cwd=REPO, env=env, capture_output=True, timeout=120, check=True).stdout
    assert target.read_bytes() == cli and cli.count(b"\n") > 50


# ---------------------------------------------------------------------------------------------- escaping
MARKUP_NAME = "Kabupaten <b>Aceh</b> Selatan & <img src=x onerror=alert(1)>"


@pytest.fixture(scope="module")
def markup_server(tmp_path_factory):
    """A server whose data names 11.01 with markup (a region in no cohort, so no other file names it)."""
    root = tmp_path_factory.mktemp("markup")
    data = root / "data"
    shutil.copytree(REPO / "data" / "reference", data / "reference")
    shutil.copytree(REPO / "data" / "framework", data / "framework")
    reg = data / "reference" / "regencies.csv"
    text = reg.read_text(encoding="utf-8")
    assert "11.01,11,Kabupaten Aceh Selatan," in text
    reg.write_text(text.replace("11.01,11,Kabupaten Aceh Selatan,", f'11.01,11,"{MARKUP_NAME}",'), encoding="utf-8")
    env = dict(os.environ, KOTA_CERDAS_DATA_DIR=str(data), KOTA_CERDAS_DB=str(root / "w.duckdb"),
               KOTA_CERDAS_IMPORTS_DIR=str(root / "imports"))
    from analytics.warehouse.build import build
    build(root / "w.duckdb", reference_dir=data / "reference")       # the server finds it up to date
    with streamlit_server(env, root / "streamlit.log") as url:
        yield url


def test_hover_shows_an_escaped_name(markup_server, page):
    _open(page, markup_server, province="Aceh")
    canvas = _drawn_map(page)
    from analytics.summaries import geo_layers
    from analytics.warehouse import geo
    aceh = [c for c in geo.region_shapes()["code"] if c.startswith("11.")]      # the same geometry as the repo's
    box = _settled(canvas, aceh)
    x, y = _pixel_of("11.01", box, aceh)
    tooltip = page.locator(".deck-tooltip")
    for _ in range(6):
        page.mouse.move(box["x"] + x - 12, box["y"] + y - 12)
        page.mouse.move(box["x"] + x, box["y"] + y, steps=4)
        if within(lambda: "Selatan" in (tooltip.inner_text() if tooltip.count() else ""), 10):
            break                                  # otherwise the hover was not picked: move again
    shown = tooltip.inner_text()
    assert MARKUP_NAME in shown                                   # the markup is text, shown as typed
    inner = tooltip.inner_html()
    assert "&lt;b&gt;Aceh&lt;/b&gt;" in inner and "&lt;img src=x" in inner
    assert tooltip.locator("b, img").count() == 0                 # nothing of it became an element
    assert geo_layers.core_name(MARKUP_NAME)                      # (the name is also searchable)
    screenshot(page, "map-hover-escaped-name", full_page=False)
