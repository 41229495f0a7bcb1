"""``python -m analytics export``: every kind exports numbers equal to its summary function's (CSV and JSON
parsed back), bad input exits 2 with one line on stderr, and --framework/--data runs the engine on files."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from analytics.summaries import tables as S
from analytics.cli.main import main
from analytics.composite import IndexSettings
from analytics.summaries.filters import Filters

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def ds(built_db):
    from analytics.warehouse.dataset import load
    return load(built_db)


@pytest.fixture()
def loaded(ds, monkeypatch):
    """Skip re-reading the warehouse on every in-process run (the real load is covered below)."""
    import analytics.cli.export as ce
    monkeypatch.setattr(ce, "_dataset", lambda db: ds)
    return ds


def run(argv: list[str], capsysbinary) -> tuple[int, bytes, str]:
    try:
        code = main(["export", *argv])
    except SystemExit as exc:          # argparse errors and --help
        code = exc.code
    out, err = capsysbinary.readouterr()
    return code, out, err.decode("utf-8")


def parse(payload: bytes, fmt: str) -> pd.DataFrame:
    if fmt == "csv":
        return pd.read_csv(io.BytesIO(payload), dtype=str, keep_default_na=False)
    return pd.DataFrame(json.loads(payload))


def assert_same(parsed: pd.DataFrame, expected: pd.DataFrame) -> None:
    """Same columns, rows and values (numbers exactly: CSV floats are written in round-trip precision)."""
    assert list(parsed.columns) == [str(c) for c in expected.columns]
    assert len(parsed) == len(expected)
    for c in expected.columns:
        e = expected[c]
        got = parsed[str(c)]
        if pd.api.types.is_numeric_dtype(e) and not pd.api.types.is_bool_dtype(e):
            g = pd.to_numeric(got.replace("", None).astype(object), errors="raise").astype(float).to_numpy()
            np.testing.assert_array_equal(g, e.astype("Float64").to_numpy(dtype=float, na_value=np.nan), err_msg=c)
        else:
            exp = ["" if pd.isna(v) else str(v) for v in e.astype(object)]
            assert ["" if v is None or (isinstance(v, float) and np.isnan(v)) else str(v) for v in got] == exp, c


# ---------------------------------------------------------------------------------------------- every kind
def _cases():
    return [
        ("coverage-province", ["coverage", "--by", "province", "--year", "2018"],
         lambda ds: S.coverage_summary(ds, Filters(as_of=2018), by="province")),
        ("coverage-national", ["coverage", "--by", "national"],
         lambda ds: S.coverage_summary(ds, Filters(), by="national")),
        ("coverage-timeline", ["coverage", "--by", "island_group", "--timeline", "--type", "kota"],
         lambda ds: S.coverage_timeline_summary(ds, Filters(type="kota"), by="island_group")),
        ("maturity", ["maturity", "--lens", "evaluation", "--island-group", "Jawa", "--type", "kota"],
         lambda ds: S.maturity_summary(ds, Filters(island_group="Jawa", type="kota"))),
        ("maturity-settings", ["maturity", "--lens", "evaluation", "--year", "2022", "--province", "35", "--weights",
                               "governance=2,economy=0.5", "--normalise", "goalposts", "--aggregate", "geometric"],
         lambda ds: S.maturity_summary(ds, Filters(as_of=2022, province="35"), IndexSettings(
             normalisation="goalposts", aggregation="geometric", weights={"governance": 2.0, "economy": 0.5}))),
        ("uncertainty", ["uncertainty", "--lens", "evaluation", "--n", "40", "--seed", "3", "--province", "33"],
         lambda ds: S.uncertainty_summary(ds, Filters(province="33"), n=40, seed=3)[0]),
        ("uncertainty-sensitivity", ["uncertainty", "--lens", "evaluation", "--n", "40", "--table", "sensitivity"],
         lambda ds: S.uncertainty_summary(ds, Filters(), n=40, seed=0)[1]),
        ("peers", ["peers", "--lens", "evaluation", "--region", "35.71", "--k", "4", "--same", "type", "--year", "2022"],
         lambda ds: S.peers_summary(ds, "35.71", as_of=2022, k=4, same="type")),
        ("plan", ["plan", "--budget", "7", "--min-per-province", "1", "--exclude", "31.75", "--exclude",
                  "76.04,95.03"],
         lambda ds: S.plan_summary(ds, budget=7, as_of=2023, min_per_province=1,
                                   exclude=("31.75", "76.04", "95.03"))),
        ("plan-least", ["plan", "--budget", "5", "--objective", "least_covered", "--only-type", "kota",
                        "--year", "2021"],
         lambda ds: S.plan_summary(ds, budget=5, as_of=2021, objective="least_covered", only_type="kota")),
    ]


@pytest.mark.parametrize("fmt", ["csv", "json"])
@pytest.mark.parametrize("name, argv, summary", _cases(), ids=[c[0] for c in _cases()])
def test_export_equals_summary(loaded, capsysbinary, name, argv, summary, fmt):
    code, out, err = run([*argv, "--format", fmt], capsysbinary)
    assert code == 0, err
    expected = summary(loaded)
    assert len(expected) > 0
    assert_same(parse(out, fmt), expected)


def test_filters_keep_national_ranks_in_export(loaded, capsysbinary):
    code, out, _ = run(["maturity", "--lens", "evaluation", "--province", "73"], capsysbinary)
    sub = parse(out, "csv").set_index("code")
    nat = S.maturity_summary(loaded, Filters()).set_index("code")
    assert sub["rank_national"].astype(int).tolist() == nat.loc[sub.index, "rank_national"].tolist()


# ---------------------------------------------------------------------------------------------- files out
def test_xlsx_and_parquet_files(loaded, capsysbinary, tmp_path):
    ds = loaded
    import openpyxl
    x = tmp_path / "m.xlsx"
    code, _, err = run(["maturity", "--lens", "evaluation", "--format", "xlsx", "--output", str(x), "--type", "kota"],
                       capsysbinary)
    assert code == 0 and "wrote" in err
    wb = openpyxl.load_workbook(x)
    assert wb.sheetnames == ["data", "about"]
    about = dict(r for r in wb["about"].iter_rows(min_row=2, values_only=True) if r[0] in ("title", "scores"))
    assert "SYNTHETIC" in about["scores"] and "maturity" in about["title"]
    back = pd.read_excel(x, sheet_name="data", dtype={"code": str, "province_code": str})
    exp = S.maturity_summary(ds, Filters(type="kota"))
    assert back["code"].tolist() == exp["code"].tolist()
    np.testing.assert_allclose(back["index"], exp["index"], rtol=1e-14)

    u = tmp_path / "u.xlsx"
    assert run(["uncertainty", "--lens", "evaluation", "--n", "20", "--format", "xlsx", "-o", str(u)], capsysbinary)[0] == 0
    assert openpyxl.load_workbook(u).sheetnames == ["data", "sensitivity", "about"]

    p = tmp_path / "plan.parquet"
    assert run(["plan", "--budget", "10", "--format", "parquet", "--output", str(p)], capsysbinary)[0] == 0
    pd.testing.assert_frame_equal(pd.read_parquet(p), S.plan_summary(ds, budget=10, as_of=2023),
                                  check_dtype=False)


def test_output_directory_gets_dated_name(built_db, capsysbinary, tmp_path):
    code, _, err = run(["coverage", "--by", "national", "--output", str(tmp_path)], capsysbinary)
    assert code == 0
    files = list(tmp_path.iterdir())
    assert len(files) == 1 and files[0].name.startswith("kota-cerdas_coverage_as-of-2023_")
    assert files[0].suffix == ".csv"


def test_help_lists_examples(capsysbinary):
    code, out, _ = run(["--help"], capsysbinary)
    text = out.decode()
    assert code == 0 and "examples:" in text and "--min-per-province" in text and "--framework" in text


# ---------------------------------------------------------------------------------------------- bad input
BAD = [
    ([], "the following arguments are required: kind"),
    (["bogus"], "invalid choice: 'bogus'"),
    (["peers", "--region", "99.99"], "unknown region code '99.99'"),
    (["peers", "--region", "35.7"], "did you mean 35.7"),
    (["peers"], "export peers needs --region"),
    (["peers", "--lens", "evaluation", "--region", "35.71", "--year", "2018"], "has no evaluation up to 2018"),
    (["peers", "--region", "35.71", "--same", "island"], "unknown peer group 'island'"),
    (["maturity", "--year", "2030"], "year 2030 is out of range"),
    (["maturity", "--year", "abc"], "invalid int value: 'abc'"),
    (["maturity", "--province", "99"], "unknown province code '99'"),
    (["maturity", "--island-group", "Mars"], "unknown island group 'Mars'"),
    (["maturity", "--type", "desa"], "unknown type 'desa'"),
    (["maturity", "--normalise", "log"], "unknown normalisation 'log'"),
    (["maturity", "--aggregate", "median"], "unknown aggregation 'median'"),
    (["maturity", "--normalise", "zscore", "--aggregate", "geometric"], "geometric aggregation is invalid"),
    (["maturity", "--weights", "gov=2"], "unknown node 'gov'"),
    (["maturity", "--weights", "governance"], "is not NODE=WEIGHT"),
    (["maturity", "--lens", "evaluation", "--weights", "governance=two"], "is not a number"),
    (["maturity", "--lens", "evaluation", "--weights", "governance=-1"], "must be 0 or more"),
    (["maturity", "--format", "xlsx"], "--format xlsx needs --output"),
    (["maturity", "--format", "parquet"], "--format parquet needs --output"),
    (["maturity", "--format", "pdf"], "invalid choice: 'pdf'"),
    (["maturity", "--framework", "f.csv"], "--framework and --data go together"),
    (["maturity", "--framework", "nope.csv", "--data", "nope.csv"], "nope.csv: file not found"),
    (["maturity", "--bogus"], "unrecognized arguments: --bogus"),
    (["coverage", "--by", "village"], "unknown grouping 'village'"),
    (["coverage", "--budget", "3"], "option --budget does not apply to 'export coverage'"),
    (["coverage", "--timeline", "--year", "2019"], "--year does not apply with --timeline"),
    (["coverage", "--output", "/nonexistent-dir/x.csv"], "does not exist"),
    (["uncertainty", "--n", "0"], "--n must be at least 1"),
    (["uncertainty", "--table", "both"], "unknown table 'both'"),
    (["plan"], "export plan needs --budget"),
    (["plan", "--budget", "0"], "budget must be at least 1"),
    (["plan", "--budget", "9999"], "exceeds the"),
    (["plan", "--budget", "5", "--min-per-province", "30"], "eligible regions"),
    (["plan", "--budget", "5", "--min-per-province", "2"], "the province minimums need"),
    (["plan", "--budget", "5", "--objective", "votes"], "unknown objective 'votes'"),
    (["plan", "--budget", "5", "--only-type", "city"], "unknown type 'city'"),
    (["plan", "--budget", "5", "--exclude", "12.345"], "unknown region code '12.345'"),
    (["plan", "--budget", "5", "--province", "35"], "option --province does not apply"),
]


@pytest.mark.parametrize("argv, message", BAD, ids=[" ".join(a) or "<none>" for a, _ in BAD])
def test_bad_input_exits_2_with_one_line(loaded, capsysbinary, argv, message):
    code, out, err = run(argv, capsysbinary)
    assert code == 2
    assert out == b""
    assert err.count("\n") == 1 and err.startswith("error: "), err
    assert message in err


def test_subprocess_exit_code_and_stdout(built_db):
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    bad = subprocess.run([sys.executable, "-m", "analytics", "export", "peers", "--region", "99.99"],
                         cwd=REPO, env=env, capture_output=True, text=True, timeout=120)
    assert bad.returncode == 2 and bad.stdout == ""
    assert bad.stderr.startswith("error: unknown region code '99.99'") and bad.stderr.count("\n") == 1
    ok = subprocess.run([sys.executable, "-m", "analytics", "export", "coverage", "--by", "national",
                         "--format", "json"], cwd=REPO, env=env, capture_output=True, timeout=120)
    assert ok.returncode == 0, ok.stderr
    assert json.loads(ok.stdout)[0]["group"] == "Indonesia"


# ---------------------------------------------------------------------------------------------- own files
FRAMEWORK = "node,parent,weight,direction\nidx,,1,1\nA,idx,1,1\nB,idx,2,1\na1,A,1,1\na2,A,1,-1\nb1,B,1,1\n"
DATA = ("unit,indicator,value\nu1,a1,1\nu1,a2,5\nu1,b1,3\nu2,a1,4\nu2,a2,2\nu2,b1,1\n"
        "u3,a1,2\nu3,a2,2\nu3,b1,2\n")


@pytest.fixture()
def files(tmp_path):
    fw, data = tmp_path / "fw.csv", tmp_path / "data.csv"
    fw.write_text(FRAMEWORK)
    data.write_text(DATA)
    return str(fw), str(data)


def test_framework_data_maturity(capsysbinary, files):
    fw, data = files
    code, out, err = run(["maturity", "--framework", fw, "--data", data], capsysbinary)
    assert code == 0, err
    df = parse(out, "csv").set_index("unit")
    # minmax: a1 → u1 0, u2 100, u3 33.3; a2 (lower is better) → u1 0, u2 100, u3 100; b1 → 100, 0, 50
    # A = mean(a1, a2); B = b1; idx = (A + 2 B) / 3
    exp_a = {"u1": 0.0, "u2": 100.0, "u3": (100 / 3 + 100) / 2}
    exp_b = {"u1": 100.0, "u2": 0.0, "u3": 50.0}
    for u in ("u1", "u2", "u3"):
        assert float(df.loc[u, "A"]) == pytest.approx(exp_a[u])
        assert float(df.loc[u, "B"]) == pytest.approx(exp_b[u])
        assert float(df.loc[u, "idx"]) == pytest.approx((exp_a[u] + 2 * exp_b[u]) / 3)
    assert df.index.tolist() == ["u1", "u3", "u2"] and df["rank"].tolist() == ["1", "2", "3"]
    assert list(df.columns) == ["idx", "B", "A", "rank"]


def test_framework_data_weights_and_goalposts(capsysbinary, files):
    fw, data = files
    code, out, err = run(["maturity", "--framework", fw, "--data", data, "--weights", "B=0",
                          "--normalise", "minmax", "--format", "json"], capsysbinary)
    assert code == 0, err
    rows = {r["unit"]: r for r in json.loads(out)}
    assert rows["u2"]["idx"] == pytest.approx(100.0) and rows["u2"]["rank"] == 1


def test_framework_data_uncertainty(capsysbinary, files):
    fw, data = files
    code, out, err = run(["uncertainty", "--framework", fw, "--data", data, "--n", "60", "--seed", "1"],
                         capsysbinary)
    assert code == 0, err
    df = parse(out, "csv")
    assert list(df.columns) == ["unit", "idx", "B", "A", "nominal_rank", "median_rank", "p05_rank", "p95_rank"]
    assert df["unit"].tolist() == ["u1", "u3", "u2"] and df["nominal_rank"].tolist() == ["1", "2", "3"]
    code, out, _ = run(["uncertainty", "--framework", fw, "--data", data, "--n", "60", "--table", "sensitivity"],
                       capsysbinary)
    assert code == 0 and parse(out, "csv")["choice"].tolist() == ["weights", "normalisation", "aggregation"]


@pytest.mark.parametrize("data, message", [
    ("unit,indicator,value\nu1,a1,x\n", "row 2: column 'value': non-numeric value 'x'"),
    ("unit,indicator,value\nu1,zz,1\n", "'zz' is not an indicator of the framework"),
    ("unit,value\nu1,1\n", "missing column 'indicator'"),
])
def test_framework_data_bad_files(capsysbinary, tmp_path, data, message):
    fw, d = tmp_path / "fw.csv", tmp_path / "d.csv"
    fw.write_text(FRAMEWORK)
    d.write_text(data)
    code, out, err = run(["maturity", "--framework", str(fw), "--data", str(d)], capsysbinary)
    assert code == 2 and err.count("\n") == 1 and message in err


def test_framework_data_rejects_region_filters(capsysbinary, files):
    fw, data = files
    code, _, err = run(["maturity", "--framework", fw, "--data", data, "--province", "35"], capsysbinary)
    assert code == 2 and "--province does not apply to --framework/--data" in err
    code, _, err = run(["maturity", "--framework", fw, "--data", data, "--weights", "zz=1"], capsysbinary)
    assert code == 2 and "unknown node 'zz'" in err
