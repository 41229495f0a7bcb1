"""Raw layer, geometry: the regency and province polygons and their contract.

``regencies_adm2.geojson`` must hold exactly one valid (Multi)Polygon for every one of the 514 region codes of
``regencies.csv`` (property ``code``), and ``provinces_adm1.geojson`` one for every province of
``provinces.csv``. The build calls :func:`load_shapes` in its contract step, before anything is written: a
missing, unknown or duplicate code, a geometry that is not a polygon, empty, invalid (``shapely.is_valid``) or
outside Indonesia raises :class:`~analytics.warehouse.spec.DataContractError` naming the file, the feature
(1-based, in file order) and the property, and the previous database stays in place.

The checked polygons are stored in the warehouse as WKB (tables ``region_shape`` and ``province_shape``), so
the app draws exactly what the build checked (readers: :mod:`analytics.warehouse.geo`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import shapely
from shapely.geometry import shape

from analytics.warehouse.spec import FILE_SPECS, DataContractError, Violation

POLYGON_TYPES = ("Polygon", "MultiPolygon")


@dataclass(frozen=True)
class GeometrySpec:
    file: str
    table: str           # warehouse table the polygons go to
    key_table: str       # the reference table whose ``code`` every feature must match, one to one
    what: str            # "region" / "province", for messages


GEOMETRY_SPECS: dict[str, GeometrySpec] = {s.table: s for s in (
    GeometrySpec("regencies_adm2.geojson", "region_shape", "region", "region"),
    GeometrySpec("provinces_adm1.geojson", "province_shape", "province", "province"),
)}


def _bounds() -> tuple[float, float, float, float]:
    """Indonesia's box, as the regency points' contract states it (lon_min, lat_min, lon_max, lat_max)."""
    cols = {c.name: c for c in FILE_SPECS["region"].columns}
    return cols["lon"].min, cols["lat"].min, cols["lon"].max, cols["lat"].max


@dataclass(frozen=True)
class FeatureViolation(Violation):
    """A violation located by GeoJSON feature (1-based, in file order) and property rather than row and column."""

    def __str__(self) -> str:
        where = [self.file]
        if self.row is not None:
            where.append(f"feature {self.row}")
        if self.column is not None:
            where.append(f"property '{self.column}'")
        return f"{', '.join(where)}: {self.message}"


def check_features(collection: object, spec: GeometrySpec, keys: pd.DataFrame) -> tuple[pd.DataFrame, list[Violation]]:
    """Check a parsed GeoJSON object against ``spec`` and the reference rows ``keys`` (``code``, ``name``).

    Returns (frame with ``code`` and ``wkb`` for every valid feature, violations)."""
    f = spec.file
    ref_file = FILE_SPECS[spec.key_table].file
    if not isinstance(collection, dict) or collection.get("type") != "FeatureCollection" \
            or not isinstance(collection.get("features"), list):
        return pd.DataFrame(columns=["code", "wkb"]), [FeatureViolation(f, None, None, "is not a GeoJSON FeatureCollection")]
    names = dict(zip(keys["code"].astype(str), keys["name"].astype(str)))
    lon0, lat0, lon1, lat1 = _bounds()
    out: list[Violation] = []
    seen: dict[str, int] = {}
    rows: list[tuple[str, bytes]] = []
    for i, feat in enumerate(collection["features"], start=1):
        props = feat.get("properties") if isinstance(feat, dict) else None
        if not isinstance(feat, dict) or feat.get("type") != "Feature" or not isinstance(props, dict):
            out.append(FeatureViolation(f, i, None, "is not a GeoJSON Feature with properties"))
            continue
        code = props.get("code")
        code = str(code).strip() if code is not None else ""
        if not code:
            out.append(FeatureViolation(f, i, "code", "value is empty"))
            continue
        if code not in names:
            out.append(FeatureViolation(f, i, "code", f"{code!r} is not a {spec.what} code in {ref_file}"))
            continue
        if code in seen:
            out.append(FeatureViolation(f, i, "code", f"duplicate code {code!r} (first seen in feature {seen[code]})"))
            continue
        seen[code] = i
        pc = props.get("province_code")
        if spec.key_table == "region" and pc not in (None, "") and str(pc) != code[:2]:
            out.append(FeatureViolation(f, i, "province_code", f"{pc!r} does not match the region code {code!r}"))
        geom = feat.get("geometry")
        if not isinstance(geom, dict) or not geom.get("type"):
            out.append(FeatureViolation(f, i, "geometry", f"no geometry for {code} ({names[code]})"))
            continue
        if geom["type"] not in POLYGON_TYPES:
            out.append(FeatureViolation(f, i, "geometry", f"{code} ({names[code]}) is a {geom['type']}, "
                                                          f"expected {' or '.join(POLYGON_TYPES)}"))
            continue
        try:
            g = shape(geom)
        except Exception as exc:  # noqa: BLE001 - malformed coordinates of any kind: one line, named
            out.append(FeatureViolation(f, i, "geometry", f"cannot be read for {code} ({names[code]}): {exc}"))
            continue
        if g.is_empty:
            out.append(FeatureViolation(f, i, "geometry", f"empty geometry for {code} ({names[code]})"))
            continue
        if not g.is_valid:
            out.append(FeatureViolation(f, i, "geometry", f"invalid geometry for {code} ({names[code]}): "
                                                          f"{shapely.is_valid_reason(g)}"))
            continue
        x0, y0, x1, y1 = g.bounds
        if x0 < lon0 or x1 > lon1 or y0 < lat0 or y1 > lat1:
            out.append(FeatureViolation(f, i, "geometry", f"{code} ({names[code]}) lies outside Indonesia "
                                                          f"(lon {x0:.2f}–{x1:.2f}, lat {y0:.2f}–{y1:.2f})"))
            continue
        rows.append((code, shapely.to_wkb(g)))
    for code in names:
        if code not in seen:
            out.append(FeatureViolation(f, None, "code", f"no polygon for {spec.what} {code} ({names[code]}) of {ref_file}"))
    return pd.DataFrame(rows, columns=["code", "wkb"]), out


def read_collection(path: Path) -> tuple[object, list[Violation]]:
    """The parsed GeoJSON at ``path``, or a violation naming the file."""
    try:
        return json.loads(path.read_text(encoding="utf-8")), []
    except FileNotFoundError:
        return None, [FeatureViolation(path.name, None, None, f"file not found in {path.parent}")]
    except (ValueError, UnicodeDecodeError) as exc:
        return None, [FeatureViolation(path.name, None, None, f"cannot be read as GeoJSON: {exc}")]


def load_shapes(directory: Path, frames: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """Every polygon file of :data:`GEOMETRY_SPECS`, checked against the typed reference ``frames``.

    Returns ``{"region_shape": code, wkb; "province_shape": code, wkb}``; raises DataContractError with every
    violation of every file."""
    out: dict[str, pd.DataFrame] = {}
    violations: list[Violation] = []
    for table, spec in GEOMETRY_SPECS.items():
        collection, v = read_collection(Path(directory) / spec.file)
        if not v:
            out[table], v = check_features(collection, spec, frames[spec.key_table])
        violations.extend(v)
    if violations:
        raise DataContractError(violations)
    return out
