"""A corrupted reference file is reported by file, row and column (table-driven)."""

from __future__ import annotations

import pytest

from analytics.warehouse import contract
from analytics.warehouse.spec import DataContractError, load_file, load_reference


def _edit(path, row, column, value):
    """Set one cell (row numbered as in a spreadsheet: header = 1)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    header = lines[0].split(",")
    cells = lines[row - 1].split(",")
    cells[header.index(column)] = value
    lines[row - 1] = ",".join(cells)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


CASES = [  # file, table, row, column, new value, expected message
    ("regencies.csv", "region", 5, "population", "abc",
     "regencies.csv, row 5, column 'population': 'abc' is not a number"),
    ("regencies.csv", "region", 3, "type", "city",
     "regencies.csv, row 3, column 'type': 'city' is not one of kabupaten, kota"),
    ("regencies.csv", "region", 4, "code", "11.01",
     "regencies.csv, row 4, column 'code': duplicate key ('11.01',) (first seen in row 2)"),
    ("regencies.csv", "region", 7, "lat", "45.0",
     "regencies.csv, row 7, column 'lat': 45.0 is above the maximum 6.5"),
    ("provinces.csv", "province", 2, "code", "1X",
     "provinces.csv, row 2, column 'code': '1X' is not a two-digit code like '73'"),
    ("programme_cohorts.csv", "programme_cohort", 10, "cohort_year", "2017.5",
     "programme_cohorts.csv, row 10, column 'cohort_year': '2017.5' is not a whole number"),
    ("programme_cohorts.csv", "programme_cohort", 2, "evidence", "rumour",
     "programme_cohorts.csv, row 2, column 'evidence': 'rumour' is not one of list, own_news, award, mention"),
    ("published_pillar_scores.csv", "published_pillar_score", 2, "score", "4.5",
     "published_pillar_scores.csv, row 2, column 'score': 4.5 is above the maximum 4"),
    ("regencies.csv", "region", 2, "name", "",
     "regencies.csv, row 2, column 'name': value is empty"),
]


@pytest.mark.parametrize("file,table,row,column,value,message", CASES, ids=[c[5][:60] for c in CASES])
def test_bad_cell_is_named(reference_copy, file, table, row, column, value, message):
    _edit(reference_copy / file, row, column, value)
    with pytest.raises(DataContractError) as err:
        load_file(table, reference_copy)
    assert message in [str(v) for v in err.value.violations]


CROSS = [  # file, row, column, new value, expected message
    ("programme_cohorts.csv", 2, "region_code", "99.99",
     "programme_cohorts.csv, row 2, column 'region_code': '99.99' is not a region code in regencies.csv"),
    ("regencies.csv", 2, "population", "1",
     "provinces.csv, row 2, column 'population': province 11 total 5,623,479 but its regencies sum to 5,383,851"),
    ("ascn_pilot_regions.csv", 3, "region_code", "31.99",
     "ascn_pilot_regions.csv, row 3, column 'region_code': '31.99' is not a region code in regencies.csv"),
]


@pytest.mark.parametrize("file,row,column,value,message", CROSS, ids=[c[4][:60] for c in CROSS])
def test_cross_file_violation_is_named(reference_copy, file, row, column, value, message):
    _edit(reference_copy / file, row, column, value)
    with pytest.raises(DataContractError) as err:
        contract.check_frames(load_reference(reference_copy))
    assert message in [str(v) for v in err.value.violations]


def test_missing_column_is_named(reference_copy):
    p = reference_copy / "provinces.csv"
    p.write_text(p.read_text().replace("iso_3166_2,", "iso,", 1))
    with pytest.raises(DataContractError, match=r"provinces.csv, row 1, column 'iso_3166_2': required column"):
        load_file("province", reference_copy)


def test_missing_file_is_named(reference_copy):
    (reference_copy / "ascn_cities.csv").unlink()
    with pytest.raises(DataContractError, match="ascn_cities.csv: file not found"):
        load_file("ascn_city", reference_copy)
