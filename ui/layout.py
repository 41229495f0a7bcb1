"""Layout pieces every page shares: the language switch and the illustrative-data notice."""

from __future__ import annotations

import streamlit as st

from .i18n import LANGUAGES, current_language, t


def language_switch() -> str:
    """Sidebar language switch, kept in the URL as ``?lang=``."""
    lang = current_language()
    choice = st.sidebar.radio(t("sidebar.language"), list(LANGUAGES), index=list(LANGUAGES).index(lang),
                              format_func=LANGUAGES.get, horizontal=True, key="lang_choice")
    if choice != lang:
        st.session_state["lang"] = choice
    st.query_params["lang"] = st.session_state["lang"]
    return st.session_state["lang"]


def synthetic_notice() -> None:
    """The visible notice every view showing synthetic scores carries."""
    st.info(t("notice.synthetic"), icon=":material/science:")
