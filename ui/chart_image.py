"""A visible "Download chart (PNG)" button under each chart: the browser draws the PNG itself from the chart
on screen (plotly.js's own ``downloadImage``, at twice the screen resolution, with the chart's full title), so
nothing is rendered on the server and it works offline. A tiny Streamlit components-v2 element (inline
JavaScript, no network): it finds the plotly chart in its own block of the page (:func:`ui.charts.show_figure`
puts the chart and its button in one container) and saves it under the name it was given.
"""

from __future__ import annotations

import hashlib
import re

import streamlit as st

_HTML = '<button type="button" class="kc-png" data-testid="kcChartPng"></button>'
_CSS = """
.kc-png { font: inherit; font-size: 0.85rem; color: inherit; background: transparent; cursor: pointer;
  border: 1px solid rgba(49, 51, 63, 0.2); border-radius: 0.5rem; padding: 0.2rem 0.75rem; }
.kc-png:hover { border-color: #0B6E4F; color: #0B6E4F; }
.kc-png:focus-visible { outline: 2px solid #0B6E4F; outline-offset: 2px; }
"""
# the chart is the plotly element in the same vertical block as the button (show_figure's container)
_JS = """
export default function (component) {
  const { parentElement, data } = component;
  const btn = parentElement.querySelector('button.kc-png');
  if (!btn) return;
  btn.textContent = '\\u2913 ' + ((data && data.label) || 'PNG');
  const host = parentElement instanceof Element ? parentElement : parentElement.host;
  const onClick = () => {
    const block = (host || btn).closest('[data-testid="stVerticalBlock"]');
    const gd = block && block.querySelector('.js-plotly-plot');
    if (!gd || !window.Plotly) { console.warn('kota-cerdas: no chart to save'); return; }
    const full = gd._fullLayout || {};
    const layout = Object.assign({}, gd.layout);
    if (data && data.title) {
      layout.title = Object.assign({}, gd.layout.title || {}, { text: data.title });
    }
    window.Plotly.downloadImage({ data: gd.data, layout: layout }, {
      format: 'png', scale: 2, filename: (data && data.filename) || 'kota-cerdas_chart',
      width: Math.round(full.width || 900), height: Math.round(full.height || 450) });
  };
  btn.addEventListener('click', onClick);
  return () => btn.removeEventListener('click', onClick);
}
"""

_BUTTON = st.components.v2.component("kota_cerdas_chart_png", html=_HTML, css=_CSS, js=_JS)


def file_stem(title: str, lang: str) -> str:
    """``kota-cerdas_<title as ascii words>_<lang>`` (like the CSV names), at most 80 characters."""
    words = re.sub(r"[^a-z0-9]+", "-", title.lower().replace("<br>", " ")).strip("-")
    return f"kota-cerdas_{words[:60].rstrip('-') or 'chart'}_{lang}"


def png_button(*, title: str, label: str, lang: str, key: str | None = None) -> None:
    """The button (under a chart, in the chart's container). ``title``: the chart's full title (the PNG carries
    it); ``key``: a stable element key (default: from the title, so the same chart keeps its button)."""
    key = key or "png-" + hashlib.sha1(title.encode()).hexdigest()[:12]
    _BUTTON(key=key, data={"label": label, "title": title, "filename": file_stem(title, lang)}, height="content")
