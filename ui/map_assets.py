"""The map geometry delivered once: the web GeoJSON of the regencies, the provinces and the province borders,
written under ``static/map/`` (served by Streamlit at ``app/static/map/…`` with ``server.enableStaticServing``)
with the content's hash in the file name, so the browser fetches each file once, keeps it, and every rerun
sends only colours and tooltip lines.

The files are derived from the polygons the build checked and stored (``region_shape``), so they change only
when the data does. When static serving is off or the folder cannot be written, the same FeatureCollections go
inline in the deck instead (bigger, but the map still draws).
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

import geopandas as gpd
import pandas as pd
import shapely
import streamlit as st

from analytics import paths
from analytics.summaries import geo_layers
from analytics.warehouse import geo

from . import data

STATIC_DIR = paths.REPO_ROOT / "static" / "map"
URL_PREFIX = "app/static/map/"          # relative: works under any server.baseUrlPath
KEEP_VERSIONS = 4


@dataclass(frozen=True)
class MapAssets:
    regions: str | dict          # URL of the regency GeoJSON, or the FeatureCollection inline
    provinces: str | dict        # the 38 provinces (dissolved from the same simplified coverage)
    borders: str | dict          # province borders between provinces (lines; the coast is the regions' edge)
    region_order: tuple[str, ...]
    province_order: tuple[str, ...]
    shapes: gpd.GeoDataFrame     # the stored regency polygons (code, geometry), for extents
    web: gpd.GeoDataFrame        # the simplified ones (code, province_code, geometry), for one highlighted region
    sizes: dict[str, int]        # bytes of each file (for the benchmark and the tests)
    region_points: pd.DataFrame  # a point inside each regency (code, lon, lat), for name labels
    province_points: pd.DataFrame

    @property
    def static(self) -> bool:
        return isinstance(self.regions, str)


def _static_on() -> bool:
    """Static serving is on and a server will serve the files (not under AppTest, which serves nothing)."""
    from streamlit import config
    try:
        return bool(config.get_option("server.enableStaticServing")) and not config.get_option("global.appTest")
    except Exception:  # noqa: BLE001 - no runtime config
        return False


def _publish(name: str, text: str) -> str | None:
    """Write ``text`` as ``static/map/<name>-<hash>.geojson`` (atomically, once) and return its URL; None when
    the folder cannot be written. Versions beyond the newest :data:`KEEP_VERSIONS` are removed."""
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
    target = STATIC_DIR / f"{name}-{digest}.geojson"
    try:
        STATIC_DIR.mkdir(parents=True, exist_ok=True)
        if target.exists():
            target.touch()                                   # in use: newest
        else:
            fd, tmp = tempfile.mkstemp(dir=STATIC_DIR, prefix=f".{name}-", suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(text)
            os.chmod(tmp, 0o644)                                 # mkstemp makes it private
            os.replace(tmp, target)
        # keep the newest few versions (another server on other data may be using one), drop the rest
        versions = sorted(STATIC_DIR.glob(f"{name}-*.geojson"), key=lambda f: f.stat().st_mtime, reverse=True)
        for old in versions[KEEP_VERSIONS:]:
            if old != target:
                old.unlink(missing_ok=True)
    except OSError:
        return None
    return URL_PREFIX + target.name


def build_assets(regions: pd.DataFrame, provinces: pd.DataFrame, *, publish: bool) -> MapAssets:
    """Compute the web geometry (pure apart from writing the static files when ``publish``)."""
    shapes = geo.region_shapes()
    web = geo_layers.simplify_coverage(shapes.sort_values("code").reset_index(drop=True))
    web["province_code"] = web["code"].str[:2]
    reg_fc = geo_layers.web_regions(web, regions, tolerance=0)           # simplified once, above
    prov = province_coverage(web)
    prov_fc = geo_layers.web_provinces(prov, provinces, tolerance=0)     # already simplified with the regencies
    borders = geo_layers.feature_collection(province_borders(prov))
    texts = {"regions": geo_layers.dumps(reg_fc), "provinces": geo_layers.dumps(prov_fc),
             "borders": geo_layers.dumps(borders)}
    out: dict[str, str | dict] = {"regions": reg_fc, "provinces": prov_fc, "borders": borders}
    if publish:
        urls = {k: _publish(k, v) for k, v in texts.items()}
        if all(urls.values()):
            out = urls
    return MapAssets(out["regions"], out["provinces"], out["borders"],
                     tuple(f["properties"]["code"] for f in reg_fc["features"]),
                     tuple(f["properties"]["code"] for f in prov_fc["features"]),
                     shapes, web, {k: len(v.encode("utf-8")) for k, v in texts.items()},
                     geo_layers.label_points(web), geo_layers.label_points(prov))


def province_coverage(web: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """The provinces as the union of their (simplified) regencies: ``shapely.coverage_union_all`` per province,
    so province edges are exactly the regencies' edges."""
    groups = web.groupby(web["code"].str[:2], sort=True)
    return gpd.GeoDataFrame({"code": list(groups.groups)},
                            geometry=[shapely.coverage_union_all(g.geometry.to_numpy()) for _, g in groups],
                            crs=web.crs)


def province_borders(provinces: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """The lines two provinces share (not the coast): one row per pair of neighbours."""
    geoms = provinces.geometry.to_numpy()
    a, b = shapely.STRtree(geoms).query(geoms, predicate="intersects")
    rows = []
    for i, j in zip(a, b):
        if i < j:
            shared = shapely.intersection(geoms[i].boundary, geoms[j].boundary)
            parts = [g for g in shapely.get_parts(shared) if g.geom_type in ("LineString", "MultiLineString")]
            if parts:
                rows.append((provinces["code"].iloc[i], provinces["code"].iloc[j],
                             shapely.line_merge(shapely.union_all(parts))))
    return gpd.GeoDataFrame(pd.DataFrame(rows, columns=["a", "b", "geometry"]), geometry="geometry", crs=provinces.crs)


@st.cache_resource(show_spinner=False, max_entries=2)
def _assets(version: str, publish: bool) -> MapAssets:
    ds = data.dataset()
    return build_assets(ds.regions, ds.provinces, publish=publish)


def assets() -> MapAssets:
    """The map geometry for the current database (computed once per data version and process). The static
    files are rewritten if someone removed them."""
    a = _assets(data.version(), _static_on())
    if a.static and not all((STATIC_DIR / str(u).rsplit("/", 1)[-1]).exists()
                            for u in (a.regions, a.provinces, a.borders)):
        _assets.clear()
        a = _assets(data.version(), _static_on())
    return a


def region_feature(a: MapAssets, code: str) -> dict | None:
    """One region's simplified polygon as a FeatureCollection (to outline it), or None."""
    sel = a.web[a.web["code"] == code]
    if sel.empty:
        return None
    return geo_layers.feature_collection(sel[["code", "geometry"]])
