"""The open-statistics views in a real browser (headless Chromium): the Indicator explorer's and the equity
page's CSV downloads are byte-for-byte the command line's export for the same choices; the lens switch moves
between open statistics and the programme evaluation, keeps its code in the URL and shows the synthetic notice
only under the evaluation lens. Screenshots: tests/artifacts/e2e/indicators-*.png."""

from __future__ import annotations

from urllib.parse import parse_qs, urlencode, urlparse

import pytest

from tests.e2e.conftest import (WAIT, assert_no_error, cli_export, download, full_page_screenshot, wait_charts_drawn,
                                wait_idle)


def _open(page, url: str, path: str, **query) -> None:
    page.goto(f"{url}{path}?{urlencode({'lang': 'en', **query})}")
    wait_idle(page, 60)


def _query(page) -> dict[str, str]:
    return {k: v[-1] for k, v in parse_qs(urlparse(page.url).query).items()}


def _tab(page, name: str) -> None:
    """Tabs switch in the browser (no script run): wait until the tab is the selected one."""
    page.get_by_role("tab", name=name).click()
    page.get_by_role("tab", name=name, selected=True).wait_for()


@pytest.mark.parametrize(("query", "filters"), [
    ({"indicator": "hdi", "ind_year": "2024"}, ()),
    ({"indicator": "poverty_rate", "ind_year": "2021", "island": "Jawa", "type": "Kota"},
     ("--island-group", "Jawa", "--type", "kota")),
])
def test_explorer_csvs_equal_the_cli(app_url, page, built_db, tmp_path, query, filters):
    _open(page, app_url, "/explorer", **query)
    assert_no_error(page)
    args = ("--indicator", query["indicator"], "--year", query["ind_year"], *filters)
    for tab, key, view in (("National distribution", "dl-explorer-dist", "distribution"),
                           ("By province", "dl-explorer-prov", "province"),
                           ("Ranking", "dl-explorer-rank", "ranking")):
        _tab(page, tab)
        shown = download(page, key, tmp_path).read_bytes()
        assert shown == cli_export(built_db, "indicators", *args, "--view", view), view
        assert shown.count(b"\n") > 1
    _tab(page, "Trends")
    wait_idle(page, 30)
    regions = _query(page)["trend"]
    assert regions.count(",") == 1                                  # best and worst in view by default
    shown = download(page, "dl-explorer-trend", tmp_path).read_bytes()
    assert shown == cli_export(built_db, "indicators", "--indicator", query["indicator"], "--view", "trend",
                               "--regions", regions)


def test_equity_csvs_equal_the_cli(app_url, page, built_db, tmp_path):
    _open(page, app_url, "/equity", year="2022")
    assert_no_error(page)
    for key, view in (("dl-equity-quintiles", "quintiles"), ("dl-equity-groups", "groups"),
                      ("dl-equity-curve", "curve"), ("dl-equity-summary", "summary")):
        shown = download(page, key, tmp_path).read_bytes()
        assert shown == cli_export(built_db, "equity", "--view", view, "--year", "2022"), view
    shown = download(page, "dl-equity-cohorts", tmp_path).read_bytes()
    assert shown == cli_export(built_db, "equity", "--view", "cohorts")


def _notices(page) -> tuple[bool, bool]:
    main = page.locator('[data-testid="stMain"]').inner_text()
    return ("Illustrative data: pillar scores here are synthetic" in main,
            "Real data: the open-statistics index" in main)


def test_lens_switch_in_the_browser(app_url, page):
    _open(page, app_url, "/")
    page.locator('[data-testid="stMetric"]').get_by_text("Lowest-HDI fifth reached").first.wait_for()
    assert _query(page)["lens"] == "open" and _notices(page) == (False, True)
    main = page.locator('[data-testid="stMain"]').inner_text()
    assert "Lowest-HDI fifth reached" in main and "Integrated or smart" not in main
    full_page_screenshot(page, "indicators-overview-open-en")
    page.locator('[data-testid="stSidebar"]').get_by_text("Programme evaluation", exact=True).click()
    page.locator('[data-testid="stMetric"]').get_by_text("Integrated or smart").first.wait_for()
    wait_idle(page, 60)
    assert _query(page)["lens"] == "evaluation" and _notices(page) == (True, False)
    assert "Integrated or smart" in page.locator('[data-testid="stMain"]').inner_text()
    full_page_screenshot(page, "indicators-overview-evaluation-en")
    page.locator('[data-testid="stSidebar"]').get_by_text("Bahasa Indonesia", exact=True).click()
    page.wait_for_url("**lang=id**")                                   # the language switch's run has written it
    page.locator('[data-testid="stMetric"]').get_by_text("Terintegrasi atau cerdas").first.wait_for()
    wait_idle(page, 60)
    q = _query(page)
    assert q["lens"] == "evaluation" and q["lang"] == "id"
    assert "Terintegrasi atau cerdas" in page.locator('[data-testid="stMain"]').inner_text()
    # a shared link opens the same lens in the other language
    _open(page, app_url, "/pillars", lang="id", lens="evaluation")
    assert "Data ilustratif" in page.locator('[data-testid="stMain"]').inner_text()
    assert_no_error(page)


PAGES = {
    "overview": ("/", {}),
    "equity": ("/equity", {}),
    "explorer": ("/explorer", {"indicator": "hdi"}),
    "region": ("/region", {"region": "34.71", "year": "2024"}),
    "compare": ("/compare", {"regions": "34.71,95.08,73.71"}),
    "pillars": ("/pillars", {}),
    "methodology": ("/methodology", {}),
    "about": ("/about", {}),
}
TITLES = {"en": {"overview": "Smart-city adoption in Indonesia", "equity": "Does the programme reach the regions",
                 "explorer": "Indicator explorer", "region": "Region profile", "compare": "Compare regions",
                 "pillars": "The pillars in open statistics", "methodology": "How the indices are built", "about": "About the data"},
          "id": {"overview": "Adopsi kota cerdas di Indonesia", "equity": "Apakah program menjangkau daerah",
                 "explorer": "Penjelajah indikator", "region": "Profil daerah", "compare": "Bandingkan daerah",
                 "pillars": "Pilar dalam statistik terbuka", "methodology": "Cara indeks disusun", "about": "Tentang data"}}


@pytest.mark.parametrize("lang", ["en", "id"])
@pytest.mark.parametrize("name", list(PAGES))
def test_open_statistics_pages_render(app_url, page, name, lang):
    path, query = PAGES[name]
    _open(page, app_url, path, lang=lang, **query)
    assert_no_error(page)
    main = page.locator('[data-testid="stMain"]').inner_text()
    assert TITLES[lang][name] in main
    wait_charts_drawn(page)
    for chart in page.locator('[data-testid="kcPlotlyChart"]:visible').all():
        chart.scroll_into_view_if_needed()
        chart.locator(".trace, .hm, image").first.wait_for(state="attached")   # marks drawn (bars, points, cells)
    if name == "region":      # Yogyakarta's HDI 2024 in the metric row (drawn a moment after the run on a busy machine)
        value = "88.77" if lang == "en" else "88,77"
        page.locator('[data-testid="stMetric"]').get_by_text(value, exact=True).first.wait_for(timeout=WAIT * 1000)
    full_page_screenshot(page, f"indicators-{name}-{lang}")
