"""The report maps (PNG) the Map page hands out and ``python -m analytics map`` writes: one function each, so the
page's download and the command line's file are the same picture for the same measure, year, filters and
language. Pure (no Streamlit): the data, the stored polygons and the words in, PNG bytes out.
"""

from __future__ import annotations

import geopandas as gpd
import pandas as pd

from analytics.summaries import geo_layers
from analytics.summaries import map_measures as mm
from analytics.summaries.filters import Filters
from analytics.summaries.profile import short_name
from analytics.warehouse import geo
from analytics.warehouse import read as warehouse
from analytics.warehouse.dataset import Dataset
from viz import print_map

from . import map_text

MAX_LABELS = 60        # name the kab/kota when a view shows at most this many (a province)


def _labels(ds: Dataset, shapes: gpd.GeoDataFrame, result: mm.MeasureResult) -> pd.DataFrame | None:
    inside = result.frame.loc[result.frame["in_scope"], "code"]
    if len(inside) > MAX_LABELS or len(inside) == len(result.frame):
        return None
    pts = geo_layers.label_points(shapes[shapes["code"].isin(set(inside))])
    reg = ds.regions.set_index("code")
    pts["text"] = [("Kota " if reg.at[c, "type"] == "kota" else "") + short_name(reg.at[c, "name"])
                   for c in pts["code"]]
    return pts


def _built(db) -> object:
    """The date the database was built (the "data version" a printed map states)."""
    return pd.Timestamp(warehouse.build_info(db)["built_at"]).date()


def map_png(ds: Dataset, measure_id: str, filters: Filters, lang: str, *, provinces: bool = False,
            highlight: str | None = None, width_px: int = 2700, shapes: gpd.GeoDataFrame | None = None,
            province_shapes: gpd.GeoDataFrame | None = None, db=None, footer: bool = True) -> bytes:
    """The map of ``measure_id`` as of ``filters.as_of`` inside ``filters`` (``provinces``: the 38 provinces
    aggregated from their kab/kota) at ``width_px`` (≥ 2400), with title, legend, source and attribution
    (``footer=False``: without the source and attribution lines, which the PNG's metadata still carries)."""
    shapes = shapes if shapes is not None else geo.region_shapes(db)
    province_shapes = province_shapes if province_shapes is not None else geo.province_shapes(db)
    result = mm.measure_values(ds, measure_id, filters.as_of, filters)
    labels = None
    if provinces:
        result, drawn = mm.province_values(ds, result), province_shapes
    else:
        drawn = shapes
        labels = _labels(ds, shapes, result)
    words = map_text.print_words(result, filters, ds.regions, lang, provinces=provinces, built=_built(db))
    extent = print_map._extent(shapes, mm.measure_values(ds, measure_id, filters.as_of, filters)) \
        if provinces else None
    fig = print_map.print_map(result, drawn, words, map_text.map_text(lang), provinces=province_shapes,
                              extent=extent, highlight=highlight, labels=labels, width_px=width_px, footer=footer)
    return print_map.to_png(fig, words)


def small_multiples_png(ds: Dataset, measure_id: str, filters: Filters, lang: str, *,
                        years: list[int] | None = None, provinces: bool = False, width_px: int = 2700,
                        shapes: gpd.GeoDataFrame | None = None, province_shapes: gpd.GeoDataFrame | None = None,
                        db=None) -> bytes:
    """One panel per year (default: every year the data offers, first cohort to latest) of ``measure_id``
    inside ``filters``, one legend, title, source and attribution."""
    shapes = shapes if shapes is not None else geo.region_shapes(db)
    province_shapes = province_shapes if province_shapes is not None else geo.province_shapes(db)
    years = list(years or ds.years)
    base = [mm.measure_values(ds, measure_id, y, Filters(as_of=y, island_group=filters.island_group,
                                                          province=filters.province, type=filters.type))
            for y in years]
    results = [mm.province_values(ds, r) for r in base] if provinces else base
    words = map_text.print_words(results[-1], filters, ds.regions, lang, provinces=provinces,
                                 years=(years[0], years[-1]), built=_built(db))
    panel = [map_text.text("map.print.panel", lang, year=y) for y in years]
    # the panels are small: the web geometry (coverage-simplified) draws them as well and much faster
    simple = geo_layers.simplify_coverage(shapes, 0.02, 3)
    prov = geo_layers.simplify_coverage(province_shapes, 0.02, 3)
    fig = print_map.small_multiples(results, prov if provinces else simple, words, map_text.map_text(lang),
                                    panel_titles=panel, provinces=prov,
                                    extent=print_map._extent(shapes, base[-1]), width_px=width_px)
    return print_map.to_png(fig, words)
