"""Golden tests for every normalisation method."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from analytics.composite import normalise

X = pd.DataFrame({"a": [0.0, 1.0, 2.0, 4.0, np.nan], "b": [4.0, 3.0, 3.0, 1.0, 0.0]}, index=list("uvwxy"))
DIRS = {"a": 1, "b": -1}
NAN = np.nan


def check(got: pd.DataFrame, expected: dict) -> None:
    pd.testing.assert_frame_equal(got, pd.DataFrame(expected, index=X.index, dtype=float), check_exact=False, atol=1e-12)


def test_none_identity_and_reversal_on_0_4_scale():
    check(normalise(X, "none", DIRS), {"a": [0, 1, 2, 4, NAN], "b": [0, 1, 1, 3, 4]})
    got = normalise(X, "none", DIRS, goalposts=(0, 10))
    assert got["b"].tolist() == [6, 7, 7, 9, 10]


def test_minmax():
    check(normalise(X, "minmax", DIRS), {"a": [0, 25, 50, 100, NAN], "b": [0, 25, 25, 75, 100]})


def test_minmax_constant_column_is_50():
    got = normalise(pd.DataFrame({"c": [2.0, 2.0, NAN]}), "minmax", {"c": 1})
    assert got["c"].tolist()[:2] == [50.0, 50.0] and np.isnan(got["c"].iloc[2])


def test_goalposts_default_0_4_and_clipping():
    check(normalise(X, "goalposts", DIRS), {"a": [0, 25, 50, 100, NAN], "b": [0, 25, 25, 75, 100]})
    got = normalise(pd.DataFrame({"a": [-1.0, 5.0, 2.0]}), "goalposts", {"a": 1}, goalposts={"a": (0, 4)})
    assert got["a"].tolist() == [0.0, 100.0, 50.0]
    got = normalise(pd.DataFrame({"a": [10.0, 20.0]}), "goalposts", {"a": -1}, goalposts=(0, 40))
    assert got["a"].tolist() == [75.0, 50.0]


def test_zscore_sample_sd():
    got = normalise(X, "zscore", DIRS)
    a = np.array([0, 1, 2, 4.0])
    np.testing.assert_allclose(got["a"].iloc[:4], (a - a.mean()) / a.std(ddof=1))
    b = X["b"].to_numpy()
    np.testing.assert_allclose(got["b"], -(b - b.mean()) / b.std(ddof=1))
    assert np.isnan(got["a"].iloc[4])
    const = normalise(pd.DataFrame({"c": [3.0, 3.0]}), "zscore", {"c": 1})
    assert const["c"].tolist() == [0.0, 0.0]


def test_rank_percentile_ties_averaged():
    check(normalise(X, "rank", DIRS), {"a": [0, 100 / 3, 200 / 3, 100, NAN], "b": [0, 37.5, 37.5, 75, 100]})
    one = normalise(pd.DataFrame({"c": [NAN, 1.0]}), "rank", {"c": 1})
    assert np.isnan(one["c"].iloc[0]) and one["c"].iloc[1] == 50.0


def test_errors():
    with pytest.raises(ValueError, match="unknown normalisation"):
        normalise(X, "log", DIRS)
    with pytest.raises(ValueError, match="no direction given for indicator 'b'"):
        normalise(X, "minmax", {"a": 1})
    with pytest.raises(ValueError, match="must be 1 or -1"):
        normalise(X, "minmax", {"a": 1, "b": 0})
    with pytest.raises(ValueError, match="lo < hi"):
        normalise(X, "goalposts", DIRS, goalposts=(4, 0))


def test_accepts_framework_as_directions(default_fw, pillars_514):
    got = normalise(pillars_514, "minmax", default_fw)
    assert got.shape == pillars_514.shape and got.isna().equals(pillars_514.isna())
