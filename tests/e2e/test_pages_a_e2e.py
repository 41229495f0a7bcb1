"""Overview, Pillars, Methodology and About the data in a real browser: each page loads without an error box and
draws its Plotly charts, and a CSV download equals the command line's export for the same filters.

The Overview is the default page, served at ``/`` (its url_path ``overview`` is not routable for the default
page). Screenshots: tests/artifacts/e2e/pages-a-*.png.
"""

from __future__ import annotations

import io

import pandas as pd
import pytest

from tests.e2e.conftest import (assert_no_error, cli_export, download, full_page_screenshot, wait_charts_drawn,
                                wait_idle)

PAGES = {"overview": "/", "pillars": "/pillars", "methodology": "/methodology", "about": "/about"}
TITLES = {
    "en": {"overview": "Smart-city adoption in Indonesia", "pillars": "The pillars in open statistics",
           "methodology": "How the indices are built", "about": "About the data"},
    "id": {"overview": "Adopsi kota cerdas di Indonesia", "pillars": "Pilar dalam statistik terbuka",
           "methodology": "Cara indeks disusun", "about": "Tentang data"},
}
CHART = '[data-testid="kcPlotlyChart"] .main-svg'


def _open(page, url: str, path: str, **query) -> None:
    q = "&".join(f"{k}={v}" for k, v in {"lang": "en", **query}.items())
    page.goto(f"{url}{path}?{q}")
    wait_idle(page)
    page.wait_for_selector(CHART)
    wait_charts_drawn(page)


def _screenshot(page, name: str) -> None:
    full_page_screenshot(page, name)


def _download(page, key: str, tmp_path) -> pd.DataFrame:
    return pd.read_csv(download(page, key, tmp_path), dtype={"group": str, "code": str})


def _cli(built_db, *args: str) -> pd.DataFrame:
    return pd.read_csv(io.BytesIO(cli_export(built_db, *args)), dtype={"group": str, "code": str})


@pytest.mark.parametrize("lang", ["en", "id"])
@pytest.mark.parametrize("name", list(PAGES))
def test_page_loads_and_draws_charts(app_url, page, name, lang):
    _open(page, app_url, PAGES[name], lang=lang)
    assert_no_error(page)
    main = page.locator('[data-testid="stMain"]')
    assert TITLES[lang][name] in main.inner_text()
    assert page.locator(CHART).count() >= 1
    # every chart actually drew marks (bars, points, heatmap cells), not an empty frame
    for chart in page.locator('[data-testid="kcPlotlyChart"]').all():
        chart.scroll_into_view_if_needed()
        chart.locator(".trace, .hm, image").first.wait_for(state="attached")   # marks drawn (it draws after the run)
    _screenshot(page, f"pages-a-{name}-{lang}")


def test_overview_coverage_csv_equals_the_cli(app_url, page, built_db, tmp_path):
    _open(page, app_url, "/", year="2023")
    shown = _download(page, "dl-coverage", tmp_path)
    cli = _cli(built_db, "coverage", "--by", "province", "--year", "2023")
    assert len(shown) == 38
    pd.testing.assert_frame_equal(shown, cli)


def test_overview_filtered_csv_equals_the_cli(app_url, page, built_db, tmp_path):
    _open(page, app_url, "/", year="2019", island="Jawa")
    assert_no_error(page)
    shown = _download(page, "dl-coverage", tmp_path)
    cli = _cli(built_db, "coverage", "--by", "province", "--year", "2019", "--island-group", "Jawa")
    assert set(shown["as_of"]) == {2019} and len(shown) == 6
    pd.testing.assert_frame_equal(shown, cli)


def test_methodology_uncertainty_csv_equals_the_cli(app_url, page, built_db, tmp_path):
    _open(page, app_url, "/methodology", lens="evaluation")      # the evaluation index
    assert_no_error(page)
    shown = _download(page, "dl-uncertainty", tmp_path)
    cli = _cli(built_db, "uncertainty", "--lens", "evaluation", "--year", "2023", "--n", "1000", "--seed", "0")
    pd.testing.assert_frame_equal(shown, cli)
    sens = _download(page, "dl-sensitivity", tmp_path)
    pd.testing.assert_frame_equal(sens, _cli(built_db, "uncertainty", "--lens", "evaluation", "--table", "sensitivity",
                                             "--year", "2023", "--n", "1000", "--seed", "0"))


def test_methodology_default_view_csv_equals_the_cli_default(app_url, page, built_db, tmp_path):
    """Both defaults are the open-statistics index of real data: the page as it opens and the CLI without
    --lens write the same rank-uncertainty table."""
    _open(page, app_url, "/methodology")
    assert_no_error(page)
    shown = _download(page, "dl-uncertainty", tmp_path)
    cli = _cli(built_db, "uncertainty", "--year", "2023", "--n", "1000", "--seed", "0")
    assert len(shown) == 514
    pd.testing.assert_frame_equal(shown, cli)


def test_methodology_weight_reranks_in_the_browser(app_url, page, built_db, tmp_path):
    _open(page, app_url, "/methodology", lens="evaluation", w_environment="3.0")
    assert_no_error(page)
    top = _download(page, "dl-top", tmp_path)
    assert (top["rank_change"] != 0).any()
    cli = _cli(built_db, "maturity", "--lens", "evaluation", "--year", "2023", "--weights", "environment=3")
    assert top["code"].tolist() == cli["code"].head(10).tolist()
    _screenshot(page, "pages-a-methodology-weights")


def test_pillars_heatmap_csv_is_the_summary(app_url, page, built_db, tmp_path):
    from analytics.summaries import pillar_stats
    from analytics.warehouse.dataset import load
    from analytics.summaries.filters import Filters
    _open(page, app_url, "/pillars", lens="evaluation", cohort="2018")
    assert_no_error(page)
    shown = _download(page, "dl-heatmap", tmp_path)
    expected = pillar_stats.province_pillar_matrix(load(built_db), Filters(as_of=2023), cohorts=[2018])
    pd.testing.assert_frame_equal(shown, expected.assign(province_code=expected["province_code"].astype("int64")),
                                  check_dtype=False)


def test_overview_xlsx_holds_the_same_rows_as_the_csv(app_url, page, built_db, tmp_path):
    """The page's XLSX download (built on click): sheet "data" is the CSV's table, sheet "about" names the
    filters — the same frame the CLI exports."""
    _open(page, app_url, "/", year="2023")
    button = page.locator(".st-key-dl-coverage-xlsx button:visible").first
    button.scroll_into_view_if_needed()
    with page.expect_download() as info:
        button.click()
    target = tmp_path / info.value.suggested_filename
    info.value.save_as(target)
    assert target.suffix == ".xlsx" and target.name.startswith("kota-cerdas_coverage")
    shown = pd.read_excel(target, sheet_name="data", dtype={"group": str})     # codes stay text, as in the CSV
    cli = _cli(built_db, "coverage", "--by", "province", "--year", "2023")
    cli["group"] = cli["group"].astype(str)
    assert len(shown) == 38 and list(shown.columns) == list(cli.columns)
    pd.testing.assert_frame_equal(shown, cli, check_dtype=False)
    about = pd.read_excel(target, sheet_name="about", header=None).astype(str).to_string()
    assert "2023" in about
