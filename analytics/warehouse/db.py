"""Read-only access to the warehouse. The app never writes through this module.

Each query opens a read-only connection and closes it, so a rebuild (an atomic file swap) is picked up by
the next query and no connection holds the file open between reruns.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd

from analytics import paths


def connect(db: Path | None = None) -> duckdb.DuckDBPyConnection:
    return duckdb.connect(str(db or paths.db_path()), read_only=True)


def query(sql: str, params: list | None = None, db: Path | None = None) -> pd.DataFrame:
    with connect(db) as con:
        return con.execute(sql, params or []).df()


def data_version(db: Path | None = None) -> str:
    """A token that changes whenever the database file is replaced (for caches keyed on the data)."""
    st = Path(db or paths.db_path()).stat()
    return f"{st.st_mtime_ns}-{st.st_size}-{st.st_ino}"
