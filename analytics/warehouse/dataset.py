"""Everything a summary needs from the warehouse, loaded once: the pages cache one Dataset per database
version, the CLI loads one per run. Same inputs → same numbers on screen and in exports."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import pandas as pd

from analytics import domain

from analytics.warehouse import read as warehouse
from analytics.warehouse.frames import validate_dataset


@dataclass(frozen=True)
class Dataset:
    regions: pd.DataFrame           # region_dim (514 rows)
    scores: pd.DataFrame            # score_long (region_code, year, pillar, pillar_ordinal, score, source, source_url)
    pillars: pd.DataFrame           # pillar (code, ordinal, name_en, name_id)
    provinces: pd.DataFrame
    reported: pd.DataFrame          # reported_figure
    cohorts: pd.DataFrame           # programme_cohort (all rows, history included)
    ascn: pd.DataFrame              # ascn_city
    ascn_pilots: pd.DataFrame       # ascn_pilot
    imd: pd.DataFrame               # imd_rank
    published: pd.DataFrame         # published_result

    @cached_property
    def last_year(self) -> int:
        """The latest year the app offers for this data (:func:`analytics.domain.last_year`): the reference
        data's last year, or a later cohort or evaluation year that arrived by import."""
        return domain.last_year([*self.regions["cohort_year"].dropna().unique(), *self.scores["year"].dropna().unique()])

    @property
    def years(self) -> range:
        """Every as-of year the app offers: the programme's first year to :attr:`last_year`."""
        return domain.year_range(self.last_year)

    @property
    def pillar_codes(self) -> list[str]:
        return self.pillars.sort_values("ordinal")["code"].tolist()


def load(db: Path | None = None) -> Dataset:
    """Every frame of the warehouse, validated against its contract (analytics/warehouse/frames.py)."""
    return validate_dataset(Dataset(
        regions=warehouse.regions(db), scores=warehouse.scores_long(db), pillars=warehouse.pillars(db),
        provinces=warehouse.provinces(db), reported=warehouse.reported_figures(db), cohorts=warehouse.cohorts(db),
        ascn=warehouse.ascn_cities(db), ascn_pilots=warehouse.ascn_pilots(db), imd=warehouse.imd_ranks(db),
        published=warehouse.published_results(db),
    ))
