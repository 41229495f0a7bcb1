"""``python -m analytics map [options]``: the Map page's report map as a PNG (or its values as CSV), offline.

The same picture as the page's "Download map (PNG)" for the same measure, year, filters and language
(``ui/map_print.py`` draws both; the words come from the page's message catalogue). ``--small-multiples`` draws
one panel per year; ``--csv`` writes the values the map shows (the page's table). Bad input exits with code 2
and a one-line ``error: ...`` on stderr. See docs/CLI.md.
"""

from __future__ import annotations

import argparse
import sys
import types
from pathlib import Path

EXAMPLES = """\
examples:
  python -m analytics map                                   # the default measure, as of the default year
  python -m analytics map --measure participation --year 2019 --island-group Jawa --output jawa-2019.png
  python -m analytics map --province 35 --highlight 35.10 --lang id
  python -m analytics map --provinces --measure participation --year 2021
  python -m analytics map --small-multiples --output cohorts.png
  python -m analytics map --csv --year 2023 --province 73     # the values, not the picture
  python -m analytics map --list-measures

exit codes: 0 ok; 2 bad input (one-line "error: ..." on stderr).
"""


def _one_line_error(self, message: str):
    self.exit(2, f"error: {message.strip().splitlines()[0]}\n")


def register(subparsers) -> argparse.ArgumentParser:
    from analytics.domain import DEFAULT_AS_OF, FIRST_YEAR
    p = subparsers.add_parser(
        "map", help="draw the Map page's map as a PNG for a report (or write its values as CSV)",
        description="Draw every kabupaten/kota (or the 38 provinces) coloured by a measure as of a year, at "
                    "print resolution with title, legend, source and boundary attribution. Offline.",
        epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.error = types.MethodType(_one_line_error, p)
    original = p.parse_known_args

    def parse_known_args(args=None, namespace=None):       # unknown options: this parser's one-line error
        ns, extras = original(args, namespace)
        if extras:
            p.error(f"unrecognized arguments: {' '.join(extras)}")
        return ns, []

    p.parse_known_args = parse_known_args
    p.add_argument("--measure", default=None, metavar="ID",
                   help="what to colour by (default: the first real measure; see --list-measures)")
    p.add_argument("--year", type=int, default=None, metavar="YEAR",
                   help=f"as-of year from {FIRST_YEAR} to the latest year in the data (default {DEFAULT_AS_OF})")
    p.add_argument("--island-group", default=None, metavar="NAME",
                   help="Sumatera, Jawa, Bali–Nusa Tenggara, Kalimantan, Sulawesi, Maluku or Papua")
    p.add_argument("--province", default=None, metavar="CODE", help="province code, e.g. 35")
    p.add_argument("--type", default=None, metavar="TYPE", help="kabupaten or kota")
    p.add_argument("--provinces", action="store_true", help="colour the 38 provinces (aggregated from their "
                                                            "kab/kota) instead of the kab/kota")
    p.add_argument("--highlight", default=None, metavar="CODE",
                   help="outline one kab/kota (a code like 35.10, or a name: Banyuwangi)")
    p.add_argument("--lang", default="en", choices=("en", "id"), help="language of the words (default en)")
    p.add_argument("--small-multiples", action="store_true", help="one panel per year, first cohort to latest")
    p.add_argument("--width", type=int, default=2700, metavar="PX", help="image width in pixels (at least 2400)")
    p.add_argument("--csv", action="store_true", help="write the values the map shows as CSV instead")
    p.add_argument("--output", "-o", default=None, metavar="FILE",
                   help="file to write (a directory: a dated file name inside it); default: a dated file in the "
                        "current folder (PNG) or stdout (CSV)")
    p.add_argument("--db", default=None, metavar="FILE",
                   help="warehouse file (default data/smartcity.duckdb or $KOTA_CERDAS_DB)")
    p.add_argument("--list-measures", action="store_true", help="list the measures and exit")
    p.set_defaults(func=run)
    return p


def _dataset(db: str | None):
    from analytics import paths
    from analytics.warehouse import build, dataset
    path = Path(db) if db else paths.db_path()
    if db and not path.exists():
        raise FileNotFoundError(f"database {path} not found")
    if not db:
        build.ensure_built(path)
    return dataset.load(path), path


def _check_static(args) -> None:
    from analytics.domain import FIRST_YEAR, REGION_TYPES, max_accepted_year
    from viz.print_map import MIN_WIDTH_PX
    if args.year is not None and not FIRST_YEAR <= args.year <= max_accepted_year():
        raise ValueError(f"year {args.year} is out of range {FIRST_YEAR}–{max_accepted_year()}")
    if args.type is not None and args.type not in REGION_TYPES:
        raise ValueError(f"unknown type {args.type!r}; use {' or '.join(REGION_TYPES)}")
    if args.width < MIN_WIDTH_PX or args.width > 12000:
        raise ValueError(f"--width must be between {MIN_WIDTH_PX} and 12000 pixels (got {args.width})")
    if args.csv and args.small_multiples:
        raise ValueError("--csv and --small-multiples do not go together")
    if args.output is not None:                  # checked before any work: folder exists, not a FIFO/device
        from analytics.cli import safety
        safety.output_file(args.output, allow_dir=True)


def _highlight(ds, value: str | None) -> str | None:
    if not value:
        return None
    from analytics.summaries import geo_layers
    if value in set(ds.regions["code"]):
        return value
    hits = geo_layers.find_regions(ds.regions, value)
    if hits.empty:
        raise ValueError(f"--highlight {value!r} matches no kabupaten or kota")
    if len(hits) > 1 and hits["score"].iloc[0] == hits["score"].iloc[1]:
        names = ", ".join(f"{c} ({n})" for c, n in zip(hits["code"][:4], hits["name"][:4]))
        raise ValueError(f"--highlight {value!r} matches several regions: {names}; give a code")
    return str(hits["code"].iloc[0])


def run(args) -> int:
    from analytics.domain import DEFAULT_AS_OF
    from analytics.io.exports import export_filename, to_csv_bytes
    from analytics.summaries import map_measures as mm
    from analytics.summaries.filters import Filters
    _check_static(args)
    ds, db = _dataset(args.db)
    if args.list_measures:
        from ui import map_text
        for i in mm.measure_ids(ds):
            m = mm.get(ds, i)
            title = map_text.measure_title(m, args.lang)
            flag = " (illustrative)" if m.illustrative and "illustrative" not in title else ""
            print(f"{i}\t{title}{flag}")
        return 0
    from ui import map_print, map_text
    measure = args.measure or mm.default_measure(ds)
    mm.get(ds, measure)                                    # unknown → one line listing the choices
    f = Filters(as_of=args.year if args.year is not None else DEFAULT_AS_OF, island_group=args.island_group,
                province=args.province, type=args.type)
    f.validate(ds.regions, ds.last_year)
    stem = f"map-{measure.replace(':', '-')}"
    if args.csv:
        result = mm.measure_values(ds, measure, f.as_of, f)
        if args.provinces:
            result = mm.province_values(ds, result)
        from analytics.summaries.indicators import publisher_names
        data = to_csv_bytes(map_text.table(result, args.lang, publisher_names(ds, args.lang)))
        return _write(data, args.output, export_filename(stem, "csv", f.describe()), stdout=True)
    if args.small_multiples:
        png = map_print.small_multiples_png(ds, measure, f, args.lang, provinces=args.provinces, width_px=args.width,
                                            db=db)
        name = export_filename(f"{stem}-years", "png", {k: v for k, v in f.describe().items() if k != "as_of"})
    else:
        png = map_print.map_png(ds, measure, f, args.lang, provinces=args.provinces,
                                highlight=_highlight(ds, args.highlight), width_px=args.width, db=db)
        name = export_filename(f"{stem}-{f.as_of}", "png", f.describe())
    return _write(png, args.output, name, stdout=False)


def _write(data: bytes, output: str | None, name: str, *, stdout: bool) -> int:
    if output is None and stdout:
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return 0
    from analytics.cli import safety
    out = Path(output) if output else Path.cwd() / name
    if out.is_dir():
        out = out / name
    out = safety.write_output(out, data)          # through a temporary file renamed into place
    print(f"wrote {safety.printable(out)} ({len(data) / 1024:,.0f} kB)", file=sys.stderr)
    return 0
