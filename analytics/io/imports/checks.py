"""Checking rows: region codes (with suggestions), years, pillars, scores, evidence kinds, URLs, duplicates.
Each check adds a :class:`~.problems.Problem` naming the row and column; nothing stops at the first one."""

from __future__ import annotations

import difflib
import re

import pandas as pd

from analytics.domain import FIRST_YEAR, NO_COHORT_YEARS, SCORE_MAX, SCORE_MIN

from .context import Context
from .format import EVIDENCE, OPTIONAL, REQUIRED, last_year, norm as _norm
from .problems import Problem, problem as _p, show as _show
from .reading import Table

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
