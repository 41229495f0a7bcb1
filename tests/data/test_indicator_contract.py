"""The indicator files' contract (table-driven): a broken catalogue, value, label or open-framework file is
rejected with its file, row and column; the build fails and leaves the previous database in place."""

from __future__ import annotations

import hashlib

import pandas as pd
import pytest

from analytics.warehouse import build as b
from analytics.warehouse import contract
from analytics.warehouse.spec import DataContractError, load_file, load_reference

VALUES = "indicators/indicator_values.csv"
CATALOGUE = "indicators/indicators.csv"
LABELS = "indicator_labels.csv"


def _frame(path) -> pd.DataFrame:
    return pd.read_csv(path, dtype=str, keep_default_na=False)


def _set(path, where: dict, column: str, value: str) -> int:
    """Set ``column`` of the first row matching ``where`` (column → value) to ``value``; return its spreadsheet
    row number (header = 1). Written back with pandas, so quoted cells stay intact."""
    df = _frame(path)
    mask = pd.Series(True, index=df.index)
    for k, v in where.items():
        mask &= df[k] == v
    i = int(df.index[mask][0])
    df.at[i, column] = value
    df.to_csv(path, index=False)
    return i + 2


# file, table, row selector, column, new value, expected message (after "<file>, row N, column 'c': ")
SINGLE_FILE = [
    (VALUES, "indicator_value", {"code": "34.71", "year": "2024", "indicator": "hdi"}, "value", "inf",
     "'inf' is not a finite number"),
    (VALUES, "indicator_value", {"code": "34.71", "year": "2024", "indicator": "hdi"}, "value", "n/a",
     "'n/a' is not a number"),
    (VALUES, "indicator_value", {"code": "34.71", "year": "2024", "indicator": "hdi"}, "year", "2009",
     "2009 is below the minimum 2010"),
    (VALUES, "indicator_value", {"code": "34.71", "year": "2024", "indicator": "hdi"}, "code", "3471",
     "'3471' is not a region code like '73.71'"),
    (VALUES, "indicator_value", {"code": "34.71", "year": "2024", "indicator": "hdi"}, "year", "2023",
     "duplicate key ('34.71', 2023, 'hdi')"),
    (VALUES, "indicator_value", {"code": "34.71", "year": "2024", "indicator": "hdi"}, "value", "",
     "value is empty"),
    (CATALOGUE, "indicator", {"indicator": "poverty_rate"}, "direction", "2", "'2' is not one of -1, 0, 1"),
    (CATALOGUE, "indicator", {"indicator": "poverty_rate"}, "direction", "-0.5", "'-0.5' is not a whole number"),
    (CATALOGUE, "indicator", {"indicator": "poverty_rate"}, "indicator", "Poverty Rate",
     "'Poverty Rate' is not a lower-case code like 'poverty_rate'"),
    (CATALOGUE, "indicator", {"indicator": "poverty_rate"}, "source_url", "bps.go.id",
     "'bps.go.id' is not a web address starting with http:// or https://"),
    (LABELS, "indicator_label", {"indicator": "hdi"}, "unit_id", "", "value is empty"),
]


@pytest.mark.parametrize("file,table,where,column,value,message", SINGLE_FILE, ids=[c[5][:50] for c in SINGLE_FILE])
def test_bad_cell_is_named(reference_copy, file, table, where, column, value, message):
    row = _set(reference_copy / file, where, column, value)
    with pytest.raises(DataContractError) as err:
        load_file(table, reference_copy)
    shown = [str(v) for v in err.value.violations]
    assert any(s.startswith(f"{file}, row {row}, column '") and message in s for s in shown), shown


# cross-file rules: unit-aware ranges, codes that resolve, known units and pillars, labels for every indicator
CROSS_FILE = [
    (VALUES, {"code": "34.71", "year": "2021", "indicator": "poverty_rate"}, "value", "120",
     "value", "120 is outside the range of its unit 'percent of population' (between 0 and 100)"),
    (VALUES, {"code": "34.71", "year": "2021", "indicator": "safe_water_households"}, "value", "-1",
     "value", "-1 is outside the range of its unit 'percent of households' (between 0 and 100)"),
    (VALUES, {"code": "11.01", "year": "2024", "indicator": "village_index"}, "value", "1.5",
     "value", "1.5 is outside the range of its unit 'index 0-1' (between 0 and 1)"),
    (VALUES, {"code": "34.71", "year": "2024", "indicator": "hdi"}, "value", "101",
     "value", "101 is outside the range of its unit 'index 0-100' (between 0 and 100)"),
    (VALUES, {"code": "34.71", "year": "2021", "indicator": "life_expectancy"}, "value", "0",
     "value", "0 is outside the range of its unit 'years' (> 0)"),
    (VALUES, {"code": "34.71", "year": "2024", "indicator": "grdp_per_capita"}, "value", "-5",
     "value", "-5 is outside the range of its unit 'thousand IDR per person' (> 0)"),
    (VALUES, {"code": "34.71", "year": "2024", "indicator": "hdi"}, "code", "99.99",
     "code", "'99.99' is not a region code in regencies.csv"),
    (VALUES, {"code": "34.71", "year": "2024", "indicator": "hdi"}, "indicator", "hdi_new",
     "indicator", "'hdi_new' is not an indicator in indicators/indicators.csv"),
    (CATALOGUE, {"indicator": "villages_count"}, "unit", "kilograms",
     "unit", "'kilograms' is not a known unit"),
    (CATALOGUE, {"indicator": "hdi"}, "suggested_pillar", "health",
     "suggested_pillar", "'health' is not a pillar code in pillars.csv"),
    (LABELS, {"indicator": "hdi"}, "indicator", "hdi_x",
     "indicator", "'hdi_x' is not an indicator in indicators/indicators.csv"),
]


@pytest.mark.parametrize("file,where,column,value,named,message", CROSS_FILE, ids=[c[5][:50] for c in CROSS_FILE])
def test_cross_file_violation_is_named(reference_copy, file, where, column, value, named, message):
    row = _set(reference_copy / file, where, column, value)
    with pytest.raises(DataContractError) as err:
        contract.check_frames(load_reference(reference_copy))
    shown = [str(v) for v in err.value.violations]
    assert any(s.startswith(f"{file}, row {row}, column '{named}'") and message in s for s in shown), shown


def test_an_indicator_without_labels_is_named(reference_copy):
    path = reference_copy / LABELS
    df = _frame(path)
    df[df["indicator"] != "poverty_rate"].to_csv(path, index=False)
    cat = _frame(reference_copy / CATALOGUE)
    row = int(cat.index[cat["indicator"] == "poverty_rate"][0]) + 2
    with pytest.raises(DataContractError) as err:
        contract.check_frames(load_reference(reference_copy))
    assert f"{CATALOGUE}, row {row}, column 'indicator': 'poverty_rate' has no labels in {LABELS}" in \
        [str(v) for v in err.value.violations]


# the open-statistics framework against the catalogue
FRAMEWORK = [
    ({"node": "poverty_rate"}, "direction", "1", "direction", "'1' differs from the catalogue's direction -1"),
    ({"node": "grdp_per_capita"}, "lo", "0", "lo", "a log transform needs lo > 0 (got 0)"),
    ({"node": "life_expectancy"}, "hi", "10", "hi", "goalposts need lo < hi (got 20, 10)"),
    ({"node": "life_expectancy"}, "transform", "sqrt", "transform", "'sqrt' is not empty or 'log'"),
    ({"node": "life_expectancy"}, "goalpost_basis", "guess", "goalpost_basis", "'guess' is not one of"),
    ({"node": "life_expectancy"}, "node", "villages_count", "node", "is context only (direction 0)"),
    ({"node": "life_expectancy"}, "node", "longevity", "node", "'longevity' is not an indicator"),
    ({"node": "living"}, "node", "health", "node", "'health' is not a pillar code in pillars.csv"),
]


@pytest.mark.parametrize("where,column,value,named,message", FRAMEWORK, ids=[c[4][:50] for c in FRAMEWORK])
def test_open_framework_is_checked_against_the_catalogue(tmp_path, reference_dir, where, column, value, named, message):
    from analytics import paths
    src = paths.framework_dir() / contract.OPEN_FRAMEWORK_FILE
    path = tmp_path / contract.OPEN_FRAMEWORK_FILE
    path.write_bytes(src.read_bytes())
    if column == "node" and where == {"node": "living"}:      # rename a pillar and its children's parent
        df = _frame(path)
        df.loc[df["node"] == "living", "node"] = value
        df.loc[df["parent"] == "living", "parent"] = value
        df.to_csv(path, index=False)
        row = int(df.index[df["node"] == value][0]) + 2
    else:
        row = _set(path, where, column, value)
    with pytest.raises(DataContractError) as err:
        contract.check_open_framework(load_reference(reference_dir), path)
    shown = [str(v) for v in err.value.violations]
    assert any(s.startswith(f"framework/{path.name}, row {row}, column '{named}'") and message in s
               for s in shown), shown


def test_the_vendored_files_pass(reference_dir):
    from analytics import paths
    frames = load_reference(reference_dir)
    contract.check_frames(frames)
    contract.check_open_framework(frames, paths.framework_dir() / contract.OPEN_FRAMEWORK_FILE)
    assert len(frames["indicator_value"]) == 50_773 and len(frames["indicator"]) == 18


def test_broken_indicator_file_fails_the_build_and_keeps_the_old_database(tmp_path, reference_copy):
    target = tmp_path / "w.duckdb"
    b.build(target, reference_dir=reference_copy)
    before = hashlib.sha256(target.read_bytes()).hexdigest()
    row = _set(reference_copy / VALUES, {"code": "95.08", "year": "2024", "indicator": "hdi"}, "value", "-36.3")
    with pytest.raises(DataContractError, match=rf"{VALUES}, row {row}, column 'value': -36.3 is outside"):
        b.build(target, reference_dir=reference_copy)
    assert hashlib.sha256(target.read_bytes()).hexdigest() == before
    assert not list(tmp_path.glob(".*.tmp"))


def test_sql_checks_catch_what_the_files_would_not(built_db, tmp_path):
    """The SQL layer is a second net: a copy of the database with a percent value out of range fails its check."""
    import shutil

    import duckdb
    copy = tmp_path / "copy.duckdb"
    shutil.copy(built_db, copy)
    with duckdb.connect(str(copy)) as con:
        contract.check_database(con)
        con.execute("UPDATE indicator_value SET value = 150 WHERE indicator = 'poverty_rate' AND region_code = '34.71' "
                    "AND year = 2021")
        with pytest.raises(DataContractError, match="percent values within 0-100"):
            contract.check_database(con)
