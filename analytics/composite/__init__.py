"""Pure composite-indicator engine (JRC/OECD handbook, JRC COINr design). No UI imports.

Pipeline: :class:`Framework` (tree, weights, directions) -> :func:`normalise` -> :func:`aggregate` ->
:func:`compute_index` (all stages kept in :class:`IndexResult`, :func:`rerun` for what-ifs) -> ranks,
maturity levels, peers and Monte Carlo uncertainty (:func:`run_uncertainty`).
"""

from .aggregate import AGG_METHODS, aggregate, aggregate_with_flags, weighted_mean
from .framework import Framework, FrameworkError, default_framework_csv
from .index import IndexResult, IndexSettings, compute_index, rerun
from .io import EngineInputError, export_table, read_framework_csv, read_long_data, run_on_files
from .levels import levels_csv, load_levels, maturity_level, to_100
from .normalise import METHODS as NORMALISATIONS, normalise
from .peers import population_class, similar_units
from .ranks import rank_matrix, rank_units, strengths_weaknesses
from .uncertainty import UncertaintyResult, run_uncertainty

__all__ = [
    "AGG_METHODS", "NORMALISATIONS", "default_framework_csv", "levels_csv",
    "Framework", "FrameworkError", "EngineInputError",
    "normalise", "aggregate", "aggregate_with_flags", "weighted_mean",
    "IndexSettings", "IndexResult", "compute_index", "rerun",
    "load_levels", "maturity_level", "to_100",
    "rank_units", "rank_matrix", "strengths_weaknesses",
    "similar_units", "population_class",
    "UncertaintyResult", "run_uncertainty",
    "read_framework_csv", "read_long_data", "export_table", "run_on_files",
]
