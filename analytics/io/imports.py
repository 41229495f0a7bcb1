"""Import analysts' evaluation results (pillar scores, and participation rows) into the warehouse.

The warehouse stays *derived*: an import never writes into DuckDB. It

1. **validates** the whole file (:func:`validate`): every problem is listed with its sheet, row and column,
   and nothing is written unless there are none;
2. **stages** a batch folder ``<imports_dir>/<batch_id>/`` (``manifest.json``, ``scores.csv`` and/or
   ``cohorts.csv``, and the original upload), written under a hidden name and renamed into place;
3. **rebuilds** the warehouse atomically (:func:`analytics.warehouse.build.build` semantics), which merges every active
   batch (:func:`analytics.io.batch_store.load_active`). Imported rows carry ``source = 'import:<batch_id>'``.
   If the rebuild fails the staged folder is removed again and the old database is untouched.

:func:`rollback` marks a batch ``rolled_back`` and rebuilds; :func:`history` lists the batches. Steps 1–3 and
rollback run under the build lock, so concurrent imports serialise. See docs/IMPORT.md for the file format.

File format (one row per region × year × pillar, "long form"):

- scores: ``region_code, year, pillar, score`` (+ optional ``region_name``, ``source_url``);
- participation: ``region_code, cohort_year, evidence`` (+ optional ``region_name``, ``source_url``) —
  the columns of ``data/reference/programme_cohorts.csv``.

A CSV holds one of the two (told apart by a ``cohort_year`` column); an XLSX workbook may hold both, on sheets
named ``scores`` and ``participation``. Scores are accepted only for programme participants: regions in the
reference cohorts, in an active batch, or in the same file's participation rows.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import difflib
import hashlib
import io
import json
import math
import os
import re
import shutil
import zipfile
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Callable

import pandas as pd

from analytics import paths
from analytics.domain import (EVIDENCE_KINDS, FIRST_YEAR, MIN_PILLARS, NO_COHORT_YEARS, SCORE_MAX, SCORE_MIN,
                              max_accepted_year)

from analytics.io import batch_store as imports_store
from analytics.io.batch_store import ACTIVE, COHORTS_FILE, MANIFEST, ROLLED_BACK, SCORES_FILE

MAX_BYTES = 5 * 1024 * 1024
MAX_ROWS = 100_000
MAX_XLSX_EXPANDED = 50 * 1024 * 1024
EVIDENCE = EVIDENCE_KINDS

SCORES, PARTICIPATION = "scores", "participation"
REQUIRED = {SCORES: ("region_code", "year", "pillar", "score"),
            PARTICIPATION: ("region_code", "cohort_year", "evidence")}
OPTIONAL = {SCORES: ("region_name", "source_url"), PARTICIPATION: ("region_name", "source_url")}
SHEET_NAMES = {SCORES: ("scores", "score", "skor", "nilai"),
               PARTICIPATION: ("participation", "participants", "cohorts", "cohort", "partisipasi", "peserta",
                               "kepesertaan")}
# header spellings accepted besides the column names themselves (compared lower-case, spaces → underscores)
HEADER_ALIASES = {
    "kode": "region_code", "kode_daerah": "region_code", "kode_wilayah": "region_code", "code": "region_code",
    "nama_daerah": "region_name", "nama": "region_name", "region": "region_name",
    "tahun": "year", "pilar": "pillar", "dimensi": "pillar", "nilai": "score", "skor": "score",
    "indeks": "score", "tahun_kohort": "cohort_year", "cohort": "cohort_year", "bukti": "evidence",
    "source": "source_url", "sumber": "source_url", "url": "source_url",
}


def last_year() -> int:
    """The latest year an import may carry (:func:`analytics.domain.max_accepted_year`)."""
    return max_accepted_year()


# ---------------------------------------------------------------------------------------------- problems

# English text of every problem, by code. Fields in braces; numbers are formatted by the caller's formatter.
PROBLEM_MESSAGES: dict[str, str] = {
    "empty_file": "the file is empty",
    "no_rows": "the file has a header but no data rows",
    "too_large": f"the file is {{size_mb}} MB, larger than the limit of {MAX_BYTES // 2**20} MB",
    "too_many_rows": f"more than {MAX_ROWS:,} data rows; the limit is {MAX_ROWS:,} rows per file",
    "unsupported_type": "'{name}' is not a .csv or .xlsx file; save it as CSV or as an Excel workbook (.xlsx)",
    "xlsx_not_zip": "the file is not a valid XLSX workbook (it is not a zip archive); save it again as .xlsx "
                    "or upload a CSV",
    "xlsx_broken": "the XLSX workbook cannot be read (it is damaged or not an Excel workbook); save it again "
                   "as .xlsx or upload a CSV",
    "xlsx_too_large": f"the XLSX workbook expands to more than {MAX_XLSX_EXPANDED // 2**20} MB; the limit is "
                      f"{MAX_XLSX_EXPANDED // 2**20} MB",
    "binary": "the file contains NUL bytes: it is not a text CSV file",
    "missing_column": "the required column is missing from the header",
    "duplicate_column": "the column appears more than once in the header",
    "extra_values": "the row has {count} values but the header has {columns} columns",
    "empty_value": "the value is empty",
    "bad_region": "'{value}' is not a region code (region codes look like 73.71)",
    "bad_region_suggest": "'{value}' is not a region code — did you mean {suggestion}?",
    "not_participant": "region {region} ({name}) is not a programme participant; add a participation row for it "
                       "(participation sheet or file)",
    "bad_year": "'{value}' is not a year",
    "year_range": "'{value}' is outside the years {first}–{last}",
    "no_cohort_2020": "'{value}' is not a cohort year: the programme took no new regions in 2020",
    "bad_pillar": "'{value}' is not a pillar (governance, branding, economy, society, living, environment)",
    "bad_pillar_suggest": "'{value}' is not a pillar — did you mean {suggestion}?",
    "bad_number": "'{value}' is not a number",
    "score_range": f"'{{value}}' is outside the {SCORE_MIN:g}–{SCORE_MAX:g} scale",
    "bad_evidence": f"'{{value}}' is not one of {', '.join(EVIDENCE_KINDS)}",
    "bad_url": "'{value}' is not a web address starting with http:// or https://",
    "duplicate_score": "the same region, year and pillar as row {first}",
    "duplicate_cohort": "the same region and cohort year as row {first}",
    "already_imported": "this file was already imported as batch {batch_id} ({imported_at}, by {imported_by}); "
                        "roll that batch back to import it again",
    # a note, not a problem: the file is accepted, and the user is told what the completeness rule will do
    "partial_pillars": "{name} ({region}), {year}: {present} of {total} pillars in this file. Pillars not in the "
                       "file keep any score they already have for {year}; with fewer than {min} of {total} pillars "
                       "in all, the region shows 'insufficient data' instead of an index, a level and a rank",
}


def english_number(v: int | float) -> str:
    return f"{v:,}" if isinstance(v, int) else f"{v:,.1f}"


@dataclass(frozen=True)
class Problem:
    """One reason a file is rejected: where (sheet, row, column; rows numbered as a spreadsheet shows them,
    header = row 1) and what (a code from :data:`PROBLEM_MESSAGES` with its fields)."""
    code: str
    row: int | None = None
    column: str | None = None
    sheet: str | None = None
    fields: tuple[tuple[str, object], ...] = ()

    def render(self, template: str | None = None, number: Callable[[int | float], str] = english_number) -> str:
        """The message, from ``template`` (default: the English one), numbers formatted with ``number``."""
        f = {k: (number(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else v)
             for k, v in self.fields}
        return (template or PROBLEM_MESSAGES[self.code]).format(**f)

    @property
    def message(self) -> str:
        return self.render()

    @property
    def where(self) -> str:
        parts = []
        if self.sheet:
            parts.append(f"sheet {self.sheet}")
        if self.row is not None:
            parts.append(f"row {self.row}")
        if self.column:
            parts.append(f"column {self.column}")
        return ", ".join(parts)

    def __str__(self) -> str:
        return f"{self.where}: {self.message}" if self.where else self.message


def _p(code: str, /, row: int | None = None, column: str | None = None, sheet: str | None = None,
       **fields) -> Problem:
    return Problem(code, row, column, sheet, tuple(fields.items()))


class ImportRejected(ValueError):
    """The file is not valid; nothing was written. ``problems`` lists every reason."""

    def __init__(self, file_name: str, problems: list[Problem]):
        self.file_name, self.problems = file_name, list(problems)
        n = len(self.problems)
        super().__init__(f"{file_name}: {n} problem{'s' if n != 1 else ''}, nothing was imported; first: "
                         f"{self.problems[0]}")


class BatchError(ValueError):
    """A batch operation that cannot be done (unknown batch, already rolled back, rebuild failed)."""


# ---------------------------------------------------------------------------------------------- context

@dataclass
class Context:
    """What validation checks against: the region codes and names, the pillars, the participants, and the
    active batches."""
    regions: dict[str, str]
    pillar_aliases: dict[str, str]
    pillar_codes: list[str]
    participants: set[str]
    active: list[dict] = field(default_factory=list)


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", str(s)).strip().lower()


def pillar_aliases(pillars: pd.DataFrame) -> dict[str, str]:
    """Accepted spellings (lower-case) of each pillar: code, English and Indonesian names, with or without
    "Smart"/"Cerdas", and the alternative Indonesian names in ../shared/DOMAIN.md."""
    out: dict[str, str] = {}
    alt = {"branding": ["Branding Daerah Cerdas", "Pemasaran/Branding Daerah Cerdas"],
           "society": ["Sosial Cerdas", "Masyarakat/Sosial Cerdas"],
           "living": ["Lingkungan Hidup Cerdas", "Hunian/Lingkungan Hidup Cerdas"]}
    for _, r in pillars.iterrows():
        code = r["code"]
        names = [code, r["name_en"], r["name_id"], *alt.get(code, [])]
        for n in names:
            n = _norm(n)
            out.setdefault(n, code)
            for short in (re.sub(r"^smart ", "", n), re.sub(r" cerdas$", "", n)):
                out.setdefault(short, code)
    return out


_REFERENCE_CACHE: dict[tuple, tuple] = {}


def _reference_facts(reference_dir: Path) -> tuple[dict[str, str], pd.DataFrame, frozenset[str]]:
    """Region names, pillars and reference participants, cached until a reference file changes."""
    from analytics.warehouse.spec import load_reference
    ref = Path(reference_dir)
    stamp = tuple(sorted((p.name, p.stat().st_mtime_ns, p.stat().st_size) for p in ref.glob("*.csv")))
    key = (str(ref.resolve()), stamp)
    hit = _REFERENCE_CACHE.get(key)
    if hit is None:
        frames = load_reference(ref)
        hit = (dict(zip(frames["region"]["code"], frames["region"]["name"])),
               frames["pillar"].sort_values("ordinal").reset_index(drop=True),
               frozenset(frames["programme_cohort"]["region_code"]))
        _REFERENCE_CACHE.clear()
        _REFERENCE_CACHE[key] = hit
    return hit


def _active_participants(manifests: list[dict]) -> set[str]:
    out: set[str] = set()
    for m in manifests:
        f = Path(m["_dir"]) / COHORTS_FILE
        if f.exists():
            out |= set(pd.read_csv(f, dtype=str, keep_default_na=False)["region_code"])
    return out


def load_context(reference_dir: Path | None = None, imports_dir: Path | None = None) -> Context:
    """The context of a validation: reference files plus the active batches under ``imports_dir``."""
    regions, pillars, participants = _reference_facts(Path(reference_dir or paths.reference_dir()))
    manifests = imports_store.read_manifests(Path(imports_dir or paths.imports_dir()))
    active = [m for m in manifests if m.get("status", ACTIVE) == ACTIVE]
    return Context(regions=regions, pillar_aliases=pillar_aliases(pillars), pillar_codes=pillars["code"].tolist(),
                   participants=set(participants) | _active_participants(active), active=active)


# ---------------------------------------------------------------------------------------------- reading

@dataclass
class Table:
    """One table read from the file: its kind, header (row number and normalised names) and rows."""
    sheet: str | None
    header_row: int
    header: list[str]
    rows: list[tuple[int, list[str]]]  # (spreadsheet row number, cells as text)
    raw_header: list[str] = field(default_factory=list)
    declared: str | None = None  # the kind a sheet's name declares (XLSX)

    @property
    def kind(self) -> str:
        """A named sheet's kind; else participation if the header has cohort_year, else scores."""
        if self.declared:
            return self.declared
        return PARTICIPATION if "cohort_year" in self.header else SCORES


def _header_name(cell: str) -> str:
    n = re.sub(r"[\s\-]+", "_", str(cell).strip().lstrip("\ufeff").lower())
    return HEADER_ALIASES.get(n, n)


def decode_text(data: bytes) -> str:
    """Text of a CSV: UTF-16 if it has a UTF-16 byte-order mark, else UTF-8 (with or without BOM), else
    Windows-1252, else Latin-1 (which never fails)."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    for enc in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def _delimiter(first_line: str) -> str:
    """Comma, semicolon (Indonesian and European spreadsheets) or tab: whichever the header uses most."""
    counts = {d: first_line.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: (counts[d], d == ","))
    return best if counts[best] else ","


def _split_header(rows: list[tuple[int, list[str]]], sheet: str | None, declared: str | None = None) -> Table | None:
    filled = [(n, r) for n, r in rows if any(c.strip() for c in r)]
    if not filled:
        return None
    header_row, header = filled[0]
    body = [(n, r) for n, r in filled[1:]]
    return Table(sheet, header_row, [_header_name(c) for c in header], body, [str(c).strip() for c in header],
                 declared)


def read_csv_table(data: bytes) -> tuple[Table | None, list[Problem]]:
    if b"\x00" in data and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return None, [_p("binary")]
    text = decode_text(data)
    if "\x00" in text:
        return None, [_p("binary")]
    first = text.lstrip("\ufeff").split("\n", 1)[0]
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff"), newline=""), delimiter=_delimiter(first))
    rows, filled = [], 0
    for i, r in enumerate(reader, start=1):
        rows.append((i, r))
        filled += any(c.strip() for c in r)
        if filled > MAX_ROWS + 1:  # the header and MAX_ROWS data rows are allowed
            return None, [_p("too_many_rows")]
    table = _split_header(rows, None)
    if table is None:
        return None, [_p("empty_file")]
    return table, []


def _cell_text(v) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "TRUE" if v else "FALSE"
    if isinstance(v, float):
        import numpy as np
        return np.format_float_positional(v, trim="-")
    if isinstance(v, (dt.datetime, dt.date, dt.time)):
        return v.isoformat()
    return str(v)


def read_xlsx_tables(data: bytes) -> tuple[list[Table], list[Problem]]:
    """The sheets named scores/participation (or, without them, the first sheet) of an XLSX workbook."""
    if not data.startswith(b"PK"):
        return [], [_p("xlsx_not_zip")]
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            if sum(i.file_size for i in zf.infolist()) > MAX_XLSX_EXPANDED:
                return [], [_p("xlsx_too_large")]
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, OSError):
        return [], [_p("xlsx_not_zip")]
    import warnings

    import openpyxl
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:  # noqa: BLE001 - openpyxl raises many kinds (KeyError, InvalidFileException, XML errors)
        return [], [_p("xlsx_broken")]
    try:
        by_kind = {}
        for ws in wb.worksheets:
            n = _norm(ws.title)
            for kind, names in SHEET_NAMES.items():
                if n in names and kind not in by_kind:
                    by_kind[kind] = ws
        sheets = [(by_kind[k], k) for k in (SCORES, PARTICIPATION) if k in by_kind] or \
            [(ws, None) for ws in wb.worksheets[:1]]
        tables, problems = [], []
        for ws, declared in sheets:
            rows, filled = [], 0
            for i, r in enumerate(ws.iter_rows(values_only=True), start=1):
                cells = [_cell_text(v) for v in r]
                rows.append((i, cells))
                filled += any(c.strip() for c in cells)
                if filled > MAX_ROWS + 1:
                    problems.append(_p("too_many_rows", sheet=ws.title))
                    break
            else:
                t = _split_header(rows, ws.title, declared)
                if t is not None:
                    tables.append(t)
        return tables, problems
    except Exception:  # noqa: BLE001 - damaged sheet XML surfaces while iterating
        return [], [_p("xlsx_broken")]
    finally:
        wb.close()


# ---------------------------------------------------------------------------------------------- checks

_NUMBER = re.compile(r"[+-]?(\d+([.,]\d+)?|[.,]\d+)", re.ASCII)
_YEAR = re.compile(r"\d{4}([.,]0+)?", re.ASCII)  # "2022", or "2022.0" from a spreadsheet number
_URL = re.compile(r"https?://\S+")


def parse_number(text: str) -> float | None:
    """A decimal number as written in English or Indonesian spreadsheets ("3.25" or "3,25"); else None."""
    s = text.strip()
    if not _NUMBER.fullmatch(s):
        return None
    return float(s.replace(",", "."))


def normalise_region_code(text: str) -> str:
    """"73.71" as written, or as a spreadsheet turned it: "73,71" (comma decimals), "73.1" (a number that lost
    its trailing zero: 73.10)."""
    s = text.strip()
    if re.fullmatch(r"\d{2}[.,]\d{1,2}", s):
        s = s.replace(",", ".")
        if len(s) == 4:
            s += "0"
    return s


def _show(value: str, limit: int = 40) -> str:
    v = "".join(c if c.isprintable() else "?" for c in str(value).strip())
    return v if len(v) <= limit else v[: limit - 1] + "…"


def suggest_region(value: str, regions: dict[str, str]) -> str | None:
    """A likely meant region for a wrong code: the code without its dot or with two adjacent digits swapped
    ("37.71" → 73.71), or a region whose name is close to the text given."""
    def label(code: str) -> str:
        return f"{code} ({regions[code]})"

    v = value.strip()
    if re.search(r"[A-Za-z]", v):
        names: dict[str, list[str]] = {}
        for code, name in regions.items():
            for n in {_norm(name), _norm(re.sub(r"^(Kabupaten|Kota)\s+", "", name))}:
                names.setdefault(n, []).append(code)
        hit = difflib.get_close_matches(_norm(v), list(names), n=1, cutoff=0.75)
        if hit:
            return " or ".join(label(c) for c in sorted(names[hit[0]])[:3])
        return None
    d = re.sub(r"\D", "", v)
    if len(d) != 4:
        return None
    direct = f"{d[:2]}.{d[2:]}"
    if direct in regions and direct != v:
        return label(direct)
    swaps = []
    for i in range(3):
        s = d[:i] + d[i + 1] + d[i] + d[i + 2:]
        code = f"{s[:2]}.{s[2:]}"
        if s != d and code in regions and code not in swaps:
            swaps.append(code)
    return " or ".join(label(c) for c in swaps[:3]) if swaps else None


def _check_region(cell: str, row: int, sheet, ctx: Context, problems: list[Problem]) -> str | None:
    if not cell.strip():
        problems.append(_p("empty_value", row, "region_code", sheet))
        return None
    code = normalise_region_code(cell)
    if code in ctx.regions:
        return code
    hint = suggest_region(cell, ctx.regions)
    if hint:
        problems.append(_p("bad_region_suggest", row, "region_code", sheet, value=_show(cell), suggestion=hint))
    else:
        problems.append(_p("bad_region", row, "region_code", sheet, value=_show(cell)))
    return None


def _check_year(cell: str, row: int, column: str, sheet, problems: list[Problem], *, cohort: bool = False) -> int | None:
    s = cell.strip()
    if not s:
        problems.append(_p("empty_value", row, column, sheet))
        return None
    if not _YEAR.fullmatch(s):
        problems.append(_p("bad_year", row, column, sheet, value=_show(cell)))
        return None
    y = int(float(s.replace(",", ".")))
    if not FIRST_YEAR <= y <= last_year():
        problems.append(_p("year_range", row, column, sheet, value=_show(cell), first=str(FIRST_YEAR),
                           last=str(last_year())))
        return None
    if cohort and y in NO_COHORT_YEARS:
        problems.append(_p("no_cohort_2020", row, column, sheet, value=_show(cell)))
        return None
    return y


def _check_url(cell: str, row: int, sheet, problems: list[Problem]) -> str | None:
    s = cell.strip()
    if not s:
        return None
    if not _URL.fullmatch(s):
        problems.append(_p("bad_url", row, "source_url", sheet, value=_show(cell)))
        return None
    return s


def _columns(table: Table) -> tuple[dict[str, int], list[Problem]]:
    """Column positions of the known columns, and header problems (missing or repeated columns)."""
    kind, problems, pos = table.kind, [], {}
    known = REQUIRED[kind] + OPTIONAL[kind]
    for i, name in enumerate(table.header):
        if name in known:
            if name in pos:
                problems.append(_p("duplicate_column", table.header_row, name, table.sheet))
            else:
                pos[name] = i
    for name in REQUIRED[kind]:
        if name not in pos:
            problems.append(_p("missing_column", table.header_row, name, table.sheet))
    return pos, problems


def _extra_values(table: Table, row: int, cells: list[str], problems: list[Problem]) -> None:
    width = len(table.header)
    while width and not table.raw_header[width - 1]:
        width -= 1  # trailing empty header cells (spreadsheets) do not count
    if any(c.strip() for c in cells[width:]):
        used = max(i for i, c in enumerate(cells) if c.strip()) + 1
        problems.append(_p("extra_values", row, None, table.sheet, count=used, columns=width))


def _cell(pos: dict[str, int], cells: list[str], name: str) -> str:
    """The text of column ``name`` in a row ('' when the column or the cell is absent)."""
    i = pos.get(name)
    return cells[i] if i is not None and i < len(cells) else ""


def check_scores(table: Table, ctx: Context) -> tuple[pd.DataFrame, list[Problem]]:
    pos, problems = _columns(table)
    if problems:
        return pd.DataFrame(), problems
    sheet, out, seen = table.sheet, [], {}

    for row, cells in table.rows:
        _extra_values(table, row, cells, problems)
        code = _check_region(_cell(pos, cells, "region_code"), row, sheet, ctx, problems)
        year = _check_year(_cell(pos, cells, "year"), row, "year", sheet, problems)
        pillar = None
        ptext = _cell(pos, cells, "pillar")
        if not ptext.strip():
            problems.append(_p("empty_value", row, "pillar", sheet))
        else:
            pillar = ctx.pillar_aliases.get(_norm(ptext))
            if pillar is None:
                hit = difflib.get_close_matches(_norm(ptext), list(ctx.pillar_aliases), n=1, cutoff=0.7)
                if hit:
                    problems.append(_p("bad_pillar_suggest", row, "pillar", sheet, value=_show(ptext),
                                       suggestion=ctx.pillar_aliases[hit[0]]))
                else:
                    problems.append(_p("bad_pillar", row, "pillar", sheet, value=_show(ptext)))
        stext, score = _cell(pos, cells, "score"), None
        if not stext.strip():
            problems.append(_p("empty_value", row, "score", sheet))
        else:
            score = parse_number(stext)
            if score is None:
                problems.append(_p("bad_number", row, "score", sheet, value=_show(stext)))
            elif not SCORE_MIN <= score <= SCORE_MAX:
                problems.append(_p("score_range", row, "score", sheet, value=_show(stext)))
                score = None
        url = _check_url(_cell(pos, cells, "source_url"), row, sheet, problems)
        if code is not None and year is not None and pillar is not None:
            key = (code, year, pillar)
            if key in seen:
                problems.append(_p("duplicate_score", row, "region_code, year, pillar", sheet, first=seen[key]))
                continue
            seen[key] = row
        if None not in (code, year, pillar, score):
            out.append((row, code, year, pillar, score, url))
    df = pd.DataFrame(out, columns=["row", "region_code", "year", "pillar", "score", "source_url"])
    return df, problems


def check_participation(table: Table, ctx: Context) -> tuple[pd.DataFrame, list[Problem]]:
    pos, problems = _columns(table)
    if problems:
        return pd.DataFrame(), problems
    sheet, out, seen = table.sheet, [], {}

    for row, cells in table.rows:
        _extra_values(table, row, cells, problems)
        code = _check_region(_cell(pos, cells, "region_code"), row, sheet, ctx, problems)
        year = _check_year(_cell(pos, cells, "cohort_year"), row, "cohort_year", sheet, problems, cohort=True)
        etext, evidence = _cell(pos, cells, "evidence").strip(), None
        if not etext:
            problems.append(_p("empty_value", row, "evidence", sheet))
        elif etext.lower() not in EVIDENCE:
            problems.append(_p("bad_evidence", row, "evidence", sheet, value=_show(etext)))
        else:
            evidence = etext.lower()
        url = _check_url(_cell(pos, cells, "source_url"), row, sheet, problems)
        if code is not None and year is not None:
            key = (code, year)
            if key in seen:
                problems.append(_p("duplicate_cohort", row, "region_code, cohort_year", sheet, first=seen[key]))
                continue
            seen[key] = row
        if None not in (code, year, evidence):
            out.append((row, code, year, evidence, url))
    df = pd.DataFrame(out, columns=["row", "region_code", "cohort_year", "evidence", "source_url"])
    return df, problems


# ---------------------------------------------------------------------------------------------- validate

@dataclass
class Validation:
    """The result of :func:`validate`: the rows that would be imported, or every problem."""
    file_name: str
    sha256: str
    size: int
    scores: pd.DataFrame = field(default_factory=pd.DataFrame)   # region_code, year, pillar, score, source_url
    cohorts: pd.DataFrame = field(default_factory=pd.DataFrame)  # region_code, cohort_year, evidence, source_url
    problems: list[Problem] = field(default_factory=list)
    notes: list[Problem] = field(default_factory=list)           # accepted, but worth telling (partial pillar sets)

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def score_rows(self) -> int:
        return len(self.scores)

    @property
    def cohort_rows(self) -> int:
        return len(self.cohorts)


def file_kind(file_name: str, data: bytes) -> str | None:
    """"csv", "xlsx" or None (unsupported), from the extension; without one, from the content."""
    ext = Path(file_name).suffix.lower()
    if ext in (".csv", ".txt", ".tsv"):
        return "csv"
    if ext in (".xlsx", ".xlsm"):
        return "xlsx"
    if ext == "":
        return "xlsx" if data.startswith(b"PK\x03\x04") else "csv"
    return None


def validate(data: bytes, file_name: str, *, context: Context | None = None) -> Validation:
    """Check a whole upload. Writes nothing. ``Validation.problems`` is empty when the file can be imported."""
    sha = hashlib.sha256(data).hexdigest()
    v = Validation(file_name=file_name, sha256=sha, size=len(data))

    def reject(*problems: Problem) -> Validation:
        v.problems = list(problems)
        return v

    if len(data) > MAX_BYTES:
        return reject(_p("too_large", size_mb=math.ceil(len(data) / 2**20 * 10) / 10))
    kind = file_kind(file_name, data)
    if kind is None:
        return reject(_p("unsupported_type", name=_show(Path(file_name).name, 80)))
    if data.strip() in (b"", codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        return reject(_p("empty_file"))
    if kind == "csv":
        table, problems = read_csv_table(data)
        tables = [table] if table else []
    else:
        tables, problems = read_xlsx_tables(data)
        if not tables and not problems:
            problems = [_p("empty_file")]
    if problems:
        return reject(*problems)
    if not any(t.rows for t in tables):
        return reject(_p("no_rows"))

    ctx = context or load_context()
    problems = []
    for m in ctx.active:
        if m.get("sha256") == sha:
            problems.append(_p("already_imported", batch_id=m["batch_id"], imported_at=_short_time(m["imported_at"]),
                               imported_by=m.get("imported_by", "")))
    scores = cohorts = None
    for t in sorted(tables, key=lambda t: t.kind != PARTICIPATION):  # participation first: scores need it
        if t.kind == PARTICIPATION and cohorts is None:
            cohorts, p = check_participation(t, ctx)
        elif t.kind == SCORES and scores is None:
            scores, p = check_scores(t, ctx)
        else:
            continue
        problems += p

    if scores is not None and len(scores):
        participants = ctx.participants | set(cohorts["region_code"] if cohorts is not None and len(cohorts) else [])
        for row, code in zip(scores["row"], scores["region_code"]):
            if code not in participants:
                problems.append(_p("not_participant", int(row), "region_code",
                                   _sheet_of(tables, SCORES), region=code, name=ctx.regions[code]))
    v.problems = sorted(problems, key=lambda p: (p.sheet or "", p.row or 0))
    if v.ok:
        v.scores = (scores.drop(columns="row") if scores is not None
                    else pd.DataFrame(columns=["region_code", "year", "pillar", "score", "source_url"]))
        v.cohorts = (cohorts.drop(columns="row") if cohorts is not None
                     else pd.DataFrame(columns=["region_code", "cohort_year", "evidence", "source_url"]))
        v.notes = partial_pillar_notes(v.scores, ctx, _sheet_of(tables, SCORES))
    return v


def partial_pillar_notes(scores: pd.DataFrame, ctx: Context, sheet: str | None = None) -> list[Problem]:
    """One note per region × year of ``scores`` with fewer than all pillars (the completeness rule,
    :data:`analytics.domain.MIN_PILLARS` of :data:`analytics.domain.N_PILLARS`, decides what shows)."""
    if scores.empty:
        return []
    total = len(set(ctx.pillar_aliases.values()))
    n = scores.groupby(["region_code", "year"], sort=True)["pillar"].nunique()
    return [_p("partial_pillars", sheet=sheet, region=code, name=ctx.regions[code], year=str(int(year)),
               present=int(k), total=total, min=MIN_PILLARS) for (code, year), k in n.items() if k < total]


def _sheet_of(tables: list[Table], kind: str) -> str | None:
    return next((t.sheet for t in tables if t.kind == kind), None)


def _short_time(iso: str) -> str:
    try:
        return pd.Timestamp(iso).strftime("%Y-%m-%d %H:%M UTC")
    except (ValueError, TypeError):
        return str(iso)


def problems_frame(problems: list[Problem], render: Callable[[Problem], str] | None = None) -> pd.DataFrame:
    """A table of problems (sheet, row, column, message) for the page and the tests."""
    render = render or (lambda p: p.message)
    return pd.DataFrame({"sheet": [p.sheet or "" for p in problems],
                         "row": pd.array([p.row for p in problems], dtype="Int64"),
                         "column": [p.column or "" for p in problems],
                         "message": [render(p) for p in problems]})


# ---------------------------------------------------------------------------------------------- commit

@dataclass(frozen=True)
class Batch:
    batch_id: str
    file_name: str
    sha256: str
    score_rows: int
    cohort_rows: int
    imported_at: str
    imported_by: str
    status: str = ACTIVE
    original: str = ""
    rolled_back_at: str | None = None
    rolled_back_by: str | None = None
    notes: tuple = ()                      # the validation's notes (not stored in the manifest)

    @property
    def source(self) -> str:
        return imports_store.source_label(self.batch_id)

    @classmethod
    def from_manifest(cls, m: dict) -> "Batch":
        return cls(**{k: m.get(k) for k in cls.__dataclass_fields__ if k in m and k != "notes"})


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def _seed_of(db: Path) -> int:
    """The synthetic seed the current database was built with (rebuilds keep it)."""
    from analytics.warehouse.synthetic import DEFAULT_SEED
    if not db.exists():
        return DEFAULT_SEED
    try:
        import duckdb
        with duckdb.connect(str(db), read_only=True) as con:
            return int(con.execute("SELECT synthetic_seed FROM build_info").fetchone()[0])
    except Exception:  # noqa: BLE001 - an unreadable database is rebuilt with the default seed
        return DEFAULT_SEED


def _write_json(path: Path, obj: dict) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(obj, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    os.replace(tmp, path)


def _rebuild(db: Path) -> None:
    from analytics.warehouse import build
    build._build_unlocked(db, reference_dir=None, seed=_seed_of(db))  # caller holds build.build_lock(db)


def commit(data: bytes, file_name: str, *, by: str, db: Path | None = None) -> Batch:
    """Validate, stage and rebuild, as one step under the build lock. Raises :class:`ImportRejected` (nothing
    written) or :class:`BatchError` (the rebuild failed; the staged batch was removed, the database is as it
    was)."""
    from analytics.warehouse.build import build_lock
    db = Path(db or paths.db_path())
    root = paths.imports_dir()
    with build_lock(db):
        v = validate(data, file_name, context=load_context(imports_dir=root))
        if not v.ok:
            raise ImportRejected(file_name, v.problems)
        now = _now()
        batch_id = f"{now:%Y%m%d-%H%M%S}-{v.sha256[:8]}"
        n = 2
        while (root / batch_id).exists():
            batch_id = f"{now:%Y%m%d-%H%M%S}-{v.sha256[:8]}-{n}"
            n += 1
        ext = Path(file_name).suffix.lower() or (".xlsx" if data.startswith(b"PK") else ".csv")
        batch = Batch(batch_id=batch_id, file_name=Path(file_name).name, sha256=v.sha256,
                      score_rows=v.score_rows, cohort_rows=v.cohort_rows,
                      imported_at=now.strftime("%Y-%m-%dT%H:%M:%S.%fZ"), imported_by=(by or "").strip() or "unknown",
                      original=f"original{ext}")
        root.mkdir(parents=True, exist_ok=True)
        stage = root / f".{batch_id}.tmp"
        shutil.rmtree(stage, ignore_errors=True)
        stage.mkdir()
        final = root / batch_id
        try:
            (stage / batch.original).write_bytes(data)
            if v.score_rows:
                v.scores.to_csv(stage / SCORES_FILE, index=False, lineterminator="\n", float_format=None)
            if v.cohort_rows:
                v.cohorts.to_csv(stage / COHORTS_FILE, index=False, lineterminator="\n")
            _write_json(stage / MANIFEST, {k: v for k, v in asdict(batch).items() if k != "notes"})
            os.rename(stage, final)
            _rebuild(db)
        except Exception as exc:
            shutil.rmtree(stage, ignore_errors=True)
            shutil.rmtree(final, ignore_errors=True)
            raise BatchError(f"the import of {file_name} failed while rebuilding the database, nothing was "
                             f"imported: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}") from exc
        return replace(batch, notes=tuple(v.notes))


def history(imports_dir: Path | None = None) -> list[Batch]:
    """Every batch (active and rolled back), oldest first."""
    return [Batch.from_manifest(m) for m in imports_store.read_manifests(Path(imports_dir or paths.imports_dir()))]


HISTORY_COLUMNS = ["batch_id", "file_name", "sha256", "score_rows", "cohort_rows", "imported_at", "imported_by",
                   "status", "rolled_back_at", "rolled_back_by"]


def history_frame(imports_dir: Path | None = None) -> pd.DataFrame:
    """The batches as a table, newest first (the page and ``python -m analytics imports list`` show it)."""
    rows = [{c: getattr(b, c) for c in HISTORY_COLUMNS} for b in history(imports_dir)]
    df = pd.DataFrame(rows, columns=HISTORY_COLUMNS)
    return df.iloc[::-1].reset_index(drop=True)


def rollback(batch_id: str, *, by: str = "", db: Path | None = None) -> Batch:
    """Mark a batch rolled back and rebuild. Raises :class:`BatchError` if the batch is unknown, already rolled
    back, or other active batches' scores need its participation rows (the batch stays active then)."""
    from analytics.warehouse.build import build_lock
    db = Path(db or paths.db_path())
    root = paths.imports_dir()
    with build_lock(db):
        manifests = {m["batch_id"]: m for m in imports_store.read_manifests(root)}
        m = manifests.get(batch_id)
        if m is None:
            raise BatchError(f"there is no import batch {batch_id}")
        if m.get("status") == ROLLED_BACK:
            raise BatchError(f"batch {batch_id} is already rolled back")
        _check_rollback_dependencies(batch_id, manifests)
        path = Path(m.pop("_dir")) / MANIFEST
        before = dict(m)
        m.update(status=ROLLED_BACK, rolled_back_at=_now().strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
                 rolled_back_by=(by or "").strip() or "unknown")
        _write_json(path, m)
        try:
            _rebuild(db)
        except Exception as exc:
            _write_json(path, before)
            raise BatchError(f"batch {batch_id} could not be rolled back, the rebuild failed (it stays active): "
                             f"{str(exc).splitlines()[0] if str(exc) else type(exc).__name__}") from exc
        return Batch.from_manifest(m)


def _check_rollback_dependencies(batch_id: str, manifests: dict) -> None:
    """Refuse to roll back a batch whose participation rows other active batches' scores need."""
    names, _, reference = _reference_facts(paths.reference_dir())
    others = [m for b, m in manifests.items() if b != batch_id and m.get("status", ACTIVE) == ACTIVE]
    participants = set(reference) | _active_participants(others)
    for m in others:
        f = Path(m["_dir"]) / SCORES_FILE
        if f.exists():
            missing = sorted(set(pd.read_csv(f, dtype=str, keep_default_na=False)["region_code"]) - participants)
            if missing:
                b = m["batch_id"]
                raise BatchError(f"batch {batch_id} cannot be rolled back: the scores of batch {b} for region "
                                 f"{missing[0]} ({names.get(missing[0], '?')}) need its participation rows; "
                                 f"roll back {b} first")


# ---------------------------------------------------------------------------------------------- templates

def _examples() -> tuple[dict, dict]:
    """Example rows for the templates, taken from the reference data (a published score and a cohort row)."""
    from analytics.warehouse.spec import read_raw
    ref = paths.reference_dir()
    names = read_raw(ref / "regencies.csv").set_index("code")["name"]
    s = read_raw(ref / "published_pillar_scores.csv").iloc[0]
    c = read_raw(ref / "programme_cohorts.csv").iloc[0]
    score = {"region_code": s["region_code"], "region_name": names.get(s["region_code"], ""), "year": s["year"],
             "pillar": s["pillar"], "score": s["score"], "source_url": s["source_url"]}
    cohort = {"region_code": c["region_code"], "region_name": c["region_name"], "cohort_year": c["cohort_year"],
              "evidence": c["evidence"], "source_url": c["source_url"]}
    return score, cohort


TEMPLATE_COLUMNS = {SCORES: ["region_code", "region_name", "year", "pillar", "score", "source_url"],
                    PARTICIPATION: ["region_code", "region_name", "cohort_year", "evidence", "source_url"]}


def template_csv(kind: str = SCORES) -> bytes:
    """A CSV template (UTF-8) with the expected columns and one example row from the reference data."""
    score, cohort = _examples()
    row = score if kind == SCORES else cohort
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(TEMPLATE_COLUMNS[kind])
    w.writerow([row[c] for c in TEMPLATE_COLUMNS[kind]])
    return buf.getvalue().encode("utf-8")


def template_xlsx() -> bytes:
    """An XLSX template: sheets ``scores`` and ``participation`` with one example row each. Region codes are
    text cells, so a spreadsheet keeps "73.10" as written."""
    import openpyxl
    from openpyxl.styles import Font
    score, cohort = _examples()
    wb = openpyxl.Workbook()
    for i, (kind, row) in enumerate(((SCORES, score), (PARTICIPATION, cohort))):
        ws = wb.active if i == 0 else wb.create_sheet()
        ws.title = kind
        cols = TEMPLATE_COLUMNS[kind]
        ws.append(cols)
        values = []
        for c in cols:
            v = row[c]
            if c in ("year", "cohort_year"):
                v = int(v)
            elif c == "score":
                v = float(v)
            values.append(v)
        ws.append(values)
        for cell in ws[1]:
            cell.font = Font(bold=True)
        for j, c in enumerate(cols, start=1):
            letter = openpyxl.utils.get_column_letter(j)
            ws.column_dimensions[letter].width = 60 if c == "source_url" else max(14, len(c) + 4)
            if c == "region_code":
                for r in range(2, 1002):
                    ws.cell(row=r, column=j).number_format = "@"
        ws.freeze_panes = "A2"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
