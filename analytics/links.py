"""Shared links: the URL's query parameters as language-independent codes, parsed in ONE place.

A link made in Bahasa Indonesia must open the same view in English and in presenter mode, so the URL carries
codes, never translated labels: ``year=2023``, ``island=bali-nusa-tenggara``, ``province=73``,
``type=kota|kabupaten``, ``lens=open|evaluation``, a map measure id (``map_measure=indicator:hdi``), a
methodology option (``norm=minmax``). The parsers also accept what people (and older links, which held the
widgets' display labels) write: names (``Sulawesi Selatan``, ``South Sulawesi``), any case, ``+`` or ``_`` for
spaces, ``-`` for ``–``, ``Kab``/``Kab.`` for kabupaten.

A value that is not understood is not silently dropped: the parser returns a :class:`Problem` naming the
parameter and the value, and the caller (ui/links.py) warns the reader and falls back to the default.

Pure (no streamlit): ui/filters.py, ui/presenter.py and ui/links.py use it; tests/analytics/test_links.py
drives it with tables.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from analytics.domain import DEFAULT_AS_OF, ISLAND_GROUPS, REGION_TYPES
from analytics.summaries.filters import Filters

# the URL parameters of the shared filters (also the sidebar widgets' keys)
YEAR, ISLAND, PROVINCE, TYPE = "year", "island", "province", "type"
FILTER_PARAMS = (YEAR, ISLAND, PROVINCE, TYPE)

_DASHES = re.compile(r"[\s\-‐‑‒–—―_+]+")


@dataclass(frozen=True)
class Problem:
    """A link value that was not understood: the parameter and the value as given."""
    param: str
    value: str


def last(value: object) -> str | None:
    """One query value: the last of a repeated parameter, None for missing or empty."""
    if isinstance(value, (list, tuple)):
        value = value[-1] if value else None
    if value is None:
        return None
    text = str(value)
    return text if text.strip() else None


def normalise(text: object) -> str:
    """The form two spellings are compared in: NFKC, case-folded, dashes/underscores/``+``/runs of space → one
    space, a trailing ``.`` dropped (``Kab.``), trimmed."""
    s = unicodedata.normalize("NFKC", str(text)).casefold()
    s = _DASHES.sub(" ", s).strip()
    return s[:-1].strip() if s.endswith(".") else s


def slug(text: str) -> str:
    """A URL-friendly code of a name: ``Bali–Nusa Tenggara`` → ``bali-nusa-tenggara``."""
    return normalise(text).replace(" ", "-")


def parse_choice(param: str, raw: object, codes: Iterable, aliases: Mapping[str, object] | None = None):
    """``(code, problem)`` for a coded choice: the code whose spelling (the code itself, or an alias: a name, a
    label in either language) matches ``raw`` after :func:`normalise`. Missing/empty → ``(None, None)``;
    not understood → ``(None, Problem)``."""
    value = last(raw)
    if value is None:
        return None, None
    table: dict[str, object] = {}
    for alias, code in (aliases or {}).items():
        table.setdefault(normalise(alias), code)
    for code in codes:
        table[normalise(code)] = code            # a code wins over an alias spelled the same
    key = normalise(value)
    if key in table:
        return table[key], None
    return None, Problem(param, value)


def parse_year(raw: object, years: Iterable[int], param: str = YEAR):
    """``(year, problem)``: a year of ``years`` written as digits (``2023``, `` 2023 ``)."""
    value = last(raw)
    if value is None:
        return None, None
    text = value.strip()
    if text.isascii() and text.isdigit() and int(text) in set(int(y) for y in years):
        return int(text), None
    return None, Problem(param, value)


# --- island groups --------------------------------------------------------------------------------------------

# common English names (exonyms) of the island groups, accepted as input only
_ISLAND_EN = {"Sumatera": ("Sumatra",), "Jawa": ("Java",), "Maluku": ("Moluccas", "Maluku Islands"),
              "Bali–Nusa Tenggara": ("Bali Nusa Tenggara", "Lesser Sunda Islands")}


def island_code(name: str) -> str:
    """The URL code of an island group (``Jawa`` → ``jawa``)."""
    return slug(name)


def island_aliases() -> dict[str, str]:
    out = {slug(g): g for g in ISLAND_GROUPS}
    for g, names in _ISLAND_EN.items():
        out.update({n: g for n in names})
    return out


def parse_island(raw: object):
    """``(island group name as in ISLAND_GROUPS, problem)`` from a code (``bali-nusa-tenggara``), the name in
    any case or dash, or its English name (``Java``)."""
    return parse_choice(ISLAND, raw, ISLAND_GROUPS, island_aliases())


# --- provinces ------------------------------------------------------------------------------------------------

_DIRECTIONS = {"barat daya": "Southwest", "utara": "North", "selatan": "South", "barat": "West", "timur": "East",
               "tenggara": "Southeast", "tengah": "Central", "pegunungan": "Highland"}
_WORDS = {"jawa": "Java", "sumatera": "Sumatra"}


def english_province_names(name: str) -> list[str]:
    """English spellings of an Indonesian province name, accepted as input only: the direction goes first
    (``Sulawesi Selatan`` → ``South Sulawesi``), ``Kepulauan X`` → ``X Islands``, Jawa/Sumatera → Java/Sumatra,
    ``DKI Jakarta`` → ``Jakarta``, ``DI Yogyakarta`` → ``Yogyakarta``."""
    words = normalise(name)
    out: list[str] = []
    for prefix in ("dki ", "di ", "daerah istimewa ", "daerah khusus ibukota "):
        if words.startswith(prefix):
            out.append(words[len(prefix):])
            out.append("dki " + words[len(prefix):] if "ibukota" in prefix else "di " + words[len(prefix):])
    if words.startswith("kepulauan "):
        out.append(f"{words[len('kepulauan '):]} islands")
    for suffix, english in _DIRECTIONS.items():
        rest = words[: -len(suffix) - 1]
        if words.endswith(" " + suffix) and not rest.endswith("nusa"):
            rest_en = " ".join(_WORDS.get(w, w) for w in rest.split())
            out.append(f"{english} {rest_en}")
            break
    if not out and any(w in _WORDS for w in words.split()):
        out.append(" ".join(_WORDS.get(w, w) for w in words.split()))
    return out


def province_aliases(provinces: Mapping[str, str]) -> dict[str, str]:
    """Name (Indonesian, as in the data, and English spellings) → province code."""
    out: dict[str, str] = {}
    for code, name in provinces.items():
        out[str(name)] = str(code)
        for en in english_province_names(str(name)):
            out.setdefault(en, str(code))
    return out


def parse_province(raw: object, provinces: Mapping[str, str]):
    """``(province code, problem)`` from a code (``73``) or a name (``Sulawesi Selatan``, ``south sulawesi``);
    ``provinces`` maps code → name (the data's provinces)."""
    return parse_choice(PROVINCE, raw, [str(c) for c in provinces], province_aliases(provinces))


# --- region type ----------------------------------------------------------------------------------------------

_TYPE_ALIASES = {"kab": "kabupaten", "regency": "kabupaten", "regencies": "kabupaten",
                 "kotamadya": "kota", "kota madya": "kota", "city": "kota", "cities": "kota"}


def parse_type(raw: object):
    """``(kabupaten|kota, problem)``; accepts ``Kab``/``Kab.``, ``Regency``, ``City``, any case."""
    return parse_choice(TYPE, raw, REGION_TYPES, _TYPE_ALIASES)


# --- the shared filters ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class LinkFilters:
    """The URL's filters: the values understood (``values``: param → value, only those given and valid), the
    :class:`Filters` they make with the defaults for the rest, and the problems (values not understood)."""
    values: dict = field(default_factory=dict)
    problems: tuple[Problem, ...] = ()
    default_as_of: int = DEFAULT_AS_OF

    @property
    def filters(self) -> Filters:
        v = self.values
        return Filters(as_of=int(v.get(YEAR, self.default_as_of)), island_group=v.get(ISLAND),
                       province=v.get(PROVINCE), type=v.get(TYPE))


def parse_filters(query: Mapping[str, object], *, years: Iterable[int], provinces: Mapping[str, str],
                  default_as_of: int = DEFAULT_AS_OF) -> LinkFilters:
    """The shared filters of a URL (``year``, ``island``, ``province``, ``type``), used by the sidebar and by
    presenter mode alike."""
    parsers = {YEAR: lambda r: parse_year(r, years), ISLAND: parse_island,
               PROVINCE: lambda r: parse_province(r, provinces), TYPE: parse_type}
    values, problems = {}, []
    for param, parse in parsers.items():
        value, problem = parse(query.get(param))
        if problem is not None:
            problems.append(problem)
        elif value is not None:
            values[param] = value
    return LinkFilters(values, tuple(problems), default_as_of)


def filter_codes(f: Filters) -> dict[str, str | None]:
    """The URL codes of a :class:`Filters` (None: not in the URL)."""
    return {YEAR: str(int(f.as_of)), ISLAND: island_code(f.island_group) if f.island_group else None,
            PROVINCE: f.province or None, TYPE: f.type or None}
