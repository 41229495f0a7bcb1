"""AppTest of the lens on the score views: open statistics (real) is the default, the synthetic notice shows only
under the programme-evaluation lens, the lens is a language-independent code in the URL (``?lens=open|evaluation``)
and it survives a language switch; the Region profile shows BPS values a user can check."""

from __future__ import annotations

import pytest

from tests.ui.apptest import app_test, navigation_v2  # noqa: F401 - fixture
from tests.ui.apptest import shown
from ui.messages import MESSAGES

SYNTHETIC = MESSAGES["notice.synthetic"]
OPEN = MESSAGES["open.notice"]


def _open(page: str | None = None, **query):
    at = app_test({"lang": "en", **query}).run()
    assert not at.exception, at.exception
    if page:
        at.switch_page(f"pages/{page}.py").run()
        assert not at.exception, at.exception
    return at


def _notices(at) -> tuple[bool, bool]:
    """(the synthetic notice is shown, the open-statistics notice is shown), in any language."""
    texts = [e.value for e in (*at.info, *at.success)]
    return (any(t in texts for t in SYNTHETIC.values()), any(t in texts for t in OPEN.values()))


def _values_table(at, column: str):
    """The Region profile's table of statistics (the dataframe with an ``column`` header), indexed by it."""
    return next(shown(d) for d in at.dataframe if column in d.value.columns).set_index(column)


def _metrics(at) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def test_overview_defaults_to_open_statistics(navigation_v2, built_db):
    at = _open()
    assert at.radio(key="lens_switch").value == "open"
    assert at.query_params["lens"] == "open"
    assert _notices(at) == (False, True)
    m = _metrics(at)
    assert "Integrated or smart" not in m                     # no synthetic headline under the open lens
    assert m["Lowest-HDI fifth reached"] == "11 of 104"
    assert any("median HDI of 73.71 against 69.53" in md.value for md in at.markdown)


def test_switching_to_the_evaluation_lens(navigation_v2, built_db):
    at = _open()
    at.radio(key="lens_switch").set_value("evaluation").run()
    assert not at.exception
    assert at.query_params["lens"] == "evaluation"
    assert _notices(at) == (True, False)
    m = _metrics(at)
    assert "Integrated or smart" in m and "Lowest-HDI fifth reached" not in m
    badges = [b.proto.label for b in at.get("badge")] if at.get("badge") else \
        [e.proto.body for e in at.markdown if "synthetic demo" in getattr(e.proto, "body", "")]
    assert any("synthetic demo" in b for b in badges), badges          # the synthetic figure is badged
    at.radio(key="lens_switch").set_value("open").run()
    assert at.query_params["lens"] == "open" and _notices(at) == (False, True)


def test_the_lens_code_is_language_independent(navigation_v2, built_db):
    at = _open(lang="id", lens="evaluation")
    assert at.radio(key="lens_switch").value == "evaluation"
    assert _notices(at) == (True, False)
    assert "Terintegrasi atau cerdas" in _metrics(at)
    at.segmented_control(key="lang").set_value("en").run()
    assert at.query_params["lens"] == "evaluation" and at.query_params["lang"] == "en"
    assert "Integrated or smart" in _metrics(at)


def test_an_unknown_lens_falls_back_to_open(navigation_v2, built_db):
    at = _open(lens="synthetic")
    assert at.radio(key="lens_switch").value == "open" and at.query_params["lens"] == "open"


@pytest.mark.parametrize("page,query", [("pillars", {}), ("compare", {"regions": "34.71,95.08"}),
                                        ("methodology", {}), ("region", {"region": "73.71"})])
def test_every_score_view_follows_the_lens(navigation_v2, built_db, page, query):
    at = _open(page, **query)
    assert _notices(at) == (False, True), page
    at.radio(key="lens_switch").set_value("evaluation").run()
    assert not at.exception
    assert _notices(at)[0], page
    assert at.query_params["lens"] == "evaluation"


def test_region_profile_shows_values_checkable_on_bps(navigation_v2, built_db):
    """Kota Yogyakarta's HDI 2024 is 88.77 and Kabupaten Nduga's 36.30 (BPS), each with its year and source."""
    for code, hdi in (("34.71", "88.77"), ("95.08", "36.30")):
        at = _open("region", region=code)
        at.select_slider(key="year").set_value(2024).run()
        assert not at.exception
        table = _values_table(at, "Indicator")
        row = table.loc["Human Development Index"]
        assert row["Value"] == hdi and row["Year of the value"] == "2024" and row["Publisher"] == "BPS"
        assert row["Source"].startswith("https://www.bps.go.id/")
        assert table.loc["Population below the poverty line", "Year of the value"] == "2021"   # its own year
        assert "Open-statistics index" in _metrics(at)


def test_region_profile_in_bahasa_indonesia(navigation_v2, built_db):
    at = _open("region", region="34.71", lang="id")
    at.select_slider(key="year").set_value(2024).run()
    table = _values_table(at, "Indikator")
    assert table.loc["Indeks Pembangunan Manusia (IPM)", "Nilai"] == "88,77"
    assert table.loc["Indeks Pembangunan Manusia (IPM)", "Satuan"] == "indeks 0–100"
    m = _metrics(at)
    assert "Indeks statistik terbuka" in m and m["Peringkat nasional"].endswith("dari 514")


def test_governance_and_branding_show_no_open_data(navigation_v2, built_db):
    at = _open("pillars")
    caps = " ".join(c.value for c in at.caption)
    assert "Smart Governance, Smart Branding: no open data" in caps
    at = _open("compare", regions="34.71,95.08")
    table = at.dataframe[0].value
    assert not {"governance", "branding", "Governance", "Branding"} & set(table.columns)
