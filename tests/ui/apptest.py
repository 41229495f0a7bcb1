"""``AppTest`` of the whole app (app.py + st.navigation) the way a browser session runs it.

Streamlit treats an app with a ``pages/`` folder as a v1 multipage app until ``st.navigation`` runs once;
a real server remembers that for the process, but ``AppTest`` resets it before every run, so from the second
run on it would execute a page file *without* ``app.py`` (no language sync, no presenter bar) whenever the
page's url_path equals its file name. :func:`app_test` pins the v2 behaviour for the test.
"""

from __future__ import annotations

import pytest
from streamlit.runtime.pages_manager import PagesManager
from streamlit.testing.v1 import AppTest

from tests.conftest import REPO

APP = REPO / "app.py"


@pytest.fixture()
def navigation_v2(monkeypatch):
    original = PagesManager.__init__

    def init(self, *args, **kwargs):
        original(self, *args, **kwargs)
        PagesManager.uses_pages_directory = False   # app.py calls st.navigation: never the v1 pages folder

    monkeypatch.setattr(PagesManager, "__init__", init)


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
