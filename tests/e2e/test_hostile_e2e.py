"""Issue 13 in a real browser and a real server (points 1–3):

1. a shared link with hostile ``?region=`` / ``?regions=`` values shows inert text — Streamlit's own Markdown
   renderer draws no link, no image, no emphasis, and the browser fetches nothing from the link's host;
2. an error in a page shows a translated sentence with a reference id, never a traceback; the server log has it;
3. the server refuses uploads from a session that did not sign in as admin (403) and refuses a large upload (413)
   whatever the browser would have checked.

Screenshots: tests/artifacts/e2e/hostile-region.png, hostile-compare.png, error-reference.png."""

from __future__ import annotations

import http.client
import os
import re
import subprocess
import sys
import urllib.parse
import uuid
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.e2e.conftest import screenshot, streamlit_server, wait_idle
from ui.messages import MESSAGES
from ui.safe import WORD_JOINER

EVIL_HOST = "evil.example"
HOSTILE = [
    f"[Log in again](https://{EVIL_HOST}/login)",
    f"![x](http://{EVIL_HOST}/pixel.png)",
    "<img src=x onerror=alert(1)>",
    f"www.{EVIL_HOST}",
    "**urgent** :red[alert] :material/warning:",
]


def _alert_texts(page) -> list[str]:
    return page.locator('[data-testid="stAlertContainer"]').all_inner_texts()


def _assert_inert(page, requests: list[str], values: list[str]) -> None:
    main = page.locator('[data-testid="stMain"]')
    assert main.locator(f'a[href*="{EVIL_HOST}"]').count() == 0, "a hostile value became a link"
    assert main.locator(f'img[src*="{EVIL_HOST}"], img[src="x"]').count() == 0, "a hostile value became an image"
    alerts = " ".join(_alert_texts(page)).replace(WORD_JOINER, "")
    for v in values:
        assert v in alerts, f"{v!r} not shown as written in {alerts!r}"
    for tag in ("strong", "em", "h1", "h2", "li", "code"):
        assert page.locator(f'[data-testid="stAlertContainer"] {tag}').count() == 0, f"<{tag}> in a warning"
    assert main.locator("code").count() == 0, "stray output (e.g. None) on the page"
    fetched = [u for u in requests if (urllib.parse.urlparse(u).hostname or "").endswith(EVIL_HOST)]
    assert not fetched, f"the browser fetched from the link's host: {fetched}"


def _watch(page) -> list[str]:
    seen: list[str] = []
    page.on("request", lambda r: seen.append(r.url))
    return seen


def test_hostile_region_link_shows_inert_text(app_url, page):
    requests = _watch(page)
    value = HOSTILE[0] + " " + HOSTILE[1] + " " + HOSTILE[2]
    page.goto(f"{app_url}/region?lang=en&region={urllib.parse.quote(value)}")
    wait_idle(page, 60)
    page.locator('[data-testid="stAlertContainer"]').first.wait_for()
    screenshot(page, "hostile-region")
    _assert_inert(page, requests, [value])


def test_hostile_compare_links_show_inert_text(app_url, page):
    requests = _watch(page)
    page.goto(f"{app_url}/compare?lang=en&regions={urllib.parse.quote(','.join(HOSTILE))}")
    wait_idle(page, 60)
    page.locator('[data-testid="stAlertContainer"]').first.wait_for()
    screenshot(page, "hostile-compare")
    _assert_inert(page, requests, HOSTILE)


# ------------------------------------------------------------------------------------------------ errors

@pytest.fixture(scope="module")
def broken_server(tmp_path_factory):
    """A server whose data folder is missing its reference data: the first build fails inside the app."""
    root = tmp_path_factory.mktemp("broken")
    (root / "data" / "framework").mkdir(parents=True)
    env = dict(os.environ, KOTA_CERDAS_DB=str(root / "smartcity.duckdb"), KOTA_CERDAS_DATA_DIR=str(root / "data"),
               KOTA_CERDAS_IMPORTS_DIR=str(root / "imports"))
    log = root / "streamlit.log"
    with streamlit_server(env, log) as url:
        yield url, log, root


def test_an_error_shows_a_reference_not_a_traceback(broken_server, page):
    url, log, root = broken_server
    page.goto(f"{url}/?lang=en")
    page.locator('[data-testid="stAlertContentError"]').first.wait_for(timeout=90_000)
    wait_idle(page, 60)
    screenshot(page, "error-reference")
    text = page.locator('[data-testid="stMain"]').inner_text()
    assert page.locator('[data-testid="stException"]').count() == 0
    assert "Traceback" not in text and str(root) not in text and "File \"" not in text
    pattern = re.escape(MESSAGES["app.error_database"]["en"]).replace(re.escape("{ref}"), "([0-9a-f]{8})")
    m = re.search(pattern, text)
    assert m, text
    nav = page.locator('[data-testid="stSidebarNav"]').inner_text()
    assert "Overview" in nav and "app" not in nav.split()        # the app's navigation, not a list of files
    logged = log.read_text()
    assert f"error {m.group(1)}" in logged and "Traceback" in logged     # the details are on the server


# ------------------------------------------------------------------------------------------------ uploads

def _session_of(page, url: str) -> tuple[str, str]:
    """Open the app, and return this browser session's id (from the first server message) and XSRF cookie."""
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
    ids: list[str] = []

    def on_ws(ws):
        def frame(payload):
            if isinstance(payload, (bytes, bytearray)):
                try:
                    msg = ForwardMsg.FromString(bytes(payload))
                except Exception:  # noqa: BLE001 - not a ForwardMsg
                    return
                if msg.WhichOneof("type") == "new_session" and msg.new_session.initialize.session_id:
                    ids.append(msg.new_session.initialize.session_id)
        ws.on("framereceived", frame)
    page.on("websocket", on_ws)
    page.goto(f"{url}/?lang=en")
    wait_idle(page, 60)
    assert ids, "no session id seen on the websocket"
    cookie = next(c["value"] for c in page.context.cookies() if c["name"] == "_streamlit_xsrf")
    return ids[0], cookie


def _put(url: str, session: str, xsrf: str, body: bytes | None, length: int | None = None) -> int:
    """PUT a multipart upload to Streamlit's endpoint; the status code (a closed connection counts as 413
    only if the server answered first). ``length`` announces a body that is not sent (the server must refuse
    on the header alone)."""
    host = urllib.parse.urlparse(url)
    boundary = uuid.uuid4().hex
    if body is not None:
        payload = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.csv\"\r\n"
                   f"Content-Type: text/csv\r\n\r\n").encode() + body + f"\r\n--{boundary}--\r\n".encode()
    conn = http.client.HTTPConnection(host.hostname, host.port, timeout=30)
    conn.putrequest("PUT", f"/_stcore/upload_file/{session}/{uuid.uuid4().hex}")
    conn.putheader("Content-Type", f"multipart/form-data; boundary={boundary}")
    conn.putheader("Content-Length", str(length if body is None else len(payload)))
    conn.putheader("Cookie", f"_streamlit_xsrf={xsrf}")
    conn.putheader("X-Xsrftoken", xsrf)
    conn.putheader("Origin", url)
    conn.endheaders()
    if body is not None:
        conn.send(payload)
    try:
        return conn.getresponse().status
    finally:
        conn.close()


def test_server_refuses_uploads_without_the_admin_sign_in(app_url, page):
    session, xsrf = _session_of(page, app_url)
    assert _put(app_url, session, xsrf, b"region_code,year,pillar,score\n") == 403


def test_server_refuses_a_large_upload(app_url, page):
    session, xsrf = _session_of(page, app_url)
    assert _put(app_url, session, xsrf, None, length=50 * 2**20) == 413    # announced 50 MB, nothing sent
