"""compute_index, IndexResult, rerun and the 0–4 / 0–100 scales."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from analytics.composite import IndexSettings, compute_index, rerun

DATA = pd.DataFrame({"governance": [4.0, 2.0, 0.0], "branding": [4.0, 2.0, 1.0], "economy": [4.0, 3.0, 0.0],
                     "society": [4.0, 1.0, 0.0], "living": [4.0, 2.0, 2.0], "environment": [4.0, 2.0, 0.0]},
                    index=["73.71", "35.10", "32.11"])


def test_none_reports_0_4_and_0_100(default_fw):
    res = compute_index(DATA, default_fw, IndexSettings(normalisation="none"))
    assert res.scores.name == "index"
    assert res.scores.tolist() == pytest.approx([4.0, 2.0, 0.5])
    assert res.score_100.tolist() == pytest.approx([100.0, 50.0, 12.5])
    assert res.scale == "0-4"
    pd.testing.assert_frame_equal(res.normalised, DATA)
    assert res.data.equals(DATA)


def test_every_stage_kept(default_fw):
    s = IndexSettings(normalisation="minmax")
    res = compute_index(DATA, default_fw, s)
    assert res.settings is s and res.framework is default_fw
    assert list(res.aggregated.columns) == ["index"] and res.flags.shape == (3, 1)
    assert res.normalised.loc["73.71"].eq(100).all()
    assert res.score_100.equals(res.scores.rename("score_100"))
    assert compute_index(DATA, default_fw, IndexSettings(normalisation="zscore")).score_100 is None


def test_rerun_reuses_normalised_for_new_weights(default_fw):
    res = compute_index(DATA, default_fw, IndexSettings(normalisation="none"))
    w = {"governance": 3.0}
    new = rerun(res, weights=w)
    assert new.normalised is res.normalised and new.settings.weights == w
    assert new.scores["32.11"] == pytest.approx((0 * 3 + 1 + 0 + 0 + 2 + 0) / 8)
    assert rerun(res) is res
    again = rerun(new, normalisation="minmax")
    assert again.normalised is not new.normalised
    pd.testing.assert_series_equal(
        again.scores, compute_index(DATA, default_fw, IndexSettings(normalisation="minmax", weights=w)).scores)
    with pytest.raises(TypeError, match="unknown setting"):
        rerun(res, colour="red")


def test_settings_validation_and_hash():
    with pytest.raises(ValueError, match="unknown normalisation"):
        IndexSettings(normalisation="log")
    with pytest.raises(ValueError, match="min_share"):
        IndexSettings(min_share=1.5)
    a = IndexSettings(weights={"a": 1.0, "b": 2.0})
    assert hash(a) == hash(IndexSettings(weights={"b": 2.0, "a": 1.0}))


def test_zscore_geometric_is_invalid(default_fw):
    with pytest.raises(ValueError, match="geometric aggregation is invalid for zscore"):
        compute_index(DATA, default_fw, IndexSettings(normalisation="zscore", aggregation="geometric"))


def test_missing_indicator(default_fw):
    with pytest.raises(ValueError, match="no column for indicator 'economy'"):
        compute_index(DATA.drop(columns="economy"), default_fw)


def test_min_share_and_flags(default_fw):
    d = DATA.copy()
    d.loc["35.10", ["governance", "branding", "economy", "society"]] = np.nan
    res = compute_index(d, default_fw, IndexSettings(normalisation="none", min_share=0.5))
    assert np.isnan(res.scores["35.10"]) and res.flags.loc["35.10", "index"]
    assert res.flags["index"].sum() == 1


def test_default_framework_is_used_when_none():
    res = compute_index(DATA)
    assert res.framework.root == "index"
