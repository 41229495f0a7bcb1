"""The import journal: a batch's state and the database change together, even when the process is killed.

Before an import or a rollback changes the imports folder it writes ``<imports_dir>/.journal.json``
(``{"op": "import"|"rollback", "batch_id": ..., "db": ...}``; a rollback also keeps the manifest before and
after). The journal is removed only after the rebuilt database has been swapped into place — *committed*.
While it exists the operation is *pending*, and :func:`recover` (run under the build lock by every build, every
import and rollback, and the app's start) settles it by asking the database, which is swapped atomically and is
therefore the single source of truth:

- an import whose batch is in the database's ``import_batch`` table is finished (the journal goes); one whose
  batch is not there is undone (its folder goes);
- a rollback whose batch is no longer in the database is finished (the manifest says ``rolled_back``); one
  whose batch is still there is undone (the manifest is restored byte for byte).

A database that cannot be read proves nothing was committed, so the operation is undone; the next build
then makes the database agree with the folder. Half-written batch folders (``.<id>.tmp``), manifest temp
files and the build's temporary database files (``.<db>.<pid>.tmp``) are removed too.

The fault tests (tests/analytics/test_import_journal.py: a SIGKILL at every rename of every import and rollback;
bench/bench_import_faults.py: kill -9 at random moments, N times) check that the folder and the database always
agree after the next start.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

from analytics.io.batch_store import MANIFEST

JOURNAL = ".journal.json"

def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file, fsync'd and renamed into place."""
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(text)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)
    _fsync_dir(path.parent)


def path_of(root: Path) -> Path:
    return Path(root) / JOURNAL


def begin(root: Path, entry: dict) -> None:
    """Record an operation as pending (before anything in the folder changes)."""
    root = Path(root)
    root.mkdir(parents=True, exist_ok=True)
    write_atomic(path_of(root), json.dumps(entry, indent=2, ensure_ascii=False) + "\n")


def commit(root: Path) -> None:
    """The database swap is done: the operation is committed."""
    path_of(root).unlink(missing_ok=True)
    _fsync_dir(Path(root))


def pending(root: Path) -> dict | None:
    """The pending operation, or None. A journal that cannot be parsed (a crash while writing it is ruled out
    by the atomic write, but a hand edit is not) counts as an import of nothing: recovery just removes it."""
    path = path_of(root)
    if not path.exists():
        return None
    try:
        entry = json.loads(path.read_text(encoding="utf-8"))
        return entry if isinstance(entry, dict) else {}
    except (OSError, ValueError):
        return {}


def temp_files(db: Path, root: Path) -> list[Path]:
    """Leftovers of an interrupted write: the build's temporary database files beside ``db``, half-written
    batch folders and manifest temp files under ``root``."""
    db, root = Path(db), Path(root)
    out = [p for p in db.parent.glob(f".{db.name}.*.tmp*")] if db.parent.is_dir() else []
    if root.is_dir():
        out += [p for p in root.iterdir() if p.name.startswith(".") and p.name.endswith(".tmp")]
        out += list(root.glob(f"*/{MANIFEST}.tmp"))
        out += [p for p in root.glob(f"{JOURNAL}.tmp")]
    return sorted(out)


def batch_in_db(db: Path, batch_id: str) -> bool | None:
    """Whether the database at ``db`` holds ``batch_id`` in ``import_batch``; None when it cannot be read."""
    import duckdb
    if not Path(db).is_file():
        return None
    try:
        with duckdb.connect(str(db), read_only=True) as con:
            return con.execute("SELECT count(*) FROM import_batch WHERE batch_id = ?", [batch_id]).fetchone()[0] > 0
    except Exception:  # noqa: BLE001 - a damaged or foreign file proves nothing was committed
        return None


def recover(db: Path, root: Path) -> list[str]:
    """Settle a pending operation and remove temporary files. The caller holds the build lock. Returns one
    line per thing done (empty when there was nothing to do)."""
    root, notes = Path(root), []
    entry = pending(root)
    if entry is not None:
        bid, op = str(entry.get("batch_id") or ""), entry.get("op")
        target = Path(entry.get("db") or db)
        in_db = batch_in_db(target, bid) if bid else None
        folder = root / bid if bid and "/" not in bid and bid not in (".", "..") else None
        if op == "import" and folder is not None:
            if in_db:
                notes.append(f"the interrupted import of batch {bid} had reached the database: it is kept")
            else:
                shutil.rmtree(folder, ignore_errors=True)
                notes.append(f"the interrupted import of batch {bid} had not reached the database: it was undone")
        elif op == "rollback" and folder is not None and (folder / MANIFEST).exists():
            done = in_db is False
            text = entry.get("after" if done else "before")
            if isinstance(text, str):
                write_atomic(folder / MANIFEST, text)
            notes.append(f"the interrupted rollback of batch {bid} "
                         + ("had reached the database: it is kept" if done else
                            "had not reached the database: the batch stays active"))
        commit(root)
    for p in temp_files(db, root):
        if p.is_dir():
            shutil.rmtree(p, ignore_errors=True)
        else:
            p.unlink(missing_ok=True)
    return notes
