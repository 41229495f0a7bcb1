"""Data contract of the warehouse (dbt-style: one assertion per row of a table) and of the reference files."""

from __future__ import annotations

import pandas as pd
import pytest

from analytics.warehouse import contract

from analytics.warehouse import db

from analytics.warehouse import read as warehouse
from analytics.warehouse.spec import FILE_SPECS, load_file, load_reference

CONTRACT = [  # name, SQL returning one value, expected
    ("regions", "SELECT count(*) FROM region", 514),
    ("provinces", "SELECT count(*) FROM province", 38),
    ("kabupaten", "SELECT count(*) FROM region WHERE type = 'kabupaten'", 416),
    ("kota", "SELECT count(*) FROM region WHERE type = 'kota'", 98),
    ("unique region codes", "SELECT count(DISTINCT code) FROM region", 514),
    ("national population", "SELECT sum(population) FROM region", 284_973_643),
    ("province totals equal regency sums",
     "SELECT count(*) FROM province p WHERE population <> (SELECT sum(population) FROM region r "
     "WHERE r.province_code = p.code)", 0),
    ("every cohort row maps to a region",
     "SELECT count(*) FROM programme_cohort c ANTI JOIN region r ON r.code = c.region_code", 0),
    ("cohort rows", "SELECT count(*) FROM programme_cohort", 248),
    ("distinct participants", "SELECT count(*) FROM participation", 236),
    ("participants by 2023", "SELECT count(*) FROM participation WHERE cohort_year <= 2023", 225),
    ("every Indonesian ASCN pilot maps to a region",
     "SELECT count(*) FROM ascn_city WHERE country_iso2 = 'ID' AND city NOT IN (SELECT city FROM ascn_pilot)", 0),
    ("Jakarta = all six units of province 31",
     "SELECT count(*) FROM ascn_pilot WHERE city = 'Jakarta' AND region_code LIKE '31.%'", 6),
    ("ASCN network", "SELECT count(*) FROM ascn_city", 31),
    ("scores on the 0–4 scale", "SELECT count(*) FROM evaluation_score WHERE score NOT BETWEEN 0 AND 4", 0),
    ("unique score keys",
     "SELECT count(*) FROM (SELECT region_code, year, pillar FROM evaluation_score GROUP BY ALL HAVING count(*) > 1)", 0),
    ("published scores", "SELECT count(*) FROM evaluation_score WHERE source = 'published'", 6),
    ("every region has an island group", "SELECT count(*) FROM region_dim WHERE island_group IS NULL", 0),
    ("island groups", "SELECT count(DISTINCT island_group) FROM province", 7),
    ("one polygon per region", "SELECT count(DISTINCT code) FROM region_shape", 514),
    ("one polygon per province (38, the 2022 Papua provinces included)",
     "SELECT count(DISTINCT code) FROM province_shape", 38),
]


@pytest.mark.parametrize("name,sql,expected", CONTRACT, ids=[c[0] for c in CONTRACT])
def test_contract(built_db, name, sql, expected):
    assert db.query(sql, db=built_db).iloc[0, 0] == expected


def test_builtin_sql_checks_pass(built_db):
    with db.connect(built_db) as con:
        contract.check_database(con)


def test_cohort_2017_and_2018_from_the_csv(built_db, reference_dir):
    raw = pd.read_csv(reference_dir / "programme_cohorts.csv", dtype={"region_code": str})
    first = raw.groupby("region_code")["cohort_year"].min()
    regions = warehouse.regions(built_db)
    for year in (2017, 2018):
        assert (regions["cohort_year"] <= year).sum() == (first <= year).sum()


def test_island_groups_cover_every_province(built_db):
    provs = warehouse.provinces(built_db)
    assert provs.groupby("island_group").size().to_dict() == {
        "Bali–Nusa Tenggara": 3, "Jawa": 6, "Kalimantan": 5, "Maluku": 2, "Papua": 6, "Sulawesi": 6,
        "Sumatera": 10}


def test_every_reference_file_loads(reference_dir):
    frames = load_reference(reference_dir)
    assert set(frames) == set(FILE_SPECS)
    contract.check_frames(frames)
