"""Markdown injection (issue 13, point 1): a value from a link, a file name, a cell or a batch's metadata is shown
as inert text wherever Streamlit renders Markdown — warnings, captions, buttons, errors, tooltips.

``ui.safe.plain`` is checked against a small independent model of CommonMark's rules (a backslash before ASCII
punctuation is a literal character; GFM autolinks and shortcodes are found in the decoded text), then hostile
values are walked through the pages with AppTest. tests/e2e/test_hostile_e2e.py checks the same in Chromium,
Streamlit's real Markdown renderer."""

from __future__ import annotations

import re

import pytest

from tests.ui.apptest import app_test, navigation_v2  # noqa: F401 - fixture
from ui.safe import WORD_JOINER, plain, plain_list

HOSTILE = [
    "[click here](https://evil.example/login)",
    "![pixel](http://evil.example/p.png)",
    "<img src=x onerror=alert(1)>",
    "<a href='javascript:alert(1)'>x</a>",
    "www.evil.example/phish",
    "mail admin@evil.example now",
    "**bold** _it_ `code` ~~gone~~",
    "# Heading\n\n- list\n> quote",
    ":red[alarm] :material/warning: :smile:",
    "$\\frac{1}{0}$ and $$x$$",
    "| a | b |\n|---|---|",
    "back\\slash [x]: http://evil.example 'ref'",
    "evil\u202etxt.exe\u200b\x1b[31m",
]


def decode(md: str) -> str:
    """What CommonMark shows for text made only of characters and backslash escapes (the model)."""
    return re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", md)


@pytest.mark.parametrize("value", HOSTILE, ids=range(len(HOSTILE)))
def test_plain_is_inert_and_reads_as_written(value):
    md = plain(value)
    assert "\n" not in md and "\r" not in md
    # every ASCII punctuation character is escaped, so no Markdown or HTML syntax is left
    unescaped = re.sub(r"\\[!-/:-@\[-`{-~]", "", md)
    assert not re.search(r"[!-/:-@\[-`{-~]", unescaped), unescaped
    shown = decode(md)
    # GFM autolink literals and shortcodes are found in the decoded text: none can match there
    assert not re.search(r"(https?://|www\.)", shown, re.IGNORECASE)
    assert not re.search(r"@[\w-]", shown) and not re.search(r":[\w+-]", shown)
    # and it reads as written: only line breaks and invisible format characters became spaces
    expected = re.sub(r"[\x00-\x1f\x7f\u200b\u202e]", " ", value).strip()
    assert shown.replace(WORD_JOINER, "") == expected


def test_plain_shortens_and_lists():
    assert decode(plain("x" * 500, limit=10)) == "x" * 9 + "…"
    assert plain_list([str(i) for i in range(12)], max_items=3) == "0, 1, 2, …"


# ------------------------------------------------------------------------------------------------ the pages

def _markdown_texts(at) -> list[str]:
    """Every text the page renders as Markdown: bodies, alerts, captions, labels and tooltips."""
    out = []
    for kind in ("markdown", "caption", "info", "warning", "error", "success", "title", "header", "subheader"):
        out += [e.value for e in getattr(at, kind)]
    for kind in ("button", "text_input", "selectbox", "multiselect"):
        for w in getattr(at, kind):
            out += [w.label, getattr(w, "help", None) or ""]
    return out


def _assert_inert(texts: list[str], value: str) -> None:
    joined = "\n".join(texts)
    assert plain(value) in joined, f"{value!r} not shown"
    risky = re.search(r"[\[\]()<>!*_`:$#|@~]", value)
    if risky:
        assert value not in joined, f"{value!r} shown raw"


@pytest.mark.parametrize("value", [v for v in HOSTILE if "\n" not in v], ids=lambda v: v[:20])
def test_region_link_value_is_inert(navigation_v2, built_db, value):
    at = app_test({"lang": "en", "region": value})
    at.switch_page("pages/region.py").run()
    assert not at.exception
    _assert_inert([w.value for w in at.warning], value)


def test_compare_link_values_are_inert(navigation_v2, built_db):
    values = [v for v in HOSTILE if "," not in v and "\n" not in v][:10]    # the warning lists up to 10
    at = app_test({"lang": "en", "regions": ",".join(values)})
    at.switch_page("pages/compare.py").run()
    assert not at.exception
    (warning,) = [w.value for w in at.warning]
    for v in values:
        _assert_inert([warning], v.strip())


PASSWORD = "correct horse battery staple"


def test_import_page_shows_file_names_and_names_inert(tmp_path, monkeypatch):
    """A file named like a Markdown link and an importer named like an image, through upload, confirm and
    history: every Markdown element shows them escaped."""
    from streamlit.testing.v1 import AppTest

    from analytics.warehouse import build
    from tests.conftest import REPO
    db = tmp_path / "smartcity.duckdb"
    monkeypatch.setenv("KOTA_CERDAS_DB", str(db))
    monkeypatch.setenv("KOTA_CERDAS_IMPORTS_DIR", str(tmp_path / "imports"))
    build.build(db)
    name = "[open me](https:evil.example) <img src=x onerror=alert(1)>.csv"   # (no "/": browsers send none)
    who = "![me](http://evil.example/p.png)"
    at = AppTest.from_file(str(REPO / "pages" / "import.py"), default_timeout=60)
    at.secrets["admin_password"] = PASSWORD
    at.run()
    at.text_input[0].input(PASSWORD)
    at.button[0].click().run()
    at.text_input(key="import_by").input(who).run()
    at.file_uploader[0].upload(name, b"region_code,year,pillar,score\n73.71,2022,governance,3\n", "text/csv").run()
    assert not at.exception
    _assert_inert(_markdown_texts(at), name)
    at.button(key="import-confirm").click().run()
    assert not at.exception
    texts = _markdown_texts(at)
    _assert_inert(texts, name)          # the flash message and the history's rollback caption
    _assert_inert([c.value for c in at.caption], who)
    # the history table shows them as they are (a table is plain text)
    hist = at.dataframe[0].value
    assert name in hist.iloc[:, 1].tolist() and who in hist.iloc[:, 6].tolist()
