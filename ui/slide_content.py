"""What each slide says, without Streamlit: one headline with real numbers (from the analytics summaries), one
figure spec and one source line per slide code, in one language. The presenter's slides (``ui/slides.py``) and
the PDF deck (``viz/deck_pdf.py``) are built from the same :class:`~viz.deck_pdf.DeckSlide`, so the browser and
the paper say the same thing.

Slide codes are language-independent: ``overview, equity, map, pillars, ascn, region`` (the standard order).
No Monte Carlo here: a slide shows the index as computed, never its uncertainty run."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

import pandas as pd

from analytics.summaries import equity, open_index
from analytics.summaries import tables as summaries
from analytics.summaries.coverage import national_headline
from analytics.summaries.filters import Filters
from analytics.summaries.profile import ascn_counts, ascn_network
from analytics.warehouse.dataset import Dataset
from viz.deck_pdf import Bars, DeckSlide, Image

from .map_text import measure_title, number_formatter, percent_formatter, scope_text, source_note, text

CODES: tuple[str, ...] = ("overview", "equity", "map", "pillars", "ascn", "region")
NAV_KEYS = {"overview": "home", "equity": "equity", "map": "map", "pillars": "pillars", "ascn": "ascn",
            "region": "region"}


def parse_codes(value: str | None) -> tuple[list[str], list[str]]:
    """``"map,overview,bogus"`` → (``["map", "overview"]``, ``["bogus"]``): the known codes in the given order
    (a repeat kept once), and the unknown ones. Empty or missing → every slide in the standard order."""
    if not value or not value.strip():
        return list(CODES), []
    chosen, unknown = [], []
    for raw in value.split(","):
        code = raw.strip().lower()
        if not code:
            continue
        if code in CODES:
            if code not in chosen:
                chosen.append(code)
        elif raw.strip() not in unknown:
            unknown.append(raw.strip())
    return (chosen or list(CODES)), unknown


def _title(code: str, lang: str) -> str:
    return text(f"nav.{NAV_KEYS[code]}", lang)


def overview(ds: Dataset, f: Filters, lang: str, **_) -> DeckSlide:
    num, pct = number_formatter(lang), percent_formatter(lang)
    regions = f.apply(ds.regions)
    national = f.national
    h = national_headline(regions, ds.reported if national else ds.reported.iloc[0:0], ds.ascn, as_of=f.as_of)
    p, pop, tot = h["participants"], h["population_reached"], h["population_total"]
    # every region's population is from the release the national total is reported from: its source, filtered or not
    whole = h if national else national_headline(ds.regions, ds.reported, ds.ascn, as_of=f.as_of)
    population_source = whole["population_total"].source
    tl = summaries.coverage_timeline_summary(ds, f, by="national")
    tl = tl[tl["as_of"] <= f.as_of]
    years = [int(y) for y in tl["as_of"]]
    counts = [int(v) for v in tl["regions_participating"]]
    share = pct(pop.computed / tot.computed) if tot.computed else "—"
    if national:
        headline = text("slides.overview.headline", lang, year=f.as_of, n=num(p.computed), total=num(len(regions)),
                        share=share)
        source = text("slides.overview.source", lang, year=f.as_of, population=population_source or "—",
                      reported=num(p.reported) if p.reported else "—")
    else:
        headline = text("slides.overview.headline_scoped", lang, year=f.as_of, n=num(p.computed),
                        total=num(len(regions)), share=share)
        source = text("slides.overview.source_scoped", lang, year=f.as_of, population=population_source or "—")
    return DeckSlide(
        "overview", _title("overview", lang), headline, source,
        Bars(tuple(str(y) for y in years), tuple(counts), tuple(num(c) for c in counts),
             axis=text("slides.overview.axis", lang), highlight=(len(years) - 1,) if years else ()))


def equity_slide(ds: Dataset, f: Filters, lang: str, **_) -> DeckSlide:
    num, pct = number_formatter(lang), percent_formatter(lang)
    eq = equity.equity_summary(ds, f).iloc[0]
    q = equity.equity_quintiles(ds, f)
    q = q[q["indicator"] == "hdi"].sort_values("quintile")
    hdi_year = int(eq["hdi_year_max"]) if pd.notna(eq["hdi_year_max"]) else f.as_of
    # a filter can leave a national fifth without any kab/kota: its share is missing, drawn as "—", not as 0 %
    labels = tuple(text("slides.equity.quintile", lang, q=int(r["quintile"]), lo=num(r["value_min"], 1),
                        hi=num(r["value_max"], 1)) if pd.notna(r["value_min"])
                   else text("slides.equity.quintile_empty", lang, q=int(r["quintile"])) for _, r in q.iterrows())
    shares = tuple(100 * float(v) if pd.notna(v) else 0.0 for v in q["region_share"])
    low, high = eq["lowest_quintile_reached_share"], eq["highest_quintile_reached_share"]
    if pd.isna(low) and pd.isna(high):
        headline = text("slides.no_data", lang)
    elif pd.isna(low):
        headline = text("slides.equity.headline_no_lowest", lang, high=pct(high), year=f.as_of)
    elif pd.isna(high):
        headline = text("slides.equity.headline_no_highest", lang, low=pct(low), year=f.as_of)
    else:
        headline = text("slides.equity.headline", lang, low=pct(low), high=pct(high), year=f.as_of)
    return DeckSlide(
        "equity", _title("equity", lang), headline,
        text("slides.equity.source", lang, hdi_year=hdi_year, year=f.as_of),
        Bars(labels, shares, tuple(pct(v) if pd.notna(v) else "—" for v in q["region_share"]),
             axis=text("slides.equity.axis", lang), limit=100, highlight=(0,)))


def _open(ds: Dataset, f: Filters) -> pd.DataFrame:
    return open_index.open_index_summary(ds, f)


def map_slide(ds: Dataset, f: Filters, lang: str, *, map_png=None, measure: str | None = None, **_) -> DeckSlide:
    """``map_png``: a callable (ds, measure, filters, lang) → PNG bytes (``ui.map_print.map_png``); without it
    the slide has no figure (tests of the texts). ``measure``: the link's map measure (``map_measure=``; the
    default measure when absent or unknown); an illustrative one (the synthetic evaluation) gets the demo badge."""
    from analytics.summaries import map_measures as mm
    num = number_formatter(lang)
    s = _open(ds, f)
    ranked = s[s["status"] == open_index.RANKED]
    measure = measure if measure in mm.measure_ids(ds) else mm.default_measure(ds)
    m = mm.get(ds, measure)
    if measure == "open_index":
        headline = text("slides.map.headline", lang, n=num(len(ranked)), total=num(len(s)), year=f.as_of,
                        median=num(ranked["index_100"].median(), 1) if len(ranked) else "—")
    else:                                   # another measure from the link: its own headline
        shown = mm.measure_values(ds, measure, f.as_of, f).shown
        headline = text("slides.map.headline_measure", lang, title=measure_title(m, lang), year=f.as_of,
                        n=num(int(shown["value"].notna().sum())), total=num(len(shown)))
    return DeckSlide(
        "map", _title("map", lang), headline,
        # the picture has no footer on a slide: its source and the boundaries' attribution are said once, here
        f"{source_note(m, lang)} {text('map.attribution', lang)}",
        Image(map_png(ds, measure, f, lang)) if map_png is not None else None,
        demo=text("slides.demo", lang) if m.illustrative else None)


def pillars(ds: Dataset, f: Filters, lang: str, **_) -> DeckSlide:
    from analytics.summaries import pillar_stats
    num = number_formatter(lang)
    names = dict(zip(ds.pillars["code"], ds.pillars["name_id" if lang == "id" else "name_en"]))
    d = pillar_stats.pillar_describe(ds, f, None, lens="open").sort_values("median", ascending=False)
    d = d[d["median"].notna()]                      # a pillar without any value that year is not the lowest
    if d.empty:
        return DeckSlide("pillars", _title("pillars", lang), text("slides.no_data", lang),
                         text("slides.pillars.source", lang,
                              missing=", ".join(names[p] for p in open_index.NO_OPEN_DATA)))
    low, high = d.iloc[-1], d.iloc[0]
    return DeckSlide(
        "pillars", _title("pillars", lang),
        text("slides.pillars.headline", lang, n=num(int(d["n"].max())), low_name=names[low["pillar"]],
             low=num(low["median"], 1), high_name=names[high["pillar"]], high=num(high["median"], 1),
             year=f.as_of),
        text("slides.pillars.source", lang, missing=", ".join(names[p] for p in open_index.NO_OPEN_DATA)),
        Bars(tuple(names[p] for p in d["pillar"]), tuple(float(v) for v in d["median"]),
             tuple(num(v, 1) for v in d["median"]), axis=text("slides.pillars.axis", lang), horizontal=True,
             limit=100))


def ascn(ds: Dataset, f: Filters, lang: str, **_) -> DeckSlide:
    num = number_formatter(lang)
    counts = ascn_counts(ds.ascn, ds.reported)
    counts = counts[counts["year"] <= f.as_of]
    net = ascn_network(ds.ascn, f.as_of)
    indo = sorted(net.loc[net["country_iso2"] == "ID", "city"].tolist())
    years = tuple(str(int(y)) for y in counts["year"])
    return DeckSlide(
        "ascn", _title("ascn", lang),
        text("slides.ascn.headline", lang, year=f.as_of, n=num(len(net)), k=num(len(indo)),
             names=", ".join(indo) or "—"),
        text("slides.ascn.source", lang),
        Bars(years, tuple(int(v) for v in counts["cities"]), tuple(num(v) for v in counts["cities"]),
             axis=text("slides.ascn.axis", lang), series=text("slides.ascn.all", lang),
             second=tuple(int(v) for v in counts["indonesian_cities"]),
             second_text=tuple(num(v) for v in counts["indonesian_cities"]),
             second_series=text("slides.ascn.indonesian", lang)))


def region(ds: Dataset, f: Filters, lang: str, *, region: str = "73.71", **_) -> DeckSlide:
    num = number_formatter(lang)
    s = open_index.open_index_summary(ds, Filters(as_of=f.as_of))
    row = s[s["code"] == region]
    if row.empty:
        row = s[s["code"] == "73.71"]
        region = "73.71"
    r = row.iloc[0]
    ranked = int((s["status"] == open_index.RANKED).sum())
    names = dict(zip(ds.pillars["code"], ds.pillars["name_id" if lang == "id" else "name_en"]))
    if r["status"] == open_index.RANKED:
        headline = text("slides.region.headline", lang, name=r["name"], index=num(r["index_100"], 1),
                        rank=num(r["rank_national"]), ranked=num(ranked), year=f.as_of)
    else:
        headline = text("slides.region.headline_unranked", lang, name=r["name"], year=f.as_of,
                        n=num(r["pillars_present"]), need=num(open_index.min_pillars_of(open_index.default_settings())))
    comp = open_index.pillar_comparison(ds, region, f.as_of)
    comp = comp[comp["score"].notna()]
    first = int(r["data_year_min"]) if pd.notna(r["data_year_min"]) else f.as_of
    last = int(r["data_year_max"]) if pd.notna(r["data_year_max"]) else f.as_of
    return DeckSlide(
        "region", _title("region", lang), headline,
        text("slides.region.source", lang, first=first, last=last),
        Bars(tuple(names[p] for p in comp["pillar"]), tuple(float(v) for v in comp["score"]),
             tuple(num(v, 1) for v in comp["score"]), axis=text("slides.region.axis", lang), horizontal=True,
             limit=100, series=text("slides.region.series", lang, name=r["name"]),
             second=tuple(float(v) for v in comp["national_median"]),
             second_text=tuple(num(v, 1) for v in comp["national_median"]),
             second_series=text("slides.region.national", lang)),
        extra={"region": region})


BUILDERS = {"overview": overview, "equity": equity_slide, "map": map_slide, "pillars": pillars, "ascn": ascn,
            "region": region}


# the slides whose numbers follow the sidebar's province, island-group and type filters (the ASCN network and a
# region's profile are the same whatever the filter)
FILTERED = ("overview", "equity", "map", "pillars")


def build(code: str, ds: Dataset, f: Filters, lang: str, *, region: str = "73.71", map_png=None,
          measure: str | None = None) -> DeckSlide:
    """The slide ``code`` (one of :data:`CODES`); ``measure``: the map slide's measure (the link's). Under a
    filter, a slide of :data:`FILTERED` names what it shows before its headline ("Sulawesi Selatan: …")."""
    slide = BUILDERS[code](ds, f, lang, region=region, map_png=map_png, measure=measure)
    if code in FILTERED and not f.national:
        slide = dataclasses.replace(slide, headline=text("slides.scoped", lang, scope=scope_text(f, ds.regions, lang),
                                                         headline=slide.headline))
    return slide


def build_deck(codes: Iterable[str], ds: Dataset, f: Filters, lang: str, *, region: str = "73.71",
               map_png=None, measure: str | None = None) -> list[DeckSlide]:
    return [build(c, ds, f, lang, region=region, map_png=map_png, measure=measure) for c in codes]
