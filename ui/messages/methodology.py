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
    "method.title": {"en": "How the maturity index is built", "id": "Cara indeks kematangan disusun"},
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
              "terbesar {biggest} tingkat."},
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
    "method.uncertainty.chart": {"en": "Median rank and 5–95 % interval of {n} participants",
                                 "id": "Peringkat median dan interval 5–95 % dari {n} peserta"},
    "method.uncertainty.x": {"en": "Participants, ordered by median rank",
                             "id": "Peserta, diurutkan menurut peringkat median"},
    "method.uncertainty.y": {"en": "Rank (1 = best)", "id": "Peringkat (1 = terbaik)"},
    "method.uncertainty.median": {"en": "Median rank", "id": "Peringkat median"},
    "method.uncertainty.nominal": {"en": "Rank with your settings", "id": "Peringkat dengan pengaturan Anda"},
    "method.uncertainty.interval": {"en": "5–95 % interval", "id": "Interval 5–95 %"},
    "method.uncertainty.note": {
        "en": "Dots: median rank over the replications; bars: 5th to 95th percentile; circles: the rank with your "
              "settings. Median interval width {median} places; widest {widest} places ({name}).",
        "id": "Titik: peringkat median dari seluruh replikasi; batang: persentil ke-5 hingga ke-95; lingkaran: "
              "peringkat dengan pengaturan Anda. Lebar interval median {median} tingkat; terlebar {widest} tingkat "
              "({name})."},
    "method.sensitivity.title": {"en": "**Which choice matters most?**", "id": "**Pilihan mana yang paling berpengaruh?**"},
    "method.sensitivity.chart": {"en": "Mean rank shift when only one choice varies",
                                 "id": "Rata-rata pergeseran peringkat bila hanya satu pilihan berubah"},
    "method.sensitivity.x": {"en": "Mean absolute rank shift (places)", "id": "Rata-rata pergeseran mutlak (tingkat)"},
    "method.sensitivity.choice": {"en": "Choice varied", "id": "Pilihan yang diubah"},
    "method.sensitivity.mean": {"en": "Mean shift", "id": "Rata-rata pergeseran"},
    "method.sensitivity.max": {"en": "Largest shift", "id": "Pergeseran terbesar"},
    "method.sensitivity.note": {
        "en": "Each row reruns the replications varying only that choice and measures how far ranks move from the "
              "nominal ranking (mean and maximum over participants and replications).",
        "id": "Setiap baris menjalankan ulang replikasi dengan hanya mengubah pilihan itu dan mengukur seberapa jauh "
              "peringkat bergeser dari peringkat nominal (rata-rata dan maksimum atas peserta dan replikasi)."},
    "method.choice.weights": {"en": "Weights (±25 %)", "id": "Bobot (±25 %)"},
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
              "The ministry scores five evaluation dimensions with weights that vary by year, e.g. Baseline 10 %, "
              f"Output 20 %, Outcome 30 %, Impact 30 %, Quick Win 10 % ([Kominfo Sleman]({_SLEMAN})), and reports an "
              "achievement index, an improvement index and per-pillar indices. Example: Kota Kediri 2022, overall "
              f"3.31, 22nd nationally ([bangsaonline]({_KEDIRI})); Kota Bandung was best of the first 100 with 3.71 "
              f"([bewarajabar]({_BANDUNG})). Those dimension scores are not open data, so this dashboard's index "
              "combines the pillars instead.",
        "id": "**Cara kementerian mengevaluasi.** Peserta melakukan penilaian mandiri yang kemudian divalidasi "
              "asesor. Kementerian menilai lima dimensi evaluasi dengan bobot yang berubah tiap tahun, misalnya "
              f"Baseline 10 %, Output 20 %, Outcome 30 %, Impact 30 %, Quick Win 10 % ([Kominfo Sleman]({_SLEMAN})), "
              "dan melaporkan indeks capaian, indeks peningkatan dan indeks per pilar. Contoh: Kota Kediri 2022, "
              f"keseluruhan 3,31, peringkat 22 nasional ([bangsaonline]({_KEDIRI})); Kota Bandung terbaik dari 100 "
              f"pertama dengan 3,71 ([bewarajabar]({_BANDUNG})). Skor dimensi tersebut bukan data terbuka, jadi "
              "indeks dasbor ini menggabungkan pilar."},
    "method.provenance.title": {"en": "Where the data come from", "id": "Asal data"},
    "method.provenance.body": {
        "en": "- **Participants:** the Gerakan Menuju Smart City programme of Kominfo (now Komdigi) "
              f"([Aptika Kominfo]({_APTIKA})); cohorts of 25 (2017), 50 (2018), 25 (2019), none in 2020, 48 (2021), "
              f"50 (2022) and 50 (2023) → 241 kab/kota reaching a reported 183,748,772 residents ([iNews]({_INEWS})). "
              "Each participant in the database carries the URL of the list or news item that names it.\n"
              "- **Population:** Dukcapil (Ministry of Home Affairs civil registry), semester II 2024.\n"
              "- **Pillar scores:** no per-region scores are published as open data, so the scores are "
              "**synthetic** (seeded demo values) except the published Kota Kediri 2022 evaluation. See *About the "
              "data* for every file, its source and licence, and how the synthetic scores are generated.",
        "id": "- **Peserta:** program Gerakan Menuju Smart City Kominfo (kini Komdigi) "
              f"([Aptika Kominfo]({_APTIKA})); kohort 25 (2017), 50 (2018), 25 (2019), tidak ada pada 2020, 48 (2021), "
              f"50 (2022) dan 50 (2023) → 241 kab/kota yang dilaporkan menjangkau 183.748.772 penduduk ([iNews]({_INEWS})). "
              "Setiap peserta di basis data menyimpan URL daftar atau berita yang menyebutkannya.\n"
              "- **Penduduk:** Dukcapil (Kementerian Dalam Negeri), semester II 2024.\n"
              "- **Skor pilar:** skor per daerah tidak diterbitkan sebagai data terbuka, jadi skornya **sintetis** "
              "(nilai demo dengan seed) kecuali hasil evaluasi Kota Kediri 2022 yang terbit. Lihat *Tentang data* "
              "untuk setiap berkas, sumber dan lisensinya, serta cara skor sintetis dibuat."},
}
