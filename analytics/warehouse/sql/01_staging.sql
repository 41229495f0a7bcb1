-- Staging layer: one table per reference file, typed, keyed and checked.
-- Grain and contract of each table are stated above it; the build verifies them
-- (analytics/warehouse/contract.py) before the new database replaces the old one.
-- $$-placeholders such as $${first_year} are the domain model's constants (analytics/domain.py::sql_constants), filled in by the build.

-- grain: one row per province (38). Source: data/reference/provinces.csv
CREATE TABLE province (
    code                        VARCHAR PRIMARY KEY CHECK (regexp_full_match(code, '[0-9]{2}')),
    name                        VARCHAR NOT NULL,
    iso_3166_2                  VARCHAR NOT NULL,
    geonames_id                 BIGINT,
    island_group                VARCHAR NOT NULL CHECK (island_group IN (${island_groups})),
    population                  BIGINT NOT NULL CHECK (population > 0),
    population_male             BIGINT NOT NULL CHECK (population_male >= 0),
    population_female           BIGINT NOT NULL CHECK (population_female >= 0),
    population_bps_2024_midyear BIGINT
);

-- grain: one row per kabupaten/kota (514). Source: data/reference/regencies.csv
CREATE TABLE region (
    code              VARCHAR PRIMARY KEY CHECK (regexp_full_match(code, '[0-9]{2}\.[0-9]{2}')),
    province_code     VARCHAR NOT NULL REFERENCES province (code),
    name              VARCHAR NOT NULL,
    type              VARCHAR NOT NULL CHECK (type IN (${region_types})),
    lat               DOUBLE NOT NULL CHECK (lat BETWEEN -11.5 AND 6.5),
    lon               DOUBLE NOT NULL CHECK (lon BETWEEN 94.5 AND 141.5),
    coord_method      VARCHAR NOT NULL,
    coord_confidence  VARCHAR NOT NULL CHECK (coord_confidence IN (${coord_confidence})),
    geonames_id       BIGINT,
    population        BIGINT NOT NULL CHECK (population > 0),
    population_male   BIGINT NOT NULL,
    population_female BIGINT NOT NULL,
    CHECK (population_male + population_female = population),
    CHECK (substr(code, 1, 2) = province_code)
);

-- grain: one row per region x cohort year (a region may appear in several years;
-- its cohort is the first). Source: data/reference/programme_cohorts.csv, plus imported batches.
CREATE TABLE programme_cohort (
    region_code VARCHAR NOT NULL REFERENCES region (code),
    region_name VARCHAR NOT NULL,
    cohort_year INTEGER NOT NULL CHECK (cohort_year BETWEEN ${first_year} AND ${max_year} AND cohort_year NOT IN (${no_cohort_years})),
    evidence    VARCHAR NOT NULL CHECK (evidence IN (${evidence_kinds})),
    source_url  VARCHAR,
    source      VARCHAR NOT NULL DEFAULT 'reference',
    PRIMARY KEY (region_code, cohort_year)
);

-- grain: one row per ASEAN Smart Cities Network pilot city (31). Source: data/reference/ascn_cities.csv
CREATE TABLE ascn_city (
    city         VARCHAR PRIMARY KEY,
    country_iso2 VARCHAR NOT NULL CHECK (length(country_iso2) = 2),
    joined_year  INTEGER NOT NULL CHECK (joined_year BETWEEN ${ascn_first_year} AND ${max_year}),
    lat          DOUBLE NOT NULL,
    lon          DOUBLE NOT NULL,
    geonames_id  BIGINT
);

-- grain: one row per Indonesian ASCN pilot x region it stands for (DKI Jakarta = the six units of province 31).
-- Source: data/reference/ascn_pilot_regions.csv (from SOURCES.md).
CREATE TABLE ascn_pilot_region (
    city        VARCHAR NOT NULL REFERENCES ascn_city (city),
    region_code VARCHAR NOT NULL REFERENCES region (code),
    PRIMARY KEY (city, region_code)
);

-- grain: one row per city x IMD Smart City Index edition. Source: data/reference/imd_smart_city_index.csv
CREATE TABLE imd_rank (
    city          VARCHAR NOT NULL,
    year          INTEGER NOT NULL,
    rank          INTEGER NOT NULL CHECK (rank > 0),
    cities_ranked INTEGER,
    rating        VARCHAR,
    source_url    VARCHAR NOT NULL,
    PRIMARY KEY (city, year),
    CHECK (cities_ranked IS NULL OR rank <= cities_ranked)
);

-- grain: one row per published headline figure x year. Source: data/reference/reported_figures.csv
CREATE TABLE reported_figure (
    figure VARCHAR NOT NULL,
    year   INTEGER NOT NULL,
    value  DOUBLE NOT NULL,
    unit   VARCHAR NOT NULL,
    source VARCHAR NOT NULL,
    note   VARCHAR,
    PRIMARY KEY (figure, year)
);

-- grain: one row per pillar (6), in display order. Source: data/framework/default_framework.csv leaves.
CREATE TABLE pillar (
    code     VARCHAR PRIMARY KEY,
    ordinal  INTEGER NOT NULL UNIQUE,
    name_en  VARCHAR NOT NULL,
    name_id  VARCHAR NOT NULL
);

-- grain: one row per region x evaluation year x pillar, on the ministry's 0-4 scale.
-- source: 'published' (transcribed from a cited page), 'synthetic' (analytics/synthetic.py, seeded) or
-- 'import:<batch_id>' (an analyst's import). Published and imported rows replace synthetic ones.
CREATE TABLE evaluation_score (
    region_code VARCHAR NOT NULL REFERENCES region (code),
    year        INTEGER NOT NULL CHECK (year BETWEEN ${first_year} AND ${max_year}),
    pillar      VARCHAR NOT NULL REFERENCES pillar (code),
    score       DOUBLE NOT NULL CHECK (score BETWEEN ${score_min} AND ${score_max}),
    source      VARCHAR NOT NULL CHECK (source IN (${score_sources}) OR source LIKE '${import_prefix}%'),
    source_url  VARCHAR,
    PRIMARY KEY (region_code, year, pillar)
);

-- grain: one row per published overall result (the ministry's achievement index), year may be unknown.
-- Source: data/reference/published_results.csv (transcribed from SOURCES.md).
CREATE TABLE published_result (
    region_code VARCHAR NOT NULL REFERENCES region (code),
    year        INTEGER,
    measure     VARCHAR NOT NULL,
    value       DOUBLE NOT NULL CHECK (value BETWEEN ${score_min} AND ${score_max}),
    national_rank INTEGER,
    note        VARCHAR,
    note_id     VARCHAR,                -- the note in Indonesian
    source_url  VARCHAR NOT NULL
);

-- grain: one row per analyst import batch (see analytics/imports.py).
CREATE TABLE import_batch (
    batch_id    VARCHAR PRIMARY KEY,
    file_name   VARCHAR NOT NULL,
    sha256      VARCHAR NOT NULL UNIQUE,
    score_rows  INTEGER NOT NULL,
    cohort_rows INTEGER NOT NULL,
    imported_at TIMESTAMP NOT NULL,
    imported_by VARCHAR NOT NULL
);

-- grain: one row (build metadata).
CREATE TABLE build_info (
    built_at       TIMESTAMP NOT NULL,
    synthetic_seed INTEGER NOT NULL,
    generator      VARCHAR NOT NULL,
    schema_version INTEGER NOT NULL,
    fingerprint    VARCHAR NOT NULL,  -- sha256 of every input file and the build code (build.fingerprint)
    build_id       VARCHAR NOT NULL   -- unique per build: the data version readers key caches on
);

-- grain: one row per real regional indicator (BPS, Kemendes). Source: data/reference/indicators/indicators.csv
-- (vendored as-is). direction: 1 higher is better, -1 lower is better, 0 context only.
CREATE TABLE indicator (
    indicator        VARCHAR PRIMARY KEY CHECK (regexp_full_match(indicator, '[a-z][a-z0-9_]*')),
    name_en          VARCHAR NOT NULL,
    name_id          VARCHAR NOT NULL,
    unit             VARCHAR NOT NULL,
    direction        INTEGER NOT NULL CHECK (direction IN (-1, 0, 1)),
    suggested_pillar VARCHAR REFERENCES pillar (code),
    publisher        VARCHAR NOT NULL,
    source_url       VARCHAR NOT NULL,
    stored_copy      VARCHAR NOT NULL,
    licence          VARCHAR NOT NULL,
    note             VARCHAR
);

-- grain: one row per indicator: the project's short names, display units and Indonesian caveat.
-- Source: data/reference/indicator_labels.csv
CREATE TABLE indicator_label (
    indicator VARCHAR PRIMARY KEY REFERENCES indicator (indicator),
    short_en  VARCHAR NOT NULL,
    short_id  VARCHAR NOT NULL,
    unit_en   VARCHAR NOT NULL,
    unit_id   VARCHAR NOT NULL,
    note_id   VARCHAR NOT NULL,
    licence_id VARCHAR NOT NULL,        -- the catalogue's licence text in Indonesian
    publisher_id VARCHAR NOT NULL       -- the catalogue's publisher in Indonesian ("BPS (dihimpun oleh lab QuaRCS)")
);

-- grain: one row per region x year x indicator. A missing row means the value is not available (never zero).
-- Source: data/reference/indicators/indicator_values.csv (vendored as-is; its `code` is region_code here).
CREATE TABLE indicator_value (
    region_code VARCHAR NOT NULL REFERENCES region (code),
    year        INTEGER NOT NULL CHECK (year BETWEEN ${indicator_first_year} AND ${max_year}),
    indicator   VARCHAR NOT NULL REFERENCES indicator (indicator),
    value       DOUBLE NOT NULL CHECK (isfinite(value)),
    PRIMARY KEY (region_code, year, indicator)
);
