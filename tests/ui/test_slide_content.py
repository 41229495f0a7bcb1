"""What the slides say (ui/slide_content.py) under the sidebar's filters: a filtered slide names its scope and its
own share; a missing share or pillar median is said, not drawn as 0 or "NaN". The deck's pages: tests/viz/test_deck_pdf.py."""

from __future__ import annotations

import pandas as pd
import pytest

from analytics.summaries import equity
from analytics.summaries.filters import Filters
from analytics.warehouse import dataset
from tests.conftest import REPO
from ui import slide_content


@pytest.fixture(scope="module")
def ds(built_db):
    return dataset.load(built_db)


def test_a_filtered_slide_names_its_scope_and_states_its_own_share(ds):
    """Under a province filter (the presenter hides the sidebar that shows it) each slide whose numbers follow
    the filter starts with the province's name, and the overview's share is of that province's residents, not
    "of Indonesia's population". Expected values from the raw files: the province's kab/kota, those with a
    cohort year up to 2022, and their share of the province's population."""
    regencies = pd.read_csv(REPO / "data/reference/regencies.csv", dtype={"code": str, "province_code": str})
    cohorts = pd.read_csv(REPO / "data/reference/programme_cohorts.csv", dtype={"region_code": str})
    name = pd.read_csv(REPO / "data/reference/provinces.csv", dtype={"code": str}).set_index("code").loc["73", "name"]
    prov = regencies[regencies["province_code"] == "73"]
    first = cohorts.groupby("region_code")["cohort_year"].min()
    part = prov[prov["code"].map(first).le(2022)]
    share = round(100 * part["population"].sum() / prov["population"].sum())
    f = Filters(as_of=2022, province="73")
    for code in slide_content.FILTERED:
        assert slide_content.build(code, ds, f, "en").headline.startswith(f"{name}: "), code
    s = slide_content.build("overview", ds, f, "en")
    assert f"{len(part)} of {len(prov)} kab/kota" in s.headline and f"{share}% of the population of these" in s.headline
    assert "Indonesia" not in s.headline and "—" not in s.source, (s.headline, s.source)
    s = slide_content.build("overview", ds, f, "id")
    assert s.headline.startswith(f"{name}: ") and "penduduk Indonesia" not in s.headline
    # the ASEAN network and one region's profile do not follow the filter: no scope on them
    assert not slide_content.build("ascn", ds, f, "en").headline.startswith(name)


def test_slides_say_what_is_missing_instead_of_failing(ds):
    """A filter can leave a national HDI fifth without any kab/kota (Sulawesi's kota: none is in the lowest fifth),
    and an early year has pillars without values. The equity slide says so instead of raising on the missing
    share; the pillars slide names the lowest pillar that has a median (not "NaN")."""
    f = Filters(as_of=2017, island_group="Sulawesi", type="kota")
    regions = f.apply(ds.regions)
    s = slide_content.build("equity", ds, f, "en")
    assert s.headline.startswith("Sulawesi · Kota: None of these kab/kota is in the lowest-HDI fifth nationally")
    q = equity.equity_quintiles(ds, f)
    empty = q[(q["indicator"] == "hdi") & (q["regions"] == 0)]["quintile"].tolist()
    assert empty and [s.figure.labels[k - 1] for k in empty] == [f"HDI fifth {k}\n(none here)" for k in empty]
    assert [s.figure.value_text[k - 1] for k in empty] == ["—"] * len(empty) and len(regions) == 11
    from analytics.summaries import pillar_stats
    d = pillar_stats.pillar_describe(ds, Filters(as_of=2017), None, lens="open")
    assert d["median"].isna().any()                                 # the case: a pillar with no value in 2017
    low = d.dropna(subset=["median"]).sort_values("median").iloc[0]
    names = dict(zip(ds.pillars["code"], ds.pillars["name_en"]))
    s = slide_content.build("pillars", ds, Filters(as_of=2017), "en")
    assert "NaN" not in s.headline and f"from {names[low['pillar']]} ({low['median']:.1f})" in s.headline
