"""AppTest of shared links (issue 11): a link made in Bahasa Indonesia — with codes, or with the names and labels
old links carried — opens the same filters and options in English and in presenter mode; the URL is rewritten
with codes; a move to another page keeps the filters; a value not understood gives a visible, translated warning
naming the parameter and the value, and the default."""

from __future__ import annotations

import pytest

from tests.ui.apptest import app_test, navigation_v2, page_path  # noqa: F401 - fixture
from ui.messages import MESSAGES

# one view written three ways: the app's codes, the Indonesian display labels an old link held, other spellings
CODES = {"year": "2020", "island": "sulawesi", "province": "73", "type": "kota"}
LABELS_ID = {"year": "2020", "island": "Sulawesi", "province": "Sulawesi Selatan", "type": "Kota"}
SPELLINGS = {"year": " 2020", "island": "SULAWESI", "province": "south sulawesi", "type": "kota"}
EXPECTED = {"year": 2020, "island": "Sulawesi", "province": "73", "type": "kota"}


def _sidebar(at) -> dict:
    return {"year": at.select_slider(key="year").value, "island": at.selectbox(key="island").value,
            "province": at.selectbox(key="province").value, "type": at.selectbox(key="type").value}


def _run(query: dict, page: str | None = None):
    at = app_test(query)
    if page:
        at.switch_page(page)
    at.run()
    assert not at.exception, "\n".join(e.message for e in at.exception)
    return at


def _warnings(at) -> list[str]:
    return [w.value for w in at.warning]


@pytest.mark.parametrize("link", [CODES, LABELS_ID, SPELLINGS], ids=["codes", "labels-id", "spellings"])
@pytest.mark.parametrize("lang", ["en", "id"])
def test_link_opens_the_same_filters_in_both_languages(navigation_v2, built_db, link, lang):
    at = _run({**link, "lang": lang})
    assert _sidebar(at) == EXPECTED
    assert not _warnings(at)
    for param, code in CODES.items():           # the URL now carries the codes, whatever the link held
        assert at.query_params[param] == code


def _visible(at) -> list[str]:
    """What a presenter-mode page shows that depends on the filters: metrics, markdown, captions."""
    return ([f"{m.label}={m.value}" for m in at.metric] + [m.value for m in at.markdown]
            + [c.value for c in at.caption])


def test_presenter_mode_reads_the_link_like_normal_mode(navigation_v2, built_db):
    base = {"present": "1", "lang": "id"}
    coded = _visible(_run({**base, **CODES}))
    labelled = _run({**base, **LABELS_ID})
    assert not _warnings(labelled)
    assert _visible(labelled) == coded
    assert _visible(_run(base)) != coded        # the filters are in effect (the national view differs)
    # the sidebar of normal mode gets the same filters from the same link
    from ui import presenter
    assert presenter.url_filters(LABELS_ID) == presenter.url_filters(CODES)
    assert presenter.url_filters(LABELS_ID).province == "73"


def test_filters_are_kept_after_a_move_from_the_page_menu(navigation_v2, built_db):
    at = _run({**CODES, "lang": "id"})
    at.query_params.clear()                     # the page menu starts the new page with no query parameters
    at.switch_page("pages/pillars.py").run()
    assert not at.exception
    assert page_path(at) == "pillars"
    assert _sidebar(at) == EXPECTED
    assert {k: at.query_params.get(k) for k in CODES} == CODES
    assert at.query_params["lang"] == "id"
    # a page that hides the region filters keeps them, in effect and in the URL
    at.query_params.clear()
    at.switch_page("pages/ascn.py").run()
    assert not at.exception
    assert at.select_slider(key="year").value == 2020
    assert {k: at.query_params.get(k) for k in CODES} == CODES
    at.query_params.clear()
    at.switch_page("pages/equity.py").run()
    assert _sidebar(at) == EXPECTED


def test_a_changed_filter_goes_into_the_url_as_a_code(navigation_v2, built_db):
    at = _run({"lang": "id"})
    at.selectbox(key="island").set_value("Bali–Nusa Tenggara").run()
    at.selectbox(key="type").set_value("kabupaten").run()
    assert at.query_params["island"] == "bali-nusa-tenggara" and at.query_params["type"] == "kabupaten"
    at.selectbox(key="island").set_value("").run()
    assert "island" not in at.query_params      # "all": no parameter


@pytest.mark.parametrize(("lang", "query", "param", "value"), [
    ("en", {"province": "Narnia"}, "province", "Narnia"),
    ("id", {"year": "1999"}, "year", "1999"),
    ("en", {"type": "village"}, "type", "village"),
    ("id", {"island": "Atlantis"}, "island", "Atlantis"),
])
def test_a_value_not_understood_is_named_in_a_warning(navigation_v2, built_db, lang, query, param, value):
    at = _run({**query, "lang": lang})
    expected = MESSAGES["links.invalid"][lang].format(param=param, value=value)
    assert expected in _warnings(at)
    assert _sidebar(at) == {"year": 2023, "island": "", "province": "", "type": ""}   # the defaults
    assert at.query_params.get(param) == ("2023" if param == "year" else None)


def test_a_hostile_value_is_shown_as_inert_text(navigation_v2, built_db):
    from ui.safe import plain
    hostile = "[x](https://evil.example) **b**"
    at = _run({"province": hostile, "lang": "en"})
    (warning,) = _warnings(at)
    assert MESSAGES["links.invalid"]["en"].format(param="province", value=plain(hostile)) == warning


def test_presenter_mode_warns_about_a_value_not_understood(navigation_v2, built_db):
    at = _run({"present": "1", "lang": "id", "province": "Narnia"})
    assert MESSAGES["links.invalid"]["id"].format(param="province", value="Narnia") in _warnings(at)


# --- page options: the map's measure and geography, the methodology's settings ---------------------------------

@pytest.mark.parametrize(("value", "expected"), [
    ("cohort", "cohort"), ("COHORT", "cohort"), (MESSAGES["map.measure.cohort"]["id"], "cohort"),
    (MESSAGES["map.measure.cohort"]["en"], "cohort"), ("indicator:hdi", "indicator:hdi"),
])
def test_map_measure_from_a_link(navigation_v2, built_db, value, expected):
    at = _run({"lang": "en", "map_measure": value, "map_geo": MESSAGES["map.geography.provinces"]["id"]},
              "pages/map.py")
    assert at.selectbox(key="map_measure").value == expected
    assert at.button_group(key="map_geo").value == "provinces"
    assert at.query_params["map_measure"] == expected and at.query_params["map_geo"] == "provinces"
    assert not _warnings(at)


def test_unknown_map_measure_warns_and_shows_the_default(navigation_v2, built_db):
    at = _run({"lang": "id", "map_measure": "indicator:nope"}, "pages/map.py")
    assert MESSAGES["links.invalid"]["id"].format(param="map\\_measure", value="indicator\\:\u2060nope") \
        in _warnings(at)
    assert at.selectbox(key="map_measure").value == "open_index"


def test_methodology_options_from_an_indonesian_link(navigation_v2, built_db):
    query = {"lang": "en", "lens": MESSAGES["lens.evaluation"]["id"], "norm": MESSAGES["method.norm.minmax"]["id"],
             "agg": MESSAGES["method.agg.geometric"]["id"]}
    at = _run(query, "pages/methodology.py")
    assert at.selectbox(key="norm").value == "minmax"
    assert at.segmented_control(key="agg").value == "geometric"
    assert (at.query_params["norm"], at.query_params["agg"], at.query_params["lens"]) == \
        ("minmax", "geometric", "evaluation")
    assert not _warnings(at)


def _hostile():
    from tests.security.test_markdown import HOSTILE
    return [v for v in HOSTILE if "\n" not in v]


@pytest.mark.parametrize("param", ["province", "island", "type", "year"])
def test_hostile_link_values_are_inert_in_the_warning(navigation_v2, built_db, param):
    from tests.security.test_markdown import _assert_inert
    for value in _hostile()[:6]:
        at = _run({"lang": "en", param: value})
        warnings = _warnings(at)
        assert len(warnings) == 1
        _assert_inert(warnings, value)


def test_lens_is_kept_after_a_move_from_the_page_menu(navigation_v2, built_db):
    at = _run({"lang": "id", "lens": "EVALUATION"})
    assert at.radio(key="lens_switch").value == "evaluation" and at.query_params["lens"] == "evaluation"
    at.query_params.clear()
    at.switch_page("pages/pillars.py").run()
    assert not at.exception
    assert at.radio(key="lens_switch").value == "evaluation"
    assert at.query_params["lens"] == "evaluation"
