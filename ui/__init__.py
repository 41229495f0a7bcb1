"""Streamlit-side helpers shared by the pages: cached data access, i18n, layout pieces.

Everything that computes lives in ``analytics``; this package only adapts it to Streamlit.
"""
