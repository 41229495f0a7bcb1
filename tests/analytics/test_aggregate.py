"""Golden tests for aggregation: arithmetic, geometric, missing data, data threshold, per-level methods."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from analytics.composite import aggregate, aggregate_with_flags

NAN = np.nan
N = pd.DataFrame({"i1": [10.0, NAN, NAN, 0.0], "i2": [20.0, 20.0, NAN, 50.0],
                  "i3": [30.0, NAN, NAN, 40.0], "i4": [60.0, NAN, NAN, 40.0]}, index=["u1", "u2", "u3", "u4"])


def test_arithmetic_level_by_level(tree_fw):
    got = aggregate(N, tree_fw)
    assert list(got.columns) == ["P1", "P2", "root"]
    assert got.loc["u1"].tolist() == pytest.approx([15.0, 40.0, (15 + 3 * 40) / 4])
    # root aggregates the pillars, not the indicators
    assert got.loc["u4", "root"] == pytest.approx((25 + 3 * 40) / 4)


def test_missing_reweights_present_and_all_missing_is_nan(tree_fw):
    got = aggregate(N, tree_fw)
    assert got.loc["u2", "P1"] == 20.0
    assert np.isnan(got.loc["u2", "P2"])
    assert got.loc["u2", "root"] == 20.0
    assert got.loc["u3"].isna().all()


def test_geometric(tree_fw):
    got = aggregate(N, tree_fw, "geometric")
    p1, p2 = np.sqrt(200.0), (30.0 ** 2 * 60.0) ** (1 / 3)
    assert got.loc["u1"].tolist() == pytest.approx([p1, p2, (p1 * p2 ** 3) ** 0.25])
    assert got.loc["u4", "P1"] == 0.0 and got.loc["u4", "root"] == 0.0  # a zero gives zero
    assert got.loc["u2", "root"] == pytest.approx(20.0)


def test_geometric_rejects_negative(tree_fw):
    with pytest.raises(ValueError, match="non-negative.*z-scores"):
        aggregate(N - 25, tree_fw, "geometric")


def test_per_level_methods(tree_fw):
    got = aggregate(N, tree_fw, {2: "geometric", 3: "arithmetic"})
    p1, p2 = np.sqrt(200.0), (30.0 ** 2 * 60.0) ** (1 / 3)
    assert got.loc["u1", "root"] == pytest.approx((p1 + 3 * p2) / 4)
    with pytest.raises(ValueError, match="level 7"):
        aggregate(N, tree_fw, {7: "geometric"})
    with pytest.raises(ValueError, match="unknown aggregation"):
        aggregate(N, tree_fw, "harmonic")


def test_data_threshold_flags(tree_fw):
    scores, flags = aggregate_with_flags(N, tree_fw, min_share=0.6)
    assert np.isnan(scores.loc["u2", "P1"]) and flags.loc["u2", "P1"]
    assert flags.loc["u2"].tolist() == [True, True, True]
    assert not flags.loc["u1"].any() and scores.loc["u1", "root"] == pytest.approx(33.75)
    # exactly at the threshold passes (count-based share 1/2 >= 0.5)
    s2, f2 = aggregate_with_flags(N, tree_fw, min_share=0.5)
    assert s2.loc["u2", "P1"] == 20.0 and not f2.loc["u2", "P1"]
    # without a threshold nothing is flagged, even an empty group (which is NaN)
    s0, f0 = aggregate_with_flags(N, tree_fw)
    assert not f0.to_numpy().any() and np.isnan(s0.loc["u3", "root"])


def test_weights_are_relative(tree_fw):
    a = aggregate(N, tree_fw)
    b = aggregate(N, tree_fw.with_weights({"i3": 20, "i4": 10, "P1": 5, "P2": 15}))
    pd.testing.assert_frame_equal(a, b)


def test_missing_indicator_column(tree_fw):
    with pytest.raises(ValueError, match="no column for indicator 'i4'"):
        aggregate(N.drop(columns="i4"), tree_fw)
