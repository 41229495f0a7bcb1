"""AppTest of the Import results page: locked without a secret, password check, the upload → report → confirm
flow, history and rollback with confirmation, and the Indonesian texts. Each test has its own database and
imports folder."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import duckdb
import pytest
import streamlit as st
from streamlit.runtime.secrets import Secrets
from streamlit.testing.v1 import AppTest

from analytics.warehouse import build as build_mod
from analytics.io import imports
from tests.conftest import REPO
from ui.messages import MESSAGES
from ui.safe import plain

PAGE = str(REPO / "pages" / "import.py")
PASSWORD = "correct horse battery staple"
GOOD = b"region_code,year,pillar,score\n73.71,2022,governance,3.5\n73.71,2022,economy,\"1,25\"\n"
BAD = b"region_code,year,pillar,score\n37.71,2022,governance,3\n73.71,2022,economy,7\n"


@pytest.fixture()
def db(tmp_path, monkeypatch):
    path = tmp_path / "smartcity.duckdb"
    monkeypatch.setenv("KOTA_CERDAS_DB", str(path))
    monkeypatch.setenv("KOTA_CERDAS_IMPORTS_DIR", str(tmp_path / "imports"))
    build_mod.build(path)
    return path


def _sha(p: Path) -> str:
    return hashlib.sha256(p.read_bytes()).hexdigest()


def page(lang: str = "en", secret: str | None = PASSWORD) -> AppTest:
    at = AppTest.from_file(PAGE, default_timeout=60)
    at.query_params["lang"] = lang
    if secret is not None:
        at.secrets["admin_password"] = secret
    return at


def unlocked(lang: str = "en") -> AppTest:
    at = page(lang).run()
    at.text_input[0].input(PASSWORD)
    at.button[0].click().run()
    assert not at.exception
    return at


def texts(elements) -> list[str]:
    return [e.value for e in elements]


def test_locked_without_a_secret(db, monkeypatch):
    empty = Secrets()
    empty._secrets = {}
    monkeypatch.setattr(st, "secrets", empty)  # whatever .streamlit/secrets.toml the developer has
    at = page(secret=None).run()
    assert not at.exception
    assert texts(at.info) == [MESSAGES["import.locked"]["en"]]
    assert "read-only" in at.info[0].value and "admin_password" not in at.info[0].value
    assert [e.label for e in at.expander] == [MESSAGES["import.locked_admin_title"]["en"]]  # the steps, folded
    assert "admin_password" in at.expander[0].markdown[0].value
    assert len(at.text_input) == 0 and len(at.file_uploader) == 0 and len(at.button) == 0


def test_empty_secret_keeps_it_locked(db):
    at = page(secret="").run()   # admin_password = "" as in .streamlit/secrets.toml.example
    assert texts(at.info) == [MESSAGES["import.locked"]["en"]]
    assert len(at.text_input) == 0 and len(at.file_uploader) == 0


def test_wrong_password_is_refused(db):
    at = page().run()
    assert at.text_input[0].label == "Admin password" and len(at.file_uploader) == 0
    at.text_input[0].input("guess")
    at.button[0].click().run()
    assert texts(at.error) == ["Wrong password. Imports stay locked."]
    assert len(at.file_uploader) == 0 and "import_unlocked" not in at.session_state


def test_right_password_unlocks(db):
    at = unlocked()
    assert [s.value for s in at.subheader] == ["Templates", "Check and import a file", "Import history"]
    assert len(at.file_uploader) == 1
    assert any("import:<batch id>" in i.value for i in at.info)
    assert texts(at.info)[-1] == MESSAGES["import.history_empty"]["en"]
    # the lock button closes it again
    at.button(key="import-lock").click().run()
    assert len(at.file_uploader) == 0 and at.text_input[0].label == "Admin password"


def test_rejected_upload_shows_every_problem_and_writes_nothing(db):
    digest = _sha(db)
    at = unlocked()
    at.file_uploader[0].upload("bad.csv", BAD, "text/csv")
    at.run()
    assert not at.exception
    assert texts(at.error) == [MESSAGES["import.rejected"]["en"].format(file=plain("bad.csv"), n="2")]
    table = at.dataframe[0].value
    assert list(table.columns) == ["Row", "Column", "Problem"]
    assert table.values.tolist() == [
        [2, "region_code", "'37.71' is not a region code — did you mean 73.71 (Kota Makassar)?"],
        [3, "score", "'7' is outside the 0–4 scale"]]
    assert [b.key for b in at.button if b.key == "import-confirm"] == []
    assert _sha(db) == digest and imports.history() == []


def test_upload_confirm_commit_then_rollback(db):
    at = unlocked()
    at.text_input(key="import_by").input("Dewi")
    at.file_uploader[0].upload("good.csv", GOOD, "text/csv")
    at.run()
    assert texts(at.success)[0].startswith(r"good\.csv is valid: 2 score rows and 0 participation rows.")
    preview = at.dataframe[0].value
    assert preview[["region_code", "year", "pillar", "score"]].values.tolist() == [
        ["73.71", 2022, "governance", 3.5], ["73.71", 2022, "economy", 1.25]]
    assert imports.history() == []                        # nothing written before the confirmation

    at.button(key="import-confirm").click().run()
    assert not at.exception
    batch = imports.history()[0]
    assert texts(at.success) == [MESSAGES["import.done"]["en"].format(
        file=plain("good.csv"), batch=plain(batch.batch_id), scores="2", cohorts="0")]
    assert batch.imported_by == "Dewi" and batch.status == "active"
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT score, source FROM evaluation_score WHERE region_code = '73.71' AND year = 2022 "
                           "AND pillar = 'economy'").fetchone() == (1.25, f"import:{batch.batch_id}")
    history = at.dataframe[-1].value
    assert history[["Batch", "File", "Score rows", "By", "Status"]].values.tolist() == [
        [batch.batch_id, "good.csv", 2, "Dewi", "active"]]
    assert history["Checksum (SHA-256)"].tolist() == [hashlib.sha256(GOOD).hexdigest()]
    assert len(at.file_uploader) == 1 and at.file_uploader[0].value is None   # a fresh uploader

    # rollback asks first; cancel keeps the batch
    at.button(key=f"rollback-{batch.batch_id}").click().run()
    assert texts(at.warning)[0].startswith(f"Roll back batch {plain(batch.batch_id)} (good\\.csv)?")
    at.button(key="rollback-no").click().run()
    assert len(at.warning) == 0 and imports.history()[0].status == "active"
    at.button(key=f"rollback-{batch.batch_id}").click().run()
    at.button(key="rollback-yes").click().run()
    assert not at.exception
    assert texts(at.success) == [f"Batch {plain(batch.batch_id)} was rolled back."]
    assert imports.history()[0].status == "rolled_back"
    assert at.dataframe[-1].value["Status"].tolist() == ["rolled back"]
    assert not [b for b in at.button if (b.key or "").startswith("rollback-")]


def test_reupload_of_an_imported_file_is_refused(db):
    first = imports.commit(GOOD, "good.csv", by="Eko")
    at = unlocked()
    at.file_uploader[0].upload("again.csv", GOOD, "text/csv")
    at.run()
    when = first.imported_at[:10] + " " + first.imported_at[11:16] + " UTC"
    assert at.dataframe[0].value["Problem"].tolist() == [
        f"this file was already imported as batch {first.batch_id} ({when}, by Eko); roll that batch back to import "
        "it again"]


def test_confirm_needs_a_name(db):
    at = unlocked()
    at.file_uploader[0].upload("good.csv", GOOD, "text/csv")
    at.run()
    assert at.button(key="import-confirm").disabled
    assert "Enter your name to enable the import button." in texts(at.caption)


def test_workbook_with_sheets_and_indonesian_texts(db):
    wb_bytes = imports.template_xlsx()
    at = unlocked("id")
    assert [s.value for s in at.subheader] == ["Templat", "Periksa dan impor berkas", "Riwayat impor"]
    at.file_uploader[0].upload("templat.xlsx", wb_bytes,
                               "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    at.run()
    assert texts(at.success)[0].startswith(r"templat\.xlsx sah: 1 baris skor dan 1 baris kepesertaan.")
    at.file_uploader[0].clear().upload("buruk.csv", BAD, "text/csv")
    at.run()
    assert at.dataframe[0].value.values.tolist() == [
        [2, "region_code", "'37.71' bukan kode daerah — maksud Anda 73.71 (Kota Makassar)?"],
        [3, "score", "'7' di luar skala 0–4"]]
    assert list(at.dataframe[0].value.columns) == ["Baris", "Kolom", "Masalah"]


def test_problem_messages_exist_in_both_languages_with_the_same_fields():
    fields = re.compile(r"{(\w+)")
    for code, en in imports.PROBLEM_MESSAGES.items():
        m = MESSAGES[f"import.problem.{code}"]
        assert m["en"] == en
        assert sorted(fields.findall(m["id"])) == sorted(fields.findall(en)), code
    for key, m in MESSAGES.items():
        if key.startswith("import."):
            assert set(m) == {"en", "id"} and sorted(fields.findall(m["en"])) == sorted(fields.findall(m["id"])), key
