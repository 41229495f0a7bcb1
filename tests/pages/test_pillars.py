"""AppTest of the Pillars page: heatmap with missing provinces, distributions, correlations; sidebar filters
and the cohort filter (kept in the URL)."""

from __future__ import annotations

import math

from tests.pages.test_overview import charts_of
from tests.ui.apptest import chart_title, app_test, navigation_v2  # noqa: F401 - fixture
from tests.plotly_charts import plotly_charts


def _open(**query):
    at = app_test({"lang": "en", "lens": "evaluation", **query}).run()
    assert not at.exception, at.exception
    at.switch_page("pages/pillars.py").run()
    assert not at.exception, at.exception
    return at


def _captions(at) -> str:
    return " ".join(c.value for c in at.caption)


def test_pillars_page_draws_three_charts(navigation_v2, built_db):
    at = _open()
    assert at.title[0].value == "The six pillars"
    assert any("synthetic" in i.value for i in at.info)
    caps = _captions(at)
    assert "182 evaluated participants in view" in caps
    assert "Grey rows: 8 provinces have no evaluated participant" in caps and "Bengkulu" in caps
    heat, dist, corr = charts_of(at)
    assert chart_title(heat) == "Median latest score by province and pillar (up to 2023)"
    z = heat["data"][0]["z"]
    assert len(z) == 38 and len(z[0]) == 6
    bengkulu = heat["data"][0]["y"].index("Bengkulu")
    assert all(v is None or math.isnan(v) for v in z[bengkulu])       # missing, not zero
    assert heat["data"][-1]["name"] == "No evaluated participant yet (missing)"
    assert [d["type"] for d in dist["data"]] == ["box"] * 6
    assert sum(len(d["y"]) for d in dist["data"]) == 182 * 6
    assert corr["data"][0]["z"][0][0] == 1.0
    assert len([b for b in at.get("download_button") if not str(b.key).endswith("-xlsx")]) == 4


def test_cohort_filter(navigation_v2, built_db):
    at = _open()
    at.multiselect(key="cohort").set_value([2017]).run()
    assert not at.exception
    caps = _captions(at)
    assert "26 evaluated participants in view" in caps
    dist = charts_of(at)[1]
    assert sum(len(d["y"]) for d in dist["data"]) == 26 * 6


def test_cohort_from_the_url(navigation_v2, built_db):
    at = _open(cohort="2018")
    assert at.multiselect(key="cohort").value == [2018]
    assert "53 evaluated participants in view" in _captions(at)


def test_year_and_sidebar_filters(navigation_v2, built_db):
    at = _open()
    at.select_slider(key="year").set_value(2019).run()
    assert "79 evaluated participants in view, latest evaluation up to 2019" in _captions(at)
    at.selectbox(key="type").set_value("kota").run()
    assert not at.exception
    n = int(_captions(at).split(" evaluated participants")[0].split()[-1])
    assert 0 < n < 79
    assert all(chart_title(c).endswith(" · Kota") for c in charts_of(at)), [chart_title(c) for c in charts_of(at)]


def test_a_province_filter_is_named_in_every_chart_title(navigation_v2, built_db):
    """Province 73 in Indonesian: each title ends with the province's name as the raw reference file spells it."""
    import pandas as pd
    from tests.conftest import REPO
    provinces = pd.read_csv(REPO / "data/reference/provinces.csv", dtype=str)
    name = provinces.loc[provinces["code"] == "73", "name"].item()
    at = _open(lang="id", province="73")
    titles = [chart_title(c) for c in charts_of(at)]
    assert len(titles) == 3 and all(x.endswith(f" · {name}") for x in titles), titles
    plain = [chart_title(c) for c in charts_of(_open(lang="id"))]
    assert not any(" · " in x for x in plain), plain


def test_empty_state_explains_why(navigation_v2, built_db):
    at = _open()
    at.select_slider(key="year").set_value(2017).run()
    assert any("No participant in view has an evaluation up to 2017" in i.value for i in at.info)
    assert len(plotly_charts(at)) == 0


def test_pillars_in_bahasa_indonesia(navigation_v2, built_db):
    at = _open(lang="id")
    assert at.title[0].value == "Enam pilar"
    assert "182 peserta yang dievaluasi dalam tampilan" in _captions(at)
    heat = charts_of(at)[0]
    assert heat["data"][0]["x"][0] == "Tata Kelola Pemerintahan Cerdas"      # one line on screen (ui.charts)
    assert "," in heat["data"][0]["text"][0][0]


def test_the_open_lens_titles_its_pillars_and_names_their_source(navigation_v2, built_db):
    """Under the open lens the page does not call its four open pillars "the six pillars", and a point's hover
    names its source in words (the catalogue's "open statistics", not the code "open")."""
    import json

    from ui.messages import MESSAGES
    for lang in ("en", "id"):
        at = _open(lens="open", lang=lang)
        assert at.title[0].value == MESSAGES["pillars.open.title"][lang]
        dist = next(c for c in plotly_charts(at) if "chart-dist" in c.id)
        sources = {row[2] for trace in dist.spec["data"] for row in trace["customdata"]}
        assert sources == {MESSAGES["map.source.open"][lang]}, sources
