"""Kota Cerdas: entry point. ``streamlit run app.py``."""

import streamlit as st

from ui.data import ensure_database
from ui.i18n import t
from ui.layout import language_switch

st.set_page_config(page_title="Kota Cerdas", page_icon=":material/location_city:", layout="wide")
language_switch()
ensure_database()

pages = [
    st.Page("pages/home.py", title=t("nav.home"), icon=":material/dashboard:", default=True, url_path="overview"),
]
st.navigation(pages).run()
