"""Validation against the JRC's COINr: the ASEM index (shared/validation/coinr-asem, see its README)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from analytics.composite import (Framework, IndexSettings, aggregate_with_flags, compute_index, normalise,
                                 rank_units)

VALIDATION = Path(__file__).resolve().parents[3] / "shared" / "validation" / "coinr-asem"
TOL = 1e-9

pytestmark = pytest.mark.skipif(
    not (VALIDATION / "README.md").is_file(),
    reason=f"COINr validation files not found at {VALIDATION} (the shared/ folder beside the checkout)")


def _read(rel: str) -> pd.DataFrame:
    return pd.read_csv(VALIDATION / rel)


def _units(rel: str) -> pd.DataFrame:
    df = _read(rel).set_index("uCode")
    return df.drop(columns=[c for c in ("uName", "EurAsia_group") if c in df.columns])


@pytest.fixture(scope="module")
def asem_fw() -> Framework:
    h = _read("inputs/asem_hierarchy.csv").rename(
        columns={"iCode": "node", "Parent": "parent", "Weight": "weight", "Direction": "direction"})
    return Framework.from_frame(h, source="asem_hierarchy.csv")


@pytest.fixture(scope="module")
def alt_weights() -> dict[str, float]:
    w = _read("inputs/asem_weights_alt.csv")
    return dict(zip(w["iCode"], w["Weight"].astype(float)))


def assert_frame_close(actual: pd.DataFrame, expected: pd.DataFrame, tol: float = TOL) -> None:
    actual = actual.loc[expected.index, expected.columns]
    a, e = actual.to_numpy(dtype=float), expected.to_numpy(dtype=float)
    assert (np.isnan(a) == np.isnan(e)).all(), "missing cells differ"
    err = np.nanmax(np.abs(a - e))
    assert err <= tol, f"max abs error {err:.3g}"


def test_framework_shape(asem_fw):
    lv = asem_fw.levels
    assert len(asem_fw.indicators) == 49 and len(asem_fw.aggregates) == 11
    assert lv["Index"] == 4 and lv["Conn"] == 3 and lv["Physical"] == 2 and lv["LPI"] == 1
    assert (asem_fw.directions == -1).sum() == 14
    assert asem_fw.aggregation_order[-1] == "Index"


def test_case_a_normalised(asem_fw):
    data = _units("inputs/asem_treated_indicators.csv")
    got = normalise(data[asem_fw.indicators], "minmax", asem_fw.directions)
    assert_frame_close(got, _units("expected/coinr6_05_normalised.csv")[asem_fw.indicators])


def test_case_a_aggregates(asem_fw):
    data = _units("inputs/asem_treated_indicators.csv")
    res = compute_index(data, asem_fw, IndexSettings(normalisation="minmax", aggregation="arithmetic"))
    expected = _units("expected/coinr6_aggregate_scores.csv")
    assert len(expected.columns) == 11
    assert_frame_close(res.aggregated, expected)
    full = _units("expected/coinr6_06_aggregated.csv")
    assert_frame_close(pd.concat([res.normalised, res.aggregated], axis=1), full)


def test_case_a_ranks(asem_fw):
    data = _units("inputs/asem_treated_indicators.csv")
    res = compute_index(data, asem_fw, IndexSettings())
    expected = _units("expected/coinr6_results_ranks.csv")
    got = pd.DataFrame({c: rank_units(res.aggregated[c], decimals=2) for c in expected.columns})
    pd.testing.assert_frame_equal(got.loc[expected.index].astype("int64"), expected.astype("int64"))


def test_case_b_normalised_with_missing(asem_fw):
    raw = _units("inputs/asem_iData_raw.csv")
    expected = _units("expected_selfcomputed_R/raw_minmax_normalised.csv")
    assert expected.isna().to_numpy().sum() == 63
    got = normalise(raw[asem_fw.indicators], "minmax", asem_fw.directions)
    assert_frame_close(got, expected)


@pytest.mark.parametrize("which", ["equal", "alt"])
def test_case_b_aggregates(asem_fw, alt_weights, which):
    raw = _units("inputs/asem_iData_raw.csv")
    weights = alt_weights if which == "alt" else None
    res = compute_index(raw, asem_fw, IndexSettings(weights=weights))
    name = "raw_aggregates_altweights.csv" if which == "alt" else "raw_aggregates_equalweights.csv"
    assert_frame_close(res.aggregated, _units(f"expected_selfcomputed_R/{name}"))


def test_case_b_rerun_with_weights_reuses_normalised(asem_fw, alt_weights):
    raw = _units("inputs/asem_iData_raw.csv")
    from analytics.composite import rerun
    base = compute_index(raw, asem_fw, IndexSettings())
    alt = rerun(base, weights=alt_weights)
    assert alt.normalised is base.normalised
    assert_frame_close(alt.aggregated, _units("expected_selfcomputed_R/raw_aggregates_altweights.csv"))


def test_docs_data_threshold_example():
    ex = _read("expected_docs/v1_docs_amean_datthresh_example.csv")
    fw = Framework.from_frame(pd.DataFrame({
        "node": ["agg", "i1", "i2", "i3"], "parent": ["", "agg", "agg", "agg"],
        "weight": [1.0, *ex.loc[0, ["w_i1", "w_i2", "w_i3"]]], "direction": 1}))
    # the docs call Aggregate(..., dat_thresh = 2/3) and print it with 7 significant digits (0.6666667)
    assert ex["dat_thresh"].iloc[0] == pytest.approx(2 / 3, abs=1e-7)
    scores, flags = aggregate_with_flags(ex[["i1", "i2", "i3"]].astype(float), fw, "arithmetic", min_share=2 / 3)
    expected = pd.to_numeric(ex["printed_output"], errors="coerce").to_numpy()
    got = scores["agg"].to_numpy()
    assert np.isnan(got[1]) and np.isnan(expected[1])
    np.testing.assert_allclose(got[[0, 2]], expected[[0, 2]], atol=1e-6)  # printed to 7 significant digits
    assert got[0] == pytest.approx(5 / 3, abs=1e-12) and got[2] == 2.0
    assert flags["agg"].tolist() == [False, True, False]
