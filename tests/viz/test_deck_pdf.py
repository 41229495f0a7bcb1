"""The PDF deck (viz/deck_pdf.py fed by ui/slide_content.py): one 16:9 page per chosen slide, in the chosen
order, whose extracted text (poppler's pdftotext, an independent reader) holds each slide's headline and source
line; the headline numbers checked against counts taken straight from the dataset; the "demo data" badge on a
synthetic figure. Page images for a look: tests/artifacts/deck/page-<n>.png (pdftoppm -r 50)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from analytics.summaries.filters import Filters
from analytics.warehouse import dataset
from tests.conftest import REPO
from ui import slide_content
from viz import deck_pdf

POPPLER = shutil.which("pdftotext") and shutil.which("pdfinfo")
pytestmark = pytest.mark.skipif(not POPPLER, reason="poppler-utils (pdftotext, pdfinfo) not installed")


@pytest.fixture(scope="module")
def ds(built_db):
    return dataset.load(built_db)


def _words(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def _pdf_text(path: Path, page: int) -> str:
    out = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), str(path), "-"], check=True,
                         capture_output=True, text=True).stdout
    return _words(out)


def _info(path: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    return {k.strip(): v.strip() for k, v in (line.split(":", 1) for line in out.splitlines() if ":" in line)}


@pytest.mark.parametrize(("codes", "lang"), [
    (["overview", "equity", "pillars", "ascn", "region"], "en"),
    (["region", "overview"], "id"),                     # the presenter's order, in Bahasa Indonesia
])
def test_deck_pages_text_and_size(ds, tmp_path, codes, lang):
    f = Filters(as_of=2023)
    slides = slide_content.build_deck(codes, ds, f, lang)
    pdf = tmp_path / "deck.pdf"
    pdf.write_bytes(deck_pdf.deck_pdf(slides))
    info = _info(pdf)
    assert int(info["Pages"]) == len(codes)
    w, h = (float(x) for x in re.match(r"([\d.]+) x ([\d.]+) pts", info["Page size"]).groups())
    assert abs(w / h - 16 / 9) < 0.01, info["Page size"]
    for n, s in enumerate(slides, start=1):
        text = _pdf_text(pdf, n)
        assert s.code == codes[n - 1]
        assert _words(s.headline) in text, (s.code, s.headline, text[:300])
        assert _words(s.source) in text, (s.code, s.source, text[-400:])


def test_headline_numbers_match_the_dataset(ds):
    """The overview headline's counts are the regions with a cohort year up to the year, of all regions; the
    ASCN headline names the Indonesian cities of the network file that joined by then."""
    f = Filters(as_of=2023)
    r = ds.regions
    n = int((r["cohort_year"].notna() & (r["cohort_year"] <= 2023)).sum())
    s = slide_content.build("overview", ds, f, "en")
    assert f"In 2023, {n} of {len(r)} kab/kota" in s.headline
    cities = sorted(ds.ascn.loc[(ds.ascn["country_iso2"] == "ID") & (ds.ascn["joined_year"] <= 2023), "city"])
    s = slide_content.build("ascn", ds, f, "en")
    assert s.headline.endswith(", ".join(cities) + ".")
    assert f"; {len(cities)} of them" in s.headline


def test_demo_badge_on_a_synthetic_figure(tmp_path):
    """A slide whose figure is synthetic carries the badge text on its page; a real one does not."""
    bars = deck_pdf.Bars(("a", "b"), (1.0, 2.0), ("1", "2"))
    real = deck_pdf.DeckSlide("pillars", "Pillars", "Headline one.", "Source: one.", bars)
    demo = deck_pdf.DeckSlide("pillars", "Pillars", "Headline two.", "Source: two.", bars, demo="Demo data")
    pdf = tmp_path / "d.pdf"
    pdf.write_bytes(deck_pdf.deck_pdf([real, demo]))
    assert "Demo data" not in _pdf_text(pdf, 1)
    assert "Demo data" in _pdf_text(pdf, 2)


def test_map_slide_page_shows_the_map(ds, tmp_path):
    """The map slide embeds the printed regency map (ui/map_print.py); its page image is mostly not white."""
    from PIL import Image, ImageStat

    from ui import map_print
    s = slide_content.build("map", ds, Filters(as_of=2023), "en",
                            map_png=lambda d, m, f, lg: map_print.map_png(d, m, f, lg, width_px=2400))
    assert isinstance(s.figure, deck_pdf.Image)
    pdf = tmp_path / "map.pdf"
    pdf.write_bytes(deck_pdf.deck_pdf([s]))
    assert _words(s.headline) in _pdf_text(pdf, 1)
    out = REPO / "tests" / "artifacts" / "deck"
    out.mkdir(parents=True, exist_ok=True)
    subprocess.run(["pdftoppm", "-png", "-r", "50", str(pdf), str(out / "map")], check=True)
    img = Image.open(next(out.glob("map*.png"))).convert("L")
    assert ImageStat.Stat(img).stddev[0] > 20           # a picture, not a blank page


def test_cli_deck(built_db, tmp_path, capsys):
    """``python -m analytics deck``: the chosen slides in order, as pages; an unknown code is a one-line error."""
    from analytics.cli.main import main
    out = tmp_path / "talk.pdf"
    assert main(["deck", "--db", str(built_db), "--slides", "ascn,overview", "--lang", "id", "-o", str(out)]) == 0
    assert int(_info(out)["Pages"]) == 2
    assert "ASEAN" in _pdf_text(out, 1) and "Gerakan Menuju Smart City" in _pdf_text(out, 2)
    assert main(["deck", "--db", str(built_db), "--slides", "ascn,nope", "-o", str(tmp_path / "x.pdf")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1].startswith("error: unknown slide code(s): nope") and not (tmp_path / "x.pdf").exists()
