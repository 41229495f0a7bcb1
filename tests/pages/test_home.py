"""AppTest of the landing page: the headline numbers come from the database."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import REPO


@pytest.fixture()
def app(built_db):
    return AppTest.from_file(str(REPO / "app.py"), default_timeout=60)


def _captions(at):
    return " ".join(c.value for c in at.caption)


def test_headline_numbers(app):
    at = app.run()
    assert not at.exception
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Participants identified"] == "225"
    assert metrics["Population reached"] == "188,418,609"
    assert metrics["ASCN pilots in Indonesia"] == "3"
    caps = _captions(at)
    assert "225 of 514 kab/kota · reported: 241 (2023)" in caps
    assert "reported: 183,748,772 (2023)" in caps
    assert "of 29 cities in the ASEAN Smart Cities Network (network size reported: 29)" in caps
    assert any("Identified 225 of the reported 241" in i.value for i in at.info)


def test_year_changes_headline(app):
    at = app.run()
    at.select_slider(key="year").set_value(2018).run()
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Participants identified"] == "79"
    assert "79 of 514 kab/kota · reported: 75 (2018)" in _captions(at)


def test_bahasa_indonesia(app):
    app.query_params["lang"] = "id"
    at = app.run()
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Peserta teridentifikasi"] == "225"
    assert metrics["Penduduk terjangkau"] == "188.418.609"
