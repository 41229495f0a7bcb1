"""The import file format: the two kinds of table, their columns, the accepted header spellings and sheet
names, and the size limits every upload is held to (see docs/IMPORT.md)."""

from __future__ import annotations

import re

from analytics.domain import EVIDENCE_KINDS, max_accepted_year

MAX_BYTES = 5 * 1024 * 1024
MAX_ROWS = 100_000
MAX_XLSX_EXPANDED = 50 * 1024 * 1024
MAX_CELL_CHARS = 4_096       # one value (a long source URL fits; a pasted document does not)
MAX_ROW_CHARS = 65_536       # one row, all its values together
EVIDENCE = EVIDENCE_KINDS

SCORES, PARTICIPATION = "scores", "participation"
REQUIRED = {SCORES: ("region_code", "year", "pillar", "score"),
            PARTICIPATION: ("region_code", "cohort_year", "evidence")}
OPTIONAL = {SCORES: ("region_name", "source_url"), PARTICIPATION: ("region_name", "source_url")}
SHEET_NAMES = {SCORES: ("scores", "score", "skor", "nilai"),
               PARTICIPATION: ("participation", "participants", "cohorts", "cohort", "partisipasi", "peserta",
                               "kepesertaan")}
# header spellings accepted besides the column names themselves (compared lower-case, spaces → underscores)
HEADER_ALIASES = {
    "kode": "region_code", "kode_daerah": "region_code", "kode_wilayah": "region_code", "code": "region_code",
    "nama_daerah": "region_name", "nama": "region_name", "region": "region_name",
    "tahun": "year", "pilar": "pillar", "dimensi": "pillar", "nilai": "score", "skor": "score",
    "indeks": "score", "tahun_kohort": "cohort_year", "cohort": "cohort_year", "bukti": "evidence",
    "source": "source_url", "sumber": "source_url", "url": "source_url",
}


def last_year() -> int:
    """The latest year an import may carry (:func:`analytics.domain.max_accepted_year`)."""
    return max_accepted_year()


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", str(s)).strip().lower()
