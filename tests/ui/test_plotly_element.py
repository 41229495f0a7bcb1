"""The chart element (ui/plotly_element.py): plotly.js published from the plotly package itself, and every chart
keyed so that it is redrawn in place. Its behaviour in a browser: tests/e2e/test_home_e2e.py."""

from __future__ import annotations

import ast
import hashlib
from pathlib import Path

import plotly

from ui import plotly_element as E

REPO = Path(__file__).resolve().parents[2]


def test_plotly_js_is_the_plotly_package_s_own_file_published_under_static(tmp_path, monkeypatch):
    """The published file is byte for byte the installed plotly's plotly.min.js (the version that built the
    figures), named by that version under the served static folder; an unwritable folder gives no URL."""
    monkeypatch.setattr(E, "STATIC_DIR", tmp_path / "static" / "plotly")
    E.plotly_js_url.cache_clear()
    try:
        url = E.plotly_js_url()
        assert url == f"app/static/plotly/plotly-{plotly.__version__}.min.js"
        published = tmp_path / "static" / "plotly" / url.rsplit("/", 1)[1]
        package = Path(plotly.__file__).parent / "package_data" / "plotly.min.js"
        assert hashlib.sha256(published.read_bytes()).digest() == hashlib.sha256(package.read_bytes()).digest()
        assert not [p for p in published.parent.iterdir() if p.name.startswith(".")]      # no temporary left
        blocker = tmp_path / "file"
        blocker.write_text("not a folder")
        monkeypatch.setattr(E, "STATIC_DIR", blocker / "plotly")
        E.plotly_js_url.cache_clear()
        assert E.plotly_js_url() is None
    finally:
        E.plotly_js_url.cache_clear()


def test_every_chart_on_a_page_has_a_key():
    """A chart without a key is mounted anew whenever its figure changes (three plotly draws instead of one
    update). One lint over every page file, listing each show_figure call without ``key=``."""
    missing = []
    for path in sorted((REPO / "pages").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and getattr(node.func, "id", None) == "show_figure"
                    and not any(k.arg == "key" for k in node.keywords)):
                missing.append(f"pages/{path.name}:{node.lineno}")
    assert not missing, f"show_figure without key=: {missing}"
