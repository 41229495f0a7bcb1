"""Shared fixtures for the composite-engine tests."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from analytics.composite import Framework

PILLARS = ["governance", "branding", "economy", "society", "living", "environment"]


@pytest.fixture(scope="session")
def default_fw() -> Framework:
    return Framework.default()


@pytest.fixture(scope="session")
def tree_fw() -> Framework:
    """A 3-level tree: i1..i4 -> P1 (i1, i2), P2 (i3, i4) -> root; i2 has direction -1, P2 weight 3."""
    return Framework.from_frame(pd.DataFrame({
        "node": ["root", "P1", "P2", "i1", "i2", "i3", "i4"],
        "parent": ["", "root", "root", "P1", "P1", "P2", "P2"],
        "weight": [1, 1, 3, 1, 1, 2, 1],
        "direction": [1, 1, 1, 1, -1, 1, 1],
    }))


@pytest.fixture(scope="session")
def pillars_514() -> pd.DataFrame:
    """514 units x 6 pillars on the 0–4 scale, a few missing cells, seeded."""
    rng = np.random.default_rng(42)
    x = rng.uniform(0.2, 3.9, size=(514, 6))
    x[rng.random(x.shape) < 0.01] = np.nan
    return pd.DataFrame(x, index=[f"{i // 100 + 11}.{i % 100 + 1:02d}" for i in range(514)], columns=PILLARS)
