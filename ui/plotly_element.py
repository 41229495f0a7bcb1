"""Every chart of the app on screen: a plotly figure drawn by plotly.js in a small Streamlit components-v2 element
that **stays mounted** while its figure changes and updates it with ``Plotly.react``.

Why not ``st.plotly_chart``: Streamlit 1.67 derives a chart's element id from its whole spec, so any change (a new
year) mounts a new chart, and each mount draws it three times (plotly's first draw, a redraw once Streamlit has
measured the width, a redraw for plotly's automatic margins; counted with V8's precise coverage, bench/README.md).
A key does not help: Streamlit's frontend then reads the spec only on mount and keeps showing the old figure
(``tests/e2e/test_home_e2e.py::test_a_year_change_redraws_every_chart_with_that_year``). Here a keyed chart keeps
its element, and ``Plotly.react`` redraws only what changed, once.

plotly.js itself is the ``plotly`` package's own ``plotly.min.js`` (the version that built the figure), published
once under ``static/plotly/`` (served at ``app/static/plotly/…``; cached by the browser under a versioned name) and
loaded by the first chart of a page; nothing comes from the network beyond the app's own server. The element's
outer ``<div data-testid="kcPlotlyChart">`` carries ``data-rev`` (the figure it was given) and ``data-drawn``
(the figure it has drawn): equal means the chart on screen is the current one (what the tests and the benchmarks
wait for). The chart is the inner ``.js-plotly-plot``, where the PNG button (:mod:`ui.chart_image`) finds it.
"""

from __future__ import annotations

import functools
import hashlib
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

import plotly
import plotly.io.json as pio_json
import streamlit as st

from analytics import paths

from .i18n import t

COMPONENT = "kota_cerdas_plotly"
TEST_ID = "kcPlotlyChart"
STATIC_DIR = paths.REPO_ROOT / "static" / "plotly"
URL_PREFIX = "app/static/plotly/"       # relative: works under any server.baseUrlPath
PLOTLY_JS = Path(plotly.__file__).parent / "package_data" / "plotly.min.js"

_HTML = (f'<div data-testid="{TEST_ID}" class="kc-chart"><div class="kc-plot"></div>'
         '<p class="kc-chart-error" role="alert" hidden></p></div>')
_CSS = ".kc-chart { width: 100%; } .kc-plot { width: 100%; } .kc-chart-error { color: #B3261E; }"
# data: spec (the figure's JSON), rev (its hash), config (plotly's), src (plotly.js's URL), height (px or null),
# unavailable (the sentence shown in the chart's place when plotly.js cannot be loaded)
_JS = """
export default function (component) {
  const { parentElement, data } = component;
  const box = parentElement.querySelector('[data-testid="%(test_id)s"]');
  const gd = box && box.querySelector('.kc-plot');
  if (!gd || !data) return;
  const cleanup = () => {                                     // unmounted: free plotly's listeners and the observer
    if (gd.__kcResize) { gd.__kcResize.disconnect(); gd.__kcResize = undefined; }
    if (window.Plotly) window.Plotly.purge(gd);
  };
  if (box.dataset.rev === data.rev) return cleanup;           // called again with the figure it has: nothing to do
  box.dataset.rev = data.rev;
  if (data.height && !gd._fullLayout) gd.style.minHeight = data.height + 'px';   // no jump when it draws
  const loaded = window.Plotly ? Promise.resolve(window.Plotly)
    : (window.__kcPlotly ||= new Promise((resolve, reject) => {
        if (!data.src) { reject(new Error('no plotly.js to load')); return; }
        const s = document.createElement('script');
        s.src = data.src; s.async = true;
        s.onload = () => resolve(window.Plotly);
        s.onerror = () => { window.__kcPlotly = undefined; reject(new Error('cannot load ' + data.src)); };
        document.head.appendChild(s);
      }));
  loaded.then((Plotly) => {
    if (box.dataset.rev !== data.rev) return;                 // a newer figure came meanwhile: it draws
    const fig = JSON.parse(data.spec);
    const layout = Object.assign({}, fig.layout, { autosize: true });
    delete layout.width;
    return Plotly.react(gd, fig.data || [], layout, data.config).then(() => {
      gd.style.minHeight = '';
      if (box.dataset.rev === data.rev) box.dataset.drawn = data.rev;
    });
  }).catch((e) => {
    box.dataset.error = String(e);
    console.error('kota-cerdas chart:', e);
    const note = box.querySelector('.kc-chart-error');
    if (note && !window.Plotly) { note.textContent = data.unavailable || String(e); note.hidden = false; gd.style.minHeight = ''; }
  });
  if (!gd.__kcResize) {                                       // the column's width changes (sidebar, window)
    let width = gd.clientWidth, frame = 0;
    gd.__kcResize = new ResizeObserver(() => {
      if (gd.clientWidth === width) return;
      width = gd.clientWidth;
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => { if (window.Plotly && gd._fullLayout) window.Plotly.Plots.resize(gd); });
    });
    gd.__kcResize.observe(gd);
  }
  return cleanup;
}
""" % {"test_id": TEST_ID}

# A browser expression for tests and benchmarks: true when every chart in view shows its current figure — each
# visible components-v2 element has rendered (a chart's box or an isolated element's root), and each visible chart
# has drawn the figure it was last given (data-drawn = data-rev) with a laid-out SVG.
CHARTS_DRAWN_JS = """() => {
  const shown = (el) => el.getClientRects().length > 0;
  if ([...document.querySelectorAll('.stBidiComponent')].filter(shown).some(c =>
      !c.querySelector('[data-testid="stBidiComponentIsolated"], [data-testid="%(test_id)s"]'))) return false;
  return [...document.querySelectorAll('[data-testid="%(test_id)s"]')].filter(shown).every(box => {
    const svg = box.querySelector('.main-svg');
    return !!box.dataset.rev && box.dataset.drawn === box.dataset.rev && !!svg && svg.getBoundingClientRect().width > 0;
  });
}""" % {"test_id": TEST_ID}

_ELEMENT = st.components.v2.component(COMPONENT, html=_HTML, css=_CSS, js=_JS, isolate_styles=False)


@functools.lru_cache(maxsize=1)
def plotly_js_url() -> str | None:
    """Publish plotly.js under ``static/plotly/plotly-<version>.min.js`` (atomically, once per process) and return
    its URL; None when the folder cannot be written (a chart then uses a plotly.js the page already has)."""
    target = STATIC_DIR / f"plotly-{plotly.__version__}.min.js"
    try:
        if not target.exists() or target.stat().st_size != PLOTLY_JS.stat().st_size:
            STATIC_DIR.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=STATIC_DIR, prefix=".plotly-", suffix=".tmp")
            with os.fdopen(fd, "wb") as out, PLOTLY_JS.open("rb") as src:
                shutil.copyfileobj(src, out)
            os.chmod(tmp, 0o644)                                 # mkstemp makes it private
            os.replace(tmp, target)
    except OSError:
        return None
    return URL_PREFIX + target.name


def figure_json(spec: dict[str, Any]) -> str:
    """The figure as plotly.js reads it (numpy arrays and dates encoded as ``st.plotly_chart`` would)."""
    return pio_json.to_json_plotly(spec)


def plotly_element(spec: dict[str, Any], *, config: dict[str, Any], key: str | None = None) -> None:
    """Draw the figure ``spec`` (a figure's dict) full width. With a ``key`` the element stays mounted from run to
    run and a changed figure is redrawn in place; without one a changed figure mounts a new element."""
    text = figure_json(spec)
    rev = hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]
    _ELEMENT(key=key, height="content", data={
        "spec": text, "rev": rev, "config": config, "src": plotly_js_url(),
        "height": (spec.get("layout") or {}).get("height"), "unavailable": t("chart.unavailable"),
    })
