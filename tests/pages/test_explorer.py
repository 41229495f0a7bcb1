"""AppTest of the Indicator explorer and the Reaching need (equity) page: the views follow the chosen indicator
and year (kept in the URL as codes), the catalogue's caveats stand beside the data, every table is the summary
function's frame (the CSVs are compared with the CLI in tests/e2e), and both languages work."""

from __future__ import annotations

from analytics.summaries import equity as E
from analytics.summaries import indicators as I
from analytics.summaries.filters import Filters
from tests.ui.apptest import app_test, navigation_v2  # noqa: F401 - fixture
from tests.plotly_charts import plotly_charts


def _open(page: str, **query):
    at = app_test({"lang": "en", **query}).run()
    at.switch_page(f"pages/{page}.py").run()
    assert not at.exception, at.exception
    return at


def _warnings(at) -> str:
    return " ".join(w.value for w in at.warning)


def _ranking(at):
    return next(d.value for d in at.dataframe if "rank_national" in d.value.columns)


def test_explorer_defaults_to_the_latest_hdi(navigation_v2, built_db):
    at = _open("explorer")
    assert at.selectbox(key="indicator_pick").value == "hdi" and at.selectbox(key="ind_year").value == 2024
    assert at.query_params["indicator"] == "hdi" and at.query_params["ind_year"] == "2024"
    assert "[Metode Baru] series" in _warnings(at)                              # the catalogue's caveat
    assert "not BPS's 2024 headline series built on the 2020 census" in _warnings(at)   # the 2024 series break
    assert _warnings(at).count("74.20") == 1                                   # said once, not twice
    rank = _ranking(at)
    assert rank.iloc[0]["code"] == "34.71" and rank.iloc[0]["value"] == 88.77
    assert rank.iloc[-1]["code"] == "95.08" and rank.iloc[-1]["value"] == 36.30
    assert len(plotly_charts(at)) == 3 and len([b for b in at.get("download_button") if not str(b.key).endswith("-xlsx")]) == 4
    assert at.query_params["trend"] == "34.71,95.08"                            # best and worst by default


def test_changing_the_indicator_and_year(navigation_v2, built_db):
    at = _open("explorer")
    at.selectbox(key="indicator_pick").set_value("poverty_rate").run()
    assert not at.exception
    assert at.selectbox(key="ind_year").options == [str(y) for y in [*range(2010, 2019), 2021]]
    assert at.selectbox(key="ind_year").value == 2021 and at.query_params["indicator"] == "poverty_rate"
    assert "2021 values are from a COVID year." in _warnings(at)
    rank = _ranking(at)
    assert rank["value"].is_monotonic_increasing                                 # lower poverty ranks first
    at.selectbox(key="ind_year").set_value(2015).run()
    assert _ranking(at)["year"].eq(2015).all() and "COVID" not in _warnings(at)


def test_explorer_from_a_link_with_region_filters(navigation_v2, built_db):
    at = _open("explorer", indicator="village_index", ind_year="2024")
    assert at.selectbox(key="indicator_pick").value == "village_index"
    at.selectbox(key="island").set_value("Jawa").run()
    assert "villages (desa) only" in _warnings(at)
    from analytics.warehouse.dataset import load
    want = I.indicator_ranking(load(built_db), "village_index", 2024, Filters(island_group="Jawa"))
    got = _ranking(at)
    assert got["code"].tolist() == want["code"].tolist()
    assert any("of the 119 kab/kota in view have a value" in c.value for c in at.caption)


def test_explorer_in_bahasa_indonesia(navigation_v2, built_db):
    at = _open("explorer", lang="id", indicator="grdp_per_capita")
    assert at.title[0].value == "Penjelajah indikator"
    assert "Hanya 459 daerah" in _warnings(at)                                   # the Indonesian caveat
    assert any("PDB" in t.label or "Sebaran nasional" == t.label for t in at.tabs)
    # the licence in Indonesian (the project's label file), the vendored catalogue's English text not shown
    text = " ".join(m.value for m in at.markdown)
    assert "MIT (repositori); arsip Zenodo 10.5281/zenodo.4428102 CC BY 4.0" in text and "(repository)" not in text


def test_equity_page(navigation_v2, built_db):
    at = _open("equity")
    m = {x.label: x.value for x in at.metric}
    assert m["Median HDI: participants · others"] == "73.71 · 69.53"
    assert m["Lowest-HDI fifth reached"] == "11%" and m["Concentration index"] == "0.30"
    from analytics.warehouse.dataset import load
    ds = load(built_db)
    assert any(d.value.shape[0] == len(E.equity_cohorts(ds)) for d in at.dataframe)
    assert len(plotly_charts(at)) == 4
    at.select_slider(key="year").set_value(2018).run()
    assert not at.exception
    m = {x.label: x.value for x in at.metric}
    s = E.equity_summary(ds, Filters(as_of=2018)).iloc[0]
    assert m["Lowest-HDI fifth reached"] == f"{round(100 * s['lowest_quintile_reached_share'])}%"


def test_equity_page_in_bahasa_indonesia(navigation_v2, built_db):
    at = _open("equity", lang="id")
    assert at.title[0].value == "Apakah program menjangkau daerah yang membutuhkannya?"
    m = {x.label: x.value for x in at.metric}
    assert m["Median IPM: peserta · lainnya"] == "73,71 · 69,53"
