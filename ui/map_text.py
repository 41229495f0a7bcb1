"""The map's words in one language, without Streamlit: the Map page and ``python -m analytics map`` build the
same legend, tooltip and print texts from the message catalogue (``ui/messages/map.py``) with this module, so a
PNG from the page and one from the command line say the same thing.

Numbers are formatted with Babel in the language's convention (1,234.5 / 1.234,5).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping

import pandas as pd

from analytics.summaries.filters import Filters
from analytics.summaries.map_measures import Measure, MeasureResult
from viz.maps import LABEL_KEYS, MapText
from viz.print_map import PrintText

from .messages import MESSAGES
from .number_format import format_number

LANGS = ("en", "id")
LEVELS = ("ad_hoc", "initial", "scattered", "integrated", "smart")


def text(key: str, lang: str, /, **fields) -> str:
    entry = MESSAGES[key]
    s = entry.get(lang) or entry["en"]
    return s.format(**fields) if fields else s


def number_formatter(lang: str) -> Callable[[float, int], str]:
    def fmt(value: float, decimals: int = 0) -> str:
        return format_number(float(value), int(decimals), lang)    # the pages' rule (ui.number_format)
    return fmt


def percent_formatter(lang: str) -> Callable[[float, int], str]:
    num = number_formatter(lang)
    return lambda share, decimals=0: num(100 * float(share), decimals) + "%"


def map_text(lang: str, sources: Mapping[str, str] | None = None) -> MapText:
    """The viz texts (:data:`viz.maps.LABEL_KEYS`, maturity level names, source tokens) in ``lang``; ``sources``:
    the data's own source names in ``lang`` (an indicator's publisher: ``indicators.publisher_names``)."""
    labels = {k: text(f"map.{k}", lang) for k in LABEL_KEYS}
    labels |= {f"class.{lv}": text(f"map.level.{lv}", lang) for lv in LEVELS}
    labels |= {f"source.{k.replace(':', '_')}": v for k, v in (sources or {}).items()}
    labels |= {k[len("map."):]: text(k, lang) for k in MESSAGES if k.startswith("map.source.")}
    return MapText(labels, number_formatter(lang), percent_formatter(lang))


def measure_title(measure: Measure, lang: str) -> str:
    """The measure's name: the catalogue's ``map.measure.<id>``, else the measure's own titles (data-driven
    measures such as indicators), else its id."""
    key = f"map.measure.{measure.id}"
    if key in MESSAGES:
        return text(key, lang)
    return measure.titles.get(lang) or measure.titles.get("en") or measure.id


def source_note(measure: Measure, lang: str) -> str:
    """Where the measure's values come from (``map.measure_source.<id>`` or the measure's own note)."""
    key = f"map.measure_source.{measure.id}"
    if key in MESSAGES:
        return text(key, lang)
    return measure.notes.get(lang) or measure.notes.get("en", "")


def scope_text(filters: Filters, regions: pd.DataFrame, lang: str, *, provinces: bool = False) -> str:
    """"Indonesia: all 514 kabupaten/kota", or the filters in words ("Jawa Timur", "Sulawesi · kota")."""
    parts = []
    if filters.province:
        names = regions.drop_duplicates("province_code").set_index("province_code")["province_name"]
        parts.append(str(names.get(filters.province, filters.province)))
    elif filters.island_group:
        parts.append(filters.island_group)
    if filters.type:
        parts.append(text(f"type.{filters.type}", lang) if f"type.{filters.type}" in MESSAGES else filters.type)
    if parts:
        return " · ".join(parts)
    return text("map.print.scope", lang, scope=text("map.print.scope_provinces" if provinces else "map.print.scope_all",
                                                    lang))


def print_words(result: MeasureResult, filters: Filters, regions: pd.DataFrame, lang: str, *,
                provinces: bool = False, years: tuple[int, int] | None = None,
                built: dt.date | None = None) -> PrintText:
    """Title, subtitle, legend title, source line and attribution of a printed map (``years``: the span of a
    small-multiples figure)."""
    m = result.measure
    name = measure_title(m, lang)
    title = (text("map.print.title_years", lang, measure=name, first=years[0], last=years[1]) if years
             else text("map.print.title", lang, measure=name, year=result.as_of))
    made = text("map.print.made", lang, date=(built or dt.date.today()).isoformat())
    return PrintText(
        title=title, subtitle=scope_text(filters, regions, lang, provinces=provinces),
        legend_title=name if years else f"{name} · {text('map.as_of', lang, year=result.as_of)}",
        source=" ".join(s for s in (source_note(m, lang), made) if s),
        attribution=text("map.attribution", lang),
        no_data=text("map.legend.no_data", lang), out_of_scope=text("map.legend.out_of_scope", lang),
        badge=text("map.print.badge", lang) if m.illustrative else None)


TABLE_COLUMNS = ["code", "name", "province_name", "type", "value", "shown", "value_year", "source"]
PROVINCE_TABLE_COLUMNS = ["code", "name", "value", "shown", "value_year", "source", "regions_in_scope",
                          "regions_with_data"]


def table(result: MeasureResult, lang: str, sources: Mapping[str, str] | None = None) -> pd.DataFrame:
    """The rows a map shows inside its filters, as the page's table and CSV and the CLI's ``--csv`` hand them
    out: the raw value, the value as shown (translated, formatted), its year and its source (translated). A
    region without a value has empty value, year and source (no data, never zero)."""
    from viz.maps import source_text, value_texts
    mt = map_text(lang, sources)
    shown = result.shown
    out = shown.copy()
    out["shown"] = value_texts(shown, result.classes, mt, as_of=result.as_of).to_numpy()
    has = (shown["class"] >= 0).to_numpy()
    out["source"] = [source_text(s, mt) if h else None for s, h in zip(shown["source"], has)]
    out["value"] = [v if h else None for v, h in zip(shown["value"], has)]
    out["value_year"] = shown["value_year"].where(has).astype("Int64")
    cols = PROVINCE_TABLE_COLUMNS if "regions_with_data" in out else TABLE_COLUMNS
    return out[cols].reset_index(drop=True)
