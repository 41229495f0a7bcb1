"""Deployment settings (issue 13, points 3 and 10): the run command listens on localhost unless HOST says
otherwise; the server's upload limit is the import limit; the upload gate refuses sessions that did not sign in.
The gate on the real server is checked in Chromium (tests/e2e/test_hostile_e2e.py)."""

from __future__ import annotations

import os
import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest

from analytics.io import imports
from tests.conftest import REPO
from ui import admin, uploads


@pytest.fixture()
def stub_repo(tmp_path):
    """scripts/run.sh in a copy of the layout whose setup is a no-op and whose python prints its arguments."""
    (tmp_path / "scripts").mkdir()
    shutil.copy(REPO / "scripts" / "run.sh", tmp_path / "scripts" / "run.sh")
    (tmp_path / "scripts" / "setup.sh").write_text("exit 0\n")
    bin_dir = tmp_path / ".venv" / "bin"
    bin_dir.mkdir(parents=True)
    (bin_dir / "python").write_text('#!/bin/sh\necho "$@" >> "$(dirname "$0")/calls"\n')
    (bin_dir / "python").chmod(0o755)
    return tmp_path


def _streamlit_call(stub: Path, **env) -> str:
    e = {k: v for k, v in os.environ.items() if k not in ("HOST", "PORT")}
    subprocess.run(["bash", str(stub / "scripts" / "run.sh")], env={**e, **env}, check=True, timeout=60)
    calls = (stub / ".venv" / "bin" / "calls").read_text().splitlines()
    return next(c for c in calls if c.startswith("-m streamlit run app.py"))


def test_run_sh_listens_on_localhost_by_default(stub_repo):
    call = _streamlit_call(stub_repo).split()
    assert call[call.index("--server.address") + 1] == "localhost"


def test_run_sh_public_address_is_explicit(stub_repo):
    call = _streamlit_call(stub_repo, HOST="0.0.0.0", PORT="8600").split()
    assert call[call.index("--server.address") + 1] == "0.0.0.0"
    assert call[call.index("--server.port") + 1] == "8600"


def test_server_upload_limit_is_the_import_limit():
    config = tomllib.loads((REPO / ".streamlit" / "config.toml").read_text())
    assert config["server"]["maxUploadSize"] == imports.MAX_BYTES // 2**20
    assert "address" not in config["server"]       # tests and run.sh choose; the default stays documented


def test_served_app_has_no_file_watcher():
    """Streamlit's file watcher costs every new session ≈ 0.8 s of server CPU (bench/README.md, "New sessions");
    the served code never changes while it runs, so the repository's config turns it off (run.sh, the cluster and
    the tests' servers all read it)."""
    config = tomllib.loads((REPO / ".streamlit" / "config.toml").read_text())
    assert config["server"]["fileWatcherType"] == "none"
    assert "fileWatcherType" not in (REPO / "scripts" / "run.sh").read_text()     # nothing turns it back on


def test_gate_refuses_sessions_that_did_not_sign_in():
    from starlette.exceptions import HTTPException
    stored = []

    def add_file(session_id, file):
        stored.append((session_id, file))
    gated = uploads.gate(add_file)
    with pytest.raises(HTTPException) as exc:
        gated("visitor", object())
    assert exc.value.status_code == 403 and stored == []
    admin.mark_session("admin-session", True)
    try:
        gated("admin-session", "file")
        assert stored == [("admin-session", "file")]
    finally:
        admin.mark_session("admin-session", False)
    with pytest.raises(HTTPException):
        gated("admin-session", "file")                     # signed out again
