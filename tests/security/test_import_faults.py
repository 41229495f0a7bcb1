"""Imports and rollbacks survive a crash (issue 13, point 7): killed with SIGKILL before *every* file-system
commit step they take, the next start leaves the imports folder and the database in agreement, with no temporary
files, and the outcome follows the database swap — not swapped yet: as if nothing happened (the same file can be
imported again; a rolled-back batch is still active); swapped: done.

The child is killed by tests/security/faults.py, which counts os.replace/rename/unlink and shutil.rmtree calls
and reads the folder and the database directly, so the check does not trust the code under test."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.security import faults

GOOD = b"region_code,year,pillar,score\n73.71,2022,governance,3.5\n73.71,2022,economy,1.25\n"
SECOND = b"region_code,year,pillar,score\n35.71,2021,living,2.5\n"


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    """A built database with one active batch (for rollbacks), and the files to import."""
    root = tmp_path_factory.mktemp("faults-base")
    db, imports = root / "smartcity.duckdb", root / "imports"
    (root / "good.csv").write_bytes(GOOD)
    (root / "second.csv").write_bytes(SECOND)
    assert faults.cli(db, imports, "build", "--db", str(db)).returncode == 0
    done = faults.cli(db, imports, "import", str(root / "second.csv"), "--db", str(db), "--by", "base")
    assert done.returncode == 0, done.stderr
    (batch,) = faults.read_state(db, imports).active
    return root, batch


def _copy(base_root: Path, dst: Path) -> tuple[Path, Path]:
    dst.mkdir()
    shutil.copy2(base_root / "smartcity.duckdb", dst / "smartcity.duckdb")
    shutil.copytree(base_root / "imports", dst / "imports")
    return dst / "smartcity.duckdb", dst / "imports"


def _operation(kind: str, base_root: Path, batch: str) -> tuple[str, ...]:
    if kind == "import":
        return ("import", str(base_root / "good.csv"), "--by", "fault-test")
    return ("imports", "rollback", batch, "--by", "fault-test")


@pytest.mark.parametrize("kind", ["import", "rollback"])
def test_kill_at_every_step_then_next_start_agrees(base, tmp_path, kind):
    base_root, batch = base
    db, imports = _copy(base_root, tmp_path / "dry")
    log = tmp_path / "steps.log"
    op = _operation(kind, base_root, batch)
    dry = faults.cli(db, imports, *op, "--db", str(db), log=log)
    assert dry.returncode == 0, dry.stderr
    n_steps, swap = len(faults.steps(log)), faults.swap_step(log, db)
    new = faults.read_state(db, imports).active - {batch} if kind == "import" else set()
    assert len(new) <= 1

    failures = []
    for k in range(1, n_steps + 1):
        db, imports = _copy(base_root, tmp_path / f"kill-{k}")
        run = faults.cli(db, imports, *op, "--db", str(db), kill_at=k)
        assert faults.killed(run), (k, run.returncode, run.stderr[-500:])
        start = faults.cli(db, imports, "build", "--db", str(db))     # the next start (CLI build)
        assert start.returncode == 0, (k, start.stderr[-500:])
        s = faults.read_state(db, imports)
        swapped = k > swap
        if kind == "import":
            expected_active = {batch} | ({*s.active} - {batch} if swapped else set())
            outcome_ok = (len(s.active) == 2) if swapped else (s.active == {batch})
        else:
            expected_active = set() if swapped else {batch}
            outcome_ok = s.active == expected_active
        if not (s.agree and not s.leftovers and outcome_ok):
            failures.append((k, faults.steps(log)[k - 1][1:], "swapped" if swapped else "not swapped",
                             sorted(s.active), sorted(s.in_db or []), s.leftovers))
    assert not failures, f"{kind}: {len(failures)} of {n_steps} kill points end inconsistent: {failures}"


def test_undone_import_can_be_imported_again(base, tmp_path):
    """The issue's symptom: after a kill mid-import the same file was refused as 'already imported'."""
    base_root, batch = base
    db, imports = _copy(base_root, tmp_path / "k")
    log = tmp_path / "steps.log"
    dry_db, dry_imports = _copy(base_root, tmp_path / "dry")
    faults.cli(dry_db, dry_imports, "import", str(base_root / "good.csv"), "--db", str(dry_db), log=log)
    swap = faults.swap_step(log, dry_db)
    run = faults.cli(db, imports, "import", str(base_root / "good.csv"), "--db", str(db), kill_at=swap)
    assert faults.killed(run)
    again = faults.cli(db, imports, "import", str(base_root / "good.csv"), "--db", str(db), "--by", "again")
    assert again.returncode == 0, again.stderr
    s = faults.read_state(db, imports)
    assert s.agree and len(s.active) == 2 and not s.leftovers


def test_the_app_start_recovers_too(base, tmp_path, monkeypatch):
    """ensure_ready (what app.py runs first) settles a pending import without a full CLI build."""
    from analytics.warehouse import build
    base_root, batch = base
    log = tmp_path / "steps.log"
    dry_db, dry_imports = _copy(base_root, tmp_path / "dry")
    faults.cli(dry_db, dry_imports, "import", str(base_root / "good.csv"), "--db", str(dry_db), log=log)
    swap = faults.swap_step(log, dry_db)
    for k, expect_kept in ((swap, False), (swap + 1, True)):
        db, imports = _copy(base_root, tmp_path / f"app-{k}")
        assert faults.killed(faults.cli(db, imports, "import", str(base_root / "good.csv"), "--db", str(db),
                                        kill_at=k))
        monkeypatch.setenv("KOTA_CERDAS_DB", str(db))
        monkeypatch.setenv("KOTA_CERDAS_IMPORTS_DIR", str(imports))
        assert build.needs_attention(db)
        ready = build.ensure_ready(db)
        assert ready.recovered and ("kept" if expect_kept else "undone") in ready.recovered[0]
        s = faults.read_state(db, imports)
        assert s.agree and not s.leftovers and (len(s.active) == 2) == expect_kept
        assert not build.needs_attention(db)
