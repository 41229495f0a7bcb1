"""Presenter mode (``?present=1``): the slide helpers as units, then the app stepping through the slides."""

from __future__ import annotations

import re

import plotly.graph_objects as go
import pytest

from tests.ui.apptest import app_test, navigation_v2, page_path  # noqa: F401 - fixture
from ui import presenter
from ui.charts import PRESENTER_COLOURS, presenter_style
from ui.messages import MESSAGES

SEQUENCE = ["overview", "equity", "map", "pillars", "ascn", "region"]
N = len(SEQUENCE)


# --- pure helpers ------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("current", "nxt", "prv"), [
    ("overview", "equity", None),
    ("equity", "map", "overview"),
    ("map", "pillars", "equity"),
    ("pillars", "ascn", "map"),
    ("ascn", "region", "pillars"),
    ("region", None, "ascn"),
    ("compare", "overview", None),       # a page outside the sequence: Next starts the talk
    (None, "overview", None),
])
def test_next_and_previous(current, nxt, prv):
    assert presenter.next_slide(current) == nxt
    assert presenter.prev_slide(current) == prv


def test_next_then_previous_is_identity():
    for s in SEQUENCE[:-1]:
        assert presenter.prev_slide(presenter.next_slide(s)) == s
    walk, s = [], "overview"
    while s:
        walk.append(s)
        s = presenter.next_slide(s)
    assert walk == SEQUENCE


def test_slide_number():
    assert [presenter.slide_number(s) for s in SEQUENCE] == [1, 2, 3, 4, 5, 6]
    assert presenter.slide_number("about") is None


@pytest.mark.parametrize(("value", "on"), [
    ("1", True), ("true", True), ("TRUE", True), ("yes", True), (["0", "1"], True),
    ("0", False), ("", False), (None, False), ("no", False), ([], False),
])
def test_flag(value, on):
    assert presenter.flag_on(value) is on


def test_slide_params_keep_present_lang_region_and_the_filters():
    # a shared link's filters hold from slide to slide (issue 11: presenter mode read a different format)
    assert presenter.slide_params({"present": "1", "year": "2019", "island": "Jawa", "map_geo": "provinces"}) == \
        {"present": "1", "region": "73.71", "year": "2019", "island": "Jawa"}
    assert presenter.slide_params({"present": "1", "region": "31.71"}, "id") == \
        {"present": "1", "lang": "id", "region": "31.71"}
    assert presenter.slide_params({"present": "1", "lang": "id", "region": "31.71"}, present=False) == \
        {"lang": "id", "region": "31.71"}


def test_url_filters_validate_values(built_db):
    f = presenter.url_filters({"year": "2019", "island": "Jawa", "province": "73", "type": "kota"})
    assert (f.as_of, f.island_group, f.province, f.type) == (2019, "Jawa", "73", "kota")
    # the same link written with names and labels (the sidebar's parser, analytics/links.py)
    f = presenter.url_filters({"year": "2019", "island": "sulawesi", "province": "Sulawesi Selatan", "type": "Kota"})
    assert (f.as_of, f.island_group, f.province, f.type) == (2019, "Sulawesi", "73", "kota")
    f = presenter.url_filters({"year": "1999", "island": "Atlantis", "province": "x", "type": "village"})
    assert (f.as_of, f.island_group, f.province, f.type) == (2023, None, None, None)


def test_presenter_figure_style_is_readable_and_leaves_the_original():
    fig = go.Figure([go.Scatter(x=[1, 2], y=[3, 4], mode="lines", line=dict(width=1)),
                     go.Bar(x=[1], y=[2])])
    fig.update_layout(font=dict(size=11, color="#777777"), paper_bgcolor="#EEEEEE", title="Title",
                      xaxis=dict(tickfont=dict(size=9)))
    out = presenter_style(fig)
    assert out.layout.font.size >= 22 and out.layout.font.color == "#000000"
    assert out.layout.paper_bgcolor == "#FFFFFF" and out.layout.plot_bgcolor == "#FFFFFF"
    assert out.layout.xaxis.tickfont.size >= 20 and out.layout.title.font.size >= 28
    assert out.data[0].line.width >= 4
    assert list(out.layout.template.layout.colorway) == PRESENTER_COLOURS
    assert "#F0E442" not in PRESENTER_COLOURS            # Okabe–Ito yellow is unreadable on white
    assert fig.layout.font.size == 11 and fig.data[0].line.width == 1     # untouched


# --- the app -----------------------------------------------------------------------------------------------

def _indicator(at) -> str:
    return " ".join(m.value for m in at.markdown if re.match(r"\d+/\d+ · ", m.value))    # "2/6 · Map"


def _expected_indicator(k: int, lang: str = "en") -> str:
    key = presenter.SLIDES[k - 1].nav_key
    return MESSAGES["presenter.indicator"][lang].format(k=k, n=N, title=MESSAGES[f"nav.{key}"][lang])


def _assert_slide(at, k: int, lang: str = "en") -> None:
    assert not at.exception, at.exception
    assert page_path(at) in (SEQUENCE[k - 1], "")      # "" = the default page (overview)
    assert _indicator(at) == _expected_indicator(k, lang)
    assert len(at.sidebar) == 0, [type(e).__name__ for e in at.sidebar]    # no sidebar in presenter mode
    assert at.button(key="presenter-prev").disabled is (k == 1)
    assert at.button(key="presenter-next").disabled is (k == N)
    assert at.query_params["present"] == "1"


@pytest.mark.parametrize("lang", ["en", "id"])
def test_next_and_previous_step_through_the_slides(navigation_v2, built_db, lang):
    at = app_test({"present": "1", "lang": lang}).run()
    _assert_slide(at, 1, lang)
    for k in range(2, N + 1):
        at.button(key="presenter-next").click().run()
        _assert_slide(at, k, lang)
        assert at.query_params["lang"] == lang and at.query_params["region"] == "73.71"
    for k in range(N - 1, 0, -1):
        at.button(key="presenter-prev").click().run()
        _assert_slide(at, k, lang)


def test_region_parameter_is_kept(navigation_v2, built_db):
    at = app_test({"present": "1", "region": "31.71"}).run()
    for _ in range(N - 1):
        at.button(key="presenter-next").click().run()
    assert page_path(at) == "region" and at.query_params["region"] == "31.71"


def test_language_switch_in_the_slide_bar(navigation_v2, built_db):
    at = app_test({"present": "1", "lang": "en"}).run()
    at.segmented_control(key="lang").set_value("id").run()
    assert _indicator(at) == _expected_indicator(1, "id")
    at.button(key="presenter-next").click().run()
    _assert_slide(at, 2, "id")


def test_exit_presenter_mode(navigation_v2, built_db):
    at = app_test({"present": "1", "lang": "id"}).run()
    at.button(key="presenter-next").click().run()
    at.button(key="presenter-exit").click().run()
    assert not at.exception
    assert "present" not in at.query_params and at.query_params["lang"] == "id"
    assert page_path(at) == "equity"
    assert len(at.sidebar) > 0 and not _indicator(at)


def test_not_presenting_has_no_slide_bar(navigation_v2, built_db):
    at = app_test({"lang": "en"}).run()
    assert not at.exception and not _indicator(at)
    assert len(at.sidebar) > 0
    assert not [b for b in at.button if (b.key or "").startswith("presenter-")]


def test_page_outside_the_sequence(navigation_v2, built_db):
    at = app_test({"present": "1"}).run()
    at.switch_page("pages/about.py").run()      # (the page's own errors are tests/pages' business)
    assert MESSAGES["presenter.not_a_slide"]["en"] in [m.value for m in at.markdown]
    at.button(key="presenter-next").click().run()
    _assert_slide(at, 1)


def test_presenter_style_makes_room_for_larger_labels():
    radar = go.Figure(go.Scatterpolar(r=[1, 2, 3, 1], theta=["a", "b", "c", "a"]))
    radar.update_layout(height=430, margin=dict(l=100, r=100, t=60, b=70),
                        legend=dict(orientation="h", yanchor="top", y=-0.06))
    out = presenter_style(radar)
    assert out.layout.height >= 620 and out.layout.margin.t >= 120 and out.layout.legend.y <= -0.14
    assert out.layout.polar.angularaxis.tickfont.size >= 20

    heat = go.Figure(go.Heatmap(z=[[1, 2]] * 38, x=["Tata Kelola<br>Pemerintahan<br>Cerdas", "Ekonomi"],
                                y=[f"P{i}" for i in range(38)], texttemplate="%{z}", textfont=dict(size=10)))
    heat.update_layout(title="Median", height=920, margin=dict(t=90))
    heat.update_xaxes(side="top")
    out = presenter_style(heat)
    assert out.layout.height >= 30 * 38 + 220          # one readable row per province
    assert out.layout.margin.t >= 60 + 28 * 3           # title + three lines of pillar names above the plot
    assert out.layout.title.yref == "container" and out.layout.title.yanchor == "top"
    assert out.data[0].textfont.size >= 18


def test_the_sidebar_opens_presenter_mode_with_this_view(navigation_v2, built_db):
    """Nobody has to type ``?present=1``: the sidebar links into presenter mode with the language, filters and lens
    shown — on this page's slide, or on the first slide from a page that is not one."""
    from urllib.parse import parse_qs

    def link(at):
        found = [p for p in at.sidebar.get("page_link") if p.proto.label == MESSAGES["presenter.start"]["id"]]
        assert len(found) == 1, [p.proto.label for p in at.sidebar.get("page_link")]
        return found[0].proto, {k: v[-1] for k, v in parse_qs(found[0].proto.query_string).items()}

    at = app_test({"lang": "id", "year": "2022", "province": "73"}).run()
    proto, query = link(at)
    assert query.pop("lens", "open") == "open"                        # the default lens, whether or not written
    assert query == {"present": "1", "lang": "id", "region": "73.71", "year": "2022", "province": "73"}
    at.select_slider(key="year").set_value(2021).run()                 # a changed filter is in the next link
    assert link(at)[1]["year"] == "2021"
    overview = proto.page_script_hash
    at.switch_page("pages/equity.py").run()
    assert not at.exception and page_path(at) == "equity"
    assert link(at)[0].page_script_hash != overview                   # the equity slide itself
    at.switch_page("pages/methodology.py").run()
    assert not at.exception
    assert link(at)[0].page_script_hash == overview                   # not a slide: the talk's first one
    assert not [p for p in app_test({"present": "1"}).run().get("page_link")
                if p.proto.label == MESSAGES["presenter.start"]["en"]]   # presenting: no way in again
