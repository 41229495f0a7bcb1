"""Layout pieces every page shares: the language switch and the illustrative-data notice."""

from __future__ import annotations

import streamlit as st

from .i18n import LANGUAGES, current_language, t


def _lang_to_url() -> None:
    st.query_params["lang"] = st.session_state["lang"]


def language_switch(where=None, *, label_visibility: str = "visible") -> str:
    """The language switch (in the sidebar unless ``where`` is given), kept in the URL as ``?lang=en|id``.

    ``app.py`` calls ``ui.i18n.sync_language()`` first: the URL's ``lang`` wins, else the session's, else the
    browser's locale. The switch writes the language code into the URL (not the label, which a widget bound
    with ``bind="query-params"`` would write), so a shared link opens in the same language."""
    lang = current_language()
    if st.query_params.get("lang") != lang:
        st.query_params["lang"] = lang
    (where or st.sidebar).segmented_control(
        t("sidebar.language"), list(LANGUAGES), key="lang", format_func=LANGUAGES.get, required=True,
        on_change=_lang_to_url, persist_state="session", label_visibility=label_visibility)
    return st.session_state["lang"]


def synthetic_notice() -> None:
    """The visible notice every view showing synthetic scores carries."""
    st.info(t("notice.synthetic"), icon=":material/science:")
