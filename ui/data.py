"""Cached access to the warehouse for the pages. Caches are keyed on the database file's version, so a
rebuild or an import invalidates them, and nothing is recomputed on an unrelated widget change."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from analytics.warehouse import build

from analytics.warehouse import db

from analytics.warehouse import read as warehouse


@st.cache_resource(show_spinner=False)
def _ensure_database_once() -> None:
    build.ensure_built()


def ensure_database() -> None:
    """Build the database on first start (or when it is older than its sources), with feedback."""
    from .i18n import t
    if build.needs_build():
        with st.spinner(t("app.building")):
            build.ensure_built()
    else:
        _ensure_database_once()


def version() -> str:
    return db.data_version()


@st.cache_data(show_spinner=False)
def _read(name: str, data_version: str) -> pd.DataFrame:
    return getattr(warehouse, name)()


def regions() -> pd.DataFrame:
    return _read("regions", version())


def reported_figures() -> pd.DataFrame:
    return _read("reported_figures", version())


def ascn_cities() -> pd.DataFrame:
    return _read("ascn_cities", version())


@st.cache_data(show_spinner=False)
def _dataset(data_version: str):
    from analytics.warehouse.dataset import load
    return load()


def dataset():
    """The whole Dataset (analytics.warehouse.dataset), cached per database version."""
    return _dataset(version())


def build_info() -> dict:
    """build_info row of the warehouse (built_at, synthetic_seed, generator, schema_version)."""
    return _read("build_info", version())
