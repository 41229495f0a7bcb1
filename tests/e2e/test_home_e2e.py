"""The landing page in a real browser."""

from tests.e2e.conftest import assert_no_error, screenshot, wait_idle


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
