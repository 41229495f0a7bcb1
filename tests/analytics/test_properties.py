"""Property tests (hypothesis) for normalisation, aggregation and ranking."""

from __future__ import annotations

import numpy as np
import pandas as pd
from hypothesis import given, settings, strategies as st
from hypothesis.extra.numpy import arrays

from analytics.composite import Framework, IndexSettings, aggregate, compute_index, normalise, rank_units

PROPS = settings(max_examples=50, deadline=None)
K = 6
FW = Framework.default()
COLS = FW.indicators
# values on the 0–4 scale in steps of 0.01 (exact comparisons stay meaningful), ~15% missing
cell = st.integers(0, 460).map(lambda v: v / 100 if v <= 400 else np.nan)


def frames(min_units: int = 2, max_units: int = 25):
    return st.integers(min_units, max_units).flatmap(
        lambda n: arrays(float, (n, K), elements=cell)).map(
        lambda a: pd.DataFrame(a, columns=COLS, index=[f"u{i}" for i in range(a.shape[0])]))


BOUNDED = st.sampled_from(["minmax", "goalposts", "rank"])
ALL = st.sampled_from(["none", "minmax", "goalposts", "zscore", "rank"])
NON_NEG = st.sampled_from(["none", "minmax", "goalposts", "rank"])


@PROPS
@given(frames(), BOUNDED, st.lists(st.sampled_from([1, -1]), min_size=K, max_size=K))
def test_bounded_methods_stay_in_0_100_and_keep_nan(df, method, dirs):
    out = normalise(df, method, dict(zip(COLS, dirs)))
    v = out.to_numpy()
    assert np.array_equal(np.isnan(v), df.isna().to_numpy())
    assert (v[~np.isnan(v)] >= 0).all() and (v[~np.isnan(v)] <= 100).all()


@PROPS
@given(frames(), ALL)
def test_reversing_direction_reverses_order(df, method):
    up = normalise(df, method, {c: 1 for c in COLS}).to_numpy()
    down = normalise(df, method, {c: -1 for c in COLS}).to_numpy()
    for j in range(K):
        ok = ~np.isnan(up[:, j])
        a, b = up[ok, j], down[ok, j]
        s_up = np.sign(a[:, None] - a[None, :])
        s_down = np.sign(b[:, None] - b[None, :])
        assert np.array_equal(s_up, -s_down)


@PROPS
@given(frames(), st.lists(st.floats(0.1, 10), min_size=K, max_size=K), st.floats(0.01, 1000),
       st.sampled_from(["arithmetic", "geometric"]), NON_NEG)
def test_scaling_all_weights_changes_nothing(df, w, c, agg, method):
    n = normalise(df, method, FW)
    fw1 = FW.with_weights(dict(zip(COLS, w)))
    fw2 = FW.with_weights({k: v * c for k, v in zip(COLS, w)})
    np.testing.assert_allclose(aggregate(n, fw1, agg).to_numpy(), aggregate(n, fw2, agg).to_numpy(),
                               rtol=1e-12, atol=1e-12)


@PROPS
@given(frames(), NON_NEG, st.data())
def test_raising_an_indicator_never_lowers_arithmetic_index(df, method, data):
    i = data.draw(st.integers(0, len(df) - 1))
    j = data.draw(st.integers(0, K - 1))
    bump = data.draw(st.integers(1, 100)) / 100
    s = IndexSettings(normalisation=method)
    before = compute_index(df, FW, s).scores.iloc[i]
    raised = df.copy()
    base = raised.iat[i, j]
    raised.iat[i, j] = (0.0 if np.isnan(base) else base) + bump if not np.isnan(base) else np.nan
    after = compute_index(raised, FW, s).scores.iloc[i]
    if np.isnan(before):
        assert np.isnan(after)
    else:
        assert after >= before - 1e-9


@PROPS
@given(frames(min_units=1), ALL, st.sampled_from(["arithmetic", "geometric"]), st.data())
def test_identical_units_identical_scores_and_ranks(df, method, agg, data):
    if method == "zscore":
        agg = "arithmetic"
    i = data.draw(st.integers(0, len(df) - 1))
    twin = df.iloc[[i]].rename(index=lambda u: "twin")
    full = pd.concat([df, twin])
    res = compute_index(full, FW, IndexSettings(normalisation=method, aggregation=agg))
    a, b = res.scores.iloc[i], res.scores["twin"]
    assert (np.isnan(a) and np.isnan(b)) or a == b
    r = rank_units(res.scores)
    assert (pd.isna(r.iloc[i]) and pd.isna(r["twin"])) or r.iloc[i] == r["twin"]
