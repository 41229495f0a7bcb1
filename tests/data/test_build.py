"""The build is atomic, idempotent and refuses bad data without touching the previous database."""

from __future__ import annotations

import hashlib
import os

import pytest

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


def test_needs_build_when_missing_or_older_than_sources(tmp_path, reference_dir):
    target = tmp_path / "w.duckdb"
    assert b.needs_build(target)
    b.build(target)
    assert not b.needs_build(target)
    newest = max(p.stat().st_mtime for p in b.source_files() if p.exists())
    old = newest - 60  # older than the newest source, whenever the sources were written
    os.utime(target, (old, old))
    assert b.needs_build(target)
    assert b.ensure_built(target) is True
    assert b.ensure_built(target) is False


def test_app_connection_is_read_only(built_db):
    import duckdb
    with db.connect(built_db) as con:
        with pytest.raises(duckdb.Error):
            con.execute("DELETE FROM region")
