"""The landing page in a real browser."""

from tests.e2e.conftest import assert_no_error, rerun, screenshot, wait_charts_drawn, wait_idle


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


TITLES = """() => [...document.querySelectorAll('[data-testid="stPlotlyChart"] .g-gtitle text')]
    .map(t => t.textContent)"""


def test_a_year_change_redraws_every_chart_with_that_year(server, page):
    """The sidebar's year moves one step: each chart whose title names the year is drawn anew with the new
    year's figure. Streamlit's chart keeps the figure it mounted with for as long as its element id stays the
    same (it reads a new spec only on mount), so a chart whose id did not follow its data would stay on 2023."""
    page.goto(f"{server}/?lang=en")
    wait_idle(page)
    # equity fifths, coverage by province, levels: wait until the three are mounted (they render lazily)
    page.wait_for_function(f"() => ({TITLES})().filter(t => t.includes('2023')).length >= 3")
    wait_charts_drawn(page)
    before = page.evaluate(TITLES)
    dated = [t for t in before if "2023" in t]
    thumb = page.locator('[data-testid="stSidebar"] [data-testid="stSlider"] input[type="range"]').first
    thumb.focus()
    rerun(page, lambda: page.keyboard.press("ArrowLeft"))
    wait_charts_drawn(page)
    page.wait_for_function(f"() => ({TITLES})().filter(t => t.includes('2022')).length >= {len(dated)}")
    after = page.evaluate(TITLES)
    assert not [t for t in after if "2023" in t], after
    assert sorted(t.replace("2023", "2022") for t in before) == sorted(after)
