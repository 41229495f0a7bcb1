"""Project hygiene the issue asked to keep: every pinned dependency is used, exactly pinned; CI runs the suite
in random order on two workers and prints the seed; no test measures time or sleeps; Hypothesis never gets a
deadline. One test per rule; each lists every problem."""

from __future__ import annotations

import ast
import re

from tests.conftest import REPO

CODE = sorted([*REPO.glob("analytics/**/*.py"), *REPO.glob("ui/**/*.py"), *REPO.glob("viz/**/*.py"),
               *REPO.glob("pages/*.py"), REPO / "app.py", *REPO.glob("bench/*.py"), *REPO.glob("scripts/*.py")])
TESTS = sorted(REPO.glob("tests/**/test_*.py"))

# pinned but not imported by our code, with the reason; the lint asks to drop an entry once it is imported
NOT_IMPORTED: dict[str, str] = {
    "pyogrio": "geopandas' file engine (used through geopandas)",
    "pyproj": "geopandas' coordinate systems (used through geopandas); bench/bench_libraries.py compares it",
    "matplotlib": "geopandas' drawing backend for the printable maps",
}
PERMANENT = {"pyogrio", "pyproj", "matplotlib"}       # used through geopandas even once it is imported
IMPORT_NAME = {"pyyaml": "yaml", "pillow": "PIL"}     # requirement name → module name where they differ

# test modules still waiting on time, with the reason; the lint asks to drop an entry once it is clean
TIME_WAITS_KNOWN: dict[str, str] = {}


def _requirements(name: str) -> list[tuple[str, str]]:
    out = []
    for line in (REPO / name).read_text().splitlines():
        line = line.split("#")[0].strip()
        if line and not line.startswith("-r"):
            out.append((re.split(r"[=<>!~ ;\[]", line, maxsplit=1)[0].lower(), line))
    return out


def _imported_tops(paths) -> set[str]:
    out = set()
    for path in paths:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                out |= {a.name.split(".")[0].lower() for a in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                out.add(node.module.split(".")[0].lower())
    return out


def test_every_pinned_dependency_is_pinned_exactly_and_imported():
    problems = [f"{file}: {line!r} is not pinned exactly (==)" for file in ("requirements.txt", "requirements-dev.txt")
                for _, line in _requirements(file) if "==" not in line]
    imported = _imported_tops(CODE)
    for name, _ in _requirements("requirements.txt"):
        module = IMPORT_NAME.get(name, name)
        if module not in imported and name not in NOT_IMPORTED:
            problems.append(f"requirements.txt pins {name}, which no module imports (use it or remove it)")
        if module in imported and name in NOT_IMPORTED and name not in PERMANENT:
            problems.append(f"{name} is imported now: drop it from NOT_IMPORTED")
    assert not problems, "\n".join(problems)


def test_ci_runs_the_suite_in_random_order_on_two_workers():
    ci = (REPO / ".ci" / "run").read_text()
    script = (REPO / "scripts" / "test.sh").read_text()
    run = [line for line in script.splitlines() if re.match(r"\s*exec .*pytest", line)]
    assert "scripts/test.sh" in ci, ".ci/run does not run scripts/test.sh"
    assert run, "scripts/test.sh does not run pytest"
    assert "--randomly-seed" in run[-1] and "-p randomly" in run[-1], run[-1]
    assert re.search(r"-n \"?\$\{?WORKERS", run[-1]) and 'WORKERS="${PYTEST_WORKERS:-2}"' in script
    assert re.search(r"echo .*seed", script), "the seed is not printed"
    ini = (REPO / "pytest.ini").read_text()
    assert "no:randomly" not in ini, "pytest.ini turns random order off"


def test_no_test_measures_time_or_sleeps():
    """Timings belong in bench/ (printed, never asserted); waits are on observable state, never on time."""
    banned = {("time", "perf_counter"), ("time", "time"), ("time", "monotonic"), ("time", "sleep"),
              ("time", "process_time")}
    problems, clean = [], set()
    for path in TESTS:
        rel = path.relative_to(REPO).as_posix()
        found = []
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and \
                    (node.value.id, node.attr) in banned:
                found.append(f"{rel}:{node.lineno} time.{node.attr}")
            if isinstance(node, ast.Attribute) and node.attr == "wait_for_timeout":
                found.append(f"{rel}:{node.lineno} wait_for_timeout")
        if not found:
            clean.add(rel)
        elif rel not in TIME_WAITS_KNOWN:
            problems += found
    problems += [f"{rel} is clean now: drop it from TIME_WAITS_KNOWN" for rel in TIME_WAITS_KNOWN if rel in clean]
    assert not problems, "\n".join(problems)


def test_hypothesis_never_gets_a_deadline():
    problems = []
    for path in TESTS + [REPO / "tests" / "conftest.py"]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                for kw in node.keywords:
                    if kw.arg == "deadline" and not (isinstance(kw.value, ast.Constant) and kw.value.value is None):
                        problems.append(f"{path.relative_to(REPO)}:{node.lineno} sets a Hypothesis deadline")
    assert not problems, "\n".join(problems)
