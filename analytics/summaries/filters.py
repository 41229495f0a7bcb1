"""The view filters every page shares (as-of year, island group, province, type), as plain data.

The sidebar widgets (``ui/filters.py``) and the CLI build the same :class:`Filters`, so a page's CSV and the
CLI's output for the same filters contain the same rows.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

import pandas as pd

from analytics.domain import DEFAULT_AS_OF, REFERENCE_LAST_YEAR, REGION_TYPES, check_year


@dataclass(frozen=True)
class Filters:
    as_of: int = DEFAULT_AS_OF
    island_group: str | None = None
    province: str | None = None      # province code, e.g. "73"
    type: str | None = None          # "kabupaten" | "kota"

    def mask(self, regions: pd.DataFrame) -> pd.Series:
        """Boolean mask over ``region_dim`` rows (the as-of year does not filter regions)."""
        m = pd.Series(True, index=regions.index)
        if self.island_group:
            m &= regions["island_group"] == self.island_group
        if self.province:
            m &= regions["province_code"] == self.province
        if self.type:
            m &= regions["type"] == self.type
        return m

    def apply(self, regions: pd.DataFrame) -> pd.DataFrame:
        return regions[self.mask(regions)]

    @property
    def regional(self) -> dict[str, str]:
        """The region filters that are set (island group, province, type), in that order; {} for all 514."""
        return {k: v for k, v in (("island_group", self.island_group), ("province", self.province),
                                  ("type", self.type)) if v}

    @property
    def national(self) -> bool:
        """No region filter: the whole country (the reported national figures apply)."""
        return not self.regional

    def describe(self) -> dict[str, object]:
        """The filters as a flat dict (for export metadata and file names)."""
        return {k: v for k, v in asdict(self).items()}

    def validate(self, regions: pd.DataFrame, last_year: int = REFERENCE_LAST_YEAR) -> None:
        """Raise ValueError with a one-line message for an impossible filter value (years: the domain's first
        year to ``last_year``, the data's last year — :attr:`analytics.warehouse.dataset.Dataset.last_year`)."""
        check_year(self.as_of, last_year)
        if self.island_group and self.island_group not in set(regions["island_group"]):
            raise ValueError(f"unknown island group {self.island_group!r}")
        if self.province and self.province not in set(regions["province_code"]):
            raise ValueError(f"unknown province code {self.province!r}")
        if self.type and self.type not in REGION_TYPES:
            raise ValueError(f"unknown type {self.type!r}; use {' or '.join(REGION_TYPES)}")
