"""Property tests of the import validation: generated files (random bytes, truncated CSV and XLSX, wrong types,
off-scale scores, encodings and delimiters) are accepted exactly when a simple model of the rules says so, a
rejected import leaves the database file byte-for-byte unchanged, and commit agrees with validate."""

from __future__ import annotations

import csv as csvmod
import datetime as dt
import functools
import hashlib
import io
import os
import re
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analytics.warehouse import build as build_mod
from analytics.io import imports

CUR = dt.date.today().year
PARTICIPANTS = ["73.71", "35.71", "32.73", "33.10", "35.10", "51.01"]   # in data/reference/programme_cohorts.csv
NON_PARTICIPANT = "73.10"
PILLAR_SPELLINGS = {"governance": ["governance", "Smart Governance", "Tata Kelola Pemerintahan Cerdas"],
                    "branding": ["branding", "Smart Branding", "Pemasaran Daerah Cerdas"],
                    "economy": ["economy", "Ekonomi Cerdas"], "society": ["Society", "Masyarakat Cerdas"],
                    "living": ["living", "Hunian Cerdas"], "environment": ["Environment", "Lingkungan Cerdas"]}
SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.fixture(scope="module")
def env(tmp_path_factory):
    """One database and imports folder for the module (hypothesis runs many examples in one test)."""
    root = tmp_path_factory.mktemp("imports-properties")
    saved = {k: os.environ.get(k) for k in ("KOTA_CERDAS_DB", "KOTA_CERDAS_IMPORTS_DIR")}
    os.environ["KOTA_CERDAS_DB"] = str(root / "smartcity.duckdb")
    os.environ["KOTA_CERDAS_IMPORTS_DIR"] = str(root / "imports")
    build_mod.build(root / "smartcity.duckdb")
    yield root / "smartcity.duckdb", root / "imports"
    for k, v in saved.items():
        if v is None:
            os.environ.pop(k, None)
        else:
            os.environ[k] = v


@pytest.fixture(scope="module")
def ctx(env):
    return imports.load_context()


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _listing(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*")) if root.exists() else []


def commit_agrees_with_validate(env, data: bytes, name: str) -> bool:
    """Commit the file; a rejection must list validate's problems and change nothing. Returns accepted."""
    db, root = env
    v = imports.validate(data, name)
    digest, listing = _sha(db), _listing(root)
    try:
        batch = imports.commit(data, name, by="hypothesis")
    except imports.ImportRejected as exc:
        assert not v.ok
        assert [str(p) for p in exc.problems] == [str(p) for p in v.problems]
        assert _sha(db) == digest, "a rejected import changed the database file"
        assert _listing(root) == listing, "a rejected import wrote into the imports folder"
        return False
    assert v.ok and (batch.score_rows, batch.cohort_rows) == (v.score_rows, v.cohort_rows)
    imports.rollback(batch.batch_id, by="hypothesis")
    return True


# ---------------------------------------------------------------------------------------------- random bytes

@SETTINGS
@given(data=st.binary(max_size=3000), name=st.sampled_from(["f.csv", "f.xlsx", "f", "f.txt"]))
def test_random_bytes_are_rejected_and_change_nothing(env, data, name):
    assert not commit_agrees_with_validate(env, data, name)


@SETTINGS
@given(prefix=st.sampled_from([b"region_code,year,pillar,score\n", b"PK\x03\x04", b"\xef\xbb\xbf", b"\xff\xfe"]),
       tail=st.binary(max_size=500), name=st.sampled_from(["f.csv", "f.xlsx"]))
def test_plausible_starts_with_garbage_change_nothing(env, prefix, tail, name):
    commit_agrees_with_validate(env, prefix + tail, name)


# ---------------------------------------------------------------------------------------------- a model

@st.composite
def cells(draw):
    """One score row as (cells, the key it would have or None, whether it is valid)."""
    ok = True
    kind = draw(st.sampled_from(["ok"] * 6 + ["unknown", "empty", "non_participant", "excel"]))
    region = {"ok": draw(st.sampled_from(PARTICIPANTS)), "unknown": draw(st.sampled_from(["99.99", "ab", "7x.71"])),
              "empty": "", "non_participant": NON_PARTICIPANT, "excel": "33.1"}[kind]
    ok &= kind in ("ok", "excel")
    code = "33.10" if kind == "excel" else region
    region_known = kind in ("ok", "excel", "non_participant")

    ykind = draw(st.sampled_from(["ok"] * 5 + ["low", "high", "text", "empty"]))
    year_value = draw(st.integers(2017, CUR))
    year = {"ok": str(year_value), "low": "2016", "high": str(CUR + 1), "text": "20x1", "empty": ""}[ykind]
    ok &= ykind == "ok"

    pkind = draw(st.sampled_from(["ok"] * 5 + ["bad", "empty"]))
    pillar_code = draw(st.sampled_from(list(PILLAR_SPELLINGS)))
    spelling = draw(st.sampled_from(PILLAR_SPELLINGS[pillar_code]))
    spelling = draw(st.sampled_from([spelling, spelling.upper(), spelling.lower(), f" {spelling} "]))
    pillar = {"ok": spelling, "bad": "weather", "empty": ""}[pkind]
    ok &= pkind == "ok"

    skind = draw(st.sampled_from(["ok"] * 5 + ["above", "below", "text", "empty"]))
    score = round(draw(st.floats(0, 4, allow_nan=False)), 2)
    score_text = {"ok": f"{score:.2f}", "above": "4.01", "below": "-0.5", "text": "abc", "empty": ""}[skind]
    ok &= skind == "ok"

    key = (code, year_value, pillar_code) if region_known and ykind == "ok" and pkind == "ok" else None
    return [region, year, pillar, score_text], key, ok, (code, year_value, pillar_code, score)


ENCODINGS = ["utf-8", "utf-8-sig", "cp1252", "latin-1", "utf-16"]


@st.composite
def score_files(draw):
    rows = draw(st.lists(cells(), min_size=1, max_size=8))
    delimiter = draw(st.sampled_from([",", ";", "\t"]))
    comma_decimal = draw(st.booleans())
    encoding = draw(st.sampled_from(ENCODINGS))
    buf = io.StringIO()
    w = csvmod.writer(buf, delimiter=delimiter, lineterminator=draw(st.sampled_from(["\n", "\r\n"])))
    w.writerow(["region_code", "year", "pillar", "score", "region_name"])
    for c, *_ in rows:
        values = list(c)
        if comma_decimal:
            values[3] = values[3].replace(".", ",")
        w.writerow(values + ["Kota Contoh é ü"])  # never blank, so no row is skipped
    data = buf.getvalue().encode(encoding)
    keys = [k for _, k, _, _ in rows if k is not None]
    valid = all(ok for _, _, ok, _ in rows) and len(keys) == len(set(keys))
    expected = sorted(v for _, _, _, v in rows) if valid else None
    return data, valid, expected


@SETTINGS
@given(f=score_files())
def test_generated_files_accepted_exactly_when_valid(ctx, f):
    data, valid, expected = f
    v = imports.validate(data, "generated.csv", context=ctx)
    assert v.ok == valid, [str(p) for p in v.problems]
    if valid:
        got = sorted(zip(v.scores["region_code"], v.scores["year"], v.scores["pillar"], v.scores["score"]))
        assert got == expected
    else:
        assert all(p.row is None or p.row >= 1 for p in v.problems)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(f=score_files())
def test_generated_files_commit_agrees(env, f):
    data, valid, _ = f
    assert commit_agrees_with_validate(env, data, "generated.csv") == valid


def test_utf16_without_bom_is_rejected(ctx):
    data = "region_code,year,pillar,score\n73.71,2022,governance,3\n".encode("utf-16-le")
    assert [p.code for p in imports.validate(data, "f.csv", context=ctx).problems] == ["binary"]


# ---------------------------------------------------------------------------------------------- truncation

VALID = ("region_code;year;pillar;score\n" + "".join(
    f"{c};{y};{p};{s}\n" for c, y, p, s in [("73.71", 2022, "governance", "3,25"), ("35.71", 2021, "economy", "2,5"),
                                              ("32.73", 2023, "living", "1,75")])).encode("utf-8-sig")


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cut=st.integers(0, len(VALID)))
def test_truncated_csv_is_accepted_or_rejected_consistently(env, cut):
    commit_agrees_with_validate(env, VALID[:cut], "truncated.csv")


@functools.lru_cache(maxsize=1)
def _workbook() -> bytes:
    return imports.template_xlsx()


@SETTINGS
@given(cut=st.integers(0, 4000))
def test_truncated_xlsx_is_rejected(env, cut):
    data = _workbook()
    data = data[: min(cut, len(data) - 1)]
    v = imports.validate(data, "truncated.xlsx")
    assert not v.ok
    assert {p.code for p in v.problems} <= {"empty_file", "xlsx_not_zip", "xlsx_broken"}
    assert not commit_agrees_with_validate(env, data, "truncated.xlsx")


# ---------------------------------------------------------------------------------------------- wrong types

CELL_VALUES = st.one_of(st.none(), st.booleans(), st.integers(-5, 3000), st.floats(-5, 3000, allow_nan=False),
                        st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=6), st.dates(dt.date(2015, 1, 1), dt.date(2030, 1, 1)))


def _year_ok(v) -> bool:
    if isinstance(v, bool) or v is None:
        return False
    if isinstance(v, (int, float)):
        return float(v).is_integer() and 2017 <= v <= CUR
    if isinstance(v, str):
        s = v.strip()
        return bool(re.fullmatch(r"[0-9]{4}([.,]0+)?", s)) and 2017 <= int(s[:4]) <= CUR
    return False


def _score_ok(v) -> bool:
    if isinstance(v, bool) or v is None:
        return False
    if isinstance(v, (int, float)):
        return 0 <= v <= 4
    if isinstance(v, str):
        n = imports.parse_number(v)
        return n is not None and 0 <= n <= 4
    return False


@SETTINGS
@given(year=CELL_VALUES, score=CELL_VALUES)
def test_xlsx_cell_types(ctx, year, score):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "scores"
    ws.append(["region_code", "year", "pillar", "score", "note"])
    ws.append(["73.71", year, "governance", score, "x"])
    buf = io.BytesIO()
    wb.save(buf)
    v = imports.validate(buf.getvalue(), "types.xlsx", context=ctx)
    assert v.ok == (_year_ok(year) and _score_ok(score)), [str(p) for p in v.problems]
    if v.ok:
        assert v.scores["score"].iloc[0] == pytest.approx(float(str(score).replace(",", ".")))
