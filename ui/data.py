"""Cached access to the warehouse for the pages.

Caches are keyed on the **build id** (``build_info.build_id``), read from the database itself: a rebuild or
an import gives a new id, and nothing is recomputed on an unrelated widget change. The id a script run uses is
read once, at its first use in the run (:func:`version`), and the :class:`~analytics.warehouse.dataset.Dataset`
for it is loaded on ONE connection that also reads the id (:func:`analytics.warehouse.dataset.load`), so a cache
entry never pairs one build's key with another build's data, even while a rebuild swaps the file underneath
(a still-open connection keeps serving the old file: its id says so).
"""

from __future__ import annotations

import logging

import duckdb
import pandas as pd
import streamlit as st

from analytics import paths
from analytics.warehouse import build
from analytics.warehouse import db

log = logging.getLogger("kota_cerdas.data")
_RUN = "_kc_data_run"      # session_state: {"v": build id} for the current script run, reset by ensure_database


def ensure_database() -> None:
    """At the start of every run (app.py): settle an interrupted import or rollback, move a damaged database
    aside and rebuild it from data/ (with a clear message), or build it on first start — with feedback.
    Starts a new run's data version."""
    from .i18n import t
    from .safe import plain
    st.session_state[_RUN] = {}
    if not build.needs_attention():
        return
    with st.status(t("app.building"), expanded=True) as status:     # a first build takes a while: its stages
        ready = build.ensure_ready(progress=lambda stage: status.write(t(f"progress.build.{stage}")))
        status.update(label=t("progress.done"), state="complete", expanded=False)
    for line in ready.recovered:
        log.warning("import journal recovery: %s", line)
    if ready.set_aside is not None:
        log.error("the database could not be read; it was moved to %s and rebuilt from the data folder",
                  ready.set_aside)
        st.warning(t("app.db_repaired", kept=plain(ready.set_aside.name)), icon=":material/build:")
    if ready.recovered:
        st.info(t("app.import_recovered"), icon=":material/history:")


def version() -> str:
    """The build id this run reads (read from the database at its first use in the run)."""
    run = st.session_state.get(_RUN)
    if isinstance(run, dict) and "v" in run:
        return run["v"]
    v = _build_id()
    if isinstance(run, dict):
        run["v"] = v
    return v


def _build_id() -> str:
    """The build id this process's connections see, read once per state of the file (:func:`build.file_state`:
    a rebuild or an import swaps the file, so the next run reads again) instead of opening the database on
    every run (≈ 40 ms).

    It must be the id :func:`dataset`'s read will see, so it is read like that read (a plain connection: while
    a connection to a replaced file is still open, DuckDB serves the OLD file to this process). It is
    remembered only when the file itself holds that id (read again through a fresh instance,
    ``db.file_build_id``): an id read off a still-open old file is never kept for the new file."""
    path = paths.db_path()
    try:
        key = build.file_state(path)
    except OSError:
        return db.build_id()
    if (hit := _IDS.get(key)) is not None:
        return hit
    v = db.build_id()
    if db.file_build_id(path) == v:
        if len(_IDS) >= 8:
            _IDS.clear()
        _IDS[key] = v
    return v


_IDS: dict[tuple, str] = {}      # file state → the build id read from it


class _Moved(Exception):
    """The database was rebuilt between reading its id and loading it; carries what was loaded."""

    def __init__(self, ds):
        super().__init__(ds.build_id)
        self.ds = ds


@st.cache_resource(show_spinner=False, max_entries=4)
def _dataset(data_version: str):
    from analytics.warehouse.dataset import load
    ds = load()
    if ds.build_id != data_version:
        raise _Moved(ds)        # never cached under a key that is not its own
    return ds


def dataset():
    """The whole Dataset (analytics.warehouse.dataset) of this run's build id, cached per build id. A read
    that fails on a damaged file (a block only a read reaches) repairs the database and reads again."""
    try:
        return _dataset(version())
    except _Moved as moved:           # rebuilt since this run began: go on with the newer build
        run = st.session_state.get(_RUN)
        if isinstance(run, dict):
            run["v"] = moved.ds.build_id
        return moved.ds
    except duckdb.Error as exc:
        if isinstance(exc, duckdb.CatalogException):
            raise
        _repair_after(exc)
        st.session_state[_RUN] = {}
        return _dataset(version())


def _repair_after(exc: Exception) -> None:
    from .i18n import t
    from .safe import plain
    log.error("reading the database failed (%s: %s); checking it", type(exc).__name__, exc)
    ready = build.repair()
    if ready.set_aside is None:
        raise exc
    log.error("the database could not be read; it was moved to %s and rebuilt from the data folder",
              ready.set_aside)
    st.warning(t("app.db_repaired", kept=plain(ready.set_aside.name)), icon=":material/build:")


def regions() -> pd.DataFrame:
    return dataset().regions


def reported_figures() -> pd.DataFrame:
    return dataset().reported


def ascn_cities() -> pd.DataFrame:
    return dataset().ascn


def build_info() -> dict:
    """build_info row of the warehouse (built_at, synthetic_seed, generator, schema_version, fingerprint,
    build_id)."""
    return dict(dataset().build_info)
