"""AppTest of the Region profile: a region preselected through the URL, participants and non-participants,
the uncertainty run cached apart from unrelated widgets, both languages."""

from __future__ import annotations

import streamlit as st

from tests.pages.conftest import fmt
from tests.ui.apptest import app_test, navigation_v2  # noqa: F401 - fixture
from tests.plotly_charts import plotly_charts


def _open(**query):
    at = app_test({"lang": "en", "lens": "evaluation", **query})
    at.switch_page("pages/region.py").run()            # first run on the page: the URL's filters apply
    assert not at.exception, "\n".join(e.message for e in at.exception)
    return at


def _metrics(at) -> dict:
    return {m.label: m.value for m in at.metric}


def _text(at) -> str:
    return " ".join([*(c.value for c in at.caption), *(m.value for m in at.markdown), *(i.value for i in at.info)])


def test_preselected_participant_shows_its_profile(navigation_v2, built_db, maturity_2023, level_name):
    at = _open(region="73.71")
    assert at.selectbox(key="region").value == "73.71"
    assert at.header[0].value == "Kota Makassar"
    m = _metrics(at)
    assert m["Programme"] == "Cohort 2017"
    # synthetic scores: rank, level and index are read from the data, never pinned
    mk = maturity_2023.loc["73.71"]
    rank = int(mk["rank_national"])
    assert m["National rank"] == f"{rank} of {len(maturity_2023)}"
    assert m["Maturity level"] == level_name(mk["level"])
    assert m["Maturity index"] == fmt(mk["index_100"], 1)
    lo, hi = m["Rank uncertainty"].split("–")
    assert int(lo) <= rank <= int(hi)
    assert any("synthetic" in i.value for i in at.info)
    assert len(plotly_charts(at)) == 2                                     # radar and trend
    radar = plotly_charts(at)[0]
    assert "Kota Makassar" in radar.text and "Median of Sulawesi Selatan (5)" in radar.text
    text = _text(at)
    # Makassar is the pilot city by itself (ascn_pilot_regions.csv: one row), not a part of it
    assert "An ASEAN Smart Cities Network pilot city (Makassar) since 2018." in " ".join(x.value for x in at.markdown)
    tables = [d.value for d in at.dataframe]
    assert len(tables[0]) == 6                                                  # pillars vs medians
    sw = tables[1]                                    # a weakness exactly when below the participants' median
    assert len(sw) and ((sw["kind"] == "weakness") == (sw["score"] < sw["peer_median"])).all(), sw
    shown = list(at.dataframe[1].proto.column_order)          # the pillar's name once, in the page's language
    assert "pillar" in shown and not {"name_en", "name_id"} & set(shown) and "name_en" in tables[1]
    assert len(tables[2]) == 5                                                  # similar regions
    assert tables[3]["year"].tolist() == [2018, 2019, 2020, 2021, 2022, 2023]
    assert tables[4]["city"].unique().tolist() == ["Makassar"]                  # IMD ranks
    assert len([b for b in at.get("download_button") if not str(b.key).endswith("-xlsx")]) == 5
    assert at.query_params["region"] == "73.71"
    assert "evidence: an official or complete published list" in " ".join(x.value for x in at.markdown)


def test_non_participant_says_so_and_shows_what_it_has(navigation_v2, built_db):
    at = _open(region="11.01")
    assert at.header[0].value == "Kabupaten Aceh Selatan"
    assert _metrics(at)["Programme"] == "Not a participant"
    assert any("is not a participant of the programme as of 2023" in i.value for i in at.info)
    text = " ".join(x.value for x in at.markdown)
    assert "In Aceh, 3 of 23 kab/kota participate as of 2023 (13.0%)" in text
    near = at.dataframe[0].value
    assert len(near) == 5 and near["distance_km"].is_monotonic_increasing
    assert any("low coordinate confidence" in c.value for c in at.caption)
    assert not plotly_charts(at)                                           # nothing to chart


def test_participant_joining_later_is_not_a_participant_yet(navigation_v2, built_db):
    at = _open(region="35.71", year="2018")
    assert _metrics(at)["Programme"] == "Joins in 2019"
    assert any("joins the programme in 2019, after the selected year 2018" in i.value for i in at.info)


def test_participant_not_yet_evaluated(navigation_v2, built_db):
    at = _open(region="73.71", year="2017")
    assert any("has no evaluation up to 2017 yet" in i.value for i in at.info)


def test_region_by_name_and_unknown_region(navigation_v2, built_db):
    at = _open(region="Makassar")
    assert at.selectbox(key="region").value == "73.71"
    at = _open(region="Atlantis")
    assert any("Atlantis" in w.value for w in at.warning)
    assert any("Choose a region above" in i.value for i in at.info)


def test_empty_state_without_region(navigation_v2, built_db):
    at = _open()
    assert any("Choose a region above" in i.value for i in at.info)


def test_picking_a_region_updates_the_url(navigation_v2, built_db):
    at = _open()
    at.selectbox(key="region").set_value("35.78").run()
    assert at.header[0].value == "Kota Surabaya"
    assert at.query_params["region"] == "35.78"


def test_uncertainty_runs_once_per_year(navigation_v2, built_db, monkeypatch):
    import analytics.summaries.tables as summaries
    calls = []
    real = summaries.uncertainty_summary

    def counting(*args, **kwargs):
        calls.append(kwargs.get("n"))
        return real(*args, **kwargs)

    monkeypatch.setattr(summaries, "uncertainty_summary", counting)
    st.cache_data.clear()
    at = _open(region="73.71")
    assert len(calls) == 1
    at.button_group(key="region_peers").set_value("type").run()               # an unrelated widget
    at.selectbox(key="region").set_value("35.71").run()                        # another region, same year
    assert not at.exception
    assert len(calls) == 1
    at.select_slider(key="year").set_value(2022).run()
    assert len(calls) == 2


def test_region_in_bahasa_indonesia(navigation_v2, built_db, maturity_2023):
    at = _open(region="73.71", lang="id")
    assert at.title[0].value == "Profil daerah"
    m = _metrics(at)
    mk = maturity_2023.loc["73.71"]
    assert m["Peringkat nasional"] == f"{int(mk['rank_national'])} dari {len(maturity_2023)}"
    assert m["Indeks kematangan"] == fmt(mk["index_100"], 1, lang="id")
    at = _open(region="11.01", lang="id")
    assert any("bukan peserta program per 2023" in i.value for i in at.info)


def test_one_region_tables_show_no_repeated_context(navigation_v2, built_db):
    """The Region page's half-width tables cut their last column ("kekuat…") while every row repeated the
    region's own name and code, and every pillar row the count of regions in a median (the legend and notes give
    it). Those stay in the frame (and the CSV made from it) but are off the screen; an index on the method's
    scale that reads the same as its 0–100 form (80.136 beside 80.1) is shown once. Both lenses."""
    for lens in ("open", "evaluation"):
        at = _open(region="73.71", lens=lens)
        seen = 0
        for d in at.dataframe:
            df, shown = d.value, list(d.proto.column_order) or list(d.value.columns)
            own = "code" in df and df["code"].nunique() == 1 and df["code"].iloc[0] == "73.71"
            if own:
                seen += 1
                assert not {"code", "name"} & set(shown), (lens, shown)
            assert not {"province_n", "national_n", "peers"} & set(shown), (lens, shown)
            if {"index", "index_100"} <= set(df) and (df["index"] - df["index_100"]).abs().max() <= 0.05:
                assert "index" not in shown and "index" in df, (lens, shown)
        assert seen >= 1, lens                                   # the trend table is about the one region


def test_strengths_say_which_kind_before_the_numbers(navigation_v2, built_db):
    """In a half-width column the table's last column was cut: the kind (strength or weakness) now comes right
    after the pillar, on both lenses."""
    for lens in ("open", "evaluation"):
        at = _open(region="73.71", lens=lens)
        sw = next(d for d in at.dataframe if "kind" in d.value)
        assert list(sw.proto.column_order)[:2] == ["pillar", "kind"], lens
