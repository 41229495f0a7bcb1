"""Where the project's files live. Environment variables let tests and deployments point elsewhere.

- ``KOTA_CERDAS_DATA_DIR``: the data folder (default ``<repo>/data``)
- ``KOTA_CERDAS_DB``: the DuckDB file (default ``<data>/smartcity.duckdb``)
- ``KOTA_CERDAS_IMPORTS_DIR``: analysts' imported batches (default ``<data>/imports``)
"""

from __future__ import annotations

import os
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
SQL_DIR = Path(__file__).resolve().parent / "warehouse" / "sql"


def data_dir() -> Path:
    return Path(os.environ.get("KOTA_CERDAS_DATA_DIR", REPO_ROOT / "data"))


def reference_dir() -> Path:
    return data_dir() / "reference"


def framework_dir() -> Path:
    return data_dir() / "framework"


def imports_dir() -> Path:
    env = os.environ.get("KOTA_CERDAS_IMPORTS_DIR")
    return Path(env) if env else data_dir() / "imports"


def db_path() -> Path:
    env = os.environ.get("KOTA_CERDAS_DB")
    return Path(env) if env else data_dir() / "smartcity.duckdb"

