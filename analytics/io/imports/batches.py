"""Batches: :func:`commit` (validate → stage a batch folder → atomic rebuild, under the build lock),
:func:`rollback`, and the history. The folder layout is :mod:`analytics.io.batch_store`'s."""

from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import asdict, dataclass, replace
from pathlib import Path

import pandas as pd

from analytics import paths
from analytics.io import batch_store as imports_store
from analytics.io.batch_store import ACTIVE, COHORTS_FILE, MANIFEST, ROLLED_BACK, SCORES_FILE

from . import journal
from .context import _active_participants, _reference_facts, load_context
from .problems import BatchError, ImportRejected
from .validate import validate

@dataclass(frozen=True)
class Batch:
    batch_id: str
    file_name: str
    sha256: str
    score_rows: int
    cohort_rows: int
    imported_at: str
    imported_by: str
    status: str = ACTIVE
    original: str = ""
    rolled_back_at: str | None = None
    rolled_back_by: str | None = None
    notes: tuple = ()                      # the validation's notes (not stored in the manifest)

    @property
    def source(self) -> str:
        return imports_store.source_label(self.batch_id)

    @classmethod
    def from_manifest(cls, m: dict) -> "Batch":
        return cls(**{k: m.get(k) for k in cls.__dataclass_fields__ if k in m and k != "notes"})


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def _seed_of(db: Path) -> int:
    """The synthetic seed the current database was built with (rebuilds keep it)."""
    from analytics.warehouse.synthetic import DEFAULT_SEED
    if not db.exists():
        return DEFAULT_SEED
    try:
        import duckdb
        with duckdb.connect(str(db), read_only=True) as con:
            return int(con.execute("SELECT synthetic_seed FROM build_info").fetchone()[0])
    except Exception:  # noqa: BLE001 - an unreadable database is rebuilt with the default seed
        return DEFAULT_SEED


def _write_json(path: Path, obj: dict) -> None:
    journal.write_atomic(path, _json_text(obj))


def _json_text(obj: dict) -> str:
    return json.dumps(obj, indent=2, ensure_ascii=False) + "\n"


def _rebuild(db: Path, progress=None) -> None:
    from analytics.warehouse import build
    build._build_unlocked(db, reference_dir=None, seed=_seed_of(db),     # caller holds build.build_lock(db)
                          progress=progress)


def _label(text: str | None, limit: int = 100) -> str:
    """A name as recorded in a manifest: printable characters only, at most ``limit`` of them."""
    clean = "".join(c if c.isprintable() else " " for c in str(text or "")).strip()
    return clean[:limit] or "unknown"


def _first_line(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


# the stages of an import as ``commit`` reports them: its own two, then the rebuild's (BUILD_STAGES)
COMMIT_STAGES = ("validate", "stage")


def commit(data: bytes, file_name: str, *, by: str, db: Path | None = None, progress=None) -> Batch:
    """Validate, stage and rebuild, as one step under the build lock. Raises :class:`ImportRejected` (nothing
    written) or :class:`BatchError` (the rebuild failed; the staged batch was removed, the database is as it
    was). The step is journalled (:mod:`.journal`): killed at any point, the next build, import or app start
    finishes it if the database already holds the batch and undoes it otherwise. ``progress``: called with
    each stage as it starts (:data:`COMMIT_STAGES`, then the build's ``BUILD_STAGES``)."""
    from analytics.warehouse.build import build_lock
    step = progress or (lambda stage: None)
    db = Path(db or paths.db_path())
    root = paths.imports_dir()
    with build_lock(db):
        journal.recover(db, root)
        step("validate")
        v = validate(data, file_name, context=load_context(imports_dir=root))
        if not v.ok:
            raise ImportRejected(file_name, v.problems)
        now = _now()
        batch_id = f"{now:%Y%m%d-%H%M%S}-{v.sha256[:8]}"
        n = 2
        while (root / batch_id).exists():
            batch_id = f"{now:%Y%m%d-%H%M%S}-{v.sha256[:8]}-{n}"
            n += 1
        ext = Path(file_name).suffix.lower() or (".xlsx" if data.startswith(b"PK") else ".csv")
        batch = Batch(batch_id=batch_id, file_name=_label(Path(file_name).name, 200), sha256=v.sha256,
                      score_rows=v.score_rows, cohort_rows=v.cohort_rows,
                      imported_at=now.strftime("%Y-%m-%dT%H:%M:%S.%fZ"), imported_by=_label(by),
                      original=f"original{ext}")
        stage = root / f".{batch_id}.tmp"
        final = root / batch_id
        step("stage")
        journal.begin(root, {"op": "import", "batch_id": batch_id, "db": str(db.resolve())})
        try:
            stage.mkdir()
            (stage / batch.original).write_bytes(data)
            if v.score_rows:
                v.scores.to_csv(stage / SCORES_FILE, index=False, lineterminator="\n", float_format=None)
            if v.cohort_rows:
                v.cohorts.to_csv(stage / COHORTS_FILE, index=False, lineterminator="\n")
            _write_json(stage / MANIFEST, {k: v for k, v in asdict(batch).items() if k != "notes"})
            os.rename(stage, final)
            _rebuild(db, progress)
            journal.commit(root)
        except Exception as exc:
            journal.recover(db, root)   # the database decides: in it → kept, else the folder goes
            raise BatchError(f"the import of {file_name} failed while rebuilding the database, nothing was "
                             f"imported: {_first_line(exc)}") from exc
        return replace(batch, notes=tuple(v.notes))


def recover(db: Path | None = None) -> list[str]:
    """Settle an interrupted import or rollback now (under the build lock) and remove temporary files; one
    line per thing done. Every build, import and rollback, and the app's start, do this first anyway."""
    from analytics.warehouse.build import build_lock
    db = Path(db or paths.db_path())
    root = paths.imports_dir()
    if journal.pending(root) is None and not journal.temp_files(db, root):
        return []
    with build_lock(db):
        return journal.recover(db, root)


def history(imports_dir: Path | None = None) -> list[Batch]:
    """Every batch (active and rolled back), oldest first."""
    return [Batch.from_manifest(m) for m in imports_store.read_manifests(Path(imports_dir or paths.imports_dir()))]


HISTORY_COLUMNS = ["batch_id", "file_name", "sha256", "score_rows", "cohort_rows", "imported_at", "imported_by",
                   "status", "rolled_back_at", "rolled_back_by"]


def history_frame(imports_dir: Path | None = None) -> pd.DataFrame:
    """The batches as a table, newest first (the page and ``python -m analytics imports list`` show it)."""
    rows = [{c: getattr(b, c) for c in HISTORY_COLUMNS} for b in history(imports_dir)]
    df = pd.DataFrame(rows, columns=HISTORY_COLUMNS)
    return df.iloc[::-1].reset_index(drop=True)


def rollback(batch_id: str, *, by: str = "", db: Path | None = None) -> Batch:
    """Mark a batch rolled back and rebuild. Raises :class:`BatchError` if the batch is unknown, already rolled
    back, or other active batches' scores need its participation rows (the batch stays active then).
    Journalled like :func:`commit`."""
    from analytics.warehouse.build import build_lock
    db = Path(db or paths.db_path())
    root = paths.imports_dir()
    with build_lock(db):
        journal.recover(db, root)
        manifests = {m["batch_id"]: m for m in imports_store.read_manifests(root)}
        m = manifests.get(batch_id)
        if m is None:
            raise BatchError(f"there is no import batch {batch_id}")
        if m.get("status") == ROLLED_BACK:
            raise BatchError(f"batch {batch_id} is already rolled back")
        _check_rollback_dependencies(batch_id, manifests)
        path = Path(m.pop("_dir")) / MANIFEST
        before = path.read_text(encoding="utf-8")
        m.update(status=ROLLED_BACK, rolled_back_at=_now().strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
                 rolled_back_by=_label(by))
        journal.begin(root, {"op": "rollback", "batch_id": batch_id, "db": str(db.resolve()),
                             "before": before, "after": _json_text(m)})
        try:
            _write_json(path, m)
            _rebuild(db)
            journal.commit(root)
        except Exception as exc:
            journal.recover(db, root)   # the database decides: batch still in it → it stays active
            raise BatchError(f"batch {batch_id} could not be rolled back, the rebuild failed (it stays active): "
                             f"{_first_line(exc)}") from exc
        return Batch.from_manifest(m)


def _check_rollback_dependencies(batch_id: str, manifests: dict) -> None:
    """Refuse to roll back a batch whose participation rows other active batches' scores need."""
    names, _, reference = _reference_facts(paths.reference_dir())
    others = [m for b, m in manifests.items() if b != batch_id and m.get("status", ACTIVE) == ACTIVE]
    participants = set(reference) | _active_participants(others)
    for m in others:
        f = Path(m["_dir"]) / SCORES_FILE
        if f.exists():
            missing = sorted(set(pd.read_csv(f, dtype=str, keep_default_na=False)["region_code"]) - participants)
            if missing:
                b = m["batch_id"]
                raise BatchError(f"batch {batch_id} cannot be rolled back: the scores of batch {b} for region "
                                 f"{missing[0]} ({names.get(missing[0], '?')}) need its participation rows; "
                                 f"roll back {b} first")


# ---------------------------------------------------------------------------------------------- templates
