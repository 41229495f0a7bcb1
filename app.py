"""Kota Cerdas: entry point (``streamlit run app.py``). Sets up the page, the language, the database, and
the navigation; every page lives in ``pages/`` and stays thin.

``?present=1`` switches to presenter mode (ui/presenter.py): no sidebar or chrome, large type, and a slide
bar stepping overview → reaching need → map → pillars → ASCN → region (or the link's ``slides=`` codes, in
their order); each slide page draws ui/slides.py (headline, figure, source) instead of its full layout."""

import streamlit as st

from ui import admin, gc_tuning, presenter, uploads
from ui.data import ensure_database
from ui.errors import friendly_errors, guarded, setup_logging
from ui.i18n import sync_language, t
from ui.layout import base_css, language_switch
from ui.links import keep_in_url

setup_logging()
uploads.install()          # the server takes uploaded files only from a session signed in as admin
admin.check_at_start()     # a blank or short admin password: imports stay off, and the log says why

presenting = presenter.is_active()
sync_language()
# an emoji favicon is drawn locally (an SVG data URL); a ":material/…:" favicon would be fetched from Google
st.set_page_config(page_title="Kota Cerdas", page_icon="🏙️", layout="wide")
if presenting:
    presenter.inject_style()
    if not st.query_params.get(presenter.REGION_PARAM):      # the region slide shows Kota Makassar by default
        st.query_params[presenter.REGION_PARAM] = presenter.DEFAULT_REGION
else:
    language_switch()
    keep_in_url()          # a move from the page menu drops the query: the session's filters go back into the URL
# no traceback reaches a visitor: a reference id on the page, the details in the server log (ui/errors.py)
database_ready = guarded(ensure_database, "database", "app.error_database")


by_slug: dict[str, st.Page] = {}   # url slug ("overview", "map", …) → page; the default page's url_path is ""


def _page(file: str, key: str, icon: str, **kw) -> st.Page:
    slug = kw.pop("url_path", file)
    by_slug[slug] = st.Page(f"pages/{file}.py", title=t(f"nav.{key}"), icon=icon, url_path=slug, **kw)
    return by_slug[slug]


pages = {
    t("nav.section.explore"): [
        _page("home", "home", ":material/dashboard:", default=True, url_path="overview"),
        _page("equity", "equity", ":material/balance:"),
        _page("map", "map", ":material/map:"),
        _page("pillars", "pillars", ":material/grid_view:"),
        _page("region", "region", ":material/location_city:"),
        _page("compare", "compare", ":material/compare_arrows:"),
        _page("ascn", "ascn", ":material/public:"),
        _page("explorer", "explorer", ":material/query_stats:"),
    ],
    t("nav.section.method"): [
        _page("methodology", "methodology", ":material/functions:"),
        _page("about", "about", ":material/info:"),
    ],
    # analysts' imports need the admin password: their own section, labelled so, apart from what visitors explore
    t("nav.section.admin"): [
        _page("import", "import", ":material/admin_panel_settings:", url_path="import-results"),
    ],
}
current = st.navigation(pages, position="hidden" if presenting else "sidebar")
slug = next(s for s, p in by_slug.items() if p.url_path == current.url_path)
if presenting:
    presenter.slide_bar(slug, by_slug)
if database_ready:
    base_css()
    with friendly_errors(current.url_path or "overview"):
        if presenting and slug in presenter.slides():   # a slide: one headline, one figure, one source line
            from ui import slides
            slides.show(slug)
        else:
            if not presenting:
                presenter.start_link(slug, by_slug)
            current.run()
gc_tuning.after_run()      # gc.freeze() after the first run and after warm-up (ui/gc_tuning.py, measured in bench/bench_gc.py)
