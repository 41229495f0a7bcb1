"""analytics.summaries.planner: hand-made cases, infeasible constraints, and properties (hypothesis) including
optimality of the population objective against brute force."""

from __future__ import annotations

import itertools

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analytics.summaries.planner import PLAN_COLUMNS, REASON_MINIMUM, plan

AS_OF = 2019


def regions(rows) -> pd.DataFrame:
    """rows: (code, type, population, cohort_year or None); province = first two digits of the code."""
    df = pd.DataFrame(rows, columns=["code", "type", "population", "cohort_year"])
    df["province_code"] = df["code"].str[:2]
    df["province_name"] = "Prov " + df["province_code"]
    df["name"] = "Region " + df["code"]
    df["cohort_year"] = df["cohort_year"].astype("Int64")
    df["population"] = df["population"].astype("int64")
    return df


SMALL = regions([
    ("11.01", "kabupaten", 100, 2017),   # participant
    ("11.02", "kabupaten", 900, None),
    ("11.71", "kota", 500, None),
    ("12.01", "kabupaten", 50, None),
    ("12.02", "kabupaten", 40, None),
    ("13.71", "kota", 1000, 2018),       # participant
    ("13.01", "kabupaten", 700, 2021),   # joins after AS_OF: eligible
])


def test_population_picks_largest():
    p = plan(SMALL, budget=3, as_of=AS_OF)
    assert p["code"].tolist() == ["11.02", "13.01", "11.71"]
    assert list(p.columns) == PLAN_COLUMNS
    assert p["order"].tolist() == [1, 2, 3]
    assert (p["reason"] == "population").all()
    assert p["marginal_gain"].tolist() == [900, 700, 500]


def test_running_coverage_columns():
    p = plan(SMALL, budget=3, as_of=AS_OF)
    total = SMALL["population"].sum()
    assert p["regions_participating"].tolist() == [3, 4, 5]
    assert p["population_reached"].tolist() == [1100 + 900, 1100 + 1600, 1100 + 2100]
    assert p["population_share"].tolist() == pytest.approx([2000 / total, 2700 / total, 3200 / total])
    assert p["region_share"].tolist() == pytest.approx([3 / 7, 4 / 7, 5 / 7])
    # province 11: participant 11.01 (100) of 1500 people, 3 regions
    p11 = p[p["province_code"] == "11"]
    assert p11["province_regions_participating"].tolist() == [2, 3]
    assert p11["province_population_reached"].tolist() == [1000, 1500]
    assert p11["province_region_share"].tolist() == pytest.approx([2 / 3, 1.0])
    assert p11["province_population_share"].tolist() == pytest.approx([1000 / 1500, 1.0])


def test_minimum_per_province_comes_first():
    p = plan(SMALL, budget=2, as_of=AS_OF, min_per_province=1)
    assert p["code"].tolist() == ["12.01", "11.02"]           # province 12 has no participant: its largest
    assert p["reason"].tolist() == [REASON_MINIMUM, "population"]


def test_minimum_two_needs_budget_four():
    with pytest.raises(ValueError, match="need 4 picks but the budget is 3"):
        plan(SMALL, budget=3, as_of=AS_OF, min_per_province=2)
    p = plan(SMALL, budget=4, as_of=AS_OF, min_per_province=2)
    assert set(p["code"]) == {"11.02", "12.01", "12.02", "13.01"}
    assert (p["reason"] == REASON_MINIMUM).all()


def test_only_type_and_exclusions():
    assert plan(SMALL, budget=1, as_of=AS_OF, only_type="kota")["code"].tolist() == ["11.71"]
    p = plan(SMALL, budget=2, as_of=AS_OF, exclude=["11.02"])
    assert p["code"].tolist() == ["13.01", "11.71"]


@pytest.mark.parametrize("kwargs, message", [
    (dict(budget=0), "budget must be at least 1"),
    (dict(budget=6), "budget 6 exceeds the 5 eligible regions"),
    (dict(budget=2, only_type="kota"), "budget 2 exceeds the 1 eligible regions"),
    (dict(budget=2, min_per_province=3), "province 12 (Prov 12) needs 3 more participants to reach 3 but has "
                                         "only 2 eligible regions"),
    (dict(budget=1, objective="votes"), "unknown objective 'votes'"),
    (dict(budget=1, only_type="desa"), "unknown type 'desa'"),
    (dict(budget=1, exclude=["99.99"]), "unknown region code '99.99'"),
    (dict(budget=1, min_per_province=-1), "min-per-province must be 0 or more"),
    (dict(budget=1.5), "budget must be a whole number"),
])
def test_infeasible_or_bad(kwargs, message):
    with pytest.raises(ValueError) as exc:
        plan(SMALL, as_of=AS_OF, **kwargs)
    assert message in str(exc.value) and "\n" not in str(exc.value)


def test_least_covered_lifts_lowest_share_first():
    p = plan(SMALL, budget=3, as_of=AS_OF, objective="least_covered")
    # shares before: 11 → 100/1500, 12 → 0/90, 13 → 1000/1700: province 12 first (its largest), then 11
    assert p["code"].tolist()[:2] == ["12.01", "11.02"]
    # after: 11 → 1000/1500 = .67, 12 → 50/90 = .56, 13 → .59: province 12 again
    assert p["code"].tolist()[2] == "12.02"
    assert p["marginal_gain"].iloc[0] == pytest.approx(50 / 90)
    assert (p["reason"] == "least_covered").all()


def test_least_covered_with_minimum():
    p = plan(SMALL, budget=4, as_of=AS_OF, objective="least_covered", min_per_province=2)
    assert set(p["code"]) == {"11.02", "12.01", "12.02", "13.01"}
    assert (p["reason"] == REASON_MINIMUM).all()


def test_deterministic_ties_by_code():
    r = regions([("11.02", "kota", 10, None), ("11.01", "kota", 10, None), ("12.01", "kota", 10, None)])
    assert plan(r, budget=2, as_of=AS_OF)["code"].tolist() == ["11.01", "11.02"]


def test_warehouse_plan(built_db):
    from analytics.warehouse.dataset import load
    from analytics.summaries.tables import plan_summary
    ds = load(built_db)
    p = plan_summary(ds, budget=50, as_of=2023, min_per_province=1)
    part = set(ds.regions.loc[ds.regions["cohort_year"].fillna(9999) <= 2023, "code"])
    assert len(p) == 50 and not set(p["code"]) & part
    after = ds.regions.assign(new=ds.regions["code"].isin(p["code"]) | ds.regions["code"].isin(part))
    assert after.groupby("province_code")["new"].sum().min() >= 1
    assert p["population_reached"].is_monotonic_increasing


# ---------------------------------------------------------------------------------------------- properties
@st.composite
def instances(draw):
    n = draw(st.integers(1, 9))
    rows = []
    for i in range(n):
        prov = draw(st.sampled_from(["11", "12", "13"]))
        rows.append((f"{prov}.{i + 1:02d}", draw(st.sampled_from(["kabupaten", "kota"])),
                     draw(st.integers(1, 10_000)), draw(st.sampled_from([None, None, 2017, 2018, 2023]))))
    reg = regions(rows)
    codes = reg["code"].tolist()
    return dict(
        reg=reg,
        budget=draw(st.integers(1, 5)),
        min_per_province=draw(st.integers(0, 2)),
        only_type=draw(st.sampled_from([None, "kabupaten", "kota"])),
        exclude=draw(st.lists(st.sampled_from(codes), max_size=2, unique=True)),
        objective=draw(st.sampled_from(["population", "least_covered"])),
    )


def _feasible_sets(inst):
    reg = inst["reg"]
    part = (reg["cohort_year"].fillna(9999) <= AS_OF).to_numpy()
    elig = ~part & ~reg["code"].isin(inst["exclude"]).to_numpy()
    if inst["only_type"]:
        elig &= (reg["type"] == inst["only_type"]).to_numpy()
    base = pd.Series(part.astype(int)).groupby(reg["province_code"]).sum()
    prov = reg["province_code"].to_numpy()
    for combo in itertools.combinations(np.flatnonzero(elig), inst["budget"]):
        counts = base.copy()
        for i in combo:
            counts[prov[i]] += 1
        if (counts >= inst["min_per_province"]).all():
            yield combo


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(instances())
def test_properties(inst):
    reg = inst["reg"]
    kwargs = {k: inst[k] for k in ("budget", "min_per_province", "only_type", "exclude", "objective")}
    feasible = list(_feasible_sets(inst))
    if not feasible:
        with pytest.raises(ValueError):
            plan(reg, as_of=AS_OF, **kwargs)
        return
    p = plan(reg, as_of=AS_OF, **kwargs)
    chosen = reg.set_index("code").loc[p["code"]]
    assert len(p) == inst["budget"] and p["code"].is_unique
    assert not (chosen["cohort_year"].fillna(9999) <= AS_OF).any()          # never a participant
    assert not set(p["code"]) & set(inst["exclude"])                        # never excluded
    if inst["only_type"]:
        assert (chosen["type"] == inst["only_type"]).all()
    part = reg["cohort_year"].fillna(9999) <= AS_OF
    after = (part | reg["code"].isin(p["code"])).groupby(reg["province_code"]).sum()
    assert (after >= inst["min_per_province"]).all()                         # minimums respected
    if inst["objective"] == "population":
        best = max(int(reg["population"].iloc[list(c)].sum()) for c in feasible)
        assert int(p["population"].sum()) == best                           # optimal (brute force)
        rng = np.random.default_rng(len(feasible))
        rand = feasible[rng.integers(len(feasible))]
        assert int(p["population"].sum()) >= int(reg["population"].iloc[list(rand)].sum())
