"""Province polygons for the web: topology-preserving simplification of the Natural Earth file."""

from __future__ import annotations

import json
from pathlib import Path

import shapely
from shapely.geometry import mapping, shape


def simplify_polygons(source: str | Path, output: str | Path, *, tolerance: float = 0.02,
                      precision: int = 4) -> Path:
    """Simplify every polygon together (``shapely.coverage_simplify`` keeps shared borders shared) and
    write GeoJSON with coordinates rounded to ``precision`` decimals. Properties are kept."""
    src = json.loads(Path(source).read_text(encoding="utf-8"))
    geoms = [shape(f["geometry"]) for f in src["features"]]
    simple = shapely.coverage_simplify(geoms, tolerance)
    simple = shapely.set_precision(simple, 10 ** -precision)
    simple = shapely.make_valid(simple)
    features = []
    for f, g in zip(src["features"], simple):
        features.append({"type": "Feature", "properties": f["properties"], "geometry": mapping(g)})
    out = Path(output)
    out.write_text(json.dumps({"type": "FeatureCollection", "features": features},
                              separators=(",", ":")), encoding="utf-8")
    return out
