"""Shared expectations of the page tests, derived from the data rather than pinned.

The pillar scores are SYNTHETIC: a rank, an index or a level shown for a region comes from the generator, so a
page test reads the expected value from the same database (through the summaries the pages and the CLI share)
instead of pinning today's number, which would change with the generator's seed, version or an import."""

from __future__ import annotations

import pandas as pd
import pytest


@pytest.fixture(scope="session")
def dataset(built_db):
    from analytics.warehouse.dataset import load
    return load(built_db)


@pytest.fixture(scope="session")
def maturity_2023(dataset) -> pd.DataFrame:
    """The national maturity table as of 2023 (the pages' default year), indexed by region code."""
    from analytics.summaries import tables as S
    from analytics.summaries.filters import Filters
    return S.maturity_summary(dataset, Filters(as_of=2023)).set_index("code")


@pytest.fixture(scope="session")
def level_name():
    """level code → its shown name in a language: ``level_name("smart", "id") == "Cerdas"``."""
    from analytics.summaries import tables as S
    names = S.levels().set_index("level")

    def name(level: str, lang: str = "en") -> str:
        return str(names.loc[level, "name_id" if lang == "id" else "name_en"])

    return name


def fmt(value, decimals: int = 0, lang: str = "en") -> str:
    """A number as the pages show it (ui.i18n.fmt_number; its own tests check it against hand-written cases)."""
    from ui.i18n import fmt_number
    return fmt_number(value, decimals, lang=lang)
