"""Import templates (CSV per kind, and an XLSX workbook with both sheets), each with one real example row."""

from __future__ import annotations

import csv
import io

from analytics import paths

from .format import PARTICIPATION, SCORES

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
