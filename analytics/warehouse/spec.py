"""Raw layer: the reference CSV files, their column contracts, and a loader that reports problems by
file, row and column.

Rows are numbered as a spreadsheet shows them: the header is row 1, the first data row is row 2.
Each file's contract is data (``FILE_SPECS``), so the tests can walk the same table.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from analytics import domain as D
from analytics.domain import island_group

@dataclass(frozen=True)
class Violation:
    file: str
    row: int | None
    column: str | None
    message: str

    def __str__(self) -> str:
        where = [self.file]
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.column is not None:
            where.append(f"column '{self.column}'")
        return f"{', '.join(where)}: {self.message}"


class DataContractError(Exception):
    """One or more violations of the data contract. ``str()`` names file, row and column of each."""

    def __init__(self, violations: list[Violation]):
        self.violations = list(violations)
        shown = "; ".join(str(v) for v in self.violations[:5])
        more = f" (and {len(self.violations) - 5} more)" if len(self.violations) > 5 else ""
        super().__init__(shown + more)


@dataclass(frozen=True)
class Column:
    name: str
    kind: str = "str"  # str | int | float | code2 | code4 | url
    required: bool = True
    choices: tuple | None = None        # allowed values (text, or whole numbers for an int column)
    min: float | None = None
    max: float | None = None


@dataclass(frozen=True)
class FileSpec:
    file: str
    table: str
    columns: tuple[Column, ...]
    key: tuple[str, ...]

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.columns]


def _c(name, kind="str", required=True, **kw) -> Column:
    return Column(name, kind, required, **kw)


_MAX_YEAR = D.max_accepted_year()

FILE_SPECS: dict[str, FileSpec] = {s.table: s for s in (
    FileSpec("provinces.csv", "province", (
        _c("code", "code2"), _c("name"), _c("iso_3166_2"), _c("geonames_id", "int", False),
        _c("population", "int", min=1), _c("population_male", "int", min=0),
        _c("population_female", "int", min=0), _c("population_bps_2024_midyear", "int", False, min=1),
    ), key=("code",)),
    FileSpec("regencies.csv", "region", (
        _c("code", "code4"), _c("province_code", "code2"), _c("name"),
        _c("type", choices=D.REGION_TYPES),
        _c("lat", "float", min=-11.5, max=6.5), _c("lon", "float", min=94.5, max=141.5),
        _c("coord_method"), _c("coord_confidence", choices=D.COORD_CONFIDENCE),
        _c("geonames_id", "int", False), _c("population", "int", min=1),
        _c("population_male", "int", min=0), _c("population_female", "int", min=0),
    ), key=("code",)),
    FileSpec("programme_cohorts.csv", "programme_cohort", (
        _c("region_code", "code4"), _c("region_name"), _c("cohort_year", "int", min=D.FIRST_YEAR, max=_MAX_YEAR),
        _c("evidence", choices=D.EVIDENCE_KINDS), _c("source_url", "url"),
    ), key=("region_code", "cohort_year")),
    FileSpec("ascn_cities.csv", "ascn_city", (
        _c("city"), _c("country_iso2"), _c("joined_year", "int", min=D.ASCN_FIRST_YEAR, max=_MAX_YEAR),
        _c("lat", "float", min=-90, max=90), _c("lon", "float", min=-180, max=180), _c("geonames_id", "int", False),
    ), key=("city",)),
    FileSpec("ascn_pilot_regions.csv", "ascn_pilot_region", (
        _c("city"), _c("region_code", "code4"),
    ), key=("city", "region_code")),
    FileSpec("imd_smart_city_index.csv", "imd_rank", (
        _c("city"), _c("year", "int", min=D.IMD_FIRST_YEAR, max=_MAX_YEAR), _c("rank", "int", min=1),
        _c("cities_ranked", "int", False, min=1), _c("rating", required=False), _c("source_url", "url"),
    ), key=("city", "year")),
    FileSpec("reported_figures.csv", "reported_figure", (
        _c("figure"), _c("year", "int", min=D.FIRST_YEAR, max=_MAX_YEAR), _c("value", "float", min=0), _c("unit"),
        _c("source"), _c("note", required=False),
    ), key=("figure", "year")),
    FileSpec("pillars.csv", "pillar", (
        _c("code"), _c("ordinal", "int", min=1), _c("name_en"), _c("name_id"), _c("covers_en"), _c("covers_id"),
    ), key=("code",)),
    FileSpec("published_pillar_scores.csv", "published_pillar_score", (
        _c("region_code", "code4"), _c("year", "int", min=D.FIRST_YEAR, max=_MAX_YEAR), _c("pillar"),
        _c("score", "float", min=D.SCORE_MIN, max=D.SCORE_MAX), _c("source_url", "url"),
    ), key=("region_code", "year", "pillar")),
    # real regional indicators (BPS, Kemendes): vendored as-is from ../shared/reference/indicators/
    FileSpec("indicators/indicators.csv", "indicator", (
        _c("indicator", "ident"), _c("name_en"), _c("name_id"), _c("unit"),
        _c("direction", "int", choices=D.INDICATOR_DIRECTIONS), _c("suggested_pillar", required=False),
        _c("publisher"), _c("source_url", "url"), _c("stored_copy"), _c("licence"), _c("note", required=False),
    ), key=("indicator",)),
    FileSpec("indicators/indicator_values.csv", "indicator_value", (
        _c("code", "code4"), _c("year", "int", min=D.INDICATOR_FIRST_YEAR, max=_MAX_YEAR), _c("indicator", "ident"),
        _c("value", "float"),
    ), key=("code", "year", "indicator")),
    # the project's Indonesian (and short) labels of the catalogue's indicators
    FileSpec("indicator_labels.csv", "indicator_label", (
        _c("indicator", "ident"), _c("short_en"), _c("short_id"), _c("unit_en"), _c("unit_id"), _c("note_id"),
        _c("licence_id"), _c("publisher_id"),
    ), key=("indicator",)),
    FileSpec("published_results.csv", "published_result", (
        _c("region_code", "code4"), _c("year", "int", False, min=D.FIRST_YEAR, max=_MAX_YEAR), _c("measure"),
        _c("value", "float", min=D.SCORE_MIN, max=D.SCORE_MAX), _c("national_rank", "int", False, min=1), _c("note", required=False),
        _c("note_id", required=False), _c("source_url", "url"),
    ), key=("region_code", "measure", "year")),
)}

_PATTERNS = {"code2": r"[0-9]{2}", "code4": r"[0-9]{2}\.[0-9]{2}", "url": r"https?://\S+",
             "ident": r"[a-z][a-z0-9_]*"}
_FORMAT_HINT = {"code2": "a two-digit code like '73'", "code4": "a region code like '73.71'",
                "url": "a web address starting with http:// or https://",
                "ident": "a lower-case code like 'poverty_rate'"}


def parse_frame(raw: pd.DataFrame, spec: FileSpec, file: str | None = None) -> tuple[pd.DataFrame, list[Violation]]:
    """Type and check a frame of strings against ``spec``. Returns the typed frame and every violation."""
    file = file or spec.file
    out: list[Violation] = []
    missing = [c for c in spec.names if c not in raw.columns]
    if missing:
        return raw, [Violation(file, 1, m, "required column is missing from the header") for m in missing]
    df = raw[spec.names].copy()
    rows = pd.Series(range(2, len(df) + 2), index=df.index)
    for col in spec.columns:
        s = df[col.name].astype("string").str.strip()
        empty = s.isna() | (s == "")
        if col.required:
            for r in rows[empty]:
                out.append(Violation(file, int(r), col.name, "value is empty"))
        if col.kind in ("int", "float"):
            num = pd.to_numeric(s.where(~empty), errors="coerce")
            bad = ~empty & num.isna()
            for r, v in zip(rows[bad], s[bad]):
                out.append(Violation(file, int(r), col.name, f"{v!r} is not a number"))
            infinite = ~num.isna() & np.isinf(num.to_numpy(dtype=float, na_value=np.nan))
            for r, v in zip(rows[infinite], s[infinite]):
                out.append(Violation(file, int(r), col.name, f"{v!r} is not a finite number"))
            num = num.where(~infinite)
            if col.kind == "int":
                frac = ~num.isna() & (num != num.round())
                for r, v in zip(rows[frac], s[frac]):
                    out.append(Violation(file, int(r), col.name, f"{v!r} is not a whole number"))
            if col.min is not None:
                low = num < col.min
                for r, v in zip(rows[low], s[low]):
                    out.append(Violation(file, int(r), col.name, f"{v} is below the minimum {col.min:g}"))
            if col.max is not None:
                high = num > col.max
                for r, v in zip(rows[high], s[high]):
                    out.append(Violation(file, int(r), col.name, f"{v} is above the maximum {col.max:g}"))
            if col.choices:
                off = ~num.isna() & ~num.isin([float(c) for c in col.choices])
                for r, v in zip(rows[off], s[off]):
                    out.append(Violation(file, int(r), col.name,
                                         f"{v!r} is not one of {', '.join(map(str, col.choices))}"))
            df[col.name] = num.astype("Int64") if col.kind == "int" and not (num != num.round()).any() else num
        else:
            if col.kind in _PATTERNS:
                bad = ~empty & ~s.str.fullmatch(_PATTERNS[col.kind]).fillna(False).astype(bool)
                for r, v in zip(rows[bad], s[bad]):
                    out.append(Violation(file, int(r), col.name, f"{v!r} is not {_FORMAT_HINT[col.kind]}"))
            if col.choices:
                bad = ~empty & ~s.isin(col.choices)
                for r, v in zip(rows[bad], s[bad]):
                    out.append(Violation(file, int(r), col.name,
                                         f"{v!r} is not one of {', '.join(col.choices)}"))
            df[col.name] = s.where(~empty, None).astype(object)
    dup = df.duplicated(subset=list(spec.key), keep="first")
    for r, (_, key) in zip(rows[dup], df.loc[dup, list(spec.key)].iterrows()):
        first = int(rows[(df[list(spec.key)] == key.values).all(axis=1)].iloc[0])
        out.append(Violation(file, int(r), ", ".join(spec.key),
                             f"duplicate key {tuple(key.values)} (first seen in row {first})"))
    return df, out


def read_raw(path: Path) -> pd.DataFrame:
    """Read a CSV as strings, exactly as written (no NA guessing, no type guessing)."""
    return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")


def load_file(table: str, directory: Path) -> pd.DataFrame:
    """Load and check one reference file; raises :class:`DataContractError` naming file, row and column."""
    spec = FILE_SPECS[table]
    path = Path(directory) / spec.file
    try:
        raw = read_raw(path)
    except FileNotFoundError:
        raise DataContractError([Violation(spec.file, None, None, f"file not found in {directory}")]) from None
    except (pd.errors.ParserError, UnicodeDecodeError) as exc:
        raise DataContractError([Violation(spec.file, None, None, f"cannot be read as CSV: {exc}")]) from None
    df, violations = parse_frame(raw, spec)
    if violations:
        raise DataContractError(violations)
    return df


def load_reference(directory: Path) -> dict[str, pd.DataFrame]:
    """Every reference table, typed and checked file by file (cross-file checks: :mod:`analytics.warehouse.contract`)."""
    frames: dict[str, pd.DataFrame] = {}
    violations: list[Violation] = []
    for table in FILE_SPECS:
        try:
            frames[table] = load_file(table, directory)
        except DataContractError as exc:
            violations.extend(exc.violations)
    if violations:
        raise DataContractError(violations)
    frames["province"]["island_group"] = frames["province"]["code"].map(island_group)
    return frames
