"""Messages of the Pillars page."""

MESSAGES: dict[str, dict[str, str]] = {
    "pillars.title": {"en": "The six pillars", "id": "Enam pilar"},
    "pillars.intro": {
        "en": "The programme evaluates participants on six pillars: governance, branding, economy, society, living "
              "and environment, each on the ministry's 0–4 scale. Every view uses each participant's latest "
              "evaluation up to the selected year.",
        "id": "Program mengevaluasi peserta pada enam pilar: tata kelola, branding, ekonomi, masyarakat, hunian "
              "dan lingkungan, masing-masing pada skala 0–4 kementerian. Setiap tampilan memakai evaluasi terakhir "
              "tiap peserta hingga tahun yang dipilih."},
    "pillars.cohort": {"en": "Cohort (year joined)", "id": "Kohort (tahun bergabung)"},
    "pillars.cohort_all": {"en": "All cohorts", "id": "Semua kohort"},
    "pillars.cohort_help": {
        "en": "Keep only participants whose first cohort is one of these years. Empty: every cohort.",
        "id": "Hanya peserta yang kohort pertamanya salah satu tahun ini. Kosong: semua kohort."},
    "pillars.in_view": {"en": "{n} evaluated participants in view, latest evaluation up to {year}.",
                        "id": "{n} peserta yang dievaluasi dalam tampilan, evaluasi terakhir hingga {year}."},
    "pillars.empty": {
        "en": "No participant in view has an evaluation up to {year}. Participants are evaluated from the year "
              "after they join (the first evaluations are from 2018); pick a later year, another cohort, or widen "
              "the filters.",
        "id": "Belum ada peserta dalam tampilan yang memiliki evaluasi hingga {year}. Peserta dievaluasi mulai "
              "tahun setelah bergabung (evaluasi pertama tahun 2018); pilih tahun lebih akhir, kohort lain, atau "
              "perluas filter."},
    # heatmap
    "pillars.heatmap.title": {"en": "Provinces × pillars", "id": "Provinsi × pilar"},
    "pillars.heatmap.chart": {"en": "Median latest score by province and pillar (up to {year})",
                              "id": "Median skor terakhir per provinsi dan pilar (hingga {year})"},
    "pillars.heatmap.colorbar": {"en": "Median (0–4)", "id": "Median (0–4)"},
    "pillars.heatmap.missing": {"en": "No evaluated participant yet (missing)",
                                "id": "Belum ada peserta yang dievaluasi (kosong)"},
    "pillars.heatmap.regions_hover": {"en": "Evaluated kab/kota", "id": "Kab/kota yang dievaluasi"},
    "pillars.heatmap.median_hover": {"en": "Median", "id": "Median"},
    "pillars.heatmap.missing_note": {
        "en": "Grey rows: {n} provinces have no evaluated participant in view yet, so their medians are missing "
              "(not zero): {names}.",
        "id": "Baris abu-abu: {n} provinsi belum memiliki peserta yang dievaluasi dalam tampilan, jadi mediannya "
              "kosong (bukan nol): {names}."},
    "pillars.heatmap.note": {
        "en": "Each cell is the median over the province's evaluated kab/kota; a province with one participant "
              "shows that participant's scores.",
        "id": "Setiap sel adalah median dari kab/kota yang dievaluasi di provinsi itu; provinsi dengan satu "
              "peserta menampilkan skor peserta tersebut."},
    # distributions
    "pillars.dist.title": {"en": "Distribution per pillar", "id": "Sebaran per pilar"},
    "pillars.dist.chart": {"en": "Latest scores of {n} participants (up to {year})",
                           "id": "Skor terakhir {n} peserta (hingga {year})"},
    "pillars.dist.y": {"en": "Score (0–4)", "id": "Skor (0–4)"},
    "pillars.dist.note": {
        "en": "Box: quartiles and median; dashed line: mean; dots: each participant.",
        "id": "Kotak: kuartil dan median; garis putus-putus: rata-rata; titik: tiap peserta."},
    "pillars.describe.title": {"en": "Summary statistics per pillar", "id": "Statistik ringkas per pilar"},
    "pillars.describe.pillar": {"en": "Pillar", "id": "Pilar"},
    "pillars.describe.n": {"en": "Participants", "id": "Peserta"},
    "pillars.describe.mean": {"en": "Mean", "id": "Rata-rata"},
    "pillars.describe.min": {"en": "Min", "id": "Min"},
    "pillars.describe.q1": {"en": "Q1", "id": "K1"},
    "pillars.describe.median": {"en": "Median", "id": "Median"},
    "pillars.describe.q3": {"en": "Q3", "id": "K3"},
    "pillars.describe.max": {"en": "Max", "id": "Maks"},
    # correlation
    "pillars.corr.title": {"en": "How the pillars move together", "id": "Keterkaitan antarpilar"},
    "pillars.corr.chart": {"en": "Pearson correlation of the pillars over {n} participants",
                           "id": "Korelasi Pearson antarpilar dari {n} peserta"},
    "pillars.corr.colorbar": {"en": "r", "id": "r"},
    "pillars.corr.note": {
        "en": "1 = the two pillars rise and fall together; 0 = unrelated. With the illustrative scores the "
              "correlations come from the generator's model (a shared capacity per region), not from real "
              "evaluations.",
        "id": "1 = dua pilar naik-turun bersama; 0 = tidak berkaitan. Dengan skor ilustratif, korelasi berasal "
              "dari model pembangkit (kapasitas bersama per daerah), bukan dari evaluasi nyata."},
    "pillars.corr.too_few": {
        "en": "Only {n} evaluated participants in view: a correlation needs at least 3. Widen the filters.",
        "id": "Hanya {n} peserta yang dievaluasi dalam tampilan: korelasi memerlukan minimal 3. Perluas filter."},
    # open-statistics lens
    "pillars.open.title": {"en": "The pillars in open statistics", "id": "Pilar dalam statistik terbuka"},
    "pillars.open.intro": {
        "en": "Open statistics: the four pillars with open data — economy, society, living and environment — scored "
              "0–100 from real BPS and Kemendes indicators for every kab/kota in view, each indicator's latest value "
              "up to the selected year.",
        "id": "Statistik terbuka: empat pilar yang memiliki data terbuka — ekonomi, masyarakat, hunian dan lingkungan — "
              "dinilai 0–100 dari indikator nyata BPS dan Kemendes untuk setiap kab/kota dalam tampilan, memakai "
              "nilai terbaru tiap indikator hingga tahun yang dipilih."},
    "pillars.open.cohort_all": {"en": "All kab/kota (participants or not)",
                                "id": "Semua kab/kota (peserta atau bukan)"},
    "pillars.open.in_view": {"en": "{n} kab/kota in view, values up to {year}.",
                             "id": "{n} kab/kota dalam tampilan, nilai hingga {year}."},
    "pillars.open.heatmap.chart": {"en": "Median open-statistics score by province and pillar (as of {year})",
                                   "id": "Median skor statistik terbuka per provinsi dan pilar (per {year})"},
    "pillars.open.heatmap.colorbar": {"en": "Median (0–100)", "id": "Median (0–100)"},
    "pillars.open.heatmap.regions_hover": {"en": "Kab/kota with a score", "id": "Kab/kota yang memiliki skor"},
    "pillars.open.heatmap.note": {
        "en": "Each cell is the median over the province's kab/kota in view; a pillar scores the indicators a region "
              "has (missing values are left out, never zero).",
        "id": "Setiap sel adalah median kab/kota provinsi itu dalam tampilan; sebuah pilar menilai indikator yang "
              "dimiliki daerah (nilai kosong dikeluarkan, tidak pernah nol)."},
    "pillars.open.dist.chart": {"en": "Open-statistics pillar scores of {n} kab/kota (as of {year})",
                                "id": "Skor pilar statistik terbuka {n} kab/kota (per {year})"},
    "pillars.open.dist.y": {"en": "Score (0–100)", "id": "Skor (0–100)"},
    "pillars.open.dist.note": {"en": "Box: quartiles and median; dashed line: mean; dots: each kab/kota.",
                               "id": "Kotak: kuartil dan median; garis putus-putus: rata-rata; titik: tiap kab/kota."},
    "pillars.open.describe.n": {"en": "Kab/kota", "id": "Kab/kota"},
    "pillars.open.corr.chart": {"en": "Pearson correlation of the open-statistics pillars over {n} kab/kota",
                                "id": "Korelasi Pearson antarpilar statistik terbuka dari {n} kab/kota"},
    "pillars.open.corr.note": {
        "en": "1 = the two pillars rise and fall together; 0 = unrelated. Real data: positive correlations show "
              "that the pillars measure related sides of development (the handbook's coherence check).",
        "id": "1 = dua pilar naik-turun bersama; 0 = tidak berkaitan. Data nyata: korelasi positif menunjukkan pilar "
              "mengukur sisi pembangunan yang berkaitan (uji koherensi buku panduan)."},
}
