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
        try:
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:
                try:
                    if urllib.request.urlopen(f"{url}/_stcore/health", timeout=2).read() == b"ok":
                        break
                except OSError:
                    time.sleep(0.3)
            else:
                pytest.fail(f"streamlit did not start: {log_path.read_text()[-2000:]}")
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
    pg = ctx.new_page()
    pg.goto(f"{server}/?lang=en")
    wait_idle(pg, 60)
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
    pg = ctx.new_page()
    pg.set_default_timeout(30_000)
    yield pg
    ctx.close()


def wait_idle(page, timeout: float = 30.0) -> None:
    """Wait until the Streamlit script run has finished (stApp's data-test-script-state is notRunning, no
    spinner, no stale element, main area not empty) for three polls in a row."""
    page.wait_for_selector('[data-testid="stApp"]', timeout=timeout * 1000)
    deadline = time.monotonic() + timeout
    stable = 0
    while time.monotonic() < deadline:
        running = page.evaluate("""() => {
            const app = document.querySelector('[data-testid="stApp"]');
            const state = app && app.getAttribute('data-test-script-state');
            const busy = state !== 'notRunning';
            const stale = document.querySelector('[data-stale="true"]');
            const spin = document.querySelector('[data-testid="stSpinner"]');
            const main = document.querySelector('[data-testid="stMainBlockContainer"]');
            const empty = !main || (main.innerText || '').trim().length === 0;
            return busy || !!spin || empty || !!stale;
        }""")
        stable = 0 if running else stable + 1
        if stable >= 3:
            return
        time.sleep(0.25)
    raise TimeoutError("the app did not finish its run")


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
