"""How wide the map's column really is, and how tall the window: a tiny custom component (Streamlit components
v2, inline JavaScript, no network) reports them, so the page can size the map and fit its view to fill the
canvas at any window size (no empty bands beside Indonesia). It reports again when the window is resized by
more than a few pixels (so a scrollbar appearing does not loop).
"""

from __future__ import annotations

import streamlit as st

# inline JS: measure the parent element (the map's column) and the window; report {w, h} when they change
_JS = """
export default function (component) {
  const { parentElement, data, setStateValue } = component;
  const el = parentElement instanceof Element ? parentElement : (parentElement.host || document.body);
  const known = (data && data.size) || {};
  const report = () => {
    const r = el.getBoundingClientRect();
    const w = Math.round(r.width);
    const h = Math.round(window.innerHeight);
    const top = Math.round(r.top + window.scrollY);
    if (w < 100) return;
    if (Math.abs(w - (known.w || 0)) > 24 || Math.abs(h - (known.h || 0)) > 40 ||
        Math.abs(top - (known.top || 0)) > 40) {
      known.w = w; known.h = h; known.top = top;
      setStateValue("size", { w: w, h: h, top: top });
    }
  };
  let timer = null;
  const later = () => { clearTimeout(timer); timer = setTimeout(report, 200); };
  const observer = new ResizeObserver(later);
  observer.observe(el);
  window.addEventListener("resize", later);
  report();
  return () => { observer.disconnect(); window.removeEventListener("resize", later); clearTimeout(timer); };
}
"""

_PROBE = st.components.v2.component("kota_cerdas_canvas_probe", js=_JS)


def canvas_size(key: str) -> tuple[int | None, int | None, int | None]:
    """(column width, window height, the column's top in the page) in CSS pixels, or Nones before the browser
    has reported."""
    state = st.session_state.get(key)
    size = (state or {}).get("size") if hasattr(state, "get") else None
    result = _PROBE(key=key, data={"size": size or {}}, height=0, on_size_change=lambda: None)
    size = getattr(result, "size", None) or size
    if isinstance(size, dict) and size.get("w"):
        return int(size["w"]), int(size.get("h") or 0) or None, int(size.get("top") or 0) or None
    return None, None, None
