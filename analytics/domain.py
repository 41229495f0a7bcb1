"""The domain model, defined once: years, scales, thresholds and code lists of the smart-city programme.

Every other module (the warehouse's file contracts and SQL checks, the synthetic generator, imports, filters,
the CLI, the pages) reads these names; nothing restates them. Facts are from ``../shared/DOMAIN.md``.

Years
    The programme's first cohort is 2017 (``FIRST_YEAR``); there was no cohort in 2020. The vendored reference
    data runs to 2024 (``REFERENCE_LAST_YEAR``). An import may carry any year up to the current calendar year
    (:func:`max_accepted_year`), and the years the app offers extend to the latest year present in the data
    (:func:`last_year`): what is accepted is what is shown, and a new year appears when its data arrives.
Scales
    Evaluation scores are on the ministry's 0–4 scale (``SCORE_MIN``–``SCORE_MAX``); indices on 0–100, rounded
    once to ``INDEX_DECIMALS`` (:func:`round_index`) before levels, ranks and display.
Completeness
    A region gets an index (and a rank and a level) only with at least ``MIN_PILLARS`` of the
    ``N_PILLARS`` pillars (``DEFAULT_MIN_SHARE``), COINr's data-availability threshold; otherwise it shows
    "insufficient data". The open-statistics index has its own rule, per level of its tree: a pillar needs at
    least one of its indicators (``OPEN_MIN_INDICATOR_SHARE``), the index at least ``OPEN_MIN_PILLARS`` of the
    pillars that have open data (:func:`open_min_share`).
Lenses
    Score views show one of two lenses (``LENSES``): ``open`` — the open-statistics index built from BPS and
    Kemendes data (real, the default) — or ``evaluation`` — the programme's evaluation scores (synthetic demo
    unless published or imported). The codes are language-independent (they go in URLs and the CLI).
Indicators
    Real regional statistics run from ``INDICATOR_FIRST_YEAR`` (2010). Their units decide their valid range
    (:func:`unit_range`). "Need" for the equity analysis and the planner is the lowest ``NEED_QUANTILE`` of
    the Human Development Index (``NEED_INDICATOR``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import numpy as np

# ---------------------------------------------------------------------------------------------- years
FIRST_YEAR = 2017                 # the programme's first cohort
REFERENCE_LAST_YEAR = 2024        # the latest year of the vendored reference data and of the synthetic scores
DEFAULT_AS_OF = 2023              # the latest year with a reported programme total (241 kab/kota)
NO_COHORT_YEARS = (2020,)         # the programme took no new regions in 2020
ASCN_FIRST_YEAR = 2018            # the ASEAN Smart Cities Network was launched in April 2018
IMD_FIRST_YEAR = 2019             # first edition of the IMD Smart City Index
INDICATOR_FIRST_YEAR = 2010       # first year of the vendored BPS indicator series (IPM 2010–2024)


def max_accepted_year(today: dt.date | None = None) -> int:
    """The latest year a data row may carry: the current calendar year (no evaluation of the future)."""
    return (today or dt.date.today()).year


def last_year(data_years: Iterable[object] = ()) -> int:
    """The latest year the app offers: the reference data's last year, or a later year present in the data."""
    years = [int(y) for y in data_years if y is not None and not (isinstance(y, float) and np.isnan(y))]
    return max([REFERENCE_LAST_YEAR, *years])


def year_range(last: int) -> range:
    """``FIRST_YEAR`` … ``last`` inclusive."""
    return range(FIRST_YEAR, int(last) + 1)


def check_year(value: object, last: int) -> int:
    """``value`` as an int in ``FIRST_YEAR``–``last``, else ValueError with one line saying the range."""
    try:
        year = int(str(value).strip()) if not isinstance(value, (int, np.integer)) else int(value)
    except (TypeError, ValueError):
        raise ValueError(f"year {value!r} is not a number") from None
    if not FIRST_YEAR <= year <= int(last):
        raise ValueError(f"year {year} is out of range {FIRST_YEAR}–{int(last)}")
    return year


# ---------------------------------------------------------------------------------------------- scales
SCORE_MIN, SCORE_MAX = 0.0, 4.0   # the ministry's evaluation scale (Kota Bandung's 3.71 was the best result)
INDEX_MIN, INDEX_MAX = 0.0, 100.0
INDEX_DECIMALS = 1                # indices are rounded once to this, then classed, ranked and shown
GEOMETRIC_FLOOR = 1.0             # min-max/rank/goalposts map to [1, 100] when a geometric mean follows (COINr)


def to_index_scale(score, lo: float = SCORE_MIN, hi: float = SCORE_MAX):
    """A score on ``[lo, hi]`` (default the 0–4 evaluation scale) on the 0–100 index scale (0–4 → × 25)."""
    return (score - lo) * ((INDEX_MAX - INDEX_MIN) / (hi - lo)) + INDEX_MIN


def round_index(values):
    """Round an index (0–100) once, half away from zero like a person would, to ``INDEX_DECIMALS``.

    Works on scalars, arrays and Series (NaN stays NaN). A tiny epsilon absorbs floating-point noise such as
    ``79.99999999999999`` (a mean of exactly 3.2 × 25), so the shown value, the level and the rank agree."""
    x = np.asarray(values, dtype=float)
    scale = 10.0 ** INDEX_DECIMALS
    out = np.sign(x) * np.floor(np.abs(x) * scale + 0.5 + 1e-9) / scale
    if hasattr(values, "index") and hasattr(values, "rename"):      # pandas Series
        return values.__class__(out, index=values.index, name=getattr(values, "name", None))
    return out if np.ndim(values) else float(out)


# ---------------------------------------------------------------------------------------------- completeness
N_PILLARS = 6
MIN_PILLARS = 4                   # at least 4 of the 6 pillars for an index, a level and a rank
DEFAULT_MIN_SHARE = MIN_PILLARS / N_PILLARS

OPEN_MIN_PILLARS = 3              # the open-statistics index: at least 3 of its 4 pillars with open data
OPEN_MIN_INDICATOR_SHARE = 0.0    # … and a pillar needs at least one of its indicators (any share > 0)


def open_min_share(n_pillars: int, min_pillars: int = OPEN_MIN_PILLARS) -> dict[int, float]:
    """The open index's completeness rule as the engine's per-level data threshold (level 2 = pillars from
    indicators, level 3 = the index from pillars): ``{2: OPEN_MIN_INDICATOR_SHARE, 3: min_pillars / n_pillars}``."""
    if not 0 <= int(min_pillars) <= int(n_pillars) or int(n_pillars) < 1:
        raise ValueError(f"min pillars must be between 0 and {n_pillars} (got {min_pillars})")
    return {2: OPEN_MIN_INDICATOR_SHARE, 3: int(min_pillars) / int(n_pillars)}


# ---------------------------------------------------------------------------------------------- lenses
LENSES = ("open", "evaluation")   # open statistics (real, default) | programme evaluation (synthetic demo)
DEFAULT_LENS = "open"


def check_lens(value: object) -> str:
    """``value`` if it is a lens code, else ValueError naming the choices."""
    if value not in LENSES:
        raise ValueError(f"unknown lens {value!r}; choose one of {', '.join(LENSES)}")
    return str(value)


# ---------------------------------------------------------------------------------------------- indicators
INDICATOR_DIRECTIONS = (-1, 0, 1)  # lower is better | context only | higher is better
NEED_INDICATOR = "hdi"            # need = low human development (BPS IPM)
NEED_QUANTILE = 0.2               # the lowest-HDI quintile: HDI at or below the 20th percentile
POVERTY_INDICATOR = "poverty_rate"
INCOME_INDICATOR = "grdp_per_capita"
CONCENTRATION_NEUTRAL = 0.05      # |concentration index| at most this: participation roughly proportional to need
COVID_YEAR = 2021                 # values of 2021 are a COVID year (shown as a caveat)
HDI_SERIES_BREAK_YEAR = 2024      # IPM 2024 continues the [Metode Baru] series, not BPS's 2024 headline series

# unit of an indicator (catalogue text, by prefix) -> (low, high, low_exclusive): the values it may take
UNIT_RANGES: tuple[tuple[str, float, float, bool], ...] = (
    ("percent", 0.0, 100.0, False),
    ("index 0-100", 0.0, 100.0, False),
    ("index 0-1", 0.0, 1.0, False),
    ("years", 0.0, float("inf"), True),
    ("thousand IDR", 0.0, float("inf"), True),
    ("villages", 0.0, float("inf"), True),
)


def unit_range(unit: str) -> tuple[float, float, bool] | None:
    """The valid range of an indicator's values from its unit (``UNIT_RANGES``): the unit is one of the
    prefixes or starts with one followed by a space ("percent of households"). percent 0–100, index 0–1 or
    0–100, years / money / counts > 0. None for an unknown unit."""
    text = " ".join(str(unit).split())
    for prefix, lo, hi, exclusive in UNIT_RANGES:
        if text == prefix or text.startswith(prefix + " "):
            return lo, hi, exclusive
    return None

# ---------------------------------------------------------------------------------------------- code lists
REGION_TYPES = ("kabupaten", "kota")
EVIDENCE_KINDS = ("list", "own_news", "award", "mention")   # strongest first (see SOURCES.md)
COORD_CONFIDENCE = ("high", "medium", "low")
SCORE_SOURCES = ("published", "synthetic")                  # plus 'import:<batch_id>'
IMPORT_SOURCE_PREFIX = "import:"

# ITB city-rating size classes: small < 200k ≤ medium ≤ 1M < big
SIZE_CLASSES = ("small", "medium", "big")
SMALL_MAX = 200_000
MEDIUM_MAX = 1_000_000

ISLAND_GROUPS = ("Sumatera", "Jawa", "Bali–Nusa Tenggara", "Kalimantan", "Sulawesi", "Maluku", "Papua")
# Kemendagri province codes: the first digit is the island group (1 Sumatera, 3 Jawa, 5 Bali–Nusa Tenggara,
# 6 Kalimantan, 7 Sulawesi, 8 Maluku, 9 Papua); 21 (Kepulauan Riau) belongs to Sumatera.
_ISLAND_BY_FIRST_DIGIT = {"1": "Sumatera", "2": "Sumatera", "3": "Jawa", "5": "Bali–Nusa Tenggara",
                          "6": "Kalimantan", "7": "Sulawesi", "8": "Maluku", "9": "Papua"}


def island_group(province_code: str) -> str:
    """Island group of a Kemendagri province code ("73" → "Sulawesi")."""
    try:
        return _ISLAND_BY_FIRST_DIGIT[str(province_code)[0]]
    except (KeyError, IndexError):
        raise ValueError(f"unknown province code {province_code!r}") from None


def sql_constants(today: dt.date | None = None) -> dict[str, object]:
    """The names the SQL schema and checks use (``${name}`` in ``analytics/warehouse/sql/*.sql``)."""
    q = lambda values: ", ".join(f"'{v}'" for v in values)  # noqa: E731 - fixed code lists, no user input
    return {
        "first_year": FIRST_YEAR, "max_year": max_accepted_year(today), "no_cohort_years": ", ".join(map(str, NO_COHORT_YEARS)),
        "ascn_first_year": ASCN_FIRST_YEAR, "imd_first_year": IMD_FIRST_YEAR,
        "indicator_first_year": INDICATOR_FIRST_YEAR,
        "score_min": SCORE_MIN, "score_max": SCORE_MAX, "small_max": SMALL_MAX, "medium_max": MEDIUM_MAX,
        "region_types": q(REGION_TYPES), "island_groups": q(ISLAND_GROUPS), "coord_confidence": q(COORD_CONFIDENCE),
        "evidence_kinds": q(EVIDENCE_KINDS), "score_sources": q(SCORE_SOURCES),
        "import_prefix": IMPORT_SOURCE_PREFIX,
    }
