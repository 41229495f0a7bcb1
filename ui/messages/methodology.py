"""Messages of the Methodology page. Facts and their URLs come from ../shared/DOMAIN.md."""

_HANDBOOK = "https://knowledge4policy.ec.europa.eu/composite-indicators/toolkit_en/navigation-page/10-step-guide_en"
_COINR = "https://search.r-project.org/CRAN/refmans/COINr/html/plot_uncertainty.html"
_ITB = "https://kabarkampus.com/2017/12/surabaya-dinobatkan-sebagai-kota-besar-paling-cerdas-di-indonesia/"
_GARUDA = "http://properti.kompas.com/read/xml/2016/09/22/182433821/belum.ada.smart.city.di.indonesia"
_SLEMAN = "https://kominfo.slemankab.go.id/monev-smart-city-kabupaten-sleman/"
_PILLARS = "https://arikamedia.id/pj-wali-kota-apresiasi-peningkatan-indeks-smart-city-2024/2"
_PILLARS2 = ("https://properti.kompas.com/copy/2020/11/05/201641021/"
             "pulau-jawa-dominasi-proyek-smart-city-sebesar-60-persen")
_TUWIEN = "http://smart-cities.eu/?cid=2&ver=2"
_APTIKA = "https://aptika.kominfo.go.id/2019/08/6545/"
_INEWS = ("https://cimahi.inews.id/read/345099/"
          "menkominfo-sebut-241-daerah-di-indonesia-telah-menikmati-dampak-smart-city/all")
_KEDIRI = ("https://bangsaonline.com/amp/berita/113379/"
           "hasil-evaluasi-smart-city-2022-kota-kediri-ke-4-tertinggi-se-jawa-timur")
_BANDUNG = "https://bewarajabar.com/?p=112612"

MESSAGES: dict[str, dict[str, str]] = {
    "method.title": {"en": "How the indices are built", "id": "Cara indeks disusun"},
    "method.intro": {
        "en": "The index summarises a participant's six pillar scores in one number and a maturity level. Every "
              "step involves a choice; change them below and see how much the ranking depends on them.",
        "id": "Indeks merangkum enam skor pilar seorang peserta menjadi satu angka dan satu tingkat kematangan. "
              "Setiap langkah melibatkan pilihan; ubah pilihan di bawah dan lihat seberapa besar peringkat "
              "bergantung padanya."},
    # settings
    "method.settings.title": {"en": "Your settings", "id": "Pengaturan Anda"},
    "method.settings.intro": {
        "en": "Weights are relative: they are rescaled to sum to 1, so equal weights (the default) mean each pillar "
              "counts one sixth.",
        "id": "Bobot bersifat relatif: diskalakan ulang hingga berjumlah 1, jadi bobot sama (bawaan) berarti "
              "setiap pilar bernilai seperenam."},
    "method.weight_help": {"en": "Weight of this pillar relative to the others (0 leaves it out).",
                           "id": "Bobot pilar ini relatif terhadap pilar lain (0 mengeluarkannya)."},
    "method.normalisation": {"en": "Normalisation", "id": "Normalisasi"},
    "method.normalisation_help": {
        "en": "How pillar scores are put on a common scale before they are combined.",
        "id": "Cara skor pilar dibawa ke skala yang sama sebelum digabungkan."},
    "method.aggregation": {"en": "Aggregation", "id": "Agregasi"},
    "method.aggregation_help": {
        "en": "Arithmetic: a weak pillar can be offset by a strong one. Geometric: less compensation; a zero "
              "pillar makes the index zero.",
        "id": "Aritmetika: pilar lemah dapat diimbangi pilar kuat. Geometrik: kompensasi lebih kecil; satu pilar "
              "bernilai nol membuat indeks nol."},
    "method.reset": {"en": "Default settings", "id": "Pengaturan bawaan"},
    "method.min_pillars": {"en": "Completeness rule: pillars a region needs for an index and a rank",
                           "id": "Aturan kelengkapan: jumlah pilar yang diperlukan untuk indeks dan peringkat"},
    "method.min_pillars_help": {
        "en": "A region evaluated on fewer pillars shows 'insufficient data' instead of an index, a level and a "
              "rank (COINr's data-availability threshold). Default {default} of {n}: one strong pillar alone can "
              "never make a region 'smart' or first in the country.",
        "id": "Daerah yang dinilai pada lebih sedikit pilar ditampilkan 'data tidak cukup', tanpa indeks, tingkat "
              "dan peringkat (ambang ketersediaan data COINr). Bawaan {default} dari {n}: satu pilar kuat saja tidak "
              "pernah menjadikan daerah 'cerdas' atau peringkat pertama nasional."},
    "method.norm.none": {"en": "None (the ministry's 0–4 scale)", "id": "Tanpa (skala 0–4 kementerian)"},
    "method.norm.minmax": {"en": "Min–max (0–100)", "id": "Min–maks (0–100)"},
    "method.norm.goalposts": {"en": "Goalposts 0–4 → 0–100", "id": "Batas tetap 0–4 → 0–100"},
    "method.norm.zscore": {"en": "z-score", "id": "Skor-z"},
    "method.norm.rank": {"en": "Percentile rank (0–100)", "id": "Peringkat persentil (0–100)"},
    "method.norm.none.explain": {
        "en": "None: the scores stay on the ministry's 0–4 evaluation scale (the default; maturity level from the "
              "index × 25).",
        "id": "Tanpa: skor tetap pada skala evaluasi 0–4 kementerian (bawaan; tingkat kematangan dari indeks × 25)."},
    "method.norm.minmax.explain": {
        "en": "Min–max: 100 × (x − min) / (max − min) over the participants, per pillar. Relative: the best "
              "participant gets 100, the weakest 0.",
        "id": "Min–maks: 100 × (x − min) / (maks − min) atas seluruh peserta, per pilar. Relatif: peserta terbaik "
              "mendapat 100, terlemah 0."},
    "method.norm.goalposts.explain": {
        "en": "Goalposts: 100 × x / 4 with the fixed ends of the 0–4 scale. Absolute, so maturity levels keep "
              "their meaning.",
        "id": "Batas tetap: 100 × x / 4 dengan ujung tetap skala 0–4. Absolut, sehingga tingkat kematangan tetap "
              "bermakna."},
    "method.norm.zscore.explain": {
        "en": "z-score: (x − mean) / standard deviation per pillar (as the TU Wien European Smart City model). "
              "Relative; negative values rule out the geometric mean.",
        "id": "Skor-z: (x − rata-rata) / simpangan baku per pilar (seperti model European Smart City TU Wien). "
              "Relatif; nilai negatif membuat rata-rata geometrik tidak dapat dipakai."},
    "method.norm.rank.explain": {
        "en": "Percentile rank: the participant's position among all participants per pillar, worst 0, best 100. "
              "Robust to outliers, but discards distances.",
        "id": "Peringkat persentil: posisi peserta di antara seluruh peserta per pilar, terburuk 0, terbaik 100. "
              "Tahan terhadap pencilan, tetapi mengabaikan jarak."},
    "method.agg.arithmetic": {"en": "Arithmetic mean", "id": "Rata-rata aritmetika"},
    "method.agg.geometric": {"en": "Geometric mean", "id": "Rata-rata geometrik"},
    "method.all_zero": {"en": "All weights are 0: give at least one pillar a weight above 0.",
                        "id": "Semua bobot 0: beri setidaknya satu pilar bobot di atas 0."},
    "method.zscore_geometric": {
        "en": "The geometric mean is undefined for z-scores (they are negative below the mean), so the arithmetic "
              "mean is used.",
        "id": "Rata-rata geometrik tidak terdefinisi untuk skor-z (negatif di bawah rata-rata), jadi rata-rata "
              "aritmetika yang dipakai."},
    # ranking
    "method.ranking.title": {"en": "Ranking with your settings ({year})", "id": "Peringkat dengan pengaturan Anda ({year})"},
    "method.ranking.summary": {
        "en": "{n} evaluated participants in view, ranked nationally. {moved} changed rank compared with the default "
              "settings (equal weights, no normalisation, arithmetic mean); the largest move is {biggest} places.",
        "id": "{n} peserta yang dievaluasi dalam tampilan, diperingkat secara nasional. {moved} berubah peringkat "
              "dibanding pengaturan bawaan (bobot sama, tanpa normalisasi, rata-rata aritmetika); pergeseran "
              "terbesar {biggest} posisi peringkat."},
    "method.ranking.no_levels": {
        "en": "Maturity levels are absolute ratings: they are shown only for the 'none' and 'goalposts' "
              "normalisations, not for relative ones.",
        "id": "Tingkat kematangan adalah peringkat absolut: hanya ditampilkan untuk normalisasi 'tanpa' dan "
              "'batas tetap', bukan yang relatif."},
    "method.ranking.top": {"en": "**Top {n}**", "id": "**{n} teratas**"},
    "method.ranking.bottom": {"en": "**Bottom {n}**", "id": "**{n} terbawah**"},
    "method.ranking.all": {"en": "All {n} participants in view", "id": "Seluruh {n} peserta dalam tampilan"},
    "method.ranking.empty": {
        "en": "No participant in view has an evaluation up to {year} (participants are evaluated from the year "
              "after they join; the first evaluations are from 2018), so there is nothing to rank.",
        "id": "Belum ada peserta dalam tampilan yang dievaluasi hingga {year} (peserta dievaluasi mulai tahun "
              "setelah bergabung; evaluasi pertama tahun 2018), jadi belum ada yang dapat diperingkat."},
    "method.col.rank": {"en": "Rank", "id": "Peringkat"},
    "method.col.name": {"en": "Kab/kota", "id": "Kab/kota"},
    "method.col.province": {"en": "Province", "id": "Provinsi"},
    "method.col.index": {"en": "Index", "id": "Indeks"},
    "method.col.index_100": {"en": "Index (0–100)", "id": "Indeks (0–100)"},
    "method.col.level": {"en": "Level", "id": "Tingkat"},
    "method.col.default_rank": {"en": "Default", "id": "Bawaan"},
    "method.col.change": {"en": "Change", "id": "Perubahan"},
    # uncertainty
    "method.uncertainty.title": {"en": "How certain is the ranking?", "id": "Seberapa pasti peringkat ini?"},
    "method.uncertainty.intro": {
        "en": "Monte Carlo uncertainty analysis ({n} replications, seed {seed}): each replication multiplies every "
              "weight by a random factor between 0.75 and 1.25 and draws the normalisation (min–max, z-score, "
              "percentile rank, goalposts) and the aggregation (arithmetic, geometric); your settings are the "
              "nominal case.",
        "id": "Analisis ketidakpastian Monte Carlo ({n} replikasi, seed {seed}): setiap replikasi mengalikan setiap "
              "bobot dengan faktor acak antara 0,75 dan 1,25 serta mengundi normalisasi (min–maks, skor-z, "
              "peringkat persentil, batas tetap) dan agregasi (aritmetika, geometrik); pengaturan Anda menjadi "
              "kasus nominal."},
    "method.uncertainty.running": {"en": "Running {n} Monte Carlo replications…",
                                   "id": "Menjalankan {n} replikasi Monte Carlo…"},
    "method.uncertainty.chart": {"en": "Median rank and 5–95% interval of {n} participants",
                                 "id": "Peringkat median dan interval 5–95% dari {n} peserta"},
    "method.uncertainty.x": {"en": "Participants, ordered by median rank",
                             "id": "Peserta, diurutkan menurut peringkat median"},
    "method.uncertainty.y": {"en": "Rank (1 = best)", "id": "Peringkat (1 = terbaik)"},
    "method.uncertainty.median": {"en": "Median rank", "id": "Peringkat median"},
    "method.uncertainty.nominal": {"en": "Rank with your settings", "id": "Peringkat dengan pengaturan Anda"},
    "method.uncertainty.interval": {"en": "5–95% interval", "id": "Interval 5–95%"},
    "method.uncertainty.note": {
        "en": "Dots: median rank over the replications; bars: 5th to 95th percentile; circles: the rank with your "
              "settings. Median interval width {median} places; widest {widest} places ({name}).",
        "id": "Titik: peringkat median dari seluruh replikasi; batang: persentil ke-5 hingga ke-95; lingkaran: "
              "peringkat dengan pengaturan Anda. Lebar interval median {median} posisi; terlebar {widest} posisi "
              "({name})."},
    "method.sensitivity.title": {"en": "**Which choice matters most?**", "id": "**Pilihan mana yang paling berpengaruh?**"},
    "method.sensitivity.chart": {"en": "Mean rank shift when only one choice varies",
                                 "id": "Rata-rata pergeseran peringkat bila hanya satu pilihan berubah"},
    "method.sensitivity.x": {"en": "Mean absolute rank shift (places)", "id": "Rata-rata pergeseran mutlak (posisi peringkat)"},
    "method.sensitivity.choice": {"en": "Choice varied", "id": "Pilihan yang diubah"},
    "method.sensitivity.mean": {"en": "Mean shift", "id": "Rata-rata pergeseran"},
    "method.sensitivity.max": {"en": "Largest shift", "id": "Pergeseran terbesar"},
    "method.sensitivity.note": {
        "en": "Each row reruns the replications varying only that choice and measures how far ranks move from the "
              "nominal ranking (mean and maximum over participants and replications).",
        "id": "Setiap baris menjalankan ulang replikasi dengan hanya mengubah pilihan itu dan mengukur seberapa jauh "
              "peringkat bergeser dari peringkat nominal (rata-rata dan maksimum atas peserta dan replikasi)."},
    "method.choice.weights": {"en": "Weights (±25%)", "id": "Bobot (±25%)"},
    "method.choice.normalisation": {"en": "Normalisation", "id": "Normalisasi"},
    "method.choice.aggregation": {"en": "Aggregation", "id": "Agregasi"},
    # explanation
    "method.explain.title": {"en": "The method in plain words", "id": "Metode dengan bahasa sederhana"},
    "method.explain.handbook": {
        "en": "**A recognised recipe.** The index follows the JRC/OECD *Handbook on Constructing Composite "
              "Indicators*, whose ten steps run: theoretical framework → data selection → imputation and outliers "
              "→ multivariate analysis → normalisation → weighting and aggregation → uncertainty and sensitivity "
              f"analysis → back to the data → links to other indicators → visualisation ([JRC 10-step guide]({_HANDBOOK})). "
              "The computation mirrors the JRC's COINr package: normalise, weight and aggregate level by level, "
              f"then a Monte Carlo uncertainty analysis shown as median ranks with 5th–95th percentile bars ([COINr]({_COINR})).",
        "id": "**Resep yang diakui.** Indeks mengikuti *Handbook on Constructing Composite Indicators* JRC/OECD, "
              "dengan sepuluh langkah: kerangka teori → pemilihan data → imputasi dan pencilan → analisis "
              "multivariat → normalisasi → pembobotan dan agregasi → analisis ketidakpastian dan sensitivitas → "
              f"kembali ke data → kaitan dengan indikator lain → visualisasi ([panduan 10 langkah JRC]({_HANDBOOK})). "
              "Perhitungannya meniru paket COINr dari JRC: normalisasi, pembobotan dan agregasi per tingkat, lalu "
              "analisis ketidakpastian Monte Carlo yang ditampilkan sebagai peringkat median dengan batang persentil "
              f"ke-5–95 ([COINr]({_COINR}))."},
    "method.explain.pillars": {
        "en": "**Six pillars.** The programme evaluates governance, branding, economy, society, living and "
              f"environment ([arikamedia]({_PILLARS}); [Kompas]({_PILLARS2})). Each pillar score is on the "
              "ministry's 0–4 evaluation scale.",
        "id": "**Enam pilar.** Program mengevaluasi tata kelola, branding, ekonomi, masyarakat, hunian dan "
              f"lingkungan ([arikamedia]({_PILLARS}); [Kompas]({_PILLARS2})). Setiap skor pilar berada pada skala "
              "evaluasi 0–4 kementerian."},
    "method.explain.index": {
        "en": "**One index.** By default the index is the plain mean of the six pillars on the 0–4 scale (equal "
              "weights, no normalisation, arithmetic mean). Each participant contributes its latest evaluation up "
              "to the selected year; ranks are national, so a filter never changes a rank. The TU Wien European "
              f"Smart City model instead standardises with z-scores and aggregates unweighted ([smart-cities.eu]({_TUWIEN})); "
              "you can try that above.",
        "id": "**Satu indeks.** Secara bawaan indeks adalah rata-rata biasa enam pilar pada skala 0–4 (bobot sama, "
              "tanpa normalisasi, rata-rata aritmetika). Setiap peserta menyumbang evaluasi terakhirnya hingga tahun "
              "yang dipilih; peringkat bersifat nasional, jadi filter tidak pernah mengubah peringkat. Model European "
              f"Smart City TU Wien justru menstandarkan dengan skor-z dan menggabungkan tanpa bobot ([smart-cities.eu]({_TUWIEN})); "
              "Anda dapat mencobanya di atas."},
    "method.explain.levels": {
        "en": "**Maturity levels.** ITB's city rating (Rating Kota Cerdas Indonesia) uses five levels: ad hoc → "
              f"initial → scattered → integrated → smart ([kabarkampus]({_ITB})). The Garuda Smart City maturity "
              f"model scores out of 100 and counts 80 or more as smart ([Kompas]({_GARUDA})). Here the index on "
              "0–100 (0–4 × 25) maps to ad hoc below 20, initial 20–40, scattered 40–60, integrated 60–80 and smart "
              "80 or more. Levels are absolute, so they need an absolute scale (no normalisation or goalposts).",
        "id": "**Tingkat kematangan.** Rating Kota Cerdas Indonesia dari ITB memakai lima tingkat: ad hoc → inisiasi "
              f"→ tersebar → terintegrasi → cerdas ([kabarkampus]({_ITB})). Model kematangan Garuda Smart City "
              f"memberi skor dari 100 dan menganggap 80 ke atas cerdas ([Kompas]({_GARUDA})). Di sini indeks 0–100 "
              "(0–4 × 25) dipetakan: ad hoc di bawah 20, inisiasi 20–40, tersebar 40–60, terintegrasi 60–80 dan "
              "cerdas 80 ke atas. Tingkat bersifat absolut, jadi memerlukan skala absolut (tanpa normalisasi atau "
              "batas tetap)."},
    "method.explain.uncertainty": {
        "en": "**Uncertainty.** No single set of choices is the right one, so the ranking is recomputed a thousand "
              "times with randomly perturbed weights and randomly chosen normalisation and aggregation. A "
              "participant whose bar is short keeps its place whatever the choices; a long bar means its rank "
              "depends on them.",
        "id": "**Ketidakpastian.** Tidak ada satu set pilihan yang paling benar, jadi peringkat dihitung ulang seribu "
              "kali dengan bobot yang diacak dan normalisasi serta agregasi yang diundi. Peserta dengan batang "
              "pendek mempertahankan posisinya apa pun pilihannya; batang panjang berarti peringkatnya bergantung "
              "pada pilihan tersebut."},
    "method.explain.ministry": {
        "en": "**How the ministry evaluates.** Participants assess themselves and assessors validate the result. "
              "The ministry scores five evaluation dimensions with weights that vary by year, e.g. Baseline 10%, "
              f"Output 20%, Outcome 30%, Impact 30%, Quick Win 10% ([Kominfo Sleman]({_SLEMAN})), and reports an "
              "achievement index, an improvement index and per-pillar indices. Example: Kota Kediri 2022, overall "
              f"3.31, 22nd nationally ([bangsaonline]({_KEDIRI})); Kota Bandung was best of the first 100 with 3.71 "
              f"([bewarajabar]({_BANDUNG})). Those dimension scores are not open data, so this dashboard's index "
              "combines the pillars instead.",
        "id": "**Cara kementerian mengevaluasi.** Peserta melakukan penilaian mandiri yang kemudian divalidasi "
              "asesor. Kementerian menilai lima dimensi evaluasi dengan bobot yang berubah tiap tahun, misalnya "
              f"Baseline 10%, Output 20%, Outcome 30%, Impact 30%, Quick Win 10% ([Kominfo Sleman]({_SLEMAN})), "
              "dan melaporkan indeks capaian, indeks peningkatan dan indeks per pilar. Contoh: Kota Kediri 2022, "
              f"keseluruhan 3,31, peringkat 22 nasional ([bangsaonline]({_KEDIRI})); Kota Bandung terbaik dari 100 "
              f"pertama dengan 3,71 ([bewarajabar]({_BANDUNG})). Skor dimensi tersebut bukan data terbuka, jadi "
              "indeks dasbor ini menggabungkan pilar."},
    "method.provenance.title": {"en": "Where the data come from", "id": "Asal data"},
    "method.provenance.body": {
        "en": "- **Participants:** the Gerakan Menuju Smart City programme of Kominfo (now Komdigi) "
              f"([Aptika Kominfo]({_APTIKA})); cohorts of 25 (2017), 50 (2018), 25 (2019), none in 2020, 48 (2021), "
              f"50 (2022) and 50 (2023). Those announcements add up to 248 places; the ministry reports **241 kab/kota** "
              f"reaching 183,748,772 residents by 2023 ([iNews]({_INEWS})) — distinct kab/kota: the 2023 cohort also "
              "named two provinces (DIY, Jawa Barat), which are not kab/kota, and some regions were named again. The "
              "published lists identify 225 of the 241 by name; the dashboard shows both figures. "
              "Each participant in the database carries the URL of the list or news item that names it.\n"
              "- **Population:** Dukcapil (Ministry of Home Affairs civil registry), semester II 2024.\n"
              "- **Pillar scores:** no per-region scores are published as open data, so the scores are "
              "**synthetic** (seeded demo values) except the published Kota Kediri 2022 evaluation. See *About the "
              "data* for every file, its source and licence, and how the synthetic scores are generated.",
        "id": "- **Peserta:** program Gerakan Menuju Smart City Kominfo (kini Komdigi) "
              f"([Aptika Kominfo]({_APTIKA})); kohort 25 (2017), 50 (2018), 25 (2019), tidak ada pada 2020, 48 (2021), "
              f"50 (2022) dan 50 (2023). Pengumuman itu berjumlah 248 tempat; kementerian melaporkan **241 kab/kota** "
              f"yang menjangkau 183.748.772 penduduk per 2023 ([iNews]({_INEWS})) — kab/kota yang berbeda: kohort 2023 "
              "juga menyebut dua provinsi (DIY, Jawa Barat), yang bukan kab/kota, dan beberapa daerah disebut lagi. "
              "Daftar yang terbit mengidentifikasi 225 dari 241 itu menurut nama; dasbor menampilkan kedua angka. "
              "Setiap peserta di basis data menyimpan URL daftar atau berita yang menyebutkannya.\n"
              "- **Penduduk:** Dukcapil (Kementerian Dalam Negeri), semester II 2024.\n"
              "- **Skor pilar:** skor per daerah tidak diterbitkan sebagai data terbuka, jadi skornya **sintetis** "
              "(nilai demo dengan seed) kecuali hasil evaluasi Kota Kediri 2022 yang terbit. Lihat *Tentang data* "
              "untuk setiap berkas, sumber dan lisensinya, serta cara skor sintetis dibuat."},
    # ------------------------------------------------------------------ the open-statistics index (open lens)
    "method.open.intro": {
        "en": "The open-statistics index summarises real BPS and Kemendes indicators of every kab/kota in four pillars "
              "and one number on 0–100. Every step involves a choice; change them below and see how much the ranking "
              "depends on them. The method and its tables are at the bottom.",
        "id": "Indeks statistik terbuka merangkum indikator nyata BPS dan Kemendes setiap kab/kota dalam empat pilar "
              "dan satu angka 0–100. Setiap langkah melibatkan pilihan; ubah pilihan di bawah dan lihat seberapa besar "
              "peringkat bergantung padanya. Metode dan tabelnya ada di bagian bawah."},
    "method.open.settings_intro": {
        "en": "Pillar weights are relative (rescaled to sum to 1); indicators inside a pillar weigh equally.",
        "id": "Bobot pilar bersifat relatif (diskalakan ulang hingga berjumlah 1); indikator dalam satu pilar berbobot "
              "sama."},
    "method.open.min_pillars_help": {
        "en": "A kab/kota with fewer of the {n} pillars with open data shows 'insufficient data' instead of an index, "
              "a level and a rank. Default {default} of {n}; a pillar itself needs at least one of its indicators.",
        "id": "Kab/kota dengan pilar berdata terbuka lebih sedikit dari ini (dari {n}) ditampilkan 'data tidak cukup', "
              "tanpa indeks, tingkat dan peringkat. Bawaan {default} dari {n}; sebuah pilar memerlukan sedikitnya satu "
              "indikatornya."},
    "method.open.norm.goalposts": {"en": "Goalposts (stated per indicator) → 0–100",
                                   "id": "Batas tetap (per indikator) → 0–100"},
    "method.open.norm.minmax": {"en": "Min–max (0–100)", "id": "Min–maks (0–100)"},
    "method.open.norm.zscore": {"en": "z-score", "id": "Skor-z"},
    "method.open.norm.rank": {"en": "Percentile rank (0–100)", "id": "Peringkat persentil (0–100)"},
    "method.open.norm.goalposts.explain": {
        "en": "Goalposts (the default): 100 × (x − worst) / (best − worst) with the fixed goalposts in the table "
              "below, clipped to 0–100. Absolute, so a level means the same in every year.",
        "id": "Batas tetap (bawaan): 100 × (x − terburuk) / (terbaik − terburuk) dengan batas tetap pada tabel di "
              "bawah, dipotong ke 0–100. Absolut, sehingga tingkat bermakna sama setiap tahun."},
    "method.open.norm.minmax.explain": {
        "en": "Min–max: the best kab/kota gets 100 and the weakest 0 on each indicator. Relative: no levels.",
        "id": "Min–maks: kab/kota terbaik mendapat 100 dan terlemah 0 pada tiap indikator. Relatif: tanpa tingkat."},
    "method.open.norm.zscore.explain": {
        "en": "z-score: (x − mean) / standard deviation per indicator. Relative; negative values rule out the "
              "geometric mean.",
        "id": "Skor-z: (x − rata-rata) / simpangan baku per indikator. Relatif; nilai negatif membuat rata-rata "
              "geometrik tidak dapat dipakai."},
    "method.open.norm.rank.explain": {
        "en": "Percentile rank: the kab/kota's position per indicator, worst 0, best 100. Robust to outliers, but "
              "discards distances.",
        "id": "Peringkat persentil: posisi kab/kota per indikator, terburuk 0, terbaik 100. Tahan pencilan, tetapi "
              "mengabaikan jarak."},
    "method.open.ranking_title": {"en": "Ranking of the 514 kab/kota with your settings ({year})",
                                  "id": "Peringkat 514 kab/kota dengan pengaturan Anda ({year})"},
    "method.open.ranking_summary": {
        "en": "{n} kab/kota in view, ranked nationally. {moved} changed rank compared with the default settings "
              "(goalposts, equal weights, arithmetic mean, 3 of 4 pillars); the largest move is {biggest} places.",
        "id": "{n} kab/kota dalam tampilan, diperingkat secara nasional. {moved} berubah peringkat dibanding "
              "pengaturan bawaan (batas tetap, bobot sama, rata-rata aritmetika, 3 dari 4 pilar); pergeseran terbesar "
              "{biggest} posisi peringkat."},
    "method.open.no_levels": {
        "en": "Levels are shown only with goalposts: the relative normalisations have no absolute scale.",
        "id": "Tingkat hanya ditampilkan dengan batas tetap: normalisasi relatif tidak memiliki skala absolut."},
    "method.open.ranking_all": {"en": "All {n} kab/kota in view", "id": "Seluruh {n} kab/kota dalam tampilan"},
    "method.open.uncertainty_chart": {"en": "Median rank and 5–95% interval of {n} kab/kota",
                                      "id": "Peringkat median dan interval 5–95% dari {n} kab/kota"},
    "method.open.uncertainty_x": {"en": "Kab/kota, ordered by median rank", "id": "Kab/kota, diurutkan menurut peringkat median"},
    "method.open.explain_title": {"en": "The open-statistics index, step by step",
                                  "id": "Indeks statistik terbuka, langkah demi langkah"},
    "method.open.explain.framework": {
        "en": "**Framework as data.** `data/framework/open_index_framework.csv` lists the indicators, the pillar each "
              "feeds, its direction and goalposts; the composite engine (the same as for the evaluation scores) "
              "normalises, weights and aggregates level by level. Only pillars with open data get a score: "
              "economy, society, living and environment, as the catalogue suggests. {pillars}: **no open data** — "
              "no per-region statistics exist openly, so they get no score, never an estimate.",
        "id": "**Kerangka sebagai data.** `data/framework/open_index_framework.csv` memuat indikator, pilar yang "
              "diisinya, arah dan batas tetapnya; mesin indeks komposit (sama dengan untuk skor evaluasi) "
              "menormalisasi, membobot dan menggabungkan per tingkat. Hanya pilar yang memiliki data terbuka yang "
              "dinilai: ekonomi, masyarakat, hunian dan lingkungan, sesuai saran katalog. {pillars}: **tidak ada data "
              "terbuka** — tidak ada statistik per daerah yang terbuka, jadi tidak dinilai, tidak pernah diperkirakan."},
    "method.open.explain.double": {
        "en": "**No double counting.** The Human Development Index is built from life expectancy, the two schooling "
              "indicators and adjusted spending, so the index takes those four components and not the HDI (which stays "
              "the need indicator of the equity analysis). The Village Development Index is the mean of its social, "
              "economic and environmental resilience indices: only the three components enter; the village status "
              "shares (classes of the same index) and the village count stay out.",
        "id": "**Tanpa hitung ganda.** Indeks Pembangunan Manusia disusun dari umur harapan hidup, dua indikator "
              "lama sekolah dan pengeluaran disesuaikan, jadi indeks memakai keempat komponen itu dan bukan IPM (yang "
              "tetap menjadi indikator kebutuhan dalam analisis pemerataan). Indeks Desa Membangun adalah rata-rata "
              "indeks ketahanan sosial, ekonomi dan lingkungannya: hanya ketiga komponen itu yang masuk; bagian status "
              "desa (kelas dari indeks yang sama) dan jumlah desa tidak."},
    "method.open.explain.coherence": {
        "en": "**Coherence (handbook step 4).** Every indicator of the index moves with human development (Spearman "
              "correlation with the HDI below, direction applied). The open unemployment rate and labour participation "
              "(2021) move against it: unemployment is highest in urban, richer kab/kota and participation highest in "
              "rural, subsistence ones — they describe the labour market's structure, not welfare — so they stay in "
              "the Indicator explorer and out of the index.",
        "id": "**Koherensi (langkah 4 buku panduan).** Setiap indikator indeks bergerak searah pembangunan manusia "
              "(korelasi Spearman dengan IPM di bawah, arah diterapkan). Tingkat pengangguran terbuka dan partisipasi "
              "angkatan kerja (2021) bergerak berlawanan: pengangguran tertinggi di kab/kota perkotaan yang lebih kaya "
              "dan partisipasi tertinggi di daerah pedesaan subsisten — keduanya menggambarkan struktur pasar kerja, "
              "bukan kesejahteraan — jadi keduanya tetap di Penjelajah indikator dan di luar indeks."},
    "method.open.explain.goalposts": {
        "en": "**Goalposts, stated per indicator.** BPS's own HDI goalposts where they exist (life expectancy 20–85 "
              "years, expected schooling 0–18, mean schooling 0–15, adjusted spending Rp 1,007,436–26,572,352 a year "
              "on a log scale); the natural bounds of shares (0–100%) and of the village indices (0–1); otherwise the "
              "rounded range observed in 2010–2024 (poverty 0–50%, GRDP per capita). Values beyond a goalpost count as "
              "0 or 100.",
        "id": "**Batas tetap, per indikator.** Batas IPM milik BPS bila ada (umur harapan hidup 20–85 tahun, harapan "
              "lama sekolah 0–18, rata-rata lama sekolah 0–15, pengeluaran disesuaikan Rp 1.007.436–26.572.352 setahun "
              "pada skala log); batas alami bagian (0–100%) dan indeks desa (0–1); selain itu rentang pengamatan "
              "2010–2024 yang dibulatkan (kemiskinan 0–50%, PDRB per kapita). Nilai di luar batas dihitung 0 atau 100."},
    "method.open.explain.skew": {
        "en": "**Skewed indicators.** The JRC/OECD handbook (step 3) treats outliers by transformation or "
              "winsorisation; COINr flags an indicator when |skewness| > 2 and kurtosis > 3.5. GRDP per capita is far "
              "above (mining regions): it is taken as a logarithm before its goalposts, and its upper goalpost "
              "(250,000 thousand IDR, about the 99th percentile of 2010–2024) caps the few highest values — "
              "winsorising them. Adjusted spending is logged as BPS does in the HDI. Safe drinking water sits at the "
              "edge of the rule; it is bounded by 0–100% and its low values are the regions with least access, so it "
              "is kept as it is.",
        "id": "**Indikator yang menceng.** Buku panduan JRC/OECD (langkah 3) menangani pencilan dengan transformasi "
              "atau winsorisasi; COINr menandai indikator bila |kemencengan| > 2 dan kurtosis > 3,5. PDRB per kapita "
              "jauh di atasnya (daerah tambang): nilainya diambil logaritmanya sebelum batas tetap, dan batas atasnya "
              "(250.000 ribu rupiah, sekitar persentil ke-99 2010–2024) memangkas beberapa nilai tertinggi — "
              "mewinsorisasinya. Pengeluaran disesuaikan diambil lognya seperti BPS dalam IPM. Air minum layak berada "
              "di tepi aturan; nilainya dibatasi 0–100% dan nilai rendahnya adalah daerah dengan akses terkecil, jadi "
              "dibiarkan apa adanya."},
    "method.open.explain.missing": {
        "en": "**Missing stays missing.** A pillar averages the indicators a region has, with the weights rescaled "
              "(the engine's re-normalised weights); nothing is imputed or set to zero. Completeness rule, per level: "
              "a pillar needs at least one of its indicators, the index at least {min} of the {n} pillars (adjustable "
              "above); below it the region shows 'insufficient data', without an index, a level or a rank.",
        "id": "**Yang kosong tetap kosong.** Sebuah pilar merata-ratakan indikator yang dimiliki daerah, dengan bobot "
              "diskalakan ulang (bobot ternormalisasi ulang mesin indeks); tidak ada yang diimputasi atau dijadikan "
              "nol. Aturan kelengkapan, per tingkat: sebuah pilar memerlukan sedikitnya satu indikatornya, indeks "
              "sedikitnya {min} dari {n} pilar (dapat diubah di atas); di bawahnya daerah ditampilkan 'data tidak "
              "cukup', tanpa indeks, tingkat atau peringkat."},
    "method.open.explain.levels": {
        "en": "**Levels.** With goalposts the index is an absolute 0–100 score, so the ITB thresholds apply as bands "
              "(ad hoc < 20 ≤ initial < 40 ≤ scattered < 60 ≤ integrated < 80 ≤ smart): how far a region sits between "
              "the stated worst and best values, not an ITB rating. Relative normalisations (min–max, z-score, rank) "
              "get no level. Ranks use the index as shown (rounded once), as for the evaluation scores.",
        "id": "**Tingkat.** Dengan batas tetap indeks menjadi skor absolut 0–100, sehingga ambang ITB berlaku sebagai "
              "pita (ad hoc < 20 ≤ inisiasi < 40 ≤ tersebar < 60 ≤ terintegrasi < 80 ≤ cerdas): seberapa jauh daerah "
              "berada di antara nilai terburuk dan terbaik yang ditetapkan, bukan peringkat ITB. Normalisasi relatif "
              "(min–maks, skor-z, peringkat) tidak diberi tingkat. Peringkat memakai indeks sebagaimana ditampilkan "
              "(dibulatkan sekali), seperti untuk skor evaluasi."},
    "method.open.explain.asof": {
        "en": "**As of a year.** Each indicator takes its latest value at or before the selected year, and the "
              "value's own year travels with it to every table and export (columns `*_year`). Indicators have "
              "different years: schooling and life expectancy to 2021, poverty 2010–2018 and 2021, water, sanitation "
              "and labour 2021 (a COVID year), the village indices 2024 only.",
        "id": "**Hingga tahun.** Setiap indikator memakai nilai terbarunya pada atau sebelum tahun yang dipilih, dan tahun "
              "nilai itu ikut ke setiap tabel dan ekspor (kolom `*_year`). Tahun indikator berbeda-beda: lama sekolah "
              "dan umur harapan hidup hingga 2021, kemiskinan 2010–2018 dan 2021, air minum, sanitasi dan "
              "ketenagakerjaan 2021 (tahun COVID), indeks desa hanya 2024."},
    "method.open.col.indicator": {"en": "Indicator", "id": "Indikator"},
    "method.open.col.in_index": {"en": "Pillar in the index", "id": "Pilar dalam indeks"},
    "method.open.col.pillar": {"en": "Pillar", "id": "Pilar"},
    "method.open.col.n": {"en": "Kab/kota", "id": "Kab/kota"},
    "method.open.col.spearman": {"en": "Correlation with the HDI", "id": "Korelasi dengan IPM"},
    "method.open.col.direction": {"en": "Direction", "id": "Arah"},
    "method.open.col.lo": {"en": "Goalpost: worst end", "id": "Batas: ujung terburuk"},
    "method.open.col.hi": {"en": "Goalpost: best end", "id": "Batas: ujung terbaik"},
    "method.open.col.unit": {"en": "Unit", "id": "Satuan"},
    "method.open.col.transform": {"en": "Transform", "id": "Transformasi"},
    "method.open.col.basis": {"en": "Goalposts from", "id": "Asal batas"},
    "method.open.col.skewness": {"en": "Skewness", "id": "Kemencengan"},
    "method.open.col.kurtosis": {"en": "Kurtosis", "id": "Kurtosis"},
    "method.open.col.skewness_after": {"en": "Skewness after", "id": "Kemencengan sesudah"},
    "method.open.col.kurtosis_after": {"en": "Kurtosis after", "id": "Kurtosis sesudah"},
    "method.open.direction.up": {"en": "higher is better", "id": "lebih tinggi lebih baik"},
    "method.open.direction.down": {"en": "lower is better", "id": "lebih rendah lebih baik"},
    "method.open.transform.log": {"en": "logarithm", "id": "logaritma"},
    "method.open.basis.bps_ipm": {"en": "BPS HDI method", "id": "metode IPM BPS"},
    "method.open.basis.natural": {"en": "natural bounds", "id": "batas alami"},
    "method.open.basis.observed": {"en": "observed range 2010–2024 (rounded)", "id": "rentang pengamatan 2010–2024 (dibulatkan)"},
    "method.open.provenance": {
        "en": "- **Indicators:** BPS (Human Development Index and its components 2010–2024, poverty 2010–2018 and "
              "2021, unemployment, labour, water and sanitation 2021), GRDP per capita at constant 2010 prices from the "
              "QuaRCS lab compilation of BPS data (459 checked regions), Kemendes PDTT's Village Development Index "
              "2024. Each value was read by script from a stored public copy and matched to the 514 codes.\n"
              "- **Licences:** BPS statistics are public with attribution; the 2010–2018 poverty compilation is "
              "**CC BY-NC-SA 4.0**; the GRDP compilation MIT (Zenodo archive CC BY 4.0); IDM is open government data. "
              "See *About the data*.\n"
              "- **Participants and population:** as in the evaluation lens (Kominfo programme lists and news; "
              "Dukcapil 2024).",
        "id": "- **Indikator:** BPS (Indeks Pembangunan Manusia dan komponennya 2010–2024, kemiskinan 2010–2018 dan "
              "2021, pengangguran, ketenagakerjaan, air minum dan sanitasi 2021), PDRB per kapita harga konstan 2010 "
              "dari kompilasi data BPS oleh QuaRCS lab (459 daerah yang dicek), Indeks Desa Membangun Kemendes PDTT "
              "2024. Setiap nilai dibaca dengan skrip dari salinan publik yang tersimpan dan dicocokkan dengan 514 "
              "kode.\n"
              "- **Lisensi:** statistik BPS bersifat publik dengan atribusi; kompilasi kemiskinan 2010–2018 berlisensi "
              "**CC BY-NC-SA 4.0**; kompilasi PDRB MIT (arsip Zenodo CC BY 4.0); IDM data terbuka pemerintah. Lihat "
              "*Tentang data*.\n"
              "- **Peserta dan penduduk:** sama seperti lensa evaluasi (daftar dan berita program Kominfo; Dukcapil "
              "2024)."},
}
