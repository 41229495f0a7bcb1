"""Analysts' imported batches as the build sees them (filled in by the import workflow).

``load_active(directory, frames)`` returns (batches, scores, cohorts) for every active batch under
``data/imports/``; with no imports it returns three empty frames.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

BATCH_COLUMNS = ["batch_id", "file_name", "sha256", "score_rows", "cohort_rows", "imported_at", "imported_by"]
SCORE_COLUMNS = ["region_code", "year", "pillar", "score", "source", "source_url"]
COHORT_COLUMNS = ["region_code", "region_name", "cohort_year", "evidence", "source_url", "source"]


def load_active(directory: Path, frames: dict[str, pd.DataFrame]) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    return (pd.DataFrame(columns=BATCH_COLUMNS), pd.DataFrame(columns=SCORE_COLUMNS),
            pd.DataFrame(columns=COHORT_COLUMNS))
