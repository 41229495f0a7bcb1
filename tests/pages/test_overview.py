"""AppTest of the Overview page (pages/home.py): headline tiles, adoption timeline, coverage by province and the
maturity mix, all following the sidebar filters."""

from __future__ import annotations

import base64

import numpy as np
import pandas as pd

from tests.ui.apptest import chart_title, app_test, navigation_v2  # noqa: F401 - fixture
from tests.conftest import REPO
from tests.plotly_charts import plotly_charts


def _open(**query):
    at = app_test({"lang": "en", "lens": "evaluation", **query}).run()
    assert not at.exception, at.exception
    return at


def _metrics(at) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def _captions(at) -> str:
    return " ".join(c.value for c in at.caption)


def decode(obj):
    """A plotly JSON spec with its typed arrays ({"dtype", "bdata"[, "shape"]}) decoded to lists."""
    if isinstance(obj, dict):
        if "bdata" in obj and "dtype" in obj:
            a = np.frombuffer(base64.b64decode(obj["bdata"]), dtype=obj["dtype"])
            if "shape" in obj:
                a = a.reshape([int(n) for n in str(obj["shape"]).split(",")])
            return a.tolist()
        return {k: decode(v) for k, v in obj.items()}
    if isinstance(obj, list):
        return [decode(v) for v in obj]
    return obj


def charts_of(at) -> list[dict]:
    """The specs of the page's plotly charts (data decoded)."""
    return [decode(c.spec) for c in plotly_charts(at)]


def _charts(at) -> list[dict]:
    """The charts of the adoption, coverage and level views (the equity chart has tests of its own)."""
    from ui.messages import MESSAGES
    equity = tuple(v.split("{")[0] for v in MESSAGES["home.equity.chart"].values())
    return [c for c in charts_of(at) if not chart_title(c).startswith(equity)]


def test_overview_tiles_and_charts(navigation_v2, built_db):
    at = _open()
    m = _metrics(at)
    assert m["Participants identified"] == "225"
    assert m["Population reached"] == "188,418,609"
    assert m["Provinces reached"] == "35"
    # the maturity figures come from synthetic scores: derived from the data here, never pinned
    from analytics.summaries import tables as S
    from analytics.summaries.filters import Filters
    from analytics.warehouse.dataset import load
    mix = S.maturity_mix(load(built_db), Filters(as_of=2023)).set_index("level")
    assert m["Integrated or smart"] == str(int(mix.loc[["integrated", "smart"], "regions"].sum()))
    assert m["ASCN pilots in Indonesia"] == "3"
    caps = _captions(at)
    assert "225 of 514 kab/kota · reported: 241 (2023)" in caps
    evaluated = int(mix["regions"].drop([S.NOT_EVALUATED]).sum())
    assert f"of {evaluated} evaluated participants (" in caps
    assert "2020 had no cohort" in caps
    charts = _charts(at)
    assert [chart_title(c) for c in charts] == [
        "Participating kab/kota per year, cumulative",
        "Kab/kota participating by 2023, per province",
        "Ad hoc → smart (2023)"]
    timeline = {d["name"]: d for d in charts[0]["data"]}
    assert timeline["Reported by the ministry"]["y"][6] == 241
    assert timeline["Identified in this database"]["y"][-1] == 236
    cov = charts[1]["data"][0]
    assert len(cov["y"]) == 38 and cov["y"][-1] == "Daerah Istimewa Yogyakarta"   # 5/5: the top bar
    assert len([b for b in at.get("download_button") if not str(b.key).endswith("-xlsx")]) == 4          # + the equity quintiles
    assert any("synthetic" in i.value for i in at.info)


def _integrated_or_smart(built_db, year: int) -> int:
    """How many regions the (synthetic) scores put at 'integrated' or 'smart': read from the data, not pinned."""
    from analytics.summaries import tables as S
    from analytics.summaries.filters import Filters
    from analytics.warehouse.dataset import load
    mix = S.maturity_mix(load(built_db), Filters(as_of=year)).set_index("level")
    return int(mix.loc[["integrated", "smart"], "regions"].sum())


def test_changing_the_year_changes_the_overview(navigation_v2, built_db):
    at = _open()
    at.select_slider(key="year").set_value(2018).run()
    assert not at.exception
    m = _metrics(at)
    assert m["Participants identified"] == "79"
    assert m["Population reached"] != "188,418,609"
    assert m["Integrated or smart"] == str(_integrated_or_smart(built_db, 2018))
    assert "79 of 514 kab/kota · reported: 75 (2018)" in _captions(at)
    assert chart_title(_charts(at)[1]) == "Kab/kota participating by 2018, per province"


def test_first_year_has_no_maturity_yet(navigation_v2, built_db):
    at = _open(year="2017")
    assert _metrics(at)["Participants identified"] == "26"
    assert any("No participant in view had been evaluated by 2017" in i.value for i in at.info)
    assert len(_charts(at)) == 2          # timeline and coverage; the maturity chart explains instead


def test_region_filters_apply(navigation_v2, built_db):
    at = _open()
    at.selectbox(key="island").set_value("Papua").run()
    assert not at.exception
    m = _metrics(at)
    assert int(m["Participants identified"]) < 225
    assert "reported figure" in _captions(at)          # national reported figures are not shown for a filtered view
    cov = _charts(at)[1]["data"][0]
    assert set(cov["y"]) == {"Papua", "Papua Barat", "Papua Selatan", "Papua Tengah", "Papua Pegunungan",
                             "Papua Barat Daya"}
    # the ASEAN network's size is not a regional figure: its reported value stays beside it (reported_figures.csv,
    # ascn_cities 2023: 29), never "not reported"
    reported = pd.read_csv(REPO / "data/reference/reported_figures.csv")
    size = reported.loc[(reported["figure"] == "ascn_cities") & (reported["year"] == 2023), "value"].item()
    assert f"network size reported: {size})" in _captions(at), _captions(at)
    # every chart says which regions it counts: a screenshot or a PNG of it names the filter
    titles = [c["layout"]["title"]["text"] for c in _charts(at)]
    assert titles and all(x.endswith(" · Papua") for x in titles), titles


def test_overview_in_bahasa_indonesia(navigation_v2, built_db):
    at = _open(lang="id")
    m = _metrics(at)
    assert m["Peserta teridentifikasi"] == "225"
    assert m["Penduduk terjangkau"] == "188.418.609"
    assert m["Terintegrasi atau cerdas"] == str(_integrated_or_smart(built_db, 2023))
    assert "Tahun 2020 tidak ada kohort" in _captions(at)
    charts = _charts(at)
    assert charts[0]["layout"]["separators"] == ",."
    assert charts[2]["data"][0]["y"][:2] == ["Ad hoc", "Inisiasi"]
