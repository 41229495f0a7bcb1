"""The report map (viz.print_map via ui.map_print, the page's download and the CLI's file): at least 2400 px wide,
with the title, a legend of every class (and "no data"), the source and the boundary attribution — checked in
the figure's texts, in the PNG's metadata and in its pixels (the legend's colours are drawn)."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from analytics.summaries import map_measures as mm
from analytics.summaries.filters import Filters
from ui import map_print, map_text
from viz import maps, print_map

ATTRIBUTION_EN = "Regency boundaries: geoBoundaries (www.geoboundaries.org)"


@pytest.fixture(scope="module")
def ds(built_db):
    from analytics.warehouse.dataset import load
    return load(built_db)


@pytest.fixture(scope="module")
def shapes(built_db):
    from analytics.warehouse import geo
    return geo.region_shapes(built_db), geo.province_shapes(built_db)


def _texts(fig) -> str:
    parts = [t.get_text() for t in fig.texts]
    for lg in fig.legends:
        parts += [lg.get_title().get_text(), *[t.get_text() for t in lg.get_texts()]]
    return "\n".join(parts)


def _png(data: bytes) -> Image.Image:
    img = Image.open(io.BytesIO(data))
    img.load()
    return img


def test_the_print_map_has_title_legend_source_and_attribution(ds, shapes):
    r = mm.measure_values(ds, "cohort", 2023)
    words = map_text.print_words(r, Filters(as_of=2023), ds.regions, "en")
    fig = print_map.print_map(r, shapes[0], words, map_text.map_text("en"), provinces=shapes[1])
    text = _texts(fig)
    assert "Programme cohort (year joined), as of 2023" in text
    assert "Indonesia: all 514 kabupaten/kota" in text
    for year in ("2017", "2018", "2019", "2021", "2022", "2023"):
        assert year in [t.get_text() for t in fig.legends[0].get_texts()]
    assert "2024" not in [t.get_text() for t in fig.legends[0].get_texts()]     # not yet a cohort in 2023
    assert "Not in the identified cohorts by 2023" in text
    assert ATTRIBUTION_EN in text.replace("\n", " ") and "CC BY 3.0 IGO" in text
    assert "programme_cohorts.csv" in text.replace("\n", "")
    png = print_map.to_png(fig, words)
    img = _png(png)
    assert img.width >= 2400
    assert img.text["Copyright"].startswith(ATTRIBUTION_EN) and "CC BY 3.0 IGO" in img.text["Copyright"]
    assert img.text["Title"] == "Programme cohort (year joined), as of 2023"
    # every legend colour is drawn (swatches and regions): count exact-colour pixels
    rgb = img.convert("RGB")
    colours = {c for _, c in rgb.getcolors(maxcolors=1 << 22)}
    cols = maps.class_colours(r.classes)
    for hexc in [cols[i] for i in maps.shown_classes(r)]:
        want = tuple(int(hexc[i:i + 2], 16) for i in (1, 3, 5))
        assert want in colours, hexc


def test_no_data_is_in_the_legend_and_hatched(ds, shapes):
    r = mm.measure_values(ds, "evaluation", 2023, Filters(as_of=2023, province="35"))
    words = map_text.print_words(r, Filters(as_of=2023, province="35"), ds.regions, "id")
    fig = print_map.print_map(r, shapes[0], words, map_text.map_text("id"), provinces=shapes[1])
    handles = fig.legends[0].legend_handles
    labels = [t.get_text() for t in fig.legends[0].get_texts()]
    assert "Tidak ada data" in labels and "Di luar filter" in labels
    assert handles[labels.index("Tidak ada data")].get_hatch() == "////"
    assert words.badge == "ILUSTRASI: data sintetis" and "Jawa Timur" in words.subtitle
    assert "Batas kabupaten/kota: geoBoundaries" in _texts(fig).replace("\n", " ")
    print_map.to_png(fig, words)


def test_a_width_below_print_resolution_is_raised(ds, shapes):
    r = mm.measure_values(ds, "participation", 2019)
    words = map_text.print_words(r, Filters(as_of=2019), ds.regions, "en")
    img = _png(print_map.to_png(print_map.print_map(r, shapes[0], words, map_text.map_text("en"), width_px=800),
                                words))
    assert img.width >= print_map.MIN_WIDTH_PX


def test_map_png_for_the_page_and_the_cli(ds, shapes, built_db, tmp_path):
    png = map_print.map_png(ds, "cohort", Filters(as_of=2021, province="73"), "en", highlight="73.71",
                            shapes=shapes[0], province_shapes=shapes[1], db=built_db)
    img = _png(png)
    assert img.width >= 2400 and "as of 2021" in img.text["Title"] and img.text["Description"] == "Sulawesi Selatan"
    (tmp_path / "map.png").write_bytes(png)                                    # kept for a look when debugging
    rgb = img.convert("RGB")
    assert (230, 0, 126) in {c for _, c in rgb.getcolors(maxcolors=1 << 22)}    # the highlight outline


def test_provinces_png(ds, shapes, built_db):
    img = _png(map_print.map_png(ds, "participation", Filters(as_of=2021), "en", provinces=True,
                                 shapes=shapes[0], province_shapes=shapes[1], db=built_db))
    assert img.width >= 2400 and "38 provinces" in img.text["Description"]


def test_small_multiples_one_panel_per_year(ds, shapes, built_db):
    years = list(ds.years)
    results = [mm.measure_values(ds, "cohort", y) for y in years]
    words = map_text.print_words(results[-1], Filters(), ds.regions, "en", years=(years[0], years[-1]))
    fig = print_map.small_multiples(results, shapes[0], words, map_text.map_text("en"),
                                    panel_titles=[str(y) for y in years])
    titles = [ax.get_title(loc="left") for ax in fig.axes]
    assert titles == [str(y) for y in years] and years[0] == 2017
    assert words.title == f"Programme cohort (year joined), 2017–{years[-1]}"
    assert ATTRIBUTION_EN in _texts(fig).replace("\n", " ")
    img = _png(print_map.to_png(fig, words))
    assert img.width >= 2400
