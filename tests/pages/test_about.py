"""AppTest of the About the data page: reference files with sources and licences, the synthetic-score model,
build information from the database, and the published points with their URLs."""

from __future__ import annotations

from pathlib import Path

from tests.ui.apptest import app_test, navigation_v2  # noqa: F401 - fixture
from tests.ui.apptest import shown
from tests.plotly_charts import plotly_charts


def _open(**query):
    at = app_test({"lang": "en", **query}).run()
    assert not at.exception, at.exception
    at.switch_page("pages/about.py").run()
    assert not at.exception, at.exception
    return at


def _markdown(at) -> str:
    return " ".join(m.value for m in at.markdown)


def test_about_lists_every_reference_file(navigation_v2, built_db):
    at = _open()
    files = at.table[0].value
    assert {"regencies.csv", "provinces.csv", "programme_cohorts.csv", "reported_figures.csv", "ascn_cities.csv",
            "imd_smart_city_index.csv", "pillars.csv", "published_results.csv", "published_pillar_scores.csv",
            "ascn_pilot_regions.csv", "regencies_adm2.geojson", "provinces_adm1.geojson"} <= set(files["File"])
    assert "provinces_ne.geojson" not in set(files["File"])               # Natural Earth is gone
    row = files.set_index("File").loc["regencies.csv"]
    assert row["Rows / features"] == "514" and "ODbL 1.0" in row["Licence"]
    polygons = files.set_index("File").loc["regencies_adm2.geojson"]
    assert polygons["Rows / features"] == "514" and "CC BY 3.0 IGO" in polygons["Licence"]
    assert files.set_index("File").loc["provinces_adm1.geojson", "Rows / features"] == "38"
    # a count is written with the language's thousands separator: the raw file's data lines
    raw = Path(__file__).parents[2] / "data/reference/indicators/indicator_values.csv"
    n = sum(1 for _ in raw.open(encoding="utf-8")) - 1
    assert files.set_index("File").loc["indicator_values.csv", "Rows / features"] == f"{n:,}"
    md = _markdown(at)
    assert "geoBoundaries" in md and "idn-area-data 4.0.1" in md          # from SOURCES.md and the catalogue


def test_about_explains_synthetic_scores_and_build(navigation_v2, built_db):
    at = _open()
    md = _markdown(at)
    assert "Seed 20170" in md and "default_rng(seed)" in md
    assert any("capacity[r]" in c.value for c in at.code)
    build = at.dataframe[1].value.set_index("Item")["Value"]
    assert build["Seed of the synthetic scores"] == "20170"
    assert build["Score generator"] == "analytics.warehouse.synthetic v1"
    assert build["Built at"][:2] == "20"
    assert any("synthetic" in i.value for i in at.info)


def test_about_shows_the_published_points_with_urls(navigation_v2, built_db):
    at = _open()
    pub = shown(at.dataframe[2])
    assert set(pub["Kab/kota"]) == {"Kota Bandung", "Kota Kediri"}
    bandung = pub.set_index("Kab/kota").loc["Kota Bandung"]
    assert bandung["Value"] == "3.71" and bandung["Year"] == "not stated"
    assert bandung["Source"] == "https://bewarajabar.com/?p=112612"
    assert pub.set_index("Kab/kota").loc["Kota Kediri", "Year"] == "2022"
    pillars = shown(at.dataframe[3])
    assert len(pillars) == 6 and pillars["Score (0–4)"].tolist()[0] == "2.75"
    assert len([b for b in at.get("download_button") if not str(b.key).endswith("-xlsx")]) == 7
    assert len(plotly_charts(at)) == 1


def test_about_lists_the_indicators_with_their_licences(navigation_v2, built_db):
    """The real indicators with each licence; the CC BY-NC-SA poverty compilation is named."""
    at = _open()
    lic = at.dataframe[4].value.set_index("Indicator")
    assert len(lic) == 18
    assert "CC BY-NC-SA 4.0" in lic.loc["Population below the poverty line", "Licence (as stated by the catalogue)"]
    assert lic.loc["Human Development Index", "Years"] == "2010–2024"
    assert any("CC BY-NC-SA 4.0" in w.value and "non-commercial" in w.value for w in at.warning)
    files = set(at.table[0].value["File"])
    assert {"indicators.csv", "indicator_values.csv", "indicator_labels.csv"} <= files


def test_about_in_bahasa_indonesia(navigation_v2, built_db):
    at = _open(lang="id")
    assert at.title[0].value == "Tentang data"
    assert [h.value for h in at.subheader][:3] == ["Berkas rujukan", "Cara peserta diidentifikasi",
                                               "Cara skor pilar ilustratif dibuat"]
    assert "Berkas" in at.table[0].value.columns
    counts = at.table[0].value.set_index("Berkas")["Baris / fitur"]
    raw = Path(__file__).parents[2] / "data/reference/indicators/indicator_values.csv"
    n = sum(1 for _ in raw.open(encoding="utf-8")) - 1                     # 50773 data lines: "50.773"
    assert counts["indicator_values.csv"] == f"{n:,}".replace(",", ".") and counts["regencies.csv"] == "514"
    pub = shown(at.dataframe[2])
    assert pub.set_index("Kab/kota").loc["Kota Bandung", "Nilai"] == "3,71"
    lic = at.dataframe[4].value.set_index("Indikator")                       # the licences in Indonesian
    assert lic.loc["Indeks Pembangunan Manusia (IPM)", "Lisensi (menurut katalog)"] == "Statistik publik BPS (sebutkan BPS sebagai sumber)"
    assert not lic["Lisensi (menurut katalog)"].str.contains("public statistics|repository|copy MIT").any()
    # the project's own notes and publisher names in Indonesian (data/reference: note_id, publisher_id)
    assert pub.set_index("Kab/kota").loc["Kota Kediri", "Catatan"] == "evaluasi sebelumnya 3,06"
    assert lic.loc["PDRB per Kapita ADHK 2010", "Penerbit"] == "BPS (dihimpun oleh lab QuaRCS)"
    assert not pub["Catatan"].str.contains("evaluation|regions").any()
    assert not lic["Penerbit"].str.contains("compiled").any()
