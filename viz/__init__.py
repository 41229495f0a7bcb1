"""Pure figure builders: functions that take DataFrames and return ``go.Figure`` or ``pdk.Deck`` objects,
so tests can inspect them. No streamlit imports here."""
