"""Frame contracts (analytics/warehouse/frames.py, pandera): every way a frame can break its contract is
caught and named; the test datasets are shaped like the real one; maturity_summary meets its contract for
any filters and settings."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from analytics.composite import IndexSettings
from analytics.summaries import tables as S
from analytics.summaries.filters import Filters
from analytics.warehouse import frames as F
from tests.analytics.test_summaries import tiny_dataset


@pytest.fixture(scope="module")
def ds(built_db):
    from analytics.warehouse.dataset import load
    return load(built_db, validate=True)   # every frame checked: the real warehouse meets the contract


def _break_type(df):
    df.loc[df.index[3], "type"] = "desa"


def _year_as_text(df):
    df["cohort_year"] = df["cohort_year"].astype(str)


def _participant_without_cohort(df):
    df.loc[df["is_participant"].idxmax(), "cohort_year"] = pd.NA


def _score_off_scale(df):
    df.loc[df.index[0], "score"] = 4.5


def _duplicate_score(df):
    df.loc[df.index[1], ["region_code", "year", "pillar"]] = df.loc[df.index[0], ["region_code", "year", "pillar"]]


def _unknown_source(df):
    df.loc[df.index[0], "source"] = "guess"


def _drop_column(df):
    del df["size_class"]


BREAKS = [  # frame, how it is broken, what the message names
    ("regions", _break_type, "type: isin"),
    ("regions", _year_as_text, "cohort_year: is not an integer column"),
    ("regions", _participant_without_cohort, "is_participant ⇔ a cohort year"),
    ("regions", _drop_column, "missing column 'size_class'"),
    ("scores", _score_off_scale, "score: in_range(0.0, 4.0)"),
    ("scores", _duplicate_score, "duplicate key (region_code, year, pillar) = "),
    ("scores", _unknown_source, "is published, synthetic or import:<batch>"),
]


@pytest.mark.parametrize(("frame", "breaker", "named"), BREAKS, ids=[b[1].__name__.strip("_") for b in BREAKS])
def test_a_broken_frame_is_named(ds, frame, breaker, named):
    df = getattr(ds, frame).copy()
    breaker(df)
    with pytest.raises(F.FrameContractError) as err:
        F.validate(df, F.DATASET[frame])
    text = str(err.value)
    assert text.startswith(F.DATASET[frame].name) and named in text and "\n" not in text


def test_the_test_datasets_are_shaped_like_the_warehouse():
    F.validate_dataset(tiny_dataset(), frames=("regions", "scores", "pillars", "reported"))


CASES = [Filters(as_of=2023), Filters(as_of=2019, province="35"), Filters(as_of=2024, type="kota"),
         Filters(as_of=2018, island_group="Sulawesi")]
SETTINGS = [IndexSettings(), IndexSettings(normalisation="minmax", aggregation="geometric"),
            IndexSettings(normalisation="none", min_share=1.0), IndexSettings(normalisation="rank", min_share=0.0)]


@pytest.mark.parametrize("settings", SETTINGS, ids=lambda s: f"{s.normalisation}-{s.aggregation}-{s.min_share:.2f}")
def test_maturity_summary_meets_its_contract(ds, settings):
    for f in CASES:
        F.validate(S.maturity_summary(ds, f, settings), F.MATURITY)


def test_maturity_contract_with_incomplete_regions():
    """Regions below the completeness rule are 'insufficient_data', without index or rank."""
    ds = tiny_dataset()
    scores = ds.scores.copy()
    scores = scores[~((scores["region_code"] == "11.71") & (scores["pillar_ordinal"] > 3))]   # 3 of 6 pillars left
    m = S.maturity_summary(ds.__class__(**{**ds.__dict__, "scores": scores}), Filters(as_of=2019))
    F.validate(m, F.MATURITY)
    row = m.set_index("code").loc["11.71"]
    assert row["status"] == "insufficient_data" and pd.isna(row["rank_national"]) and np.isnan(row["index_100"])
