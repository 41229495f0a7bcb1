"""Presenter slides: the ``slides=`` codes (order, unknown codes), and the app drawing each slide as headline,
figure and source with no page controls (AppTest)."""

from __future__ import annotations

import re

import pytest

from tests.ui.apptest import app_test, navigation_v2, page_path  # noqa: F401 - fixture
from ui import presenter, slide_content
from ui.messages import MESSAGES

ALL = ["overview", "equity", "map", "pillars", "ascn", "region"]


@pytest.mark.parametrize(("value", "chosen", "unknown"), [
    (None, ALL, []),
    ("", ALL, []),
    ("map,overview,equity", ["map", "overview", "equity"], []),
    (" Map , region ", ["map", "region"], []),                 # codes are case- and space-insensitive
    ("map,map,ascn", ["map", "ascn"], []),                      # a repeat counts once
    ("map,bogus,peta", ["map"], ["bogus", "peta"]),
    ("bogus", ALL, ["bogus"]),                                  # nothing known: the whole talk
])
def test_parse_codes(value, chosen, unknown):
    assert slide_content.parse_codes(value) == (chosen, unknown)
    assert presenter.slides(value) == chosen


def test_next_and_previous_follow_the_chosen_order():
    seq = presenter.slides("map,overview,equity")
    assert [presenter.next_slide(s, seq) for s in seq] == ["overview", "equity", None]
    assert [presenter.prev_slide(s, seq) for s in seq] == [None, "map", "overview"]
    assert presenter.next_slide("pillars", seq) == "map"      # not in this deck: Next starts it
    assert presenter.slide_params({"present": "1", "slides": "map,overview"})["slides"] == "map,overview"


def _indicator(at) -> str:
    return " ".join(m.value for m in at.markdown
                    if re.match(r"\d+/\d+ · ", m.value) or m.value.startswith(("Bukan", "Not a")))   # "2/6 · Map"


# widgets a slide may show: the bar's own (presenter-*) and its language switch
BAR_KEYS = {"presenter-prev", "presenter-next", "presenter-exit", "presenter-pdf", "lang"}


def _page_controls(at) -> list[str]:
    kinds = ("button", "selectbox", "multiselect", "radio", "toggle", "checkbox", "slider", "select_slider",
             "text_input", "number_input", "segmented_control", "pills", "date_input", "text_area")
    found = []
    for kind in kinds:
        for w in getattr(at, kind, []):
            if (w.key or "") not in BAR_KEYS:
                found.append(f"{kind}:{w.key}")
    return found


def test_chosen_slides_in_their_order_without_page_controls(navigation_v2, built_db):
    # not the standard order (map before equity); AppTest cannot step *from* a switched-to root page, so the
    # talk starts at the root here (the browser test tests/e2e/test_slides_e2e.py starts at the map)
    at = app_test({"present": "1", "lang": "en", "slides": "overview,map,bogus,equity"}).run()
    assert not at.exception, at.exception
    order = ["overview", "map", "equity"]
    for k, code in enumerate(order, start=1):
        assert not at.exception, at.exception
        assert page_path(at) in (code, "" if code == "overview" else code), (_indicator(at), at.query_params)
        title = MESSAGES[f"nav.{slide_content.NAV_KEYS[code]}"]["en"]
        assert _indicator(at) == MESSAGES["presenter.indicator"]["en"].format(k=k, n=3, title=title)
        assert len(at.sidebar) == 0
        assert _page_controls(at) == [], code
        assert any("bogus" in w.value for w in at.warning)          # the unknown code, named
        headline = [m.value for m in at.markdown if m.value.startswith("# ")]
        assert len(headline) == 1, headline                          # one message per slide
        assert at.button(key="presenter-next").disabled is (k == len(order))
        assert at.button(key="presenter-prev").disabled is (k == 1)
        if k < len(order):
            at.button(key="presenter-next").click().run()
            assert at.query_params["slides"] == "overview,map,bogus,equity"


@pytest.mark.parametrize("code", ["pillars", "ascn", "region"])
def test_every_slide_renders_in_bahasa(navigation_v2, built_db, code):
    at = app_test({"present": "1", "lang": "id", "slides": code}).run()
    at.switch_page(f"pages/{code}.py").run()
    assert not at.exception, at.exception
    assert _page_controls(at) == []
    title = MESSAGES[f"nav.{code}"]["id"]
    assert _indicator(at) == MESSAGES["presenter.indicator"]["id"].format(k=1, n=1, title=title)
    assert at.button(key="presenter-next").disabled and at.button(key="presenter-prev").disabled


def _wait_prefetched() -> None:
    """Until no slide is being prepared in the background (observable state; the limit only stops a hang)."""
    from ui import slides
    assert slides.wait_prefetched(timeout=600), "the background slides never finished"


def test_the_coming_slides_are_prepared_while_the_first_one_shows(navigation_v2, built_db, monkeypatch):
    """A slide not seen yet took up to 1.6 s after Next (bench/bench_slides.py, round 1): the coming ones are
    now built in the background, in the talk's order, while the presenter speaks, and Next finds each ready
    instead of building it again."""
    from ui import slides
    built: list[str] = []
    real = slide_content.build

    def counting(code, *args, **kwargs):
        built.append(code)
        return real(code, *args, **kwargs)

    monkeypatch.setattr(slide_content, "build", counting)
    started: list[bool] = []
    real_prefetch = slides.prefetch
    monkeypatch.setattr(slides, "prefetch", lambda *a: started.append(real_prefetch(*a)) or started[-1])
    monkeypatch.setattr(slides, "_prepared", {})
    slides._slide.clear()
    slides._figure.clear()
    talk = ["overview", "equity", "pillars"]
    at = app_test({"present": "1", "lang": "en", "slides": ",".join(talk)}).run()
    assert not at.exception, at.exception
    _wait_prefetched()
    assert built == talk, built                             # the coming slides, built before anyone asked
    for code in talk[1:]:
        at.button(key="presenter-next").click().run()
        _wait_prefetched()
        assert not at.exception, at.exception
        assert page_path(at) == code
        title = MESSAGES[f"nav.{slide_content.NAV_KEYS[code]}"]["en"]
        assert _indicator(at) == MESSAGES["presenter.indicator"]["en"].format(k=talk.index(code) + 1, n=3,
                                                                               title=title)
        assert [m.value for m in at.markdown if m.value.startswith("# ")], "the slide's headline"
    assert built == talk, built                             # each shown from what the background built
    assert started == [True] + [False] * 2, started       # later slides start no thread: all built already


def test_a_talk_built_once_is_not_prepared_again_but_a_failed_one_is(monkeypatch):
    from analytics.summaries.filters import Filters
    from ui import slides
    calls: list[str] = []
    fail = {"ascn"}

    shapes: list[tuple[str, bool]] = []

    def figure(version, code, *args, tall=False, **kwargs):
        if not tall:
            calls.append(code)
        if code in fail:
            raise RuntimeError("no data for this slide")
        shapes.append((code, tall))

    monkeypatch.setattr(slides, "_figure", figure)
    monkeypatch.setattr(slides.data, "dataset", lambda: None)
    monkeypatch.setattr(slides, "_prepared", {})
    args = ("v-memo", Filters(as_of=2023), "en", "73.71", None)
    assert slides.prefetch(["equity", "ascn"], *args)
    _wait_prefetched()
    assert slides.prefetch(["equity", "ascn"], *args), "a talk with a failed slide is tried again"
    _wait_prefetched()
    fail.clear()
    assert slides.prefetch(["equity", "ascn"], *args)
    _wait_prefetched()
    assert calls == ["equity", "ascn", "ascn", "ascn"], calls   # only the failed slide is tried again
    assert shapes == [("equity", False), ("equity", True), ("ascn", False), ("ascn", True)], shapes  # both shapes
    assert not slides.prefetch(["equity", "ascn"], *args), "built: no thread"
    assert not slides.prefetch(["ascn"], *args), "the rest of a built talk: no thread"
    assert slides.prefetch(["pillars", "ascn"], *args), "a slide not built yet: a thread"
    _wait_prefetched()
    assert slides.prefetch(["equity", "ascn"], "v-memo", Filters(as_of=2023), "id", "73.71", None), \
        "another language is a new job"
    _wait_prefetched()


def test_a_failing_background_slide_is_logged_and_forgotten(monkeypatch, caplog):
    from analytics.summaries.filters import Filters
    from ui import slides

    def broken(*args, **kwargs):
        raise RuntimeError("no data for this slide")

    monkeypatch.setattr(slides, "_figure", broken)
    monkeypatch.setattr(slides.data, "dataset", lambda: None)
    with caplog.at_level("WARNING", logger="ui.slides"):
        assert slides.prefetch(["equity", "ascn"], "v-test", Filters(as_of=2023), "en", "73.71", None)
        _wait_prefetched()
    failed = [r.getMessage() for r in caplog.records]
    assert any("equity" in m for m in failed) and any("ascn" in m for m in failed), failed  # one failure, not all
    assert not slides.prefetch(["bogus"], "v-test", Filters(as_of=2023), "en", "73.71", None)   # not a slide
