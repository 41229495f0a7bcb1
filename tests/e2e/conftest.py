"""End-to-end fixtures: a real Streamlit server on a free local port and Debian's headless Chromium driven by
Playwright. Screenshots go to ``tests/artifacts/e2e/`` (kept as test artifacts; look at them).

Skipped with a clear reason when /usr/bin/chromium or Playwright is missing (``scripts/test.sh`` installs
chromium when it can).
"""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.request
from io import BytesIO
from pathlib import Path

import pytest

from tests.conftest import REPO

CHROMIUM = Path(os.environ.get("KOTA_CERDAS_CHROMIUM", "/usr/bin/chromium"))
ARTIFACTS = REPO / "tests" / "artifacts" / "e2e"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage", "--use-gl=swiftshader", "--enable-unsafe-swiftshader",
                 "--ignore-gpu-blocklist"]


def pytest_collection_modifyitems(config, items):
    reason = None
    if not CHROMIUM.exists():
        reason = f"{CHROMIUM} is not installed (apt-get install chromium)"
    else:
        try:
            import playwright.sync_api  # noqa: F401
        except ImportError:
            reason = "the playwright package is not installed"
    for item in items:
        if "tests/e2e/" in str(item.fspath):
            item.add_marker(pytest.mark.e2e)
            if reason:
                item.add_marker(pytest.mark.skip(reason=reason))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def streamlit_server(env: dict, log_path: Path, extra_args: tuple[str, ...] = ()):
    """Run ``streamlit run app.py`` on a free local port with ``env``; yield its URL once /_stcore/health
    answers; stop it afterwards. Every e2e server (shared, fresh, import) starts here."""
    port = _free_port()
    with open(log_path, "w") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", str(REPO / "app.py"), "--server.port", str(port),
             "--server.headless", "true", "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false",
             *extra_args],
            cwd=REPO, env={**env, "PYTHONUNBUFFERED": "1"}, stdout=log, stderr=subprocess.STDOUT)
        url = f"http://127.0.0.1:{port}"

        def healthy() -> bool:
            if proc.poll() is not None:
                pytest.fail(f"streamlit exited with code {proc.returncode}: {log_path.read_text()[-2000:]}")
            try:
                return urllib.request.urlopen(f"{url}/_stcore/health", timeout=5).read() == b"ok"
            except OSError:
                return False

        try:
            poll(healthy, timeout=WAIT, what=f"streamlit to answer /_stcore/health ({log_path})")
            yield url
        finally:
            proc.terminate()
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()


@pytest.fixture(scope="session")
def server(built_db):
    env = dict(os.environ, KOTA_CERDAS_DB=str(built_db))
    with streamlit_server(env, Path(built_db).parent / "streamlit-e2e.log") as url:
        yield url


@pytest.fixture(scope="session")
def app_url(server, browser):
    """The shared server after one visit of the app's root: a fresh Streamlit process treats a first request
    for a page file's own path (``/map``) as a v1 multipage app until app.py's st.navigation has run once."""
    ctx = browser.new_context()
    track_runs(ctx)
    pg = ctx.new_page()
    pg.goto(f"{server}/?lang=en")
    wait_idle(pg)
    ctx.close()
    return server


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture()
def page(browser, request):
    ctx = browser.new_context(viewport={"width": 1440, "height": 900}, accept_downloads=True, locale="en-GB")
    track_runs(ctx)
    pg = ctx.new_page()
    pg.set_default_timeout(WAIT * 1000)
    yield pg
    ctx.close()


# --------------------------------------------------------------------------------------------- waiting
# Every wait below is on state the page exposes, never on elapsed time: Streamlit's script-run state
# (stApp's data-test-script-state: initial → running → notRunning, rerunRequested in between), a count of
# finished runs kept by an observer installed before the app's scripts, and the outcome a test expects. On a
# busy machine these waits take longer; they never return early. Timeouts only bound a wait that fails.

# The bound of every wait: generous, because it only decides how long a *failing* wait takes. The first request
# to a fresh server on a busy 2-CPU machine (imports, reading the database, the page) can take minutes.
WAIT = float(os.environ.get("KOTA_CERDAS_E2E_WAIT", "240"))

RUN_TRACKER = """
(() => {
  if (window.__kcRuns) return;
  const runs = window.__kcRuns = {started: 0, finished: 0, state: null};
  const seen = (state) => {
    if (state === runs.state) return;
    if (state === 'running') runs.started += 1;
    if (state === 'notRunning' && runs.state !== null && runs.state !== 'initial') runs.finished += 1;
    runs.state = state;
  };
  new MutationObserver((records) => {
    for (const r of records) {
      const el = r.type === 'attributes' ? r.target : document.querySelector('[data-testid="stApp"]');
      if (el && el.getAttribute) seen(el.getAttribute('data-test-script-state'));
    }
  }).observe(document, {subtree: true, childList: true, attributes: true,
                        attributeFilter: ['data-test-script-state']});
})();
"""

IDLE = """() => {
  const app = document.querySelector('[data-testid="stApp"]');
  if (!app || app.getAttribute('data-test-script-state') !== 'notRunning') return false;
  if (document.querySelector('[data-stale="true"], [data-testid="stSpinner"]')) return false;
  const main = document.querySelector('[data-testid="stMainBlockContainer"]');
  return !!main && (main.innerText || '').trim().length > 0;
}"""


def track_runs(context) -> None:
    """Count the app's finished script runs in every page of ``context`` (``window.__kcRuns``)."""
    context.add_init_script(RUN_TRACKER)


def within(predicate, timeout: float, interval: float = 0.2):
    """Call ``predicate`` until it returns something truthy (returned) or ``timeout`` seconds pass (``None``).
    For a step that may be retried (a click SwiftShader lost): the caller decides what a miss means."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            return None
        time.sleep(interval)       # a poll interval, not a synchronisation: the loop ends on the state


def poll(predicate, *, timeout: float, what: str, interval: float = 0.2):
    """Call ``predicate`` until it returns something truthy (returned), or fail after ``timeout`` seconds
    saying what was awaited. For state outside the browser (a server's health, a file); in the browser use
    ``page.wait_for_function``. ``pytest.fail`` is not an ``AssertionError``: a step to retry uses :func:`within`."""
    value = within(predicate, timeout, interval)
    if not value:
        pytest.fail(f"timed out after {timeout:.0f} s waiting for {what}")
    return value


def finished_runs(page) -> int:
    """How many script runs of the app this page has seen finish (needs :func:`track_runs`)."""
    return int(page.evaluate("() => (window.__kcRuns || {finished: 0}).finished"))


def wait_idle(page, timeout: float = WAIT) -> None:
    """Wait until the app's current script run has finished and the page shows its result: script state
    notRunning, no stale element, no spinner, the main area not empty."""
    page.wait_for_selector('[data-testid="stApp"]', timeout=timeout * 1000)
    page.wait_for_function(IDLE, timeout=timeout * 1000)


def rerun(page, action, timeout: float = WAIT) -> None:
    """Do ``action`` (a click, a key press, an upload) that makes the app rerun, then wait until a run that
    started after it has finished — not merely until the app is idle, which it may still be before the rerun
    request reaches the server."""
    before = finished_runs(page)
    action()
    page.wait_for_function(f"() => (window.__kcRuns || {{finished: 0}}).finished > {before}",
                           timeout=timeout * 1000)
    wait_idle(page, timeout)


def settled_list(page, expression: str, timeout: float = 30) -> list:
    """Evaluate ``expression`` (JS returning a list of defects) until it is empty or ``timeout`` seconds pass;
    return the last list. For a layout check right after a run: the app's style rules (an ``st.html`` block)
    may take effect a frame after the elements they style, so a single look can catch the page mid-paint."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout
    with contextlib.suppress(PlaywrightTimeout):          # still defects after the wait: the caller reports them
        page.wait_for_function(f"() => ({expression})().length === 0", timeout=timeout * 1000)
    return page.evaluate(expression)


def wait_charts_drawn(page, timeout: float = WAIT) -> None:
    """Wait until every chart in view shows its current figure (``ui.plotly_element.CHARTS_DRAWN_JS``: each chart's
    element has rendered and drawn the figure it was last given, its SVG laid out), then for two animation
    frames, so a screenshot shows what a reader sees (also after a viewport change)."""
    from ui.plotly_element import CHARTS_DRAWN_JS
    page.wait_for_function(CHARTS_DRAWN_JS, timeout=timeout * 1000)
    page.evaluate("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))")


def wait_canvas_drawn(locator, timeout: float = WAIT, *, min_colours: int = 50, min_spread: float = 5.0):
    """Wait until a (WebGL) canvas shows a picture — more than ``min_colours`` colours and a grey-level spread
    above ``min_spread`` in a screenshot of it — and return that screenshot (PIL image)."""
    from PIL import Image, ImageStat

    def drawn():
        img = Image.open(BytesIO(locator.screenshot())).convert("RGB")
        colours = img.getcolors(maxcolors=1 << 20)
        ok = colours is not None and len(colours) > min_colours and \
            ImageStat.Stat(img.convert("L")).stddev[0] > min_spread
        return img if ok else None

    locator.wait_for(state="visible", timeout=timeout * 1000)
    return poll(drawn, timeout=timeout, what="the canvas to be drawn")


def full_page_screenshot(page, name: str) -> Path:
    """A screenshot of the whole page: the viewport is stretched to the height of Streamlit's scrolling main
    area (a plain full-page screenshot stops at the first screen), charts re-laid out, then restored."""
    size = page.viewport_size
    height = page.evaluate("() => document.querySelector('[data-testid=\"stMain\"]').scrollHeight")
    page.set_viewport_size({"width": size["width"], "height": min(int(height) + 40, 8000)})
    wait_charts_drawn(page)
    path = screenshot(page, name)
    page.set_viewport_size(size)
    wait_charts_drawn(page)
    return path


def screenshot(page, name: str, full_page: bool = True) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=full_page)
    return path


def assert_no_error(page) -> None:
    errors = page.locator('[data-testid="stException"], [data-testid="stAlertContentError"]')
    assert errors.count() == 0, errors.first.inner_text()


def download(page, key: str, tmp_path: Path) -> Path:
    """Click the download button inside the element keyed ``key`` and save the file; checks the name says
    what it is (``kota-cerdas_…csv``)."""
    button = page.locator(f".st-key-{key} button:visible").first
    button.scroll_into_view_if_needed()
    with page.expect_download() as info:
        button.click()
    dl = info.value
    target = tmp_path / dl.suggested_filename
    dl.save_as(target)
    assert target.name.startswith("kota-cerdas_") and target.suffix == ".csv"
    return target


def cli_export(db: Path, *args: str) -> bytes:
    """``python -m analytics export <args> --format csv`` on ``db``: the CLI's bytes, for comparison."""
    env = dict(os.environ, KOTA_CERDAS_DB=str(db))
    out = subprocess.run([sys.executable, "-m", "analytics", "export", *args, "--format", "csv"], cwd=REPO,
                         env=env, capture_output=True, timeout=120, check=True)
    return out.stdout
