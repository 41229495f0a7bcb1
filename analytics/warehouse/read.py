"""Typed readers of the mart views: the only place pages get data from (through their cache)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from analytics.warehouse.db import query


def regions(db: Path | None = None) -> pd.DataFrame:
    """region_dim: 514 rows, one per kabupaten/kota, with province, island group and participation."""
    df = query("SELECT * FROM region_dim ORDER BY code", db=db)
    df["cohort_year"] = df["cohort_year"].astype("Int64")
    return df


def provinces(db: Path | None = None) -> pd.DataFrame:
    return query("SELECT * FROM province ORDER BY code", db=db)


def pillars(db: Path | None = None) -> pd.DataFrame:
    return query("SELECT * FROM pillar ORDER BY ordinal", db=db)


def scores_long(db: Path | None = None) -> pd.DataFrame:
    return query("SELECT * FROM score_long ORDER BY region_code, year, pillar_ordinal", db=db)


def cohorts(db: Path | None = None) -> pd.DataFrame:
    return query("SELECT * FROM programme_cohort ORDER BY cohort_year, region_code", db=db)


def reported_figures(db: Path | None = None) -> pd.DataFrame:
    return query("SELECT * FROM reported_figure ORDER BY figure, year", db=db)


def ascn_cities(db: Path | None = None) -> pd.DataFrame:
    return query("SELECT * FROM ascn_city ORDER BY joined_year, country_iso2, city", db=db)


def ascn_pilots(db: Path | None = None) -> pd.DataFrame:
    return query("SELECT * FROM ascn_pilot ORDER BY city, region_code", db=db)


def imd_ranks(db: Path | None = None) -> pd.DataFrame:
    return query("SELECT * FROM imd_rank ORDER BY city, year", db=db)


def published_results(db: Path | None = None) -> pd.DataFrame:
    return query("SELECT * FROM published_result ORDER BY region_code", db=db)


def indicator_catalogue(db: Path | None = None) -> pd.DataFrame:
    """indicator_dim: one row per indicator (catalogue + labels + years and regions covered)."""
    df = query("SELECT * FROM indicator_dim ORDER BY indicator", db=db)
    for c in ("direction", "first_year", "last_year", "regions", "n_values"):
        df[c] = df[c].astype("Int64")
    return df


def indicator_values(db: Path | None = None) -> pd.DataFrame:
    """indicator_value: region_code, year, indicator, value (long; a missing row is a missing value)."""
    df = query("SELECT region_code, year, indicator, value FROM indicator_value "
               "ORDER BY indicator, region_code, year", db=db)
    df["year"] = df["year"].astype("int64")
    return df


def build_info(db: Path | None = None) -> dict:
    return query("SELECT * FROM build_info", db=db).iloc[0].to_dict()
