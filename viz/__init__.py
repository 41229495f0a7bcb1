"""Pure figure builders: functions that take DataFrames and return ``go.Figure`` or ``pdk.Deck`` objects,
so tests can inspect them. No streamlit imports here.

Every plotly figure of the app uses the ``plotly_white`` template. It is plotly's *default* template for this
process (set here, on import of any builder), so ``go.Figure()`` carries it from the start: plotly applies its
default without validating it again, while ``update_layout(template="plotly_white")`` validated the whole
template for every figure (≈ 27 ms each, the largest single cost of a page's charts; bench/README.md)."""

import plotly.io as _pio

SCREEN_TEMPLATE = "plotly_white"
_pio.templates.default = SCREEN_TEMPLATE
