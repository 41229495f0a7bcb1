"""Placeholder: this page is being built (see the open issues)."""

import streamlit as st

from ui.i18n import t

st.title(t("nav.pillars"))
