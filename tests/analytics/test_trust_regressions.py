"""Regression tests for the analytical bugs of the outside review (issue: trustworthy numbers). Each failed on
the code before the fix; each checks the behaviour against a hand-derived value, not against the code.

1. completeness: one imported pillar made Kota Solok national #1 and "smart";
2. one domain model: an import of a new year was accepted but every export then refused that year;
3. levels and ranks agree with the value shown (80.0 is "smart"; equal shown values share a rank, in every export);
4. geometric aggregation never zeroes a region because it is the national minimum on one pillar.
"""

from __future__ import annotations

import datetime as dt
import io

import numpy as np
import pandas as pd
import pytest

from analytics import domain
from analytics.cli.main import main as cli_main
from analytics.composite import Framework, IndexSettings, run_uncertainty
from analytics.io import imports
from analytics.summaries import tables as S
from analytics.summaries.filters import Filters
from analytics.warehouse import build as build_mod
from analytics.warehouse.dataset import load
from tests.analytics.test_summaries import PILLARS, tiny_dataset

SOLOK = "13.72"          # Kota Solok: 2024 cohort, so it has no synthetic evaluation of its own


@pytest.fixture()
def imp(tmp_path, monkeypatch):
    """A fresh database and imports folder of this test's own."""
    db = tmp_path / "smartcity.duckdb"
    monkeypatch.setenv("KOTA_CERDAS_DB", str(db))
    monkeypatch.setenv("KOTA_CERDAS_IMPORTS_DIR", str(tmp_path / "imports"))
    build_mod.build(db)
    return db


def _csv(*lines: str) -> bytes:
    return ("\n".join(lines) + "\n").encode()


# ---------------------------------------------------------------------------------------------- 1 completeness
def test_one_imported_pillar_is_insufficient_data_not_rank_one(imp):
    batch = imports.commit(_csv("region_code,year,pillar,score", f"{SOLOK},2024,economy,4"), "solok.csv", by="t")
    assert [n.code for n in batch.notes] == ["partial_pillars"]
    assert "1 of 6 pillars" in str(batch.notes[0]) and "insufficient data" in str(batch.notes[0])
    ds = load(imp)
    m = S.maturity_summary(ds, Filters(as_of=2024)).set_index("code")
    solok = m.loc[SOLOK]
    assert solok["status"] == "insufficient_data" and solok["pillars_present"] == 1
    assert pd.isna(solok["rank_national"]) and solok["level"] is None and np.isnan(solok["index_100"])
    assert m.loc[m["rank_national"] == 1].index[0] != SOLOK
    # what the old default (no threshold) did: index 100 from one pillar of six, national #1
    loose = S.maturity_summary(ds, Filters(as_of=2024), IndexSettings(normalisation="none", min_share=0.0))
    assert loose.iloc[0]["code"] == SOLOK and loose.iloc[0]["index_100"] == 100.0
    mix = S.maturity_mix(ds, Filters(as_of=2024)).set_index("level")
    assert mix.loc[S.INSUFFICIENT, "regions"] == 1


EXPORT_EVALUATION = ["export", "maturity", "--lens", "evaluation"]   # the imported scores, not the default lens


def test_completeness_rule_on_the_command_line(imp, capsys):
    imports.commit(_csv("region_code,year,pillar,score", f"{SOLOK},2024,economy,4"), "solok.csv", by="t")
    assert cli_main([*EXPORT_EVALUATION, "--year", "2024", "--province", "13", "--db", str(imp)]) == 0
    rows = pd.read_csv(io.StringIO(capsys.readouterr().out), dtype={"code": str}).set_index("code")
    assert rows.loc[SOLOK, "status"] == "insufficient_data" and pd.isna(rows.loc[SOLOK, "rank_national"])
    assert cli_main([*EXPORT_EVALUATION, "--year", "2024", "--min-share", "0", "--db", str(imp)]) == 0
    top = pd.read_csv(io.StringIO(capsys.readouterr().out), dtype={"code": str}).iloc[0]
    assert top["code"] == SOLOK
    assert cli_main([*EXPORT_EVALUATION, "--min-share", "1.5", "--db", str(imp)]) == 2
    assert capsys.readouterr().err.startswith("error: --min-share must be between 0 and 1")


# ---------------------------------------------------------------------------------------------- 2 domain model
@pytest.mark.skipif(dt.date.today().year < 2025, reason="needs a calendar year after the reference data")
def test_an_accepted_new_year_is_a_year_every_view_and_export_offers(imp, capsys):
    new = domain.REFERENCE_LAST_YEAR + 1
    rows = [f"73.71,{new},{p},3" for p in PILLARS]
    imports.commit(_csv("region_code,year,pillar,score", *rows), "next-year.csv", by="t")
    ds = load(imp)
    assert ds.last_year == new and list(ds.years)[-1] == new
    m = S.maturity_summary(ds, Filters(as_of=new)).set_index("code")
    assert m.loc["73.71", "eval_year"] == new and m.loc["73.71", "index_100"] == 75.0
    assert cli_main([*EXPORT_EVALUATION, "--year", str(new), "--db", str(imp)]) == 0
    capsys.readouterr()
    assert cli_main(["export", "coverage", "--timeline", "--by", "national", "--db", str(imp)]) == 0
    timeline = pd.read_csv(io.StringIO(capsys.readouterr().out))
    assert timeline["as_of"].max() == new


def test_year_range_is_one_definition():
    """The SQL checks, the raw-file contracts and the imports take their years from analytics.domain."""
    from analytics.warehouse.spec import FILE_SPECS
    sql = "\n".join(build_mod.schema_sql())
    assert f"BETWEEN {domain.FIRST_YEAR} AND {domain.max_accepted_year()}" in sql
    cohort = {c.name: c for c in FILE_SPECS["programme_cohort"].columns}["cohort_year"]
    assert (cohort.min, cohort.max) == (domain.FIRST_YEAR, domain.max_accepted_year())
    assert imports.last_year() == domain.max_accepted_year()
    assert f"WHEN r.population < {domain.SMALL_MAX} THEN 'small'" in sql


# ---------------------------------------------------------------------------------------------- 3 levels/ranks
def _dataset_with(rows: dict[str, list[float]], year: int = 2019):
    """The tiny dataset with the given regions' pillar scores replaced in ``year``."""
    ds = tiny_dataset()
    s = ds.scores[~ds.scores["region_code"].isin(list(rows))]
    add = [(code, year, p, i + 1, float(v), "synthetic", None)
           for code, vals in rows.items() for i, (p, v) in enumerate(zip(PILLARS, vals))]
    scores = pd.concat([s, pd.DataFrame(add, columns=s.columns)], ignore_index=True)
    return ds.__class__(**{**ds.__dict__, "scores": scores})


def test_a_mean_of_exactly_3_2_is_80_and_smart():
    vals = [3.7, 2.85, 2.7, 3.44, 3.5, 3.01]                       # sum 19.2: mean exactly 3.2 on paper
    raw = S.compute_index(pd.DataFrame([vals], columns=PILLARS), S.default_framework(),
                          IndexSettings(normalisation="none")).score_100.iloc[0]
    assert raw < 80.0                                               # 79.99999999999999: the noise the bug came from
    ds = _dataset_with({"11.71": vals})
    row = S.maturity_summary(ds, Filters(as_of=2019)).set_index("code").loc["11.71"]
    assert row["index_100"] == 80.0 and row["level"] == "smart"


def test_regions_shown_equal_share_a_rank_in_every_export(capsys):
    # 79.96 and 80.04 (0-4 means 3.1984 and 3.2016) are both shown as 80.0
    ds = _dataset_with({"11.71": [3.1984] * 6, "11.01": [3.2016] * 6})
    m = S.maturity_summary(ds, Filters(as_of=2019)).set_index("code")
    assert m.loc[["11.71", "11.01"], "index_100"].tolist() == [80.0, 80.0]
    assert m.loc[["11.71", "11.01"], "rank_national"].tolist() == [1, 1]
    assert m.loc["31.71", "rank_national"] == 3
    ranks, _ = S.uncertainty_summary(ds, Filters(as_of=2019), n=20, seed=1)
    assert ranks.set_index("code").loc[["11.71", "11.01", "31.71"], "nominal_rank"].tolist() == [1, 1, 3]


# ---------------------------------------------------------------------------------------------- 4 geometric
@pytest.fixture(scope="module")
def ds(built_db):
    return load(built_db)


@pytest.mark.parametrize("norm", ["minmax", "rank", "goalposts"])
def test_geometric_mean_never_zeroes_a_region_for_one_national_minimum(ds, norm):
    m = S.maturity_summary(ds, Filters(as_of=2023), IndexSettings(normalisation=norm, aggregation="geometric",
                                                                    min_share=domain.DEFAULT_MIN_SHARE))
    pillars = ds.pillar_codes
    at_min = (m[pillars] == m[pillars].min()).any(axis=1)
    assert at_min.sum() >= 3                                      # the regions the old code zeroed
    assert (m["index"] >= domain.GEOMETRIC_FLOOR).all()          # none is zeroed by it
    bottom = m["rank_national"].max()
    assert (m["rank_national"] == bottom).sum() <= 2             # no pile-up of zeros at the bottom


def test_geometric_monte_carlo_has_no_bottom_pile_up(ds):
    wide = S.scores_as_of(ds, 2023)[ds.pillar_codes].astype(float)
    res = run_uncertainty(wide, Framework.default(), n=200, seed=3, aggregations=("geometric",),
                          normalisations=("minmax", "rank", "goalposts"), sensitivity=False)
    R = res.rank_matrix
    bottom_ties = (R == R.max(axis=1, keepdims=True)).sum(axis=1)
    assert bottom_ties.max() <= 2, np.bincount(bottom_ties)
