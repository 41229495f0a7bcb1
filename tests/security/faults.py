"""Fault harness for imports and rollbacks: run ``python -m analytics ...`` in a child process that is killed with
SIGKILL (as ``kill -9``) at its N-th file-system commit step, then check the imports folder against the database.

It knows nothing of how the code under test journals: it counts the calls to ``os.replace``, ``os.rename``,
``os.unlink``/``os.remove`` and ``shutil.rmtree`` the child makes (every rename, swap and removal an import or a
rollback does goes through one of them), and kills the child *before* the chosen one. The state check reads the
folder's manifests and the database's tables directly. Used by tests/security/test_import_faults.py (every step)
and bench/bench_import_faults.py (random moments, N times).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

REPO = Path(os.environ.get("KC_FAULT_REPO") or Path(__file__).resolve().parents[2])

KILLER = r'''
import os, runpy, shutil, signal, sys
STEP = int(os.environ.get("KC_KILL_AT_STEP") or 0)
LOG = os.environ.get("KC_STEP_LOG")
n = 0
def _step(kind, path):
    global n
    n += 1
    if LOG:
        with open(LOG, "a") as f:
            f.write(f"{n}\t{kind}\t{path}\n")
    if n == STEP:
        os.kill(os.getpid(), signal.SIGKILL)
def _wrap(kind, fn, argi):
    def w(*a, **k):
        _step(kind, os.fspath(a[argi]) if len(a) > argi else "")
        return fn(*a, **k)
    return w
os.replace = _wrap("replace", os.replace, 1)
os.rename = _wrap("rename", os.rename, 1)
os.unlink = _wrap("unlink", os.unlink, 0)
os.remove = _wrap("remove", os.remove, 0)
shutil.rmtree = _wrap("rmtree", shutil.rmtree, 0)
sys.argv = ["python -m analytics", *sys.argv[1:]]
runpy.run_module("analytics", run_name="__main__", alter_sys=True)
'''


def env_for(db: Path, imports: Path, **extra) -> dict:
    return {**os.environ, "KOTA_CERDAS_DB": str(db), "KOTA_CERDAS_IMPORTS_DIR": str(imports),
            "PYTHONPATH": str(REPO), **{k: str(v) for k, v in extra.items()}}


def cli(db: Path, imports: Path, *args: str, kill_at: int = 0, log: Path | None = None,
        timeout: float = 300) -> subprocess.CompletedProcess:
    """``python -m analytics <args>`` (``--db`` added for import/rollback/build), killed before its
    ``kill_at``-th commit step (0: never); steps logged to ``log``."""
    extra = {"KC_KILL_AT_STEP": kill_at}
    if log is not None:
        extra["KC_STEP_LOG"] = log
    return subprocess.run([sys.executable, "-c", KILLER, *args], cwd=REPO, env=env_for(db, imports, **extra),
                          capture_output=True, text=True, timeout=timeout)


def start(db: Path, imports: Path, *args: str) -> subprocess.Popen:
    """The same child, started in the background (the bench kills it at a random moment)."""
    return subprocess.Popen([sys.executable, "-c", KILLER, *args], cwd=REPO, env=env_for(db, imports),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def steps(log: Path) -> list[tuple[int, str, str]]:
    if not log.exists():
        return []
    return [(int(n), kind, path) for n, kind, path in
            (line.split("\t", 2) for line in log.read_text().splitlines() if line.strip())]


def swap_step(log: Path, db: Path) -> int:
    """The step that swaps the rebuilt database into place (the commit point)."""
    hits = [n for n, kind, path in steps(log) if kind in ("replace", "rename") and Path(path) == Path(db)]
    assert len(hits) == 1, f"expected one database swap, got {hits}"
    return hits[0]


@dataclass
class State:
    """The imports folder and the database, read directly."""
    active: set[str]                     # batches whose manifest says active (or has no status)
    rolled_back: set[str]
    in_db: set[str] | None               # import_batch of the database (None: unreadable)
    sources_in_db: set[str] | None       # batch ids that rows of evaluation_score / programme_cohort carry
    leftovers: list[str] = field(default_factory=list)   # temp files, half-written folders, journals

    @property
    def agree(self) -> bool:
        return self.in_db is not None and self.active == self.in_db and self.sources_in_db <= self.active


def read_state(db: Path, imports: Path) -> State:
    active, rolled = set(), set()
    leftovers = []
    if imports.is_dir():
        for sub in imports.iterdir():
            if sub.name.startswith(".") or ".tmp" in sub.name:
                leftovers.append(f"imports/{sub.name}")
                continue
            m = sub / "manifest.json"
            if not m.is_file():
                leftovers.append(f"imports/{sub.name} (no manifest)")
                continue
            leftovers += [f"imports/{sub.name}/{p.name}" for p in sub.iterdir() if ".tmp" in p.name]
            status = json.loads(m.read_text(encoding="utf-8")).get("status", "active")
            (active if status == "active" else rolled).add(sub.name)
    leftovers += [p.name for p in db.parent.iterdir() if p.name.startswith(f".{db.name}") or
                  (p.name.startswith(db.name) and p.name.endswith((".tmp", ".wal")))]
    try:
        with duckdb.connect(str(db), read_only=True) as con:
            in_db = {r[0] for r in con.execute("SELECT batch_id FROM import_batch").fetchall()}
            src = {r[0].removeprefix("import:") for r in con.execute(
                "SELECT DISTINCT source FROM evaluation_score WHERE source LIKE 'import:%' UNION "
                "SELECT DISTINCT source FROM programme_cohort WHERE source LIKE 'import:%'").fetchall()}
    except duckdb.Error:
        in_db = src = None
    return State(active, rolled, in_db, src, sorted(leftovers))


def killed(proc: subprocess.CompletedProcess | subprocess.Popen) -> bool:
    return proc.returncode == -signal.SIGKILL
