"""The on-screen chart layout (ui.charts.screen_style, wrap_title): readable at a phone's width. Checked against
the figure it was given and hand-derived values; wrap_title's invariants as properties."""

from __future__ import annotations

import json

import numpy as np
import plotly.graph_objects as go
import plotly.io as pio
from hypothesis import given
from hypothesis import strategies as st

from ui.charts import TITLE_WRAP, screen_style, wrap_title
from tests.ui.apptest import navigation_v2  # noqa: F401 - fixture
from viz import charts


def test_wrap_title_by_hand():
    assert wrap_title("Share reached in each fifth of the kab/kota by HDI", 20) == \
        "Share reached in<br>each fifth of the<br>kab/kota by HDI"
    assert wrap_title("short", 20) == "short"
    assert wrap_title("a<br>b c", 3) == "a<br>b c"                       # an existing break stays
    assert wrap_title("Supercalifragilistic x", 5) == "Supercalifragilistic<br>x"   # a long word stays whole


@given(st.lists(st.text(alphabet="abcdefghij–·%()", min_size=1, max_size=12), min_size=1, max_size=20),
       st.integers(min_value=8, max_value=60))
def test_wrap_title_keeps_every_word_in_order_within_the_width(words, width):
    text = " ".join(words)
    lines = wrap_title(text, width).split("<br>")
    assert " ".join(lines).split() == text.split()                      # nothing lost, nothing reordered
    assert all(len(line) <= width or " " not in line for line in lines)   # over the width only as one word


def test_screen_style_moves_the_top_legend_under_the_plot_and_keeps_the_input():
    fig = charts.cohort_evidence_bars(
        __import__("pandas").DataFrame({"cohort_year": [2017, 2017, 2018], "evidence": ["a", "b", "a"],
                                        "rows": [25, 3, 50]}),
        {"a": "Ministry list", "b": "News"},
        {"title": "Rows of the cohort file per year by the kind of evidence behind them", "x": "Year", "y": "Rows"})
    assert fig.layout.legend.y == 1.0                                    # the builder's legend: above the plot
    out = screen_style(fig)
    assert out.layout.legend.yref == "container" and out.layout.legend.y == 0
    assert out.layout.legend.yanchor == "bottom" and out.layout.margin.b == 45 + 22 + 21 * 2 + 8   # ticks, a title line, two entries
    lines = out.layout.title.text.split("<br>")
    assert len(lines) == 2 and all(len(x) <= TITLE_WRAP for x in lines)
    assert out.layout.margin.t == fig.layout.margin.t + 20                 # one extra line, 20 px more
    assert out.layout.title.y is None and out.layout.title.yanchor is None  # centred in the margin by plotly
    assert fig.layout.title.text.count("<br>") == 0 and fig.layout.legend.y == 1.0   # input untouched


def test_screen_style_puts_long_bar_labels_inside():
    fig = go.Figure(go.Bar(x=[1.0, 0.1, 0.0, 0.6], y=["a", "b", "c", "d"], orientation="h",
                           text=["5/5", "1/10", "0/6", "3/5"], textposition="outside"))
    fig.update_xaxes(range=[0, 1.3])
    out = screen_style(fig)
    # 0.55 × 1.3 = 0.715: only the full bar holds its label; 0.6 and the empty bar keep theirs outside
    assert list(out.data[0].textposition) == ["inside", "outside", "outside", "outside"]
    assert out.layout.yaxis.automargin is True and out.layout.xaxis.automargin is True   # names not cut
    assert fig.data[0].textposition == "outside"
    vertical = go.Figure(go.Bar(x=["a"], y=[1.0], text=["1"], textposition="outside"))
    assert screen_style(vertical).data[0].textposition == "outside"       # columns have room above
    legendless = go.Figure(go.Scatter(x=[1], y=[1]), layout=dict(showlegend=False, legend=dict(orientation="h", y=1)))
    assert screen_style(legendless).layout.legend.yref is None             # no legend: nothing moved


def _plain(fig: go.Figure):
    return json.loads(pio.to_json(fig, validate=False))


def test_heatmap_column_names_go_on_one_line_and_may_stand_upright():
    """The province × pillar heatmap's names above the plot: one line each, free to turn upright (a phone), the
    title pinned to the top and the margin holding the title plus the longest name standing (hand-derived)."""
    matrix = __import__("pandas").DataFrame({"province_name": ["Aceh", "Bali"], "regions_scored": [3, 2],
                                             "gov": [50.0, 60.0], "env": [70.0, float("nan")]})
    fig = charts.pillar_heatmap(matrix, ["gov", "env"], {"gov": "Smart Governance", "env": "Smart Environment"},
                                {"title": "Median by province and pillar"})
    assert list(fig.data[0].x) == ["Smart<br>Governance", "Smart<br>Environment"]    # as built: wrapped
    out = screen_style(fig)
    assert [list(tr.x) for tr in out.data if tr.type == "heatmap"] == [["Smart Governance", "Smart Environment"]] * 2
    assert out.layout.xaxis.tickangle is None and list(out.layout.xaxis.autotickangles) == [0, 90]
    assert (out.layout.title.yref, out.layout.title.y, out.layout.title.yanchor) == ("container", 1, "top")
    # one title line of 16 px (21 px high) + 8 px above + 12 px below; "Smart Environment" (17 characters) at
    # 12 px ≈ 0.6 × 12 × 17 = 122 px standing
    assert out.layout.margin.t == 8 + 21 + 12 + 122
    assert out.layout.title.pad.t == 8
    two = screen_style(fig.update_layout(title_text="Median score of the open statistics by province and pillar"))
    assert two.layout.title.text.count("<br>") == 1 and two.layout.title.pad.t == 8 + 21
    assert two.layout.margin.t == 8 + 2 * 21 + 12 + 122


def test_a_correlation_matrix_grows_to_keep_its_rows_when_its_names_stand_below():
    """The correlation matrix's names below the plot: the figure grows by the longest name standing, so each of
    its rows keeps 48 px (hand-derived; in Indonesian the six evaluation pillars had left 25 px rows at 460 px,
    their three-line row names running into each other)."""
    import pandas as pd
    pillars = ["governance", "branding", "economy", "society", "living", "environment"]
    names = {"governance": "Tata Kelola Pemerintahan Cerdas", "branding": "Pemasaran Daerah Cerdas",
             "economy": "Ekonomi Cerdas", "society": "Masyarakat Cerdas", "living": "Hunian Cerdas",
             "environment": "Lingkungan Cerdas"}
    corr = pd.DataFrame(np.eye(6), columns=pillars).assign(pillar=pillars)
    out = screen_style(charts.correlation_heatmap(corr, pillars, names, {"title": "Korelasi"}))
    # 6 rows × 48 px + 140 px (title, gaps, colorbar ends) + "Tata Kelola Pemerintahan Cerdas" (31 characters)
    # standing at 12 px ≈ 0.6 × 12 × 31 = 223 px
    assert out.layout.height == 6 * 48 + 140 + 223
    assert list(out.data[0].x) == list(names.values())                 # one line each
    short = screen_style(charts.correlation_heatmap(corr.iloc[:2, [0, 1, 6]], pillars[:2],
                                                    {"governance": "Gov", "branding": "Brand"}, {"title": "C"}))
    assert short.layout.height == 460                                  # short names: the chart's own height


def test_screen_style_is_idempotent_and_leaves_the_input():
    """Restyling a restyled figure changes nothing more (a reused figure is safe); the input stays as it was."""
    fig = go.Figure(go.Bar(x=[1.0, 0.1], y=["a", "b"], orientation="h", text=["x", "y"], textposition="outside",
                           name="n"), layout=dict(title="A title long enough to need two lines on a phone screen",
                                                  legend=dict(orientation="h", y=1.0), showlegend=True))
    before = _plain(fig)
    once = screen_style(fig)
    assert _plain(fig) == before
    assert _plain(screen_style(once)) == _plain(once) != before


def test_screen_layout_matches_the_object_reference_on_every_chart_of_every_page(navigation_v2, built_db,
                                                                                 monkeypatch):
    """The dict-based restyling (ui.charts.screen_layout) gives exactly what the plotly-object version gave
    (tests/ui/screen_style_reference.py), for every chart the pages show, in both languages."""
    import ui.charts as C
    from tests.pages.test_all_pages import PAGES, _open
    from tests.ui import screen_style_reference as ref
    seen: list[go.Figure] = []
    real = C.screen_style

    def spy(fig):
        seen.append(go.Figure(fig))
        return real(fig)

    monkeypatch.setattr(C, "screen_style", spy)
    C._styled_once.clear()                      # every chart built afresh (the figure cache would skip them)
    for lang in ("en", "id"):
        for file, slug in PAGES:
            at = _open(file, slug, {"lang": lang})
            assert not at.exception, (file, at.exception)
    assert len(seen) >= 40
    for fig in seen:
        assert _plain(real(fig)) == _plain(ref.screen_style(fig)), fig.layout.title.text
