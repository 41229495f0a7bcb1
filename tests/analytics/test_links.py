"""analytics/links.py: the one parser of shared links. Table-driven: codes, names (Indonesian as in the data and
English spellings), any case and dash, old label-valued links, and values not understood (a Problem naming the
parameter and the value). Expected codes are hand-written from data/reference/provinces.csv and the domain."""

from __future__ import annotations

import csv

import pytest

from analytics import links as L
from analytics.domain import DEFAULT_AS_OF, ISLAND_GROUPS
from analytics.summaries.filters import Filters
from tests.conftest import REPO

PROVINCES = {r["code"]: r["name"] for r in csv.DictReader(open(REPO / "data/reference/provinces.csv", encoding="utf-8"))}
YEARS = list(range(2017, 2026))


@pytest.mark.parametrize(("raw", "code"), [
    ("73", "73"), (" 73 ", "73"), ("Sulawesi Selatan", "73"), ("sulawesi selatan", "73"),
    ("SULAWESI+SELATAN", "73"), ("Sulawesi_Selatan", "73"), ("South Sulawesi", "73"), ("south-sulawesi", "73"),
    ("Sulawesi Tenggara", "74"), ("Southeast Sulawesi", "74"), ("Nusa Tenggara Timur", "53"),
    ("East Nusa Tenggara", "53"), ("Jawa Barat", "32"), ("West Java", "32"), ("Kepulauan Riau", "21"),
    ("Riau Islands", "21"), ("Riau", "14"), ("DKI Jakarta", "31"), ("Jakarta", "31"), ("Yogyakarta", "34"),
    ("Papua Barat Daya", "96"), ("Southwest Papua", "96"), ("Papua Barat", "92"), ("Papua", "91"),
    (["31", "73"], "73"),                                    # a repeated parameter: the last one
])
def test_province_codes_and_names(raw, code):
    assert L.parse_province(raw, PROVINCES) == (code, None)


@pytest.mark.parametrize("raw", ["99", "7", "Atlantis", "Sulawesi", "73.71", "<b>x</b>", "South"])
def test_unknown_province_is_a_problem(raw):
    assert L.parse_province(raw, PROVINCES) == (None, L.Problem("province", raw))


@pytest.mark.parametrize("raw", [None, "", "  ", []])
def test_missing_values_are_no_problem(raw):
    for parse in (L.parse_island, L.parse_type, lambda r: L.parse_province(r, PROVINCES),
                  lambda r: L.parse_year(r, YEARS)):
        assert parse(raw) == (None, None)


@pytest.mark.parametrize(("raw", "year", "ok"), [
    ("2023", 2023, True), (" 2020 ", 2020, True), ("2017", 2017, True), (["2019", "2021"], 2021, True),
    ("1999", None, False), ("2030", None, False), ("20x3", None, False), ("2023.0", None, False),
    ("-2023", None, False), ("٢٠٢٣", None, False),          # Arabic-Indic digits are digits to Python, not a year
])
def test_years(raw, year, ok):
    value, problem = L.parse_year(raw, YEARS)
    assert value == year
    assert (problem is None) == ok
    if not ok:
        assert problem == L.Problem("year", raw if isinstance(raw, str) else raw[-1])


@pytest.mark.parametrize(("raw", "group"), [
    ("Jawa", "Jawa"), ("jawa", "Jawa"), ("JAVA", "Jawa"), ("Java", "Jawa"), ("sumatera", "Sumatera"),
    ("Sumatra", "Sumatera"), ("bali-nusa-tenggara", "Bali–Nusa Tenggara"), ("Bali–Nusa Tenggara", "Bali–Nusa Tenggara"),
    ("Bali-Nusa+Tenggara", "Bali–Nusa Tenggara"), ("Bali Nusa Tenggara", "Bali–Nusa Tenggara"),
    ("Moluccas", "Maluku"), ("papua", "Papua"), ("Sulawesi", "Sulawesi"), ("kalimantan", "Kalimantan"),
])
def test_island_groups(raw, group):
    assert L.parse_island(raw) == (group, None)


@pytest.mark.parametrize("raw", ["Atlantis", "Borneo", "jawa barat", "all"])
def test_unknown_island_group_is_a_problem(raw):
    assert L.parse_island(raw) == (None, L.Problem("island", raw))


def test_island_codes_round_trip():
    for group in ISLAND_GROUPS:
        code = L.island_code(group)
        assert code.isascii() and " " not in code
        assert L.parse_island(code) == (group, None)
    assert L.island_code("Bali–Nusa Tenggara") == "bali-nusa-tenggara"


@pytest.mark.parametrize(("raw", "kind"), [
    ("kota", "kota"), ("Kota", "kota"), ("KOTA", "kota"), ("city", "kota"), ("Kotamadya", "kota"),
    ("kabupaten", "kabupaten"), ("Kabupaten", "kabupaten"), ("Kab", "kabupaten"), ("kab.", "kabupaten"),
    ("Regency", "kabupaten"),
])
def test_region_types(raw, kind):
    assert L.parse_type(raw) == (kind, None)


@pytest.mark.parametrize("raw", ["village", "desa", "k", "kot"])
def test_unknown_type_is_a_problem(raw):
    assert L.parse_type(raw) == (None, L.Problem("type", raw))


@pytest.mark.parametrize(("raw", "code"), [
    ("minmax", "minmax"), ("MinMax", "minmax"), ("Min–max (0–100)", "minmax"), ("min-max (0-100)", "minmax"),
    ("Min–maks (0–100)", "minmax"), ("zscore", "zscore"), ("Nonsense", None),
])
def test_choice_accepts_codes_and_labels_of_both_languages(raw, code):
    aliases = {"Min–max (0–100)": "minmax", "Min–maks (0–100)": "minmax", "z-score": "zscore"}
    value, problem = L.parse_choice("norm", raw, ["none", "minmax", "zscore"], aliases)
    assert value == code
    assert (problem is None) == (code is not None)


def test_a_code_wins_over_an_alias_spelled_the_same():
    assert L.parse_choice("m", "cohort", ["cohort", "hdi"], {"Cohort": "hdi"}) == ("cohort", None)


def test_parse_filters_makes_the_filters_and_lists_the_problems():
    q = {"year": "2020", "island": "sulawesi", "province": "Sulawesi Selatan", "type": "Kota"}
    link = L.parse_filters(q, years=YEARS, provinces=PROVINCES)
    assert link.problems == ()
    assert link.filters == Filters(as_of=2020, island_group="Sulawesi", province="73", type="kota")
    assert L.filter_codes(link.filters) == {"year": "2020", "island": "sulawesi", "province": "73", "type": "kota"}
    # the codes parse back to the same filters (a link written by the app opens the same view)
    assert L.parse_filters(L.filter_codes(link.filters), years=YEARS, provinces=PROVINCES).filters == link.filters

    bad = L.parse_filters({"year": "1999", "island": "Jawa", "province": "Narnia", "type": "village"},
                          years=YEARS, provinces=PROVINCES)
    assert bad.problems == (L.Problem("year", "1999"), L.Problem("province", "Narnia"), L.Problem("type", "village"))
    assert bad.filters == Filters(as_of=DEFAULT_AS_OF, island_group="Jawa")      # the rest: the defaults
    assert bad.values == {"island": "Jawa"}


def test_every_province_name_and_code_is_understood():
    for code, name in PROVINCES.items():
        assert L.parse_province(code, PROVINCES) == (code, None)
        assert L.parse_province(name.upper(), PROVINCES) == (code, None)
        for english in L.english_province_names(name):
            assert L.parse_province(english, PROVINCES) == (code, None), english
