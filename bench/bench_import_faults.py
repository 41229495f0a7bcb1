"""Fault benchmark: ``kill -9`` an import (or a rollback) at a random moment, N times; after each kill run the next
start (``python -m analytics build``) and check that the imports folder and the database agree, that no temporary
file is left, and that the outcome is what the database showed at the kill (swapped: done; not swapped: undone —
never applied or rolled back without the swap having happened). Prints JSON figures.

    .venv/bin/python bench/bench_import_faults.py [--n 25] [--op import|rollback|both] [--seed 0]

Uses tests/security/faults.py (which reads the folder and the database directly). Point ``KC_FAULT_REPO`` at
another checkout to run the same kills against other code (e.g. before the journal).
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.security import faults  # noqa: E402

GOOD = b"region_code,year,pillar,score\n73.71,2022,governance,3.5\n73.71,2022,economy,1.25\n"
SECOND = b"region_code,year,pillar,score\n35.71,2021,living,2.5\n"


def _wait_started(proc, deadline: float) -> None:
    while proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)


def run(op: str, n: int, seed: int, root: Path) -> dict:
    rng = random.Random(seed)
    base = root / "base"
    base.mkdir()
    db, imports = base / "smartcity.duckdb", base / "imports"
    (root / "good.csv").write_bytes(GOOD)
    (root / "second.csv").write_bytes(SECOND)
    faults.cli(db, imports, "build", "--db", str(db))
    faults.cli(db, imports, "import", str(root / "second.csv"), "--db", str(db), "--by", "base")
    (batch,) = faults.read_state(db, imports).active
    args = (("import", str(root / "good.csv"), "--by", "bench") if op == "import"
            else ("imports", "rollback", batch, "--by", "bench"))

    # how long the operation takes when nothing kills it (median of 3): kills land uniformly in [0, 1.1 × that]
    spans = []
    for j in range(3):
        probe = root / f"probe-{j}"
        shutil.copytree(base, probe)
        t0 = time.monotonic()
        faults.cli(probe / "smartcity.duckdb", probe / "imports", *args, "--db", str(probe / "smartcity.duckdb"))
        spans.append(time.monotonic() - t0)
    span = sorted(spans)[1]

    out = {"op": op, "kills": 0, "finished_before_kill": 0, "disagree_right_after_kill": 0,
           "leftovers_right_after_kill": 0, "outcome_done": 0, "outcome_undone": 0,
           "disagree_after_next_start": 0, "leftovers_after_next_start": 0, "next_start_failed": 0,
           "outcome_not_what_the_db_showed": 0,
           "operation_s": round(span, 2)}
    for i in range(n):
        case = root / f"case-{i}"
        shutil.copytree(base, case)
        cdb, cimp = case / "smartcity.duckdb", case / "imports"
        proc = faults.start(cdb, cimp, *args, "--db", str(cdb))
        delay = rng.uniform(0, 1.1 * span)
        _wait_started(proc, time.monotonic() + delay)
        if proc.poll() is None:
            proc.kill()
            out["kills"] += 1
        else:
            out["finished_before_kill"] += 1
        proc.wait()
        s = faults.read_state(cdb, cimp)
        swapped = s.in_db is not None and ((len(s.in_db) == 2) if op == "import" else (batch not in s.in_db))
        out["disagree_right_after_kill"] += not s.agree
        out["leftovers_right_after_kill"] += bool(s.leftovers)
        nxt = faults.cli(cdb, cimp, "build", "--db", str(cdb))
        out["next_start_failed"] += nxt.returncode != 0
        s = faults.read_state(cdb, cimp)
        out["disagree_after_next_start"] += not s.agree
        out["leftovers_after_next_start"] += bool(s.leftovers)
        done = (len(s.active) == 2) if op == "import" else (batch not in s.active)
        out["outcome_done" if done else "outcome_undone"] += 1
        # the database swap is the commit point: done exactly when the swap had happened before the kill
        out["outcome_not_what_the_db_showed"] += done != swapped
        shutil.rmtree(case, ignore_errors=True)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=25, help="kills per operation")
    ap.add_argument("--op", choices=("import", "rollback", "both"), default="both")
    ap.add_argument("--seed", type=int, default=0)
    a = ap.parse_args()
    results = []
    for op in (("import", "rollback") if a.op == "both" else (a.op,)):
        with tempfile.TemporaryDirectory() as tmp:
            results.append(run(op, a.n, a.seed, Path(tmp)))
    print(json.dumps({"benchmark": "import_faults", "repo": str(faults.REPO), "n": a.n, "seed": a.seed,
                      "results": results}, indent=2))


if __name__ == "__main__":
    main()
