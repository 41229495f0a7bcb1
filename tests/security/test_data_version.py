"""Stale reads after a swap (issue 13, point 6). After a rebuild replaces the database file, a connection that is
still open keeps serving the old file — and DuckDB hands that same old file to every new connection in the
process until the last one closes. The data version a cache keys on must come from the data itself, read on the
same connection, so a key never names data of another build.

The check is independent of how versions are made: it pairs each (key, dataset) the app's read path
(``ui.data.version`` + ``ui.data.dataset``) returns with what the dataset holds — an imported score that exists
only in the new build — and requires one key to always mean one content."""

from __future__ import annotations

import duckdb
import pytest

H = b"region_code,year,pillar,score\n73.71,2022,governance,0.25\n"


def _governance(ds) -> float:
    s = ds.scores
    return float(s[(s["region_code"] == "73.71") & (s["year"] == 2022) & (s["pillar"] == "governance")]["score"].iloc[0])


@pytest.fixture()
def fresh(tmp_path, monkeypatch):
    from analytics.warehouse import build
    db = tmp_path / "smartcity.duckdb"
    monkeypatch.setenv("KOTA_CERDAS_DB", str(db))
    monkeypatch.setenv("KOTA_CERDAS_IMPORTS_DIR", str(tmp_path / "imports"))
    build.build(db)
    return db


def test_a_cache_key_never_pairs_with_another_builds_data(fresh):
    from analytics.io import imports
    from ui import data
    data._dataset.clear()
    seen: dict[str, float] = {}

    def read():
        key, ds = data.version(), data.dataset()
        value = _governance(ds)
        assert seen.setdefault(key, value) == value, f"key {key} names two contents: {seen[key]} and {value}"
        return key, value

    k1, old = read()
    keep = duckdb.connect(str(fresh), read_only=True)      # a reader still busy with the old file
    try:
        imports.commit(H, "new.csv", by="test", db=fresh)   # the rebuild swaps the file
        k2, during = read()                                 # old instance: old key with old data, or new with new
        assert (k2 == k1) == (during == old)
    finally:
        keep.close()
    k3, new = read()
    assert new == 0.25 and k3 != k1


def test_load_reads_everything_and_its_id_on_one_connection(fresh):
    """Dataset.build_id is the id stored in the file the tables came from (also while an old connection pins
    the old file)."""
    from analytics.io import imports
    from analytics.warehouse import dataset
    before = dataset.load(fresh)
    keep = duckdb.connect(str(fresh), read_only=True)
    try:
        imports.commit(H, "new.csv", by="test", db=fresh)
        during = dataset.load(fresh)
        assert (during.build_id == before.build_id) == (_governance(during) == _governance(before))
        assert during.build_info["build_id"] == during.build_id
    finally:
        keep.close()
    after = dataset.load(fresh)
    assert after.build_id != before.build_id and _governance(after) == 0.25
    with duckdb.connect(str(fresh), read_only=True) as con:
        assert con.execute("SELECT build_id FROM build_info").fetchone()[0] == after.build_id
