"""``python -m analytics import FILE`` and ``python -m analytics imports {list,rollback,template}``.

- ``import FILE [--by NAME] [--dry-run] [--db DB]``: validate the whole file; if valid, record it as a batch and
  rebuild the warehouse (one atomic step). With ``--dry-run`` only validate. On rejection each problem is
  printed on its own line (``error: FILE: row 7, column region_code: ...``; the first 100, then a count) and the
  exit code is 2. FILE must be a regular file of at most 5 MB (a FIFO or a device is refused, not read).
- ``imports list [--format table|csv|json]``: every batch, newest first (an interrupted import or rollback is
  settled first). CSV cells that a spreadsheet would run as a formula are neutralised.
- ``imports rollback BATCH_ID [--by NAME] [--db DB]``: mark the batch rolled back and rebuild.
- ``imports template {scores,participation,xlsx} [--output FILE]``: the expected columns and an example row.

See docs/IMPORT.md.
"""

from __future__ import annotations

import getpass
import sys
from pathlib import Path

from analytics.cli.safety import printable, read_capped, write_output

MAX_PRINTED = 100          # problems printed one per line; the rest are counted


def _user(name: str | None) -> str:
    if name:
        return name
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name in some containers
        return "unknown"


def _print_rejection(file_name: str, problems) -> int:
    name = printable(file_name, 200)
    for p in problems[:MAX_PRINTED]:
        print(f"error: {name}: {printable(p)}", file=sys.stderr)
    n = len(problems)
    if n > MAX_PRINTED:
        print(f"error: {name}: … and {n - MAX_PRINTED:,} more problems (the first {MAX_PRINTED} are shown)",
              file=sys.stderr)
    print(f"error: {name}: rejected, {n:,} problem{'s' if n != 1 else ''}; nothing was imported", file=sys.stderr)
    return 2


def _cmd_import(args) -> int:
    from analytics.io import imports
    path = Path(args.file)
    data = read_capped(path, imports.MAX_BYTES, "import file")   # regular file, at most 5 MB: never blocks
    name = printable(path.name, 200)
    if args.dry_run:
        v = imports.validate(data, path.name)
        if not v.ok:
            return _print_rejection(path.name, v.problems)
        print(f"{name}: valid, {v.score_rows} score rows and {v.cohort_rows} participation rows "
              f"(dry run: nothing was imported)")
        _print_notes(path.name, v.notes)
        return 0
    try:
        batch = imports.commit(data, path.name, by=_user(args.by), db=args.db)
    except imports.ImportRejected as exc:
        return _print_rejection(path.name, exc.problems)
    except imports.BatchError as exc:
        print(f"error: {printable(exc)}", file=sys.stderr)
        return 2
    print(f"imported {name} as batch {batch.batch_id}: {batch.score_rows} score rows, "
          f"{batch.cohort_rows} participation rows (source '{batch.source}')")
    _print_notes(path.name, batch.notes)
    return 0


def _print_notes(file_name: str, notes) -> None:
    name = printable(file_name, 200)
    for n in notes[:MAX_PRINTED]:
        print(f"note: {name}: {printable(n)}")
    if len(notes) > MAX_PRINTED:
        print(f"note: {name}: … and {len(notes) - MAX_PRINTED:,} more notes")


def _cmd_list(args) -> int:
    from analytics.io import imports
    from analytics.io.exports import to_csv_bytes
    for line in imports.recover():
        print(f"note: {printable(line)}", file=sys.stderr)
    df = imports.history_frame()
    if args.format == "csv":
        sys.stdout.flush()
        sys.stdout.buffer.write(to_csv_bytes(df))          # formula cells neutralised (=HYPERLINK(...) …)
        sys.stdout.flush()
    elif args.format == "json":
        sys.stdout.write(df.to_json(orient="records", indent=2) + "\n")
    elif df.empty:
        print("no import batches")
    else:
        show = df.assign(sha256=df["sha256"].str[:12])[
            ["batch_id", "status", "imported_at", "imported_by", "score_rows", "cohort_rows", "sha256", "file_name"]]
        for c in ("imported_by", "file_name"):             # names as written, without terminal control codes
            show[c] = show[c].map(lambda v: printable(v, 60))
        print(show.to_string(index=False))
    return 0


def _cmd_rollback(args) -> int:
    from analytics.io import imports
    try:
        batch = imports.rollback(args.batch_id, by=_user(args.by), db=args.db)
    except imports.BatchError as exc:
        print(f"error: {printable(exc)}", file=sys.stderr)
        return 2
    print(f"rolled back batch {printable(batch.batch_id)} ({printable(batch.file_name, 200)}); the database was "
          f"rebuilt without it")
    return 0


def _cmd_template(args) -> int:
    from analytics.io import imports
    data = imports.template_xlsx() if args.kind == "xlsx" else imports.template_csv(args.kind)
    if args.output:
        out = write_output(args.output, data)
        print(f"wrote {printable(out)}")
    elif args.kind == "xlsx":
        print("error: an XLSX template needs --output FILE", file=sys.stderr)
        return 2
    else:
        sys.stdout.write(data.decode("utf-8"))
    return 0


def register(sub) -> None:
    i = sub.add_parser("import", help="import evaluation results (CSV or XLSX) as a batch; see docs/IMPORT.md",
                       description="Validate the whole file; if valid, record it as a batch and rebuild the "
                                   "warehouse. Exit code 2 and one line per problem on rejection.")
    i.add_argument("file", help="a .csv or .xlsx file (templates: python -m analytics imports template)")
    i.add_argument("--by", default=None, help="who imports (default: the login name)")
    i.add_argument("--dry-run", action="store_true", help="only validate; write nothing")
    i.add_argument("--db", default=None, help="database file (default: data/smartcity.duckdb)")
    i.set_defaults(func=_cmd_import)

    m = sub.add_parser("imports", help="list, roll back, or get a template for import batches")
    msub = m.add_subparsers(dest="imports_command", required=True)
    ls = msub.add_parser("list", help="every batch, newest first")
    ls.add_argument("--format", choices=("table", "csv", "json"), default="table")
    ls.set_defaults(func=_cmd_list)
    rb = msub.add_parser("rollback", help="mark a batch rolled back and rebuild the warehouse")
    rb.add_argument("batch_id")
    rb.add_argument("--by", default=None, help="who rolls back (default: the login name)")
    rb.add_argument("--db", default=None, help="database file (default: data/smartcity.duckdb)")
    rb.set_defaults(func=_cmd_rollback)
    tp = msub.add_parser("template", help="write an import template")
    tp.add_argument("kind", choices=("scores", "participation", "xlsx"))
    tp.add_argument("--output", "-o", default=None, help="file to write (default: standard output; CSV only)")
    tp.set_defaults(func=_cmd_template)
