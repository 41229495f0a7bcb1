"""``python -m analytics export indicators|equity`` and ``--lens open``: the CLI writes exactly the summary
functions' frames (CSV and JSON parsed back); bad input exits 2 with one line on stderr."""

from __future__ import annotations

import pytest

from analytics.summaries import equity as E
from analytics.summaries import indicators as I
from analytics.summaries import open_index as O
from analytics.summaries import tables as S
from analytics.summaries.filters import Filters
from tests.analytics.test_cli_export import assert_same, ds, loaded, parse, run  # noqa: F401 - fixtures

CASES = [
    ("indicators-ranking", ["indicators", "--indicator", "hdi", "--year", "2024", "--view", "ranking"],
     lambda ds: I.indicator_ranking(ds, "hdi", 2024, Filters())),
    ("indicators-default-view-and-year", ["indicators", "--indicator", "poverty_rate", "--island-group", "Papua"],
     lambda ds: I.indicator_ranking(ds, "poverty_rate", 2021, Filters(island_group="Papua"))),
    ("indicators-distribution", ["indicators", "--indicator", "grdp_per_capita", "--year", "2015", "--view",
                                 "distribution", "--type", "kota"],
     lambda ds: I.indicator_distribution(ds, "grdp_per_capita", 2015, Filters(type="kota"))),
    ("indicators-province", ["indicators", "--indicator", "village_index", "--view", "province"],
     lambda ds: I.indicator_by_province(ds, "village_index", 2024, Filters())),
    ("indicators-trend", ["indicators", "--indicator", "hdi", "--view", "trend", "--regions", "95.08,34.71"],
     lambda ds: I.indicator_trend(ds, "hdi", ["95.08", "34.71"])),
    ("indicators-catalogue", ["indicators", "--view", "catalogue"], lambda ds: I.catalogue(ds)),
    ("equity-summary", ["equity", "--year", "2022"], lambda ds: E.equity_summary(ds, Filters(as_of=2022))),
    ("equity-groups", ["equity", "--view", "groups", "--province", "35"],
     lambda ds: E.equity_groups(ds, Filters(province="35"))),
    ("equity-quintiles", ["equity", "--view", "quintiles"], lambda ds: E.equity_quintiles(ds, Filters())),
    ("equity-curve", ["equity", "--view", "curve", "--year", "2019"],
     lambda ds: E.concentration_curve(ds, Filters(as_of=2019))),
    ("equity-cohorts", ["equity", "--view", "cohorts"], lambda ds: E.equity_cohorts(ds, Filters())),
    # no --lens: the app's default lens (analytics.domain.DEFAULT_LENS), the open-statistics index of real data
    ("open-maturity", ["maturity", "--year", "2024", "--province", "34"],
     lambda ds: O.open_index_summary(ds, Filters(as_of=2024, province="34"))),
    ("open-maturity-settings", ["maturity", "--lens", "open", "--normalise", "rank", "--weights", "economy=2",
                                "--min-share", "1"],
     lambda ds: O.open_index_summary(ds, Filters(), O.open_settings("rank", weights={"economy": 2.0}, min_pillars=4))),
    ("open-uncertainty", ["uncertainty", "--lens", "open", "--n", "30", "--type", "kota"],
     lambda ds: O.open_uncertainty(ds, Filters(type="kota"), n=30, seed=0)[0]),
    ("open-peers", ["peers", "--region", "95.08", "--k", "3"],
     lambda ds: O.open_peers(ds, "95.08", as_of=2023, k=3)),
    ("plan-need", ["plan", "--budget", "6", "--objective", "need", "--min-per-province", "1"],
     lambda ds: S.plan_summary(ds, budget=6, as_of=2023, objective="need", min_per_province=1)),
]


@pytest.mark.parametrize("fmt", ["csv", "json"])
@pytest.mark.parametrize("name, argv, summary", CASES, ids=[c[0] for c in CASES])
def test_export_equals_summary(loaded, capsysbinary, name, argv, summary, fmt):
    code, out, err = run([*argv, "--format", fmt], capsysbinary)
    assert code == 0, err
    expected = summary(loaded)
    assert len(expected) > 0
    assert_same(parse(out, fmt), expected)


ERRORS = [
    (["indicators", "--indicator", "hdx"], "unknown indicator 'hdx'; did you mean hdi?"),
    (["indicators", "--indicator", "poverty_rate", "--year", "2020"],
     "poverty_rate has no values for 2020; years with values: 2010–2018, 2021"),
    (["indicators", "--indicator", "hdi", "--year", "2009"], "year 2009 is out of range 2010–"),
    (["indicators"], "export indicators needs --indicator CODE (or --view catalogue)"),
    (["indicators", "--indicator", "hdi", "--view", "trend"], "needs --regions CODE,CODE"),
    (["indicators", "--indicator", "hdi", "--regions", "34.71"], "--regions applies to export indicators --view trend"),
    (["indicators", "--indicator", "hdi", "--view", "map"], "unknown view 'map'"),
    (["indicators", "--indicator", "hdi", "--lens", "open"], "option --lens does not apply to 'export indicators'"),
    (["equity", "--view", "ranking"], "unknown view 'ranking'; choose one of summary, groups, quintiles, curve, cohorts"),
    (["equity", "--year", "2016"], "year 2016 is out of range 2017–"),
    (["maturity", "--lens", "real"], "unknown lens 'real'; choose one of open, evaluation"),
    (["maturity", "--lens", "open", "--normalise", "none"], "unknown normalisation for the open lens 'none'"),
    (["maturity", "--lens", "open", "--weights", "governance=2"], "--weights: unknown node 'governance'"),
    (["maturity", "--weights", "governance=2"], "(these are the evaluation lens's nodes: add --lens evaluation)"),
    (["plan", "--budget", "3", "--objective", "poorest"], "unknown objective 'poorest'"),
]


@pytest.mark.parametrize("argv, message", ERRORS, ids=[e[1][:40] for e in ERRORS])
def test_bad_input_is_one_line(loaded, capsysbinary, argv, message):
    code, out, err = run(argv, capsysbinary)
    assert code == 2 and out == b""
    assert err.startswith("error: ") and err.count("\n") == 1 and message in err, err


def test_score_exports_default_to_the_apps_lens_of_real_data(loaded, capsysbinary, tmp_path):
    """No ``--lens``: the lens the app opens with (``DEFAULT_LENS``, the open index of real data), never the
    synthetic evaluation scores; its workbook's about sheet carries no synthetic warning. ``--lens evaluation``
    still gives the evaluation scores, with the warning."""
    import openpyxl

    from analytics.domain import DEFAULT_LENS
    assert DEFAULT_LENS == "open"

    def about(argv):
        out = tmp_path / f"{len(argv)}.xlsx"
        code, _, err = run([*argv, "--format", "xlsx", "--output", str(out)], capsysbinary)
        assert code == 0, err
        return {r[0]: str(r[1]) for r in openpyxl.load_workbook(out)["about"].iter_rows(min_row=2, values_only=True)
                if r[0]}

    default = about(["maturity", "--type", "kota"])
    assert default["title"].startswith("Open-statistics index")
    assert not any("SYNTHETIC" in v for v in default.values())
    evaluation = about(["maturity", "--lens", "evaluation", "--type", "kota"])
    assert "maturity" in evaluation["title"] and "SYNTHETIC" in evaluation["scores"]
