"""The polygon contract: every one of the 514 region codes (and the 38 provinces) has exactly one valid polygon
in the built warehouse, and the build rejects a polygon file that breaks that, naming file, feature and property,
without touching the previous database."""

from __future__ import annotations

import csv
import hashlib
import json
import re
import shutil
from pathlib import Path

import pytest
import shapely

from analytics.warehouse import build as b
from analytics.warehouse import db, geo
from analytics.warehouse.geometry import GEOMETRY_SPECS
from analytics.warehouse.spec import DataContractError
from tests.conftest import REPO

REF = REPO / "data" / "reference"
REGENCIES = "regencies_adm2.geojson"
PROVINCES = "provinces_adm1.geojson"


def _codes(file: str) -> list[str]:
    with open(REF / file, encoding="utf-8") as fh:
        return [row["code"] for row in csv.DictReader(fh)]


def _index(collection: dict, code: str) -> int:
    """1-based position of ``code``'s feature in the file."""
    return next(i for i, f in enumerate(collection["features"], start=1) if f["properties"]["code"] == code)


def test_every_region_and_province_has_exactly_one_valid_polygon(built_db):
    regions, provinces = _codes("regencies.csv"), _codes("provinces.csv")
    assert len(regions) == len(set(regions)) == 514 and len(provinces) == len(set(provinces)) == 38
    for gdf, codes in ((geo.region_shapes(built_db), regions), (geo.province_shapes(built_db), provinces)):
        assert sorted(gdf["code"]) == sorted(codes)                         # one row per code, none extra
        assert gdf["code"].is_unique
        assert set(gdf.geom_type) <= {"Polygon", "MultiPolygon"}
        assert gdf.geometry.is_valid.all() and not gdf.geometry.is_empty.any()


def test_the_stored_polygons_are_the_files_polygons(built_db):
    """What the app draws is what the vendored files hold (WKB round trip, same geometry)."""
    for file, gdf in ((REGENCIES, geo.region_shapes(built_db)), (PROVINCES, geo.province_shapes(built_db))):
        src = json.loads((REF / file).read_text(encoding="utf-8"))
        by_code = {f["properties"]["code"]: shapely.geometry.shape(f["geometry"]) for f in src["features"]}
        stored = dict(zip(gdf["code"], gdf.geometry))
        assert set(by_code) == set(stored)
        for code in ("35.10", "73.71", "31.01", "94.01") if file == REGENCIES else ("35", "94", "96"):
            assert stored[code].equals(by_code[code]), code


def test_provinces_are_the_regencies_dissolved(built_db):
    """Province 35's polygon covers its regencies' polygons (the same coverage dissolved): equal areas."""
    reg, prov = geo.region_shapes(built_db), geo.province_shapes(built_db)
    for pc in ("35", "73", "91"):
        union_area = reg.loc[reg["code"].str[:2] == pc].geometry.union_all().area
        assert prov.set_index("code").geometry[pc].area == pytest.approx(union_area, rel=1e-3)


# ------------------------------------------------------------------------------------ broken files (table-driven)
def _drop(code):
    def f(c):
        c["features"] = [x for x in c["features"] if x["properties"]["code"] != code]
    return f


def _set_code(target, new):
    def f(c):
        c["features"][_index(c, target) - 1]["properties"]["code"] = new
    return f


def _set_geometry(code, geometry):
    def f(c):
        c["features"][_index(c, code) - 1]["geometry"] = geometry
    return f


def _shift(code, dlon):
    def f(c):
        feat = c["features"][_index(c, code) - 1]
        g = shapely.affinity.translate(shapely.geometry.shape(feat["geometry"]), xoff=dlon)
        feat["geometry"] = shapely.geometry.mapping(g)
    return f


BOWTIE = {"type": "Polygon", "coordinates": [[[119.40, -5.10], [119.50, -5.20], [119.50, -5.10], [119.40, -5.20],
                                              [119.40, -5.10]]]}
SHORT_RING = {"type": "Polygon", "coordinates": [[[119.40, -5.10], [119.50, -5.20], [119.40, -5.10]]]}
POINT = {"type": "Point", "coordinates": [119.43, -5.14]}


def _feature(file, code):
    return _index(json.loads((REF / file).read_text(encoding="utf-8")), code)


# (case id, file, change to the parsed file or None for raw text, raw text change, expected message (regex))
CASES = [
    ("missing-code", REGENCIES, _drop("35.10"), None,
     lambda: r"regencies_adm2\.geojson, property 'code': no polygon for region 35\.10 \(Kabupaten Banyuwangi\)"),
    ("duplicate-code", REGENCIES, _set_code("73.72", "73.71"), None,
     lambda: rf"regencies_adm2\.geojson, feature {_feature(REGENCIES, '73.72')}, property 'code': duplicate code "
             rf"'73\.71' \(first seen in feature {_feature(REGENCIES, '73.71')}\)"),
    ("unknown-code", REGENCIES, _set_code("73.71", "73.99"), None,
     lambda: rf"feature {_feature(REGENCIES, '73.71')}, property 'code': '73\.99' is not a region code in regencies\.csv"),
    ("empty-code", REGENCIES, _set_code("73.71", ""), None,
     lambda: rf"feature {_feature(REGENCIES, '73.71')}, property 'code': value is empty"),
    ("invalid-geometry", REGENCIES, _set_geometry("73.71", BOWTIE), None,
     lambda: rf"feature {_feature(REGENCIES, '73.71')}, property 'geometry': invalid geometry for 73\.71 "
             r"\(Kota Makassar\): Self-intersection"),
    ("short-ring", REGENCIES, _set_geometry("73.71", SHORT_RING), None,
     lambda: rf"feature {_feature(REGENCIES, '73.71')}, property 'geometry': invalid geometry for 73\.71 "
             r"\(Kota Makassar\): Too few points"),
    ("unreadable-coordinates", REGENCIES, _set_geometry("73.71", {"type": "Polygon", "coordinates": "none"}), None,
     lambda: rf"feature {_feature(REGENCIES, '73.71')}, property 'geometry': cannot be read for 73\.71"),
    ("not-a-polygon", REGENCIES, _set_geometry("73.71", POINT), None,
     lambda: r"73\.71 \(Kota Makassar\) is a Point, expected Polygon or MultiPolygon"),
    ("no-geometry", REGENCIES, _set_geometry("73.71", None), None,
     lambda: rf"feature {_feature(REGENCIES, '73.71')}, property 'geometry': no geometry for 73\.71"),
    ("outside-indonesia", REGENCIES, _shift("73.71", 60.0), None,
     lambda: r"73\.71 \(Kota Makassar\) lies outside Indonesia"),
    ("not-json", REGENCIES, None, lambda text: text[: len(text) // 2],
     lambda: r"regencies_adm2\.geojson: cannot be read as GeoJSON"),
    ("not-a-collection", REGENCIES, None, lambda text: '{"type": "Feature"}',
     lambda: r"regencies_adm2\.geojson: is not a GeoJSON FeatureCollection"),
    ("province-missing", PROVINCES, _drop("96"), None,
     lambda: r"provinces_adm1\.geojson, property 'code': no polygon for province 96 \(Papua Barat Daya\)"),
    ("province-duplicate", PROVINCES, _set_code("95", "94"), None,
     lambda: rf"provinces_adm1\.geojson, feature {_feature(PROVINCES, '95')}, property 'code': duplicate code '94'"),
]


@pytest.fixture(scope="module")
def good_db(tmp_path_factory) -> Path:
    target = tmp_path_factory.mktemp("geometry") / "w.duckdb"
    b.build(target)
    return target


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize(("case", "file", "change", "text_change", "expected"), CASES, ids=[c[0] for c in CASES])
def test_build_rejects_a_broken_polygon_file(good_db, tmp_path, case, file, change, text_change, expected):
    ref = tmp_path / "reference"
    shutil.copytree(REF, ref)
    path = ref / file
    if change is not None:
        collection = json.loads(path.read_text(encoding="utf-8"))
        change(collection)
        path.write_text(json.dumps(collection), encoding="utf-8")
    else:
        path.write_text(text_change(path.read_text(encoding="utf-8")), encoding="utf-8")
    before = _digest(good_db)
    with pytest.raises(DataContractError) as err:
        b.build(good_db, reference_dir=ref)
    msg = str(err.value)
    assert re.search(expected(), msg), msg
    assert "\n" not in msg and "Traceback" not in msg
    assert _digest(good_db) == before                                # the previous database is untouched
    assert db.query("SELECT count(*) AS n FROM region_shape", db=good_db).n[0] == 514
    assert not list(good_db.parent.glob(".*.tmp")), "temporary build file left behind"


def test_a_missing_polygon_file_is_named(good_db, tmp_path):
    ref = tmp_path / "reference"
    shutil.copytree(REF, ref)
    (ref / PROVINCES).unlink()
    with pytest.raises(DataContractError, match=r"provinces_adm1\.geojson: file not found in"):
        b.build(good_db, reference_dir=ref)


def test_every_polygon_file_has_a_spec():
    assert {s.file for s in GEOMETRY_SPECS.values()} == {REGENCIES, PROVINCES}
