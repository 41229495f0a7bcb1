"""AppTest of the Compare page: regions from the URL, side-by-side table, radar overlay, trends, empty states."""

from __future__ import annotations


import pandas as pd

from tests.conftest import REPO

from tests.ui.apptest import app_test, navigation_v2  # noqa: F401 - fixture
from tests.plotly_charts import plotly_charts


def _open(**query):
    at = app_test({"lang": "en", "lens": "evaluation", **query})
    at.switch_page("pages/compare.py").run()
    assert not at.exception, "\n".join(e.message for e in at.exception)
    return at


def test_compare_two_or_more_regions(navigation_v2, built_db, maturity_2023):
    at = _open(regions="73.71,35.71,32.73")
    assert at.multiselect(key="compare_regions").value == ["73.71", "35.71", "32.73"]
    table, trend = at.dataframe[0].value, at.dataframe[1].value
    assert table["code"].tolist() == ["73.71", "35.71", "32.73"]               # in the order chosen
    assert table.set_index("code").loc["73.71", "rank_national"] == maturity_2023.loc["73.71", "rank_national"]
    assert set(trend["code"]) == {"73.71", "35.71", "32.73"} and trend["year"].max() == 2023
    charts = plotly_charts(at)
    assert len(charts) == 2
    radar = charts[0].spec
    assert [t["name"] for t in radar["data"]] == ["Kota Makassar", "Kota Kediri", "Kota Bandung"]
    assert len([b for b in at.get("download_button") if not str(b.key).endswith("-xlsx")]) == 2
    assert any("synthetic" in i.value for i in at.info)


def test_rank_trend(navigation_v2, built_db):
    at = _open(regions="73.71,35.71")
    at.button_group(key="compare_measure").set_value("rank_national").run()
    spec = plotly_charts(at)[1].spec
    assert spec["layout"]["yaxis"]["autorange"] == "reversed"


def test_fewer_than_two_regions_is_an_empty_state(navigation_v2, built_db):
    for query in ({}, {"regions": "73.71"}):
        at = _open(**query)
        assert any("Choose at least two regions" in i.value for i in at.info)
        assert not plotly_charts(at) and not at.dataframe
    # an example one click away: one kab/kota per ASEAN pilot city, the most populous where a city has several
    # (from the raw files: the pilots' regions and the regencies' populations)
    pilots = pd.read_csv(REPO / "data/reference/ascn_pilot_regions.csv", dtype=str)
    people = pd.read_csv(REPO / "data/reference/regencies.csv", dtype={"code": str}).set_index("code")["population"]
    pilots["population"] = pilots["region_code"].map(people)
    expected = pilots.sort_values("population").groupby("city")["region_code"].last()
    assert any(", ".join(expected.index) in c.value for c in at.caption)                  # the cities, named
    link = next(p for p in at.get("page_link") if p.proto.label == "Compare the ASEAN pilots")
    assert f"regions={'%2C'.join(expected)}" in link.proto.query_string or \
        f"regions={','.join(expected)}" in link.proto.query_string, link.proto
    shown = _open(regions=",".join(expected))
    assert not any("Choose at least two" in i.value for i in shown.info) and plotly_charts(shown)


def test_non_evaluated_regions_are_named_not_charted(navigation_v2, built_db):
    at = _open(regions="73.71,11.01")
    assert any("Without an evaluation up to 2023, so not in the charts: Kabupaten Aceh Selatan" in c.value
               for c in at.caption)
    assert at.dataframe[0].value["code"].tolist() == ["73.71"]
    at = _open(regions="11.01,11.02")
    assert any("None of the chosen regions has an evaluation" in i.value for i in at.info)


def test_names_in_the_url_and_unknown_values(navigation_v2, built_db):
    at = _open(regions="Kota Makassar,surabaya,nowhere")
    assert at.multiselect(key="compare_regions").value == ["73.71", "35.78"]
    assert any("nowhere" in w.value for w in at.warning)


def test_choice_goes_to_the_url(navigation_v2, built_db):
    at = _open()
    at.multiselect(key="compare_regions").set_value(["35.78", "73.71"]).run()
    assert at.query_params["regions"] == "35.78,73.71"
    assert len(at.dataframe) == 2


def test_compare_in_bahasa_indonesia(navigation_v2, built_db):
    at = _open(regions="73.71,35.71", lang="id")
    assert at.title[0].value == "Bandingkan daerah"
    at = _open(lang="id")
    assert any("Pilih setidaknya dua daerah" in i.value for i in at.info)
