"""Geometry for the maps (pure, no UI): web GeoJSON of the regency and province polygons, the box to show for
a set of regions, label points, and finding a region by name.

The polygons come from the warehouse (:mod:`analytics.warehouse.geo`: the build checked one valid polygon per
code). For the browser they are simplified *as a coverage* (``shapely.coverage_simplify`` moves shared borders
together, so neighbours still meet) and rounded; the print map (``viz.print_map``) uses them as stored.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from shapely.geometry import mapping

# the web geometry: 0.01° ≈ 1 km (about a pixel at a province's zoom), coordinates to 3 decimals (≈ 100 m)
WEB_TOLERANCE = 0.01
WEB_DECIMALS = 3
INDONESIA_BOUNDS = (94.8, -11.2, 141.2, 6.2)   # lon_min, lat_min, lon_max, lat_max


# ---------------------------------------------------------------------------------------------- web GeoJSON
def simplify_coverage(gdf: gpd.GeoDataFrame, tolerance: float = WEB_TOLERANCE,
                      decimals: int = WEB_DECIMALS) -> gpd.GeoDataFrame:
    """The polygons simplified together (shared borders stay shared) and snapped to ``decimals``; a polygon
    that would vanish keeps its unsimplified shape."""
    geoms = gdf.geometry.to_numpy()
    simple = shapely.coverage_simplify(geoms, tolerance) if tolerance > 0 else geoms
    simple = shapely.make_valid(shapely.set_precision(simple, 10 ** -decimals))
    simple = np.where(shapely.is_empty(simple), geoms, simple)
    simple = [_polygonal(g) for g in simple]
    return gpd.GeoDataFrame(gdf.drop(columns="geometry"), geometry=simple, crs=gdf.crs)


def _polygonal(g):
    """Only the polygon parts of a geometry (make_valid may return a collection with slivers as lines)."""
    if g.geom_type in ("Polygon", "MultiPolygon"):
        return g
    parts = [p for p in getattr(g, "geoms", []) if p.geom_type in ("Polygon", "MultiPolygon")]
    return shapely.union_all(parts) if parts else g


def round_coordinates(geometry: dict, decimals: int = WEB_DECIMALS) -> dict:
    """A copy of a GeoJSON geometry with coordinates rounded."""
    def rnd(c):
        if isinstance(c, (int, float)):
            return round(float(c), decimals)
        return [rnd(x) for x in c]
    return {"type": geometry["type"], "coordinates": rnd(list(geometry["coordinates"]))}


def feature_collection(gdf: gpd.GeoDataFrame, properties: pd.DataFrame | None = None,
                       decimals: int = WEB_DECIMALS) -> dict:
    """A GeoJSON FeatureCollection of ``gdf`` in its row order, with the columns of ``properties`` (same
    index; default: the non-geometry columns of ``gdf``) as each feature's properties."""
    props = properties if properties is not None else pd.DataFrame(gdf.drop(columns="geometry"))
    records = [{k: _plain(v) for k, v in r.items()} for r in props.to_dict(orient="records")]
    return {"type": "FeatureCollection",
            "features": [{"type": "Feature", "properties": p, "geometry": round_coordinates(mapping(g), decimals)}
                         for p, g in zip(records, gdf.geometry)]}


def dumps(collection: dict) -> str:
    """Compact JSON (no spaces), the form served to the browser."""
    return json.dumps(collection, separators=(",", ":"), ensure_ascii=False)


def _plain(v):
    """JSON-friendly scalar (numpy → Python, NaN → None)."""
    if isinstance(v, np.integer):
        return int(v)
    if isinstance(v, (np.floating, float)):
        return None if np.isnan(v) else float(v)
    if isinstance(v, np.bool_):
        return bool(v)
    if v is pd.NA:
        return None
    return v


def class_key(code: str) -> str:
    """A CSS-safe key of a Kemendagri code ("35.10" → "c3510"; "35" → "p35")."""
    return ("c" if "." in str(code) else "p") + str(code).replace(".", "")


def web_regions(shapes: gpd.GeoDataFrame, regions: pd.DataFrame, *, tolerance: float = WEB_TOLERANCE,
                decimals: int = WEB_DECIMALS) -> dict:
    """The 514 regency polygons for the browser, in code order, with the properties that never change with a
    measure or a year: ``i`` (position: the colour of feature i is the i-th class of a run), ``code``, ``k``
    (:func:`class_key`), ``name`` and ``province`` (``regions``: region_dim)."""
    g = shapes.sort_values("code", kind="stable").reset_index(drop=True)
    reg = regions.set_index("code").reindex(g["code"])
    props = pd.DataFrame({"i": np.arange(len(g)), "code": g["code"], "k": g["code"].map(class_key),
                          "name": reg["name"].to_numpy(), "province": reg["province_name"].to_numpy()})
    return feature_collection(simplify_coverage(g, tolerance, decimals), props, decimals)


def web_provinces(shapes: gpd.GeoDataFrame, provinces: pd.DataFrame, *, tolerance: float = WEB_TOLERANCE,
                  decimals: int = WEB_DECIMALS) -> dict:
    """The 38 province polygons for the browser, in code order: ``i``, ``code``, ``k``, ``name``."""
    g = shapes.sort_values("code", kind="stable").reset_index(drop=True)
    names = dict(zip(provinces["code"].astype(str), provinces["name"]))
    props = pd.DataFrame({"i": np.arange(len(g)), "code": g["code"], "k": g["code"].map(class_key),
                          "name": g["code"].map(names)})
    return feature_collection(simplify_coverage(g, tolerance, decimals), props, decimals)


# ---------------------------------------------------------------------------------------------- extents, labels
def bounds(shapes: gpd.GeoDataFrame, codes: Iterable[str] | None = None) -> tuple[float, float, float, float]:
    """(lon_min, lat_min, lon_max, lat_max) of the polygons of ``codes`` (all Indonesia when None or empty)."""
    if codes is None:
        return INDONESIA_BOUNDS
    sel = shapes[shapes["code"].isin(set(codes))]
    if sel.empty:
        return INDONESIA_BOUNDS
    x0, y0, x1, y1 = sel.total_bounds
    return float(x0), float(y0), float(x1), float(y1)


def label_points(shapes: gpd.GeoDataFrame) -> pd.DataFrame:
    """A point inside each polygon (``shapely.point_on_surface``), for name labels: code, lon, lat."""
    pts = shapely.point_on_surface(shapes.geometry.to_numpy())
    return pd.DataFrame({"code": shapes["code"].to_numpy(), "lon": shapely.get_x(pts).round(4),
                         "lat": shapely.get_y(pts).round(4)})


# ---------------------------------------------------------------------------------------------- finding a region
# Indonesian type words before a name, and English ones after it ("Kabupaten Banyuwangi" = "Banyuwangi Regency")
_KABUPATEN_WORDS = ("kabupaten administrasi", "administrative regency", "kabupaten", "kab", "regency", "district")
_KOTA_WORDS = ("kota administrasi", "administrative city", "kotamadya", "kota", "city", "municipality", "kodya")
_PREFIXES = ("kabupaten administrasi ", "kota administrasi ", "kabupaten ", "kota ")
# compass words of Indonesian names, which English puts first ("Lombok Utara" = "North Lombok")
_DIRECTIONS = {"barat daya": "southwest", "barat laut": "northwest", "timur laut": "northeast",
               "tenggara": "southeast", "utara": "north", "selatan": "south", "barat": "west", "timur": "east",
               "tengah": "central", "hulu": "upper", "hilir": "lower"}
_ISLANDS = {"kepulauan": "islands"}


def normalise(text: str) -> str:
    """Case-, accent- and punctuation-insensitive form of a name ("Kab. Pangkajene-Kepulauan" →
    "kab pangkajene kepulauan")."""
    t = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode().casefold()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", t).split())


def core_name(name: str) -> str:
    """A region's name without its type word ("Kota Administrasi Jakarta Selatan" → "jakarta selatan")."""
    n = normalise(name)
    for p in _PREFIXES:
        if n.startswith(p):
            return n[len(p):]
    return n


def english_name(core: str) -> str:
    """The usual English form of an Indonesian core name: trailing compass words first, translated
    ("lombok utara" → "north lombok", "timor tengah selatan" → "south central timor"), "kepulauan x" →
    "x islands"."""
    words = core.split()
    front: list[str] = []
    while words:
        two = " ".join(words[-2:])
        if len(words) > 2 and two in _DIRECTIONS:
            front.append(_DIRECTIONS[two])
            words = words[:-2]
        elif len(words) > 1 and words[-1] in _DIRECTIONS:
            front.append(_DIRECTIONS[words[-1]])
            words = words[:-1]
        else:
            break
    tail = []
    if len(words) > 1 and words[0] in _ISLANDS:
        tail, words = [_ISLANDS[words[0]]], words[1:]
    return " ".join([*front, *words, *tail])


def _split_type(query: str) -> tuple[str, str | None]:
    """(the query without type words, the type they name or None)."""
    q = f" {normalise(query)} "
    kind = None
    for words, k in ((_KABUPATEN_WORDS, "kabupaten"), (_KOTA_WORDS, "kota")):
        for w in words:
            if f" {w} " in q:
                q = q.replace(f" {w} ", " ")
                kind = kind or k
    return " ".join(q.split()), kind


def find_regions(regions: pd.DataFrame, query: str, limit: int = 8) -> pd.DataFrame:
    """Regions whose name matches ``query``, best first: either language's spelling, with or without the type
    word ("Banyuwangi", "Kab. Banyuwangi", "Banyuwangi Regency", "North Lombok", "Kota Kediri" …), small typos
    forgiven. A type word in the query keeps only that type when it matches. Columns: code, name, type,
    province_name, score (1 = exact)."""
    import difflib
    q, kind = _split_type(query)
    empty = pd.DataFrame(columns=["code", "name", "type", "province_name", "score"])
    if not q:
        return empty
    cores = regions["name"].map(core_name)
    eng = cores.map(english_name)
    scores = []
    for core, en in zip(cores, eng):
        best = 0.0
        for cand in {core, en}:
            if cand == q:
                s = 1.0
            elif cand.startswith(q + " ") or cand.startswith(q):
                s = 0.9
            elif f" {q} " in f" {cand} ":
                s = 0.8
            elif q in cand:
                s = 0.7
            else:
                r = difflib.SequenceMatcher(None, q, cand).ratio()
                s = 0.6 * r if r >= 0.8 else 0.0
            best = max(best, s)
        scores.append(best)
    out = regions[["code", "name", "type", "province_name"]].assign(score=scores)
    out = out[out["score"] > 0]
    if (out["score"] >= 0.7).any():                      # a name contains the query: no fuzzy guesses beside it
        out = out[out["score"] >= 0.7]
    if kind is not None and (out["type"] == kind).any():
        out = out[out["type"] == kind]
    return (out.sort_values(["score", "name"], ascending=[False, True], kind="stable")
            .head(limit).reset_index(drop=True))


def island_group_codes(regions: pd.DataFrame, island_group: str | None = None,
                       province: str | None = None) -> list[str] | None:
    """Region codes of a province or island group (None: the whole country)."""
    if province:
        return regions.loc[regions["province_code"] == province, "code"].tolist()
    if island_group:
        return regions.loc[regions["island_group"] == island_group, "code"].tolist()
    return None


__all__ = ["WEB_TOLERANCE", "WEB_DECIMALS", "INDONESIA_BOUNDS", "simplify_coverage", "round_coordinates",
           "feature_collection", "dumps", "class_key", "web_regions", "web_provinces", "bounds", "label_points",
           "normalise", "core_name", "english_name", "find_regions", "island_group_codes"]

