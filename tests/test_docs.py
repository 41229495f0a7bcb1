"""The documentation states what the code does (in the spirit of datasette's documentation tests).

Each test fails when something README.md, docs/ARCHITECTURE.md, docs/CLI.md or docs/IMPORT.md names disappears
from the code — a file or folder, a module, a function, a CLI command or option — or when the code grows a CLI
option the docs do not describe, or breaks a rule ARCHITECTURE states (which package imports which, how the
caches are keyed, what each page reads). One test per rule; each lists every problem it finds."""

from __future__ import annotations

import argparse
import ast
import importlib
import re
from pathlib import Path

import pytest

from tests.conftest import REPO

DOCS = {name: (REPO / name).read_text(encoding="utf-8")
        for name in ("README.md", "docs/ARCHITECTURE.md", "docs/CLI.md", "docs/IMPORT.md")}
CLI_DOCS = ("docs/CLI.md", "docs/IMPORT.md")
ARCH = DOCS["docs/ARCHITECTURE.md"]

# paths the docs name that the build or a run creates (not in a checkout)
GENERATED = {"data/smartcity.duckdb", "data/imports/", "tests/artifacts/e2e/"}
PATH = re.compile(r"(?<![\w./-])((?:analytics|ui|viz|pages|tests|bench|scripts|docs|data|\.ci)/[\w./*<>-]*[\w*/]"
                  r"|app\.py|README\.md|pytest\.ini|requirements(?:-dev)?\.txt)(?:::([\w.]+))?")
DOTTED = re.compile(r"`((?:analytics|ui|viz)(?:\.\w+)+)`")


# --------------------------------------------------------------------------------------------- helpers
def _defines(path: Path, name: str) -> bool:
    """``name`` (or ``Class.attr``) is defined at the top of the module ``path``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    first, _, rest = name.partition(".")
    for node in tree.body:
        names = []
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names = [node.name]
        elif isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names = [node.target.id]
        if first in names:
            if not rest:
                return True
            if isinstance(node, ast.ClassDef):
                return any(getattr(n, "name", None) == rest for n in node.body)
    return False


def documented_paths() -> list[tuple[str, str, str | None]]:
    """(doc, path, ::name or None) for every repository path the docs name."""
    found = []
    for doc, text in DOCS.items():
        for m in PATH.finditer(text):
            found.append((doc, m.group(1), m.group(2)))
    return found


def _subparsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:              # argparse keeps sub-commands here (stable since Python 3.2)
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def _options(parser: argparse.ArgumentParser, *, help: bool = True) -> dict[str, argparse.Action]:
    return {s: a for a in parser._actions for s in a.option_strings if help or s not in ("-h", "--help")}


def _positional_choices(parser: argparse.ArgumentParser) -> list[str]:
    return [c for a in parser._actions if not a.option_strings and a.choices and
            not isinstance(a, argparse._SubParsersAction) for c in a.choices]


def all_parsers() -> dict[str, argparse.ArgumentParser]:
    """'build', 'export', 'imports template', … → parser."""
    from analytics.cli.main import build_parser
    out, todo = {}, [("", build_parser())]
    while todo:
        prefix, parser = todo.pop()
        for name, sub in _subparsers(parser).items():
            key = f"{prefix} {name}".strip()
            out[key] = sub
            todo.append((key, sub))
    return out


def command_lines() -> list[tuple[str, str]]:
    """(doc, the text after ``python -m analytics``) of every documented command line."""
    out = []
    for doc, text in DOCS.items():
        for m in re.finditer(r"python -m analytics\b([^\n`#]*)", text):
            out.append((doc, m.group(1).strip()))
    return out


def check_command(line: str, root: argparse.ArgumentParser) -> list[str]:
    """Problems of one documented command line: unknown commands, kinds or options for that command."""
    problems, parser, expect_value = [], root, False
    for raw in line.split():
        token = raw.strip("[]|,.;:)(")
        if not token or token in ("...", "options"):        # "[options]": a placeholder
            continue
        if expect_value:
            expect_value = False
            if not token.startswith("-"):
                continue
        if token.startswith("-"):
            option = token.split("=")[0]
            action = _options(parser).get(option)
            if action is None:
                problems.append(f"option {option!r} is not an option of this command")
            else:
                expect_value = action.nargs != 0 and "=" not in token
            continue
        subs = _subparsers(parser)
        words = token.strip("{}").split(",") if token.startswith("{") else [token]
        if subs and all(w in subs for w in words):
            parser = subs[words[0]] if len(words) == 1 else parser
            if len(words) > 1:
                break                           # {build,export,...}: a list of the commands
            continue
        if subs and re.fullmatch(r"[a-z][a-z-]*", token) and not _positional_choices(parser):
            problems.append(f"{token!r} is not a command (known: {sorted(subs)})")
            break
        choices = _positional_choices(parser)
        if choices and re.fullmatch(r"\{?[a-z_,]+\}?", token):
            problems += [f"{w!r} is not one of {sorted(choices)}" for w in words if w not in choices]
    return problems


def imports_of(path: Path) -> set[str]:
    """Top-level names of every module ``path`` imports (in functions too); relative imports count as its own
    package."""
    own = path.relative_to(REPO).parts[0].removesuffix(".py")
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            out.add(own if node.level else node.module.split(".")[0])
    return out


def imported_modules(path: Path) -> set[str]:
    """Dotted modules ``path`` imports, with ``from a.b import c`` also counted as ``a.b.c``."""
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            out.add(node.module)
            out |= {f"{node.module}.{a.name}" for a in node.names}
    return out


def _section(title: str) -> str:
    m = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## |\Z)", ARCH, flags=re.S | re.M)
    assert m, f"docs/ARCHITECTURE.md has no section '## {title}'"
    return m.group(1)


def _table(section: str) -> list[list[str]]:
    rows = [[c.strip() for c in line.strip().strip("|").split("|")] for line in section.splitlines()
            if line.startswith("|") and not set(line) <= set("|-: ")]
    return rows[1:]                                # without the header


def _ticked(cell: str) -> list[str]:
    return re.findall(r"`([^`]+)`", cell)


# --------------------------------------------------------------------------------------------- the tests
def test_documented_paths_exist():
    problems = []
    for doc, path, name in documented_paths():
        if "<" in path or path in GENERATED or any(path.startswith(g) for g in GENERATED):
            continue
        if "*" in path:
            if not list(REPO.glob(path)):
                problems.append(f"{doc}: {path} matches no file")
            continue
        target = REPO / path
        if not target.exists():
            problems.append(f"{doc}: {path} does not exist")
        elif name and not _defines(target, name):
            problems.append(f"{doc}: {path} defines no {name}")
    assert not problems, f"{len(problems)} documented path(s) missing:\n" + "\n".join(sorted(set(problems)))


def test_documented_modules_import():
    problems = []
    for doc, text in DOCS.items():
        for dotted in sorted(set(DOTTED.findall(text))):
            parts = dotted.split(".")
            for cut in range(len(parts), 0, -1):          # the longest importable prefix, then attributes
                try:
                    obj = importlib.import_module(".".join(parts[:cut]))
                except ImportError:
                    continue
                try:
                    for attr in parts[cut:]:
                        obj = getattr(obj, attr)
                except AttributeError:
                    problems.append(f"{doc}: {dotted} ({'.'.join(parts[:cut])} has no {attr!r})")
                break
            else:
                problems.append(f"{doc}: {dotted} does not import")
    assert not problems, "\n".join(problems)


def test_documented_commands_and_options_exist():
    from analytics.cli.main import build_parser
    root = build_parser()
    problems = [f"{doc}: python -m analytics {line}: {p}" for doc, line in command_lines()
                for p in check_command(line, root)]
    known = {o for parser in all_parsers().values() for o in _options(parser)}
    for doc in CLI_DOCS:
        for option in sorted(set(re.findall(r"(?<![\w-])(--[a-z][a-z-]*)", DOCS[doc]))):
            if option not in known:
                problems.append(f"{doc}: {option} is not an option of any command")
    assert not problems, f"{len(problems)} problem(s):\n" + "\n".join(problems)


def test_every_command_and_option_is_documented():
    """The other way round: a command or option the code accepts is described in docs/CLI.md or IMPORT.md."""
    text = "\n".join(DOCS[d] for d in CLI_DOCS)
    problems = []
    for name, parser in sorted(all_parsers().items()):
        if f"analytics {name}" not in text and not re.search(rf"`{re.escape(name.split()[-1])}`", text):
            problems.append(f"command '{name}' is not documented")
        for option in sorted(o for o in _options(parser, help=False) if o.startswith("--")):
            if not re.search(rf"(?<![\w-]){re.escape(option)}(?![\w-])", text):
                problems.append(f"'{name} {option}' is not documented")
    assert not problems, "\n".join(problems)


def test_dependency_rules_hold():
    """The table of "Dependencies between packages" in ARCHITECTURE is what the import statements do."""
    rows = _table(_section("Dependencies between packages"))
    assert rows, "no dependency table"
    project = {"analytics", "ui", "viz", "pages", "app"}
    problems = []
    wheres = [_ticked(code)[0] for code, _, _ in rows]
    for code, allowed, forbidden in rows:
        where = _ticked(code)[0]
        files = [REPO / where] if where.endswith(".py") else sorted((REPO / where).rglob("*.py"))
        assert files, f"{where} holds no Python file"
        # a file follows the most specific row naming it (a row for one file overrides its folder's row)
        files = [f for f in files if max((w for w in wheres if f.relative_to(REPO).as_posix().startswith(w)),
                                         key=len) == where]
        allowed_set = set(_ticked(allowed)) | {where.strip("/").removesuffix(".py")}
        for path in files:
            imported = imports_of(path)
            rel = path.relative_to(REPO)
            problems += [f"{rel} imports {name} (not allowed for {where})"
                         for name in sorted((imported & project) - allowed_set)]
            problems += [f"{rel} imports {name} (forbidden for {where})"
                         for name in sorted(imported & set(_ticked(forbidden)))]
    assert not problems, "\n".join(problems)


def _cached_functions() -> list[tuple[Path, ast.FunctionDef, str]]:
    out = []
    for path in sorted([*REPO.glob("analytics/**/*.py"), *REPO.glob("ui/**/*.py"), *REPO.glob("viz/**/*.py"),
                        *REPO.glob("pages/*.py"), REPO / "app.py"]):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.FunctionDef):
                continue
            for dec in node.decorator_list:
                target = dec.func if isinstance(dec, ast.Call) else dec
                if isinstance(target, ast.Attribute) and target.attr in ("cache_data", "cache_resource"):
                    out.append((path, node, target.attr))
    return out


def test_caching_is_where_architecture_says_and_keyed_on_the_database_version():
    text = _section("App: navigation, pages, caching")
    paragraph = text[text.index("Caching:"):].split("\n\n")[0]
    documented = set(re.findall(r"`((?:pages|ui)/\w+\.py)`", paragraph))
    cached = _cached_functions()
    actual = {p.relative_to(REPO).as_posix() for p, _, _ in cached}
    problems = [f"{f} caches but is not listed under 'Caching:'" for f in sorted(actual - documented)]
    problems += [f"'Caching:' lists {f}, which caches nothing" for f in sorted(documented - actual)
                 if f != "pages/import.py"]
    for path, fn, kind in cached:
        args = [a.arg for a in fn.args.args]
        rel = path.relative_to(REPO)
        if kind == "cache_data" and not {"version", "data_version"} & set(args):
            problems.append(f"{rel}:{fn.lineno} {fn.name}({', '.join(args)}) is not keyed on the database version")
        if rel.parts[0] in ("analytics", "viz"):
            problems.append(f"{rel}:{fn.lineno} caches outside ui/ and pages/")
    assert not problems, "\n".join(problems)


def test_pages_read_what_architecture_says():
    rows = _table(_section("App: navigation, pages, caching"))
    problems = []
    pages_listed = set()
    for _, file_cell, reads in rows:
        page = _ticked(file_cell)[0]
        pages_listed.add(page)
        imported = imported_modules(REPO / page)
        for name in _ticked(reads):
            module = name.removesuffix(".py").replace("/", ".")
            if module.startswith(("analytics", "viz")) and module not in imported:
                problems.append(f"{page} does not import {name}")
    missing = {p.relative_to(REPO).as_posix() for p in REPO.glob("pages/*.py")} - pages_listed
    problems += [f"{p} is not in the pages table" for p in sorted(missing)]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(("line", "expected"), [
    ("export maturity --year 2024 --province 35 --format xlsx --output jatim.xlsx", []),
    ("export coverage --bogus 1", ["option '--bogus' is not an option of this command"]),
    ("export village", ["'village' is not one of"]),
    ("imports template xlsx --output t.xlsx", []),
    ("imports frobnicate", ["'frobnicate' is not a command"]),
    ("build --budget 3", ["option '--budget' is not an option of this command"]),
])
def test_command_check_examples(line, expected):
    """The command-line check itself, on hand-written lines (what it must accept and refuse)."""
    from analytics.cli.main import build_parser
    got = check_command(line, build_parser())
    assert len(got) == len(expected) and all(e in g for e, g in zip(expected, got)), got
