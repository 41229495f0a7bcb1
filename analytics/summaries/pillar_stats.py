"""Pillar summaries for the Pillars page: each returns the exact frame the page draws and hands out as CSV.

A region's *latest* scores are those of its most recent evaluation year up to the as-of year (participants are
evaluated from the year after they join, so a region that joined in the as-of year has no score yet). Views
select regions with the shared :class:`~analytics.summaries.filters.Filters` (island group, province, type) and
optionally by cohort (the region's first cohort year).

Scores are mostly synthetic (``source = 'synthetic'``, see :mod:`analytics.warehouse.synthetic`); the ``source`` column
says which rows are published or imported. With ``lens="open"`` the same views show the open-statistics pillar
scores (0–100, real BPS/Kemendes data, :func:`analytics.summaries.open_index.open_pillar_long`) of every region in
view as of the year (``source = 'open'``), on the four pillars with open data.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
import pandas as pd

from analytics.domain import EVIDENCE_KINDS

from analytics.composite import IndexSettings
from analytics.summaries.coverage import participating
from analytics.warehouse.dataset import Dataset
from analytics.summaries.filters import Filters

LATEST_COLUMNS = ["region_code", "region_name", "province_code", "province_name", "island_group", "type",
                  "cohort_year", "year", "pillar", "score", "source"]


def cohort_years(ds: Dataset) -> list[int]:
    """The cohort years present in the data (first cohort per region), ascending."""
    return sorted(int(y) for y in ds.regions["cohort_year"].dropna().unique())


def _selected_regions(ds: Dataset, filters: Filters, cohorts: Iterable[int] | None) -> pd.DataFrame:
    reg = ds.regions
    m = filters.mask(reg) & participating(reg, filters.as_of)
    if cohorts is not None:
        m &= reg["cohort_year"].isin([int(c) for c in cohorts]).fillna(False).astype(bool)
    return reg[m]


def latest_scores(ds: Dataset, filters: Filters = Filters(), cohorts: Iterable[int] | None = None) -> pd.DataFrame:
    """Long frame, one row per region × pillar: the region's latest scores up to ``filters.as_of``.

    Columns: :data:`LATEST_COLUMNS`. Regions without an evaluation by then are absent. Rows are sorted by
    region code and pillar order. ``cohorts``: keep only regions whose first cohort year is in it (None: all).
    """
    reg = _selected_regions(ds, filters, cohorts)
    sc = ds.scores[(ds.scores["year"] <= filters.as_of) & ds.scores["region_code"].isin(reg["code"])]
    if sc.empty:
        return pd.DataFrame({c: pd.Series(dtype=_dtype(c)) for c in LATEST_COLUMNS})
    last = sc.groupby("region_code")["year"].transform("max")
    sc = sc[sc["year"] == last]
    info = reg.set_index("code")[["name", "province_code", "province_name", "island_group", "type", "cohort_year"]]
    out = sc.join(info, on="region_code").rename(columns={"name": "region_name"})
    out = out.sort_values(["region_code", "pillar_ordinal"], kind="stable")
    out["year"] = out["year"].astype("int64")
    out["cohort_year"] = out["cohort_year"].astype("Int64")
    return out[LATEST_COLUMNS].reset_index(drop=True)


def _dtype(col: str) -> str:
    return {"year": "int64", "cohort_year": "Int64", "score": "float64"}.get(col, "object")


def _long(ds: Dataset, filters: Filters, cohorts: Iterable[int] | None, lens: str) -> pd.DataFrame:
    if lens == "open":
        from analytics.summaries.open_index import open_pillar_long
        return open_pillar_long(ds, filters, cohorts)
    return latest_scores(ds, filters, cohorts)


def lens_pillars(ds: Dataset, lens: str = "evaluation") -> list[str]:
    """The pillars a lens scores: all six (evaluation) or the four with open data (open)."""
    if lens == "open":
        from analytics.summaries.open_index import open_pillars
        return open_pillars()
    return ds.pillar_codes


def latest_wide(ds: Dataset, filters: Filters = Filters(), cohorts: Iterable[int] | None = None,
                lens: str = "evaluation") -> pd.DataFrame:
    """Regions × pillars (index region_code, columns in pillar order) of the latest scores."""
    long = _long(ds, filters, cohorts, lens)
    wide = long.pivot(index="region_code", columns="pillar", values="score")
    return wide.reindex(columns=lens_pillars(ds, lens))


def province_pillar_matrix(ds: Dataset, filters: Filters = Filters(),
                           cohorts: Iterable[int] | None = None, lens: str = "evaluation") -> pd.DataFrame:
    """Province × pillar median of the regions' latest scores.

    One row per province in view (island group / province filters; a type or cohort filter narrows the regions,
    not the provinces), in province-code order, including provinces with no evaluated participant: their
    pillar cells are NaN (missing, not zero). Columns: province_code, province_name, island_group,
    regions_scored, then one column per pillar (median, 2 decimals).
    """
    prov = ds.regions[Filters(island_group=filters.island_group, province=filters.province).mask(ds.regions)]
    prov = (prov[["province_code", "province_name", "island_group"]].drop_duplicates("province_code")
            .sort_values("province_code").reset_index(drop=True))
    long = _long(ds, filters, cohorts, lens)
    pillars = lens_pillars(ds, lens)
    med = long.pivot_table(index="province_code", columns="pillar", values="score", aggfunc="median")
    med = med.reindex(index=prov["province_code"], columns=pillars).round(2)
    n = long.groupby("province_code")["region_code"].nunique().reindex(prov["province_code"]).fillna(0)
    out = prov.assign(regions_scored=n.to_numpy().astype("int64"))
    for p in pillars:
        out[p] = med[p].to_numpy(dtype=float)
    return out


def pillar_distribution(ds: Dataset, filters: Filters = Filters(),
                        cohorts: Iterable[int] | None = None, lens: str = "evaluation") -> pd.DataFrame:
    """The latest scores the distribution chart draws (one point per region × pillar); see :func:`latest_scores`."""
    return _long(ds, filters, cohorts, lens)


def pillar_describe(ds: Dataset, filters: Filters = Filters(),
                    cohorts: Iterable[int] | None = None, lens: str = "evaluation") -> pd.DataFrame:
    """Per pillar: n, mean, min, q1, median, q3, max of the latest scores (2 decimals), in pillar order."""
    long = _long(ds, filters, cohorts, lens)
    g = long.groupby("pillar")["score"]
    out = pd.DataFrame({
        "n": g.count(), "mean": g.mean(), "min": g.min(), "q1": g.quantile(0.25), "median": g.median(),
        "q3": g.quantile(0.75), "max": g.max(),
    }).reindex(lens_pillars(ds, lens))
    out["n"] = out["n"].fillna(0).astype("int64")
    out = out.round(2)
    out.index.name = "pillar"
    return out.reset_index()


def pillar_correlation(ds: Dataset, filters: Filters = Filters(), cohorts: Iterable[int] | None = None,
                       method: str = "pearson", lens: str = "evaluation") -> pd.DataFrame:
    """Correlation matrix of the pillars over the regions' latest scores (pairwise complete, 3 decimals).

    Columns: pillar, then one column per pillar; NaN when fewer than 3 regions are scored. ``method``:
    ``pearson`` or ``spearman``.
    """
    if method not in ("pearson", "spearman"):
        raise ValueError(f"unknown correlation method {method!r}; use pearson or spearman")
    wide = latest_wide(ds, filters, cohorts, lens)
    pillars = lens_pillars(ds, lens)
    if len(wide) >= 3:
        corr = wide.corr(method=method, min_periods=3)
    else:
        corr = pd.DataFrame(np.nan, index=pillars, columns=pillars)
    corr = corr.reindex(index=pillars, columns=pillars).round(3)
    corr.index.name = "pillar"
    corr.columns.name = None
    return corr.reset_index()


# ------------------------------------------------------------------------------------------------ methodology
RANK_CHANGE_COLUMNS = ["code", "name", "province_name", "type", "index", "index_100", "level", "rank",
                       "default_rank", "rank_change"]


def rank_comparison(ds: Dataset, filters: Filters = Filters(), settings: IndexSettings | None = None,
                    default: IndexSettings | None = None) -> pd.DataFrame:
    """The maturity ranking under ``settings`` beside the ranking under the default settings.

    Both come from :func:`analytics.summaries.tables.maturity_summary` (national ranks, rows inside the filters).
    Columns: :data:`RANK_CHANGE_COLUMNS`; ``rank_change = default_rank - rank`` (positive: moved up).
    Sorted by ``rank`` (then code).
    """
    from analytics.summaries import tables as summaries
    default = summaries.DEFAULT_SETTINGS if default is None else default
    new = summaries.maturity_summary(ds, filters, settings if settings is not None else default)
    base = summaries.maturity_summary(ds, filters, default)
    out = new[["code", "name", "province_name", "type", "index", "index_100", "level", "rank_national"]]
    out = out.rename(columns={"rank_national": "rank"})
    out = out.merge(base[["code", "rank_national"]].rename(columns={"rank_national": "default_rank"}),
                    on="code", how="left")
    out["rank"] = out["rank"].astype("Int64")
    out["default_rank"] = out["default_rank"].astype("Int64")
    out["rank_change"] = (out["default_rank"] - out["rank"]).astype("Int64")
    return out[RANK_CHANGE_COLUMNS].reset_index(drop=True)


def top_bottom(table: pd.DataFrame, n: int = 10) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The first ``n`` and the last ``n`` rows of a ranked table (the bottom ones worst last)."""
    n = max(int(n), 0)
    return table.head(n).reset_index(drop=True), table.tail(n).reset_index(drop=True)


# ------------------------------------------------------------------------------------------------ about the data
def sources_sections(markdown: str) -> dict[str, tuple[str, str]]:
    """Split ``SOURCES.md`` into its ``## `` sections: key -> (heading, body).

    The key is the file the heading names (``regencies.csv``), or the heading itself when it names no file
    (``Pillar scores``). The text before the first section is under the key ``""``.
    """
    out: dict[str, tuple[str, str]] = {}
    key, heading, lines = "", "", []
    for line in markdown.splitlines():
        if line.startswith("## "):
            out[key] = (heading, "\n".join(lines).strip())
            heading = line[3:].strip()
            key = heading.split(" — ")[0].strip() if " — " in heading else heading
            lines = []
        else:
            lines.append(line)
    out[key] = (heading, "\n".join(lines).strip())
    return out


EVIDENCE_ORDER = EVIDENCE_KINDS


def cohort_evidence(ds: Dataset) -> pd.DataFrame:
    """Rows of programme_cohorts.csv per cohort year and kind of evidence (history rows included).

    Columns: cohort_year, evidence (in :data:`EVIDENCE_ORDER`, then any other kind), rows. Every pair of a year
    present in the file and an evidence kind is listed (zeros kept); years without a cohort (2020) are absent.
    """
    c = ds.cohorts
    kinds = [*EVIDENCE_ORDER, *sorted(set(c["evidence"].dropna()) - set(EVIDENCE_ORDER))]
    years = sorted(int(y) for y in c["cohort_year"].dropna().unique())
    counts = c.groupby(["cohort_year", "evidence"]).size()
    idx = pd.MultiIndex.from_product([years, kinds], names=["cohort_year", "evidence"])
    out = counts.reindex(idx, fill_value=0).rename("rows").reset_index()
    out["cohort_year"] = out["cohort_year"].astype("int64")
    out["rows"] = out["rows"].astype("int64")
    return out


def reference_inventory(directory, extra: Iterable = ()) -> pd.DataFrame:
    """Every data file in ``directory`` (and the ``extra`` paths): file, folder, format, rows (CSV data rows or
    GeoJSON features), columns (CSV header), size_kb. SOURCES.md and other Markdown are left out."""
    import json
    from pathlib import Path

    files = sorted(p for p in Path(directory).iterdir() if p.is_file() and p.suffix.lower() != ".md")
    files += [Path(p) for p in extra if Path(p).is_file()]
    rows = []
    for p in files:
        fmt = p.suffix.lstrip(".").lower()
        n, cols = None, None
        if fmt == "csv":
            head = pd.read_csv(p, dtype=str, keep_default_na=False)
            n, cols = len(head), ", ".join(head.columns)
        elif fmt in ("geojson", "json"):
            try:
                n = len(json.loads(p.read_text(encoding="utf-8")).get("features", []))
            except (ValueError, AttributeError):
                n = None
        rows.append({"file": p.name, "folder": p.parent.name, "format": fmt, "rows": n, "columns": cols,
                     "size_kb": round(p.stat().st_size / 1024, 1)})
    out = pd.DataFrame(rows, columns=["file", "folder", "format", "rows", "columns", "size_kb"])
    out["rows"] = out["rows"].astype("Int64")
    return out


__all__ = ["LATEST_COLUMNS", "RANK_CHANGE_COLUMNS", "rank_comparison", "top_bottom", "sources_sections",
           "reference_inventory", "cohort_evidence", "EVIDENCE_ORDER", "cohort_years", "latest_scores", "latest_wide", "province_pillar_matrix",
           "pillar_distribution", "pillar_describe", "pillar_correlation"]
