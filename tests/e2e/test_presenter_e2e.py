"""Presenter mode in a real browser at projector resolution (1920×1080), with every request to anything but
the local server refused (a conference hall has no network). Screenshots: tests/artifacts/e2e/presenter-<n>.png
(and presenter-id-<n>.png for the Indonesian run)."""

from __future__ import annotations

import os
import re
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest

from tests.e2e.conftest import (WAIT, assert_no_error, screenshot, streamlit_server, track_runs, wait_charts_drawn,
                                wait_idle)
from ui.messages import MESSAGES

SLIDES = ["", "equity", "map", "pillars", "ascn", "region"]      # url paths; the overview is the app's root


@pytest.fixture()
def projector(browser):
    """A 1920×1080 page that records and refuses every request not addressed to the local server."""
    ctx = browser.new_context(viewport={"width": 1920, "height": 1080}, locale="en-GB")
    external: list[str] = []

    def route(r):
        host = urlparse(r.request.url).hostname
        if host in ("127.0.0.1", "localhost"):
            r.continue_()
        else:
            external.append(r.request.url)
            r.abort()

    ctx.route("**/*", route)
    track_runs(ctx)
    pg = ctx.new_page()
    pg.set_default_timeout(WAIT * 1000)
    pg.external_requests = external
    yield pg
    ctx.close()


def _href(page) -> str:
    # page.url lags behind history.replaceState, which Streamlit uses for query-parameter changes
    return page.evaluate("location.href")


def _indicator(page) -> str:
    return page.locator(".st-key-presenter-indicator").inner_text().strip()


def _path(page) -> str:
    return urlparse(_href(page)).path.strip("/")


def _query(page) -> dict[str, str]:
    return {k: v[-1] for k, v in parse_qs(urlparse(_href(page)).query).items()}


CHROME = ('[data-testid="stSidebar"]', 'header[data-testid="stHeader"]', '[data-testid="stToolbar"]',
          '[data-testid="stSidebarCollapsedControl"]')


def _assert_chrome_hidden(page) -> None:
    """No Streamlit chrome shows. Waited for (bounded by WAIT): a rerun may swap the page's style element for its
    new copy a moment after the run is reported finished; chrome that stays visible fails after the bound."""
    try:
        page.wait_for_function("""(sels) => sels.every(s => [...document.querySelectorAll(s)]
            .every(e => !(e.offsetWidth || e.offsetHeight || e.getClientRects().length)))""", arg=list(CHROME),
            timeout=WAIT * 1000)
    except Exception:  # noqa: BLE001 - report which element is visible
        pass
    for sel in CHROME:
        loc = page.locator(sel)
        assert loc.count() == 0 or not loc.first.is_visible(), f"{sel} is visible in presenter mode"


def _step(page, lang: str, prefix: str) -> None:
    nav = {k: MESSAGES[f"nav.{k}"][lang] for k in ("home", "equity", "map", "pillars", "ascn", "region")}
    titles = list(nav.values())
    for n, path in enumerate(SLIDES, start=1):
        wait_idle(page)
        page.wait_for_function(
            "(t) => (document.querySelector('.st-key-presenter-indicator') || {}).innerText?.includes(t)",
            arg=titles[n - 1])
        wait_idle(page)
        assert_no_error(page)
        _assert_chrome_hidden(page)
        assert _path(page) == path
        expected = MESSAGES["presenter.indicator"][lang].format(k=n, n=len(SLIDES), title=titles[n - 1])
        assert _indicator(page) == expected
        q = _query(page)
        assert q.get("present") == "1" and q.get("lang") == lang
        wait_charts_drawn(page)               # charts laid out and painted before the screenshot
        screenshot(page, f"{prefix}-{n}", full_page=False)
        nxt = page.locator(".st-key-presenter-next button")
        if n < len(SLIDES):
            nxt.click()
            page.wait_for_url(re.compile(rf"/{SLIDES[n]}\?"))
        else:
            assert nxt.is_disabled()


def test_presenter_slides(server, projector):
    page = projector
    page.goto(f"{server}/?present=1&lang=en")
    _step(page, "en", "presenter")
    assert _query(page)["region"] == "73.71"
    # back one slide with Previous, then with the PageUp key (what presentation clickers send)
    page.locator(".st-key-presenter-prev button").click()
    page.wait_for_url(re.compile(r"/ascn\?"))
    wait_idle(page)
    page.keyboard.press("PageUp")
    page.wait_for_url(re.compile(r"/pillars\?"))
    wait_idle(page)
    page.keyboard.press("PageDown")
    page.wait_for_url(re.compile(r"/ascn\?"))
    wait_idle(page)
    # exit: the sidebar comes back, the language and region stay in the URL
    page.locator(".st-key-presenter-exit button").click()
    page.wait_for_function("() => !location.search.includes('present=')")
    wait_idle(page)
    # the run that drops the presenter style may start a moment after the URL changed: wait (bounded) for the
    # sidebar to show and the slide bar to go; a presenter style that stays fails after WAIT
    page.locator('[data-testid="stSidebar"]').wait_for(state="visible", timeout=WAIT * 1000)
    page.locator(".st-key-presenter-bar").wait_for(state="detached", timeout=WAIT * 1000)
    wait_idle(page)
    assert _query(page).get("lang") == "en"
    assert page.external_requests == [], sorted(set(page.external_requests))


def test_presenter_slides_in_bahasa(server, projector):
    page = projector
    page.goto(f"{server}/?present=1&lang=id")
    _step(page, "id", "presenter-id")
    assert page.external_requests == [], sorted(set(page.external_requests))


@pytest.fixture()
def fresh_server(built_db):
    """A server that has not served anything yet (the first request after a start is special: Streamlit
    treats an app with a pages/ folder as a v1 multipage app until st.navigation has run once)."""
    env = dict(os.environ, KOTA_CERDAS_DB=str(built_db))
    with streamlit_server(env, Path(built_db).parent / "streamlit-e2e-fresh.log") as url:
        yield url


def test_deep_link_as_first_request(fresh_server, projector):
    """A shared link to the last slide, opened right after the server started, runs through app.py."""
    page = projector
    page.goto(f"{fresh_server}/region?present=1&lang=id&region=73.71")
    wait_idle(page)
    page.wait_for_selector(".st-key-presenter-indicator")
    assert_no_error(page)
    _assert_chrome_hidden(page)
    title = MESSAGES["nav.region"]["id"]
    assert _indicator(page) == MESSAGES["presenter.indicator"]["id"].format(k=len(SLIDES), n=len(SLIDES), title=title)
    assert page.locator('[data-testid="stSidebarNav"]').count() == 0
