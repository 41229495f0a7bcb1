"""Messages of the Equity page (keys ``equity.*``), also used by the Overview's equity headline."""

_WB = "https://openknowledge.worldbank.org/handle/10986/6896"

MESSAGES: dict[str, dict[str, str]] = {
    "nav.equity": {"en": "Reaching need", "id": "Menjangkau kebutuhan"},
    "equity.title": {"en": "Does the programme reach the regions that need it?",
                     "id": "Apakah program menjangkau daerah yang membutuhkannya?"},
    "equity.intro": {
        "en": "Participants against non-participants on real need indicators — the BPS Human Development Index, the "
              "poverty rate and GRDP per capita — as of the selected year: each indicator's latest value up to that "
              "year, its year shown beside it. Participation is as identified in open sources.",
        "id": "Peserta dibandingkan bukan peserta pada indikator kebutuhan nyata — Indeks Pembangunan Manusia BPS, "
              "persentase penduduk miskin dan PDRB per kapita — per tahun yang dipilih: nilai terbaru tiap indikator "
              "hingga tahun itu, dengan tahunnya di sampingnya. Keikutsertaan sebagaimana teridentifikasi dalam "
              "sumber terbuka."},
    "equity.sentence": {
        "en": "As of {year}, the {n} participants have a median HDI of {p} against {q} for the {m} non-participants "
              "(BPS, {hdi_year}). The programme reaches {low_share} of the lowest-HDI fifth of kab/kota ({low_n} of "
              "{low_total}) and {high_share} of the highest fifth; its concentration index is {ci}: participation "
              "{lean}.",
        "id": "Per {year}, {n} peserta memiliki median IPM {p} dibandingkan {q} untuk {m} bukan peserta (BPS, "
              "{hdi_year}). Program menjangkau {low_share} dari seperlima kab/kota ber-IPM terendah ({low_n} dari "
              "{low_total}) dan {high_share} dari seperlima tertinggi; indeks konsentrasinya {ci}: keikutsertaan "
              "{lean}."},
    "equity.sentence.none": {"en": "No kab/kota in view had joined the programme by {year}.",
                             "id": "Belum ada kab/kota dalam tampilan yang bergabung dengan program hingga {year}."},
    "equity.lean.higher": {"en": "leans towards the regions with higher human development",
                           "id": "condong ke daerah dengan pembangunan manusia lebih tinggi"},
    "equity.lean.lower": {"en": "leans towards the regions with lower human development",
                          "id": "condong ke daerah dengan pembangunan manusia lebih rendah"},
    "equity.lean.neutral": {"en": "is spread roughly in proportion across human development",
                            "id": "tersebar kurang lebih sebanding di seluruh tingkat pembangunan manusia"},
    "equity.lean.none": {"en": "cannot be measured (no participant in view)",
                         "id": "tidak dapat diukur (tidak ada peserta dalam tampilan)"},
    # metrics
    "equity.m.median": {"en": "Median HDI: participants · others", "id": "Median IPM: peserta · lainnya"},
    "equity.m.median_value": {"en": "{p} · {q}", "id": "{p} · {q}"},
    "equity.m.median_help": {"en": "Weighted by population: {pw} · {qw}", "id": "Tertimbang penduduk: {pw} · {qw}"},
    "equity.m.lowest": {"en": "Lowest-HDI fifth reached", "id": "Seperlima IPM terendah terjangkau"},
    "equity.m.poorest": {"en": "Poorest fifth reached", "id": "Seperlima termiskin terjangkau"},
    "equity.m.share_help": {"en": "{n} of {total} kab/kota", "id": "{n} dari {total} kab/kota"},
    "equity.m.ci": {"en": "Concentration index", "id": "Indeks konsentrasi"},
    "equity.m.ci_help": {
        "en": "By regions; by population {pop}. Below 0: participation concentrated among low-HDI regions; above 0: "
              "among high-HDI ones.",
        "id": "Menurut daerah; menurut penduduk {pop}. Di bawah 0: keikutsertaan terpusat di daerah ber-IPM rendah; "
              "di atas 0: di daerah ber-IPM tinggi."},
    # groups
    "equity.groups.title": {"en": "Participants and non-participants", "id": "Peserta dan bukan peserta"},
    "equity.groups.indicator": {"en": "Need indicator", "id": "Indikator kebutuhan"},
    "equity.groups.chart": {"en": "{indicator}, as of {year}", "id": "{indicator}, per {year}"},
    "equity.groups.participants": {"en": "Participants", "id": "Peserta"},
    "equity.groups.others": {"en": "Not participating", "id": "Bukan peserta"},
    "equity.groups.note": {
        "en": "Every dot a kab/kota; boxes show the quartiles. The table gives medians and means, plain and weighted "
              "by population, and the years of the values used.",
        "id": "Setiap titik satu kab/kota; kotak menunjukkan kuartil. Tabel memuat median dan rata-rata, biasa dan "
              "tertimbang penduduk, serta tahun nilai yang dipakai."},
    "equity.group.participants": {"en": "participants", "id": "peserta"},
    "equity.group.non_participants": {"en": "not participating", "id": "bukan peserta"},
    "equity.col.group": {"en": "Group", "id": "Kelompok"},
    "equity.col.regions": {"en": "Kab/kota", "id": "Kab/kota"},
    "equity.col.with_value": {"en": "With a value", "id": "Bernilai"},
    "equity.col.median": {"en": "Median", "id": "Median"},
    "equity.col.weighted_median": {"en": "Median (by population)", "id": "Median (tertimbang penduduk)"},
    "equity.col.mean": {"en": "Mean", "id": "Rata-rata"},
    "equity.col.weighted_mean": {"en": "Mean (by population)", "id": "Rata-rata (tertimbang penduduk)"},
    "equity.col.years": {"en": "Years of the values", "id": "Tahun nilai"},
    # quintiles
    "equity.quintile.title": {"en": "Reach by fifth of need", "id": "Jangkauan per seperlima kebutuhan"},
    "equity.quintile.by": {"en": "Fifths by", "id": "Seperlima menurut"},
    "equity.quintile.chart": {"en": "Share of each fifth reached, by {indicator}, {year}",
                              "id": "Bagian tiap seperlima yang terjangkau, menurut {indicator}, {year}"},
    "equity.quintile.x": {"en": "Fifth of the kab/kota (1 = most need)", "id": "Seperlima kab/kota (1 = paling membutuhkan)"},
    "equity.quintile.y": {"en": "Share reached", "id": "Bagian terjangkau"},
    "equity.quintile.regions": {"en": "Kab/kota", "id": "Kab/kota"},
    "equity.quintile.population": {"en": "Residents", "id": "Penduduk"},
    "equity.quintile.label": {"en": "Q{q} ({lo}–{hi})", "id": "K{q} ({lo}–{hi})"},
    "equity.quintile.note": {
        "en": "Fifths are national, over all 514 kab/kota: fifth 1 of the HDI is the regions at or below its 20th "
              "percentile; fifth 1 of poverty the regions at or above the 80th percentile of the poverty rate.",
        "id": "Seperlima bersifat nasional, atas seluruh 514 kab/kota: seperlima 1 IPM adalah daerah pada atau di "
              "bawah persentil ke-20; seperlima 1 kemiskinan adalah daerah pada atau di atas persentil ke-80 "
              "persentase penduduk miskin."},
    # curve
    "equity.curve.title": {"en": "Concentration curve", "id": "Kurva konsentrasi"},
    "equity.curve.chart": {"en": "Participation against kab/kota ranked by HDI, {year}",
                           "id": "Keikutsertaan terhadap kab/kota yang diurutkan menurut IPM, {year}"},
    "equity.curve.x": {"en": "Kab/kota ranked from the lowest HDI (cumulative share)",
                       "id": "Kab/kota diurutkan dari IPM terendah (bagian kumulatif)"},
    "equity.curve.y": {"en": "Cumulative share of the participation", "id": "Bagian kumulatif keikutsertaan"},
    "equity.curve.regions": {"en": "By kab/kota (C = {ci})", "id": "Menurut kab/kota (C = {ci})"},
    "equity.curve.population": {"en": "By residents (C = {ci})", "id": "Menurut penduduk (C = {ci})"},
    "equity.curve.equality": {"en": "Proportional participation", "id": "Keikutsertaan sebanding"},
    "equity.curve.note": {
        "en": "A curve below the diagonal means participation is concentrated among higher-HDI regions. The "
              "concentration index C = 2·cov(participation, HDI rank)/mean participation = 1 − 2 × the area under "
              "the curve, from −1 (all in the lowest-HDI regions) to +1 (all in the highest) "
              f"([O'Donnell et al., World Bank 2008]({_WB})).",
        "id": "Kurva di bawah diagonal berarti keikutsertaan terpusat di daerah ber-IPM lebih tinggi. Indeks "
              "konsentrasi C = 2·kov(keikutsertaan, peringkat IPM)/rata-rata keikutsertaan = 1 − 2 × luas di bawah "
              "kurva, dari −1 (semua di daerah ber-IPM terendah) hingga +1 (semua di yang tertinggi) "
              f"([O'Donnell dkk., Bank Dunia 2008]({_WB}))."},
    # cohorts
    "equity.cohorts.title": {"en": "Cohort by cohort since 2017", "id": "Kohort demi kohort sejak 2017"},
    "equity.cohorts.chart": {"en": "Concentration of participation by HDI after each cohort",
                             "id": "Konsentrasi keikutsertaan menurut IPM setelah tiap kohort"},
    "equity.cohorts.x": {"en": "Cohort year", "id": "Tahun kohort"},
    "equity.cohorts.y": {"en": "Concentration index", "id": "Indeks konsentrasi"},
    "equity.cohorts.zero": {"en": "0 = proportional", "id": "0 = sebanding"},
    "equity.cohorts.regions": {"en": "By kab/kota", "id": "Menurut kab/kota"},
    "equity.cohorts.population": {"en": "By residents", "id": "Menurut penduduk"},
    "equity.cohorts.note": {
        "en": "Each row is as of the cohort year (HDI of that year): the new cohort's median HDI and how many of it "
              "were in the lowest fifth, then all participants so far. The partly identified cohorts 2021–2023 are "
              "incomplete (see About the data).",
        "id": "Setiap baris per tahun kohort (IPM tahun itu): median IPM kohort baru dan berapa yang berada di "
              "seperlima terendah, lalu seluruh peserta hingga saat itu. Kohort 2021–2023 baru teridentifikasi "
              "sebagian (lihat Tentang data)."},
    "equity.col.cohort_year": {"en": "Cohort", "id": "Kohort"},
    "equity.col.new_participants": {"en": "New", "id": "Baru"},
    "equity.col.new_median_hdi": {"en": "New: median HDI", "id": "Baru: median IPM"},
    "equity.col.new_in_lowest_quintile": {"en": "New in lowest fifth", "id": "Baru di seperlima terendah"},
    "equity.col.participants": {"en": "Participants", "id": "Peserta"},
    "equity.col.participants_median_hdi": {"en": "Participants: median HDI", "id": "Peserta: median IPM"},
    "equity.col.non_participants_median_hdi": {"en": "Others: median HDI", "id": "Lainnya: median IPM"},
    "equity.col.lowest_quintile_reached_share": {"en": "Lowest fifth reached", "id": "Seperlima terendah terjangkau"},
    "equity.col.concentration_index": {"en": "C (kab/kota)", "id": "C (kab/kota)"},
    "equity.col.concentration_index_population": {"en": "C (residents)", "id": "C (penduduk)"},
    # planner
    "equity.plan.title": {"en": "A next cohort by need", "id": "Kohort berikutnya menurut kebutuhan"},
    "equity.plan.intro": {
        "en": "The planner's need objective: invite the regions that reach the most residents of the lowest-HDI "
              "fifth, with at least the chosen number of participants in every province (an optimal choice; the "
              "table below downloads as CSV).",
        "id": "Tujuan kebutuhan pada perencana: undang daerah yang menjangkau penduduk terbanyak di seperlima IPM "
              "terendah, dengan sedikitnya jumlah peserta terpilih di setiap provinsi (pilihan optimal; tabel di "
              "bawah dapat diunduh sebagai CSV)."},
    "equity.plan.budget": {"en": "New regions", "id": "Daerah baru"},
    "equity.plan.min": {"en": "At least per province", "id": "Sedikitnya per provinsi"},
    "equity.plan.result": {
        "en": "{k} regions reach {people} more residents of the lowest-HDI fifth; the programme would then reach "
              "{share} of that fifth's residents.",
        "id": "{k} daerah menjangkau {people} penduduk tambahan di seperlima IPM terendah; program lalu akan "
              "menjangkau {share} penduduk seperlima itu."},
    "equity.reason.need": {"en": "lowest-HDI residents", "id": "penduduk IPM terendah"},
    "equity.reason.minimum": {"en": "province minimum", "id": "minimum provinsi"},
    "equity.plan.error": {"en": "No plan: {error}", "id": "Tidak ada rencana: {error}"},
    "equity.sources": {
        "en": "Sources: BPS (HDI, poverty; the 2010–2018 poverty compilation is CC BY-NC-SA 4.0), GRDP per capita "
              "from the QuaRCS lab compilation (MIT; 459 checked regions), Dukcapil 2024 population. See About the "
              "data.",
        "id": "Sumber: BPS (IPM, kemiskinan; kompilasi kemiskinan 2010–2018 berlisensi CC BY-NC-SA 4.0), PDRB per "
              "kapita dari kompilasi QuaRCS lab (MIT; 459 daerah yang dicek), penduduk Dukcapil 2024. Lihat Tentang "
              "data."},
}
