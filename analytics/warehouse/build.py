"""Build the DuckDB warehouse from ``data/``: raw CSVs → staging tables → mart views.

The build is atomic and idempotent: it writes a new file beside the target, loads and checks everything
(:mod:`analytics.warehouse.contract`), and only then swaps it into place with ``os.replace``. If any check fails the
previous database is left exactly as it was and the error names the file, row and column.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import string
import time
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pandas as pd
from filelock import FileLock

from analytics import domain, paths

from analytics.warehouse import contract, geometry

from analytics.io import batch_store as imports_store

from analytics.warehouse import synthetic
from analytics.warehouse.spec import load_reference

SCHEMA_VERSION = 2

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
    "evaluation_score": ["region_code", "year", "pillar", "score", "source", "source_url"],
    "published_result": ["region_code", "year", "measure", "value", "national_rank", "note", "source_url"],
    "import_batch": ["batch_id", "file_name", "sha256", "score_rows", "cohort_rows", "imported_at", "imported_by"],
    "region_shape": ["code", "wkb"],
    "province_shape": ["code", "wkb"],
}


@dataclass(frozen=True)
class BuildReport:
    path: Path
    seconds: float
    rows: dict[str, int]


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
    if paths.imports_dir().exists():
        files += [p for p in paths.imports_dir().rglob("*") if p.is_file() and not p.name.startswith(".")]
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
    h.update(repr((seed, sorted(domain.sql_constants().items()))).encode())
    return h.hexdigest()


def stored_fingerprint(db: Path) -> str | None:
    """The fingerprint the database at ``db`` was built with (None when it cannot be read)."""
    try:
        with duckdb.connect(str(db), read_only=True) as con:
            return con.execute("SELECT fingerprint FROM build_info").fetchone()[0]
    except Exception:  # noqa: BLE001 - an old schema, a damaged or foreign file: rebuild
        return None


def needs_build(db: Path | None = None) -> bool:
    """True when the database is missing or was built from other inputs or code (see :func:`fingerprint`)."""
    db = Path(db or paths.db_path())
    if not db.exists():
        return True
    return stored_fingerprint(db) != fingerprint()


@contextlib.contextmanager
def build_lock(db: Path):
    """An exclusive lock (``filelock``) so two processes (or two app sessions) never build at once."""
    db.parent.mkdir(parents=True, exist_ok=True)
    with FileLock(str(db.with_name(db.name + ".lock"))):
        yield


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
          seed: int = synthetic.DEFAULT_SEED) -> BuildReport:
    """Build the warehouse at ``db`` atomically. Raises DataContractError (old database untouched)."""
    db = Path(db or paths.db_path())
    with build_lock(db):
        return _build_unlocked(db, reference_dir=reference_dir, seed=seed)


def _build_unlocked(db: Path, *, reference_dir: Path | None, seed: int) -> BuildReport:
    start = time.perf_counter()
    frames = assemble(reference_dir, seed=seed)
    tmp = db.with_name(f".{db.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    try:
        con = duckdb.connect(str(tmp))
        try:
            for sql in schema_sql():
                con.execute(sql)
            for table in _TABLE_COLUMNS:
                _insert(con, table, frames.get(table))
            con.execute("INSERT INTO build_info VALUES (?, ?, ?, ?, ?)",
                        [dt.datetime.now(dt.timezone.utc).replace(tzinfo=None), seed,
                         synthetic.GENERATOR, SCHEMA_VERSION, fingerprint(reference_dir, seed=seed)])
            contract.check_database(con)
            rows = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in _TABLE_COLUMNS}
            con.execute("CHECKPOINT")
        finally:
            con.close()
        os.replace(tmp, db)
    finally:
        tmp.unlink(missing_ok=True)
        Path(str(tmp) + ".wal").unlink(missing_ok=True)
    return BuildReport(db, time.perf_counter() - start, rows)


def ensure_built(db: Path | None = None) -> bool:
    """Build the database if it is missing or older than its sources. Returns True if it built."""
    db = Path(db or paths.db_path())
    if not needs_build(db):
        return False
    with build_lock(db):
        if not needs_build(db):  # another process built it while we waited
            return False
        _build_unlocked(db, reference_dir=None, seed=synthetic.DEFAULT_SEED)
        return True
