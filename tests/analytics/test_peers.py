"""Similar units and population size classes."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from analytics.composite import population_class, similar_units

DF = pd.DataFrame({"p1": [0.0, 1.0, 2.0, 4.0, 0.0], "p2": [0.0, 1.0, 2.0, 4.0, np.nan]},
                  index=["a", "b", "c", "d", "e"])


def test_nearest_by_minmax_euclidean():
    got = similar_units(DF, "a", k=3)
    assert got.index.tolist() == ["e", "b", "c"]
    # e shares only p1 (distance 0); b: both pillars 0.25 apart -> sqrt(2 * 0.25**2)
    assert got["distance"].tolist() == pytest.approx([0.0, np.sqrt(2) * 0.25, np.sqrt(2) * 0.5])
    assert got["n_common"].tolist() == [1, 2, 2]
    assert "a" not in got.index


def test_nan_pairs_scaled_up():
    got = similar_units(DF, "e", k=4)
    assert got.loc["b", "distance"] == pytest.approx(np.sqrt(2 * 0.25 ** 2))


def test_same_group_only():
    g = pd.Series(["kota", "kab", "kota", "kota", "kab"], index=DF.index)
    assert similar_units(DF, "a", k=5, same=g).index.tolist() == ["c", "d"]
    with pytest.raises(KeyError):
        similar_units(DF, "zz")


def test_population_class():
    assert population_class(199_999) == "small"
    assert population_class(200_000) == "medium" and population_class(1_000_000) == "medium"
    assert population_class(1_000_001) == "big" and population_class(np.nan) is None
    s = population_class(pd.Series([1e5, 5e5, 2e6, np.nan], index=list("wxyz")))
    assert s.tolist()[:3] == ["small", "medium", "big"] and pd.isna(s["z"]) and s.cat.ordered
    assert s.index.tolist() == list("wxyz")
