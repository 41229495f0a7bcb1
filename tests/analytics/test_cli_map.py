"""``python -m analytics map``: the report map from the command line (a PNG at print resolution with the
attribution), the values as CSV (checked against the cohort file), and one-line errors with exit code 2."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys

import pytest
from PIL import Image

from analytics.cli.main import main
from tests.conftest import REPO


def _run(capsys, *args) -> tuple[int, str, str]:
    code = main(["map", *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_png_at_print_resolution_with_attribution(built_db, tmp_path, capsys):
    out = tmp_path / "m.png"
    code, _, err = _run(capsys, "--db", str(built_db), "--measure", "cohort", "--year", "2022", "--island-group", "Jawa",
                        "-o", str(out))
    assert code == 0 and f"wrote {out}" in err
    img = Image.open(out)
    assert img.width >= 2400
    assert "geoBoundaries" in img.text["Copyright"] and "CC BY 3.0 IGO" in img.text["Copyright"]
    assert img.text["Title"] == "Programme cohort (year joined), as of 2022" and img.text["Description"] == "Jawa"


def test_output_folder_gets_a_dated_name(built_db, tmp_path, capsys):
    code, _, err = _run(capsys, "--db", str(built_db), "--measure", "participation", "--provinces", "--lang", "id",
                        "-o", str(tmp_path))
    files = list(tmp_path.glob("kota-cerdas_map-participation-2023_*.png"))
    assert code == 0 and len(files) == 1
    assert Image.open(files[0]).text["Title"] == "Keikutsertaan, per 2023"


def test_csv_is_the_values_the_map_shows(built_db, capsys):
    code, out, _ = _run(capsys, "--db", str(built_db), "--csv", "--measure", "participation", "--year", "2019",
                        "--province", "35")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    with open(REPO / "data" / "reference" / "regencies.csv", encoding="utf-8") as fh:
        jatim = {r["code"] for r in csv.DictReader(fh) if r["province_code"] == "35"}
    first: dict[str, int] = {}
    with open(REPO / "data" / "reference" / "programme_cohorts.csv", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            first[r["region_code"]] = min(int(r["cohort_year"]), first.get(r["region_code"], 9999))
    assert {r["code"] for r in rows} == jatim
    assert {r["code"] for r in rows if r["value"] == "participant"} == {c for c in jatim if first.get(c, 9999) <= 2019}
    assert list(rows[0]) == ["code", "name", "province_name", "type", "value", "shown", "value_year", "source"]


def test_list_measures(built_db, capsys):
    code, out, _ = _run(capsys, "--db", str(built_db), "--list-measures")
    lines = out.strip().splitlines()
    assert code == 0 and lines[0].startswith("open_index\t") and lines[1].startswith("cohort\t")
    assert any(line.startswith("indicator:poverty_rate\t") for line in lines)
    assert any(line.startswith("evaluation\t") and line.endswith("(illustrative)") for line in lines)


@pytest.mark.parametrize(("args", "message"), [
    (["--measure", "nope"], "unknown map measure 'nope'; choose one of open_index, cohort, participation"),
    (["--year", "2016"], "year 2016 is out of range"),
    (["--width", "800"], "--width must be between 2400"),
    (["--type", "desa"], "unknown type 'desa'"),
    (["--province", "99"], "unknown province code '99'"),
    (["--highlight", "Kediri"], "matches several regions: 35.06 (Kabupaten Kediri), 35.71 (Kota Kediri)"),
    (["--highlight", "Atlantis"], "matches no kabupaten or kota"),
    (["--csv", "--small-multiples"], "do not go together"),
    (["-o", "/no/such/folder/m.png"], "folder /no/such/folder does not exist"),
])
def test_bad_input_is_one_line_and_exit_2(built_db, capsys, args, message):
    code, out, err = _run(capsys, "--db", str(built_db), *args)
    assert code == 2 and out == ""
    assert err.startswith("error: ") and message in err and err.count("\n") == 1, err


def test_an_unknown_option_is_one_line(built_db):
    env = dict(os.environ, KOTA_CERDAS_DB=str(built_db))
    p = subprocess.run([sys.executable, "-m", "analytics", "map", "--colour", "red"], cwd=REPO, env=env,
                       capture_output=True, text=True, timeout=120)
    assert p.returncode == 2 and p.stderr.startswith("error: unrecognized arguments: --colour red")
