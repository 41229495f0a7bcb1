"""Everything a summary needs from the warehouse, loaded once: the pages cache one Dataset per database
version, the CLI loads one per run. Same inputs → same numbers on screen and in exports."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from analytics.warehouse import read as warehouse


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

    @property
    def pillar_codes(self) -> list[str]:
        return self.pillars.sort_values("ordinal")["code"].tolist()


def load(db: Path | None = None) -> Dataset:
    return Dataset(
        regions=warehouse.regions(db), scores=warehouse.scores_long(db), pillars=warehouse.pillars(db),
        provinces=warehouse.provinces(db), reported=warehouse.reported_figures(db), cohorts=warehouse.cohorts(db),
        ascn=warehouse.ascn_cities(db), ascn_pilots=warehouse.ascn_pilots(db), imd=warehouse.imd_ranks(db),
        published=warehouse.published_results(db),
    )
