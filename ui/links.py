"""Shared links, the Streamlit side: the URL's codes (parsed by :mod:`analytics.links`, the one parser) read
into the session, written back after the widgets, and a visible, translated warning for a value not understood.

Normal mode (ui/filters.py ``sidebar_filters``, ``coded_choice``) and presenter mode (ui/presenter.py
``url_filters``) read the URL through :func:`read_filters`, so a link opens the same filters in both, in either
language. :func:`keep_in_url` (app.py, every run) puts the session's filters back into the URL after a move from
the page menu, which starts the new page with no query parameters.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

import streamlit as st

from analytics import links as core
from analytics.domain import DEFAULT_AS_OF, ISLAND_GROUPS, REGION_TYPES

from .i18n import LANGUAGES
from .messages import MESSAGES
from .safe import plain

LENS_STATE = "ui_lens"      # the session's lens (ui/filters.py)


def provinces() -> dict[str, str]:
    """Province code → name, from the data."""
    from . import data
    ds = data.dataset()

    def names() -> dict[str, str]:
        pairs = ds.regions[["province_code", "province_name"]].drop_duplicates()
        return {str(c): str(n) for c, n in zip(pairs["province_code"], pairs["province_name"])}
    return dict(ds.memo("province_names", names))       # once per data version (every run reads the URL)


def years() -> list[int]:
    from . import data
    return [int(y) for y in data.dataset().years]


def read_filters(query: Mapping[str, object] | None = None) -> core.LinkFilters:
    """The URL's shared filters (``year``, ``island``, ``province``, ``type``) with the problems found."""
    q = st.query_params if query is None else query
    return core.parse_filters(q, years=years(), provinces=provinces(), default_as_of=DEFAULT_AS_OF)


def warn(problems: Iterable[core.Problem]) -> None:
    """One visible warning per value not understood, naming the parameter and the value (escaped)."""
    from .i18n import t
    for p in problems:
        st.warning(t("links.invalid", param=plain(p.param, 40), value=plain(p.value, 80)), icon=":material/link_off:")


def label_aliases(codes: Iterable, key: Callable[[object], str] | None = None,
                  label: Callable[[object, str], str] | None = None) -> dict[str, object]:
    """Every language's display label of each code (``key(code)`` is its message key, or ``label(code, lang)``
    gives it), mapped to the code: links made from the old label-valued URLs still open."""
    out: dict[str, object] = {}
    for code in codes:
        for lang in LANGUAGES:
            if label is not None:
                text = label(code, lang)
            else:
                entry = MESSAGES.get(key(code)) if key else None
                text = (entry or {}).get(lang)
            if text:
                out.setdefault(str(text), code)
    return out


def set_param(param: str, code: str | None) -> None:
    """Write ``?param=code`` (delete it for None), only when it changes."""
    if code is None:
        if param in st.query_params:
            del st.query_params[param]
    elif st.query_params.get(param) != code:
        st.query_params[param] = code


def session_codes() -> dict[str, str | None]:
    """The session's filters as URL codes (None: not set or "all")."""
    ss = st.session_state
    island = ss.get(core.ISLAND)
    year = ss.get(core.YEAR)
    return {core.YEAR: str(int(year)) if isinstance(year, int) else None,
            core.ISLAND: core.island_code(island) if island in ISLAND_GROUPS else None,
            core.PROVINCE: ss.get(core.PROVINCE) or None,
            core.TYPE: ss.get(core.TYPE) if ss.get(core.TYPE) in REGION_TYPES else None,
            "lens": ss.get(LENS_STATE) or None}


def keep_in_url() -> None:
    """Put the session's filters into the URL where it has none (a move from the page menu drops the query
    parameters; the session is the source of truth). Never overrides a value the URL gives."""
    for param, code in session_codes().items():
        if code is not None and not st.query_params.get(param):
            st.query_params[param] = code
