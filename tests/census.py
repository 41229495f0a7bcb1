"""The test census: how many tests there are and how many check behaviour against an independent oracle.

    .venv/bin/python -m tests.census                 # the table (collects the whole suite, runs nothing)
    .venv/bin/python -m tests.census --json          # the same as JSON
    .venv/bin/python -m tests.census --list smoke    # the tests of one kind (or: unclassified)
    .venv/bin/python -m tests.census -- tests/pages  # extra pytest arguments after --

The kinds and the rule are in tests/evidence.py. A test is one collected item (each parametrized case counts,
as pytest counts it); the table also shows how many distinct test functions there are. The end-to-end tests
are collected even without Chromium (they would be skipped when run).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.evidence import KINDS, ORACLE_KINDS, stale_entries  # noqa: E402


class _Collector:
    def __init__(self) -> None:
        self.items: list[tuple[str, str, str, str]] = []      # (nodeid, module, function, kind)

    def pytest_collection_finish(self, session) -> None:
        for item in session.items:
            marker = item.get_closest_marker("evidence")
            kind = marker.args[0] if marker else "unclassified"
            module = item.path.resolve().relative_to(REPO).as_posix()
            self.items.append((item.nodeid, module, getattr(item, "originalname", item.name), kind))


def collect(pytest_args: list[str]) -> list[tuple[str, str, str, str]]:
    collector = _Collector()
    with contextlib.redirect_stdout(io.StringIO()) as out:
        code = pytest.main(["--collect-only", "-qq", "-p", "no:randomly", "-p", "no:xdist", *pytest_args],
                           plugins=[collector])
    if code not in (0, 5):
        print(out.getvalue()[-3000:], file=sys.stderr)
    if code not in (0, 5):     # 5: nothing collected
        raise SystemExit(f"collection failed (pytest exit code {code})")
    return collector.items


def summary(items) -> dict:
    kinds = Counter(kind for *_, kind in items)
    functions = {kind: len({(m, f) for _, m, f, k in items if k == kind}) for kind in kinds}
    by_area: dict[str, Counter] = defaultdict(Counter)
    for _, module, _, kind in items:
        by_area[module.split("/")[1] if module.count("/") > 1 else "tests"][kind] += 1
    total = len(items)
    oracle = sum(kinds[k] for k in ORACLE_KINDS)
    strict = oracle - kinds["property"]
    modules = defaultdict(set)
    for _, module, function, _ in items:
        modules[module].add(function)
    return {
        "tests": total,
        "test_functions": len({(m, f) for _, m, f, _ in items}),
        "by_kind": {k: kinds.get(k, 0) for k in (*KINDS, "unclassified") if kinds.get(k, 0) or k in KINDS},
        "functions_by_kind": {k: functions.get(k, 0) for k in (*KINDS, "unclassified") if functions.get(k, 0)},
        "independent_oracle": oracle,
        "independent_oracle_share": round(oracle / total, 3) if total else None,
        "without_properties": strict,
        "without_properties_share": round(strict / total, 3) if total else None,
        "by_area": {area: dict(c) for area, c in sorted(by_area.items())},
        "stale_table_entries": stale_entries(modules),
    }


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--list", metavar="KIND", help="list the tests of one kind (or 'unclassified')")
    ap.add_argument("pytest_args", nargs="*")
    args = ap.parse_args(argv)
    items = collect(args.pytest_args)
    if args.list:
        for nodeid, *_, kind in items:
            if kind == args.list:
                print(nodeid)
        return
    s = summary(items)
    if args.json:
        print(json.dumps(s, indent=1))
        return
    print(f"\n{s['tests']} tests ({s['test_functions']} test functions)")
    for kind, n in s["by_kind"].items():
        tag = "independent oracle" if kind in ORACLE_KINDS else ""
        print(f"  {kind:<13} {n:>5}  {100 * n / s['tests']:5.1f} %  {tag}")
    fn = s["functions_by_kind"]
    fn_oracle = sum(fn.get(k, 0) for k in ORACLE_KINDS)
    print(f"independent oracle: {s['independent_oracle']} of {s['tests']} = "
          f"{100 * s['independent_oracle_share']:.1f} % "
          f"(without the property tests: {100 * s['without_properties_share']:.1f} %); "
          f"by test function: {fn_oracle} of {s['test_functions']} = {100 * fn_oracle / s['test_functions']:.1f} %")
    for area, counts in s["by_area"].items():
        n = sum(counts.values())
        o = sum(counts.get(k, 0) for k in ORACLE_KINDS)
        print(f"  {area:<10} {n:>4} tests, {o:>4} independent ({100 * o / n:.0f} %)")
    if s["stale_table_entries"]:
        print("tests/evidence.py names tests that no longer exist:", *s["stale_table_entries"], sep="\n  ")
    if "unclassified" in s["by_kind"]:
        print("unclassified tests (add them to tests/evidence.py):  python -m tests.census --list unclassified")


if __name__ == "__main__":
    main()
