"""Facts about the built warehouse, each known independently of the code (Kemendagri/BPS counts, the cohort
file, the ASCN list): dbt-style, one assertion per row of a table.

The build's own checks (analytics/warehouse/contract.py: 514 regions, 38 provinces, population sums, every
code resolves, scores on the scale, unique keys) run on every build — the session database could not exist
if they failed — so they are not rerun here; tests/data/test_build.py and test_reference_errors.py check that
they *fail* on bad data."""

from __future__ import annotations

import pandas as pd
import pytest

from analytics.warehouse import db
from analytics.warehouse import read as warehouse

CONTRACT = [  # name, SQL returning one value, expected
    ("kabupaten", "SELECT count(*) FROM region WHERE type = 'kabupaten'", 416),
    ("kota", "SELECT count(*) FROM region WHERE type = 'kota'", 98),
    ("national population", "SELECT sum(population) FROM region", 284_973_643),
    ("cohort rows", "SELECT count(*) FROM programme_cohort", 248),
    ("distinct participants", "SELECT count(*) FROM participation", 236),
    ("participants by 2023", "SELECT count(*) FROM participation WHERE cohort_year <= 2023", 225),
    ("ASCN network", "SELECT count(*) FROM ascn_city", 31),
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


def test_sql_checks_name_what_broke(built_db, tmp_path):
    """The build's SQL checks fail, naming the check, on a database that breaks them (a region deleted, published
    scores without their URL): they are what keeps a bad database from replacing the good one."""
    import shutil

    import duckdb

    from analytics.warehouse.contract import check_database
    from analytics.warehouse.spec import DataContractError
    broken = tmp_path / "broken.duckdb"
    shutil.copy(built_db, broken)
    with duckdb.connect(str(broken)) as con:
        con.execute("DELETE FROM indicator_value WHERE region_code = '11.01'")   # its statistics and polygon first (FK)
        con.execute("DELETE FROM region_shape WHERE code = '11.01'")
        con.execute("DELETE FROM region WHERE code = '11.01'")          # not a participant: nothing else refers to it
        con.execute("UPDATE evaluation_score SET source_url = NULL WHERE source = 'published'")
        with pytest.raises(DataContractError) as err:
            check_database(con)
    text = str(err.value)
    assert "check '514 regions' failed: got 513, expected 514" in text
    assert "check 'published scores carry a URL' failed: got 6, expected 0" in text
