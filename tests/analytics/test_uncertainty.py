"""Monte Carlo uncertainty: determinism, consistency with compute_index, quantiles, sensitivity, speed."""

from __future__ import annotations


import numpy as np
import pandas as pd
import pytest

from analytics.composite import IndexSettings, compute_index, rank_units, run_uncertainty


@pytest.fixture(scope="module")
def mc(default_fw, pillars_514):
    return run_uncertainty(pillars_514, default_fw, n=200, seed=7)


def test_deterministic_for_a_seed(mc, default_fw, pillars_514):
    again = run_uncertainty(pillars_514, default_fw, n=200, seed=7)
    assert np.array_equal(mc.rank_matrix, again.rank_matrix)
    pd.testing.assert_frame_equal(mc.ranks, again.ranks)
    pd.testing.assert_frame_equal(mc.sensitivity, again.sensitivity)
    pd.testing.assert_frame_equal(mc.replications, again.replications)


def test_different_seed_differs(mc, default_fw, pillars_514):
    other = run_uncertainty(pillars_514, default_fw, n=200, seed=8)
    assert not np.array_equal(mc.rank_matrix, other.rank_matrix)


def test_shapes_and_quantile_order(mc, pillars_514):
    assert mc.rank_matrix.shape == (200, 514) and mc.rank_matrix.dtype == np.int32
    assert mc.units.equals(pillars_514.index)
    r = mc.ranks
    assert list(r.columns) == ["nominal", "median", "p05", "p95"]
    assert (r.p05 <= r["median"]).all() and (r["median"] <= r.p95).all()
    assert mc.rank_matrix.min() >= 1 and mc.rank_matrix.max() <= 514


def test_nominal_rank_matches_compute_index(mc, default_fw, pillars_514):
    expected = rank_units(compute_index(pillars_514, default_fw, IndexSettings()).shown)
    pd.testing.assert_series_equal(mc.ranks["nominal"], expected, check_names=False)


def test_sensitivity_one_row_per_varied_choice(mc, default_fw, pillars_514):
    assert mc.sensitivity.index.tolist() == ["weights", "normalisation", "aggregation"]
    assert (mc.sensitivity["mean_abs_rank_shift"] >= 0).all()
    one = run_uncertainty(pillars_514, default_fw, n=50, vary=("weights",))
    assert one.sensitivity.index.tolist() == ["weights"]
    assert (one.replications.normalisation == "minmax").all()
    # the weights-only run uses the same weight draws as the full run's weights
    full = run_uncertainty(pillars_514, default_fw, n=50)
    w_cols = [c for c in full.replications.columns if c.startswith("w_")]
    pd.testing.assert_frame_equal(one.replications[w_cols], full.replications[w_cols])


def test_nothing_varied_reproduces_nominal(default_fw, pillars_514):
    res = run_uncertainty(pillars_514, default_fw, n=5, vary=())
    nominal = res.ranks["nominal"].to_numpy(dtype=int)
    assert (res.rank_matrix == nominal[None, :]).all()
    assert res.sensitivity.empty


def _replication_ranks(data, fw, reps_row, nominal):
    weights = {c[2:]: float(fw.weights[c[2:]] * v) for c, v in reps_row.items() if c.startswith("w_")}
    agg = reps_row["aggregation"] if reps_row["aggregation"] != "per-level" else nominal.aggregation
    s = IndexSettings(normalisation=reps_row["normalisation"], aggregation=agg, weights=weights,
                      min_share=nominal.min_share)
    return rank_units(compute_index(data, fw, s).shown).to_numpy(dtype=float)


def test_each_replication_equals_compute_index_default(default_fw, pillars_514):
    res = run_uncertainty(pillars_514, default_fw, n=40, seed=3, sensitivity=False)
    for r in range(0, 40, 7):
        expected = _replication_ranks(pillars_514, default_fw, res.replications.iloc[r], IndexSettings())
        assert np.array_equal(res.rank_matrix[r], expected), r


def test_each_replication_equals_compute_index_deep_tree(tree_fw):
    rng = np.random.default_rng(5)
    x = rng.uniform(0, 4, size=(60, 4))
    x[rng.random(x.shape) < 0.1] = np.nan
    data = pd.DataFrame(x, columns=tree_fw.indicators, index=[f"u{i}" for i in range(60)])
    nominal = IndexSettings(normalisation="goalposts", min_share=0.5)
    res = run_uncertainty(data, tree_fw, n=30, seed=11, nominal=nominal, sensitivity=False)
    assert {"geometric", "arithmetic"} <= set(res.replications.aggregation)
    for r in range(30):
        expected = _replication_ranks(data, tree_fw, res.replications.iloc[r], nominal)
        assert np.array_equal(res.rank_matrix[r], expected), r
    # z-score replications are aggregated arithmetically
    assert (res.replications.loc[res.replications.normalisation == "zscore", "aggregation"] == "arithmetic").all()


def test_argument_errors(default_fw, pillars_514):
    with pytest.raises(ValueError, match="unknown choice"):
        run_uncertainty(pillars_514, default_fw, n=5, vary=("colour",))
    with pytest.raises(ValueError, match="weight_spread"):
        run_uncertainty(pillars_514, default_fw, n=5, weight_spread=1.0)
