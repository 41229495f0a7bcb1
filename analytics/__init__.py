"""Kota Cerdas analytics: the data warehouse build and every computation the pages show.

Pure Python: this package never imports streamlit. Pages call it; the CLI (``python -m analytics``)
exposes the same functions.
"""

__version__ = "0.1.0"
