"""A damaged database (issue 13, point 5): truncated, with a corrupt block, or replaced by something that is not a
database, it is detected, moved aside byte for byte for inspection, and rebuilt from data/ with the imports —
by the app's start (with a clear, translated message) and by the CLI — instead of a DuckDB traceback on every page.
A deleted database is rebuilt as before."""

from __future__ import annotations

import subprocess
import sys

import duckdb
import pytest

from tests.conftest import REPO
from tests.ui.apptest import app_test, navigation_v2  # noqa: F401 - fixture
from ui.messages import MESSAGES

H = b"region_code,year,pillar,score\n73.71,2022,governance,0.25\n"


def truncate(b: bytes) -> bytes:
    return b[: len(b) // 2]


def corrupt_block(b: bytes) -> bytes:
    return b[:20_000] + b"\xff" * 5_000 + b[25_000:]


def not_a_database(b: bytes) -> bytes:
    return b"this file was overwritten by something else\n" * 100


DAMAGE = {"truncated": truncate, "corrupt-block": corrupt_block, "overwritten": not_a_database}


@pytest.fixture()
def env(tmp_path, monkeypatch):
    """A default-path database with one imported batch, in a folder of its own."""
    from analytics.io import imports
    from analytics.warehouse import build
    db = tmp_path / "smartcity.duckdb"
    monkeypatch.setenv("KOTA_CERDAS_DB", str(db))
    monkeypatch.setenv("KOTA_CERDAS_IMPORTS_DIR", str(tmp_path / "imports"))
    build.build(db)
    batch = imports.commit(H, "one.csv", by="test", db=db)
    return db, batch.batch_id


def _imported(db) -> list:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute("SELECT batch_id FROM import_batch").fetchall()


@pytest.mark.parametrize("damage", DAMAGE, ids=list(DAMAGE))
def test_start_moves_a_damaged_database_aside_and_rebuilds_with_imports(env, damage):
    from analytics.warehouse import build
    db, batch = env
    bad = DAMAGE[damage](db.read_bytes())
    db.write_bytes(bad)
    with pytest.raises(duckdb.Error):                       # what every page hit before
        with duckdb.connect(str(db), read_only=True) as con:
            for (t,) in con.execute("SELECT table_name FROM duckdb_tables()").fetchall():
                con.execute(f'SELECT * FROM "{t}"').fetchall()
    assert build.needs_build(db)
    ready = build.ensure_ready(db)
    assert ready.built and ready.set_aside is not None
    assert ready.set_aside.name.startswith("smartcity.duckdb.damaged-") and ready.set_aside.read_bytes() == bad
    assert _imported(db) == [(batch,)]                      # rebuilt from data/, imports included
    assert not build.needs_build(db)


def test_a_deleted_database_is_rebuilt(env):
    from analytics.warehouse import build
    db, batch = env
    db.unlink()
    ready = build.ensure_ready(db)
    assert ready.built and ready.set_aside is None and _imported(db) == [(batch,)]


def test_explicit_build_sets_a_damaged_database_aside_but_never_overwrites_a_foreign_file(env, tmp_path):
    from analytics.warehouse import build
    db, _ = env
    db.write_bytes(truncate(db.read_bytes()))
    report = build.build(db)
    assert report.set_aside is not None and report.set_aside.exists()
    other = tmp_path / "notes.duckdb"
    other.write_text("my notes, not a database\n" * 50)
    with pytest.raises(build.ForeignFile, match="is not a DuckDB database"):
        build.build(other)
    assert other.read_text().startswith("my notes")


def test_cli_export_repairs_instead_of_a_traceback(env):
    db, _ = env
    db.write_bytes(truncate(db.read_bytes()))
    p = subprocess.run([sys.executable, "-m", "analytics", "export", "coverage", "--by", "national"], cwd=REPO,
                       capture_output=True, text=True, timeout=300)
    assert p.returncode == 0 and "Traceback" not in p.stderr, p.stderr[-1500:]
    assert p.stdout.startswith("group,") or "regions" in p.stdout.splitlines()[0]
    assert list(db.parent.glob("smartcity.duckdb.damaged-*"))


def test_app_repairs_with_a_clear_message(env, navigation_v2):
    db, _ = env
    db.write_bytes(truncate(db.read_bytes()))
    at = app_test({"lang": "en"}).run()
    assert not at.exception, [e.message for e in at.exception]
    (kept,) = db.parent.glob("smartcity.duckdb.damaged-*")
    warnings = [w.value for w in at.warning]
    expected = MESSAGES["app.db_repaired"]["en"].split("{kept}")[0]
    assert any(w.startswith(expected) and kept.name.replace(".", "\\.").replace("-", "\\-") in w for w in warnings), \
        warnings
    assert at.metric, "the overview shows its numbers after the repair"


def _damage_a_block_only_reads_reach(db) -> None:
    """Overwrite the start of the first data block whose damage DuckDB does not notice on opening (a plain
    DuckDB read of every table finds it) — found by trying, so it holds whatever the layout."""
    from analytics.warehouse import build
    good = db.read_bytes()
    with duckdb.connect(str(db), read_only=True) as con:
        block_size, blocks = con.execute("SELECT block_size, total_blocks FROM pragma_database_size()").fetchone()
        tables = [r[0] for r in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()]
    for i in range(blocks):
        off = 3 * 4096 + i * block_size + 100
        db.write_bytes(good[:off] + b"\xff" * 512 + good[off + 512:])
        if build.inspect(db).status != "ok":
            continue
        try:
            with duckdb.connect(str(db), read_only=True) as con:
                for t in tables:
                    con.execute(f'SELECT * FROM "{t}"').fetchall()
        except duckdb.Error:
            return
    pytest.skip("no block whose damage only a read finds")


def test_a_damaged_block_found_by_a_read_is_repaired_by_the_app(env, navigation_v2):
    db, batch = env
    _damage_a_block_only_reads_reach(db)
    at = app_test({"lang": "en"}).run()
    assert not at.exception, [e.message for e in at.exception]
    assert list(db.parent.glob("smartcity.duckdb.damaged-*"))
    assert any(w.value.startswith(MESSAGES["app.db_repaired"]["en"].split("{kept}")[0]) for w in at.warning)
    assert _imported(db) == [(batch,)] and at.metric


# The CLI reads a database that needs nothing on one connection, without build.inspect's own opening of the file
# (analytics.cli.export._current_dataset). These check that the short cut never skips what the inspection did.
def _export_national(capsysbinary) -> bytes:
    from analytics.cli.main import main
    assert main(["export", "coverage", "--by", "national", "--year", "2023", "--format", "csv"]) == 0
    return capsysbinary.readouterr().out


def _build_id(db) -> str:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute("SELECT build_id FROM build_info").fetchone()[0]


def test_cli_export_rebuilds_a_database_built_from_other_inputs(env, capsysbinary):
    from analytics.warehouse import build
    db, batch = env
    before = _build_id(db)
    with duckdb.connect(str(db)) as con:      # as if the inputs or the code had changed since the build
        con.execute("UPDATE build_info SET fingerprint = 'built from other inputs'")
    assert _export_national(capsysbinary).startswith(b"as_of,")
    assert _build_id(db) != before, "the stale database was read instead of rebuilt"
    assert build.stored_fingerprint(db) == build.current_fingerprint() and _imported(db) == [(batch,)]


def test_cli_export_settles_an_interrupted_import_before_reading(env, capsysbinary):
    """An import killed before its rebuild: a batch folder the database never saw, and a pending journal. The
    export undoes it (as the app's start does) before it reads."""
    import shutil

    from analytics.io.imports import journal
    db, batch = env
    root = db.parent / "imports"
    shutil.copytree(root / batch, root / "half-done")
    journal.begin(root, {"op": "import", "batch_id": "half-done", "db": str(db)})
    assert _export_national(capsysbinary).startswith(b"as_of,")
    assert journal.pending(root) is None and not (root / "half-done").exists()
    assert (root / batch).is_dir() and _imported(db) == [(batch,)]


def test_cli_export_repairs_a_damaged_block_only_reads_reach(env, capsysbinary):
    db, batch = env
    _damage_a_block_only_reads_reach(db)
    assert _export_national(capsysbinary).startswith(b"as_of,")
    assert list(db.parent.glob("smartcity.duckdb.damaged-*")) and _imported(db) == [(batch,)]
