"""Province polygons for the map, with coverage and mean maturity aggregated per polygon (pure, no UI).

The simplified Natural Earth file (``data/reference/provinces_simplified.geojson``) draws 33 polygons for the 38
provinces: a polygon may stand for several provinces (property ``province_codes_covered``; e.g. Papua 91 covers
91, 93, 94 and 95). Such a polygon aggregates all the provinces it covers, and says so (``covers_several`` and
``covered_names``) so the map's tooltip can tell the user.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd

from analytics import paths
from analytics.summaries.coverage import participating

POLYGON_COLUMNS = ["map_polygon_code", "name", "province_codes_covered", "covered_names", "n_provinces",
                   "covers_several", "regions_in_scope", "regions_participating", "region_share",
                   "population_in_scope", "population_reached", "population_share", "regions_scored",
                   "mean_index_100"]


@lru_cache(maxsize=4)
def _read(path: str, mtime_ns: int) -> dict:
    return json.loads(Path(path).read_text(encoding="utf-8"))


def load_polygons(path: str | Path | None = None) -> dict:
    """The province polygons as a GeoJSON FeatureCollection (cached per file version; do not mutate)."""
    p = Path(path) if path is not None else paths.geojson_path()
    return _read(str(p), p.stat().st_mtime_ns)


@lru_cache(maxsize=8)
def _web(path: str, mtime_ns: int, tolerance: float, decimals: int) -> dict:
    import shapely
    from shapely.geometry import mapping, shape
    src = _read(path, mtime_ns)
    geoms = [shape(f["geometry"]) for f in src["features"]]
    if tolerance > 0:
        geoms = list(shapely.coverage_simplify(geoms, tolerance))
    geoms = [shapely.make_valid(shapely.set_precision(g, 10 ** -decimals)) for g in geoms]
    return {"type": "FeatureCollection",
            "features": [{"type": "Feature", "properties": f["properties"],
                          "geometry": round_coordinates(mapping(g), decimals)}
                         for f, g in zip(src["features"], geoms)]}


def web_polygons(tolerance: float = 0.03, decimals: int = 3, path: str | Path | None = None) -> dict:
    """The province polygons simplified further for a national web map (``tolerance`` degrees, shared borders
    kept shared by ``shapely.coverage_simplify``; coordinates to ``decimals``). 0.03° ≈ 3 km, under a pixel at
    the national zoom. Cached; do not mutate."""
    p = Path(path) if path is not None else paths.geojson_path()
    return _web(str(p), p.stat().st_mtime_ns, float(tolerance), int(decimals))


def polygon_table(geojson: dict) -> pd.DataFrame:
    """One row per polygon: map_polygon_code, name, province_codes_covered (tuple)."""
    rows = [{"map_polygon_code": str(f["properties"]["map_polygon_code"]), "name": f["properties"].get("name"),
             "province_codes_covered": tuple(str(c) for c in f["properties"].get("province_codes_covered")
                                             or [f["properties"]["map_polygon_code"]])}
            for f in geojson["features"]]
    return pd.DataFrame(rows)


def polygon_summary(regions: pd.DataFrame, as_of: int, maturity: pd.DataFrame | None = None,
                    geojson: dict | None = None, province_names: Mapping[str, str] | None = None) -> pd.DataFrame:
    """Coverage (and mean maturity index, 0–100) per map polygon, aggregating every province a polygon covers.

    ``regions``: region_dim rows (possibly filtered; polygons without regions in scope get zero counts and
    NaN shares). ``maturity``: optional frame with ``code`` and ``index_100`` (e.g. summaries.maturity_summary);
    its mean is taken over the scored regions of the polygon. ``province_names``: code → name for
    ``covered_names`` (default: the names in ``regions``; pass all 38 when ``regions`` is filtered).
    Columns: :data:`POLYGON_COLUMNS`.
    """
    geojson = geojson if geojson is not None else load_polygons()
    polys = polygon_table(geojson)
    cover = polys.explode("province_codes_covered").rename(columns={"province_codes_covered": "province_code"})
    part = participating(regions, as_of)
    df = pd.DataFrame({
        "province_code": regions["province_code"].astype(str),
        "in_scope": 1, "part": part.astype(int),
        "pop": regions["population"].astype("int64"),
        "pop_part": regions["population"].where(part, 0).astype("int64"),
    })
    idx = pd.Series(np.nan, index=regions.index)
    if maturity is not None and not maturity.empty and "index_100" in maturity:
        idx = regions["code"].map(maturity.drop_duplicates("code").set_index("code")["index_100"]).astype(float)
    df["idx"] = idx.to_numpy()
    df["scored"] = df["idx"].notna().astype(int)
    per_prov = df.groupby("province_code").agg(in_scope=("in_scope", "sum"), part=("part", "sum"),
                                               pop=("pop", "sum"), pop_part=("pop_part", "sum"),
                                               scored=("scored", "sum"), idx_sum=("idx", "sum"))
    if province_names is not None:
        names = pd.Series(dict(province_names), dtype=object)
        names.index = names.index.astype(str)
    elif "province_name" in regions:
        names = regions.drop_duplicates("province_code").set_index("province_code")["province_name"]
    else:
        names = pd.Series(dtype=object)
    cover = cover.join(per_prov, on="province_code")
    cover["prov_name"] = cover["province_code"].map(names)
    g = cover.groupby("map_polygon_code", sort=False)
    agg = g[["in_scope", "part", "pop", "pop_part", "scored", "idx_sum"]].sum(min_count=0).fillna(0)
    out = polys.set_index("map_polygon_code").join(agg)
    out["covered_names"] = g["prov_name"].agg(lambda s: ", ".join(n for n in s.dropna())).reindex(out.index)
    out["n_provinces"] = out["province_codes_covered"].map(len)
    out["covers_several"] = out["n_provinces"] > 1
    with np.errstate(invalid="ignore", divide="ignore"):
        out["region_share"] = np.where(out["in_scope"] > 0, out["part"] / out["in_scope"].where(out["in_scope"] > 0), np.nan)
        out["population_share"] = np.where(out["pop"] > 0, out["pop_part"] / out["pop"].where(out["pop"] > 0), np.nan)
        out["mean_index_100"] = np.where(out["scored"] > 0, out["idx_sum"] / out["scored"].where(out["scored"] > 0),
                                         np.nan)
    out = out.rename(columns={"in_scope": "regions_in_scope", "part": "regions_participating",
                              "pop": "population_in_scope", "pop_part": "population_reached",
                              "scored": "regions_scored"}).reset_index()
    for c in ("regions_in_scope", "regions_participating", "population_in_scope", "population_reached",
              "regions_scored"):
        out[c] = out[c].astype("int64")
    out["province_codes_covered"] = out["province_codes_covered"].map(lambda t: ",".join(t))
    return out[POLYGON_COLUMNS].sort_values("map_polygon_code", kind="stable").reset_index(drop=True)


def round_coordinates(geometry: dict, decimals: int = 3) -> dict:
    """A copy of a GeoJSON geometry with coordinates rounded (3 decimals ≈ 100 m: plenty for a national map)."""
    def rnd(c):
        if isinstance(c, (int, float)):
            return round(float(c), decimals)
        return [rnd(x) for x in c]
    return {"type": geometry["type"], "coordinates": rnd(list(geometry["coordinates"]))}


def polygon_features(summary: pd.DataFrame, geojson: dict | None = None, *, decimals: int = 3,
                     properties: pd.DataFrame | None = None) -> dict:
    """A FeatureCollection with each polygon's geometry (rounded) and the columns of ``properties`` (default:
    ``summary``) as its properties, joined on ``map_polygon_code``. Polygons missing from it are left out."""
    geojson = geojson if geojson is not None else load_polygons()
    props = (properties if properties is not None else summary).set_index("map_polygon_code")
    feats = []
    for f in geojson["features"]:
        code = str(f["properties"]["map_polygon_code"])
        if code not in props.index:
            continue
        row = {k: _plain(v) for k, v in props.loc[code].items()}
        row["map_polygon_code"] = code
        feats.append({"type": "Feature", "properties": row, "geometry": round_coordinates(f["geometry"], decimals)})
    return {"type": "FeatureCollection", "features": feats}


def _plain(v):
    """JSON-friendly scalar (numpy → Python, NaN → None)."""
    if isinstance(v, (np.integer,)):
        return int(v)
    if isinstance(v, (np.floating, float)):
        return None if np.isnan(v) else float(v)
    if isinstance(v, (np.bool_,)):
        return bool(v)
    if v is pd.NA:
        return None
    return v
