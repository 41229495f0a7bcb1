"""Everything a summary needs from the warehouse, loaded once: the pages cache one Dataset per build id, the CLI
loads one per run. Same inputs → same numbers on screen and in exports.

:func:`load` reads every table *and* the build id on ONE read-only connection, so ``Dataset.build_id`` names
exactly the data it carries, even while a rebuild swaps the file underneath."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import pandas as pd

from analytics import domain

from analytics.warehouse import db as warehouse_db
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
    # keyword-only, so tables added above need no default: the build this data came from (build_info)
    build_id: str = field(default="", kw_only=True)
    build_info: dict = field(default_factory=dict, kw_only=True, compare=False)
    indicators: pd.DataFrame = field(default_factory=pd.DataFrame)        # indicator_dim (catalogue + labels)
    indicator_values: pd.DataFrame = field(default_factory=pd.DataFrame)  # region_code, year, indicator, value
    _memo: dict = field(default_factory=dict, compare=False, repr=False)

    def memo(self, key: Hashable, compute: Callable[[], object]):
        """``compute()`` once per Dataset and ``key`` (a Dataset is immutable: derived tables such as the
        indicator cube or the default open index of a year are computed once per data version)."""
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]

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


def load(db: Path | None = None, *, validate: bool | None = None) -> Dataset:
    """Every table on one read-only connection, with the build id and build_info read on the same one.

    ``validate``: check every frame against its contract (:mod:`analytics.warehouse.frames`, pandera). The build
    already does so on the new file before it swaps it in (:func:`analytics.warehouse.build.build`), so by default
    (``None``) a database built by this code from these inputs — its stored fingerprint is the current one, which
    covers the warehouse code, the contracts, the domain model and the pandas and DuckDB versions — is not checked
    a second time; any other database is. ``True`` always checks, ``False`` never (the build's own check runs
    with ``True``). The skipped check and its imports (pandera, geopandas, pyarrow) were ≈ 0.4 s of every CLI
    export (bench/bench_cli.py)."""
    with warehouse_db.connect(db) as con:
        info = warehouse.build_info(con)
        ds = Dataset(
            regions=warehouse.regions(con), scores=warehouse.scores_long(con), pillars=warehouse.pillars(con),
            provinces=warehouse.provinces(con), reported=warehouse.reported_figures(con),
            cohorts=warehouse.cohorts(con), ascn=warehouse.ascn_cities(con), ascn_pilots=warehouse.ascn_pilots(con),
            imd=warehouse.imd_ranks(con), published=warehouse.published_results(con), indicators=warehouse.indicator_catalogue(con),
            indicator_values=warehouse.indicator_values(con),
            build_id=str(info["build_id"]), build_info=info,
        )
    if validate is None:
        from analytics.warehouse import build
        validate = info.get("fingerprint") != build.current_fingerprint()
    if validate:
        from analytics.warehouse.frames import validate_dataset
        validate_dataset(ds)
    return ds
