"""The Import results page in a real browser: unlock, upload a bad file (report, nothing written), upload a good
one, confirm, see it in the history, roll it back. Runs its own Streamlit server on its own database, imports
folder and secrets file, so the session database the other tests read is never touched."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from tests.conftest import REPO
from tests.e2e.conftest import assert_no_error, rerun, screenshot, streamlit_server, wait_idle

PASSWORD = "e2e-admin-password"
GOOD = b"region_code;year;pillar;score\n73.71;2022;governance;3,75\n73.71;2022;Smart Economy;0,5\n"
BAD = b"region_code,year,pillar,score\n37.71,2022,governance,3\n73.71,2031,economy,4.5\n"


@pytest.fixture(scope="module")
def import_server(tmp_path_factory):
    root = tmp_path_factory.mktemp("import-e2e")
    db = root / "smartcity.duckdb"
    (root / "secrets.toml").write_text(f'admin_password = "{PASSWORD}"\n')
    env = dict(os.environ, KOTA_CERDAS_DB=str(db), KOTA_CERDAS_IMPORTS_DIR=str(root / "imports"),
               PYTHONUNBUFFERED="1")
    subprocess.run([sys.executable, "-m", "analytics", "build", "--db", str(db)], cwd=REPO, env=env, check=True,
                   capture_output=True)
    with streamlit_server(env, root / "streamlit.log", ("--secrets.files", str(root / "secrets.toml"))) as url:
        yield url, db, root


def _main_text(page) -> str:
    return page.locator('[data-testid="stMain"]').inner_text()


def _upload(page, tmp_path: Path, name: str, data: bytes) -> None:
    f = tmp_path / name
    f.write_bytes(data)
    rerun(page, lambda: page.locator('[data-testid="stFileUploader"] input[type="file"]').set_input_files(str(f)))


def test_import_flow_in_the_browser(import_server, page, tmp_path):
    url, db, _ = import_server
    # through the sidebar: a first load of the deep link /import-results shows Streamlit's "Page not found"
    # dialog over the page (the pages/ folder makes it check v1 page names first)
    page.goto(f"{url}/?lang=en")
    wait_idle(page)
    page.locator('[data-testid="stSidebarNav"]').get_by_text("Import results").click()
    page.get_by_text("Import evaluation results").first.wait_for()
    page.locator('input[type="password"]').wait_for()          # the sign-in form is drawn after the page text
    wait_idle(page)
    assert_no_error(page)
    assert "Admin password" in _main_text(page)
    screenshot(page, "import-locked")

    pw = page.locator('input[type="password"]')
    pw.fill("wrong")
    page.get_by_role("button", name="Unlock imports").click()
    page.get_by_text("Wrong password. Imports stay locked.").wait_for()
    wait_idle(page)

    pw.fill(PASSWORD)
    page.get_by_role("button", name="Unlock imports").click()
    page.get_by_text("Check and import a file").wait_for()
    wait_idle(page)
    assert_no_error(page)
    page.locator("input[aria-label=\"Your name (recorded with the batch)\"]").fill("Playwright")
    rerun(page, lambda: page.keyboard.press("Enter"))

    before = hashlib.sha256(db.read_bytes()).hexdigest()
    _upload(page, tmp_path, "bad.csv", BAD)
    page.get_by_text("bad.csv cannot be imported: 3 problem(s)").wait_for()
    grid = page.locator('[data-testid="stDataFrame"]').first
    grid.wait_for()
    screenshot(page, "import-rejected")
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before

    _upload(page, tmp_path, "good.csv", GOOD)
    page.get_by_text("good.csv is valid: 2 score rows and 0 participation rows.").wait_for()
    page.get_by_role("button", name="Import good.csv").click()
    page.get_by_text("Imported good.csv as batch").wait_for()
    wait_idle(page)
    assert_no_error(page)
    screenshot(page, "import-done")
    with duckdb.connect(str(db), read_only=True) as con:
        got = con.execute("SELECT pillar, score, source FROM evaluation_score WHERE region_code = '73.71' "
                          "AND year = 2022 AND pillar IN ('governance', 'economy') ORDER BY pillar").fetchall()
    assert [(p, s) for p, s, _ in got] == [("economy", 0.5), ("governance", 3.75)]
    batch_id = got[0][2].removeprefix("import:")

    page.get_by_role("button", name=f"Roll back {batch_id}").click()
    page.get_by_role("button", name="Yes, roll back").click()
    page.get_by_text(f"Batch {batch_id} was rolled back.").wait_for()
    wait_idle(page)
    screenshot(page, "import-rolled-back")
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM evaluation_score WHERE source LIKE 'import:%'").fetchone()[0] == 0
