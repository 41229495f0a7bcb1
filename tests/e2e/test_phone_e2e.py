"""Every page on a phone (390 × 844, touch, Indonesian: the longer labels) in headless Chromium: nothing runs
off the screen sideways, no chart text is cut at a chart's edge, a chart's title and legend do not overlap, and
each chart has its visible "Download chart (PNG)" button; the PNG it saves is the chart at twice the screen
resolution; the legend is clear of the x axis's labels and title; the x labels are clear of the title and (level
or upright) of each other; a table's toolbar (always shown on touch) covers nothing above the table. (The Map page's phone view — the whole country, legend under it — is in test_map_e2e.py.)
Screenshots: tests/artifacts/e2e/phone-*.png.
"""

from __future__ import annotations

import struct
from urllib.parse import urlencode

import pytest

from tests.e2e.conftest import (WAIT, assert_no_error, full_page_screenshot, settled_list, track_runs, wait_charts_drawn,
                                wait_idle)

PHONE = {"width": 390, "height": 844}
PAGES = {
    "overview": ("/", {}),
    "equity": ("/equity", {}),
    "pillars": ("/pillars", {}),
    "region": ("/region", {"region": "73.71"}),
    "compare": ("/compare", {"regions": "73.71,35.10,32.73"}),
    "ascn": ("/ascn", {}),
    "explorer": ("/explorer", {}),
    "methodology": ("/methodology", {}),
    "about": ("/about", {}),
}

# per chart: its box, the boxes of its non-empty texts (title, ticks, legend, bar labels, annotations),
# the title's and the legend's boxes, and whether a PNG button follows it in its block
CHART_LAYOUT = r"""() => [...document.querySelectorAll('[data-testid="kcPlotlyChart"] .js-plotly-plot')]
  .filter(el => el.getClientRects().length > 0).map(el => {
    const box = r => { const b = r.getBoundingClientRect(); return [b.left, b.top, b.right, b.bottom]; };
    const texts = [...el.querySelectorAll('.main-svg text')]
      .filter(t => (t.textContent || '').trim() && t.getBoundingClientRect().width > 0)
      .map(t => ({text: t.textContent.trim().slice(0, 40), box: box(t)}));
    const title = el.querySelector('.g-gtitle text');
    const legend = el.querySelector('.legend');
    const axes = [...el.querySelectorAll('.xtick text, .g-xtitle text')]
      .filter(t => (t.textContent || '').trim() && t.getBoundingClientRect().width > 0).map(box);
    // the x tick labels of x/y plots with their rotation (an axis-aligned box is exact only when level or upright)
    const ticks = [...el.querySelectorAll('.cartesianlayer .xtick text')]
      .filter(t => (t.textContent || '').trim() && t.getBoundingClientRect().width > 0)
      .map(t => ({text: t.textContent.trim().slice(0, 40), box: box(t),
                  angle: Number(((t.getAttribute('transform') || '').match(/rotate\((-?[\d.]+)/) || [0, 0])[1])}));
    const block = el.closest('[data-testid="stVerticalBlock"]');
    return {chart: box(el), texts: texts, title: title ? box(title) : null, ticks: ticks,
            legend: legend && legend.getBoundingClientRect().width > 0 ? box(legend) : null, axes: axes,
            // the button lives in its component's shadow root
            button: !!(block && [...block.querySelectorAll('*')].some(
                e => e.shadowRoot && e.shadowRoot.querySelector('button.kc-png')))};
  })"""


# a table's toolbar (always shown on a touch screen) against the element just above the table
TOOLBARS_OVER_TEXT = """() => [...document.querySelectorAll('[data-testid="stDataFrame"]')].flatMap(df => {
    const bar = df.querySelector('[data-testid="stElementToolbar"]');
    const box = df.closest('[data-testid="stElementContainer"]');
    let prev = box && box.previousElementSibling;
    while (prev && !(prev.getBoundingClientRect().height > 0)) prev = prev.previousElementSibling;
    if (!bar || !prev || !(bar.getBoundingClientRect().height > 0)) return [];
    const a = bar.getBoundingClientRect(), b = prev.getBoundingClientRect();
    return a.top < b.bottom - 1 && b.top < a.bottom - 1 && a.left < b.right && b.left < a.right
      ? [(prev.innerText || '').trim().slice(0, 60)] : [];
  })"""


def _overlap(a, b) -> bool:
    return a[0] < b[2] - 1 and b[0] < a[2] - 1 and a[1] < b[3] - 1 and b[1] < a[3] - 1


@pytest.fixture()
def phone(browser):
    ctx = browser.new_context(viewport=PHONE, device_scale_factor=1, is_mobile=True, has_touch=True,
                              locale="id-ID", accept_downloads=True)
    track_runs(ctx)
    pg = ctx.new_page()
    pg.set_default_timeout(WAIT * 1000)
    yield pg
    ctx.close()


@pytest.mark.parametrize("name", list(PAGES))
def test_page_fits_a_phone(app_url, phone, name):
    path, query = PAGES[name]
    phone.goto(f"{app_url}{path}?{urlencode({'lang': 'id', **query})}")
    wait_idle(phone)
    phone.wait_for_selector('[data-testid="kcPlotlyChart"] .main-svg')      # the page's charts have come
    wait_idle(phone)
    wait_charts_drawn(phone)
    assert_no_error(phone)
    overflow = phone.evaluate("""() => { const m = document.querySelector('[data-testid="stMain"]');
        return [m.scrollWidth, m.clientWidth]; }""")
    assert overflow[0] <= overflow[1] + 1, f"{name}: the page is wider than the phone {overflow}"
    covered = phone.evaluate(TOOLBARS_OVER_TEXT)
    assert not covered, f"{name}: a table's toolbar covers the element above it: {covered[:3]}"
    charts = phone.evaluate(CHART_LAYOUT)
    assert charts, f"{name}: no chart drawn"
    for i, c in enumerate(charts):
        left, right = c["chart"][0], c["chart"][2]
        assert right <= PHONE["width"] + 1, (name, i, c["chart"])
        top, bottom = c["chart"][1], c["chart"][3]
        cut = [t for t in c["texts"] if t["box"][0] < left - 2 or t["box"][2] > right + 2
               or t["box"][1] < top - 2 or t["box"][3] > bottom + 2]
        assert not cut, f"{name} chart {i}: text cut at the chart's edge: {cut[:5]} {c['chart']}"
        if c["title"] and c["legend"]:
            assert not _overlap(c["title"], c["legend"]), f"{name} chart {i}: legend over the title"
        if c["legend"]:
            hit = [a for a in c["axes"] if _overlap(a, c["legend"])]
            assert not hit, f"{name} chart {i}: legend over the x axis's labels {hit[:3]} {c['legend']}"
        if c["title"]:
            hit = [t["text"] for t in c["ticks"] if _overlap(t["box"], c["title"])]
            assert not hit, f"{name} chart {i}: x labels under the title: {hit[:3]}"
        square = [t for t in c["ticks"] if t["angle"] % 90 == 0]           # level or upright: boxes are exact
        crowded = [(a["text"], b["text"]) for j, a in enumerate(square) for b in square[j + 1:]
                   if _overlap(a["box"], b["box"])]
        assert not crowded, f"{name} chart {i}: x labels on top of each other: {crowded[:3]}"
        assert c["button"], f"{name} chart {i}: no Download chart (PNG) button"
    full_page_screenshot(phone, f"phone-{name}-id")


def test_chart_png_download(app_url, page, tmp_path):
    """The first chart's button on the Overview saves a PNG of that chart at twice its size on screen."""
    page.goto(f"{app_url}/?lang=en")
    wait_idle(page)
    wait_charts_drawn(page)
    button = page.locator("button.kc-png").first
    button.scroll_into_view_if_needed()
    # the chart this button saves: the plotly chart in the button's own block (the button is in a shadow root),
    # once it has drawn its figure (charts draw after the run, each in its own time)
    size = page.wait_for_function("""b => {
        const block = b.getRootNode().host.closest('[data-testid="stVerticalBlock"]');
        const box = block.querySelector('[data-testid="kcPlotlyChart"]');
        const svg = box && box.dataset.rev && box.dataset.drawn === box.dataset.rev && box.querySelector('.main-svg');
        if (!svg) return false;
        const r = svg.getBoundingClientRect();
        return {width: r.width, height: r.height}; }""", arg=button.element_handle()).json_value()
    assert button.inner_text().endswith("Download chart (PNG)")
    with page.expect_download() as info:
        button.click()
    dl = info.value
    assert dl.suggested_filename.startswith("kota-cerdas_") and dl.suggested_filename.endswith("_en.png")
    target = tmp_path / dl.suggested_filename
    dl.save_as(target)
    head = target.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", head[16:24])                    # the IHDR chunk
    assert abs(width - 2 * size["width"]) <= 4 and abs(height - 2 * size["height"]) <= 4, (width, height, size)


@pytest.mark.parametrize("name", ["overview", "ascn", "region", "equity"])
def test_metric_labels_are_whole_in_indonesian(app_url, page, name):
    """At 1440×900 in Bahasa Indonesia no metric label is cut to "…" (long labels wrap onto a second line)."""
    path, query = PAGES[name]
    page.goto(f"{app_url}{path}?{urlencode({'lang': 'id', **query})}")
    wait_idle(page)
    page.wait_for_selector('[data-testid="stMetricLabel"]')
    cut = settled_list(page, """() => [...document.querySelectorAll('[data-testid="stMetricLabel"] *')]
        .filter(e => e.scrollWidth > e.clientWidth + 1).map(e => e.innerText)""")
    assert not cut, f"{name}: metric labels cut: {cut}"


@pytest.mark.parametrize("name", ["overview", "region", "equity"])
def test_metric_values_are_whole_on_a_projector(app_url, page, name):
    """At 1,024×768 (a projector) with the sidebar open, no metric value is cut: the Overview's five columns
    showed "188.…" for 188.418.609 and Region "Kohor…". A row of metrics wraps onto two lines and a value
    shrinks with its column instead."""
    path, query = PAGES[name]
    page.set_viewport_size({"width": 1024, "height": 768})
    page.goto(f"{app_url}{path}?{urlencode({'lang': 'id', **query})}")
    wait_idle(page)
    page.wait_for_selector('[data-testid="stMetricValue"]')
    cut = settled_list(page, """() => [...document.querySelectorAll(
            '[data-testid="stMetricValue"], [data-testid="stMetricValue"] *')]
        .filter(e => e.scrollWidth > e.clientWidth + 1).map(e => e.innerText)""")
    assert not cut, f"{name}: metric values cut: {cut}"


@pytest.mark.parametrize(("path", "key"), [("/map", "map_geo"), ("/methodology", "open_agg"),
                                           ("/region?region=73.71", "region_peers")])
def test_every_option_of_a_segmented_control_shows_on_a_projector(app_url, page, path, key):
    """At 1,024×768 with the sidebar open a segmented control wider than its column hid its last option
    ("Provinsi" on the Map): the options wrap onto a second line instead, each whole and inside the control."""
    page.set_viewport_size({"width": 1024, "height": 768})
    sep = "&" if "?" in path else "?"
    page.goto(f"{app_url}{path}{sep}lang=id")
    wait_idle(page)
    page.wait_for_selector(f'.st-key-{key} [data-testid="stButtonGroup"] button')
    hidden = settled_list(page, """() => {
        const g = document.querySelector('.st-key-KEY [data-testid="stButtonGroup"]'), r = g.getBoundingClientRect();
        return [...g.querySelectorAll('button')].filter(b => { const q = b.getBoundingClientRect();
            return q.right > r.right + 1 || q.bottom > r.bottom + 1 || q.left < r.left - 1
                || [...b.querySelectorAll('*')].some(e => e.scrollWidth > e.clientWidth + 1); }).map(b => b.innerText); }"""
        .replace("KEY", key))
    assert not hidden, f"{key}: options hidden or cut: {hidden}"


@pytest.mark.parametrize("size", [(1024, 768), (1280, 720)], ids=["1024", "1280"])
@pytest.mark.parametrize("name", ["overview", "equity", "map", "region", "ascn", "methodology"])
def test_buttons_links_and_charts_are_whole_on_a_projector(app_url, page, name, size):
    """On a projector (1,024×768, 1,280×720) with the sidebar open, no button or link label is cut and no chart
    is squeezed. At 1,024 the download buttons read "Und…", the Map's options "O…", Methodology's reset
    "Pengaturan…", the ASCN pilots' links "Jakarta Sel…", and the Overview's levels chart had 194 px, the Region
    radar ≈ 60; at 1,280 the Map's "Putar" and the reset button were cut. Downloads and links wrap onto a new
    line, a row of controls wraps before a column is under 9rem, the Map's play button and year keep their
    width, and a column holding a chart is at least 20rem (a row of them wraps)."""
    path, query = {**PAGES, "map": ("/map", {})}[name]
    page.set_viewport_size({"width": size[0], "height": size[1]})
    page.goto(f"{app_url}{path}?{urlencode({'lang': 'id', **query})}")
    wait_idle(page)
    page.wait_for_selector('[data-testid="stMain"] [data-testid="stDownloadButton"] button')
    cut = settled_list(page, """() => [...document.querySelectorAll(
            '[data-testid="stMain"] :is(button, button *, [data-testid="stPageLink"] *)')]
        .filter(e => e.offsetParent !== null && e.clientWidth > 4 && e.scrollWidth > e.clientWidth + 1)
        .map(e => e.innerText)""")
    assert not cut, f"{name}: labels cut: {cut}"
    narrow = settled_list(page, """() => [...document.querySelectorAll('[data-testid="stMain"] [data-testid="kcPlotlyChart"]')]
        .filter(e => e.getClientRects().length > 0 && e.getBoundingClientRect().width < 319)
        .map(e => [e.closest('[class*="st-key-"]')?.className.match(/st-key-\\S+/)?.[0], e.getBoundingClientRect().width])""")
    assert not narrow, f"{name}: charts narrower than 20rem: {narrow}"
