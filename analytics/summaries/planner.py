"""Next-cohort planner (issue 3 §5): which non-participating regions to invite next.

Given a budget of ``K`` new regions, choose ``K`` regions that have not joined the programme by ``as_of``
(optionally only kabupaten or only kota, never an excluded one) so that every province ends with at least
``min_per_province`` participants (existing participants count), and

``objective="population"``
    the population reached is as large as possible. **Optimal.** The method: first, in each province short of
    its minimum by ``d_p``, take its ``d_p`` most populous eligible regions; then fill the remaining
    ``K - sum(d_p)`` places with the most populous eligible regions left anywhere. Why this is optimal: take
    any feasible choice ``S``. In each province, swapping the members of ``S`` there for the same number of
    that province's most populous eligible regions keeps ``S`` feasible (same count per province) and never
    lowers its total; so some optimum contains each province's top ``d_p``. Once those are fixed the remaining
    places are unconstrained (the minimums are met whatever else is chosen), and the best ``m`` items of a set
    under a sum objective are the ``m`` largest. Ties are broken by region code, so the plan is deterministic.

``objective="need"``
    the most residents reached **in the lowest-HDI regions**. A region's value is its population if its
    Human Development Index (latest value at or before ``as_of``) is in the national lowest quintile — at or
    below the 20th percentile of the 514 kab/kota (numpy linear interpolation, ties included; see
    :mod:`analytics.summaries.equity`) — and 0 otherwise; the plan maximises the sum of the values of the picks
    under the same per-province minimum. **Optimal**, by the argument of ``population`` (the objective is a sum of
    fixed per-region values): each short province first takes its ``d_p`` highest-value eligible regions, then
    the highest-value regions anywhere fill the rest. Ties (equal values, e.g. regions outside the lowest quintile
    once it is exhausted) go to the lower HDI, then the region code; a region without an HDI value has value 0
    and comes last. ``marginal_gain`` is the residents of the lowest quintile a pick adds; the output also carries
    ``hdi``, ``hdi_year`` and ``hdi_quintile``.

``objective="least_covered"``
    lift the provinces with the lowest coverage first. **Greedy**: at each step take the province with the
    lowest share of its population reached (ties: lower share of regions, then province code) that still has
    an eligible region, and invite its most populous eligible region (the biggest lift for that province).
    Provinces short of their minimum are served first, in the same way. This is the natural reading of
    "least covered first" (a max-min fairness heuristic), it is transparent (each pick is explained by the
    share it raises) and needs no solver; it is not claimed to optimise any single global number.

Each pick is reported in order with its marginal gain (people added for ``population``; the rise of its
province's population share, 0–1, for ``least_covered``) and the resulting coverage of regions and population
nationally and in its province. Infeasible constraints raise ``ValueError`` with a one-line reason.

The loop of the greedy runs over picks (at most ``K``), each step a vectorised step over the 38 provinces;
the population method has no Python loop at all.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from analytics.domain import REGION_TYPES

from analytics.summaries.coverage import participating

OBJECTIVES = ("population", "least_covered", "need")
NEED_COLUMNS = ["hdi", "hdi_year", "hdi_quintile"]       # appended for objective="need"
TYPES = REGION_TYPES
REASON_MINIMUM = "province minimum"

PLAN_COLUMNS = ["order", "code", "name", "province_code", "province_name", "type", "population", "reason",
                "marginal_gain", "regions_participating", "region_share", "population_reached",
                "population_share", "province_regions_participating", "province_region_share",
                "province_population_reached", "province_population_share"]


def _as_int(value, what: str) -> int:
    try:
        f = float(value)
    except (TypeError, ValueError):
        raise ValueError(f"{what} must be a whole number (got {value!r})") from None
    if not f.is_integer():
        raise ValueError(f"{what} must be a whole number (got {value!r})")
    return int(f)


def eligible_mask(regions: pd.DataFrame, as_of: int, *, only_type: str | None = None,
                  exclude: Sequence[str] = ()) -> pd.Series:
    """Regions that may be invited: not participating by ``as_of``, of ``only_type``, not excluded."""
    m = ~participating(regions, as_of) & ~regions["code"].isin(list(exclude))
    if only_type:
        m &= regions["type"] == only_type
    return m


def plan(regions: pd.DataFrame, *, budget: int, as_of: int, objective: str = "population",
         min_per_province: int = 0, only_type: str | None = None, exclude: Sequence[str] = (),
         need: pd.DataFrame | None = None) -> pd.DataFrame:
    """Choose ``budget`` new regions (see the module doc). ``regions``: region_dim rows (code, name,
    province_code, province_name, type, population, cohort_year). ``need`` (objective ``need``): a frame indexed
    by region code with ``hdi``, ``hdi_year`` and ``hdi_quintile`` (1 = lowest quintile), e.g. from
    :func:`analytics.summaries.equity.need_table`. Returns one row per pick, columns :data:`PLAN_COLUMNS` (shares
    in 0–1), plus :data:`NEED_COLUMNS` for ``need``."""
    need_frame = need
    budget = _as_int(budget, "budget")
    min_per_province = _as_int(min_per_province, "min-per-province")
    if budget < 1:
        raise ValueError(f"budget must be at least 1 (got {budget})")
    if min_per_province < 0:
        raise ValueError(f"min-per-province must be 0 or more (got {min_per_province})")
    if objective not in OBJECTIVES:
        raise ValueError(f"unknown objective {objective!r}; choose one of {', '.join(OBJECTIVES)}")
    if only_type not in (None, "", *TYPES):
        raise ValueError(f"unknown type {only_type!r}; use kabupaten or kota")
    exclude = [str(c) for c in exclude]
    unknown = sorted(set(exclude) - set(regions["code"]))
    if unknown:
        raise ValueError(f"unknown region code {unknown[0]!r} in the exclusions")

    reg = regions.reset_index(drop=True)
    part = participating(reg, as_of).to_numpy()
    elig = eligible_mask(reg, as_of, only_type=only_type or None, exclude=exclude).to_numpy()
    n_elig = int(elig.sum())
    if budget > n_elig:
        raise ValueError(f"budget {budget} exceeds the {n_elig} eligible regions")

    prov = reg["province_code"].astype(str).to_numpy()
    pop = reg["population"].to_numpy(dtype=np.int64)
    provs, pidx = np.unique(prov, return_inverse=True)
    n_prov = len(provs)
    part_count = np.bincount(pidx, weights=part, minlength=n_prov).astype(np.int64)
    elig_count = np.bincount(pidx, weights=elig, minlength=n_prov).astype(np.int64)
    deficit = np.maximum(min_per_province - part_count, 0)
    short = deficit > elig_count
    if short.any():
        i = int(np.argmax(short))
        pname = reg.loc[pidx == i, "province_name"].iloc[0]
        raise ValueError(f"province {provs[i]} ({pname}) needs {deficit[i]} more participants to reach "
                         f"{min_per_province} but has only {elig_count[i]} eligible regions")
    need = int(deficit.sum())
    if need > budget:
        raise ValueError(f"the province minimums need {need} picks but the budget is {budget}")

    # eligible regions sorted within province by population (desc), then code: the pick order inside a province
    codes = reg["code"].astype(str).to_numpy()
    cand = np.flatnonzero(elig)
    cand = cand[np.lexsort((codes[cand], -pop[cand], pidx[cand]))]
    if objective == "population":
        picks, forced = _plan_value(cand, pidx, pop.astype(float), np.zeros(len(reg)), codes, deficit, budget)
    elif objective == "need":
        if need_frame is None:
            raise ValueError("objective need needs the regions' HDI (need=...)")
        nd = need_frame.reindex(reg["code"].astype(str))
        hdi = nd["hdi"].to_numpy(dtype=float)
        value = np.where(nd["hdi_quintile"].to_numpy(dtype=float) == 1, pop, 0).astype(float)
        picks, forced = _plan_value(cand, pidx, value, np.where(np.isnan(hdi), np.inf, hdi), codes, deficit, budget)
    else:
        picks, forced = _plan_least_covered(cand, pidx, pop, deficit, budget, part_count,
                                            np.bincount(pidx, minlength=n_prov),
                                            np.bincount(pidx, weights=np.where(part, pop, 0), minlength=n_prov),
                                            np.bincount(pidx, weights=pop, minlength=n_prov), provs)
    out = _report(reg, picks, forced, objective, part, pidx, pop)
    if objective == "need":
        nd = need_frame.reindex(out["code"].astype(str))
        out["marginal_gain"] = np.where(nd["hdi_quintile"].to_numpy(dtype=float) == 1, out["population"], 0).astype(float)
        out["hdi"] = nd["hdi"].to_numpy(dtype=float)
        out["hdi_year"] = nd["hdi_year"].astype("Int64").to_numpy()
        out["hdi_quintile"] = nd["hdi_quintile"].astype("Int64").to_numpy()
    return out


def _plan_value(cand, pidx, value, tie, codes, deficit, budget):
    """Maximise the sum of ``value`` over the picks: each short province's top ``d_p`` by (value desc, tie asc,
    code), then the best of the rest anywhere (see the module doc)."""
    cand = cand[np.lexsort((codes[cand], tie[cand], -value[cand], pidx[cand]))]
    pc = pidx[cand]
    starts = np.r_[0, np.flatnonzero(pc[1:] != pc[:-1]) + 1]
    within = np.arange(len(cand)) - np.repeat(starts, np.diff(np.r_[starts, len(cand)]))
    is_forced = within < deficit[pc]
    forced = cand[is_forced]
    rest = cand[~is_forced]
    rest = rest[np.lexsort((codes[rest], tie[rest], -value[rest]))][: budget - len(forced)]
    forced = forced[np.lexsort((codes[forced], tie[forced], -value[forced]))]
    return np.r_[forced, rest].astype(int), len(forced)


def _plan_least_covered(cand, pidx, pop, deficit, budget, part_count, n_regions, pop_reached, pop_total, provs):
    # per-province queues of candidates (already in pick order)
    pc = pidx[cand]
    n_prov = len(provs)
    start = np.searchsorted(pc, np.arange(n_prov), side="left")
    end = np.searchsorted(pc, np.arange(n_prov), side="right")
    nxt = start.copy()
    count = part_count.astype(float).copy()
    reached = pop_reached.astype(float).copy()
    deficit = deficit.copy()
    order_key = np.arange(n_prov)           # provs are sorted, so index order = code order
    picks = []
    n_forced = 0
    for _ in range(budget):
        avail = nxt < end
        phase1 = deficit > 0
        ok = avail & phase1 if phase1.any() else avail
        share_pop = reached / pop_total
        share_reg = count / n_regions
        keys = np.lexsort((order_key, share_reg, share_pop, ~ok))   # last key first: ok provinces first
        p = int(keys[0])
        r = int(cand[nxt[p]])
        nxt[p] += 1
        if phase1.any():
            n_forced += 1
            deficit[p] -= 1
        count[p] += 1
        reached[p] += pop[r]
        picks.append(r)
    return np.array(picks, dtype=int), n_forced


def _report(reg, picks, n_forced, objective, part, pidx, pop) -> pd.DataFrame:
    n_total = len(reg)
    pop_total = int(pop.sum())
    n_prov = int(pidx.max()) + 1
    prov_regions = np.bincount(pidx, minlength=n_prov)
    prov_pop = np.bincount(pidx, weights=pop, minlength=n_prov).astype(np.int64)
    prov_part = np.bincount(pidx, weights=part, minlength=n_prov).astype(np.int64)
    prov_reached = np.bincount(pidx, weights=np.where(part, pop, 0), minlength=n_prov).astype(np.int64)

    p = pidx[picks]
    pp = pop[picks]
    k = len(picks)
    nat_regions = int(part.sum()) + np.arange(1, k + 1)
    nat_reached = int(pop[part].sum()) + np.cumsum(pp)
    # running count / population per province along the pick order
    df = pd.DataFrame({"p": p, "pop": pp})
    prov_n = prov_part[p] + df.groupby("p").cumcount().to_numpy() + 1
    prov_r = prov_reached[p] + df.groupby("p")["pop"].cumsum().to_numpy()

    out = reg.iloc[picks][["code", "name", "province_code", "province_name", "type", "population"]].copy()
    out.insert(0, "order", np.arange(1, k + 1))
    out["population"] = pp
    reasons = np.where(np.arange(k) < n_forced, REASON_MINIMUM, objective)
    out["reason"] = reasons.astype(object)
    if objective == "population":
        out["marginal_gain"] = pp.astype(float)
    else:
        out["marginal_gain"] = pp / prov_pop[p]
    out["regions_participating"] = nat_regions
    out["region_share"] = nat_regions / n_total
    out["population_reached"] = nat_reached.astype(np.int64)
    out["population_share"] = nat_reached / pop_total
    out["province_regions_participating"] = prov_n.astype(np.int64)
    out["province_region_share"] = prov_n / prov_regions[p]
    out["province_population_reached"] = prov_r.astype(np.int64)
    out["province_population_share"] = prov_r / prov_pop[p]
    return out[PLAN_COLUMNS].reset_index(drop=True)
