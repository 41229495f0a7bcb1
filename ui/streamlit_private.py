"""The one place that touches a private Streamlit attribute: ``PagesManager.uses_pages_directory``.

Why it is needed. The app keeps its page files in ``pages/`` (the layout is part of the design) and declares
its navigation with ``st.navigation`` in app.py. Streamlit treats an app with a ``pages/`` folder beside the
main script as a *v1* multipage app until ``st.navigation`` has run once in the process: the class attribute
``PagesManager.uses_pages_directory`` starts as "a pages/ folder exists" and ``st.navigation`` sets it to False
for good. While it is True, the script runner executes the requested page file *alone* (``_mpa_v1``), without
app.py. So the first request after a server start that opens a deep link (``/map?present=1``) would run
pages/map.py without the language sync, the navigation, or presenter mode. ``AppTest`` resets the attribute
before every run, so from the second run on a test of a page would hit the same path.

No public API turns the v1 mode off (there is no config option; renaming ``pages/`` would, but the folder
stays). Two uses, both here:

- :func:`ensure_app_entry` — in the app: when a page runs on its own while the v1 mode is on, switch to the
  ``st.navigation`` mode and rerun, which runs app.py and opens the same page (``ui.i18n`` calls it from
  ``t()``, which every page calls first).
- :func:`pin_navigation_mode` — for ``AppTest`` (tests/ui/apptest.py) and bench/bench_pages.py: every run
  goes through app.py, as in a browser session after the first request.

``tests/ui/test_streamlit_private.py`` checks the behaviour these rely on (the attribute exists, is derived
from the pages/ folder, is cleared by ``st.navigation``, and makes the runner execute a page without the main
script); it fails the day Streamlit changes any of it. The end-to-end test
``tests/e2e/test_presenter_e2e.py::test_deep_link_as_first_request`` checks the result in a real server.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import streamlit as st
from streamlit import config
from streamlit.runtime.pages_manager import PagesManager

PRIVATE_ATTRIBUTE = "uses_pages_directory"


def v1_pages_mode() -> bool:
    """True while Streamlit would run a page file of ``pages/`` without the main script."""
    return bool(getattr(PagesManager, PRIVATE_ATTRIBUTE))


def _leave_v1_mode() -> None:
    setattr(PagesManager, PRIVATE_ATTRIBUTE, False)


def ensure_app_entry(ctx: Any) -> None:
    """Run pages through app.py, never on their own (see the module docstring). ``ctx`` is the script run
    context of the running page. Not under ``AppTest`` (a rerun there would drop a clicked button; tests pin
    the mode with :func:`pin_navigation_mode` instead)."""
    if not v1_pages_mode() or config.get_option("global.appTest"):
        return
    pm = ctx.pages_manager
    script = pm.get_pages().get(pm.current_page_script_hash, {}).get("script_path")
    if script and Path(script).resolve() != Path(pm.main_script_path).resolve():
        _leave_v1_mode()
        st.rerun()


def pin_navigation_mode(monkeypatch=None) -> None:
    """Make every ``AppTest`` run go through the main script's ``st.navigation`` (as a browser session does
    after the first request). With a pytest ``monkeypatch`` the change is undone after the test; without one
    (a benchmark script) it lasts for the process."""
    original = PagesManager.__init__

    def init(self, *args, **kwargs):
        original(self, *args, **kwargs)
        _leave_v1_mode()

    if monkeypatch is not None:
        monkeypatch.setattr(PagesManager, "__init__", init)
    else:
        PagesManager.__init__ = init
