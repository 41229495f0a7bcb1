"""The floor for the Map page in the browser benchmark (``bench_browser.py --bare-map``): a bare Streamlit page
with a year slider and ONE ``st.pydeck_chart`` of the same 514 regency polygons the Map draws (the app's own
static GeoJSON file, fetched by URL like the Map does), recoloured by the year through a deck.gl expression,
with their edges as a second layer — no database, no legend, no tooltip, no table. What a year change costs
here is Streamlit + deck.gl redrawing 514 polygons in this browser (software WebGL on a machine without a GPU).

    .venv/bin/streamlit run bench/bare_map_app.py      # from the repository root (static serving, the file)

Needs ``static/map/regions-*.geojson``: the app writes it on its first Map page (bench_browser.py opens the
app first).
"""

from pathlib import Path

import pydeck as pdk
import streamlit as st

st.set_page_config(page_title="bare map", layout="wide")
YEARS = list(range(2017, 2026))
st.sidebar.subheader("Filters")
year = st.sidebar.select_slider("Year", options=YEARS, value=YEARS[-1], key="year", bind="query-params")
st.title("Bare map")
st.subheader(f"Regencies, {year}")      # a text that changes with the year, like every page's own

REPO = Path(__file__).resolve().parents[1]
files = sorted((REPO / "static" / "map").glob("regions-*.geojson"), key=lambda p: p.stat().st_mtime)
if not files:
    st.error("no static/map/regions-*.geojson: open the app's Map page once first")
    st.stop()
# Streamlit serves the static/ folder beside the MAIN SCRIPT: a copy of the app's file under bench/static/
served = Path(__file__).resolve().parent / "static" / "map" / files[-1].name
if not served.exists():
    served.parent.mkdir(parents=True, exist_ok=True)
    served.write_bytes(files[-1].read_bytes())
url = f"app/static/map/{served.name}"
# a different colour per region and year: five classes picked by (i + year) mod 5
palette = "[[68,1,84,200],[59,82,139,200],[33,145,140,200],[94,201,98,200],[253,231,37,200]]"
fill = f"({palette})[(properties.i+{year})%5]"     # pydeck marks it as an expression
layers = [
    pdk.Layer("GeoJsonLayer", id="regions", data=url, stroked=False, filled=True, get_fill_color=fill,
              pickable=True, auto_highlight=True, update_triggers={"getFillColor": str(year)}),
    pdk.Layer("GeoJsonLayer", id="edges", data=url, stroked=True, filled=False, get_line_color=[255, 255, 255, 130],
              get_line_width=0, line_width_min_pixels=0.35, pickable=False),
]
deck = pdk.Deck(layers=layers, initial_view_state=pdk.ViewState(latitude=-2.5, longitude=118.0, zoom=3.3),
                map_provider=None, tooltip=False)
st.pydeck_chart(deck, height=560, width="stretch", key="deck")
