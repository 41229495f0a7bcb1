"""The message catalogue and its use: every key has English and Indonesian text with the same format fields;
no page or ui module passes a literal user-facing string to Streamlit; every ``t("...")`` key exists and every
key is used; the language follows the URL, else the browser's locale, and the switch keeps it in the URL.

Each lint is ONE test that lists every problem it finds (not one test per key or file: a test count should say
how many behaviours are checked, not how many strings the catalogue holds)."""

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


# sentences copied into the Indonesian slot untranslated; words that are the same in both languages (names,
# acronyms, links) are fine
def _words(text: str) -> list[str]:
    text = re.sub(r"https?://\S+?(?=[)\s]|$)", " ", text)
    return re.findall(r"[^\W\d_]{3,}", text)


def catalogue_problems(messages: dict[str, dict], sources: dict[str, str] | None = None) -> list[str]:
    """Every missing or odd entry of the catalogue, one line each: a key that is not dotted lower-case, a
    language missing, extra or empty, format fields that differ between the languages or do not format, and a
    long text left untranslated (identical en/id with four words or more)."""
    sources = sources or {}
    out = []
    for key in sorted(messages):
        where = f"{key} ({sources.get(key, '?')})"
        entry = messages[key]
        if not re.fullmatch(r"[a-z0-9_]+(\.[a-z0-9_]+)+", key):
            out.append(f"{where}: key is not dotted lower-case")
        if not isinstance(entry, dict) or set(entry) != set(LANGS):
            out.append(f"{where}: languages {sorted(entry) if isinstance(entry, dict) else entry!r}, "
                       f"expected {list(LANGS)}")
            continue
        texts = {lang: entry[lang] for lang in LANGS}
        empty = [lang for lang, text in texts.items() if not isinstance(text, str) or not text.strip()]
        if empty:
            out.append(f"{where}: empty {'/'.join(empty)} text")
            continue
        try:
            fields = {lang: _fields(text) for lang, text in texts.items()}
        except ValueError as exc:
            out.append(f"{where}: stray brace ({exc})")
            continue
        if fields["en"] != fields["id"]:
            out.append(f"{where}: format fields differ: en {sorted(fields['en'])}, id {sorted(fields['id'])}")
            continue
        dummy = {f: "x" for f in fields["en"]}
        for lang, text in texts.items():
            try:
                text.format(**dummy)
            except (IndexError, KeyError, ValueError) as exc:
                out.append(f"{where}: {lang} text does not format ({exc!r})")
        if texts["en"] == texts["id"] and len(_words(texts["en"])) >= 4:
            out.append(f"{where}: identical en/id text (untranslated?)")
    return out


def test_catalogue_is_complete():
    """One lint over the whole catalogue (it used to be one test per key): lists every missing or odd key."""
    problems = catalogue_problems(MESSAGES, SOURCES)
    assert len(MESSAGES) > 50
    assert not problems, f"{len(problems)} catalogue problem(s):\n" + "\n".join(problems)


def test_catalogue_lint_finds_each_kind_of_problem():
    bad = {
        "Home.Title": {"en": "Home", "id": "Beranda"},
        "home.only_en": {"en": "Only English"},
        "home.empty": {"en": "Text", "id": "  "},
        "home.fields": {"en": "{n} regions", "id": "{count} daerah"},
        "home.brace": {"en": "a {b", "id": "a {b"},
        "home.same": {"en": "This sentence was never translated", "id": "This sentence was never translated"},
        "home.ok": {"en": "{n} regions in Jawa", "id": "{n} daerah di Jawa"},
        "home.name": {"en": "Kota Makassar", "id": "Kota Makassar"},
    }
    found = catalogue_problems(bad)
    assert [line.split(" (")[0] for line in found] == [
        "Home.Title", "home.brace", "home.empty", "home.fields", "home.only_en", "home.same"]


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
    r"https?://(?:www\.)?([^/?#]+)": "ui.downloads.LINK_TEXT: a pattern whose match (a source's site) is shown",
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


def test_no_literal_user_facing_strings():
    """One lint over every page, ui module and app.py: lists every literal user-facing string."""
    findings = [f for path in SCANNED
                for f in literal_ui_strings(path.read_text(encoding="utf-8"), str(path.relative_to(REPO)))]
    assert not findings, "literal user-facing strings (put them in ui/messages/ and call t()):\n" + \
        "\n".join(map(str, findings))


STATIC_CHECK_EXAMPLES = [
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
]


def test_static_check_examples():
    """The lint above flags exactly the hand-classified examples (a table; the mismatches are listed)."""
    wrong = [f"{'missed' if flagged else 'false alarm'}: {source!r}" for source, flagged in STATIC_CHECK_EXAMPLES
             if bool(literal_ui_strings(source)) is not flagged]
    assert not wrong, "\n".join(wrong)


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


# code that may name a catalogue key (pages, ui, app.py, and the figure builders that take label dicts)
KEY_USERS = sorted({*SCANNED, *(REPO / "viz").rglob("*.py"), *(REPO / "analytics").rglob("*.py")})
# keys no code names yet, with the reason; the lint asks to drop an entry once its key is used
KNOWN_UNUSED: dict[str, str] = {
    "app.title": "kept for the browser title once it is translated (app.py sets the product name)",
    "app.build_failed": "for the app's error handling of a failed build (in progress on another branch)",
}


def named_keys(paths) -> tuple[set[str], set[str]]:
    """Every string constant in ``paths`` (a key passed to t(), or kept in a dict/tuple of keys) and every
    f-string prefix that looks like a key prefix (``f"region.source.{src}"`` → ``region.source.``)."""
    strings, prefixes = set(), set()
    for path in paths:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                strings.add(node.value)
                if re.fullmatch(r"[a-z0-9_]+\.([a-z0-9_]+\.)*", node.value):   # a key prefix kept in a variable
                    prefixes.add(node.value)                                # (k = "pillars.open."; t(k + "…"))
            elif isinstance(node, ast.JoinedStr) and node.values and isinstance(node.values[0], ast.Constant):
                head = node.values[0].value
                if re.fullmatch(r"[a-z0-9_]+\.([a-z0-9_]+\.)*", head):
                    prefixes.add(head)
    return strings, prefixes


def test_every_used_key_exists_and_every_key_is_used():
    """One lint over the code: every ``t("…")`` key and f-string key prefix exists in the catalogue, and every
    catalogue key is named somewhere in the code (else it is dead text that nobody translates for a reason)."""
    problems = []
    for path in SCANNED:
        keys, prefixes = used_keys(path)
        rel = path.relative_to(REPO)
        problems += [f"{rel}: key {k!r} is missing from ui/messages" for k in sorted(keys - set(MESSAGES))]
        problems += [f"{rel}: no key starts with the prefix {p!r}" for p in sorted(prefixes)
                     if not any(k.startswith(p) for k in MESSAGES)]
    strings, prefixes = named_keys(KEY_USERS)
    named = {k for k in MESSAGES if k in strings or any(k.startswith(p) for p in prefixes)}
    problems += [f"{k} ({SOURCES[k]}): no code names this key" for k in sorted(set(MESSAGES) - named - set(KNOWN_UNUSED))]
    problems += [f"{k}: listed in KNOWN_UNUSED but used now (drop it from the list)" for k in sorted(KNOWN_UNUSED)
                 if k in named or k not in MESSAGES]
    assert not problems, f"{len(problems)} problem(s):\n" + "\n".join(problems)


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


def test_plotly_s_own_box_words_are_in_the_chart_s_language():
    """The words plotly.js writes on a box plot's hover ("q3:", "upper fence:" …), read from the frontend bundle
    Streamlit ships (an upgrade that adds one fails here), all have an Indonesian word in the inline locale the
    charts pass (``ui.charts.plotly_locale``); in English they stay plotly's own."""
    import re
    from pathlib import Path

    import streamlit

    from ui.charts import plotly_locale
    bundle = next((Path(streamlit.__file__).parent / "static/static/js").glob("PlotlyChart.*.js")).read_text()
    block = re.search(r"labels:\{med:.*?\}\}", bundle).group(0)
    words = set(re.findall(r"`([^`]+:)`", block)) - {"mean ± σ:"}     # the "sd" box, not drawn here
    assert {"median:", "q1:", "q3:", "lower fence:", "upper fence:"} <= words
    config = plotly_locale("id")
    indonesian = config["locales"][config["locale"]]["dictionary"]
    assert words <= set(indonesian)
    assert indonesian["q3:"] == "kuartil 3:" and indonesian["upper fence:"] == "batas atas:"
    config = plotly_locale("en")
    assert all(config["locales"][config["locale"]]["dictionary"][w] == w for w in words)
