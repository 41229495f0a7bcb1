"""Kota Cerdas: entry point (``streamlit run app.py``). Sets up the page, the language, the database, and
the navigation; every page lives in ``pages/`` and stays thin."""

import streamlit as st

from ui.data import ensure_database
from ui.i18n import t
from ui.layout import language_switch

st.set_page_config(page_title="Kota Cerdas", page_icon=":material/location_city:", layout="wide")
language_switch()
ensure_database()


def _page(file: str, key: str, icon: str, **kw) -> st.Page:
    return st.Page(f"pages/{file}.py", title=t(f"nav.{key}"), icon=icon, url_path=kw.pop("url_path", file), **kw)


pages = {
    t("nav.section.explore"): [
        _page("home", "home", ":material/dashboard:", default=True, url_path="overview"),
        _page("map", "map", ":material/map:"),
        _page("pillars", "pillars", ":material/grid_view:"),
        _page("region", "region", ":material/location_city:"),
        _page("compare", "compare", ":material/compare_arrows:"),
        _page("ascn", "ascn", ":material/public:"),
    ],
    t("nav.section.method"): [
        _page("methodology", "methodology", ":material/functions:"),
        _page("about", "about", ":material/info:"),
        _page("import", "import", ":material/upload_file:", url_path="import-results"),
    ],
}
st.navigation(pages).run()
