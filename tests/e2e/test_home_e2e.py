"""The landing page in a real browser."""

from tests.e2e.conftest import assert_no_error, rerun, screenshot, wait_charts_drawn, wait_idle
from ui.messages import MESSAGES


def test_landing_page_shows_headline(server, page):
    page.goto(f"{server}/?lang=en")
    wait_idle(page)
    page.locator('[data-testid="stMetric"]').get_by_text("Participants identified").first.wait_for()
    assert_no_error(page)
    text = page.locator('[data-testid="stMain"]').inner_text()
    assert "Participants identified" in text and "225" in text
    assert "reported: 241 (2023)" in text
    screenshot(page, "home")


def test_landing_page_in_bahasa(server, page):
    page.goto(f"{server}/?lang=id")
    wait_idle(page)
    # the metric row is drawn after the run finishes (its columns render lazily on a busy machine): wait for it
    page.locator('[data-testid="stMetric"]').get_by_text("Peserta teridentifikasi").first.wait_for()
    assert_no_error(page)
    text = page.locator('[data-testid="stMain"]').inner_text()
    assert "Peserta teridentifikasi" in text and "188.418.609" in text
    screenshot(page, "home-id")


CHART = '[data-testid="kcPlotlyChart"] .js-plotly-plot'
TITLES = """() => [...document.querySelectorAll('[data-testid="kcPlotlyChart"] .g-gtitle text')]
    .map(t => t.textContent)"""


def test_a_year_change_redraws_every_chart_with_that_year(server, page):
    """The sidebar's year moves one step: each chart whose title names the year is drawn with the new year's
    figure, **in place** — the same plotly node, updated (ui/plotly_element.py), not a chart mounted anew.
    Streamlit's own chart keeps the figure it mounted with for as long as its element id stays the same (it
    reads a new spec only on mount), so a chart that stayed mounted that way would still say 2023; one mounted
    anew on each change (st.plotly_chart's default) would not keep its node."""
    page.goto(f"{server}/?lang=en")
    wait_idle(page)
    # equity fifths, coverage by province, levels: wait until the three are mounted (they render lazily)
    page.wait_for_function(f"() => ({TITLES})().filter(t => t.includes('2023')).length >= 3")
    wait_charts_drawn(page)
    before = page.evaluate(TITLES)
    dated = [t for t in before if "2023" in t]
    charts = page.evaluate(f"() => [...document.querySelectorAll('{CHART}')].map((el, i) => (el.__kcTest = i))")
    thumb = page.locator('[data-testid="stSidebar"] [data-testid="stSlider"] input[type="range"]').first
    thumb.focus()
    rerun(page, lambda: page.keyboard.press("ArrowLeft"))
    wait_charts_drawn(page)
    page.wait_for_function(f"() => ({TITLES})().filter(t => t.includes('2022')).length >= {len(dated)}")
    after = page.evaluate(TITLES)
    assert not [t for t in after if "2023" in t], after
    assert sorted(t.replace("2023", "2022") for t in before) == sorted(after)
    kept = page.evaluate(f"() => [...document.querySelectorAll('{CHART}')].map(el => el.__kcTest)")
    assert kept == charts and len(charts) == 4, (charts, kept)          # the same four nodes, redrawn


def test_a_chart_whose_library_cannot_load_says_so(server, page):
    """plotly.js comes from the app's own server (ui/plotly_element.py). When that request fails, each chart's
    place says so in the page's language instead of staying blank."""
    page.route("**/app/static/plotly/**", lambda route: route.abort())
    page.goto(f"{server}/?lang=id")
    wait_idle(page)
    expected = MESSAGES["chart.unavailable"]["id"]
    page.wait_for_function("""() => { const boxes = [...document.querySelectorAll('[data-testid="kcPlotlyChart"]')];
        return boxes.length >= 4 && boxes.every(b => !b.querySelector('.kc-chart-error').hidden); }""")
    notes = page.locator('[data-testid="kcPlotlyChart"] .kc-chart-error').all_inner_texts()
    assert notes and set(notes) == {expected}, notes
    screenshot(page, "chart-unavailable", full_page=False)
