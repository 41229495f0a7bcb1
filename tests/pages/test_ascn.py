"""AppTest of the ASEAN network page: network size by year (computed beside reported), the map, the Indonesian
pilots and the IMD ranks with missing values kept missing, in both languages."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from tests.ui.apptest import app_test, navigation_v2  # noqa: F401 - fixture
from tests.plotly_charts import plotly_charts


def _open(**query):
    at = app_test({"lang": "en", **query})
    at.switch_page("pages/ascn.py").run()
    assert not at.exception, "\n".join(e.message for e in at.exception)
    return at


def _metrics(at) -> dict:
    return {m.label: m.value for m in at.metric}


@pytest.mark.parametrize(("year", "cities", "reported", "indonesian"),
                         [(2018, "26", "26 (2018)", "3"), (2023, "29", "29 (2023)", "3"), (2024, "31", "31 (2024)", "4")])
def test_network_size_by_year(navigation_v2, built_db, year, cities, reported, indonesian):
    at = _open(year=str(year))
    m = _metrics(at)
    assert m["Cities in the network"] == cities and m["Indonesian cities"] == indonesian
    assert any(f"computed from the city list · reported: {reported}" in c.value for c in at.caption)
    deck = json.loads(at.get("deck_gl_json_chart")[0].proto.json)
    points = next(l for l in deck["layers"] if l["id"] == "ascn")
    assert len(points["data"]) == int(cities)
    assert at.dataframe[0].value.shape[0] == int(cities)


def test_year_slider_changes_the_network(navigation_v2, built_db):
    at = _open()
    assert _metrics(at)["Cities in the network"] == "29"
    at.select_slider(key="year").set_value(2024).run()
    assert _metrics(at)["Cities in the network"] == "31"
    assert _metrics(at)["Joined in 2024"] == "2"
    at.select_slider(key="year").set_value(2018).run()
    assert _metrics(at)["Cities in the network"] == "26"


def test_counts_table_and_sources(navigation_v2, built_db):
    at = _open()
    table = at.dataframe[1]
    counts = table.value.set_index("year")
    assert counts.loc[2018, "cities"] == 26 and counts.loc[2023, "cities"] == 29 and counts.loc[2024, "cities"] == 31
    # none reported: missing (the table's placeholder reads "—"; the CSV keeps it empty), and the column stays
    # numbers, so it sorts by value
    assert counts.loc[2023, "reported"] == 29 and pd.isna(counts.loc[2020, "reported"])
    assert table.proto.placeholder == "—"
    assert "bangkokpost.com" in counts.loc[2023, "reported_source"]
    assert "channelnewsasia.com" in " ".join(c.value for c in at.caption)


def test_pilots_against_the_national_picture(navigation_v2, built_db):
    """The default view is the open-statistics index (real data): no synthetic notice, the national median of all
    514 kab/kota; the evaluation lens (synthetic demo scores) shows them only when chosen, with the notice."""
    at = _open()
    pilots = at.dataframe[2].value
    assert set(pilots["city"]) == {"Banyuwangi", "Jakarta", "Makassar"}       # Sumedang joins in 2024
    assert (pilots["city"] == "Jakarta").sum() == 6
    assert "data_year_max" in pilots and "eval_year" not in pilots
    assert any("national median of 514 kab/kota" in c.value for c in at.caption)
    assert not any("synthetic" in i.value.lower() for i in [*at.info, *at.warning])
    spec = plotly_charts(at)[1].spec
    assert spec["layout"]["xaxis"]["title"]["text"] == "Open-statistics index (0–100)"
    at = _open(year="2024")
    assert "Sumedang" in set(at.dataframe[2].value["city"])
    at = _open(lens="evaluation")
    assert "eval_year" in at.dataframe[2].value
    assert any("national median of 182 evaluated participants" in c.value for c in at.caption)
    assert any("synthetic" in i.value.lower() for i in [*at.info, *at.warning])


def test_open_pilots_match_the_open_index(navigation_v2, built_db):
    """Each pilot's open index, level, rank and newest data year are the open index table's row for its code (the
    table the Region page and the exports read), not a copy that could drift; Makassar's 2023 index is 86.3."""
    from analytics.summaries import open_index
    from analytics.summaries.filters import Filters
    from analytics.warehouse import dataset
    want = open_index.open_index_summary(dataset.load(built_db), Filters(as_of=2023)).set_index("code")
    pilots = _open(year="2023").dataframe[2].value.set_index("code")
    for code, row in pilots.iterrows():
        w = want.loc[code]
        assert row["index_100"] == w["index_100"], code
        assert row["level"].lower().replace(" ", "_") == w["level"], code              # shown by its name
        assert row["rank_national"] == w["rank_national"] and row["data_year_max"] == w["data_year_max"], code
    assert pilots.loc["73.71", "index_100"] == 86.3


def test_imd_ranks_with_missing_values(navigation_v2, built_db):
    at = _open()
    imd = at.dataframe[-1].value
    assert set(imd["city"]) == {"Jakarta", "Medan", "Makassar"}
    g = imd.set_index(["city", "year"])
    assert g.loc[("Jakarta", 2023), "rank"] == 102 and g.loc[("Makassar", 2023), "rank"] == 114
    assert pd.isna(g.loc[("Medan", 2021), "rank"])     # not found: missing, not guessed ("—" on screen, no "None")
    assert at.dataframe[-1].proto.placeholder == "—"
    spec = plotly_charts(at)[-1].spec
    assert "Rank not found (missing): Medan 2021" in json.dumps(spec["layout"]["annotations"])


def test_before_launch(navigation_v2, built_db):
    at = _open(year="2017")
    assert any("launched in April 2018" in i.value for i in at.info)
    assert not at.get("deck_gl_json_chart")


def test_ascn_in_bahasa_indonesia(navigation_v2, built_db):
    at = _open(year="2024", lang="id")
    assert _metrics(at)["Kota dalam jaringan"] == "31"
    assert any("dihitung dari daftar kota · dilaporkan: 31 (2024)" in c.value for c in at.caption)
    # the network table names each country in Indonesian (the raw file's ISO code stays in the download only)
    table = at.dataframe[0]
    raw = pd.read_csv(Path(__file__).parents[2] / "data/reference/ascn_cities.csv", keep_default_na=False)
    code_of = dict(zip(raw["city"], raw["country_iso2"]))
    named = dict(zip(table.value["city"], table.value["country"]))
    assert named["Phnom Penh"] == "Kamboja" and named["Makassar"] == "Indonesia"
    assert all(code_of[c] == "KH" for c, n in named.items() if n == "Kamboja")
    assert "country_iso2" not in table.proto.column_order and "country" in table.proto.column_order
