"""viz.charts: pure plotly builders; the tests inspect traces, titles and the data in the figures."""

from __future__ import annotations

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import pytest

from viz import charts
from viz.palette import LEVEL_COLOURS, MISSING_COLOUR, PILLAR_COLOURS

PILLARS = ["governance", "branding", "economy", "society", "living", "environment"]
NAMES = {p: f"Smart {p.title()}" for p in PILLARS}


def timeline() -> pd.DataFrame:
    years = list(range(2017, 2025))
    part = [26, 79, 102, 102, 140, 182, 225, 236]
    rep = [25, 75, 100, pd.NA, 141, 191, 241, 251]
    return pd.DataFrame({"as_of": years, "regions_participating": part,
                         "new_participants": np.diff([0, *part]),
                         "reported_regions": pd.array(rep, dtype="Int64")})


def test_adoption_timeline():
    fig = charts.adoption_timeline(timeline(), {"title": "Adoption", "computed": "Computed", "reported": "Reported",
                                                "new": "New", "no_cohort": "no cohort", "x": "Year", "y": "Kab/kota"})
    assert isinstance(fig, go.Figure)
    assert fig.layout.title.text == "Adoption"
    assert [tr.name for tr in fig.data] == ["New", "Computed", "Reported"]
    bar, comp, rep = fig.data
    assert bar.type == "bar" and list(bar.y) == [26, 53, 23, 0, 38, 42, 43, 11]
    assert list(comp.y) == [26, 79, 102, 102, 140, 182, 225, 236]
    assert np.isnan(rep.y[3]) and rep.y[6] == 241        # 2020: nothing reported
    notes = [a for a in fig.layout.annotations if a.text == "no cohort"]
    assert len(notes) == 1 and notes[0].x == 2020
    assert fig.layout.xaxis.title.text == "Year" and fig.layout.yaxis.title.text == "Kab/kota"
    # one hover for the year ("x unified" writes the year once, as its header): no line repeats it
    assert fig.layout.hovermode == "x unified" and not any("%{x}" in tr.hovertemplate for tr in fig.data)


def test_adoption_timeline_without_reported_figures():
    df = timeline().assign(reported_regions=pd.array([pd.NA] * 8, dtype="Int64"))
    fig = charts.adoption_timeline(df, {"computed": "c", "new": "n"})
    assert [tr.name for tr in fig.data] == ["n", "c"]


def test_coverage_by_province_sorted_with_share():
    df = pd.DataFrame({"group": ["11", "12", "13"], "group_name": ["Aceh", "Sumatera Utara", "Bengkulu"],
                       "regions_in_scope": [23, 33, 10], "regions_participating": [3, 17, 0],
                       "region_share": [3 / 23, 17 / 33, 0.0], "population_share": [0.07, 0.68, 0.0]})
    fig = charts.coverage_by_province(df, {"title": "Coverage", "x": "Share"})
    bar = fig.data[0]
    assert bar.orientation == "h" and fig.layout.title.text == "Coverage"
    # plotly draws the first category at the bottom: largest share last = on top
    assert list(bar.y) == ["Bengkulu", "Aceh", "Sumatera Utara"]
    assert list(bar.x) == pytest.approx([0.0, 3 / 23, 17 / 33])
    assert bar.customdata[2][0] == 17 and bar.customdata[2][1] == 33
    assert "%{x:.0%}" in bar.texttemplate
    assert bar.marker.color[0] != bar.marker.color[2]     # nobody yet: the non-participant grey


def test_maturity_distribution_uses_level_colours_in_order():
    df = pd.DataFrame({"level": ["smart", "ad_hoc", "initial", "scattered", "integrated", "not_yet_evaluated"],
                       "order": [5, 1, 2, 3, 4, 6],
                       "name_en": ["Smart", "Ad hoc", "Initial", "Scattered", "Integrated", "Not yet evaluated"],
                       "name_id": ["Cerdas", "Ad hoc", "Inisiasi", "Tersebar", "Terintegrasi", "Belum dievaluasi"],
                       "regions": [7, 0, 7, 79, 89, 43], "share": [.03, 0, .03, .35, .4, .19]})
    fig = charts.maturity_distribution(df, {"title": "Levels"}, name_column="name_id",
                                       separators=charts.ID_SEPARATORS)
    bar = fig.data[0]
    assert list(bar.y) == ["Ad hoc", "Inisiasi", "Tersebar", "Terintegrasi", "Cerdas", "Belum dievaluasi"]
    assert list(bar.x) == [0, 7, 79, 89, 7, 43]
    assert list(bar.marker.color) == [*(LEVEL_COLOURS[k] for k in
                                        ["ad_hoc", "initial", "scattered", "integrated", "smart"]), MISSING_COLOUR]
    assert fig.layout.separators == ",." and fig.layout.title.text == "Levels"


def matrix() -> pd.DataFrame:
    m = pd.DataFrame({"province_code": ["11", "17", "32"], "province_name": ["Aceh", "Bengkulu", "Jawa Barat"],
                      "island_group": ["Sumatera", "Sumatera", "Jawa"], "regions_scored": [1, 0, 20]})
    for i, p in enumerate(PILLARS):
        m[p] = [2.0 + i / 10, np.nan, 3.0 - i / 10]
    return m


def test_pillar_heatmap_marks_missing_provinces():
    fig = charts.pillar_heatmap(matrix(), PILLARS, NAMES, {"title": "Medians", "missing": "No participant"})
    heat, grey, legend = fig.data
    assert heat.type == "heatmap" and list(heat.y) == ["Aceh", "Bengkulu", "Jawa Barat"]
    z = np.array(heat.z, dtype=float)
    assert z.shape == (3, 6) and np.isnan(z[1]).all() and z[2, 0] == 3.0
    assert heat.text[0][0] == "2.00" and heat.text[1][0] == ""
    assert heat.x[0] == "Smart<br>Governance"        # long names wrapped, not rotated
    g = np.array(grey.z, dtype=float)
    assert grey.type == "heatmap" and not np.isnan(g[1]).any() and np.isnan(g[0]).all()
    assert grey.colorscale[0][1] == MISSING_COLOUR and grey.showscale is False
    assert legend.name == "No participant" and legend.showlegend
    assert fig.layout.title.text == "Medians"


def test_pillar_heatmap_without_missing_and_indonesian_decimals():
    m = matrix().drop(index=1)
    fig = charts.pillar_heatmap(m, PILLARS, NAMES, {}, separators=charts.ID_SEPARATORS)
    assert len(fig.data) == 1 and fig.data[0].text[0][0] == "2,00"


def test_pillar_distribution_one_box_per_pillar():
    rng = np.random.default_rng(0)
    long = pd.DataFrame({"region_code": np.repeat(["a", "b", "c"], 6), "region_name": np.repeat(["A", "B", "C"], 6),
                         "year": 2023, "source": "synthetic", "pillar": PILLARS * 3,
                         "score": rng.uniform(1, 3, 18).round(2)})
    fig = charts.pillar_distribution(long, PILLARS, NAMES, {"title": "Dist", "y": "Score"})
    assert [tr.type for tr in fig.data] == ["box"] * 6
    assert fig.data[0].marker.color == PILLAR_COLOURS["governance"]
    assert list(fig.data[2].y) == long.loc[long["pillar"] == "economy", "score"].tolist()
    assert fig.data[0].boxpoints == "all" and fig.layout.yaxis.title.text == "Score"


def test_pillar_distribution_names_the_source_and_rounds_the_box_hover():
    """A point's hover names its score's source in the page's words (not the code "synthetic"); the box's own
    hover (median, quartiles) is rounded like the points (plotly would show 92.21111)."""
    long = pd.DataFrame({"region_code": ["a", "b"], "region_name": ["A", "B"], "year": 2023,
                         "source": ["synthetic", "import:x.csv"], "pillar": "governance", "score": [1.23456, 2.5]})
    fig = charts.pillar_distribution(long, ["governance"], NAMES, {"title": "Dist", "y": "Score",
                                                                   "source.synthetic": "skor sintetis (ilustrasi)"})
    box = fig.data[0]
    assert [row[2] for row in box.customdata] == ["skor sintetis (ilustrasi)", "import:x.csv"]
    assert box.yhoverformat == ".2f" and "%{y:.2f}" in box.hovertemplate
    assert list(long["source"]) == ["synthetic", "import:x.csv"]        # the caller's frame (and its CSV) untouched


def test_correlation_heatmap():
    corr = pd.DataFrame(np.eye(6), columns=PILLARS).assign(pillar=PILLARS)
    corr.loc[0, "branding"] = corr.loc[1, "governance"] = 0.5
    fig = charts.correlation_heatmap(corr, PILLARS, NAMES, {"title": "Corr"})
    h = fig.data[0]
    assert h.zmin == -1 and h.zmax == 1
    assert np.array(h.z)[0, 1] == 0.5 and h.text[0][1] == "0.50"
    assert fig.layout.title.text == "Corr"


def ranks(n: int) -> pd.DataFrame:
    nominal = np.arange(1, n + 1)
    return pd.DataFrame({"code": [f"{i:02d}" for i in nominal], "name": [f"Region {i}" for i in nominal],
                         "nominal_rank": pd.array(nominal, dtype="Int64"), "median_rank": nominal[::-1].astype(float),
                         "p05_rank": np.maximum(nominal[::-1] - 2, 1).astype(float),
                         "p95_rank": (nominal[::-1] + 3).astype(float)})


def test_rank_uncertainty_coinr_style():
    fig = charts.rank_uncertainty(ranks(5), {"title": "Uncertainty", "median": "Median", "nominal": "Nominal"})
    med, nom = fig.data
    assert med.name == "Median" and nom.name == "Nominal"
    assert list(med.y) == [1, 2, 3, 4, 5]                         # ordered by median rank
    assert list(med.error_y.array) == [3] * 5                     # up to p95
    assert list(med.error_y.arrayminus) == [0, 1, 2, 2, 2]        # down to p05
    assert list(fig.layout.xaxis.ticktext) == ["Region 5", "Region 4", "Region 3", "Region 2", "Region 1"]
    lo, hi = fig.layout.yaxis.range
    assert lo > hi == 0.5 and lo >= 8                             # reversed: rank 1 at the top
    assert med.cliponaxis is False and nom.cliponaxis is False   # rank 1's markers whole at the top edge


def test_rank_uncertainty_hides_labels_for_many_units():
    fig = charts.rank_uncertainty(ranks(charts.MAX_TICK_LABELS + 1), {})
    assert fig.layout.xaxis.showticklabels is False


def test_sensitivity_bars():
    sens = pd.DataFrame({"choice": ["weights", "normalisation", "aggregation"],
                         "mean_abs_rank_shift": [1.2, 0.8, 0.4], "max_abs_rank_shift": [13, 9, 4]})
    fig = charts.sensitivity_bars(sens, {"weights": "Weights"}, {"title": "Sens"})
    bar = fig.data[0]
    assert list(bar.y) == ["aggregation", "normalisation", "Weights"] and list(bar.x) == [0.4, 0.8, 1.2]


def test_wrap_and_separators():
    assert charts.wrap("Tata Kelola Pemerintahan Cerdas") == "Tata Kelola<br>Pemerintahan<br>Cerdas"
    assert charts.wrap("Short") == "Short"
    assert charts.separators_for("id") == ",." and charts.separators_for("en") == ".,"


def test_cohort_evidence_bars_stack_by_kind():
    df = pd.DataFrame({"cohort_year": [2017, 2017, 2018, 2018], "evidence": ["list", "own_news"] * 2,
                       "rows": [25, 1, 50, 2]})
    fig = charts.cohort_evidence_bars(df, {"list": "Official list"}, {"title": "Evidence"})
    assert fig.layout.barmode == "stack" and [tr.name for tr in fig.data] == ["Official list", "own_news"]
    assert list(fig.data[0].x) == ["2017", "2018"] and list(fig.data[0].y) == [25, 50]


def test_histogram_median_label_uses_the_languages_separators():
    """The median label is written in Python, so it must follow the figure's separators like the axes do:
    hand-checked median of [70, 71.69, 80] is 71.69."""
    import pandas as pd

    from viz import indicator_charts
    ranking = pd.DataFrame({"value": [70.0, 71.69, 80.0], "participant": [True, False, True]})
    labels = {"title": "t", "x": "x", "y": "y", "participants": "p", "others": "o", "median": "Median"}
    texts = {sep: [a.text for a in indicator_charts.value_histogram(ranking, labels, decimals=2,
                                                                   separators=sep).layout.annotations]
             for sep in (".,", ",.")}
    assert texts[".,"] == ["Median: 71.69"] and texts[",."] == ["Median: 71,69"]
    big = indicator_charts._num(12345.6, 1, ",.")
    assert big == "12.345,6"


def test_every_builder_family_draws_on_plotly_white():
    """The template comes from plotly's default (viz/__init__.py), not from each builder: a chart of each module
    (charts, indicator_charts, region_charts) carries plotly's own ``plotly_white`` template, whole."""
    import plotly.io as pio

    from viz import indicator_charts, region_charts
    white = pio.templates["plotly_white"].to_plotly_json()
    figs = {
        "charts": charts.adoption_timeline(timeline(), {}),
        "indicator_charts": indicator_charts._base(go.Figure(), "t", ".,", 300),
        "region_charts": region_charts._layout(go.Figure(), "t", ".,", 300),
    }
    for name, fig in figs.items():
        assert fig.layout.template.to_plotly_json() == white, name
        assert fig.to_dict()["layout"]["template"]["layout"]["plot_bgcolor"] == "white", name


@pytest.mark.parametrize("lang", ["en", "id"])
def test_the_quintile_chart_keeps_room_for_its_bars(lang):
    """On screen (ui.charts.screen_style) the two-line title, the two-line x-axis title and the legend under the
    plot took 254 of the chart's 360 px: the bars had about 85 px (the audit: "a squashed chart"). At least
    180 px stay for the plot now, before the tick labels' own room."""
    from ui.charts import screen_style
    from ui.messages import MESSAGES
    from viz import indicator_charts
    q = pd.DataFrame({"quintile": [1, 2, 3, 4, 5], "value_min": [35.2, 67.7, 70.0, 72.05, 75.5],
                      "value_max": [67.7, 70.0, 72.0, 75.4, 88.3], "region_share": [0.1, 0.3, 0.4, 0.6, 0.76],
                      "population_share": [0.18, 0.6, 0.61, 0.79, 0.8]})
    keys = {"title": "home.equity.chart", "x": "equity.quintile.x", "y": "equity.quintile.y",
            "regions": "equity.quintile.regions", "population": "equity.quintile.population",
            "q": "equity.quintile.label"}
    labels = {k: MESSAGES[m][lang].replace("{year}", "2023") for k, m in keys.items()}
    fig = screen_style(indicator_charts.quintile_reach(q, labels))
    lay = fig.layout
    assert lay.height - lay.margin.t - lay.margin.b >= 180, (lay.height, lay.margin.t, lay.margin.b)
