"""Typed readers of the polygons the build checked and stored (``region_shape``, ``province_shape``; see
:mod:`analytics.warehouse.geometry`), as GeoDataFrames in WGS84. Read-only, like every other reader."""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd
import shapely

from analytics.warehouse.db import query

CRS = "EPSG:4326"


def _shapes(table: str, db: Path | None) -> gpd.GeoDataFrame:
    df = query(f"SELECT code, wkb FROM {table} ORDER BY code", db=db)
    geoms = shapely.from_wkb(df["wkb"].map(bytes).to_numpy())
    return gpd.GeoDataFrame({"code": df["code"].astype(str)}, geometry=geoms, crs=CRS)


def region_shapes(db: Path | None = None) -> gpd.GeoDataFrame:
    """The 514 kab/kota polygons: ``code`` (Kemendagri ``PP.RR``) and ``geometry``, ordered by code."""
    return _shapes("region_shape", db)


def province_shapes(db: Path | None = None) -> gpd.GeoDataFrame:
    """The 38 province polygons (the regency coverage dissolved by province): ``code`` and ``geometry``."""
    return _shapes("province_shape", db)
