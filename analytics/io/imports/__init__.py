"""Import analysts' evaluation results (pillar scores, and participation rows) into the warehouse.

The warehouse stays *derived*: an import never writes into DuckDB. It

1. **validates** the whole file (:func:`validate`): every problem is listed with its sheet, row and column,
   and nothing is written unless there are none;
2. **stages** a batch folder ``<imports_dir>/<batch_id>/`` (``manifest.json``, ``scores.csv`` and/or
   ``cohorts.csv``, and the original upload), written under a hidden name and renamed into place;
3. **rebuilds** the warehouse atomically (:func:`analytics.warehouse.build.build` semantics), which merges every
   active batch (:func:`analytics.io.batch_store.load_active`). Imported rows carry ``source = 'import:<batch_id>'``.
   If the rebuild fails the staged folder is removed again and the old database is untouched.

:func:`rollback` marks a batch ``rolled_back`` and rebuilds; :func:`history` lists the batches. Steps 1–3 and
rollback run under the build lock, so concurrent imports serialise. See docs/IMPORT.md for the file format.

File format (one row per region × year × pillar, "long form"):

- scores: ``region_code, year, pillar, score`` (+ optional ``region_name``, ``source_url``);
- participation: ``region_code, cohort_year, evidence`` (+ optional ``region_name``, ``source_url``) —
  the columns of ``data/reference/programme_cohorts.csv``.

A CSV holds one of the two (told apart by a ``cohort_year`` column); an XLSX workbook may hold both, on sheets
named ``scores`` and ``participation``. Scores are accepted only for programme participants: regions in the
reference cohorts, in an active batch, or in the same file's participation rows.

The modules, in the order a file passes through them: :mod:`.format` (kinds, columns, limits),
:mod:`.reading` (bytes → tables of text), :mod:`.checks` (row by row), :mod:`.validate` (the whole file),
:mod:`.batches` (commit, rollback, history), with :mod:`.problems` (what is wrong, where), :mod:`.context`
(what a file is checked against) and :mod:`.templates`. This package re-exports their public names, so
``from analytics.io import imports; imports.validate(...)`` is the one way callers use it.
"""

from __future__ import annotations

from analytics import paths  # noqa: F401 - callers and tests reach the configured folders through here
from analytics.io.batch_store import ACTIVE, COHORTS_FILE, MANIFEST, ROLLED_BACK, SCORES_FILE  # noqa: F401

from .batches import HISTORY_COLUMNS, Batch, commit, history, history_frame, recover, rollback  # noqa: F401
from .checks import (check_participation, check_scores, normalise_region_code, parse_number,  # noqa: F401
                     suggest_region)
from .context import Context, load_context, pillar_aliases  # noqa: F401
from .format import (EVIDENCE, HEADER_ALIASES, MAX_BYTES, MAX_CELL_CHARS, MAX_ROW_CHARS, MAX_ROWS,  # noqa: F401
                     MAX_XLSX_EXPANDED, OPTIONAL, PARTICIPATION, REQUIRED, SCORES, SHEET_NAMES, last_year)
from .problems import (PROBLEM_MESSAGES, BatchError, ImportRejected, Problem, english_number,  # noqa: F401
                       problems_frame)
from .reading import Table, decode_text, file_kind, read_csv_table, read_xlsx_tables  # noqa: F401
from .templates import TEMPLATE_COLUMNS, template_csv, template_xlsx  # noqa: F401
from .validate import Validation, partial_pillar_notes, validate  # noqa: F401
