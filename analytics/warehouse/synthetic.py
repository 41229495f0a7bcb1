"""Seeded generator of ILLUSTRATIVE pillar scores for the identified programme participants.

No open data source publishes per-region pillar scores, so the demo needs synthetic ones. They are
labelled ``source = 'synthetic'`` in the warehouse and every view that shows them says so.

Model (all draws from ``numpy.random.default_rng(seed)`` in a fixed order, regions sorted by code, so the
same seed and inputs give byte-identical output)::

    score[r, y, p] = clip(capacity[r] + offset[p] + growth[r] * progress(t) + profile[r, p]
                          + year_shock[r, y] + noise[r, y, p],  LOW, HIGH)    rounded to 2 decimals

- ``capacity[r] = 2.05 + 0.30 * is_kota + 0.12 * z(log population) + N(0, 0.30)`` — kota above kabupaten on
  average, larger regions slightly ahead;
- ``offset[p]``: pillar means (governance highest, environment lowest);
- ``growth[r] ~ N(0.55, 0.20)`` (≥ 0.05) and ``progress(t) = 1 - exp(-t / 3)`` with ``t`` = years since the
  first evaluation — gradual, saturating improvement;
- ``profile[r, p] ~ N(0, 0.22)``: a region's persistent strengths and weaknesses; the shared ``capacity``
  makes pillars correlate (about 0.6);
- ``year_shock[r, y] ~ N(0, 0.06)``, ``noise[r, y, p] ~ N(0, 0.10)``.

Each participant is evaluated once a year from the year after its (first) cohort year to ``last_year``.
Where a published evaluation exists for a region, the region's capacity is shifted so that its synthetic
mean in that year equals the published mean (the published rows then replace the synthetic ones), so trends
through a published point stay plausible.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from analytics.domain import REFERENCE_LAST_YEAR

DEFAULT_SEED = 20170
LAST_YEAR = REFERENCE_LAST_YEAR
LOW, HIGH = 0.30, 3.90
PILLAR_OFFSET = {"governance": 0.15, "branding": -0.05, "economy": -0.10,
                 "society": 0.05, "living": 0.00, "environment": -0.15}
GENERATOR = "analytics.warehouse.synthetic v1"


def generate_scores(regions: pd.DataFrame, participation: pd.DataFrame, pillars: list[str], *,
                    seed: int = DEFAULT_SEED, last_year: int = LAST_YEAR,
                    anchors: pd.DataFrame | None = None) -> pd.DataFrame:
    """Synthetic scores in long form: region_code, year, pillar, score, source='synthetic', source_url=None.

    ``regions``: code, type, population (all regions). ``participation``: region_code, cohort_year (first
    year per region). ``anchors``: optional published pillar scores (region_code, year, pillar, score).
    """
    rng = np.random.default_rng(seed)
    part = (participation[["region_code", "cohort_year"]]
            .merge(regions[["code", "type", "population"]], left_on="region_code", right_on="code")
            .sort_values("region_code").reset_index(drop=True))
    n, k = len(part), len(pillars)
    logpop = np.log(part["population"].to_numpy(float))
    z = (logpop - logpop.mean()) / (logpop.std() or 1.0)
    capacity = 2.05 + 0.30 * (part["type"] == "kota").to_numpy() + 0.12 * z + rng.normal(0, 0.30, n)
    growth = np.maximum(rng.normal(0.55, 0.20, n), 0.05)
    profile = rng.normal(0, 0.22, (n, k))
    offset = np.array([PILLAR_OFFSET.get(p, 0.0) for p in pillars])

    years = np.arange(2018, last_year + 1)
    shock = rng.normal(0, 0.06, (n, len(years)))
    noise = rng.normal(0, 0.10, (n, len(years), k))

    first_eval = part["cohort_year"].to_numpy(int) + 1
    t = years[None, :] - first_eval[:, None]                      # n × years
    progress = 1.0 - np.exp(-np.maximum(t, 0) / 3.0)
    base = capacity[:, None] + growth[:, None] * progress + shock  # n × years

    if anchors is not None and len(anchors):
        pos = {c: i for i, c in enumerate(part["region_code"])}
        for (code, year), grp in anchors.groupby(["region_code", "year"]):
            if code in pos and year in years:
                i, j = pos[code], int(np.searchsorted(years, year))
                cur = (base[i, j] + offset + profile[i] + noise[i, j]).clip(LOW, HIGH).mean()
                capacity_shift = float(grp["score"].mean()) - cur
                base[i] += capacity_shift

    scores = base[:, :, None] + offset[None, None, :] + profile[:, None, :] + noise
    scores = np.round(np.clip(scores, LOW, HIGH), 2)

    mask = (t >= 0)                                                 # evaluated years only
    ii, jj = np.nonzero(mask)
    out = pd.DataFrame({
        "region_code": np.repeat(part["region_code"].to_numpy()[ii], k),
        "year": np.repeat(years[jj], k).astype("int64"),
        "pillar": np.tile(np.array(pillars, dtype=object), len(ii)),
        "score": scores[ii, jj, :].reshape(-1),
    })
    out["source"] = "synthetic"
    out["source_url"] = None
    return out
