"""Build the DuckDB warehouse from ``data/``: raw CSVs → staging tables → mart views.

The build is atomic and idempotent: it writes a new file beside the target, loads and checks everything
(:mod:`analytics.warehouse.contract`), and only then swaps it into place with ``os.replace``. If any check fails the
previous database is left exactly as it was and the error names the file, row and column.

Every build gets a fresh ``build_info.build_id``: readers key their caches on the id they read *on the connection
that reads the data* (:func:`analytics.warehouse.dataset.load`), never on the file's name or times.

Before building, every entry point (:func:`build`, :func:`ensure_ready`) settles an interrupted import or
rollback (:func:`analytics.io.imports.journal.recover`) and removes temporary files. A database file that
cannot be read (truncated, damaged) is moved aside as ``<name>.damaged-<time>`` for inspection and rebuilt
from ``data/`` (imports included); a file at the target that is not a DuckDB database at all is never
overwritten by an explicit build (:class:`ForeignFile`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import string
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import pandas as pd

from analytics import domain, paths

from analytics.warehouse import contract

from analytics.io import batch_store as imports_store

from analytics.warehouse import synthetic
from analytics.warehouse.spec import load_reference

SCHEMA_VERSION = 4

# table → columns inserted from the typed frame of the same name
_TABLE_COLUMNS = {
    "province": ["code", "name", "iso_3166_2", "geonames_id", "island_group", "population",
                 "population_male", "population_female", "population_bps_2024_midyear"],
    "region": ["code", "province_code", "name", "type", "lat", "lon", "coord_method", "coord_confidence",
               "geonames_id", "population", "population_male", "population_female"],
    "programme_cohort": ["region_code", "region_name", "cohort_year", "evidence", "source_url", "source"],
    "ascn_city": ["city", "country_iso2", "joined_year", "lat", "lon", "geonames_id"],
    "ascn_pilot_region": ["city", "region_code"],
    "imd_rank": ["city", "year", "rank", "cities_ranked", "rating", "source_url"],
    "reported_figure": ["figure", "year", "value", "unit", "source", "note"],
    "pillar": ["code", "ordinal", "name_en", "name_id"],
    "indicator": ["indicator", "name_en", "name_id", "unit", "direction", "suggested_pillar", "publisher",
                  "source_url", "stored_copy", "licence", "note"],
    "indicator_label": ["indicator", "short_en", "short_id", "unit_en", "unit_id", "note_id", "licence_id",
                        "publisher_id"],
    "indicator_value": ["region_code", "year", "indicator", "value"],
    "evaluation_score": ["region_code", "year", "pillar", "score", "source", "source_url"],
    "published_result": ["region_code", "year", "measure", "value", "national_rank", "note", "note_id", "source_url"],
    "import_batch": ["batch_id", "file_name", "sha256", "score_rows", "cohort_rows", "imported_at", "imported_by"],
    "region_shape": ["code", "wkb"],
    "province_shape": ["code", "wkb"],
}


@dataclass(frozen=True)
class BuildReport:
    path: Path
    seconds: float
    rows: dict[str, int]
    build_id: str = ""
    set_aside: Path | None = None          # a damaged database moved aside before this build
    recovered: tuple[str, ...] = ()        # what journal recovery did first (one line each)


class ForeignFile(ValueError):
    """The target path holds a file that is not a DuckDB database; an explicit build never overwrites it."""


@dataclass(frozen=True)
class DbState:
    """What is at the database path: ``missing``, ``foreign`` (not a DuckDB file), ``damaged`` (a DuckDB file
    that cannot be opened or has no readable build_info), ``old`` (readable, but from an older schema) or
    ``ok``; with the stored fingerprint and build id when readable and the reason when not."""
    status: str
    fingerprint: str | None = None
    build_id: str | None = None
    reason: str = ""
    extra: dict = field(default_factory=dict)


_DUCKDB_MAGIC = b"DUCK"                    # bytes 8–11 of every DuckDB database file
_HEADER_BYTES = 3 * 4096                   # the main header and two database headers precede the blocks


def inspect(db: Path) -> DbState:
    """Classify the file at ``db`` without changing it (:class:`DbState`)."""
    db = Path(db)
    if not db.exists():
        return DbState("missing")
    if (header := _header_state(db)) is not None:
        return header
    try:
        con = duckdb.connect(str(db), read_only=True)
    except Exception as exc:  # noqa: BLE001 - IOException, "Corrupt database file", …
        return DbState("damaged", reason=_first_line(exc))
    try:
        block_size, total_blocks = con.execute("SELECT block_size, total_blocks FROM pragma_database_size()").fetchone()
        expected = _HEADER_BYTES + int(block_size) * int(total_blocks)
        if db.stat().st_size < expected:
            return DbState("damaged", reason=f"truncated: {db.stat().st_size:,} bytes of {expected:,}")
        cols = {r[0] for r in con.execute("SELECT column_name FROM duckdb_columns() "
                                          "WHERE table_name = 'build_info'").fetchall()}
        if not cols:
            return DbState("old", reason="no build_info table")
        row = con.execute("SELECT * FROM build_info").fetchone()
        info = dict(zip([d[0] for d in con.description], row)) if row else {}
        if "fingerprint" not in info or "build_id" not in info:
            return DbState("old", fingerprint=info.get("fingerprint"), reason="built by an older schema")
        return DbState("ok", fingerprint=info["fingerprint"], build_id=info["build_id"])
    except Exception as exc:  # noqa: BLE001 - a damaged block surfaces on the first read
        return DbState("damaged", reason=_first_line(exc))
    finally:
        con.close()


def verify(db: Path) -> DbState:
    """:func:`inspect`, then read every row of every table: a damaged block that only a read reaches is found
    too (the app and the CLI call this when a read fails, see :func:`repair`)."""
    state = inspect(db)
    if state.status != "ok":
        return state
    try:
        with duckdb.connect(str(db), read_only=True) as con:
            for (table,) in con.execute("SELECT table_name FROM duckdb_tables()").fetchall():
                con.execute(f'SELECT * FROM "{table}"').fetchall()
    except Exception as exc:  # noqa: BLE001 - any read failure means the file cannot be trusted
        return DbState("damaged", reason=_first_line(exc))
    return state


def repair(db: Path | None = None) -> Readiness:
    """After a read failed: read the whole database; if it cannot be read, move it aside and rebuild it from
    data/ (imports included). Returns what was done (nothing when the file reads fine)."""
    db = Path(db or paths.db_path())
    with build_lock(db):
        recovered = _recover(db)
        state = verify(db)
        if state.status not in ("damaged", "foreign", "missing"):
            return Readiness(False, None, recovered)
        aside = set_aside(db) if db.exists() else None
        _build_unlocked(db, reference_dir=None, seed=synthetic.DEFAULT_SEED, replace_foreign=True)
        return Readiness(True, aside, recovered)


def _header_state(db: Path) -> DbState | None:
    """``foreign`` or ``damaged`` from the file's type and first bytes alone (no DuckDB open); else None."""
    if not db.is_file():
        return DbState("foreign", reason="not a regular file")
    try:
        with open(db, "rb") as f:
            head = f.read(4096)
    except OSError as exc:
        return DbState("damaged", reason=exc.strerror or str(exc))
    if len(head) >= 12 and head[8:12] != _DUCKDB_MAGIC and head.strip(b"\0"):
        return DbState("foreign", reason="not a DuckDB database file")
    return None


def _first_line(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


def set_aside(db: Path) -> Path:
    """Move a damaged database (and its WAL, if any) aside as ``<name>.damaged-<UTC time>``; return the new
    path. The caller holds the build lock."""
    stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
    aside = db.with_name(f"{db.name}.damaged-{stamp}")
    os.replace(db, aside)
    wal = db.with_name(db.name + ".wal")
    if wal.exists():
        os.replace(wal, aside.with_name(aside.name + ".wal"))
    return aside


# the libraries that turn the stored tables into the frames readers get (a reader skips the frame check of a
# database whose fingerprint is current: dataset.load)
_LIBRARIES = (("pandas", pd.__version__), ("duckdb", duckdb.__version__))
_CODE_DIRS = ("warehouse",)                     # packages whose code shapes the database
_CODE_FILES = ("domain.py", "paths.py", "io/batch_store.py")


def source_files(reference_dir: Path | None = None) -> list[Path]:
    """Every file the build reads: the reference folder (CSVs, GeoJSON, indicators), the framework folder,
    the SQL schema, the code that turns them into tables, and the active import batches."""
    ref = Path(reference_dir or paths.reference_dir())
    pkg = Path(__file__).resolve().parents[1]                      # analytics/
    files = [p for p in ref.rglob("*") if p.is_file()]
    files += [p for p in paths.framework_dir().rglob("*") if p.is_file()]
    for d in _CODE_DIRS:
        files += [p for p in (pkg / d).rglob("*") if p.is_file() and p.suffix in (".py", ".sql")]
    files += [pkg / f for f in _CODE_FILES]
    imports = paths.imports_dir()
    if imports.exists():   # not the journal, half-written stages or temp files (anything under a dot name)
        files += [p for p in imports.rglob("*") if p.is_file()
                  and not any(part.startswith(".") for part in p.relative_to(imports).parts)]
    return sorted(set(files))


def fingerprint(reference_dir: Path | None = None, *, seed: int = synthetic.DEFAULT_SEED) -> str:
    """sha256 over the content of every file the build reads (:func:`source_files`), their names, the
    synthetic seed and the domain constants the SQL checks use. Stored in ``build_info``: a database built
    from other inputs or by other code has another fingerprint and is rebuilt."""
    h = hashlib.sha256()
    ref = Path(reference_dir or paths.reference_dir())
    roots = {"reference": ref, "framework": paths.framework_dir(), "code": Path(__file__).resolve().parents[1],
             "imports": paths.imports_dir()}

    def key(p: Path) -> str:                     # where the file sits, not where the folder is
        for role, root in roots.items():
            if p.is_relative_to(root):
                return f"{role}/{p.relative_to(root).as_posix()}"
        return p.as_posix()

    for p in sorted(source_files(ref), key=key):
        h.update(key(p).encode() + b"\0")
        try:
            h.update(hashlib.sha256(p.read_bytes()).digest())
        except OSError:
            h.update(b"<unreadable>")
    h.update(repr((seed, sorted(domain.sql_constants().items()), _LIBRARIES)).encode())
    return h.hexdigest()


def stored_fingerprint(db: Path) -> str | None:
    """The fingerprint the database at ``db`` was built with (None when it cannot be read)."""
    return inspect(db).fingerprint


def _journal():
    from analytics.io.imports import journal
    return journal


def file_state(path: Path) -> tuple:
    """What changes when a file is written, replaced or moved: (path, inode, size, mtime, ctime). OSError when
    it is missing."""
    st = os.stat(path)
    return (str(path), st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)


_FINGERPRINT_MEMO: dict[str, tuple[tuple, str]] = {}   # reference dir → (its files' states, fingerprint)
_CURRENT: dict[str, tuple] = {}                         # db path → (its state, fingerprint) last found current


def current_fingerprint(reference_dir: Path | None = None) -> str:
    """:func:`fingerprint`, recomputed only when a source file was added, removed or changed since the last call
    (hashing every input takes ≈ 10 ms; the app asks at the start of every run)."""
    ref = Path(reference_dir or paths.reference_dir())
    try:
        states = (tuple(file_state(p) for p in source_files(ref)), repr(sorted(domain.sql_constants().items())))
    except OSError:                     # a file vanished while listing: just compute
        return fingerprint(ref)
    hit = _FINGERPRINT_MEMO.get(str(ref))
    if hit is not None and hit[0] == states:
        return hit[1]
    value = fingerprint(ref)
    _FINGERPRINT_MEMO[str(ref)] = (states, value)
    return value


def needs_build(db: Path | None = None) -> bool:
    """True when the database is missing, unreadable, or was built from other inputs or code (see
    :func:`fingerprint`), or when an import or rollback was interrupted (its journal is pending).

    The app asks this at the start of every run, and opening the database takes ≈ 75 ms: a file found current
    is not opened again while it stays in the same state (:func:`file_state`: a rebuild swaps in a new file, an
    edit changes its size or times) and the inputs keep their fingerprint. Only "current" is remembered: a
    verdict read while DuckDB still served a replaced file to this process (it does while any connection to it
    is open) can only be a stale "rebuild", which is looked at again on the next call."""
    db = Path(db or paths.db_path())
    if not db.exists() or _journal().pending(paths.imports_dir()) is not None:
        return True
    fp = current_fingerprint()
    try:
        key = (file_state(db), fp)
    except OSError:
        return True
    if _CURRENT.get(str(db)) == key:
        return False
    state = inspect(db)
    if state.status == "ok" and state.fingerprint == fp:
        _CURRENT[str(db)] = key
        return False
    return True


def interrupted(db: Path | None = None) -> bool:
    """An import or rollback was interrupted (its journal is pending), or a write left temporary files: what
    :func:`ensure_ready` settles before anything may read the database."""
    db = Path(db or paths.db_path())
    return (_journal().pending(paths.imports_dir()) is not None
            or bool(_journal().temp_files(db, paths.imports_dir())))


def needs_attention(db: Path | None = None) -> bool:
    """:func:`interrupted` (a pending journal or temporary files) or :func:`needs_build`."""
    db = Path(db or paths.db_path())
    return interrupted(db) or needs_build(db)


@contextlib.contextmanager
def build_lock(db: Path):
    """An exclusive lock (``filelock``) so two processes (or two app sessions) never build at once. The
    database's folder must exist: no folder is ever created for it."""
    db = Path(db)
    if not db.parent.is_dir():
        raise FileNotFoundError(f"folder {db.parent} does not exist (create it first, or choose another path)")
    from filelock import FileLock                   # here, not at the top: a read that needs no build skips it
    with FileLock(str(db.with_name(db.name + ".lock"))):
        yield


def _recover(db: Path) -> tuple[str, ...]:
    """Settle an interrupted import or rollback and remove temporary files (caller holds the lock)."""
    return tuple(_journal().recover(db, paths.imports_dir()))


def schema_sql() -> list[str]:
    """The SQL schema files, in order, with the domain model's constants filled in (``${name}``)."""
    values = domain.sql_constants()
    return [string.Template(f.read_text(encoding="utf-8")).substitute(values)
            for f in sorted(paths.SQL_DIR.glob("*.sql"))]


def assemble(reference_dir: Path | None = None, *, seed: int = synthetic.DEFAULT_SEED) -> dict[str, pd.DataFrame]:
    """Load, check and derive every table's rows (no database yet)."""
    ref = Path(reference_dir or paths.reference_dir())
    frames = load_reference(ref)
    contract.check_frames(frames)
    contract.check_open_framework(frames, paths.framework_dir() / contract.OPEN_FRAMEWORK_FILE)
    from analytics.warehouse import geometry        # shapely: only a build needs it, not every CLI read
    frames.update(geometry.load_shapes(ref, frames))

    cohorts = frames["programme_cohort"].assign(source="reference")
    participation = cohorts.groupby("region_code", as_index=False)["cohort_year"].min()
    pillars = frames["pillar"].sort_values("ordinal")["code"].tolist()
    published = frames["published_pillar_score"].assign(source="published")
    scores = synthetic.generate_scores(frames["region"], participation, pillars, seed=seed, anchors=published)
    key = ["region_code", "year", "pillar"]
    scores = pd.concat([scores.merge(published[key], on=key, how="left", indicator=True)
                        .query("_merge == 'left_only'").drop(columns="_merge"),
                        published[key + ["score", "source", "source_url"]]], ignore_index=True)

    batches, imp_scores, imp_cohorts = imports_store.load_active(paths.imports_dir(), frames)
    if len(imp_scores):
        scores = pd.concat([scores.merge(imp_scores[key], on=key, how="left", indicator=True)
                            .query("_merge == 'left_only'").drop(columns="_merge"), imp_scores],
                           ignore_index=True)
    if len(imp_cohorts):
        k2 = ["region_code", "cohort_year"]
        cohorts = pd.concat([cohorts.merge(imp_cohorts[k2], on=k2, how="left", indicator=True)
                             .query("_merge == 'left_only'").drop(columns="_merge"), imp_cohorts],
                            ignore_index=True)

    frames["indicator_value"] = frames["indicator_value"].rename(columns={"code": "region_code"})
    frames["programme_cohort"] = cohorts
    frames["evaluation_score"] = scores.sort_values(key).reset_index(drop=True)
    frames["import_batch"] = batches
    return frames


def _insert(con: duckdb.DuckDBPyConnection, table: str, df: pd.DataFrame) -> None:
    cols = _TABLE_COLUMNS[table]
    if df is None or len(df) == 0:
        return
    con.register("_frame", df[cols])
    con.execute(f"INSERT INTO {table} ({', '.join(cols)}) SELECT {', '.join(cols)} FROM _frame")
    con.unregister("_frame")


def build(db: Path | None = None, *, reference_dir: Path | None = None,
          seed: int = synthetic.DEFAULT_SEED, replace_foreign: bool = False,
          progress: Callable[[str], None] | None = None) -> BuildReport:
    """Build the warehouse at ``db`` atomically. Raises DataContractError (old database untouched), or
    :class:`ForeignFile` when ``db`` holds something that is not a DuckDB database (unless
    ``replace_foreign``: then it is moved aside like a damaged one). ``progress``: see :func:`_build_unlocked`."""
    db = Path(db or paths.db_path())
    with build_lock(db):
        recovered = _recover(db)
        report = _build_unlocked(db, reference_dir=reference_dir, seed=seed, replace_foreign=replace_foreign,
                                 progress=progress)
        from dataclasses import replace
        return replace(report, recovered=recovered)


def _prepare_target(db: Path, *, replace_foreign: bool) -> Path | None:
    """Before writing ``db``: a damaged database is moved aside (returned); a foreign file is refused."""
    state = inspect(db)
    if state.status == "foreign" and not replace_foreign:
        raise ForeignFile(f"{db} is not a DuckDB database ({state.reason}); it was left as it is — move it "
                          f"away or choose another path")
    if state.status in ("damaged", "foreign"):
        return set_aside(db)
    return None


# the stages of a build, in order, as :func:`build` reports them to a ``progress`` callback (the app shows them)
BUILD_STAGES = ("read", "write", "check", "swap")


def _build_unlocked(db: Path, *, reference_dir: Path | None, seed: int,
                    replace_foreign: bool = False, progress: Callable[[str], None] | None = None) -> BuildReport:
    """Assemble, write a temporary database, check it, swap it in. The caller holds the build lock. A damaged
    database at ``db`` is moved aside first (``BuildReport.set_aside``); a foreign file is refused.
    ``progress``: called with each of :data:`BUILD_STAGES` as it starts."""
    step = progress or (lambda stage: None)
    start = time.perf_counter()
    if db.exists() and (h := _header_state(db)) is not None and h.status == "foreign" and not replace_foreign:
        raise ForeignFile(f"{db} is not a DuckDB database ({h.reason}); it was left as it is — move it away or "
                          f"choose another path")
    step("read")
    frames = assemble(reference_dir, seed=seed)
    aside = _prepare_target(db, replace_foreign=replace_foreign)
    tmp = db.with_name(f".{db.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    build_id = uuid.uuid4().hex
    try:
        step("write")
        con = duckdb.connect(str(tmp))
        try:
            for sql in schema_sql():
                con.execute(sql)
            for table in _TABLE_COLUMNS:
                _insert(con, table, frames.get(table))
            con.execute("INSERT INTO build_info (built_at, synthetic_seed, generator, schema_version, fingerprint, "
                        "build_id) VALUES (?, ?, ?, ?, ?, ?)",
                        [dt.datetime.now(dt.timezone.utc).replace(tzinfo=None), seed,
                         synthetic.GENERATOR, SCHEMA_VERSION, fingerprint(reference_dir, seed=seed), build_id])
            step("check")
            contract.check_database(con)
            rows = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in _TABLE_COLUMNS}
            con.execute("CHECKPOINT")
        finally:
            con.close()
        # the frames every reader gets, read the way they read them and checked against their contracts
        # (frames.py) once, here: a reader of a database with the current fingerprint need not check again
        from analytics.warehouse import dataset
        dataset.load(tmp, validate=True)
        step("swap")
        os.replace(tmp, db)
    finally:
        tmp.unlink(missing_ok=True)
        Path(str(tmp) + ".wal").unlink(missing_ok=True)
    return BuildReport(db, time.perf_counter() - start, rows, build_id, set_aside=aside)


@dataclass(frozen=True)
class Readiness:
    """What :func:`ensure_ready` did: ``built`` (a build ran), ``set_aside`` (where a damaged database was
    moved), ``recovered`` (journal recovery, one line each)."""
    built: bool = False
    set_aside: Path | None = None
    recovered: tuple[str, ...] = ()


def ensure_ready(db: Path | None = None, *, progress: Callable[[str], None] | None = None) -> Readiness:
    """Make the database usable: settle an interrupted import or rollback, move a damaged (or foreign) file
    aside, and build when the database is missing or older than its sources. Cheap when nothing is needed.
    ``progress``: the build's stages (see :func:`_build_unlocked`)."""
    db = Path(db or paths.db_path())
    if not needs_attention(db):
        return Readiness()
    with build_lock(db):
        recovered = _recover(db)
        if not needs_build(db):  # another process built it while we waited, or recovery was enough
            return Readiness(False, None, recovered)
        report = _build_unlocked(db, reference_dir=None, seed=synthetic.DEFAULT_SEED, replace_foreign=True,
                                 progress=progress)
        return Readiness(True, report.set_aside, recovered)


def ensure_built(db: Path | None = None) -> bool:
    """Build the database if it is missing, damaged or older than its sources. Returns True if it built."""
    return ensure_ready(db).built
