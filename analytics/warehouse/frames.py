"""Frame contracts (pandera) between the warehouse and everything that computes on it.

The database schema and the build's SQL checks guard the *stored* data. These schemas guard the *frames* the
summaries receive — the columns, kinds and value sets :class:`analytics.warehouse.dataset.Dataset` promises —
so a change in how the warehouse is read (a renamed column, a year read as text, a lost nullable integer) fails
at load with the frame and column named, not three modules later as a wrong number. The code lists and ranges
come from :mod:`analytics.domain`.

Where they run (and why there):

- the build validates the whole bundle (:func:`validate_dataset`) on the new file, read back the way
  :func:`analytics.warehouse.dataset.load` reads it, before the swap; ``load`` checks again only a database whose
  fingerprint is not the current one (not built by this code from these inputs), or when asked to;
- the main summary output, ``maturity_summary`` (``MATURITY``), is checked by the tests over many filters and
  settings rather than on every call: the Methodology page recomputes it on every weight change.
"""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera import Check

from analytics import domain

REGION_CODE = r"^\d{2}\.\d{2}$"
PROVINCE_CODE = r"^\d{2}$"


def _kind(test, name: str) -> Check:
    """A whole-column check of the pandas dtype kind (int, float, bool, text), whatever its width/nullability:
    DuckDB may hand over int32 or int64, a nullable column arrives as Int64."""
    return Check(lambda s: bool(test(s.dtype)), element_wise=False, error=f"is not {name}")


INT = _kind(pd.api.types.is_integer_dtype, "an integer column")
FLOAT = _kind(pd.api.types.is_float_dtype, "a float column")
BOOL = _kind(pd.api.types.is_bool_dtype, "a boolean column")
TEXT = _kind(lambda d: pd.api.types.is_string_dtype(d) or pd.api.types.is_object_dtype(d), "a text column")
YEAR = Check.in_range(domain.FIRST_YEAR, 9999)          # no upper bound here: the data's last year moves on


def _col(*checks: Check, nullable: bool = False, unique: bool = False) -> pa.Column:
    return pa.Column(None, checks=list(checks), nullable=nullable, unique=unique)


REGIONS = pa.DataFrameSchema({
    "code": _col(TEXT, Check.str_matches(REGION_CODE), unique=True),
    "name": _col(TEXT),
    "type": _col(TEXT, Check.isin(domain.REGION_TYPES)),
    "province_code": _col(TEXT, Check.str_matches(PROVINCE_CODE)),
    "province_name": _col(TEXT),
    "island_group": _col(TEXT, Check.isin(domain.ISLAND_GROUPS)),
    "lat": _col(FLOAT, Check.in_range(-90, 90)),
    "lon": _col(FLOAT, Check.in_range(-180, 180)),
    "population": _col(INT, Check.gt(0)),
    "size_class": _col(TEXT, Check.isin(domain.SIZE_CLASSES)),
    "cohort_year": _col(INT, YEAR, nullable=True),
    "is_participant": _col(BOOL),
}, checks=[
    Check(lambda df: df["is_participant"] == df["cohort_year"].notna(), error="is_participant ⇔ a cohort year"),
    Check(lambda df: df["code"].str[:2] == df["province_code"], error="the code starts with the province code"),
], strict=False, name="regions (region_dim)")

SCORES = pa.DataFrameSchema({
    "region_code": _col(TEXT, Check.str_matches(REGION_CODE)),
    "year": _col(INT, YEAR),
    "pillar": _col(TEXT),
    "pillar_ordinal": _col(INT, Check.in_range(1, domain.N_PILLARS)),
    "score": _col(FLOAT, Check.in_range(domain.SCORE_MIN, domain.SCORE_MAX)),
    "source": _col(TEXT, Check(lambda s: s.isin(domain.SCORE_SOURCES) | s.str.startswith(domain.IMPORT_SOURCE_PREFIX),
                               error="is published, synthetic or import:<batch>")),
    "source_url": _col(TEXT, nullable=True),
}, unique=["region_code", "year", "pillar"], strict=False, name="scores (score_long)")

PILLARS = pa.DataFrameSchema({
    "code": _col(TEXT, unique=True),
    "ordinal": _col(INT, Check.in_range(1, domain.N_PILLARS), unique=True),
    "name_en": _col(TEXT),
    "name_id": _col(TEXT),
}, checks=Check(lambda df: len(df) == domain.N_PILLARS, element_wise=False, error=f"{domain.N_PILLARS} pillars"),
    strict=False, name="pillars")

PROVINCES = pa.DataFrameSchema({
    "code": _col(TEXT, Check.str_matches(PROVINCE_CODE), unique=True),
    "name": _col(TEXT),
    "island_group": _col(TEXT, Check.isin(domain.ISLAND_GROUPS)),
    "population": _col(INT, Check.gt(0)),
}, strict=False, name="provinces")

COHORTS = pa.DataFrameSchema({
    "region_code": _col(TEXT, Check.str_matches(REGION_CODE)),
    "cohort_year": _col(INT, YEAR, Check.notin(domain.NO_COHORT_YEARS)),
    "evidence": _col(TEXT, Check.isin(domain.EVIDENCE_KINDS)),
}, strict=False, name="cohorts (programme_cohort)")

REPORTED = pa.DataFrameSchema({
    "figure": _col(TEXT), "year": _col(INT, YEAR), "value": _col(FLOAT, Check.ge(0)), "source": _col(TEXT),
}, strict=False, name="reported figures")

ASCN = pa.DataFrameSchema({
    "city": _col(TEXT), "country_iso2": _col(TEXT, Check.str_matches(r"^[A-Z]{2}$")),
    "joined_year": _col(INT, Check.ge(domain.ASCN_FIRST_YEAR)),
    "lat": _col(FLOAT, Check.in_range(-90, 90)), "lon": _col(FLOAT, Check.in_range(-180, 180)),
}, unique=["city", "country_iso2"], strict=False, name="ASCN cities")

ASCN_PILOTS = pa.DataFrameSchema({
    "city": _col(TEXT), "region_code": _col(TEXT, Check.str_matches(REGION_CODE)),
}, unique=["city", "region_code"], strict=False, name="ASCN pilot regions")

IMD = pa.DataFrameSchema({
    "city": _col(TEXT), "year": _col(INT, Check.ge(domain.IMD_FIRST_YEAR)),
    "rank": _col(INT, Check.gt(0), nullable=True), "cities_ranked": _col(INT, Check.gt(0), nullable=True),
}, unique=["city", "year"], strict=False, name="IMD ranks")

PUBLISHED = pa.DataFrameSchema({
    "region_code": _col(TEXT, Check.str_matches(REGION_CODE)), "source_url": _col(TEXT),
}, strict=False, name="published results")

DATASET: dict[str, pa.DataFrameSchema] = {
    "regions": REGIONS, "scores": SCORES, "pillars": PILLARS, "provinces": PROVINCES, "reported": REPORTED,
    "cohorts": COHORTS, "ascn": ASCN, "ascn_pilots": ASCN_PILOTS, "imd": IMD, "published": PUBLISHED,
}

MATURITY = pa.DataFrameSchema({
    "code": _col(TEXT, Check.str_matches(REGION_CODE), unique=True),
    "index_100": _col(FLOAT, Check.in_range(domain.INDEX_MIN, domain.INDEX_MAX), nullable=True),
    "rank_national": _col(INT, Check.ge(1), nullable=True),
    "rank_province": _col(INT, Check.ge(1), nullable=True),
    "rank_type": _col(INT, Check.ge(1), nullable=True),
    "pillars_present": _col(INT, Check.in_range(0, domain.N_PILLARS)),
    "status": _col(TEXT, Check.isin(["ranked", "insufficient_data"])),
}, checks=[
    Check(lambda df: (df["status"] == "ranked") == df["rank_national"].notna(),
          error="a rank exactly when the status is 'ranked'"),
    Check(lambda df: (df["status"] == "ranked") | df["index_100"].isna(),
          error="no index for insufficient data"),
    Check(lambda df: (df["status"] != "ranked") | (df["pillars_present"] >= domain.MIN_PILLARS),
          error=f"a rank needs at least {domain.MIN_PILLARS} pillars"),
], strict=False, name="maturity_summary")


class FrameContractError(ValueError):
    """A frame breaks its contract; the message names the frame, the column and the first failing values."""


def _describe(schema: pa.DataFrameSchema, cases: pd.DataFrame) -> str:
    """pandera's failure cases as one line: missing columns, duplicate keys, then each failing check once."""
    parts, key = [], {}
    for c in cases.itertuples():
        column = c.column if isinstance(c.column, str) and c.column != schema.name else None
        if c.check == "column_in_dataframe":
            part = f"missing column {c.failure_case!r}"
        elif c.check == "multiple_fields_uniqueness":
            key.setdefault(column, c.failure_case)
            continue
        else:
            part = f"{column or 'frame'}: {c.check} (e.g. {c.failure_case!r})"
        if part not in parts and not any(p.startswith(f"{column or 'frame'}: {c.check} ") for p in parts):
            parts.append(part)
    if key:
        parts.insert(0, f"duplicate key ({', '.join(map(str, key))}) = {tuple(key.values())!r}")
    return f"{schema.name}: " + "; ".join(parts)


def validate(df: pd.DataFrame, schema: pa.DataFrameSchema) -> pd.DataFrame:
    """``df`` unchanged if it meets ``schema``, else :class:`FrameContractError` (every failure, one line)."""
    try:
        return schema.validate(df, lazy=True)
    except (pa.errors.SchemaErrors, pa.errors.SchemaError) as exc:
        cases = getattr(exc, "failure_cases", None)
        if cases is not None and len(cases):
            raise FrameContractError(_describe(schema, cases)) from None
        raise FrameContractError(f"{schema.name}: {str(exc).splitlines()[0]}") from None


def validate_dataset(ds, frames: tuple[str, ...] | None = None):
    """Validate every frame of a :class:`~analytics.warehouse.dataset.Dataset` (or only ``frames``); return it."""
    for name in frames or tuple(DATASET):
        validate(getattr(ds, name), DATASET[name])
    return ds
