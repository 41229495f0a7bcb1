"""Validating a whole upload (:func:`validate`): read, check every row, then the cross-sheet rules (scores only for
participants, a file imported once). Writes nothing."""

from __future__ import annotations

import codecs
import hashlib
import math
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from analytics.domain import MIN_PILLARS

from .checks import check_participation, check_scores
from .context import Context, load_context
from .format import MAX_BYTES, PARTICIPATION, SCORES
from .problems import Problem, problem as _p, show as _show
from .reading import Table, file_kind, read_csv_table, read_xlsx_tables

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

