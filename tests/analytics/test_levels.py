"""Maturity levels from the 0–100 index."""

from __future__ import annotations

import numpy as np
import pandas as pd

from analytics.composite import load_levels, maturity_level, to_100


def test_thresholds_half_open_with_closed_top():
    s = pd.Series([0, 19.999, 20, 39.9, 40, 59.99, 60, 79.999, 80, 99.9, 100, np.nan, -0.1, 100.1])
    got = maturity_level(s)
    assert got.cat.ordered and list(got.cat.categories) == ["ad_hoc", "initial", "scattered", "integrated", "smart"]
    assert got.tolist()[:11] == ["ad_hoc", "ad_hoc", "initial", "initial", "scattered", "scattered",
                                 "integrated", "integrated", "smart", "smart", "smart"]
    assert got.iloc[11:].isna().all()
    assert got.index.equals(s.index)


def test_0_4_scale_times_25():
    assert to_100(3.2) == 80.0
    got = maturity_level(to_100(pd.Series([3.2, 2.4, 0.79])), load_levels())
    assert got.tolist() == ["smart", "integrated", "ad_hoc"]


def test_custom_levels(tmp_path):
    p = tmp_path / "lv.csv"
    p.write_text("level,order,name_en,name_id,min_score,max_score,scale\nhi,2,H,H,50,100,0-100\nlo,1,L,L,0,50,0-100\n")
    got = maturity_level(pd.Series([10.0, 50.0]), load_levels(p))
    assert got.tolist() == ["lo", "hi"] and got.cat.codes.tolist() == [0, 1]
