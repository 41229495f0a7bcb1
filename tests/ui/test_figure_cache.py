"""The figure cache (ui.charts.chart / show_figure): a page shows exactly the figure it would build afresh, the
cache key tells every input apart, and a cached figure handed to a page cannot be changed by it."""

from __future__ import annotations


import numpy as np
import pandas as pd
import plotly.graph_objects as go
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st_

import ui.charts as C
from ui.charts import Chart, Uncacheable, chart, figure_key
from tests.ui.apptest import navigation_v2  # noqa: F401 - fixture
from tests.plotly_charts import plotly_charts


def _specs(at) -> list[dict]:
    return [c.spec for c in plotly_charts(at)]


def _bar(df: pd.DataFrame, labels: dict, *, number=None) -> go.Figure:
    fig = go.Figure(go.Bar(x=df["x"], y=df["y"], text=[number(v) if number else v for v in df["y"]]))
    return fig.update_layout(title=labels["title"])


def test_every_page_shows_from_the_cache_exactly_what_it_builds_afresh(navigation_v2, built_db, monkeypatch):
    """Reference: the same pages with the cache bypassed (every figure built and styled on the run). Each page is
    run twice with the cache on: the first run fills it, the second reads every chart back."""
    from tests.pages.test_all_pages import PAGES, _open

    def uncached(*a, **k):
        raise Uncacheable("reference run")

    cases = [(file, slug, {"lang": lang, **extra}) for lang in ("en", "id") for file, slug in PAGES
             for extra in ({}, {"present": "1"})]
    with monkeypatch.context() as m:
        m.setattr(C, "figure_key", uncached)
        reference = [_specs(_open(file, slug, q)) for file, slug, q in cases]
    assert sum(map(len, reference)) >= 40

    C._styled_once.clear()
    built = []
    real = C._styled

    def counting(fig, presenting):
        built.append(presenting)
        return real(fig, presenting)

    monkeypatch.setattr(C, "_styled", counting)
    for (file, slug, q), want in zip(cases, reference):
        first = _specs(_open(file, slug, q))
        n = len(built)
        again = _specs(_open(file, slug, q))
        assert first == want, (file, q)
        assert again == want, (file, q)
        assert len(built) == n, f"{file} {q}: the second run built a figure again"
    assert len(built) >= 40


def test_key_is_equal_for_equal_inputs_and_differs_for_each_changed_input():
    df = pd.DataFrame({"x": ["a", "b"], "y": [1.0, 2.0]})
    base = figure_key(chart(_bar, df, {"title": "T"}), "en")
    assert figure_key(chart(_bar, df.copy(), {"title": "T"}), "en") == base
    changed = [
        chart(_bar, df.assign(y=[1.0, 2.5]), {"title": "T"}),            # a value
        chart(_bar, df.assign(y=np.array([1, 2], dtype="int64")), {"title": "T"}),  # a dtype
        chart(_bar, df.iloc[::-1], {"title": "T"}),                      # the order
        chart(_bar, df, {"title": "T2"}),                                # a label
        chart(_bar, df, {"title": "T"}, number=lambda v: f"{v:.1f}"),    # a keyword
        chart(_bar, df, {"title": "T"}, number=lambda v: f"{v:.2f}"),    # a different function
        chart(lambda d, lab: _bar(d, lab), df, {"title": "T"}),          # another builder
    ]
    keys = [figure_key(c, "en") for c in changed]
    assert base not in keys and len(set(keys)) == len(keys)
    assert figure_key(chart(_bar, df, {"title": "T"}), "id") != base   # the language


def test_functions_are_keyed_by_what_they_close_over():
    def formatter(decimals):
        return lambda v: f"{v:.{decimals}f}"

    df = pd.DataFrame({"x": ["a"], "y": [1.0]})
    one, two = (figure_key(chart(_bar, df, {"title": "T"}, number=formatter(d)), "en") for d in (1, 2))
    assert one != two
    assert figure_key(chart(_bar, df, {"title": "T"}, number=formatter(1)), "en") == one


@settings(max_examples=60, deadline=None)
@given(a=st_.lists(st_.floats(allow_nan=False, allow_infinity=False), min_size=1, max_size=6),
       b=st_.lists(st_.floats(allow_nan=False, allow_infinity=False), min_size=1, max_size=6))
def test_key_tells_frames_apart_exactly_when_they_differ(a, b):
    fa = pd.DataFrame({"y": a})
    fb = pd.DataFrame({"y": b})
    same = figure_key(Chart(_bar, (fa,)), "en") == figure_key(Chart(_bar, (fb,)), "en")
    identical = len(a) == len(b) and np.array_equal(np.array(a).view("int64"), np.array(b).view("int64"))
    assert same == identical          # bit for bit: -0.0 and 0.0 are two keys (a miss, never a wrong hit)


def test_an_argument_that_cannot_be_keyed_is_built_every_time(navigation_v2, monkeypatch):
    class Opaque:
        def __reduce__(self):
            raise TypeError("no")

    with pytest.raises(Uncacheable):
        figure_key(chart(_bar, Opaque()), "en")


def test_a_page_cannot_change_the_cached_figure(navigation_v2, built_db):
    """Each read of the cache is a copy: changing a figure a page was handed leaves the next page's as built."""
    from streamlit.testing.v1 import AppTest

    def page():
        import pandas as pd
        import streamlit as st

        from ui.charts import chart, shown_spec
        from tests.ui.test_figure_cache import _bar

        _, spec = shown_spec(chart(_bar, pd.DataFrame({"x": ["a"], "y": [1.0]}), {"title": "T"}), False)
        st.write(spec["layout"]["title"]["text"])
        spec["layout"]["title"]["text"] = "changed"
        spec["data"][0]["y"] = (9,)

    C._styled_once.clear()
    at = AppTest.from_function(page).run()
    at2 = AppTest.from_function(page).run()
    assert not at.exception and not at2.exception
    assert at.markdown[0].value == at2.markdown[0].value == "T"
