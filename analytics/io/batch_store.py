"""Analysts' imported batches as the build sees them (written by :mod:`analytics.io.imports`).

Each batch is a folder ``<imports_dir>/<batch_id>/`` holding ``manifest.json``, ``scores.csv`` and/or
``cohorts.csv`` (already validated) and the original upload. ``load_active(directory, frames)`` returns
(batches, scores, cohorts) for every *active* batch, oldest first; where two batches carry the same key the
later one wins (the build then lets imported rows replace synthetic, published and reference rows). With no
imports it returns three empty frames. Folders whose name starts with a dot are half-written stages and are
skipped.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from analytics.warehouse.spec import DataContractError, Violation

BATCH_COLUMNS = ["batch_id", "file_name", "sha256", "score_rows", "cohort_rows", "imported_at", "imported_by"]
SCORE_COLUMNS = ["region_code", "year", "pillar", "score", "source", "source_url"]
COHORT_COLUMNS = ["region_code", "region_name", "cohort_year", "evidence", "source_url", "source"]

MANIFEST = "manifest.json"
SCORES_FILE = "scores.csv"
COHORTS_FILE = "cohorts.csv"
ACTIVE, ROLLED_BACK = "active", "rolled_back"


def source_label(batch_id: str) -> str:
    """The ``source`` value an imported row carries."""
    return f"import:{batch_id}"


def read_manifests(directory: Path) -> list[dict]:
    """Every batch manifest under ``directory`` (any status), oldest first."""
    directory = Path(directory)
    if not directory.is_dir():
        return []
    out = []
    for sub in directory.iterdir():
        path = sub / MANIFEST
        if sub.name.startswith(".") or not path.is_file():
            continue
        try:
            m = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise DataContractError([Violation(f"imports/{sub.name}/{MANIFEST}", None, None,
                                               f"cannot be read: {exc}")]) from None
        m["_dir"] = str(sub)
        out.append(m)
    return sorted(out, key=lambda m: (str(m.get("imported_at", "")), str(m.get("batch_id", ""))))


def _read_csv(path: Path, columns: list[str]) -> pd.DataFrame:
    label = f"imports/{path.parent.name}/{path.name}"
    try:
        df = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    except (OSError, ValueError) as exc:
        raise DataContractError([Violation(label, None, None, f"cannot be read: {exc}")]) from None
    missing = [c for c in columns if c not in df.columns]
    if missing:
        raise DataContractError([Violation(label, 1, c, "required column is missing from the header")
                                 for c in missing])
    return df[columns]


def load_active(directory: Path, frames: dict[str, pd.DataFrame]) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """(batches, scores, cohorts) of the active batches under ``directory``, in the warehouse's columns."""
    names = frames["region"].set_index("code")["name"] if "region" in frames else pd.Series(dtype=object)
    batches, scores, cohorts = [], [], []
    for m in read_manifests(directory):
        if m.get("status", ACTIVE) != ACTIVE:
            continue
        folder, bid = Path(m["_dir"]), m["batch_id"]
        batches.append({c: m.get(c) for c in BATCH_COLUMNS})
        if (folder / SCORES_FILE).exists():
            s = _read_csv(folder / SCORES_FILE, ["region_code", "year", "pillar", "score", "source_url"])
            s = s.assign(year=s["year"].astype("int64"), score=s["score"].astype(float),
                         source_url=s["source_url"].where(s["source_url"] != "", None),
                         source=source_label(bid))
            scores.append(s[SCORE_COLUMNS])
        if (folder / COHORTS_FILE).exists():
            c = _read_csv(folder / COHORTS_FILE, ["region_code", "cohort_year", "evidence", "source_url"])
            c = c.assign(cohort_year=c["cohort_year"].astype("int64"),
                         source_url=c["source_url"].where(c["source_url"] != "", None),
                         region_name=c["region_code"].map(names).fillna(c["region_code"]),
                         source=source_label(bid))
            cohorts.append(c[COHORT_COLUMNS])

    b = pd.DataFrame(batches, columns=BATCH_COLUMNS)
    if len(b):
        b["imported_at"] = pd.to_datetime(b["imported_at"], utc=True).dt.tz_localize(None)
        b[["score_rows", "cohort_rows"]] = b[["score_rows", "cohort_rows"]].astype("int64")
    s = (pd.concat(scores, ignore_index=True) if scores else pd.DataFrame(columns=SCORE_COLUMNS))
    c = (pd.concat(cohorts, ignore_index=True) if cohorts else pd.DataFrame(columns=COHORT_COLUMNS))
    # later batches win over earlier ones for the same key
    s = s.drop_duplicates(["region_code", "year", "pillar"], keep="last").reset_index(drop=True)
    c = c.drop_duplicates(["region_code", "cohort_year"], keep="last").reset_index(drop=True)
    return b, s, c
