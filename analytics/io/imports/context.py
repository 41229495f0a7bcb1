"""What a file is checked against: the reference regions and pillars, the programme participants and the active
batches (:func:`load_context`)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from analytics import paths
from analytics.io import batch_store as imports_store
from analytics.io.batch_store import ACTIVE, COHORTS_FILE

from .format import norm as _norm

@dataclass
class Context:
    """What validation checks against: the region codes and names, the pillars, the participants, and the
    active batches."""
    regions: dict[str, str]
    pillar_aliases: dict[str, str]
    pillar_codes: list[str]
    participants: set[str]
    active: list[dict] = field(default_factory=list)



def pillar_aliases(pillars: pd.DataFrame) -> dict[str, str]:
    """Accepted spellings (lower-case) of each pillar: code, English and Indonesian names, with or without
    "Smart"/"Cerdas", and the alternative Indonesian names in ../shared/DOMAIN.md."""
    out: dict[str, str] = {}
    alt = {"branding": ["Branding Daerah Cerdas", "Pemasaran/Branding Daerah Cerdas"],
           "society": ["Sosial Cerdas", "Masyarakat/Sosial Cerdas"],
           "living": ["Lingkungan Hidup Cerdas", "Hunian/Lingkungan Hidup Cerdas"]}
    for _, r in pillars.iterrows():
        code = r["code"]
        names = [code, r["name_en"], r["name_id"], *alt.get(code, [])]
        for n in names:
            n = _norm(n)
            out.setdefault(n, code)
            for short in (re.sub(r"^smart ", "", n), re.sub(r" cerdas$", "", n)):
                out.setdefault(short, code)
    return out


_REFERENCE_CACHE: dict[tuple, tuple] = {}


def _reference_facts(reference_dir: Path) -> tuple[dict[str, str], pd.DataFrame, frozenset[str]]:
    """Region names, pillars and reference participants, cached until a reference file changes."""
    from analytics.warehouse.spec import load_reference
    ref = Path(reference_dir)
    stamp = tuple(sorted((p.name, p.stat().st_mtime_ns, p.stat().st_size) for p in ref.glob("*.csv")))
    key = (str(ref.resolve()), stamp)
    hit = _REFERENCE_CACHE.get(key)
    if hit is None:
        frames = load_reference(ref)
        hit = (dict(zip(frames["region"]["code"], frames["region"]["name"])),
               frames["pillar"].sort_values("ordinal").reset_index(drop=True),
               frozenset(frames["programme_cohort"]["region_code"]))
        _REFERENCE_CACHE.clear()
        _REFERENCE_CACHE[key] = hit
    return hit


def _active_participants(manifests: list[dict]) -> set[str]:
    out: set[str] = set()
    for m in manifests:
        f = Path(m["_dir"]) / COHORTS_FILE
        if f.exists():
            out |= set(pd.read_csv(f, dtype=str, keep_default_na=False)["region_code"])
    return out


def load_context(reference_dir: Path | None = None, imports_dir: Path | None = None) -> Context:
    """The context of a validation: reference files plus the active batches under ``imports_dir``."""
    regions, pillars, participants = _reference_facts(Path(reference_dir or paths.reference_dir()))
    root = Path(imports_dir or paths.imports_dir())
    manifests = imports_store.read_manifests(root)
    from .journal import pending
    entry = pending(root) or {}
    unconfirmed = entry.get("batch_id") if entry.get("op") == "import" else None   # undone unless in the DB
    active = [m for m in manifests if m.get("status", ACTIVE) == ACTIVE and m.get("batch_id") != unconfirmed]
    return Context(regions=regions, pillar_aliases=pillar_aliases(pillars), pillar_codes=pillars["code"].tolist(),
                   participants=set(participants) | _active_participants(active), active=active)


# ---------------------------------------------------------------------------------------------- reading
