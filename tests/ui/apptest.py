"""``AppTest`` of the whole app (app.py + st.navigation) the way a browser session runs it.

Streamlit treats an app with a ``pages/`` folder as a v1 multipage app until ``st.navigation`` runs once;
a real server remembers that for the process, but ``AppTest`` resets it before every run, so from the second
run on it would execute a page file *without* ``app.py`` (no language sync, no presenter bar) whenever the
page's url_path equals its file name. The ``navigation_v2`` fixture pins the st.navigation behaviour for the
test, through ui/streamlit_private.py (the one module that touches that private Streamlit attribute).
"""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import REPO
from ui.streamlit_private import pin_navigation_mode

APP = REPO / "app.py"


@pytest.fixture()
def navigation_v2(monkeypatch):
    """Every run of the test goes through app.py's st.navigation, never the v1 pages folder."""
    pin_navigation_mode(monkeypatch)


def app_test(query: dict[str, str] | None = None, *, locale: str | None = None, timeout: float = 90) -> AppTest:
    """A fresh AppTest of app.py with the given query parameters and browser locale (not yet run)."""
    at = AppTest.from_file(str(APP), default_timeout=timeout)
    for k, v in (query or {}).items():
        at.query_params[k] = v
    if locale:
        at.context["locale"] = locale
    return at


def page_path(at: AppTest) -> str:
    """url_path of the page the last run finished on ("" for the default page)."""
    pages = at._registered_pages
    info = pages.get(at._finished_page_script_hash, {})
    return info.get("url_pathname", "")


def chart_title(spec: dict) -> str:
    """A shown chart's title as one line: on screen titles are wrapped with ``<br>`` (ui.charts.wrap_title)."""
    return " ".join(str(spec["layout"]["title"]["text"]).replace("<br>", " ").split())


def styler_text(frame):
    """The Styler's display values a table element carries (a DataFrame of text), or None when it sent none."""
    import pyarrow as pa
    arrow = frame.proto.arrow_data
    if not arrow.HasField("styler"):
        return None
    return pa.ipc.open_stream(arrow.styler.display_values).read_all().to_pandas()


def shown(frame):
    """The text a table element shows, cell by cell, as a DataFrame with the table's columns: the Styler's display
    values where the page sent them (numbers written in the page's language, "—" where missing), else the values
    themselves. The element's ``.value`` keeps the numbers underneath (what sorting and the CSV use)."""
    text = styler_text(frame)
    if text is None:
        return frame.value
    out = frame.value.copy().astype(object)
    for c in out.columns:
        if c in text.columns:
            out[c] = text[c].to_numpy()
    return out
