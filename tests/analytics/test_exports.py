"""analytics.io.exports: formula neutralisation, JSON, XLSX (openpyxl) and Parquet round trips, file names."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import numpy as np
import pandas as pd
import pytest

from analytics.io.exports import (FORMATS, SYNTHETIC_NOTE, export_bytes, export_filename, neutralise_formulas,
                               to_csv_bytes, to_json_bytes, to_parquet_bytes, to_xlsx_bytes)

RISKY = ["=1+1", "+cmd", "-2+3", "@SUM(A1)", "\tx", "\rx"]


def _frame() -> pd.DataFrame:
    return pd.DataFrame({
        "code": pd.array(["35.71", "32.73", "11.01"], dtype="string"),
        "name": ["Kota Kediri", "Kota Bandung", "=HYPERLINK(\"http://x\")"],
        "index": [3.1216666666666666, 3.71, np.nan],
        "rank": pd.array([2, 1, pd.NA], dtype="Int64"),
        "population": np.array([301424, 2_500_000, 10], dtype="int64"),
        "level": pd.Categorical(["integrated", "smart", None]),
        "score_source": ["synthetic", "published", "synthetic"],
    })


@pytest.mark.parametrize("value", RISKY)
def test_neutralise_table_driven(value):
    df = pd.DataFrame({"t": [value, "safe"], "s": pd.array([value, None], dtype="string"), "n": [-1.5, 2.0]})
    out = neutralise_formulas(df)
    assert out["t"].tolist() == ["'" + value, "safe"]
    assert out["s"].iloc[0] == "'" + value and pd.isna(out["s"].iloc[1])
    assert out["n"].tolist() == [-1.5, 2.0]                    # numbers are not text: untouched
    rows = list(csv.reader(io.StringIO(to_csv_bytes(df).decode("utf-8"), newline="")))
    assert rows[0] == ["t", "s", "n"]
    assert rows[1] == ["'" + value, "'" + value, "-1.5"]


@pytest.mark.parametrize("value", RISKY)
def test_xlsx_neutralised_and_text(value):
    import openpyxl
    df = pd.DataFrame({"t": [value], "n": [1]})
    data = to_xlsx_bytes(df, title=value, method={"note": value}, filters={"province": value}, sources=[value])
    wb = openpyxl.load_workbook(io.BytesIO(data))
    cell = wb["data"]["A2"]
    # XML normalises a bare CR to LF when read back; what matters is the leading quote and the text type
    assert cell.value == "'" + value.replace("\r", "\n") and cell.data_type == "s"
    about = [c for row in wb["about"].iter_rows() for c in row if isinstance(c.value, str)]
    assert all(not c.value.startswith(("=", "+", "-", "@", "\t", "\r")) for c in about)
    assert all(c.data_type == "s" for c in about)
    assert any(c.value == "'" + value.replace("\r", "\n") for c in about)


def test_xlsx_sheets_and_about():
    import openpyxl
    df = _frame()
    data = to_xlsx_bytes(df, title="Maturity", method={"normalisation": "none"}, filters={"as_of": 2023},
                         sources=["https://example.org"], extra_sheets={"sensitivity": pd.DataFrame({"a": [1]})})
    wb = openpyxl.load_workbook(io.BytesIO(data))
    assert wb.sheetnames == ["data", "sensitivity", "about"]
    back = pd.read_excel(io.BytesIO(data), sheet_name="data", dtype={"code": str})
    assert back["code"].tolist() == ["35.71", "32.73", "11.01"]
    assert back["index"].iloc[0] == pytest.approx(df["index"].iloc[0], rel=1e-15)
    assert pd.isna(back["index"].iloc[2]) and pd.isna(back["rank"].iloc[2])
    about = dict((k, v) for k, v in wb["about"].iter_rows(min_row=2, values_only=True) if k != "source")
    assert about["title"] == "Maturity" and about["scores"] == SYNTHETIC_NOTE
    assert dt.datetime.fromisoformat(about["generated"]).tzinfo is not None
    rows = list(wb["about"].iter_rows(min_row=2, values_only=True))
    assert ("method", "normalisation: none") in rows and ("filter", "as_of: 2023") in rows
    assert ("source", "https://example.org") in rows


def test_xlsx_no_synthetic_line_without_scores():
    import openpyxl
    wb = openpyxl.load_workbook(io.BytesIO(to_xlsx_bytes(pd.DataFrame({"a": [1]}), title="x")))
    keys = [r[0] for r in wb["about"].iter_rows(min_row=2, values_only=True)]
    assert "scores" not in keys and "filter" in keys


def test_json_round_trip():
    df = _frame()
    recs = json.loads(to_json_bytes(df))
    assert len(recs) == 3 and list(recs[0]) == list(df.columns)
    assert recs[0]["index"] == df["index"].iloc[0]               # full float precision
    assert recs[2]["index"] is None and recs[2]["rank"] is None and recs[2]["level"] is None
    assert recs[1]["population"] == 2_500_000 and isinstance(recs[1]["population"], int)
    assert recs[2]["name"].startswith("=")                       # JSON is data, not a spreadsheet
    back = pd.DataFrame(recs)
    assert back["code"].tolist() == df["code"].tolist()


def test_json_inf_is_null():
    assert json.loads(to_json_bytes(pd.DataFrame({"x": [np.inf, 1.0]}))) == [{"x": None}, {"x": 1.0}]


def test_parquet_round_trip():
    import pyarrow.parquet as pq
    df = _frame()
    data = to_parquet_bytes(df, {"title": "t", "filters": {"as_of": 2023}})
    back = pd.read_parquet(io.BytesIO(data))
    assert back["code"].tolist() == df["code"].tolist()
    np.testing.assert_array_equal(back["index"].to_numpy(dtype=float), df["index"].to_numpy(dtype=float))
    assert back["rank"].astype("Int64").tolist()[:2] == [2, 1] and pd.isna(back["rank"].iloc[2])
    assert back["level"].tolist()[:2] == ["integrated", "smart"]
    meta = json.loads(pq.read_schema(io.BytesIO(data)).metadata[b"kota_cerdas"])
    assert meta["title"] == "t" and meta["filters"] == "as_of=2023"


@pytest.mark.parametrize("fmt", FORMATS)
def test_export_bytes_dispatch(fmt):
    out = export_bytes(_frame(), fmt, title="x", method=None, filters={}, sources=[])
    assert isinstance(out, bytes) and len(out) > 0
    if fmt == "csv":
        assert out.startswith(b"code,name,")
    if fmt == "xlsx":
        assert out[:2] == b"PK"
    if fmt == "parquet":
        assert out[:4] == b"PAR1"


def test_export_bytes_unknown_format():
    with pytest.raises(ValueError, match="unknown format 'pdf'"):
        export_bytes(_frame(), "pdf")


def test_export_filename_says_what_and_when():
    name = export_filename("maturity", "xlsx", {"as_of": 2023, "province": "35", "type": None},
                           when=dt.datetime(2024, 5, 6, 7, 8))
    assert name == "kota-cerdas_maturity_as-of-2023_province-35_20240506-0708.xlsx"
    odd = export_filename("peers", "csv", {"region": "Bali–Nusa Tenggara/x"}, when=dt.datetime(2024, 1, 1))
    assert "/" not in odd and " " not in odd and odd.endswith("_20240101-0000.csv")
