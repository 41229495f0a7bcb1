"""The private Streamlit behaviour ui/streamlit_private.py relies on (``PagesManager.uses_pages_directory``).

These tests fail the day Streamlit renames the attribute, stops deriving it from the ``pages/`` folder, stops
clearing it in ``st.navigation``, or stops running a page file without the main script while it is set — then
ui/streamlit_private.py (and only it) must change. Each test builds a two-file app in a temporary folder."""

from __future__ import annotations

import pytest
from streamlit.runtime.pages_manager import PagesManager
from streamlit.testing.v1 import AppTest

from ui import streamlit_private

LOG = 'import streamlit as st\nst.session_state.setdefault("log", []).append({!r})\n'
NAVIGATION = '''
def home():
    st.session_state["log"].append("home")


st.navigation([st.Page(home, title="Home", default=True), st.Page("pages/p.py", url_path="p")]).run()
'''


def _app(tmp_path, *, navigation: bool, pages_folder: bool = True):
    main = tmp_path / "main.py"
    main.write_text(LOG.format("main") + (NAVIGATION if navigation else ""))
    if pages_folder:
        (tmp_path / "pages").mkdir()
        (tmp_path / "pages" / "p.py").write_text(LOG.format("page"))
    return main


def _log(at) -> list[str]:
    return list(at.session_state["log"])


def test_the_attribute_exists_and_follows_the_pages_folder(tmp_path, monkeypatch):
    assert hasattr(PagesManager, streamlit_private.PRIVATE_ATTRIBUTE)
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    with_pages = _app(tmp_path / "a", navigation=False)
    without = _app(tmp_path / "b", navigation=False, pages_folder=False)
    monkeypatch.setattr(PagesManager, streamlit_private.PRIVATE_ATTRIBUTE, None)
    PagesManager(str(with_pages), setup_watcher=False)
    assert streamlit_private.v1_pages_mode() is True
    monkeypatch.setattr(PagesManager, streamlit_private.PRIVATE_ATTRIBUTE, None)
    PagesManager(str(without), setup_watcher=False)
    assert streamlit_private.v1_pages_mode() is False


def test_v1_mode_runs_a_page_without_the_main_script(tmp_path):
    """The behaviour the workaround exists for: with a pages/ folder, AppTest (like a fresh server) runs a
    page file on its own."""
    at = AppTest.from_file(str(_app(tmp_path, navigation=False))).run()
    assert _log(at) == ["main"]
    at.switch_page("pages/p.py").run()
    assert not at.exception
    assert _log(at) == ["main", "page"]                 # the page ran alone: no "main" before it


def test_st_navigation_clears_the_attribute(tmp_path):
    """AppTest sets the attribute from the pages/ folder (True here) before the run; the main script's
    st.navigation clears it, as app.py's does on a server."""
    at = AppTest.from_file(str(_app(tmp_path, navigation=True))).run()
    assert _log(at)[0] == "main"
    assert streamlit_private.v1_pages_mode() is False


def test_pinned_mode_runs_every_page_through_the_main_script(tmp_path, monkeypatch):
    streamlit_private.pin_navigation_mode(monkeypatch)
    at = AppTest.from_file(str(_app(tmp_path, navigation=True))).run()
    assert _log(at) == ["main", "home"]
    at.switch_page("pages/p.py").run()
    assert not at.exception
    assert _log(at) == ["main", "home", "main", "page"]


@pytest.fixture(autouse=True)
def _restore_attribute(monkeypatch):
    """Whatever a test does to the class attribute is undone afterwards."""
    monkeypatch.setattr(PagesManager, streamlit_private.PRIVATE_ATTRIBUTE,
                        getattr(PagesManager, streamlit_private.PRIVATE_ATTRIBUTE))
