"""Command line: ``python -m analytics {build,export,import,imports,map,deck} ...``.

Never a traceback: bad input (and an unusable path, a foreign or damaged ``--db``, a file too large) is one
``error: …`` line on stderr and exit code 2; anything unexpected is one ``error: internal error …`` line and exit
code 1 (``KOTA_CERDAS_DEBUG=1`` shows the traceback). Paths and values in messages are escaped
(:mod:`analytics.cli.safety`)."""

from __future__ import annotations

import argparse
import os
import sys

from analytics.cli.safety import CliError, one_line, printable
from analytics.warehouse.spec import DataContractError

MAX_SEED = 2**31 - 1                 # build_info.synthetic_seed is a DuckDB INTEGER


class OneLineParser(argparse.ArgumentParser):
    """argparse, with its usage errors as one ``error: …`` line (exit code 2) like every other error."""

    def error(self, message: str):
        self.exit(2, f"error: {printable(message.strip().splitlines()[0] if message.strip() else message)}\n")


def _seed(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"--seed must be a whole number (got {printable(text, 40)})") from None
    if not 0 <= value <= MAX_SEED:
        raise argparse.ArgumentTypeError(f"--seed must be between 0 and {MAX_SEED} (got {printable(text, 40)})")
    return value


def _cmd_build(args) -> int:
    from analytics.warehouse.build import build
    report = build(args.db, seed=args.seed, replace_foreign=args.db is None)
    for line in report.recovered:
        print(f"note: {line}", file=sys.stderr)
    if report.set_aside is not None:
        print(f"note: the database could not be read; it was kept as {printable(report.set_aside)} and "
              f"rebuilt", file=sys.stderr)
    print(f"built {printable(report.path)} in {report.seconds:.2f} s: "
          + ", ".join(f"{k}={v}" for k, v in report.rows.items()))
    return 0


def build_parser() -> argparse.ArgumentParser:
    from analytics.warehouse.synthetic import DEFAULT_SEED
    p = OneLineParser(prog="python -m analytics", description="Kota Cerdas data and analytics.")
    sub = p.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="build data/smartcity.duckdb from data/ (atomic; checks the data contract)")
    b.add_argument("--db", default=None, help="database file (default: data/smartcity.duckdb); its folder must "
                                              "exist, and an existing file must be a DuckDB database")
    b.add_argument("--seed", type=_seed, default=DEFAULT_SEED, help=f"seed of the synthetic demo scores (0–{MAX_SEED})")
    b.set_defaults(func=_cmd_build)
    # further subcommands live in their own modules, each with register(subparsers)
    from analytics.cli import deck, export, imports
    from analytics.cli import map as map_cli
    export.register(sub)
    imports.register(sub)
    map_cli.register(sub)
    deck.register(sub)
    return p


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except BrokenPipeError:                       # `... | head`: the reader left; say nothing more
        try:
            sys.stdout = open(os.devnull, "w")
        except OSError:
            pass
        return 1
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        return 130
    except (CliError, DataContractError, ValueError, KeyError, OSError, MemoryError) as exc:
        print(f"error: {one_line(exc) if not isinstance(exc, MemoryError) else 'not enough memory'}",
              file=sys.stderr)
        return 2
    except Exception as exc:  # noqa: BLE001 - the CLI never shows a traceback unless asked to
        import duckdb
        if isinstance(exc, duckdb.Error):
            print(f"error: the database cannot be read: {one_line(exc)}", file=sys.stderr)
            return 2
        if os.environ.get("KOTA_CERDAS_DEBUG"):
            raise
        print(f"error: internal error ({type(exc).__name__}): {one_line(exc)} "
              f"(set KOTA_CERDAS_DEBUG=1 to see where)", file=sys.stderr)
        return 1
