"""Reading an upload into tables of text cells: CSV (encoding and delimiter sniffed) or an XLSX workbook
(sheets found by name), with the file's size limits. Nothing here judges the values (see :mod:`.checks`)."""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from .format import (HEADER_ALIASES, MAX_CELL_CHARS, MAX_ROW_CHARS, MAX_ROWS, MAX_XLSX_EXPANDED, PARTICIPATION, SCORES, SHEET_NAMES,
                     norm as _norm)
from .problems import Problem, problem as _p, show

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
    rows, filled, i = [], 0, 0
    while True:
        i += 1
        try:
            r = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:  # a value beyond the csv module's own limit (131,072 characters), or worse
            code = "cell_too_long" if "field limit" in str(exc) else "csv_broken"
            return None, [_p(code, i)]
        rows.append((i, r))
        filled += any(c.strip() for c in r)
        if filled > MAX_ROWS + 1:  # the header and MAX_ROWS data rows are allowed
            return None, [_p("too_many_rows")]
    if problems := oversized(rows, None):
        return None, problems
    table = _split_header(rows, None)
    if table is None:
        return None, [_p("empty_file")]
    return table, []


def oversized(rows: list[tuple[int, list[str]]], sheet: str | None) -> list[Problem]:
    """A problem for every value longer than MAX_CELL_CHARS and every row longer than MAX_ROW_CHARS (the
    column named from the header row where there is one, else by its position)."""
    problems: list[Problem] = []
    header: list[str] | None = None
    for n, cells in rows:
        long = [j for j, c in enumerate(cells) if len(c) > MAX_CELL_CHARS]
        for j in long:
            name = header[j] if header and j < len(header) and header[j] else str(j + 1)
            problems.append(_p("cell_too_long", n, show(name, 40), sheet))
        if not long and sum(len(c) for c in cells) > MAX_ROW_CHARS:
            problems.append(_p("row_too_long", n, None, sheet))
        if header is None and any(c.strip() for c in cells):
            header = [_header_name(c) if len(c) <= MAX_CELL_CHARS else "" for c in cells]
    return problems


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
                if big := oversized(rows, ws.title):
                    problems += big
                    continue
                t = _split_header(rows, ws.title, declared)
                if t is not None:
                    tables.append(t)
        return tables, problems
    except Exception:  # noqa: BLE001 - damaged sheet XML surfaces while iterating
        return [], [_p("xlsx_broken")]
    finally:
        wb.close()


# ---------------------------------------------------------------------------------------------- checks
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

