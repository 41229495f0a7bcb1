"""The build and an import report their stages, in order, to a progress callback (the app shows them with
st.status): the expected orders are written out by hand from the steps each performs."""

from __future__ import annotations

import pytest

from analytics.io import imports
from analytics.warehouse import build


@pytest.fixture()
def fresh(tmp_path, monkeypatch):
    """A database and imports folder of this test's own."""
    db = tmp_path / "smartcity.duckdb"
    monkeypatch.setenv("KOTA_CERDAS_DB", str(db))
    monkeypatch.setenv("KOTA_CERDAS_IMPORTS_DIR", str(tmp_path / "imports"))
    return db


def test_build_reports_its_stages_in_order(fresh):
    seen: list[str] = []
    build.build(fresh, progress=seen.append)
    assert seen == ["read", "write", "check", "swap"] == list(build.BUILD_STAGES)
    assert fresh.exists()


def test_an_import_reports_validation_staging_then_the_rebuild(fresh):
    build.build(fresh)
    seen: list[str] = []
    data = b"region_code,year,pillar,score\n73.71,2022,economy,1.5\n"
    imports.commit(data, "makassar.csv", by="Analyst", progress=seen.append)
    assert seen == ["validate", "stage", "read", "write", "check", "swap"]


def test_a_rejected_import_stops_after_validation(fresh):
    build.build(fresh)
    seen: list[str] = []
    with pytest.raises(imports.ImportRejected):
        imports.commit(b"region_code,year,pillar,score\n99.99,2023,governance,9\n", "bad.csv", by="Analyst",
                       progress=seen.append)
    assert seen == ["validate"]                      # nothing staged, nothing rebuilt
