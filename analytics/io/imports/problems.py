"""Why a file is rejected: :class:`Problem` (sheet, row, column and a coded message), the English text of every
code (the CLI prints it; ``ui/messages/import_page.py`` holds the Indonesian), and the two errors an import raises."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import pandas as pd

from analytics.domain import EVIDENCE_KINDS, SCORE_MAX, SCORE_MIN

from .format import MAX_BYTES, MAX_CELL_CHARS, MAX_ROW_CHARS, MAX_ROWS, MAX_XLSX_EXPANDED

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
    "cell_too_long": f"the value is longer than {MAX_CELL_CHARS:,} characters, the limit for one value",
    "row_too_long": f"the row is longer than {MAX_ROW_CHARS:,} characters, the limit for one row",
    "csv_broken": "the file cannot be read as CSV from this row on (a quote that is never closed or a damaged "
                  "line); save it again as CSV",
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
def show(value: str, limit: int = 40) -> str:
    v = "".join(c if c.isprintable() else "?" for c in str(value).strip())
    return v if len(v) <= limit else v[: limit - 1] + "…"

def problems_frame(problems: list[Problem], render: Callable[[Problem], str] | None = None) -> pd.DataFrame:
    """A table of problems (sheet, row, column, message) for the page and the tests."""
    render = render or (lambda p: p.message)
    return pd.DataFrame({"sheet": [p.sheet or "" for p in problems],
                         "row": pd.array([p.row for p in problems], dtype="Int64"),
                         "column": [p.column or "" for p in problems],
                         "message": [render(p) for p in problems]})


# ---------------------------------------------------------------------------------------------- commit


problem = _p
