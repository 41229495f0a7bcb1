"""The framework's floor for the browser benchmark: a bare Streamlit page with what every Kota Cerdas page has
at least — a year slider in the sidebar (URL-bound, like ui/filters.py), one plotly chart and one table that
change with it. No database, no caches: whatever this page costs is Streamlit + plotly + the browser.

    .venv/bin/streamlit run bench/bare_app.py
"""

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import streamlit as st

st.set_page_config(page_title="bare", layout="wide")
YEARS = list(range(2017, 2026))
st.sidebar.subheader("Filters")
year = st.sidebar.select_slider("Year", options=YEARS, value=YEARS[-1], key="year", bind="query-params")

st.title("Bare page")
rng = np.random.default_rng(year)
df = pd.DataFrame({"province": [f"Province {i:02d}" for i in range(38)],
                   "regions": rng.integers(1, 40, 38), "share": rng.uniform(0, 1, 38).round(3)})
fig = go.Figure(go.Bar(x=df["share"], y=df["province"], orientation="h"))
fig.update_layout(title=f"Share by province, {year}", height=700)
st.plotly_chart(fig, width="stretch", key="chart")
st.dataframe(df, hide_index=True, key="table")
