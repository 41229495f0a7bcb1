"""viz.region_charts: radar, trends, IMD ranks, ASCN counts, pilots (pure plotly builders)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import pytest

from viz import region_charts as rc

PILLARS = ["governance", "branding", "economy", "society", "living", "environment"]
NAMES = {p: f"Smart {p.title()}" for p in PILLARS}


def comparison() -> pd.DataFrame:
    return pd.DataFrame({"pillar": PILLARS, "score": [2.9, 2.5, 2.7, 3.4, 3.1, 3.0],
                         "province_median": [2.3, 2.0, 2.1, 2.3, 1.9, 1.9],
                         "national_median": [2.5, 2.4, 2.4, 2.5, 2.4, 2.3], "province_n": 5, "national_n": 182})


def test_pillar_radar():
    fig = rc.pillar_radar(comparison(), NAMES, {"title": "T", "region": "Kota Makassar", "province": "Median SulSel (5)",
                                               "national": "National (182)"}, separators=",.")
    assert isinstance(fig, go.Figure)
    assert [t.name for t in fig.data] == ["National (182)", "Median SulSel (5)", "Kota Makassar"]
    region = fig.data[-1]
    assert region.fill == "toself" and list(region.r) == [2.9, 2.5, 2.7, 3.4, 3.1, 3.0, 2.9]   # closed
    assert region.theta[0] == region.theta[-1] == "Smart<br>Governance"     # pillar names one word a line
    assert tuple(fig.layout.polar.radialaxis.range) == (0, 4)
    assert fig.layout.separators == ",." and fig.layout.title.text == "T"


def test_radar_overlay():
    wide = pd.DataFrame({"name": ["A", "B", "C"], **{p: [1.0, 2.0, 3.0] for p in PILLARS}})
    fig = rc.radar_overlay(wide, PILLARS, NAMES, "Compare")
    assert [t.name for t in fig.data] == ["A", "B", "C"]
    assert len({t.line.color for t in fig.data}) == 3


def trend() -> pd.DataFrame:
    return pd.DataFrame({"code": ["73.71"] * 3 + ["35.71"] * 2, "name": ["Makassar"] * 3 + ["Kediri"] * 2,
                         "year": [2018, 2019, 2020, 2020, 2021], "index": [2.3, 2.6, 2.7, 2.6, 2.7],
                         "index_100": [58.7, 66.2, 68.2, 64.6, 67.1], "level": ["scattered"] + ["integrated"] * 4,
                         "rank_national": pd.array([7, 11, 16, 25, 27], dtype="Int64"),
                         "regions_ranked": [26, 79, 102, 102, 102]})


def test_trend_chart_index_and_rank():
    labels = {"title": "Trend", "x": "Year", "y": "Index", "rank": "rank", "level.smart": "Smart"}
    fig = rc.trend_chart(trend(), labels)
    assert [t.name for t in fig.data] == ["Makassar", "Kediri"]
    assert list(fig.data[0].y) == [58.7, 66.2, 68.2] and tuple(fig.layout.yaxis.range) == (0, 100)
    assert len(fig.layout.shapes) == 5                                   # the five level bands
    fig = rc.trend_chart(trend(), labels, value="rank_national")
    assert fig.layout.yaxis.autorange == "reversed" and list(fig.data[1].y) == [25, 27]


def test_imd_chart_leaves_missing_ranks_as_gaps():
    imd = pd.DataFrame({"city": ["Jakarta", "Jakarta", "Medan", "Medan"], "year": [2021, 2023, 2021, 2023],
                        "rank": pd.array([92, 102, pd.NA, 112], dtype="Int64"),
                        "cities_ranked": pd.array([118, 141, pd.NA, 141], dtype="Int64"),
                        "rating": [None] * 4, "source_url": ["u"] * 4})
    fig = rc.imd_chart(imd, {"title": "IMD", "x": "Edition", "y": "Rank", "of": "of {n}",
                             "of_unknown": "(?)", "missing": "Missing: {items}"})
    medan = fig.data[1]
    assert np.isnan(medan.y[0]) and medan.y[1] == 112 and medan.connectgaps is False
    assert fig.layout.yaxis.autorange == "reversed"
    assert list(fig.data[0].customdata) == ["of 118", "of 141"]
    note = fig.layout.annotations[0]
    assert note.text == "Missing: Medan 2021"
    # under the ticks (≈ 20 px) and the axis title (≈ 20 px more) at any plot height — a fixed drop in pixels
    # from the plot's bottom, not a share of the plot — and inside the bottom margin (one 11 px line)
    assert note.y == 0 and note.yref == "paper" and note.yanchor == "top" and note.yshift <= -50
    assert fig.layout.margin.b >= -note.yshift + 11 * 1.3


def test_ascn_count_chart():
    counts = pd.DataFrame({"year": [2018, 2019, 2023, 2024], "cities": [26, 26, 29, 31],
                           "reported": pd.array([26, pd.NA, 29, 31], dtype="Int64")})
    fig = rc.ascn_count_chart(counts, {"title": "ASCN", "computed": "Computed", "reported": "Reported", "x": "Y",
                                       "y": "Cities"}, year=2023)
    bars, rep = fig.data
    assert list(bars.y) == [26, 26, 29, 31] and list(rep.x) == [2018, 2023, 2024]
    assert bars.marker.color[2] != bars.marker.color[0]                  # the chosen year stands out


def test_pilot_chart():
    pilots = pd.DataFrame({"city": ["Banyuwangi", "Jakarta"], "name": ["Kab. Banyuwangi", "Jakarta Pusat"],
                           "index_100": [78.8, np.nan], "level": ["integrated", None]})
    fig = rc.pilot_chart(pilots, {"n": 182, "median": 60.8, "q1": 51.8, "q3": 67.5},
                         {"title": "Pilots", "x": "Index", "value": "{value}", "not_evaluated": "not evaluated",
                          "median": "median", "pilots": "Pilots"})
    bar = fig.data[0]
    assert list(bar.text) == ["78.8", ""] and list(bar.customdata) == ["78.8", "not evaluated"]   # hover says it
    # a unit without an evaluation: no bar, its words on a white ground over the median line, at its own row
    notes = [a for a in fig.layout.annotations if a.text == "not evaluated"]
    assert len(notes) == 1 and notes[0].y == bar.y[1] and notes[0].x == 0 and notes[0].bgcolor
    assert fig.layout.shapes[1].x0 == 60.8                               # the national median line


def test_pilot_chart_values_in_the_page_language():
    """The bar labels are written in Python, not by plotly: in Indonesian they read "78,8" like the axis (the page
    showed "73.4" on an Indonesian chart)."""
    pilots = pd.DataFrame({"city": ["Banyuwangi"], "name": ["Kab. Banyuwangi"], "index_100": [1078.8],
                           "level": ["integrated"]})
    labels = {"title": "P", "x": "I", "value": "{value}", "not_evaluated": "-", "median": "m", "pilots": "P"}
    assert list(rc.pilot_chart(pilots, {"n": 0}, labels, separators=",.").data[0].text) == ["1.078,8"]
    assert list(rc.pilot_chart(pilots, {"n": 0}, labels, separators=".,").data[0].text) == ["1,078.8"]
