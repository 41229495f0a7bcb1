"""Competition ranks (ties share the best rank), ranks within groups, strengths and weaknesses."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp
from scipy.stats import rankdata

from analytics.composite import rank_matrix, rank_units, strengths_weaknesses
from analytics.composite.ranks import _min_ranks_unstable


def test_competition_ranking_with_ties_and_nan():
    s = pd.Series([50.0, 70.0, 70.0, np.nan, 10.0], index=list("abcde"))
    r = rank_units(s)
    assert str(r.dtype) == "Int64"
    assert r.tolist()[:3] == [3, 1, 1] and r.iloc[4] == 4 and r.isna().tolist() == [False] * 3 + [True, False]
    assert rank_units(s, ascending=True).dropna().tolist() == [2, 3, 3, 1]


def test_rank_rounded():
    s = pd.Series([1.004, 1.001, 0.5])
    assert rank_units(s).tolist() == [1, 2, 3]
    assert rank_units(s, decimals=2).tolist() == [1, 1, 3]


def test_rank_within_groups():
    s = pd.Series([5.0, 9.0, 9.0, 1.0, 3.0, 4.0], index=list("abcdef"))
    g = pd.Series(["kota", "kota", "kota", "kab", "kab", None], index=list("abcdef"))
    r = rank_units(s, g)
    assert r.tolist()[:5] == [3, 1, 1, 2, 1] and pd.isna(r["f"])


def test_rank_matrix_matches_rank_units():
    rng = np.random.default_rng(1)
    m = rng.integers(0, 5, size=(20, 30)).astype(float)
    m[0, 3] = np.nan
    r = rank_matrix(m)
    for i in range(20):
        expected = pd.Series(m[i]).rank(method="min", ascending=False, na_option="bottom").to_numpy()
        assert (r[i] == expected).all()
    assert r.dtype == np.int32


@settings(max_examples=200, deadline=None)
@given(hnp.arrays(np.float64, hnp.array_shapes(min_dims=1, max_dims=2, min_side=1, max_side=40),
                  # few distinct values (many ties), signed zeros and infinities (NaN's stand-in)
                  elements=st.sampled_from([0.0, -0.0, 1.5, -2.0, 7.0, 7.25, np.inf, -np.inf, 1e300])))
def test_unstable_sort_ranks_equal_scipy_min_ranks(key):
    """The Monte Carlo's fast ranking gives exactly scipy's competition ranks, ties and infinities included."""
    np.testing.assert_array_equal(_min_ranks_unstable(key), rankdata(key, method="min", axis=-1).astype(np.int32))


@pytest.mark.parametrize("shape", [(1000, 514), (514,), (3, 1)])
def test_rank_matrix_equals_scipy_competition_ranks(shape):
    """The Monte Carlo's matrix and a single ranking, with many ties and NaN (unranked, ranked last)."""
    rng = np.random.default_rng(3)
    m = np.round(rng.uniform(0, 100, size=shape), 0)
    m[rng.random(m.shape) < 0.05] = np.nan
    expected = rankdata(np.where(np.isnan(m), np.inf, -m), method="min", axis=-1)
    np.testing.assert_array_equal(rank_matrix(m), expected)
    np.testing.assert_array_equal(rank_matrix(m, ascending=True),
                                  rankdata(np.where(np.isnan(m), np.inf, m), method="min", axis=-1))


def test_strengths_weaknesses_against_all_units():
    df = pd.DataFrame({"gov": [3.0, 1.0, 2.0], "eco": [1.0, 2.0, 3.0], "env": [2.0, 2.0, 2.0],
                       "liv": [4.0, 0.0, 2.0]}, index=["a", "b", "c"])
    sw = strengths_weaknesses(df, n=1)
    assert list(sw.columns) == ["unit", "pillar", "score", "peer_median", "diff", "kind"]
    a = sw[sw.unit == "a"]
    assert a.pillar.tolist() == ["liv", "eco"] and a.kind.tolist() == ["strength", "weakness"]
    assert a["diff"].tolist() == [2.0, -1.0] and a.peer_median.tolist() == [2.0, 2.0]
    # medians 2, 2, 2, 2: b is at or below them everywhere (no strength), c at or above (no weakness)
    assert sw[sw.unit == "b"][["pillar", "kind"]].values.tolist() == [["liv", "weakness"]]
    assert sw[sw.unit == "c"][["pillar", "kind"]].values.tolist() == [["eco", "strength"]]
    assert len(sw) == 4


def test_strengths_weaknesses_within_peer_group_and_nan():
    df = pd.DataFrame({"p1": [1.0, 3.0, 10.0, 0.0], "p2": [2.0, 2.0, 0.0, np.nan], "p3": [0.0, 4.0, 5.0, 1.0]},
                      index=list("abcd"))
    g = pd.Series(["x", "x", "y", "y"], index=list("abcd"))
    sw = strengths_weaknesses(df, g, n=2)
    a = sw[sw.unit == "a"]
    # group x medians: p1 2, p2 2, p3 2 -> a diffs: -1, 0, -2: nothing above the median, p2 at it (neither)
    assert a.pillar.tolist() == ["p3", "p1"]
    assert a.kind.tolist() == ["weakness", "weakness"]
    d = sw[sw.unit == "d"]  # p2 missing: two pillars left, no pillar listed twice
    assert sorted(d.pillar) == ["p1", "p3"] and d.pillar.is_unique


def test_strengths_weaknesses_ties_never_repeat_a_pillar():
    df = pd.DataFrame({"p1": [1.0, 1.0], "p2": [1.0, 1.0], "p3": [1.0, 1.0]}, index=["a", "b"])
    sw = strengths_weaknesses(df, n=2)
    assert sw.empty                  # every pillar at its peers' median: neither a strength nor a weakness
    df.loc["a"] = [2.0, 2.0, 0.0]    # medians 1.5, 1.5, 0.5: a above on p1, p2 and below on p3; b the mirror
    sw = strengths_weaknesses(df, n=2)
    for _, grp in sw.groupby("unit"):
        assert grp.pillar.is_unique and len(grp) == 3
    assert sw[sw.unit == "a"].kind.tolist() == ["strength", "strength", "weakness"]
