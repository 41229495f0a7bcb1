"""Sidebar filters shared by the pages. Values live in the URL as language-independent codes (parsed by
analytics/links.py through ui/links.py, the same parser presenter mode uses) so a link reproduces the view in
either language, and persist across pages for the session (the session is the source of truth; the URL is
rewritten on every run).

The lens (:func:`lens_control`, :func:`current_lens`) chooses what every score view shows: ``open`` — the
open-statistics index of real BPS/Kemendes data (the default) — or ``evaluation`` — the programme's evaluation
scores (synthetic demo unless published or imported). It lives in the URL as ``?lens=open|evaluation``: a
language-independent code, written by hand (a widget bound to the URL would write its translated label), like
the language switch."""

from __future__ import annotations

import streamlit as st

from collections.abc import Callable

from analytics.domain import DEFAULT_AS_OF, DEFAULT_LENS, ISLAND_GROUPS, LENSES, REGION_TYPES
from analytics.links import FILTER_PARAMS, ISLAND, PROVINCE, TYPE, YEAR, island_code, parse_choice
from analytics.summaries.filters import Filters

from . import data, links, presenter
from .i18n import t

_ALL = ""
LENS_PARAM = "lens"            # ?lens=open|evaluation
LENS_STATE = "ui_lens"         # the session's lens (a plain key)
LENS_WIDGET = "lens_switch"    # the radio's key


def url_lens() -> str | None:
    """The lens the URL asks for (``?lens=open|evaluation``, any case, or a lens label in either language),
    or None."""
    code, _ = parse_choice(LENS_PARAM, st.query_params.get(LENS_PARAM), LENSES,
                           links.label_aliases(LENSES, key=lambda v: f"lens.{v}"))
    return code


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
    _, problem = parse_choice(LENS_PARAM, st.query_params.get(LENS_PARAM), LENSES,
                              links.label_aliases(LENSES, key=lambda v: f"lens.{v}"))
    if problem is not None:
        links.warn([problem])
    lens = current_lens()
    st.session_state[LENS_STATE] = lens
    if presenter.is_active():
        return lens
    st.query_params[LENS_PARAM] = lens
    st.session_state[LENS_WIDGET] = lens    # every run: the radio on another page is a new widget
    (where or st.sidebar).radio(t("lens.label"), list(LENSES), key=LENS_WIDGET, on_change=_lens_changed,
                                format_func=lambda v: t(f"lens.{v}"), help=t("lens.help"))
    return lens


def _set_state(key: str, value) -> None:
    if st.session_state.get(key) != value:
        st.session_state[key] = value


def _url_writer(param: str, code: Callable[[object], str | None]) -> Callable[[], None]:
    """on_change of a filter widget: the new value's code goes into the URL before the rerun (the URL's value
    wins over the session at the start of a run, so it must be the new one)."""
    def changed() -> None:
        links.set_param(param, code(st.session_state.get(param)))
    return changed


def _island_code(v) -> str | None:
    return island_code(v) if v in ISLAND_GROUPS else None


def _plain_code(v) -> str | None:
    return str(v) if v not in (None, _ALL) else None


def sidebar_filters(*, year: bool = True, regions: bool = True) -> Filters:
    """Draw the shared filters in the sidebar and return them. Pages that ignore a filter hide it (and keep it).

    The URL holds codes (``year=2023&island=sulawesi&province=73&type=kota``; names are accepted too — see
    analytics/links.py): its valid values win over the session (a shared link), a value not understood gives a
    warning and the default; the session's values are written back into the URL on every run, so a link made
    on any page carries them and a move to another page keeps them."""
    if presenter.is_active():  # presenter mode draws no sidebar: the URL's values or the defaults
        links.warn(links.read_filters().problems)
        f = presenter.url_filters()
        return f if regions else Filters(as_of=f.as_of if year else DEFAULT_AS_OF)
    link = links.read_filters()
    links.warn(link.problems)
    years = list(data.dataset().years)
    for problem in link.problems:                # not understood: the default
        _set_state(problem.param, DEFAULT_AS_OF if problem.param == YEAR else _ALL)
    for param, value in link.values.items():     # the URL wins (a shared link)
        _set_state(param, value)
    if st.session_state.get(YEAR) not in years:
        _set_state(YEAR, DEFAULT_AS_OF if DEFAULT_AS_OF in years else years[-1])
    for param in (ISLAND, PROVINCE, TYPE):
        st.session_state.setdefault(param, _ALL)
    for param in FILTER_PARAMS:
        # assigned on every run, before the widget: a widget on another page is a new widget, which would
        # otherwise start from its first option instead of the session's value
        st.session_state[param] = st.session_state[param]
    sb = st.sidebar
    sb.subheader(t("sidebar.filters"))
    as_of = int(st.session_state[YEAR])
    if year:
        as_of = int(sb.select_slider(t("filter.as_of"), options=years, key=YEAR, persist_state="session",
                                     on_change=_url_writer(YEAR, _plain_code), help=t("filter.as_of_help")))
    links.set_param(YEAR, str(as_of))
    if not regions:
        _keep_regions_in_url()
        return Filters(as_of=as_of)
    ds = data.dataset()
    reg = ds.regions
    if st.session_state.get(ISLAND) not in (_ALL, *ISLAND_GROUPS):
        st.session_state[ISLAND] = _ALL
    island = sb.selectbox(t("filter.island_group"), [_ALL, *ISLAND_GROUPS], key=ISLAND,
                          format_func=lambda v: v or t("filter.all"), persist_state="session",
                          on_change=_url_writer(ISLAND, _island_code))
    provs = ds.memo("province_islands",                   # once per data version, not on every run
                    lambda: reg[["province_code", "province_name", "island_group"]].drop_duplicates())
    if island:
        provs = provs[provs["island_group"] == island]
    names = dict(zip(provs["province_code"], provs["province_name"]))
    if st.session_state.get(PROVINCE) not in (None, _ALL, *names):
        st.session_state[PROVINCE] = _ALL  # province outside the chosen island group
    province = sb.selectbox(t("filter.province"), [_ALL, *sorted(names, key=names.get)], key=PROVINCE,
                            format_func=lambda c: names.get(c, t("filter.all")), persist_state="session",
                            on_change=_url_writer(PROVINCE, _plain_code))
    if st.session_state.get(TYPE) not in (_ALL, *REGION_TYPES):
        st.session_state[TYPE] = _ALL
    kind = sb.selectbox(t("filter.type"), [_ALL, *REGION_TYPES], key=TYPE,
                        format_func=lambda v: t(f"type.{v}") if v else t("filter.all"), persist_state="session",
                        on_change=_url_writer(TYPE, _plain_code))
    f = Filters(as_of=as_of, island_group=island or None, province=province or None, type=kind or None)
    _keep_regions_in_url()
    sb.caption(t("filter.summary", n=int(f.mask(reg).sum())))
    return f


def _keep_regions_in_url() -> None:
    """The session's island group, province and type as codes in the URL (also on pages that hide them)."""
    codes = links.session_codes()
    for param in (ISLAND, PROVINCE, TYPE):
        links.set_param(param, codes[param])


def set_filter(param: str, value) -> None:
    """Set a shared filter from code (e.g. the map's click on a province): the session and the URL."""
    st.session_state[param] = value
    links.set_param(param, links.session_codes()[param] if param != YEAR else str(int(value)))


def coded_choice(label: str, options: list, *, param: str, key: str, default=None, format_func=str,
                 widget: str = "selectbox", where=None, help: str | None = None, aliases=None, on_change=None,
                 **kw):
    """A selectbox (or ``select_slider``/``radio``/``segmented_control``) whose value lives in the URL as its
    *code* (``?param=code``), not as its translated label, so a link works in both languages. The URL's valid
    value (the code in any case, or an alias: ``aliases`` maps other spellings, e.g. every language's label from
    :func:`ui.links.label_aliases`, to the option) wins over the session; a value not understood gives a visible
    warning and ``default`` (the first option when None); none gives the session's value or ``default``."""
    codes = [str(o) for o in options]
    by_code = dict(zip(codes, options))
    code, problem = parse_choice(param, st.query_params.get(param), codes,
                                 {a: str(o) for a, o in (aliases or {}).items() if str(o) in by_code})
    fallback = default if default in options else options[0]
    if problem is not None:
        links.warn([problem])
        value = fallback
    elif code is not None:
        value = by_code[code]
    elif st.session_state.get(key) in options:
        value = st.session_state[key]
    else:
        value = fallback
    st.session_state[key] = value     # every run, before the widget (a new page's widget starts from it)
    links.set_param(param, str(value))

    def changed() -> None:
        links.set_param(param, str(st.session_state[key]))
        if on_change is not None:
            on_change()

    area = where or st
    draw = getattr(area, widget)
    if widget == "segmented_control":
        kw.setdefault("required", True)
    return draw(label, options, key=key, format_func=format_func, on_change=changed, help=help, **kw)


def scoped(title: str, f: Filters) -> str:
    """A chart's title under a region filter, ending with the filter in words ("… · Sulawesi Selatan",
    "… · Sulawesi · Kota"): a screenshot or a downloaded PNG says which regions it counts. Unfiltered: as is."""
    if f.national:
        return title
    from .i18n import current_language
    from .map_text import scope_text          # late: it imports the map's drawing code, which most pages never need
    return f"{title} · {scope_text(f, data.dataset().regions, current_language())}"
