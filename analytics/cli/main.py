"""Command line: ``python -m analytics {build,export,import,map} ...``."""

from __future__ import annotations

import argparse
import sys

from analytics.warehouse.spec import DataContractError


def _cmd_build(args) -> int:
    from analytics.warehouse.build import build
    report = build(args.db, seed=args.seed)
    print(f"built {report.path} in {report.seconds:.2f} s: "
          + ", ".join(f"{k}={v}" for k, v in report.rows.items()))
    return 0


def build_parser() -> argparse.ArgumentParser:
    from analytics.warehouse.synthetic import DEFAULT_SEED
    p = argparse.ArgumentParser(prog="python -m analytics", description="Kota Cerdas data and analytics.")
    sub = p.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="build data/smartcity.duckdb from data/ (atomic; checks the data contract)")
    b.add_argument("--db", default=None, help="database file (default: data/smartcity.duckdb)")
    b.add_argument("--seed", type=int, default=DEFAULT_SEED, help="seed of the synthetic demo scores")
    b.set_defaults(func=_cmd_build)
    # further subcommands live in their own modules, each with register(subparsers)
    from analytics.cli import export, imports
    from analytics.cli import map as map_cli
    export.register(sub)
    imports.register(sub)
    map_cli.register(sub)
    return p


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except (DataContractError, ValueError, KeyError, FileNotFoundError) as exc:
        msg = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        print(f"error: {msg}", file=sys.stderr)
        return 2
