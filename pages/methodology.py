"""Methodology: change the index's weights, normalisation and aggregation and watch the ranking move; the
Monte Carlo uncertainty of the ranks (COINr style); and how the index and the data are made, with sources."""

import pandas as pd
import streamlit as st

from analytics.summaries import indicators, open_index, pillar_stats

from analytics.summaries import tables as summaries
from analytics import domain
from analytics.composite import AGG_METHODS, NORMALISATIONS, IndexSettings
from analytics.summaries.filters import Filters
from ui import data
from ui.charts import chart, show_figure
from ui.downloads import csv_download, number_table
from ui.filters import coded_choice, lens_control, scoped, sidebar_filters
from ui.links import label_aliases
from ui.i18n import current_language, fmt_number, t
from ui.layout import open_notice, synthetic_notice, wrapping_columns
from viz import charts

N_REPLICATIONS, MC_SEED, TOP_N = 1000, 0, 10
WEIGHT_MIN, WEIGHT_MAX, WEIGHT_STEP = 0.0, 3.0, 0.25
SettingsKey = tuple[str, str, tuple[tuple[str, float], ...], int]


def _settings(key: SettingsKey) -> IndexSettings:
    norm, agg, weights, min_pillars = key
    return IndexSettings(normalisation=norm, aggregation=agg, weights=dict(weights),
                         min_share=min_pillars / len(weights))


@st.cache_data(show_spinner=False, max_entries=64)
def _ranking(version: str, f: Filters, key: SettingsKey) -> pd.DataFrame:
    return pillar_stats.rank_comparison(data.dataset(), f, _settings(key))


@st.cache_data(show_spinner=False, max_entries=32)
def _uncertainty(version: str, as_of: int, key: SettingsKey, n: int, seed: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The national Monte Carlo run: keyed on the data version, the year and the settings only, so a region
    filter or any other widget never reruns it (the ranks are national; rows are filtered afterwards)."""
    return summaries.uncertainty_summary(data.dataset(), Filters(as_of=as_of), n=n, seed=seed,
                                         settings=_settings(key))


def uncertainty(f: Filters, key: SettingsKey) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``summaries.uncertainty_summary(ds, f, ...)``: the cached national run, rows kept inside the filters."""
    ranks, sens = _uncertainty(data.version(), f.as_of, key, N_REPLICATIONS, MC_SEED)
    inside = ranks["code"].isin(f.apply(data.dataset().regions)["code"])
    return ranks[inside.to_numpy()].reset_index(drop=True), sens


def _reset() -> None:
    for p in pillars:
        st.session_state[f"w_{p}"] = 1.0
    st.session_state["norm"] = summaries.DEFAULT_SETTINGS.normalisation
    st.session_state["agg"] = summaries.DEFAULT_SETTINGS.aggregation
    st.session_state["min_pillars"] = domain.MIN_PILLARS
    for param in ("norm", "agg"):
        if param in st.query_params:
            del st.query_params[param]


# ================================================================================== the open-statistics index
OpenKey = tuple[str, str, tuple[tuple[str, float], ...], int]


def _open_settings(key: OpenKey) -> IndexSettings:
    norm, agg, weights, min_pillars = key
    return open_index.open_settings(norm, agg, dict(weights), min_pillars)


@st.cache_data(show_spinner=False, max_entries=64)
def _open_ranking(version: str, f: Filters, key: OpenKey) -> pd.DataFrame:
    return open_index.rank_comparison(data.dataset(), f, _open_settings(key))


@st.cache_data(show_spinner=False, max_entries=32)
def _open_uncertainty(version: str, as_of: int, key: OpenKey, n: int, seed: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The national Monte Carlo run of the open index (all 514), keyed on the year and settings only."""
    return open_index.open_uncertainty(data.dataset(), Filters(as_of=as_of), n=n, seed=seed,
                                       settings=_open_settings(key))


@st.cache_data(show_spinner=False)
def _open_tables(version: str, as_of: int) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    ds = data.dataset()
    return open_index.goalpost_table(), open_index.skewness_table(ds, as_of), open_index.coherence_table(ds, as_of)


def _open_reset() -> None:
    for p in open_index.open_pillars():
        st.session_state[f"ow_{p}"] = 1.0
    st.session_state["open_norm"] = "goalposts"
    st.session_state["open_agg"] = "arithmetic"
    st.session_state["open_min"] = domain.OPEN_MIN_PILLARS
    for param in ("onorm", "oagg"):
        if param in st.query_params:
            del st.query_params[param]


def _ranking_table(df: pd.DataFrame, level_names: dict, decimals: int, **kw) -> None:
    """The re-ranking table of either lens. The index is shown on 0–100 like every other page (``index_100``);
    only z-scores, which have no 0–100 form, show their own scale. Ranks, index and change stay numbers (they
    sort by value), written in the page's language."""
    on_100 = "index_100" in df and df["index_100"].notna().any()
    values, places = (df["index_100"], 1) if on_100 else (df["index"], decimals)
    index_col, change_col = t("method.col.index_100" if on_100 else "method.col.index"), t("method.col.change")
    number_table(pd.DataFrame({
        t("method.col.rank"): df["rank"].astype("Int64").to_numpy(),
        t("method.col.name"): df["name"].to_numpy(),
        t("method.col.province"): df["province_name"].to_numpy(),
        index_col: pd.to_numeric(values, errors="coerce").to_numpy(),
        t("method.col.level"): [level_names.get(v, "—") if isinstance(v, str) else "—" for v in df["level"]],
        t("method.col.default_rank"): df["default_rank"].astype("Int64").to_numpy(),
        change_col: df["rank_change"].astype("Int64").to_numpy(),
    }), {index_col: places}, signed=(change_col,), **kw)


def _sensitivity(sens: pd.DataFrame, seps: str, what: str, filters: dict) -> None:
    """Which choice moves the ranks most (either lens): the bars beside their table (half the row each: the table's
    Indonesian headers are long; e2e checks it fits) and the CSV of ``sens``."""
    st.markdown(t("method.sensitivity.title"))
    choice_names = {c: t(f"method.choice.{c}") for c in sens["choice"]}
    s1, s2 = st.columns(2, gap="large")
    with s1:
        show_figure(chart(charts.sensitivity_bars, sens, choice_names, {
            "title": t("method.sensitivity.chart"), "x": t("method.sensitivity.x")}, separators=seps),
            key="chart-sensitivity")
    with s2, st.container(key="fit-sensitivity"):
        number_table(pd.DataFrame({
            t("method.sensitivity.choice"): [choice_names[c] for c in sens["choice"]],
            t("method.sensitivity.mean"): sens["mean_abs_rank_shift"].to_numpy(dtype=float),
            t("method.sensitivity.max"): sens["max_abs_rank_shift"].to_numpy(dtype=float),
        }), {t("method.sensitivity.mean"): 2, t("method.sensitivity.max"): 0}, key="tbl-sensitivity")
        csv_download(sens, what, filters=filters, key="dl-sensitivity")


def open_page(f: Filters) -> None:
    """The Methodology page under the open lens: settings of the open-statistics index, the re-ranking, its
    Monte Carlo uncertainty, and the method with its tables (goalposts, skewness, coherence)."""
    ds = data.dataset()
    lang = current_language()
    seps = charts.separators_for(lang)
    pillars = open_index.open_pillars()
    names = dict(zip(ds.pillars["code"], ds.pillars["name_id" if lang == "id" else "name_en"]))
    cat = indicators.catalogue(ds).set_index("indicator")
    open_notice()

    st.subheader(t("method.settings.title"))
    st.caption(t("method.open.settings_intro"))
    cols = wrapping_columns(len(pillars), key="open-weights", fill=False, vertical_alignment="bottom")
    weights = {p: float(col.slider(names[p], WEIGHT_MIN, WEIGHT_MAX, 1.0, WEIGHT_STEP, key=f"ow_{p}",
                                   bind="query-params", help=t("method.weight_help")))
               for col, p in zip(cols, pillars)}
    c1, c2, c3 = wrapping_columns([2, 2, 1.3], key="open-settings", vertical_alignment="bottom")
    with c1:
        norm = coded_choice(t("method.normalisation"), list(open_index.OPEN_NORMALISATIONS), param="onorm",
                            key="open_norm", default="goalposts", format_func=lambda m: t(f"method.open.norm.{m}"),
                            aliases=label_aliases(open_index.OPEN_NORMALISATIONS, key=lambda m: f"method.open.norm.{m}"),
                            help=t("method.normalisation_help"))
    with c2:
        agg = coded_choice(t("method.aggregation"), list(AGG_METHODS), param="oagg", key="open_agg",
                           default="arithmetic", format_func=lambda a: t(f"method.agg.{a}"),
                           aliases=label_aliases(AGG_METHODS, key=lambda a: f"method.agg.{a}"),
                           widget="segmented_control", help=t("method.aggregation_help")) or "arithmetic"
    c3.button(t("method.reset"), on_click=_open_reset, icon=":material/restart_alt:", key="open_reset")
    min_pillars = int(st.slider(t("method.min_pillars"), 1, len(pillars), domain.OPEN_MIN_PILLARS, 1, key="open_min",
                                bind="query-params", help=t("method.open.min_pillars_help", n=len(pillars),
                                                            default=domain.OPEN_MIN_PILLARS)))
    st.caption(t(f"method.open.norm.{norm}.explain"))
    if sum(weights.values()) <= 0:
        st.warning(t("method.all_zero"))
        st.stop()
    if norm == "zscore" and agg == "geometric":
        st.warning(t("method.zscore_geometric"))
        agg = "arithmetic"
    key: OpenKey = (norm, agg, tuple((p, weights[p]) for p in pillars), min_pillars)
    is_default = (norm, agg, min_pillars) == ("goalposts", "arithmetic", domain.OPEN_MIN_PILLARS) and \
        all(w == 1.0 for w in weights.values())
    filt = {"lens": "open", **f.describe(), "norm": norm, "agg": agg,
            "minp": min_pillars if not is_default else None,
            "w": "-".join(f"{weights[p]:g}" for p in pillars) if not is_default else None}
    if f.apply(ds.regions).empty:
        st.info(t("empty.no_regions"))
        st.stop()

    st.subheader(t("method.open.ranking_title", year=f.as_of))
    ranking = _open_ranking(data.version(), f, key)
    moved = ranking["rank_change"].fillna(0) != 0
    st.caption(t("method.open.ranking_summary", n=fmt_number(len(ranking)), moved=fmt_number(int(moved.sum())),
                 biggest=fmt_number(int(ranking["rank_change"].abs().max() or 0))))
    if norm != "goalposts":
        st.caption(t("method.open.no_levels"))
    level_names = dict(zip(summaries.levels()["level"], summaries.levels()["name_id" if lang == "id" else "name_en"]))
    small = st.column_config.Column(width="small")
    compact = {t(f"method.col.{c}"): small for c in ("rank", "index", "index_100", "level", "default_rank", "change")}
    top, bottom = pillar_stats.top_bottom(ranking, TOP_N)
    decimals = 2 if norm == "zscore" else 1
    st.markdown(t("method.ranking.top", n=min(TOP_N, len(top))))
    _ranking_table(top, level_names, decimals, key="tbl-open-top", column_config=compact)
    csv_download(top, "open-ranking-top", filters=filt, key="dl-top")
    st.markdown(t("method.ranking.bottom", n=min(TOP_N, len(bottom))))
    _ranking_table(bottom, level_names, decimals, key="tbl-open-bottom", column_config=compact)
    csv_download(bottom, "open-ranking-bottom", filters=filt, key="dl-bottom")
    with st.expander(t("method.open.ranking_all", n=fmt_number(len(ranking)))):
        _ranking_table(ranking, level_names, decimals, key="tbl-open-all")
        csv_download(ranking, "open-ranking", filters=filt, key="dl-ranking")

    st.subheader(t("method.uncertainty.title"))
    st.caption(t("method.uncertainty.intro", n=fmt_number(N_REPLICATIONS), seed=MC_SEED))
    with st.spinner(t("method.uncertainty.running", n=fmt_number(N_REPLICATIONS))):
        ranks, sens = _open_uncertainty(data.version(), f.as_of, key, N_REPLICATIONS, MC_SEED)
    ranks = ranks[ranks["code"].isin(f.apply(ds.regions)["code"]).to_numpy()].reset_index(drop=True)
    ranked = ranks[ranks["nominal_rank"].notna()]
    show_figure(chart(charts.rank_uncertainty, ranked, {
        "title": scoped(t("method.open.uncertainty_chart", n=fmt_number(len(ranked))), f),
        "x": t("method.open.uncertainty_x"),
        "y": t("method.uncertainty.y"), "median": t("method.uncertainty.median"),
        "nominal": t("method.uncertainty.nominal"), "interval": t("method.uncertainty.interval"),
    }, separators=seps), key="chart-uncertainty")
    width = (ranked["p95_rank"] - ranked["p05_rank"]).astype(float)
    if len(width):
        st.caption(t("method.uncertainty.note", median=fmt_number(width.median(), 1), widest=fmt_number(width.max()),
                     name=ranked.loc[width.idxmax(), "name"]))
    csv_download(ranks, "open-rank-uncertainty", filters=filt, key="dl-uncertainty")
    _sensitivity(sens, seps, "open-rank-sensitivity", filt)

    # ---------------------------------------------------------------- the method, with its tables
    st.subheader(t("method.open.explain_title"))
    goal, skew, coh = _open_tables(data.version(), f.as_of)
    for part in ("framework", "double", "coherence"):
        st.markdown(t(f"method.open.explain.{part}",
                      pillars=", ".join(names[p] for p in open_index.NO_OPEN_DATA)))
    short = lambda i: cat.at[i, f"name_{lang}"]  # noqa: E731
    number_table(pd.DataFrame({
        t("method.open.col.indicator"): [short(i) for i in coh["indicator"]],
        t("method.open.col.in_index"): [names[p] if isinstance(p, str) else "—" for p in coh["pillar"]],
        t("method.open.col.n"): coh["n"].to_numpy(),
        t("method.open.col.spearman"): coh["spearman_with_hdi"].to_numpy(dtype=float),
    }), {t("method.open.col.spearman"): 2}, key="tbl-open-coherence")
    csv_download(coh, "open-coherence", filters={"as_of": f.as_of}, key="dl-open-coherence")
    st.markdown(t("method.open.explain.goalposts"))
    goalpost = lambda v: 3 if v % 1 else 0  # noqa: E731 - whole goalposts (population) without decimals
    number_table(pd.DataFrame({
        t("method.open.col.indicator"): [short(i) for i in goal["indicator"]],
        t("method.open.col.pillar"): [names[p] for p in goal["pillar"]],
        t("method.open.col.direction"): [t(f"method.open.direction.{'up' if d > 0 else 'down'}") for d in goal["direction"]],
        t("method.open.col.lo"): goal["lo"].to_numpy(dtype=float),
        t("method.open.col.hi"): goal["hi"].to_numpy(dtype=float),
        t("method.open.col.unit"): [cat.at[i, f"unit_{lang}"] for i in goal["indicator"]],
        t("method.open.col.transform"): [t("method.open.transform.log") if x == "log" else "—" for x in goal["transform"]],
        t("method.open.col.basis"): [t(f"method.open.basis.{b}") for b in goal["goalpost_basis"]],
    }), {t("method.open.col.lo"): goalpost, t("method.open.col.hi"): goalpost}, key="tbl-open-goalposts")
    csv_download(goal, "open-goalposts", key="dl-open-goalposts")
    st.markdown(t("method.open.explain.skew"))
    moments = ("skewness", "kurtosis", "skewness_after", "kurtosis_after")
    number_table(pd.DataFrame({
        t("method.open.col.indicator"): [short(i) for i in skew["indicator"]],
        t("method.open.col.n"): skew["n"].to_numpy(),
        t("method.open.col.skewness"): skew["skewness"].to_numpy(dtype=float),
        t("method.open.col.kurtosis"): skew["kurtosis"].to_numpy(dtype=float),
        t("method.open.col.transform"): [t("method.open.transform.log") if x == "log" else "—" for x in skew["transform"]],
        t("method.open.col.skewness_after"): skew["skewness_after"].to_numpy(dtype=float),
        t("method.open.col.kurtosis_after"): skew["kurtosis_after"].to_numpy(dtype=float),
    }), {t(f"method.open.col.{m}"): 2 for m in moments}, key="tbl-open-skew")
    csv_download(skew, "open-skewness", filters={"as_of": f.as_of}, key="dl-open-skew")
    for part in ("missing", "levels", "asof"):
        st.markdown(t(f"method.open.explain.{part}", min=domain.OPEN_MIN_PILLARS, n=len(pillars)))


st.title(t("method.title"))
lens = lens_control()
st.caption(t("method.open.intro" if lens == "open" else "method.intro"))

f = sidebar_filters()
if lens == "open":
    open_page(f)
    st.subheader(t("method.provenance.title"))
    st.markdown(t("method.open.provenance"))
    st.stop()
ds = data.dataset()
lang = current_language()
seps = charts.separators_for(lang)
pillars = ds.pillar_codes
names = dict(zip(ds.pillars["code"], ds.pillars["name_id" if lang == "id" else "name_en"]))
filt = f.describe()

# ------------------------------------------------------------------------------------------------ settings
st.subheader(t("method.settings.title"))
st.caption(t("method.settings.intro"))
cols = wrapping_columns(len(pillars), key="weights", fill=False, vertical_alignment="bottom")
weights = {}
for col, p in zip(cols, pillars):
    weights[p] = float(col.slider(names[p], WEIGHT_MIN, WEIGHT_MAX, 1.0, WEIGHT_STEP, key=f"w_{p}",
                                  bind="query-params", help=t("method.weight_help")))
c1, c2, c3 = wrapping_columns([2, 2, 1.3], key="settings", vertical_alignment="bottom")
with c1:      # codes in the URL (?norm=minmax&agg=geometric), labels in either language accepted
    norm = coded_choice(t("method.normalisation"), list(NORMALISATIONS), param="norm", key="norm",
                        default=summaries.DEFAULT_SETTINGS.normalisation, format_func=lambda m: t(f"method.norm.{m}"),
                        aliases=label_aliases(NORMALISATIONS, key=lambda m: f"method.norm.{m}"),
                        help=t("method.normalisation_help"))
with c2:
    agg = coded_choice(t("method.aggregation"), list(AGG_METHODS), param="agg", key="agg",
                       default=summaries.DEFAULT_SETTINGS.aggregation, widget="segmented_control",
                       format_func=lambda a: t(f"method.agg.{a}"),
                       aliases=label_aliases(AGG_METHODS, key=lambda a: f"method.agg.{a}"),
                       help=t("method.aggregation_help")) or summaries.DEFAULT_SETTINGS.aggregation
c3.button(t("method.reset"), on_click=_reset, icon=":material/restart_alt:")
min_pillars = int(st.slider(t("method.min_pillars"), 1, len(pillars), domain.MIN_PILLARS, 1, key="min_pillars",
                            bind="query-params", help=t("method.min_pillars_help", n=len(pillars),
                                                        default=domain.MIN_PILLARS)))
st.caption(t(f"method.norm.{norm}.explain"))

if sum(weights.values()) <= 0:
    st.warning(t("method.all_zero"))
    st.stop()
if norm == "zscore" and agg == "geometric":
    st.warning(t("method.zscore_geometric"))
    agg = "arithmetic"
key: SettingsKey = (norm, agg, tuple((p, weights[p]) for p in pillars), min_pillars)
is_default = norm == summaries.DEFAULT_SETTINGS.normalisation and agg == summaries.DEFAULT_SETTINGS.aggregation \
    and all(w == 1.0 for w in weights.values()) and min_pillars == domain.MIN_PILLARS
filt_settings = {**filt, "norm": norm, "agg": agg, "minp": min_pillars if not is_default else None,
                 "w": "-".join(f"{weights[p]:g}" for p in pillars) if not is_default else None}

synthetic_notice()
if f.apply(ds.regions).empty:
    st.info(t("empty.no_regions"))
    st.stop()

# ------------------------------------------------------------------------------------------------ re-ranking
st.subheader(t("method.ranking.title", year=f.as_of))
ranking = _ranking(data.version(), f, key)
if ranking.empty:
    st.info(t("method.ranking.empty", year=f.as_of))
    st.stop()
moved = ranking["rank_change"].fillna(0) != 0
st.caption(t("method.ranking.summary", n=fmt_number(len(ranking)), moved=fmt_number(int(moved.sum())),
             biggest=fmt_number(int(ranking["rank_change"].abs().max() or 0))))
if norm not in summaries.ABSOLUTE_NORMALISATIONS:
    st.caption(t("method.ranking.no_levels"))

level_names = dict(zip(summaries.levels()["level"], summaries.levels()["name_id" if lang == "id" else "name_en"]))
decimals = 2 if norm in ("none", "zscore") else 1


small = st.column_config.Column(width="small")
compact = {t(f"method.col.{c}"): small for c in ("rank", "index", "index_100", "level", "default_rank", "change")}
top, bottom = pillar_stats.top_bottom(ranking, TOP_N)
st.markdown(t("method.ranking.top", n=min(TOP_N, len(top))))
_ranking_table(top, level_names, decimals, key="tbl-top", column_config=compact)
csv_download(top, "ranking-top", filters=filt_settings, key="dl-top")
st.markdown(t("method.ranking.bottom", n=min(TOP_N, len(bottom))))
_ranking_table(bottom, level_names, decimals, key="tbl-bottom", column_config=compact)
csv_download(bottom, "ranking-bottom", filters=filt_settings, key="dl-bottom")
with st.expander(t("method.ranking.all", n=fmt_number(len(ranking)))):
    _ranking_table(ranking, level_names, decimals, key="tbl-all")
    csv_download(ranking, "ranking", filters=filt_settings, key="dl-ranking")

# ------------------------------------------------------------------------------------------------ uncertainty
st.subheader(t("method.uncertainty.title"))
st.caption(t("method.uncertainty.intro", n=fmt_number(N_REPLICATIONS), seed=MC_SEED))
with st.spinner(t("method.uncertainty.running", n=fmt_number(N_REPLICATIONS))):
    ranks, sens = uncertainty(f, key)
if ranks.empty:
    st.info(t("method.ranking.empty", year=f.as_of))
else:
    show_figure(chart(charts.rank_uncertainty, ranks, {
        "title": scoped(t("method.uncertainty.chart", n=fmt_number(len(ranks))), f), "x": t("method.uncertainty.x"),
        "y": t("method.uncertainty.y"), "median": t("method.uncertainty.median"),
        "nominal": t("method.uncertainty.nominal"), "interval": t("method.uncertainty.interval"),
    }, separators=seps), key="chart-uncertainty")
    width = (ranks["p95_rank"] - ranks["p05_rank"]).astype(float)
    st.caption(t("method.uncertainty.note", median=fmt_number(width.median(), 1), widest=fmt_number(width.max()),
                 name=ranks.loc[width.idxmax(), "name"]))
    csv_download(ranks, "rank-uncertainty", filters=filt_settings, key="dl-uncertainty")

    _sensitivity(sens, seps, "rank-sensitivity", filt_settings)
    st.caption(t("method.sensitivity.note"))

# ------------------------------------------------------------------------------------------------ explanation
st.subheader(t("method.explain.title"))
for part in ("handbook", "pillars", "index", "levels", "uncertainty", "ministry"):
    st.markdown(t(f"method.explain.{part}"))
st.subheader(t("method.provenance.title"))
st.markdown(t("method.provenance.body"))
