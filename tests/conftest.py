"""Test session setup: every test reads a database built once per session into a temporary folder, never
the developer's data/smartcity.duckdb."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# no Hypothesis deadlines: a busy CI machine must not turn a slow example into a failure (timings live in bench/)
settings.register_profile("kota-cerdas", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("kota-cerdas")

REPO = Path(__file__).resolve().parents[1]

_session_dir = Path(tempfile.mkdtemp(prefix="kota-cerdas-tests-"))
os.environ["KOTA_CERDAS_DB"] = str(_session_dir / "smartcity.duckdb")
# imports live beside the test database, not in the repo's data/imports
os.environ.setdefault("KOTA_CERDAS_IMPORTS_DIR", str(_session_dir / "imports"))


@pytest.fixture(scope="session")
def built_db() -> Path:
    from analytics.warehouse.build import build, needs_build
    db = Path(os.environ["KOTA_CERDAS_DB"])
    if needs_build(db):
        build(db)
    return db


@pytest.fixture(scope="session")
def reference_dir() -> Path:
    return REPO / "data" / "reference"


@pytest.fixture()
def reference_copy(tmp_path, reference_dir) -> Path:
    """A writable copy of the reference folder, for tests that corrupt a file."""
    dst = tmp_path / "reference"
    shutil.copytree(reference_dir, dst)
    return dst


def pytest_collection_modifyitems(config, items):
    """Attach the ``evidence`` marker (what the test's expectation rests on, see tests/evidence.py) from the
    table, unless the test carries one itself; refuse an unknown kind."""
    from tests.evidence import KINDS, kind_of
    for item in items:
        own = item.get_closest_marker("evidence")
        if own is not None:
            if not own.args or own.args[0] not in KINDS:
                raise pytest.UsageError(f"{item.nodeid}: evidence marker needs one of {KINDS}, got {own.args}")
            continue
        try:
            module = item.path.resolve().relative_to(REPO).as_posix()
        except ValueError:
            continue
        kind = kind_of(module, getattr(item, "originalname", item.name))
        if kind is not None:
            item.add_marker(pytest.mark.evidence(kind))


def pytest_sessionfinish(session, exitstatus):
    shutil.rmtree(_session_dir, ignore_errors=True)


@pytest.fixture(autouse=True)
def _plotly_default_template():
    """Plotly's default template as the app's server has it: Streamlit is imported first (its import makes its own
    theme template the default), then ``viz`` makes ``plotly_white`` the default. A test process may import them in
    the other order (a viz test first, an AppTest later), which left Streamlit's template as the default for every
    figure built afterwards in that worker: figures then depended on which tests ran before."""
    import plotly.io as pio

    import viz
    pio.templates.default = viz.SCREEN_TEMPLATE
