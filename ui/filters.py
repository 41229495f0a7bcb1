"""Sidebar filters shared by the pages. Values live in the URL (``bind="query-params"``) so a link
reproduces the view, and persist across pages for the session.

The lens (:func:`lens_control`, :func:`current_lens`) chooses what every score view shows: ``open`` — the
open-statistics index of real BPS/Kemendes data (the default) — or ``evaluation`` — the programme's evaluation
scores (synthetic demo unless published or imported). It lives in the URL as ``?lens=open|evaluation``: a
language-independent code, written by hand (a widget bound to the URL would write its translated label), like
the language switch."""

from __future__ import annotations

import streamlit as st

from analytics.domain import DEFAULT_AS_OF, DEFAULT_LENS, ISLAND_GROUPS, LENSES
from analytics.summaries.filters import Filters

from . import data, presenter
from .i18n import t

_ALL = ""
LENS_PARAM = "lens"            # ?lens=open|evaluation
LENS_STATE = "ui_lens"         # the session's lens (a plain key)
LENS_WIDGET = "lens_switch"    # the radio's key


def url_lens() -> str | None:
    """The lens the URL asks for (``?lens=open|evaluation``), or None."""
    value = st.query_params.get(LENS_PARAM)
    return value if value in LENSES else None


def current_lens() -> str:
    """The lens of this run: the URL's, else the session's, else the default (open statistics)."""
    lens = url_lens() or st.session_state.get(LENS_STATE)
    return lens if lens in LENSES else DEFAULT_LENS


def _lens_changed() -> None:
    lens = st.session_state.get(LENS_WIDGET)
    if lens in LENSES:
        st.session_state[LENS_STATE] = lens
        st.query_params[LENS_PARAM] = lens


def lens_control(where=None) -> str:
    """Draw the lens switch (sidebar, or ``where``) and return the lens. The URL's ``lens`` wins (a shared link),
    then the session's; the code is written into the URL on every run so a link carries it. In presenter mode
    nothing is drawn (the URL's lens or the default)."""
    lens = current_lens()
    st.session_state[LENS_STATE] = lens
    if presenter.is_active():
        return lens
    st.query_params[LENS_PARAM] = lens
    if st.session_state.get(LENS_WIDGET) != lens:
        st.session_state[LENS_WIDGET] = lens
    (where or st.sidebar).radio(t("lens.label"), list(LENSES), key=LENS_WIDGET, on_change=_lens_changed,
                                format_func=lambda v: t(f"lens.{v}"), help=t("lens.help"))
    return lens


def sidebar_filters(*, year: bool = True, regions: bool = True) -> Filters:
    """Draw the shared filters in the sidebar and return them. Pages that ignore a filter hide it."""
    if presenter.is_active():  # presenter mode draws no sidebar: the URL's values or the defaults
        f = presenter.url_filters()
        return f if regions else Filters(as_of=f.as_of if year else DEFAULT_AS_OF)
    sb = st.sidebar
    sb.subheader(t("sidebar.filters"))
    as_of = DEFAULT_AS_OF
    if year:
        as_of = sb.select_slider(t("filter.as_of"), options=list(data.dataset().years),
                                 value=DEFAULT_AS_OF, key="year", bind="query-params", persist_state="session",
                                 help=t("filter.as_of_help"))
    if not regions:
        return Filters(as_of=int(as_of))
    reg = data.regions()
    island = sb.selectbox(t("filter.island_group"), [_ALL, *ISLAND_GROUPS], key="island",
                          format_func=lambda v: v or t("filter.all"), bind="query-params", persist_state="session")
    provs = reg[[c for c in ("province_code", "province_name", "island_group")]].drop_duplicates()
    if island:
        provs = provs[provs["island_group"] == island]
    names = dict(zip(provs["province_code"], provs["province_name"]))
    if st.session_state.get("province") not in (None, _ALL, *names):
        st.session_state["province"] = _ALL  # province outside the chosen island group
    province = sb.selectbox(t("filter.province"), [_ALL, *sorted(names, key=names.get)], key="province",
                            format_func=lambda c: names.get(c, t("filter.all")), bind="query-params",
                            persist_state="session")
    kind = sb.selectbox(t("filter.type"), [_ALL, "kabupaten", "kota"], key="type",
                        format_func=lambda v: t(f"type.{v}") if v else t("filter.all"),
                        bind="query-params", persist_state="session")
    f = Filters(as_of=int(as_of), island_group=island or None, province=province or None, type=kind or None)
    sb.caption(t("filter.summary", n=int(f.mask(reg).sum())))
    return f


def coded_choice(label: str, options: list, *, param: str, key: str, default=None, format_func=str,
                 widget: str = "selectbox", where=None, help: str | None = None, **kw):
    """A selectbox (or ``select_slider``/``radio``) whose value lives in the URL as its *code* (``?param=code``),
    not as its translated label, so a link works in both languages. The URL's valid value wins over the
    session; an invalid or missing one gives ``default`` (the first option when None)."""
    codes = [str(o) for o in options]
    raw = st.query_params.get(param)
    if raw in codes:
        value = options[codes.index(raw)]
    elif st.session_state.get(key) in options:
        value = st.session_state[key]
    else:
        value = default if default in options else options[0]
    if st.session_state.get(key) != value:
        st.session_state[key] = value
    st.query_params[param] = str(value)

    def changed() -> None:
        st.query_params[param] = str(st.session_state[key])

    area = where or st
    draw = getattr(area, widget)
    if widget == "segmented_control":
        kw.setdefault("required", True)
    return draw(label, options, key=key, format_func=format_func, on_change=changed, help=help, **kw)
