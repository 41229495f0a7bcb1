"""The build is atomic, idempotent and refuses bad data without touching the previous database."""

from __future__ import annotations

import hashlib
import os

import pytest

from tests.conftest import REPO

from analytics.warehouse import build as b
from analytics.warehouse import db
from analytics.warehouse.spec import DataContractError


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _content(path):
    q = ("SELECT * FROM {} ORDER BY ALL")
    return {t: db.query(q.format(t), db=path) for t in ("region", "programme_cohort", "evaluation_score")}


def test_corrupted_source_fails_and_old_database_survives(tmp_path, reference_copy):
    target = tmp_path / "w.duckdb"
    b.build(target, reference_dir=reference_copy)
    before = _digest(target)
    regencies = reference_copy / "regencies.csv"
    lines = regencies.read_text().splitlines()
    lines[9] = lines[9].replace("kabupaten", "kabupatenX", 1)
    regencies.write_text("\n".join(lines) + "\n")
    with pytest.raises(DataContractError, match=r"regencies.csv, row 10, column 'type': 'kabupatenX'"):
        b.build(target, reference_dir=reference_copy)
    assert _digest(target) == before
    assert db.query("SELECT count(*) n FROM region", db=target).n[0] == 514
    assert not list(tmp_path.glob(".*.tmp")), "temporary build file left behind"


def test_truncated_source_fails_cleanly(tmp_path, reference_copy):
    target = tmp_path / "w.duckdb"
    b.build(target, reference_dir=reference_copy)
    before = _digest(target)
    p = reference_copy / "regencies.csv"
    p.write_text("\n".join(p.read_text().splitlines()[:100]) + "\n")
    with pytest.raises(DataContractError, match="regencies.csv: 99 regions, expected 514"):
        b.build(target, reference_dir=reference_copy)
    assert _digest(target) == before


def test_build_is_idempotent(tmp_path):
    a, c = tmp_path / "a.duckdb", tmp_path / "c.duckdb"
    b.build(a)
    b.build(c)
    ca, cc = _content(a), _content(c)
    for t in ca:
        assert ca[t].equals(cc[t]), t
    b.build(a)  # building over an existing file replaces it
    assert _content(a)["evaluation_score"].equals(cc["evaluation_score"])


def test_needs_build_when_missing_or_built_from_other_inputs(tmp_path, monkeypatch):
    """Regression (staleness): the check is a fingerprint of what the build reads, not file times — a copied
    data folder with one changed byte, or a database built by other code, is rebuilt."""
    import shutil
    target = tmp_path / "w.duckdb"
    assert b.needs_build(target)
    b.build(target)
    assert not b.needs_build(target)
    os.utime(target, (1, 1))                     # an old file time alone is not staleness
    assert not b.needs_build(target)
    data = tmp_path / "data"
    shutil.copytree(REPO / "data" / "reference", data / "reference")
    shutil.copytree(REPO / "data" / "framework", data / "framework")
    monkeypatch.setenv("KOTA_CERDAS_DATA_DIR", str(data))
    assert not b.needs_build(target)             # same content elsewhere: same fingerprint
    levels = data / "framework" / "maturity_levels.csv"
    levels.write_text(levels.read_text().replace("Cerdas", "Cerdas "))
    assert b.needs_build(target)                 # the framework folder follows the data-dir setting
    assert b.ensure_built(target) is True
    assert b.ensure_built(target) is False


def test_fingerprint_covers_the_code_the_build_runs():
    """Regression: the old mtime check ignored the raw-file contract (reference.py) and the import store."""
    names = {p.relative_to(REPO).as_posix() for p in b.source_files()}
    for f in ("analytics/warehouse/spec.py", "analytics/io/batch_store.py", "analytics/domain.py",
              "analytics/warehouse/sql/01_staging.sql", "data/framework/default_framework.csv",
              "data/reference/regencies.csv"):
        assert f in names, f


def test_app_connection_is_read_only(built_db):
    import duckdb
    with db.connect(built_db) as con:
        with pytest.raises(duckdb.Error):
            con.execute("DELETE FROM region")


def _read_regions_broken(monkeypatch):
    """Make the warehouse reader hand over a region type outside the domain's code list (a reader defect)."""
    from analytics.warehouse import read
    real = read.regions

    def broken(con):
        df = real(con)
        df.loc[df.index[3], "type"] = "desa"
        return df
    monkeypatch.setattr(read, "regions", broken)


def test_frames_that_break_their_contract_are_never_swapped_in(tmp_path, monkeypatch):
    """The build reads the new file back the way every reader does and checks the frames (frames.py) before the
    swap: a reader defect fails the build, names the frame and column, and leaves the old database as it was."""
    from analytics.warehouse.frames import FrameContractError
    target = tmp_path / "w.duckdb"
    b.build(target)
    before = _digest(target)
    _read_regions_broken(monkeypatch)
    with pytest.raises(FrameContractError, match=r"regions \(region_dim\): type: isin"):
        b.build(target)
    assert _digest(target) == before
    assert not list(tmp_path.glob(".*.tmp")), "temporary build file left behind"


def test_load_checks_the_frames_unless_this_code_built_the_file(tmp_path, monkeypatch):
    """dataset.load skips the frame check only for a database whose fingerprint is the current one (this code,
    these inputs: the build checked exactly these frames); any other database is checked on load."""
    from analytics.warehouse import dataset
    from analytics.warehouse.frames import FrameContractError
    target = tmp_path / "w.duckdb"
    b.build(target)
    _read_regions_broken(monkeypatch)
    assert dataset.load(target).regions["type"].eq("desa").sum() == 1     # current: the build's check stands
    with pytest.raises(FrameContractError, match="region_dim"):
        dataset.load(target, validate=True)
    monkeypatch.setattr(b, "current_fingerprint", lambda *a, **k: "built by other code")
    with pytest.raises(FrameContractError, match="region_dim"):
        dataset.load(target)


def test_fingerprint_covers_the_libraries_that_read_the_frames(monkeypatch):
    """The skipped frame check rests on the fingerprint: another pandas or DuckDB must change it."""
    before = b.fingerprint()
    monkeypatch.setattr(b, "_LIBRARIES", (("pandas", "0.0"), ("duckdb", "0.0")))
    assert b.fingerprint() != before
