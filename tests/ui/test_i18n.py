"""The message catalogue and its use: every key has English and Indonesian text with the same format fields;
no page or ui module passes a literal user-facing string to Streamlit; every ``t("...")`` key exists; the
language follows the URL, else the browser's locale, and the switch keeps it in the URL."""

from __future__ import annotations

import ast
import re
import string
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.ui.apptest import app_test, navigation_v2  # noqa: F401 - fixture
from ui.messages import MESSAGES, SOURCES

LANGS = ("en", "id")
SCANNED = sorted([*(REPO / "pages").glob("*.py"), *(REPO / "ui").rglob("*.py"), REPO / "app.py"])
SCANNED = [p for p in SCANNED if "messages" not in p.parts]      # the catalogue itself holds the texts


# --- the catalogue -----------------------------------------------------------------------------------------

def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_every_key_has_both_languages_with_the_same_fields(key):
    entry = MESSAGES[key]
    assert set(entry) == set(LANGS), f"{key} ({SOURCES[key]}): languages {sorted(entry)}"
    for lang in LANGS:
        assert isinstance(entry[lang], str) and entry[lang].strip(), f"{key}: empty {lang} text"
    assert _fields(entry["en"]) == _fields(entry["id"]), f"{key}: format fields differ between en and id"
    # both must format with their fields (no stray braces)
    dummy = {f: "x" for f in _fields(entry["en"])}
    for lang in LANGS:
        entry[lang].format(**dummy)


def test_keys_are_dotted_and_modules_hold_messages():
    assert len(MESSAGES) > 50
    for key in MESSAGES:
        assert re.fullmatch(r"[a-z0-9_]+(\.[a-z0-9_]+)+", key), f"key {key!r} is not dotted lower-case"


# sentences copied into the Indonesian slot untranslated; words that are the same in both languages (names,
# acronyms, links) are fine
def _words(text: str) -> list[str]:
    text = re.sub(r"https?://\S+?(?=[)\s]|$)", " ", text)
    return re.findall(r"[^\W\d_]{3,}", text)


def test_long_texts_are_translated():
    same = [k for k, v in MESSAGES.items() if v["en"] == v["id"] and len(_words(v["en"])) >= 4]
    assert not same, f"identical en/id text (untranslated?): {same}"


# --- static check of the code: no literal user-facing strings passed to Streamlit ---------------------------

# methods whose first positional argument is shown to the user
LABEL_METHODS = {
    "title", "header", "subheader", "markdown", "caption", "text", "write", "info", "warning", "error",
    "success", "exception", "toast", "button", "download_button", "link_button", "page_link", "checkbox",
    "toggle", "radio", "selectbox", "multiselect", "select_slider", "slider", "number_input", "text_input",
    "text_area", "date_input", "time_input", "datetime_input", "file_uploader", "color_picker",
    "segmented_control", "pills", "metric", "expander", "popover", "spinner", "status", "form_submit_button",
    "chat_input", "camera_input", "audio_input", "menu_button", "html", "tabs", "Page", "dialog",
    # st.column_config
    "Column", "TextColumn", "NumberColumn", "CheckboxColumn", "SelectboxColumn", "DatetimeColumn",
    "DateColumn", "TimeColumn", "ListColumn", "LinkColumn", "ImageColumn", "ProgressColumn", "BarChartColumn",
    "LineChartColumn", "AreaChartColumn", "JsonColumn", "MultiselectColumn",
}
# also used by non-Streamlit objects (files, loggers, str): only checked on a Streamlit receiver
AMBIGUOUS = {"title", "header", "text", "write", "info", "warning", "error", "exception", "status", "html"}
# keyword arguments shown to the user
LABEL_KWARGS = {"label", "body", "help", "placeholder", "caption", "title", "text", "display_text", "delta",
                "page_title"}
WRITE_ALL_ARGS = {"write", "tabs"}
KWARGS_ONLY = {"Page", "page_link"}   # st.Page(path, title=...), st.page_link(page, label=...)

# literal strings allowed anyway, with the reason (keep this short)
ALLOWED_LITERALS: dict[str, str] = {
    "Kota Cerdas": "the product name (browser tab title), the same in both languages",
}


def _visible(text: str, *, html: bool) -> str:
    """What a reader would see of a literal: fields, icons and markup removed."""
    if html:
        text = re.sub(r"(?is)<(style|script)\b.*?</\1\s*>", " ", text)
        text = re.sub(r"(?s)<[^>]*>", " ", text)
        text = re.sub(r"&[a-zA-Z]+;|&#\d+;", " ", text)
    text = re.sub(r"\{[^{}]*\}", " ", text)                      # format fields
    text = re.sub(r":material/[a-z0-9_]+:|:[a-z0-9_+-]+:", " ", text)   # icons and emoji shortcodes
    return text


def _has_letters(text: str) -> bool:
    return re.search(r"[^\W\d_]", text) is not None


@dataclass
class Finding:
    path: str
    line: int
    call: str
    text: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line} {self.call}({self.text!r})"


def _streamlit_names(tree: ast.Module) -> set[str]:
    """Names bound to Streamlit objects: ``st`` and anything assigned from an expression using it
    (``c1, c2 = st.columns(2)``, ``sb = st.sidebar``, ``with st.expander(...) as box``, ``for col in st.columns``)."""
    names = {"st"}

    def uses_st(node: ast.AST) -> bool:
        return any(isinstance(n, ast.Name) and n.id in names for n in ast.walk(node))

    def targets(node: ast.AST) -> list[str]:
        return [n.id for n in ast.walk(node) if isinstance(n, ast.Name)]

    for _ in range(3):  # propagate through a few assignment chains
        for node in ast.walk(tree):
            if isinstance(node, ast.Assign) and uses_st(node.value):
                for tgt in node.targets:
                    names.update(targets(tgt))
            elif isinstance(node, (ast.With, ast.AsyncWith)):
                for item in node.items:
                    if item.optional_vars is not None and uses_st(item.context_expr):
                        names.update(targets(item.optional_vars))
            elif isinstance(node, ast.For) and uses_st(node.iter):
                names.update(targets(node.target))
    return names


def _module_strings(tree: ast.Module) -> dict[str, ast.AST]:
    """Module-level ``NAME = "literal"`` (or f-string) assignments, so ``st.title(TITLE)`` is checked too."""
    out = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.value, (ast.Constant, ast.JoinedStr)):
            for tgt in node.targets:
                if isinstance(tgt, ast.Name):
                    out[tgt.id] = node.value
    return out


def _literal_texts(node: ast.AST, consts: dict[str, ast.AST]) -> list[str]:
    """The literal text parts of an argument (str constant, f-string constant parts, list/tuple of those)."""
    if isinstance(node, ast.Name) and node.id in consts:
        node = consts[node.id]
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.JoinedStr):
        return ["".join(v.value for v in node.values if isinstance(v, ast.Constant))]
    if isinstance(node, (ast.List, ast.Tuple)):
        return [t for elt in node.elts for t in _literal_texts(elt, consts)]
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Mod)):
        return _literal_texts(node.left, consts) + _literal_texts(node.right, consts)
    return []


def _root(node: ast.AST) -> str | None:
    while isinstance(node, (ast.Attribute, ast.Call, ast.Subscript)):
        node = node.func if isinstance(node, ast.Call) else node.value
    return node.id if isinstance(node, ast.Name) else None


def literal_ui_strings(source: str, path: str = "<string>") -> list[Finding]:
    """Literal user-facing strings passed to Streamlit in ``source``."""
    tree = ast.parse(source)
    st_names = _streamlit_names(tree)
    consts = _module_strings(tree)
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
            continue
        method = node.func.attr
        if method not in LABEL_METHODS:
            continue
        root = _root(node.func.value)
        if method in AMBIGUOUS and root not in st_names:
            continue
        if root in {"logging", "logger", "log", "_LOGGER", "LOGGER", "warnings", "parser", "argparse"}:
            continue
        html = method == "html" or any(k.arg == "unsafe_allow_html" for k in node.keywords)
        args = [] if method in KWARGS_ONLY else node.args if method in WRITE_ALL_ARGS else node.args[:1]
        checked = list(args) + [k.value for k in node.keywords if k.arg in LABEL_KWARGS]
        for arg in checked:
            for text in _literal_texts(arg, consts):
                if text in ALLOWED_LITERALS:
                    continue
                if _has_letters(_visible(text, html=html)):
                    found.append(Finding(path, node.lineno, method, text))
    return found


@pytest.mark.parametrize("path", SCANNED, ids=lambda p: str(p.relative_to(REPO)))
def test_no_literal_user_facing_strings(path):
    findings = literal_ui_strings(path.read_text(encoding="utf-8"), str(path.relative_to(REPO)))
    assert not findings, "literal user-facing strings (put them in ui/messages/ and call t()):\n" + \
        "\n".join(map(str, findings))


@pytest.mark.parametrize(("source", "flagged"), [
    ('st.title("Hello")', True),
    ('st.sidebar.caption("Filters")', True),
    ('c1, c2 = st.columns(2)\nc1.metric("Participants", 3)', True),
    ('with st.expander("Sources"):\n    pass', True),
    ('tab_a, tab_b = st.tabs(["Map", t("x")])', True),
    ('st.selectbox(label="Province", options=[])', True),
    ('st.button(t("x"), help="Click me")', True),
    ('st.markdown(f"Total: {n}")', True),
    ('TITLE = "Welcome"\nst.header(TITLE)', True),
    ('st.html("<p>Hello</p>")', True),
    ('st.markdown("<b>Hi</b>", unsafe_allow_html=True)', True),
    ('box = st.container()\nbox.write("some text")', True),
    ('st.column_config.LinkColumn("Source")', True),
    ('st.Page("pages/map.py", title="Map")', True),
    ('st.page_link("pages/region.py", label="Open the profile")', True),
    # allowed
    ('st.title(t("home.title"))', False),
    ('st.markdown(f"**{t(\'map.selected\')}**")', False),
    ('st.caption("{} · {}".format(a, b))', False),
    ('st.caption(f"{a} · {b} — {c:.1f}")', False),
    ('st.button("", icon=":material/download:", key="dl-map")', False),
    ('st.markdown("")', False),
    ('st.metric(t("x"), "—")', False),
    ('st.html("<style>h1 { font-size: 2rem; color: red }</style>")', False),
    ('st.markdown(f"<div style=\'font-size:0.85rem\'>{rows}</div>", unsafe_allow_html=True)', False),
    ('log.info("building the database")', False),
    ('fh.write("a,b,c")', False),
    ('name.title()', False),
    ('st.set_page_config(page_title="Kota Cerdas")', False),
    ('st.Page("pages/map.py", title=t("nav.map"), icon=":material/map:")', False),
    ('st.page_link("pages/region.py", label=t("map.open_profile"), query_params={"region": code})', False),
    ('st.selectbox(t("x"), ["kabupaten", "kota"], key="type")', False),
])
def test_static_check_examples(source, flagged):
    assert bool(literal_ui_strings(source)) is flagged, literal_ui_strings(source)


# --- every t("...") key exists ------------------------------------------------------------------------------

def _t_calls(tree: ast.Module):
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and node.args and (
                (isinstance(node.func, ast.Name) and node.func.id == "t")
                or (isinstance(node.func, ast.Attribute) and node.func.attr == "t")):
            yield node


def used_keys(path: Path) -> tuple[set[str], set[str]]:
    """Literal keys and f-string key prefixes passed to ``t`` in ``path``."""
    keys, prefixes = set(), set()
    for call in _t_calls(ast.parse(path.read_text(encoding="utf-8"))):
        arg = call.args[0]
        if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
            keys.add(arg.value)
        elif isinstance(arg, ast.JoinedStr) and arg.values and isinstance(arg.values[0], ast.Constant):
            prefixes.add(arg.values[0].value)
    return keys, prefixes


@pytest.mark.parametrize("path", SCANNED, ids=lambda p: str(p.relative_to(REPO)))
def test_every_used_key_exists(path):
    keys, prefixes = used_keys(path)
    missing = sorted(k for k in keys if k not in MESSAGES)
    assert not missing, f"{path.relative_to(REPO)} uses keys missing from ui/messages: {missing}"
    dead = sorted(p for p in prefixes if not any(k.startswith(p) for k in MESSAGES))
    assert not dead, f"{path.relative_to(REPO)} builds keys from prefixes no key has: {dead}"


# --- language choice in the app -----------------------------------------------------------------------------

def _nav_title(at) -> str:
    return at.title[0].value if at.title else ""


@pytest.mark.parametrize(("query", "locale", "expected"), [
    ({}, None, "en"),
    ({}, "en-US", "en"),
    ({}, "id-ID", "id"),
    ({}, "id", "id"),
    ({}, "in-ID", "id"),            # the old ISO code some Android browsers still send
    ({}, "de-DE", "en"),
    ({"lang": "en"}, "id-ID", "en"),   # the URL wins over the browser
    ({"lang": "id"}, "en-GB", "id"),
    ({"lang": "fr"}, "id-ID", "id"),   # an unknown language in the URL is ignored
])
def test_language_follows_url_then_locale(navigation_v2, built_db, query, locale, expected):
    at = app_test(query, locale=locale).run()
    assert not at.exception, at.exception
    assert at.session_state["lang"] == expected
    assert at.query_params["lang"] == expected          # and the URL keeps it
    assert at.segmented_control(key="lang").value == expected
    assert _nav_title(at) == MESSAGES["home.title"][expected]


def test_switch_changes_texts_and_url(navigation_v2, built_db):
    at = app_test({}, locale="id-ID").run()
    assert _nav_title(at) == MESSAGES["home.title"]["id"]
    at.segmented_control(key="lang").set_value("en").run()
    assert not at.exception
    assert at.query_params["lang"] == "en"
    assert _nav_title(at) == MESSAGES["home.title"]["en"]
    at.segmented_control(key="lang").set_value("id").run()
    assert at.query_params["lang"] == "id"
    assert _nav_title(at) == MESSAGES["home.title"]["id"]
