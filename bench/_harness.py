"""Shared pieces of the real-browser benchmarks (bench_browser.py, load_test.py): a measured ``streamlit run``
server, headless Chromium, and the precise definition of "drawn".

"Drawn" (what a person sees as "the page is there"), checked on every animation frame in the page:
  1. Streamlit's script run has finished: ``[data-testid=stApp]`` has ``data-test-script-state="notRunning"``;
     for a rerun, a run must have started after the interaction (the state went to ``running``, or — when
     React batched running → notRunning into one render — the main area's DOM changed), so the state before
     the keydown does not count;
  2. nothing is left over from the previous run: no ``[data-stale=true]`` element, no spinner, no skeleton;
  3. the page's main element (a CSS selector per page, e.g. the first chart's ``.main-svg``) is in the DOM, and
     every plotly chart on the page has drawn its current figure (ui/plotly_element.py: `data-drawn` equals
     `data-rev`) and every deck.gl chart its canvas.
The time is ``performance.now()`` at the first animation frame where 1–3 hold: for a cold load it counts from
the navigation start (the document's time origin), for a rerun from the ``keydown`` event that changed the
filter. Both are read from the browser's clock, so Playwright's own round trips are not counted.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))
from ui.plotly_element import CHARTS_DRAWN_JS  # noqa: E402  (the app's charts: drawn = showing their figure)
BENCH = REPO / "bench"
RESULTS = BENCH / "results"
CHROMIUM = Path(os.environ.get("KOTA_CERDAS_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage", "--use-gl=swiftshader", "--enable-unsafe-swiftshader",
                 "--ignore-gpu-blocklist"]

INIT_SCRIPT = """
window.__kcTransitions = [];
new MutationObserver(ms => { for (const m of ms) {
    window.__kcTransitions.push({state: m.target.getAttribute('data-test-script-state'), t: performance.now()});
}}).observe(document, {subtree: true, attributes: true, attributeFilter: ['data-test-script-state']});
window.__kcMain = [];          // times of DOM mutations inside the main area, widgets' own redraws aside (a rerun's deltas)
new MutationObserver(ms => {
    for (const m of ms) {
        const el = m.target.nodeType === 1 ? m.target : m.target.parentElement;
        // the slider itself redraws on the keypress (its thumb and value label): that is not a rerun's delta
        if (el && el.closest && el.closest('[data-testid="stMain"]') && !el.closest('[data-testid="stSlider"]')) {
            window.__kcMain.push(performance.now());
            if (window.__kcMain.length > 2000) window.__kcMain.splice(0, 1000);
            break;
        }
    }
}).observe(document, {subtree: true, childList: true, characterData: true, attributes: true});
document.addEventListener('keydown', () => { window.__kcKey = performance.now(); }, true);
document.addEventListener('pointerdown', () => { window.__kcKey = performance.now(); }, true);
"""

# a plotly chart's drawn SVG: the app's (ui/plotly_element.py) or st.plotly_chart's (the bare page, older checkouts)
PLOTLY_SVG = '[data-testid="kcPlotlyChart"] .main-svg, [data-testid="stPlotlyChart"] .main-svg'

DRAWN_JS = """
(arg) => {
    const app = document.querySelector('[data-testid="stApp"]');
    if (!app || app.getAttribute('data-test-script-state') !== 'notRunning') return false;
    if (arg.rerun) {
        const t0 = window.__kcKey;
        if (t0 === undefined) return false;
        // a run started after the interaction: the state attribute went to "running", or (when React batched
        // running → notRunning into one render, as happens for fast runs on a busy machine) the main area changed
        if (!(window.__kcTransitions || []).some(x => x.state === 'running' && x.t >= t0)
            && !(window.__kcMain || []).some(t => t >= t0)) return false;
    }
    if (document.querySelector('[data-stale="true"], [data-testid="stSpinner"], [data-testid="stSkeleton"]'))
        return false;
    if (!document.querySelector(arg.main)) return false;
    for (const c of document.querySelectorAll('[data-testid="stPlotlyChart"]'))     // st.plotly_chart (before 2026-12-03)
        if (!c.querySelector('.main-svg')) return false;
    if (!(""" + CHARTS_DRAWN_JS + """)()) return false;      // the app's charts (ui/plotly_element.py)
    for (const c of document.querySelectorAll('[data-testid="stDeckGlJsonChart"]'))
        if (!c.querySelector('canvas')) return false;
    return performance.now();
}
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def loadavg() -> list[float]:
    return [round(x, 2) for x in os.getloadavg()]


def rss_kb(pid: int) -> int:
    """VmRSS of a process in kB, from /proc (psutil is not installed)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise RuntimeError(f"no VmRSS for pid {pid}")


def build_db(path: Path, checkout: Path = REPO) -> Path:
    """Build the demo database once at ``path`` (like bench_pages.py: the bench never touches data/), with the
    build of ``checkout`` (another checkout's app reads the schema its own build writes)."""
    if not path.exists():
        env = dict(os.environ, KOTA_CERDAS_DB=str(path))
        subprocess.run([sys.executable, "-m", "analytics", "build"], cwd=checkout, env=env, check=True,
                       stdout=subprocess.DEVNULL)
    return path


@dataclass
class Server:
    """One ``streamlit run`` through bench/serve.py (timing log on); ``script`` relative to ``cwd``."""

    label: str
    script: str
    cwd: Path
    env: dict
    args: list[str] = field(default_factory=list)
    hook_args: list[str] = field(default_factory=list)
    workdir: Path = RESULTS
    proc: subprocess.Popen | None = None
    url: str = ""
    timing_path: Path | None = None
    _log_offset: int = 0

    def start(self, timeout: float = 90.0) -> Server:
        port = free_port()
        self.workdir.mkdir(parents=True, exist_ok=True)
        self.timing_path = self.workdir / f"timing-{self.label}-{port}.jsonl"
        self.timing_path.write_text("")
        log = open(self.workdir / f"server-{self.label}-{port}.log", "w")  # noqa: SIM115
        cmd = [sys.executable, str(BENCH / "serve.py"), "--timing-log", str(self.timing_path), *self.hook_args,
               "--", self.script, "--server.port", str(port), "--server.address", "127.0.0.1",
               "--server.headless", "true", "--browser.gatherUsageStats", "false", *self.args]
        self.proc = subprocess.Popen(cmd, cwd=self.cwd, env={**self.env, "PYTHONUNBUFFERED": "1"}, stdout=log,
                                     stderr=subprocess.STDOUT)
        self.url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"server {self.label} exited: {log.name}")
            try:
                if urllib.request.urlopen(f"{self.url}/_stcore/health", timeout=2).read() == b"ok":
                    return self
            except OSError:
                time.sleep(0.2)
        raise RuntimeError(f"server {self.label} did not start")

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.proc.kill()

    def rss_kb(self) -> int:
        return rss_kb(self.proc.pid)

    def runs_since(self, t_wall: float) -> list[dict]:
        """Timing-log records of script runs that started at or after ``t_wall`` (unix time)."""
        out = []
        for line in self.timing_path.read_text().splitlines():
            with contextlib.suppress(ValueError):
                r = json.loads(line)
                if r["start"] >= t_wall:
                    out.append(r)
        return out

    def wait_runs_logged(self, t_wall: float, n: int = 1, timeout: float = 10.0) -> list[dict]:
        """The records since ``t_wall`` once at least ``n`` are logged (a record is written when the run
        — including its post-run work — has returned, a little after the browser sees the finish)."""
        deadline = time.monotonic() + timeout
        while True:
            runs = self.runs_since(t_wall)
            if len(runs) >= n or time.monotonic() > deadline:
                return runs
            time.sleep(0.02)


def launch_browser(pw):
    return pw.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)


class ByteCounter:
    """Bytes over HTTP (every response's encoded length, headers included) and over the websocket (frame
    payloads in and out), from the Chrome DevTools Protocol's Network events."""

    def __init__(self, context, page) -> None:
        self.http = 0
        self.ws_in = 0
        self.ws_out = 0
        self.requests = 0
        cdp = context.new_cdp_session(page)
        cdp.send("Network.enable")
        cdp.on("Network.loadingFinished", self._finished)
        cdp.on("Network.webSocketFrameReceived", lambda p: self._frame(p, True))
        cdp.on("Network.webSocketFrameSent", lambda p: self._frame(p, False))
        self.cdp = cdp

    def _finished(self, p: dict) -> None:
        self.http += int(p.get("encodedDataLength") or 0)
        self.requests += 1

    def _frame(self, p: dict, incoming: bool) -> None:
        r = p.get("response") or {}
        data = r.get("payloadData") or ""
        n = len(base64.b64decode(data)) if r.get("opcode") == 2 else len(data.encode())
        if incoming:
            self.ws_in += n
        else:
            self.ws_out += n

    def snapshot(self) -> dict:
        return {"http": self.http, "ws_in": self.ws_in, "ws_out": self.ws_out, "requests": self.requests}


def new_page(browser, *, counter: bool = True):
    ctx = browser.new_context(viewport={"width": 1440, "height": 900}, locale="en-GB")
    ctx.add_init_script(INIT_SCRIPT)
    page = ctx.new_page()
    page.set_default_timeout(120_000)
    bytes_ = ByteCounter(ctx, page) if counter else None
    return ctx, page, bytes_


def wait_drawn(page, main: str, *, rerun: bool = False, timeout: float = 120.0) -> float:
    """Wait until the page is drawn (module doc) and return the browser's ``performance.now()`` then (ms)."""
    try:
        handle = page.wait_for_function(DRAWN_JS, arg={"main": main, "rerun": rerun}, polling="raf",
                                        timeout=timeout * 1000)
    except Exception:
        RESULTS.mkdir(parents=True, exist_ok=True)
        shot = RESULTS / f"not-drawn-{int(time.time())}.png"
        page.screenshot(path=str(shot))
        state = page.evaluate("""() => [document.querySelector('[data-testid="stApp"]')?.getAttribute(
            'data-test-script-state'), window.__kcKey, JSON.stringify(window.__kcTransitions)]""")
        raise TimeoutError(f"{page.url} not drawn ({'rerun' if rerun else 'load'}) in {timeout:.0f} s; "
                           f"state, keydown, transitions: {state}; screenshot {shot}") from None
    return float(handle.json_value())


def change_year(page) -> None:
    """Move the year slider one step left with the keyboard (one widget change, one rerun): the sidebar's, or
    the page's own where the year is a page control (the map's year sits above the map)."""
    thumb = page.locator('[data-testid="stSidebar"] [data-testid="stSlider"] input[type="range"]')
    if not thumb.count():
        thumb = page.locator('[data-testid="stMain"] [data-testid="stSlider"] input[type="range"]')
    thumb = thumb.first
    thumb.focus()
    page.keyboard.press("ArrowLeft")


def errors_on(page) -> str | None:
    loc = page.locator('[data-testid="stException"]')
    return loc.first.inner_text()[:300] if loc.count() else None
