"""Shared links in a real browser (issue 11): a link with codes, opened in Indonesian, keeps its filters in the
URL and in effect after moves from the sidebar's page menu (which start the new page with no query parameters)."""

from __future__ import annotations

import contextlib
from urllib.parse import parse_qs, urlparse

from playwright.sync_api import TimeoutError as PlaywrightTimeout

from tests.e2e.conftest import assert_no_error, screenshot, wait_idle
from ui.messages import MESSAGES

LINK = {"province": "73", "type": "kota", "year": "2020", "lang": "id"}


def _query(page) -> dict[str, str]:
    # page.url lags behind history.replaceState, which Streamlit uses for query-parameter changes
    q = parse_qs(urlparse(page.evaluate("location.href")).query)
    return {k: v[-1] for k, v in q.items()}


def _wait_link_in_url(page) -> None:
    page.wait_for_function("""(want) => { const q = new URLSearchParams(location.search);
        return Object.entries(want).every(([k, v]) => q.get(k) === v); }""", arg=LINK)


# what a sidebar widget shows: its text and its inputs' values (a selectbox shows its choice in an input)
SHOWN = """(key) => { const el = document.querySelector('[data-testid="stSidebar"] .st-key-' + key);
    if (!el) return '';
    return [el.textContent, ...[...el.querySelectorAll('input')].map(i => i.value || i.placeholder || ''),
            ...[...el.querySelectorAll('[aria-valuenow], [aria-valuetext]')].map(
                e => (e.getAttribute('aria-valuetext') || '') + ' ' + (e.getAttribute('aria-valuenow') || ''))
           ].join(' | '); }"""


def _shown(page, key: str) -> str:
    return page.evaluate(SHOWN, key)


def _sidebar_holds_the_filters(page) -> None:
    # the sidebar's widgets are drawn one by one with the run's deltas (the year can come after the province on a
    # busy machine): wait until each shows the link's value, then say which one does not
    want = {"province": "Sulawesi Selatan", "type": MESSAGES["type.kota"]["id"], "year": "2020"}
    with contextlib.suppress(PlaywrightTimeout):
        page.wait_for_function(f"(want) => Object.entries(want).every(([k, v]) => ({SHOWN})(k).includes(v))",
                               arg=want)
    for key, value in want.items():
        assert value in _shown(page, key), (key, _shown(page, key))


def _go(page, nav_key: str, url_path: str) -> None:
    page.locator('[data-testid="stSidebarNav"]').get_by_text(MESSAGES[f"nav.{nav_key}"]["id"], exact=True).click()
    page.wait_for_url(f"**/{url_path}**")
    _wait_link_in_url(page)
    wait_idle(page)
    assert_no_error(page)


def test_shared_link_survives_page_moves(app_url, page):
    page.goto(f"{app_url}/?province=73&type=kota&year=2020&lang=id")
    wait_idle(page)
    assert_no_error(page)
    assert page.locator('[data-testid="stAlertContentWarning"]').count() == 0
    _sidebar_holds_the_filters(page)
    assert {k: _query(page).get(k) for k in LINK} == LINK

    _go(page, "pillars", "pillars")
    _sidebar_holds_the_filters(page)
    screenshot(page, "links-pillars-after-move")

    _go(page, "about", "about")                 # a page without the filters keeps them in the URL
    _go(page, "equity", "equity")
    _sidebar_holds_the_filters(page)
    assert {k: _query(page).get(k) for k in LINK} == LINK


def test_link_value_not_understood_is_warned(app_url, page):
    page.goto(f"{app_url}/?province=Narnia&lang=id")
    wait_idle(page)
    warning = page.locator('[data-testid="stAlertContentWarning"]')
    expected = MESSAGES["links.invalid"]["id"].format(param="province", value="Narnia")
    assert expected in warning.first.inner_text()
    assert "province" not in _query(page)
