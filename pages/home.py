"""Landing page: the national headline, computed from DuckDB, with the reported figures beside it."""

import pandas as pd
import streamlit as st

from analytics.coverage import national_headline
from ui import data
from ui.filters import sidebar_filters
from ui.i18n import fmt_number, fmt_percent, t

st.title(t("home.title"))
st.caption(t("home.intro"))

as_of = sidebar_filters(regions=False).as_of
h = national_headline(data.regions(), data.reported_figures(), data.ascn_cities(), as_of=as_of)

c1, c2, c3, c4 = st.columns(4)
p = h["participants"]
c1.metric(t("home.participants"), fmt_number(p.computed))
c1.caption(t("home.participants_help", computed=fmt_number(p.computed), total=fmt_number(h["regions_total"].computed),
             reported=fmt_number(p.reported) if p.reported else t("home.not_reported"),
             year=p.reported_year or as_of))

pop, tot = h["population_reached"], h["population_total"]
share = fmt_percent(pop.computed / tot.computed)
c2.metric(t("home.population"), fmt_number(pop.computed))
if pop.reported is not None:
    c2.caption(t("home.population_help", share=share, total=fmt_number(tot.computed),
                 reported=fmt_number(pop.reported), year=pop.reported_year))
else:
    c2.caption(t("home.population_no_report", share=share, total=fmt_number(tot.computed), year=as_of))

c3.metric(t("home.provinces"), fmt_number(h["provinces_reached"].computed))
c3.caption(t("home.provinces_help", total=fmt_number(data.regions()["province_code"].nunique())))

a = h["ascn_network"]
c4.metric(t("home.ascn"), fmt_number(h["ascn_indonesia"].computed))
c4.caption(t("home.ascn_help", network=fmt_number(a.computed),
             reported=fmt_number(a.reported) if a.reported else t("home.not_reported")))

if p.reported is not None and p.reported > p.computed:
    st.info(t("home.identified_of_reported", computed=fmt_number(p.computed), reported=fmt_number(p.reported),
              missing=fmt_number(p.reported - p.computed)))
st.caption(t("home.population_note"))

with st.expander(t("home.sources")):
    rows = [(k, f) for k, f in h.items() if f.source]
    st.dataframe(pd.DataFrame({
        t("table.figure"): [k for k, _ in rows],
        t("table.year"): [f.reported_year for _, f in rows],
        t("table.value"): [f.reported for _, f in rows],
        t("table.source"): [f.source for _, f in rows],
        t("table.note"): [f.note for _, f in rows],
    }), hide_index=True, column_config={t("table.source"): st.column_config.LinkColumn()})
