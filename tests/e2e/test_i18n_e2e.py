"""The language in a real browser: with no ``?lang=`` the browser's locale decides; the sidebar switch
changes the texts and writes ``?lang=en|id`` into the URL, which a shared link then keeps."""

from __future__ import annotations

from urllib.parse import parse_qs, urlparse

import pytest

from tests.e2e.conftest import WAIT, assert_no_error, screenshot, track_runs, wait_idle
from ui.messages import MESSAGES


def _href(page) -> str:
    # page.url lags behind history.replaceState, which Streamlit uses for query-parameter changes
    return page.evaluate("location.href")


def _lang_in_url(page) -> str | None:
    return parse_qs(urlparse(_href(page)).query).get("lang", [None])[-1]


def _title(page) -> str:
    return page.locator('[data-testid="stMain"] h1').first.inner_text().strip()


@pytest.fixture()
def browser_in(browser):
    contexts = []

    def make(locale: str):
        ctx = browser.new_context(viewport={"width": 1440, "height": 900}, locale=locale)
        track_runs(ctx)
        contexts.append(ctx)
        pg = ctx.new_page()
        pg.set_default_timeout(WAIT * 1000)
        return pg

    yield make
    for ctx in contexts:
        ctx.close()


def test_indonesian_browser_gets_indonesian(server, browser_in):
    page = browser_in("id-ID")
    page.goto(f"{server}/")
    wait_idle(page)
    assert_no_error(page)
    assert page.evaluate("navigator.language") == "id-ID"
    assert _title(page) == MESSAGES["home.title"]["id"]
    assert _lang_in_url(page) == "id"
    nav = page.locator('[data-testid="stSidebarNav"]').inner_text()
    assert MESSAGES["nav.map"]["id"] in nav and MESSAGES["nav.map"]["en"] not in nav.split("\n")
    screenshot(page, "i18n-locale-id")

    # the switch: English, then back to Indonesian; URL and texts follow
    switch = page.locator(".st-key-lang")
    switch.get_by_role("radio", name="English").click()
    page.wait_for_function("() => location.search.includes('lang=en')")
    wait_idle(page)
    page.wait_for_function("(t) => document.querySelector('[data-testid=\"stMain\"] h1')?.innerText.includes(t)",
                           arg=MESSAGES["home.title"]["en"])
    assert _lang_in_url(page) == "en"
    assert MESSAGES["nav.map"]["en"] in page.locator('[data-testid="stSidebarNav"]').inner_text()
    switch.get_by_role("radio", name="Bahasa Indonesia").click()
    page.wait_for_function("() => location.search.includes('lang=id')")
    wait_idle(page)
    page.wait_for_function("(t) => document.querySelector('[data-testid=\"stMain\"] h1')?.innerText.includes(t)",
                           arg=MESSAGES["home.title"]["id"])

    # the language stays when moving to another page from the menu
    page.locator('[data-testid="stSidebarNav"]').get_by_text(MESSAGES["nav.about"]["id"]).click()
    page.wait_for_url("**/about**")
    wait_idle(page)
    assert_no_error(page)
    assert _lang_in_url(page) == "id"
    assert MESSAGES["nav.about"]["id"] in page.locator('[data-testid="stSidebarNav"]').inner_text()


def test_english_browser_gets_english_and_url_wins(server, browser_in):
    page = browser_in("en-US")
    page.goto(f"{server}/")
    wait_idle(page)
    assert _title(page) == MESSAGES["home.title"]["en"]
    assert _lang_in_url(page) == "en"
    # a shared Indonesian link opens in Indonesian whatever the browser says
    page.goto(f"{server}/?lang=id")
    wait_idle(page)
    assert _title(page) == MESSAGES["home.title"]["id"]
    assert _lang_in_url(page) == "id"
