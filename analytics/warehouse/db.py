"""Read-only access to the warehouse. The app never writes through this module.

Each query opens a read-only connection and closes it, so a rebuild (an atomic file swap) is picked up by
the next query and no connection holds the file open between reruns. A reader that needs several tables *and*
their version opens one connection and passes it as ``db`` (:func:`analytics.warehouse.dataset.load`): every
read on one connection sees the same file, and :func:`build_id` on that connection names it.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd

from analytics import paths

Source = Path | str | duckdb.DuckDBPyConnection | None


def connect(db: Path | str | None = None) -> duckdb.DuckDBPyConnection:
    return duckdb.connect(str(db or paths.db_path()), read_only=True)


def query(sql: str, params: list | None = None, db: Source = None) -> pd.DataFrame:
    """Run ``sql`` on ``db``: an open connection (used as is), or a path (opened read-only for this query)."""
    if isinstance(db, duckdb.DuckDBPyConnection):
        return db.execute(sql, params or []).df()
    with connect(db) as con:
        return con.execute(sql, params or []).df()


def build_id(db: Source = None) -> str:
    """The id of the build the database (or open connection) holds: unique per build, stored in build_info.
    A cache keyed on it can never pair one build's key with another build's data *if* the data is read on
    the same connection (see :func:`analytics.warehouse.dataset.load`)."""
    return str(query("SELECT build_id FROM build_info", db=db).iloc[0, 0])


def file_build_id(db: Path | str | None = None) -> str:
    """The build id stored in the file now at ``db``, read through a new in-memory DuckDB with the file
    attached read-only. A plain :func:`connect` is not enough here: while any connection of this process is
    still open on a file that a rebuild replaced, DuckDB hands that OLD file to every new connection of the
    same path, so an id read that way could be remembered for the new file (ui.data keys it on the file's
    state)."""
    path = str(db or paths.db_path()).replace("'", "''")
    with duckdb.connect() as con:
        con.execute(f"ATTACH '{path}' AS kc_file (READ_ONLY)")
        return str(con.execute("SELECT build_id FROM kc_file.build_info").fetchone()[0])


def data_version(db: Source = None) -> str:
    """The data version for caches: the build id (was a file-stat token, which a still-open connection to the
    replaced file could contradict)."""
    return build_id(db)
