"""Sentences built from computed figures (translated, numbers in the page's language): the equity headline the
Overview and the Equity page share."""

from __future__ import annotations

import pandas as pd

from analytics.domain import CONCENTRATION_NEUTRAL

from .i18n import fmt_number, fmt_percent, t


def lean(ci: float) -> str:
    """The direction of a concentration index in words: towards higher-HDI regions, lower-HDI regions, or
    roughly proportional (|C| ≤ ``CONCENTRATION_NEUTRAL``)."""
    if pd.isna(ci):
        return t("equity.lean.none")
    if ci > CONCENTRATION_NEUTRAL:
        return t("equity.lean.higher")
    if ci < -CONCENTRATION_NEUTRAL:
        return t("equity.lean.lower")
    return t("equity.lean.neutral")


def equity_sentence(eq: pd.Series) -> str:
    """The headline of :func:`analytics.summaries.equity.equity_summary` (one row) as a sentence."""
    if not int(eq["participants"]):
        return t("equity.sentence.none", year=int(eq["as_of"]))
    years = eq["hdi_year_max"]
    return t("equity.sentence", year=int(eq["as_of"]), n=fmt_number(eq["participants"]),
             m=fmt_number(int(eq["regions"]) - int(eq["participants"])),
             p=fmt_number(eq["participants_median_hdi"], 2), q=fmt_number(eq["non_participants_median_hdi"], 2),
             hdi_year=int(years) if pd.notna(years) else "—",
             low_share=fmt_percent(eq["lowest_quintile_reached_share"], 0),
             low_n=fmt_number(eq["lowest_quintile_reached"]), low_total=fmt_number(eq["lowest_quintile_regions"]),
             high_share=fmt_percent(eq["highest_quintile_reached_share"], 0),
             ci=fmt_number(eq["concentration_index"], 2), lean=lean(eq["concentration_index"]))
