"""Sidebar filters shared by the pages. Values live in the URL (``bind="query-params"``) so a link
reproduces the view, and persist across pages for the session."""

from __future__ import annotations

import streamlit as st

from analytics.domain import DEFAULT_AS_OF, ISLAND_GROUPS
from analytics.summaries.filters import Filters

from . import data, presenter
from .i18n import t

_ALL = ""


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
