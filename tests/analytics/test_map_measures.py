"""analytics.summaries.map_measures: the measures the map colours by, checked against the raw cohort file and
hand-derived values; the classes (stated, no data = −1, never zero); province aggregation; the registry hook."""

from __future__ import annotations

import csv
import math

import numpy as np
import pandas as pd
import pytest

from analytics.summaries import map_measures as mm
from analytics.summaries.filters import Filters
from tests.conftest import REPO


@pytest.fixture(scope="module")
def ds(built_db):
    from analytics.warehouse.dataset import load
    return load(built_db)


def _first_cohorts() -> dict[str, int]:
    """Each region's first cohort year, read straight from the vendored CSV (independent of the warehouse)."""
    first: dict[str, int] = {}
    with open(REPO / "data" / "reference" / "programme_cohorts.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            y = int(row["cohort_year"])
            first[row["region_code"]] = min(y, first.get(row["region_code"], y))
    return first


# ---------------------------------------------------------------------------------------------- measures
@pytest.mark.parametrize("year", [2017, 2019, 2020, 2023, 2024])
def test_participation_matches_the_cohort_file(ds, year):
    first = _first_cohorts()
    expected = {c for c, y in first.items() if y <= year}
    r = mm.measure_values(ds, "participation", year)
    f = r.frame
    assert len(f) == 514 and f["code"].is_unique
    got = set(f.loc[f["value"] == mm.PARTICIPANT, "code"])
    assert got == expected
    assert (f["class"] >= 0).all()                       # participation is never "no data"
    part = f[f["value"] == mm.PARTICIPANT].set_index("code")
    assert all(part.at[c, "value_year"] == first[c] for c in part.index)
    assert set(part["source"]) <= {f"cohorts:{e}" for e in ("list", "own_news", "award", "mention")}


def test_participation_2023_is_the_225_identified_regions(ds):
    r = mm.measure_values(ds, "participation", 2023)
    assert (r.frame["value"] == mm.PARTICIPANT).sum() == 225          # SOURCES.md: 225 identified by 2023


@pytest.mark.parametrize("year", [2018, 2021, 2024])
def test_cohort_classes_are_the_first_cohort_years(ds, year):
    first = _first_cohorts()
    r = mm.measure_values(ds, "cohort", year)
    cats = list(r.classes.categories)
    assert cats == [*[str(y) for y in sorted(set(first.values()))], mm.NOT_IDENTIFIED]   # fixed across years
    for code, cls, value in zip(r.frame["code"], r.frame["class"], r.frame["value"]):
        if code in first and first[code] <= year:
            assert value == str(first[code]) and cats[cls] == str(first[code])
        else:
            assert value == mm.NOT_IDENTIFIED and cats[cls] == mm.NOT_IDENTIFIED
    assert "2020" not in cats                             # no cohort in 2020


def test_evaluation_is_illustrative_and_never_the_default(ds):
    m = mm.get(ds, "evaluation")
    assert m.illustrative
    assert mm.default_measure(ds) == "open_index"
    assert mm.measure_ids(ds)[-1] == "evaluation"                  # illustrative measures last in the menu
    r = mm.measure_values(ds, "evaluation", 2023)
    f = r.frame
    has = f["value"].notna()
    first = _first_cohorts()
    # only participants that joined before 2023 can have an evaluation as of 2023 (evaluated from the next year)
    assert set(f.loc[has, "code"]) <= {c for c, y in first.items() if y < 2023}
    assert (f.loc[~has, "class"] == mm.NO_DATA).all() and (f.loc[has, "class"] >= 0).all()
    v = f.loc[has, "value"].astype(float)
    assert v.between(0, 100).all() and (f.loc[has, "value_year"] <= 2023).all()
    # the classes are the maturity levels' 0–100 thresholds (data/framework/maturity_levels.csv)
    assert r.classes.breaks == (0.0, 20.0, 40.0, 60.0, 80.0, 100.0)
    assert r.classes.labels == ("ad_hoc", "initial", "scattered", "integrated", "smart")
    assert (f.loc[has, "class"] == np.minimum(v // 20, 4).astype(int)).all()
    assert set(f.loc[has, "source"]) <= {"synthetic", "published", "mixed"}


def test_filters_mark_the_scope_not_the_values(ds):
    whole = mm.measure_values(ds, "cohort", 2023).frame
    f = Filters(as_of=2023, province="35")
    part = mm.measure_values(ds, "cohort", 2023, f)
    assert part.frame["value"].tolist() == whole["value"].tolist()      # a filter never changes a value
    expected = set(ds.regions.loc[ds.regions["province_code"] == "35", "code"])
    assert set(part.frame.loc[part.frame["in_scope"], "code"]) == expected
    assert set(part.shown["code"]) == expected


def test_an_unknown_measure_or_year_is_one_line(ds):
    with pytest.raises(ValueError, match=r"unknown map measure 'nope'; choose one of open_index, cohort, participation"):
        mm.measure_values(ds, "nope", 2023)
    with pytest.raises(ValueError, match="out of range"):
        mm.measure_values(ds, "cohort", 2016)


# ---------------------------------------------------------------------------------------------- provinces
def test_province_share_is_counted_by_hand(ds):
    first = _first_cohorts()
    r = mm.province_values(ds, mm.measure_values(ds, "participation", 2023))
    p = r.frame.set_index("code")
    assert len(p) == 38
    for pc in ("31", "35", "73", "94"):
        codes = ds.regions.loc[ds.regions["province_code"] == pc, "code"]
        share = sum(1 for c in codes if first.get(c, 9999) <= 2023) / len(codes)
        assert p.at[pc, "value"] == pytest.approx(share)
        assert p.at[pc, "regions_in_scope"] == len(codes)
    # a province with no participant is 0% (its own class), not "no data"
    zero = p[p["value"] == 0]
    assert len(zero) and (zero["class"] == 0).all() and r.classes.exact_zero


def test_province_values_outside_the_filters_are_out_of_scope(ds):
    r = mm.province_values(ds, mm.measure_values(ds, "cohort", 2023, Filters(as_of=2023, island_group="Sulawesi")))
    f = r.frame.set_index("code")
    assert set(f.index[f["in_scope"]]) == {"71", "72", "73", "74", "75", "76"}
    assert (f.loc[~f["in_scope"], "class"] == mm.NO_DATA).all()


def test_province_mean_uses_only_regions_with_a_value(ds):
    reg = mm.measure_values(ds, "evaluation", 2023)
    prov = mm.province_values(ds, reg).frame.set_index("code")
    f = reg.frame
    for pc in ("35", "73"):
        v = f.loc[(f["province_code"] == pc) & f["value"].notna(), "value"].astype(float)
        assert prov.at[pc, "value"] == pytest.approx(v.sum() / len(v))
        assert prov.at[pc, "regions_with_data"] == len(v)


def test_population_weighted_mean_by_hand(ds):
    """A registered toy measure: two regions of province 35 with values 10 and 40, populations from the data."""
    pop = ds.regions.set_index("code")["population"]
    vals = {"35.10": 10.0, "35.78": 40.0}
    mm.register(mm.Measure("toy", compute=lambda d, y: pd.DataFrame(
        {"code": list(vals), "value": list(vals.values()), "value_year": [2022, 2023], "source": "test"}),
        classes=mm.Classes("sequential", breaks=(0, 25, 50)), province=mm.ProvinceRule("population_mean")))
    try:
        p = mm.province_values(ds, mm.measure_values(ds, "toy", 2023)).frame.set_index("code")
        expected = (10 * pop["35.10"] + 40 * pop["35.78"]) / (pop["35.10"] + pop["35.78"])
        assert p.at["35", "value"] == pytest.approx(expected)
        assert p.at["35", "value_year"] == 2023 and p.at["35", "regions_with_data"] == 2
        assert math.isnan(p.at["73", "value"]) and p.at["73", "class"] == mm.NO_DATA      # no value: no data
    finally:
        mm.unregister("toy")


# ---------------------------------------------------------------------------------------------- classes
SEQ = mm.Classes("sequential", breaks=(0, 20, 40, 60))
ZERO = mm.Classes("sequential", breaks=(0, 0.5, 1.0), exact_zero=True)
CAT = mm.Classes("categorical", categories=("a", "b", "c"))


@pytest.mark.parametrize(("classes", "value", "expected"), [
    (SEQ, 0, 0), (SEQ, 19.99, 0), (SEQ, 20, 1), (SEQ, 59.9, 2), (SEQ, 60, 2), (SEQ, 75, 2), (SEQ, -3, 0),
    (SEQ, float("nan"), mm.NO_DATA), (SEQ, None, mm.NO_DATA),
    (ZERO, 0, 0), (ZERO, 0.0001, 1), (ZERO, 0.5, 2), (ZERO, 1.0, 2), (ZERO, float("nan"), mm.NO_DATA),
    (CAT, "b", 1), (CAT, "z", mm.NO_DATA), (CAT, None, mm.NO_DATA),
])
def test_classes_assign(classes, value, expected):
    assert classes.assign(pd.Series([value], dtype=object)).iloc[0] == expected


@pytest.mark.parametrize(("kw", "message"), [
    ({"kind": "spiral", "breaks": (0, 1)}, "unknown classification kind"),
    ({"kind": "sequential", "breaks": (1, 0)}, "increasing"),
    ({"kind": "sequential", "breaks": (0,)}, "at least two"),
    ({"kind": "categorical"}, "needs categories"),
    ({"kind": "diverging", "breaks": (-1, 0, 1)}, "midpoint"),
    ({"kind": "sequential", "breaks": tuple(range(12))}, "at most 10"),
    ({"kind": "sequential", "breaks": (0, 1, 2), "labels": ("x",)}, "1 labels for 2 classes"),
])
def test_classes_refuse_what_cannot_be_drawn(kw, message):
    with pytest.raises(ValueError, match=message):
        mm.Classes(**kw)


def test_quantile_classes_split_the_values(ds):
    frame = pd.DataFrame({"value": np.arange(1, 101, dtype=float)})
    c = mm.quantile_classes(4)(ds, frame)
    assert c.breaks == (1.0, 25.75, 50.5, 75.25, 100.0)
    assert c.assign(frame["value"]).value_counts().sort_index().tolist() == [25, 25, 25, 25]


# ---------------------------------------------------------------------------------------------- registry
def test_the_default_is_the_lowest_real_measure(ds):
    assert mm.default_measure(ds) == "open_index"                 # real statistics are the default view
    mm.register(mm.Measure("fake_synthetic", compute=lambda d, y: pd.DataFrame(columns=list(mm.VALUE_COLUMNS)),
                           classes=SEQ, illustrative=True, order=-5))
    try:
        assert mm.default_measure(ds) == "open_index"             # illustrative: never the default
        mm.register(mm.Measure("fake_real", compute=lambda d, y: pd.DataFrame(columns=list(mm.VALUE_COLUMNS)),
                               classes=SEQ, order=-1))
        assert mm.default_measure(ds) == "fake_real"              # a real measure with a lower order wins
    finally:
        mm.unregister("fake_synthetic")
        mm.unregister("fake_real")


def test_open_index_measure_is_the_open_index_of_ranked_regions(ds):
    """The map's default colours are the open-statistics index of each ranked kab/kota (independent path: the
    summary the Region and Compare pages show), classed in quintiles of the shown values."""
    from analytics.summaries.open_index import open_index_summary
    from analytics.summaries.filters import Filters
    s = open_index_summary(ds, Filters(as_of=2023)).set_index("code")
    r = mm.measure_values(ds, "open_index", 2023).frame.set_index("code")
    ranked = s.index[s["status"] == "ranked"]
    assert r.loc[ranked, "value"].astype(float).tolist() == s.loc[ranked, "index_100"].astype(float).tolist()
    assert r.drop(index=ranked)["value"].isna().all()                     # insufficient data is no data, not 0
    assert (r.loc[ranked, "value_year"].astype(int) == s.loc[ranked, "data_year_max"].astype(int)).all()
    v = r.loc[ranked, "value"].astype(float)
    counts = r.loc[ranked, "class"].value_counts()
    assert len(counts) == 5 and counts.min() >= 0.15 * len(v)             # quintiles: every class well used


def test_indicator_measure_reads_the_raw_file_as_of_a_year(ds):
    """indicator:poverty_rate as of 2020 is each region's latest value at or before 2020 — 2018 in this file
    (poverty 2010–2018 and 2021) — read from the vendored CSV by hand."""
    import csv
    from tests.conftest import REPO
    latest: dict[str, tuple[int, float]] = {}
    with open(REPO / "data" / "reference" / "indicators" / "indicator_values.csv", newline="") as f:
        for row in csv.DictReader(f):
            if row["indicator"] == "poverty_rate" and int(row["year"]) <= 2020:
                y = int(row["year"])
                if row["code"] not in latest or latest[row["code"]][0] < y:
                    latest[row["code"]] = (y, float(row["value"]))
    r = mm.measure_values(ds, "indicator:poverty_rate", 2020).frame.set_index("code")
    has = r["value"].notna()
    assert set(r.index[has]) == set(latest)
    for code, (y, v) in latest.items():
        assert int(r.at[code, "value_year"]) == y and float(r.at[code, "value"]) == pytest.approx(v)
    assert r.loc[has, "source"].eq("BPS").all()


def test_a_measure_missing_a_column_is_named(ds):
    mm.register(mm.Measure("broken", compute=lambda d, y: pd.DataFrame({"code": ["35.10"], "value": [1.0]}),
                           classes=SEQ))
    try:
        with pytest.raises(ValueError, match="measure 'broken' returned no column 'value_year'"):
            mm.measure_values(ds, "broken", 2023)
    finally:
        mm.unregister("broken")


def test_a_family_measure_is_resolved_once_per_data_version(ds):
    """The Map's menu and its URL aliases ask for every measure on each run; resolving an ``indicator:*`` measure
    builds it from the catalogue, so it is done once per Dataset (one data version) — and a family registered
    anew (another resolver) is resolved afresh, not served the old one's measures."""
    calls = []

    def resolve(d, suffix):
        calls.append(suffix)
        return mm.Measure(f"toyfam:{suffix}", compute=lambda d, y: pd.DataFrame(columns=list(mm.VALUE_COLUMNS)),
                          classes=SEQ, titles={"en": f"first {suffix}"})

    mm.register_family("toyfam", resolve=resolve, ids=lambda d: ["a", "b"])
    try:
        first = [mm.get(ds, i) for i in mm.measure_ids(ds) if i.startswith("toyfam:")]
        again = [mm.get(ds, i) for i in mm.measure_ids(ds) if i.startswith("toyfam:")]
        assert [m.id for m in first] == ["toyfam:a", "toyfam:b"] and calls == ["a", "b"]
        assert all(x is y for x, y in zip(first, again))              # the same measures, not built again
        from analytics.warehouse.dataset import Dataset
        fresh = Dataset(**{f: getattr(ds, f) for f in ("regions", "scores", "pillars", "provinces", "reported",
                                                       "cohorts", "ascn", "ascn_pilots", "imd", "published")},
                        indicators=ds.indicators, indicator_values=ds.indicator_values, build_id="other")
        mm.get(fresh, "toyfam:a")
        assert calls == ["a", "b", "a"]                                  # another data version: resolved for it
        mm.register_family("toyfam", resolve=lambda d, s: mm.Measure(
            f"toyfam:{s}", compute=lambda d, y: None, classes=SEQ, titles={"en": f"second {s}"}), ids=lambda d: ["a"])
        assert mm.get(ds, "toyfam:a").titles["en"] == "second a"        # a new resolver: its own measure
        assert mm.measure_ids(ds).count("toyfam:a") == 1 and "toyfam:b" not in mm.measure_ids(ds)
    finally:
        mm.unregister("toyfam")
