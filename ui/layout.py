"""Layout pieces every page shares: the language switch and the illustrative-data notice."""

from __future__ import annotations

import streamlit as st

from .i18n import LANGUAGES, detect_language, t


def language_switch() -> str:
    """Sidebar language switch, kept in the URL as ``?lang=``."""
    if "lang" not in st.session_state:
        st.session_state["lang"] = detect_language()
    st.sidebar.segmented_control(t("sidebar.language"), list(LANGUAGES), key="lang", format_func=LANGUAGES.get,
                                 required=True, bind="query-params", persist_state="session")
    return st.session_state["lang"]


def synthetic_notice() -> None:
    """The visible notice every view showing synthetic scores carries."""
    st.info(t("notice.synthetic"), icon=":material/science:")
