"""About the data: every reference file with what it is, its source and licence (from data/reference/SOURCES.md),
the real indicators with the licence of each (the 2010–2018 poverty compilation is CC BY-NC-SA), how the synthetic
pillar scores are generated, the database's build information and the published points."""

import pandas as pd
import streamlit as st

from analytics import paths

from analytics.summaries import indicators, pillar_stats

from analytics.warehouse import synthetic
from ui import data
from ui.charts import chart, show_figure
from ui.downloads import MISSING, csv_download, link_column, number_table
from ui.i18n import current_language, fmt_number, t
from ui.layout import synthetic_notice
from viz import charts

# reference file -> (message stem, SOURCES.md section that documents it or None)
FILES = {
    "regencies.csv": ("regencies", "regencies.csv"),
    "provinces.csv": ("provinces", "provinces.csv"),
    "regencies_adm2.geojson": ("polygons", "regencies_adm2.geojson"),
    "provinces_adm1.geojson": ("polygons_provinces", "regencies_adm2.geojson"),
    "programme_cohorts.csv": ("cohorts", "programme_cohorts.csv"),
    "reported_figures.csv": ("reported", "reported_figures.csv"),
    "ascn_cities.csv": ("ascn", "ascn_cities.csv"),
    "ascn_pilot_regions.csv": ("ascn_pilots", "ascn_cities.csv"),
    "imd_smart_city_index.csv": ("imd", "imd_smart_city_index.csv"),
    "pillars.csv": ("pillars", None),
    "published_results.csv": ("published", "Pillar scores"),
    "published_pillar_scores.csv": ("published_pillars", "Pillar scores"),
    "indicators.csv": ("ind_catalogue", "indicators/"),
    "indicator_values.csv": ("ind_values", "indicators/"),
    "indicator_labels.csv": ("ind_labels", None),
}


@st.cache_data(show_spinner=False)
def _inventory(version: str) -> pd.DataFrame:
    return pillar_stats.reference_inventory(paths.reference_dir(),
                                            sorted((paths.reference_dir() / "indicators").glob("*.csv")))


@st.cache_data(show_spinner=False)
def _sources(version: str) -> dict[str, tuple[str, str]]:
    path = paths.reference_dir() / "SOURCES.md"
    return pillar_stats.sources_sections(path.read_text(encoding="utf-8")) if path.exists() else {}


st.title(t("about.title"))
st.caption(t("about.intro"))
ds = data.dataset()
lang = current_language()

# ------------------------------------------------------------------------------------------------ files
st.subheader(t("about.files.title"))
inv = _inventory(data.version())
sources = _sources(data.version())
shown = pd.DataFrame({
    t("about.col.file"): inv["file"],
    t("about.col.what"): [t(f"about.file.{FILES[f][0]}.title") if f in FILES else "—" for f in inv["file"]],
    t("about.col.format"): inv["format"],
    t("about.col.rows"): inv["rows"],
    t("about.col.licence"): [t(f"about.file.{FILES[f][0]}.licence") if f in FILES else "—" for f in inv["file"]],
})
rows = t("about.col.rows")
st.table(shown.assign(**{rows: shown[rows].map(fmt_number)}), hide_index=True, border="horizontal")   # 50.773
csv_download(shown, "reference-files", key="dl-files")
st.caption(t("about.files.note"))

for f in inv["file"]:
    if f not in FILES:
        continue
    stem, section = FILES[f]
    with st.expander(f"**{f}** — {t(f'about.file.{stem}.title')}"):
        st.markdown(t(f"about.file.{stem}.what"))
        st.markdown(f"**{t('about.source')}:** {t(f'about.file.{stem}.source')}")
        st.markdown(f"**{t('about.licence')}:** {t(f'about.file.{stem}.licence')}")
        if section and section in sources:
            st.markdown(f"**{t('about.provenance_note')}**")
            st.markdown(sources[section][1])

# ------------------------------------------------------------------------------------------------ evidence
st.subheader(t("about.evidence.title"))
evidence = pillar_stats.cohort_evidence(ds)
evidence_names = {k: t(f"about.evidence.{k}") for k in evidence["evidence"].unique()}
show_figure(chart(charts.cohort_evidence_bars, evidence, evidence_names, {
    "title": t("about.evidence.chart"), "x": t("about.evidence.x"), "y": t("about.evidence.y"),
}, separators=charts.separators_for(lang)), key="chart-evidence")
st.caption(t("about.evidence.note"))
csv_download(evidence, "cohort-evidence", key="dl-evidence")

# ------------------------------------------------------------------------------------------------ synthetic
st.subheader(t("about.synthetic.title"))
synthetic_notice()
info = data.build_info()
seed = int(info.get("synthetic_seed", synthetic.DEFAULT_SEED))
st.markdown(t("about.synthetic.why"))
st.code("score[r, y, p] = clip(capacity[r] + offset[p] + growth[r] * progress(t) + profile[r, p]\n"
        "                      + year_shock[r, y] + noise[r, y, p], "
        f"{synthetic.LOW:.2f}, {synthetic.HIGH:.2f})   # rounded to 2 decimals", language="text")
st.markdown(t("about.synthetic.model", seed=seed, low=fmt_number(synthetic.LOW, 2), high=fmt_number(synthetic.HIGH, 2)))
names = dict(zip(ds.pillars["code"], ds.pillars["name_id" if lang == "id" else "name_en"]))
offsets = pd.DataFrame({"pillar": list(synthetic.PILLAR_OFFSET), "offset": list(synthetic.PILLAR_OFFSET.values())})
number_table(pd.DataFrame({t("about.col.pillar"): offsets["pillar"].map(names).to_numpy(),
                           t("about.col.offset"): offsets["offset"].to_numpy(dtype=float)}),
             {t("about.col.offset"): 2}, key="tbl-offsets")
csv_download(offsets, "synthetic-pillar-offsets", key="dl-offsets")
counts = ds.scores["source"].value_counts()
st.caption(t("about.synthetic.counts", synthetic=fmt_number(int(counts.get("synthetic", 0))),
             published=fmt_number(int(counts.get("published", 0))),
             other=fmt_number(int(counts.drop(["synthetic", "published"], errors="ignore").sum()))))

# ------------------------------------------------------------------------------------------------ build
st.subheader(t("about.build.title"))
built = pd.Timestamp(info.get("built_at"))
build = pd.DataFrame({
    "item": ["built_at", "synthetic_seed", "generator", "schema_version", "data_version"],
    "value": [built.strftime("%Y-%m-%d %H:%M:%S"), str(seed), str(info.get("generator", "")),
              str(info.get("schema_version", "")), data.version()],
})
st.dataframe(pd.DataFrame({t("about.col.item"): [t(f"about.build.{i}") for i in build["item"]],
                           t("about.col.value"): build["value"]}), hide_index=True, key="tbl-build", placeholder=MISSING)
csv_download(build, "build-info", key="dl-build")
st.caption(t("about.build.note", seed=seed))

# ------------------------------------------------------------------------------------------------ published points
st.subheader(t("about.published.title"))
st.markdown(t("about.published.intro"))
reg_names = ds.regions.set_index("code")["name"]
pub = ds.published.copy()
pub.insert(1, "region_name", pub["region_code"].map(reg_names))
number_table(pd.DataFrame({
    t("about.col.region"): pub["region_name"],
    t("about.col.year"): [str(int(y)) if pd.notna(y) else t("about.published.year_unknown") for y in pub["year"]],
    t("about.col.value"): pd.to_numeric(pub["value"], errors="coerce").to_numpy(dtype=float),
    t("about.col.rank"): pd.array(pub["national_rank"], dtype="Int64"),
    t("about.col.note"): pub["note_id"].fillna(pub["note"]) if lang == "id" else pub["note"],
    t("about.col.source"): pub["source_url"],
}), {t("about.col.value"): 2}, key="tbl-published", column_config={t("about.col.source"): link_column()})
csv_download(pub, "published-results", key="dl-published")

ps = ds.scores[ds.scores["source"] == "published"]
ps = ps.assign(region_name=ps["region_code"].map(reg_names))[
    ["region_code", "region_name", "year", "pillar", "score", "source", "source_url"]].reset_index(drop=True)
if ps.empty:
    st.info(t("about.published.no_pillars"))
else:
    st.markdown(t("about.published.pillars"))
    number_table(pd.DataFrame({
        t("about.col.region"): ps["region_name"].to_numpy(), t("about.col.year"): ps["year"].to_numpy(),
        t("about.col.pillar"): ps["pillar"].map(names).to_numpy(), t("about.col.score"): ps["score"].to_numpy(dtype=float),
        t("about.col.source"): ps["source_url"].to_numpy(),
    }), {t("about.col.year"): "year", t("about.col.score"): 2}, key="tbl-published-pillars",
        column_config={t("about.col.source"): link_column()})
    csv_download(ps, "published-pillar-scores", key="dl-published-pillars")
st.caption(t("about.published.note"))

# ------------------------------------------------------------------------------------------------ indicators
st.subheader(t("about.ind.title"))
st.markdown(t("about.ind.intro"))
st.warning(t("about.ind.nc_sa"), icon=":material/gavel:")
cat = indicators.catalogue(ds)
lic = cat[["indicator", f"name_{lang}", "first_year", "last_year", "regions", "source_url"]].assign(
    licence=cat["licence_id" if lang == "id" else "licence"],
    publisher=cat["publisher_id" if lang == "id" else "publisher"])
st.dataframe(pd.DataFrame({
    t("about.ind.col.indicator"): lic[f"name_{lang}"], t("about.ind.col.publisher"): lic["publisher"],
    t("about.ind.col.years"): [f"{a}–{b}" if a != b else str(a) for a, b in zip(lic["first_year"], lic["last_year"])],
    t("about.ind.col.regions"): lic["regions"], t("about.ind.col.licence"): lic["licence"],
    t("about.col.source"): lic["source_url"],
}), hide_index=True, placeholder=MISSING, key="tbl-indicator-licences", column_config={t("about.col.source"): link_column()})
csv_download(cat, "indicator-catalogue", key="dl-indicator-catalogue")
st.caption(t("about.ind.note"))
