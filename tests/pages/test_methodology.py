"""AppTest of the Methodology page: settings re-rank live, the uncertainty chart and sensitivity table, and
the explanation with its sources."""

from __future__ import annotations

from tests.pages.conftest import fmt
from tests.pages.test_overview import charts_of
from tests.ui.apptest import chart_title, app_test, navigation_v2  # noqa: F401 - fixture
from tests.ui.apptest import shown


def _open(**query):
    at = app_test({"lang": "en", "lens": "evaluation", **query}).run()
    assert not at.exception, at.exception
    at.switch_page("pages/methodology.py").run()
    assert not at.exception, at.exception
    return at


def _top(at) -> list[str]:
    return at.dataframe[0].value.iloc[:, 1].tolist()


def _captions(at) -> str:
    return " ".join(c.value for c in at.caption)


def _first(maturity):
    """The nationally first region of the (synthetic) default ranking: read from the data, never pinned."""
    return maturity[maturity["rank_national"] == 1].iloc[0]


def test_methodology_renders_default_ranking_and_uncertainty(navigation_v2, built_db, maturity_2023, level_name):
    at = _open()
    top = shown(at.dataframe[0])
    # one scale across the app: the 0–4 mean shows as its 0–100 index (issue 11), as on Map, Region and Compare
    assert list(top.columns) == ["Rank", "Kab/kota", "Province", "Index (0–100)", "Level", "Default", "Change"]
    first = _first(maturity_2023)
    assert top.iloc[0, 1] == first["name"] and top.iloc[0, 3] == fmt(first["index_100"], 1)
    assert top.iloc[0, 4] == level_name(first["level"])
    assert (top["Change"] == "0").all()
    assert len(at.dataframe[1].value) == 10
    assert "182 evaluated participants in view, ranked nationally. 0 changed rank" in _captions(at)
    unc, sens = charts_of(at)
    assert chart_title(unc) == "Median rank and 5–95% interval of 182 participants"
    assert len(unc["data"][0]["y"]) == 182 and "error_y" in unc["data"][0]
    assert {*sens["data"][0]["y"]} == {"Weights (±25%)", "Normalisation", "Aggregation"}
    assert len(at.dataframe[3].value) == 3
    md = " ".join(m.value for m in at.markdown)
    for url in ("knowledge4policy.ec.europa.eu", "COINr", "kabarkampus.com", "properti.kompas.com",
                "kominfo.slemankab.go.id", "aptika.kominfo.go.id"):
        assert url in md
    assert len([b for b in at.get("download_button") if not str(b.key).endswith("-xlsx")]) == 5


def test_changing_a_weight_changes_the_ranking(navigation_v2, built_db):
    at = _open()
    before = _top(at)
    at.slider(key="w_environment").set_value(3.0).run()
    assert not at.exception
    after = _top(at)
    assert after != before
    changes = at.dataframe[0].value["Change"]
    assert (changes != "0").any()
    assert "0 changed rank" not in _captions(at)


def test_weights_come_from_the_url(navigation_v2, built_db):
    default = _top(_open())
    at = _open(w_environment="3.0")
    assert at.slider(key="w_environment").value == 3.0
    assert _top(at) != default


def test_normalisation_and_aggregation(navigation_v2, built_db):
    at = _open()
    at.selectbox(key="norm").set_value("minmax").run()
    top = shown(at.dataframe[0])
    assert (top["Level"] == "—").all()                     # relative scale: no maturity level
    assert any("absolute ratings" in c for c in [c.value for c in at.caption])
    at.selectbox(key="norm").set_value("zscore").run()
    at.segmented_control(key="agg").set_value("geometric").run()
    assert not at.exception
    assert any("undefined for z-scores" in w.value for w in at.warning)


def test_all_weights_zero_is_explained(navigation_v2, built_db):
    at = _open()
    for p in ("governance", "branding", "economy", "society", "living", "environment"):
        at.slider(key=f"w_{p}").set_value(0.0)
    at.run()
    assert any("All weights are 0" in w.value for w in at.warning)


def test_reset_restores_the_default(navigation_v2, built_db):
    at = _open()
    at.slider(key="w_governance").set_value(2.5).run()
    assert at.slider(key="w_governance").value == 2.5
    next(b for b in at.button if b.label == "Default settings").click().run()
    assert not at.exception
    assert at.slider(key="w_governance").value == 1.0
    assert "0 changed rank" in _captions(at)


def test_methodology_in_bahasa_indonesia(navigation_v2, built_db, maturity_2023, level_name):
    at = _open(lang="id")
    assert at.title[0].value == "Cara indeks disusun"
    top = shown(at.dataframe[0])
    assert list(top.columns)[:4] == ["Peringkat", "Kab/kota", "Provinsi", "Indeks (0–100)"]
    first = _first(maturity_2023)
    assert top.iloc[0, 3] == fmt(first["index_100"], 1, lang="id") and top.iloc[0, 4] == level_name(first["level"], "id")
    assert charts_of(at)[0]["layout"]["separators"] == ",."


def test_monte_carlo_reruns_only_when_its_inputs_change(navigation_v2, built_db, monkeypatch):
    import streamlit as st

    from analytics.summaries import tables as summaries
    calls = []
    original = summaries.uncertainty_summary

    def counting(*args, **kwargs):
        calls.append(kwargs.get("settings"))
        return original(*args, **kwargs)

    monkeypatch.setattr(summaries, "uncertainty_summary", counting)
    st.cache_data.clear()
    at = _open()
    assert len(calls) == 1
    at.selectbox(key="island").set_value("Jawa").run()          # rows filtered afterwards: no rerun
    at.selectbox(key="province").set_value("35").run()
    assert not at.exception and len(calls) == 1
    assert all(name.startswith(("Kota", "Kabupaten")) for name in at.dataframe[0].value["Kab/kota"])
    assert set(at.dataframe[0].value["Province"]) == {"Jawa Timur"}
    at.slider(key="w_governance").set_value(2.0).run()           # a setting of the index: rerun
    assert len(calls) == 2
    at.slider(key="w_governance").set_value(1.0).run()           # back to a cached setting
    assert len(calls) == 2
