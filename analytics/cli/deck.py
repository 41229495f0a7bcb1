"""``python -m analytics deck [options]``: the presenter's slides as a PDF, offline — one 16:9 page per slide
(headline with its numbers, one figure, source line), the same deck as presenter mode's "Slides (PDF)" button
(``ui/slide_content.py`` writes the words, ``viz/deck_pdf.py`` draws; neither imports Streamlit). See docs/CLI.md.
"""

from __future__ import annotations

import argparse
from pathlib import Path

EXAMPLES = """\
examples:
  python -m analytics deck -o deck.pdf                       # every slide, standard order, English
  python -m analytics deck --slides map,overview,equity --lang id -o talk.pdf
  python -m analytics deck --year 2021 --region 35.78 -o surabaya.pdf

exit codes: 0 ok; 2 bad input (one-line "error: ..." on stderr).
"""


def register(subparsers) -> argparse.ArgumentParser:
    from analytics.domain import DEFAULT_AS_OF
    p = subparsers.add_parser(
        "deck", help="write the presenter's slides as a PDF (one 16:9 page per slide)",
        description="The slides of presenter mode as a PDF: headline, figure and source line per slide. Offline.",
        epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--output", "-o", default="kota-cerdas-slides.pdf", metavar="FILE", help="PDF file to write")
    p.add_argument("--slides", default=None, metavar="CODES",
                   help="comma-separated slide codes in order: overview, equity, map, pillars, ascn, region "
                        "(default: all)")
    p.add_argument("--lang", default="en", choices=("en", "id"), help="language (default en)")
    p.add_argument("--year", type=int, default=DEFAULT_AS_OF, metavar="YEAR", help=f"as-of year (default {DEFAULT_AS_OF})")
    p.add_argument("--region", default="73.71", metavar="CODE", help="the region slide's kab/kota (default 73.71)")
    p.add_argument("--db", default=None, metavar="FILE",
                   help="warehouse file (default data/smartcity.duckdb or $KOTA_CERDAS_DB)")
    p.set_defaults(func=run)
    return p


def run(args) -> int:
    import sys

    from analytics.cli import safety
    from analytics.cli.map import _dataset
    from analytics.domain import check_year
    from analytics.summaries.filters import Filters
    from ui import map_print, slide_content
    from viz import deck_pdf

    codes, unknown = slide_content.parse_codes(args.slides)
    if unknown:
        raise ValueError(f"unknown slide code(s): {', '.join(unknown)} (codes: {', '.join(slide_content.CODES)})")
    out = safety.output_file(args.output)
    ds, db = _dataset(args.db)
    check_year(args.year, ds.last_year)
    if args.region not in set(ds.regions["code"]):
        raise ValueError(f"--region {args.region}: no kab/kota with that code")
    f = Filters(as_of=args.year)
    slides = slide_content.build_deck(codes, ds, f, args.lang, region=args.region,
                                      map_png=lambda d, m, ff, lg: map_print.map_png(d, m, ff, lg, width_px=2400,
                                                                                      db=db, footer=False))
    numbering = slide_content.text("slides.numbering", args.lang, k="{k}", n="{n}")
    path = safety.write_output(Path(out), deck_pdf.deck_pdf(slides, numbering=numbering))
    print(f"wrote {len(slides)} slide(s) to {safety.printable(path)}",
          file=sys.stderr)
    return 0
