-- Geometry: the regency and province polygons, checked by analytics/warehouse/geometry.py before the build
-- writes anything (one valid Polygon/MultiPolygon per code, inside Indonesia), stored as WKB.

-- grain: one row per kabupaten/kota (514). Source: data/reference/regencies_adm2.geojson
CREATE TABLE region_shape (
    code VARCHAR PRIMARY KEY REFERENCES region (code),
    wkb  BLOB NOT NULL
);

-- grain: one row per province (38). Source: data/reference/provinces_adm1.geojson
CREATE TABLE province_shape (
    code VARCHAR PRIMARY KEY REFERENCES province (code),
    wkb  BLOB NOT NULL
);
