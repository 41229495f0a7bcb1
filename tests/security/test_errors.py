"""No tracebacks to visitors (issue 13, point 2): an error in a page shows one translated sentence with a
reference id — no exception text, no server path — and the server log holds the details under the same id.
Streamlit's own error display is set to "none" for whatever runs outside the page wrapper (callbacks).
tests/e2e/test_hostile_e2e.py checks it in Chromium on a real server."""

from __future__ import annotations

import logging
import re
import tomllib

import pytest
import streamlit as st

from tests.conftest import REPO
from tests.ui.apptest import app_test, navigation_v2  # noqa: F401 - fixture
from ui.messages import MESSAGES

SECRET_PATH = "/srv/kota-cerdas/private/config.py"


@pytest.mark.parametrize("lang", ["en", "id"])
def test_a_failing_page_shows_a_reference_not_a_traceback(navigation_v2, built_db, monkeypatch, caplog, lang):
    from analytics.summaries import coverage

    def broken(*a, **k):
        raise RuntimeError(f"cannot open {SECRET_PATH}")
    monkeypatch.setattr(coverage, "national_headline", broken)
    st.cache_data.clear()              # the Overview caches its headline: make this run compute it
    caplog.set_level(logging.ERROR, logger="kota_cerdas.errors")
    at = app_test({"lang": lang}).run()
    assert not at.exception, "a traceback element reached the page"
    (error,) = [e.value for e in at.error]
    pattern = re.escape(MESSAGES["app.error"][lang]).replace(re.escape("{ref}"), "([0-9a-f]{8})")
    m = re.fullmatch(pattern, error)
    assert m, error
    assert SECRET_PATH not in error and "RuntimeError" not in error
    page_text = " ".join(str(getattr(e, "value", "")) for e in at.main)
    assert SECRET_PATH not in page_text
    (record,) = [r for r in caplog.records if r.name == "kota_cerdas.errors"]
    assert m.group(1) in record.getMessage() and SECRET_PATH in record.getMessage()
    assert record.exc_info and record.exc_info[0] is RuntimeError        # the traceback is in the log


def test_streamlit_shows_no_error_details():
    config = tomllib.loads((REPO / ".streamlit" / "config.toml").read_text())
    assert config["client"]["showErrorDetails"] == "none"
