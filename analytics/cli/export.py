"""``python -m analytics export {coverage,maturity,uncertainty,peers,plan,indicators,equity} [options]``.

Writes exactly the tables the app shows: every kind calls the same :mod:`analytics.summaries.tables` function as its
page, on the same :class:`~analytics.warehouse.dataset.Dataset` (the warehouse opened read-only, built first if missing
or stale). ``maturity``, ``uncertainty`` and ``peers`` give the open-statistics index (real BPS/Kemendes data) by
default, as the app does, and the programme's evaluation scores (synthetic demo) with ``--lens evaluation``;
``indicators`` writes the Indicator explorer's views and ``equity`` the equity analysis. ``export maturity`` and
``export uncertainty`` also run the composite engine on an analyst's own files (``--framework FILE --data FILE``).
Bad input exits with code 2 and a one-line ``error: ...`` on stderr.
See docs/CLI.md.
"""

from __future__ import annotations

import argparse
import sys
import types
from pathlib import Path

from analytics.cli import safety

KINDS = ("coverage", "maturity", "uncertainty", "peers", "plan", "indicators", "equity")

# bounds on what one command may ask for (memory and time stay reasonable; see docs/CLI.md)
MAX_N = 10_000                  # Monte Carlo replications (1,000 is the default; ~450 MB at 10,000)
MAX_K = 100                     # peers
MAX_SEED = 2**32 - 1            # numpy's seed range
MAX_INPUT_BYTES = 50 * safety.MB   # --framework / --data files

# which options each kind accepts (beyond --format/--output/--db)
_REGION_FILTERS = {"year", "island_group", "province", "type"}
_SETTINGS = {"weights", "normalise", "aggregate", "min_share"}
ALLOWED = {
    "coverage": _REGION_FILTERS | {"by", "timeline"},
    "maturity": _REGION_FILTERS | _SETTINGS | {"framework", "data", "lens"},
    "uncertainty": _REGION_FILTERS | _SETTINGS | {"framework", "data", "n", "seed", "table", "lens"},
    "peers": {"year", "region", "k", "same", "lens"} | _SETTINGS,
    "plan": {"year", "budget", "objective", "min_per_province", "only_type", "exclude"},
    "indicators": _REGION_FILTERS | {"indicator", "view", "regions"},
    "equity": _REGION_FILTERS | {"view"},
}
OPTION_DESTS = sorted(set().union(*ALLOWED.values()))

EXAMPLES = """\
examples:
  python -m analytics export coverage --by province --year 2023
  python -m analytics export coverage --by national --timeline --format json
  python -m analytics export maturity --island-group Jawa --type kota --format xlsx --output maturity.xlsx
  python -m analytics export maturity --weights economy=2,society=1 --normalise minmax
  python -m analytics export maturity --lens evaluation --year 2024 --province 34
  python -m analytics export uncertainty --n 1000 --seed 0 --province 35
  python -m analytics export peers --region 35.71 --k 5 --same type
  python -m analytics export plan --budget 50 --min-per-province 1 --only-type kabupaten --exclude 94.01
  python -m analytics export maturity --framework my_framework.csv --data my_data.csv --normalise minmax
  python -m analytics export indicators --indicator hdi --year 2024 --view ranking
  python -m analytics export indicators --indicator hdi --view trend --regions 34.71,95.08
  python -m analytics export equity --year 2023 --view quintiles
  python -m analytics export plan --budget 20 --objective need --min-per-province 1

exit codes: 0 ok; 2 bad input (one-line "error: ..." on stderr).
"""


def _one_line_error(self, message: str):  # argparse.ArgumentParser.error replacement
    self.exit(2, f"error: {message.strip().splitlines()[0]}\n")


def register(subparsers) -> argparse.ArgumentParser:
    from analytics.io.exports import FORMATS
    from analytics.domain import DEFAULT_AS_OF, DEFAULT_MIN_SHARE, FIRST_YEAR, MIN_PILLARS, N_PILLARS
    from analytics.summaries.planner import OBJECTIVES

    p = subparsers.add_parser(
        "export", help="export a table the app shows (coverage, maturity, uncertainty, peers, plan, indicators, "
                       "equity)",
        description="Export exactly the numbers a page shows, for the same filters, as CSV, JSON, XLSX or "
                    "Parquet. Without --output, CSV/JSON go to stdout.",
        epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.error = types.MethodType(_one_line_error, p)
    _strict(p)
    p.add_argument("kind", choices=KINDS, help="what to export")
    out = p.add_argument_group("output")
    out.add_argument("--format", default="csv", choices=FORMATS, help="file format (default csv)")
    out.add_argument("--output", "-o", default=None, metavar="FILE",
                     help="file to write (a directory: a dated file name inside it); default stdout "
                          "(csv/json only)")
    out.add_argument("--db", default=None, metavar="FILE",
                     help="warehouse file (default data/smartcity.duckdb or $KOTA_CERDAS_DB)")
    f = p.add_argument_group("filters (coverage, maturity, uncertainty; --year also peers, plan)")
    f.add_argument("--year", type=int, default=None, metavar="YEAR",
                   help=f"as-of year from {FIRST_YEAR} to the latest year in the data (default {DEFAULT_AS_OF})")
    f.add_argument("--island-group", default=None, metavar="NAME",
                   help="Sumatera, Jawa, Bali–Nusa Tenggara, Kalimantan, Sulawesi, Maluku or Papua")
    f.add_argument("--province", default=None, metavar="CODE", help="province code, e.g. 35")
    f.add_argument("--type", default=None, metavar="TYPE", help="kabupaten or kota")
    c = p.add_argument_group("coverage")
    c.add_argument("--by", default=None, metavar="GROUP",
                   help="national, island_group, province (default) or type")
    c.add_argument("--timeline", action="store_true", default=None,
                   help=f"one row per year ({FIRST_YEAR} to the latest year in the data) and group (long form)")
    s = p.add_argument_group("index settings (maturity, uncertainty, peers)")
    s.add_argument("--weights", default=None, metavar="NODE=W,...",
                   help="weights overriding the framework's, e.g. governance=2,economy=1 (others keep theirs)")
    s.add_argument("--normalise", default=None, metavar="METHOD",
                   help="none (default; scores stay on the 0–4 scale), minmax, goalposts, zscore or rank; "
                        "with --framework/--data the default is minmax")
    s.add_argument("--aggregate", default=None, metavar="METHOD", help="arithmetic (default) or geometric")
    s.add_argument("--min-share", type=float, default=None, metavar="SHARE",
                   help=f"completeness rule: the share of pillars a region needs for an index, a level and a "
                        f"rank (default {MIN_PILLARS}/{N_PILLARS} = {DEFAULT_MIN_SHARE:.3f}; 0 = any one pillar; "
                        f"with --framework/--data the default is 0); below it a region shows 'insufficient data'")
    s.add_argument("--framework", default=None, metavar="FILE",
                   help="your own framework CSV (node,parent,weight,direction); needs --data")
    s.add_argument("--data", default=None, metavar="FILE",
                   help="your own data CSV in long form (unit,indicator,value); needs --framework")
    s.add_argument("--lens", default=None, metavar="LENS",
                   help="open (default, as in the app: the open-statistics index of real BPS/Kemendes data; "
                        "normalisation goalposts by default) or evaluation (the programme's evaluation scores, "
                        "synthetic demo unless published or imported)")
    u = p.add_argument_group("uncertainty")
    u.add_argument("--n", type=int, default=None, metavar="N",
                   help=f"Monte Carlo replications (default 1000, at most {MAX_N:,})")
    u.add_argument("--seed", type=int, default=None, metavar="SEED", help=f"random seed (default 0; 0–{MAX_SEED})")
    u.add_argument("--table", default=None, metavar="TABLE",
                   help="ranks (default: per-region rank intervals) or sensitivity (per uncertain choice); "
                        "xlsx holds both")
    pe = p.add_argument_group("peers")
    pe.add_argument("--region", default=None, metavar="CODE", help="region code, e.g. 35.71 (required)")
    pe.add_argument("--k", type=int, default=None, metavar="K", help="number of peers (default 5)")
    pe.add_argument("--same", default=None, metavar="GROUP", help="only peers of the same type or size_class")
    pl = p.add_argument_group("plan (next cohort)")
    pl.add_argument("--budget", type=int, default=None, metavar="K", help="number of new regions (required)")
    pl.add_argument("--objective", default=None, metavar="OBJ",
                    help=f"{', '.join(OBJECTIVES)} (default population; need = most residents reached in the "
                         f"lowest-HDI quintile, see docs/CLI.md)")
    pl.add_argument("--min-per-province", type=int, default=None, metavar="N",
                    help="every province ends with at least N participants (default 0)")
    pl.add_argument("--only-type", default=None, metavar="TYPE", help="invite only kabupaten or only kota")
    pl.add_argument("--exclude", action="append", default=None, metavar="CODE",
                    help="region code never to invite (repeatable; also comma-separated)")
    ix = p.add_argument_group("indicators (Indicator explorer) and equity")
    ix.add_argument("--indicator", default=None, metavar="CODE",
                    help="indicator code, e.g. hdi, poverty_rate, grdp_per_capita (export indicators --view "
                         "catalogue lists them)")
    ix.add_argument("--view", default=None, metavar="VIEW",
                    help="indicators: ranking (default), distribution, province, trend or catalogue; "
                         "equity: summary (default), groups, quintiles, curve or cohorts")
    ix.add_argument("--regions", default=None, metavar="CODES",
                    help="indicators --view trend: comma-separated region codes, e.g. 34.71,95.08")
    p.set_defaults(func=run)
    return p


def _strict(p: argparse.ArgumentParser) -> None:
    """Unknown arguments after ``export`` are this parser's error (one line), not the top parser's usage."""
    original = p.parse_known_args

    def parse_known_args(args=None, namespace=None):
        ns, extras = original(args, namespace)
        if extras:
            p.error(f"unrecognized arguments: {' '.join(extras)}")
        return ns, []

    p.parse_known_args = parse_known_args


# ---------------------------------------------------------------------------------------------- helpers
def _flag(dest: str) -> str:
    return "--" + dest.replace("_", "-")


def _check_options(args) -> None:
    allowed = ALLOWED[args.kind]
    given = [d for d in OPTION_DESTS if getattr(args, d, None) is not None]
    bad = [d for d in given if d not in allowed]
    if bad:
        raise ValueError(f"option {_flag(bad[0])} does not apply to 'export {args.kind}'")
    if (args.framework is None) != (args.data is None):
        raise ValueError("--framework and --data go together")
    if args.framework is not None:
        clash = [d for d in ("year", "island_group", "province", "type") if getattr(args, d) is not None]
        if clash:
            raise ValueError(f"{_flag(clash[0])} does not apply to --framework/--data (your own units)")


def _check_static(args) -> None:
    """Every check that needs no data, done before the warehouse is opened (a typo never waits for a build)."""
    from analytics.composite import AGG_METHODS, NORMALISATIONS
    from analytics.summaries.coverage import GROUPINGS
    from analytics.domain import DEFAULT_LENS, FIRST_YEAR, INDICATOR_FIRST_YEAR, LENSES, REGION_TYPES, max_accepted_year
    from analytics.summaries import equity, indicators
    from analytics.summaries.planner import OBJECTIVES
    _choice(args.normalise, NORMALISATIONS, "normalisation")
    _choice(args.aggregate, AGG_METHODS, "aggregation")
    _choice(args.by, tuple(GROUPINGS), "grouping")
    _choice(args.table, ("ranks", "sensitivity"), "table")
    _choice(args.same, ("type", "size_class"), "peer group")
    _choice(args.objective, OBJECTIVES, "objective")
    _choice(args.only_type, REGION_TYPES, "type")
    _choice(args.type, REGION_TYPES, "type")
    _choice(args.lens, LENSES, "lens")
    if args.lens is None and args.framework is None and "lens" in ALLOWED[args.kind]:
        args.lens = DEFAULT_LENS     # the app's default lens: real data unless the evaluation is asked for
    if args.kind in ("indicators", "equity"):
        _choice(args.view, indicators.VIEWS if args.kind == "indicators" else equity.VIEWS, "view")
    first = INDICATOR_FIRST_YEAR if args.kind == "indicators" else FIRST_YEAR
    if args.year is not None and not first <= args.year <= max_accepted_year():
        # a typo check before the data is opened; the data's own last year is checked by the summaries
        raise ValueError(f"year {args.year} is out of range {first}–{max_accepted_year()}")
    if args.kind == "indicators" and args.indicator is None and (args.view or "ranking") != "catalogue":
        raise ValueError("export indicators needs --indicator CODE (or --view catalogue)")
    if args.regions is not None and (args.view or "ranking") != "trend":
        raise ValueError("--regions applies to export indicators --view trend")
    if args.kind == "indicators" and args.view == "trend" and not args.regions:
        raise ValueError("export indicators --view trend needs --regions CODE,CODE,...")
    if args.min_share is not None and not 0.0 <= args.min_share <= 1.0:
        raise ValueError(f"--min-share must be between 0 and 1 (got {args.min_share:g}); e.g. 0.67 for 4 of 6 pillars")
    if args.n is not None and args.n < 1:
        raise ValueError(f"--n must be at least 1 (got {args.n})")
    if args.n is not None and args.n > MAX_N:
        raise ValueError(f"--n must be at most {MAX_N:,} (got {args.n})")
    if args.seed is not None and not 0 <= args.seed <= MAX_SEED:
        raise ValueError(f"--seed must be between 0 and {MAX_SEED} (got {args.seed})")
    if args.k is not None and not 1 <= args.k <= MAX_K:
        raise ValueError(f"--k must be between 1 and {MAX_K} (got {args.k})")
    if args.budget is not None and args.budget < 1:
        raise ValueError(f"budget must be at least 1 (got {args.budget})")
    if args.min_per_province is not None and args.min_per_province < 0:
        raise ValueError(f"min-per-province must be 0 or more (got {args.min_per_province})")
    if args.timeline and args.year is not None:
        raise ValueError("--year does not apply with --timeline (it covers every year of the data)")
    if args.kind == "peers" and args.region is None:
        raise ValueError("export peers needs --region CODE")
    if args.kind == "plan" and args.budget is None:
        raise ValueError("export plan needs --budget K")
    if args.framework is None and args.weights is not None:
        fw = _lens_framework(args.lens)
        try:
            parse_weights(args.weights, [n for n in fw.nodes if n != fw.root])
        except ValueError as exc:        # a script from before the open default names an evaluation pillar
            other = _lens_framework("evaluation")
            if args.lens == "open" and parse_weights_or_none(args.weights, list(other.nodes)) is not None:
                raise ValueError(f"{exc} (these are the evaluation lens's nodes: add --lens evaluation)") from None
            raise
    if args.lens == "open" and args.framework is not None:
        raise ValueError("--lens does not apply to --framework/--data (your own framework)")
    if args.output is None and args.format in ("xlsx", "parquet"):
        raise ValueError(f"--format {args.format} needs --output FILE (binary output is not written to stdout)")
    if args.output is not None:                  # checked before any work: folder exists, not a FIFO/device
        safety.output_file(args.output, allow_dir=True)
    for flag in ("framework", "data"):          # regular files of bounded size: never /dev/zero or a FIFO
        if getattr(args, flag, None) is not None:
            safety.input_file(getattr(args, flag), MAX_INPUT_BYTES, f"--{flag} file")


def _choice(value: str | None, options, what: str, default=None):
    if value is None:
        return default
    if value not in options:
        raise ValueError(f"unknown {what} {value!r}; choose one of {', '.join(o for o in options if o)}")
    return value


def parse_weights_or_none(text: str, nodes: list[str]) -> dict[str, float] | None:
    """:func:`parse_weights`, or None where ``text`` does not fit ``nodes``."""
    try:
        return parse_weights(text, nodes)
    except ValueError:
        return None


def parse_weights(text: str | None, nodes: list[str]) -> dict[str, float] | None:
    """``"governance=2,economy=1"`` → {"governance": 2.0, "economy": 1.0}; checked against ``nodes``."""
    if text is None:
        return None
    out: dict[str, float] = {}
    for part in (x.strip() for x in text.split(",")):
        if not part:
            continue
        if "=" not in part:
            raise ValueError(f"--weights: {part!r} is not NODE=WEIGHT")
        node, _, w = (x.strip() for x in part.partition("="))
        if node not in nodes:
            raise ValueError(f"--weights: unknown node {node!r}; choose from {', '.join(nodes)}")
        try:
            value = float(w)
        except ValueError:
            raise ValueError(f"--weights: weight {w!r} of {node} is not a number") from None
        if not value >= 0 or value == float("inf"):
            raise ValueError(f"--weights: weight of {node} must be 0 or more (got {w})")
        out[node] = value
    if not out:
        raise ValueError("--weights is empty; give NODE=WEIGHT pairs, e.g. governance=2,economy=1")
    return out


def _settings(args, framework, default_norm: str, default_min_share: float):
    from analytics.composite import AGG_METHODS, NORMALISATIONS, IndexSettings
    norm = _choice(args.normalise, NORMALISATIONS, "normalisation", default_norm)
    agg = _choice(args.aggregate, AGG_METHODS, "aggregation", "arithmetic")
    nodes = [n for n in framework.nodes if n != framework.root]
    share = default_min_share if args.min_share is None else args.min_share
    return IndexSettings(normalisation=norm, aggregation=agg, weights=parse_weights(args.weights, nodes),
                         min_share=share)


def _lens_framework(lens):
    if lens == "open":
        from analytics.summaries.open_index import open_framework
        return open_framework()
    from analytics.summaries import tables as summaries
    return summaries.default_framework()


def _open_settings(args):
    """Index settings of the open lens: goalposts (default), the per-level completeness rule (``--min-share`` =
    the share of the 4 pillars the index needs; a pillar always needs one of its indicators)."""
    from dataclasses import replace

    from analytics.composite import AGG_METHODS
    from analytics.domain import OPEN_MIN_INDICATOR_SHARE
    from analytics.summaries import open_index as O
    norm = _choice(args.normalise, O.OPEN_NORMALISATIONS, "normalisation for the open lens", "goalposts")
    agg = _choice(args.aggregate, AGG_METHODS, "aggregation", "arithmetic")
    fw = O.open_framework()
    settings = O.open_settings(norm, agg, parse_weights(args.weights, [n for n in fw.nodes if n != fw.root]))
    if args.min_share is not None:
        settings = replace(settings, min_share={2: OPEN_MIN_INDICATOR_SHARE, 3: float(args.min_share)})
    return settings


def _open_method(settings) -> dict:
    from analytics.summaries import open_index as O
    share = settings.min_share
    return {"index": "open-statistics index (data/framework/open_index_framework.csv)",
            "normalisation": settings.normalisation + (" (goalposts of the framework file; GRDP per capita and "
                                                       "adjusted spending logged)" if settings.normalisation == "goalposts" else ""),
            "aggregation": settings.aggregation,
            "weights": settings.weights or "framework weights (equal)",
            "completeness": f"a pillar needs at least one indicator; the index {share[3]:.3f} of the "
                            f"{len(O.open_pillars())} pillars with open data",
            "as_of": "each indicator's latest value at or before the as-of year (years in the *_year columns)",
            "no_open_data": "Smart Governance, Smart Branding (no open per-region data): not scored"}


def _open_sources(ds) -> list[str]:
    cat = ds.indicators
    return ["data/reference/indicators/ (BPS, Kemendes PDTT; see data/reference/SOURCES.md)"] + [
        f"{i}: {u} ({lic})" for i, u, lic in zip(cat["indicator"], cat["source_url"], cat["licence"])]


def _filters(args, ds):
    from analytics.domain import DEFAULT_AS_OF
    from analytics.summaries.filters import Filters
    f = Filters(as_of=DEFAULT_AS_OF if args.year is None else args.year, island_group=args.island_group,
                province=args.province, type=args.type)
    f.validate(ds.regions, ds.last_year)
    return f


def _method(settings) -> dict:
    return {"normalisation": settings.normalisation, "aggregation": settings.aggregation,
            "weights": settings.weights or "framework weights (data/framework/default_framework.csv)",
            "min_share": f"{settings.min_share:.3f} (a region needs this share of pillars for an index and a rank)"}


def _sources(ds, codes=None) -> list[str]:
    """Where the numbers come from: the reference folder plus the URLs of any published scores used."""
    out = ["data/reference/SOURCES.md (regions, population, cohorts, reported figures)"]
    pub = ds.scores[ds.scores["source"] != "synthetic"]
    if codes is not None:
        pub = pub[pub["region_code"].isin(list(codes))]
    out += sorted(set(pub["source_url"].dropna().astype(str)))
    return out


# ---------------------------------------------------------------------------------------------- kinds
def _export_coverage(args, ds):
    from analytics.summaries import tables as S
    from analytics.summaries.coverage import GROUPINGS
    f = _filters(args, ds)
    by = _choice(args.by, tuple(GROUPINGS), "grouping", "province")
    if args.timeline:
        df = S.coverage_timeline_summary(ds, f, by=by)
        title = f"Programme coverage by {by}, {df['as_of'].min()}–{df['as_of'].max()}"
    else:
        df = S.coverage_summary(ds, f, by=by)
        title = f"Programme coverage by {by}, as of {f.as_of}"
    sources = _sources(ds, codes=[]) + sorted(set(df["reported_source"].dropna().astype(str)))
    meta = dict(title=title, method={"participation": "first cohort year ≤ as-of year (cumulative)",
                                     "grouping": by}, filters=f.describe(), sources=sources, synthetic=False)
    return df, meta, f.describe()


def _export_maturity(args, ds):
    from analytics.summaries import tables as S
    if args.framework is not None:
        return _files_maturity(args)
    f = _filters(args, ds)
    if args.lens == "open":
        from analytics.summaries.open_index import open_index_summary
        settings = _open_settings(args)
        df = open_index_summary(ds, f, settings)
        meta = dict(title=f"Open-statistics index, as of {f.as_of}", method=_open_method(settings),
                    filters=f.describe(), sources=_open_sources(ds), synthetic=False)
        return df, meta, {"lens": "open", **f.describe()}
    settings = _settings(args, S.default_framework(), "none", S.DEFAULT_SETTINGS.min_share)
    df = S.maturity_summary(ds, f, settings)
    meta = dict(title=f"Smart-city maturity index, as of {f.as_of}", method=_method(settings),
                filters=f.describe(), sources=_sources(ds, df["code"]))
    return df, meta, f.describe()


def _export_uncertainty(args, ds):
    from analytics.summaries import tables as S
    if args.framework is not None:
        return _files_uncertainty(args)
    f = _filters(args, ds)
    n, seed = _mc(args)
    table = _choice(args.table, ("ranks", "sensitivity"), "table", "ranks")
    if args.lens == "open":
        from analytics.summaries.open_index import open_uncertainty
        settings = _open_settings(args)
        ranks, sens = open_uncertainty(ds, f, n=n, seed=seed, settings=settings)
        df, extra = (ranks, {"sensitivity": sens}) if table == "ranks" else (sens, {"ranks": ranks})
        meta = dict(title=f"Rank uncertainty of the open-statistics index (Monte Carlo, n={n}, seed={seed}), "
                          f"as of {f.as_of}",
                    method={**_open_method(settings), "replications": n, "seed": seed,
                            "varied": "weights ±25%, normalisation, aggregation"},
                    filters=f.describe(), sources=_open_sources(ds), synthetic=False, extra_sheets=extra)
        return df, meta, {"lens": "open", **f.describe(), "table": table}
    settings = _settings(args, S.default_framework(), "none", S.DEFAULT_SETTINGS.min_share)
    ranks, sens = S.uncertainty_summary(ds, f, n=n, seed=seed, settings=settings)
    df, extra = (ranks, {"sensitivity": sens}) if table == "ranks" else (sens, {"ranks": ranks})
    meta = dict(title=f"Rank uncertainty (Monte Carlo, n={n}, seed={seed}), as of {f.as_of}",
                method={**_method(settings), "replications": n, "seed": seed,
                        "varied": "weights ±25%, normalisation, aggregation"},
                filters=f.describe(), sources=_sources(ds, ranks["code"]), synthetic=_any_synthetic(ds, f),
                extra_sheets=extra)
    return df, meta, {**f.describe(), "table": table}


def _export_peers(args, ds):
    from analytics.summaries import tables as S
    from analytics.domain import DEFAULT_AS_OF, REGION_TYPES
    if args.region is None:
        raise ValueError("export peers needs --region CODE")
    year = DEFAULT_AS_OF if args.year is None else args.year
    same = _choice(args.same, ("type", "size_class"), "peer group")
    k = 5 if args.k is None else args.k
    if args.lens == "open":
        from analytics.summaries.open_index import open_peers
        settings = _open_settings(args)
        df = open_peers(ds, args.region, as_of=year, k=k, same=same, settings=settings)
        meta = dict(title=f"Peers of {args.region} on the open-statistics index as of {year}",
                    method={**_open_method(settings), "distance": "Euclidean on min-max-normalised open pillars",
                            "k": k, "same": same or "any"},
                    filters={"as_of": year, "region": args.region}, sources=_open_sources(ds), synthetic=False)
        return df, meta, {"lens": "open", "region": args.region, "as_of": year}
    settings = _settings(args, S.default_framework(), "none", S.DEFAULT_SETTINGS.min_share)
    df = S.peers_summary(ds, args.region, as_of=year, k=k, same=same, settings=settings)
    meta = dict(title=f"Peers of {args.region} as of {year}",
                method={**_method(settings), "distance": "Euclidean on min-max-normalised pillars", "k": k,
                        "same": same or "any"},
                filters={"as_of": year, "region": args.region}, sources=_sources(ds, df["code"]),
                synthetic=_any_synthetic(ds, None))
    return df, meta, {"region": args.region, "as_of": year}


def _export_plan(args, ds):
    from analytics.summaries import tables as S
    from analytics.domain import DEFAULT_AS_OF, REGION_TYPES
    if args.budget is None:
        raise ValueError("export plan needs --budget K")
    year = DEFAULT_AS_OF if args.year is None else args.year
    exclude = [c.strip() for x in (args.exclude or []) for c in x.split(",") if c.strip()]
    df = S.plan_summary(ds, budget=args.budget, as_of=year, objective=args.objective or "population",
                        min_per_province=args.min_per_province or 0,
                        only_type=_choice(args.only_type, REGION_TYPES, "type"), exclude=exclude)
    sources = _sources(ds, codes=[]) + (_open_sources(ds)[:1] if args.objective == "need" else [])
    meta = dict(title=f"Next-cohort plan: {args.budget} new regions after {year}",
                method={"objective": args.objective or "population",
                        "min_per_province": args.min_per_province or 0,
                        "only_type": args.only_type or "any", "exclude": exclude or "none"},
                filters={"as_of": year}, sources=sources, synthetic=False)
    return df, meta, {"as_of": year, "budget": args.budget}


def _region_filters(args, ds):
    """The region filters without a year (the indicator explorer's year is the indicator's own year)."""
    from analytics.summaries.filters import Filters
    f = Filters(island_group=args.island_group, province=args.province, type=args.type)
    f.validate(ds.regions, ds.last_year)
    return f


def _export_indicators(args, ds):
    from analytics.summaries import indicators as I
    view = _choice(args.view, I.VIEWS, "view", "ranking")
    if view == "catalogue":
        df = I.catalogue(ds)
        meta = dict(title="Indicator catalogue", method={"view": view}, filters={}, sources=_open_sources(ds),
                    synthetic=False)
        return df, meta, {"view": view}
    ind = I.check_indicator(ds, args.indicator)
    f = _region_filters(args, ds)
    year = args.year if args.year is not None else I.indicator_years(ds, ind)[-1]
    if view == "trend":
        codes = [c.strip() for c in args.regions.split(",") if c.strip()]
        df = I.indicator_trend(ds, ind, codes)
        filters = {"indicator": ind, "regions": "-".join(codes)}
    else:
        func = {"ranking": I.indicator_ranking, "distribution": I.indicator_distribution,
                "province": I.indicator_by_province}[view]
        df = func(ds, ind, year, f)
        filters = {"indicator": ind, "year": year, **{k: v for k, v in f.describe().items() if k != "as_of"}}
    row = ds.indicators.set_index("indicator").loc[ind]
    meta = dict(title=f"{row['name_en']} ({ind}), {view}", method={"view": view, "unit": row["unit"],
                                                                   "caveat": row["note"] or ""},
                filters=filters, sources=[f"{row['publisher']}: {row['source_url']} ({row['licence']})"],
                synthetic=False)
    return df, meta, {"view": view, **{k: v for k, v in filters.items() if k != "regions"}}


def _export_equity(args, ds):
    from analytics.summaries import equity as E
    view = _choice(args.view, E.VIEWS, "view", "summary")
    f = _filters(args, ds)
    df = E.equity_view(ds, view, f)
    meta = dict(title=f"Does the programme reach the regions that need it? ({view}, as of {f.as_of})",
                method={"view": view, "need": "BPS Human Development Index (lowest quintile = at or below the "
                                              "national 20th percentile), poverty rate, GRDP per capita",
                        "as_of": "each indicator's latest value at or before the as-of year",
                        "concentration_index": "2 cov(participation, HDI fractional rank) / mean participation; "
                                               "< 0 concentrated among low-HDI regions"},
                filters=f.describe(), sources=_open_sources(ds)[:1] + _sources(ds, codes=[]), synthetic=False)
    return df, meta, {"view": view, **f.describe()}


def _mc(args) -> tuple[int, int]:
    n = 1000 if args.n is None else args.n
    if not 1 <= n <= MAX_N:
        raise ValueError(f"--n must be at least 1 and at most {MAX_N:,} (got {n})")
    return n, 0 if args.seed is None else args.seed


def _any_synthetic(ds, f) -> bool:
    return bool((ds.scores["source"] == "synthetic").any())


# --------------------------------------------------------------------------- the analyst's own files
def _read_files(args):
    from analytics.composite import read_framework_csv, read_long_data
    fw = read_framework_csv(args.framework)
    data = read_long_data(args.data, fw)
    return fw, data


def _files_maturity(args):
    from analytics.composite import compute_index, export_table
    fw, data = _read_files(args)
    settings = _settings(args, fw, "minmax", 0.0)
    df = export_table(compute_index(data, fw, settings)).reset_index()
    meta = dict(title=f"Composite index of {Path(args.data).name}", method=_method(settings),
                filters={"framework": args.framework, "data": args.data},
                sources=[args.framework, args.data], synthetic=False)
    return df, meta, {"data": Path(args.data).stem}


def _files_uncertainty(args):
    from analytics.composite import run_uncertainty
    fw, data = _read_files(args)
    settings = _settings(args, fw, "minmax", 0.0)
    n, seed = _mc(args)
    res = run_uncertainty(data, fw, n=n, seed=seed, nominal=settings)
    order = list(reversed(fw.aggregation_order))
    ranks = res.nominal.aggregated[order].copy()
    ranks["nominal_rank"] = res.ranks["nominal"].astype("Int64")
    ranks["median_rank"] = res.ranks["median"].astype(float)
    ranks["p05_rank"] = res.ranks["p05"].astype(float)
    ranks["p95_rank"] = res.ranks["p95"].astype(float)
    ranks.index.name = "unit"
    key = ranks["nominal_rank"].astype("Float64").fillna(float("inf")).to_numpy(dtype=float)
    ranks = ranks.iloc[key.argsort(kind="stable")].reset_index()
    sens = res.sensitivity.reset_index()
    table = _choice(args.table, ("ranks", "sensitivity"), "table", "ranks")
    df, extra = (ranks, {"sensitivity": sens}) if table == "ranks" else (sens, {"ranks": ranks})
    meta = dict(title=f"Rank uncertainty of {Path(args.data).name} (n={n}, seed={seed})",
                method={**_method(settings), "replications": n, "seed": seed},
                filters={"framework": args.framework, "data": args.data},
                sources=[args.framework, args.data], synthetic=False, extra_sheets=extra)
    return df, meta, {"data": Path(args.data).stem, "table": table}


# ---------------------------------------------------------------------------------------------- run
_KIND_FUNCS = {"coverage": _export_coverage, "maturity": _export_maturity, "uncertainty": _export_uncertainty,
               "peers": _export_peers, "plan": _export_plan, "indicators": _export_indicators,
               "equity": _export_equity}


def _current_dataset(path: Path):
    """The default database's tables, read on one connection, when it needs nothing: no interrupted import or
    rollback to settle, and built from the current inputs and code (the stored fingerprint, read on that same
    connection, is the current one, so the build's contract check holds and :func:`dataset.load` need not check
    again). ``None`` otherwise, or when reading fails in any way: :func:`build.ensure_built` then inspects the
    file (repairs, rebuilds, or says what is wrong). This skips ensure_built's own opening of the file, ≈ 0.13 s
    of a 1.4 s export (bench/bench_cli.py). Every table is read in full, so a file damaged where the data lies
    fails here and takes the slow path."""
    from analytics.warehouse import build
    from analytics.warehouse import dataset
    if not path.exists() or build.interrupted(path):
        return None
    try:
        ds = dataset.load(path, validate=False)
    except Exception:  # noqa: BLE001 - whatever it is, the inspecting path handles it or reports it
        return None
    return ds if ds.build_info.get("fingerprint") == build.current_fingerprint() else None


def _dataset(db: str | None):
    from analytics import paths
    from analytics.warehouse import build
    from analytics.warehouse import dataset
    path = Path(db) if db else paths.db_path()
    if db and not path.exists():
        raise FileNotFoundError(f"database {safety.printable(path)} not found")
    if not db:
        if (ds := _current_dataset(path)) is not None:
            return ds
        build.ensure_built(path)
        try:
            return dataset.load(path)
        except Exception as exc:  # noqa: BLE001 - a damaged block only a read reaches: repair, read again
            import duckdb
            if not isinstance(exc, duckdb.Error) or isinstance(exc, duckdb.CatalogException):
                raise
            if build.repair(path).set_aside is None:
                raise
            return dataset.load(path)
    else:
        state = build.inspect(path)             # a foreign or damaged --db is one line, not a DuckDB traceback
        if state.status in ("foreign", "damaged"):
            raise ValueError(f"--db {safety.printable(path)} is not a readable Kota Cerdas database "
                             f"({safety.printable(state.reason, 120)})")
        if state.status == "old":
            raise ValueError(f"--db {safety.printable(path)} was built by an older version; rebuild it with "
                             f"python -m analytics build --db {safety.printable(path)}")
    return dataset.load(path)


def run(args) -> int:
    from analytics.io.exports import export_bytes, export_filename
    _check_options(args)
    _check_static(args)
    ds = None if args.framework is not None else _dataset(args.db)
    df, meta, name_parts = _KIND_FUNCS[args.kind](args, ds)
    payload = export_bytes(df, args.format, **meta)
    if args.output is None:
        sys.stdout.buffer.write(payload)
        sys.stdout.flush()
        return 0
    out = Path(args.output)
    if out.is_dir():
        out = out / export_filename(args.kind, args.format, name_parts)
    safety.write_output(out, payload)
    print(f"wrote {len(df)} rows to {safety.printable(out)}", file=sys.stderr)
    return 0
