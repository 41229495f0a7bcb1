"""Messages of the Indicator explorer (keys ``explorer.*``)."""

MESSAGES: dict[str, dict[str, str]] = {
    "nav.explorer": {"en": "Indicator explorer", "id": "Penjelajah indikator"},
    "explorer.title": {"en": "Indicator explorer", "id": "Penjelajah indikator"},
    "explorer.intro": {
        "en": "Real statistics for every kab/kota: BPS's Human Development Index and its components (2010–2024), "
              "poverty, GRDP per capita, labour, water and sanitation, and Kemendes's Village Development Index. "
              "Pick an indicator and a year it has; every table downloads as the same CSV as the command line.",
        "id": "Statistik nyata untuk setiap kab/kota: Indeks Pembangunan Manusia BPS dan komponennya (2010–2024), "
              "kemiskinan, PDRB per kapita, ketenagakerjaan, air minum dan sanitasi, serta Indeks Desa Membangun "
              "Kemendes. Pilih indikator dan tahun yang tersedia; setiap tabel terunduh sebagai CSV yang sama dengan "
              "baris perintah."},
    "explorer.indicator": {"en": "Indicator", "id": "Indikator"},
    "explorer.year": {"en": "Year", "id": "Tahun"},
    "explorer.about": {
        "en": "**Unit:** {unit} · **{direction}** · **Source:** [{publisher}]({url}) · **Licence:** {licence} · "
              "**Years:** {first}–{last} · **Kab/kota with a value:** {regions}",
        "id": "**Satuan:** {unit} · **{direction}** · **Sumber:** [{publisher}]({url}) · **Lisensi:** {licence} · "
              "**Tahun:** {first}–{last} · **Kab/kota bernilai:** {regions}"},
    "explorer.direction.up": {"en": "higher is better", "id": "lebih tinggi lebih baik"},
    "explorer.direction.down": {"en": "lower is better", "id": "lebih rendah lebih baik"},
    "explorer.direction.context": {"en": "context only", "id": "hanya konteks"},
    "explorer.caveat": {"en": "**Caveat (catalogue):** {note}", "id": "**Catatan (katalog):** {note}"},
    "explorer.in_index": {"en": "Part of the open-statistics index, pillar {pillar}.",
                          "id": "Bagian dari indeks statistik terbuka, pilar {pillar}."},
    "explorer.not_in_index": {
        "en": "Not part of the open-statistics index (a composite of other indicators, context only, or not "
              "coherent with the others; see Methodology).",
        "id": "Bukan bagian dari indeks statistik terbuka (gabungan indikator lain, hanya konteks, atau tidak "
              "koheren dengan yang lain; lihat Metodologi)."},
    "explorer.in_view": {"en": "{n} of the {total} kab/kota in view have a value for {year}; the others are "
                               "missing (not zero).",
                         "id": "{n} dari {total} kab/kota dalam tampilan memiliki nilai untuk {year}; sisanya kosong "
                               "(bukan nol)."},
    "explorer.tab.distribution": {"en": "National distribution", "id": "Sebaran nasional"},
    "explorer.tab.province": {"en": "By province", "id": "Per provinsi"},
    "explorer.tab.ranking": {"en": "Ranking", "id": "Peringkat"},
    "explorer.tab.trend": {"en": "Trends", "id": "Tren"},
    "explorer.dist.chart": {"en": "{indicator}, {year}: kab/kota per value", "id": "{indicator}, {year}: kab/kota per nilai"},
    "explorer.dist.y": {"en": "Kab/kota", "id": "Kab/kota"},
    "explorer.participants": {"en": "Participants by {year}", "id": "Peserta hingga {year}"},
    "explorer.others": {"en": "Other kab/kota", "id": "Kab/kota lain"},
    "explorer.median": {"en": "Median", "id": "Median"},
    "explorer.range": {"en": "Lowest–highest", "id": "Terendah–tertinggi"},
    "explorer.dist.note": {
        "en": "Statistics over the kab/kota in view with a value (missing: in view without one); weighted mean by "
              "Dukcapil 2024 population.",
        "id": "Statistik atas kab/kota dalam tampilan yang bernilai (kosong: dalam tampilan tanpa nilai); rata-rata "
              "tertimbang dengan penduduk Dukcapil 2024."},
    "explorer.group.all": {"en": "All in view", "id": "Semua dalam tampilan"},
    "explorer.col.group": {"en": "Group", "id": "Kelompok"},
    "explorer.col.n": {"en": "With a value", "id": "Bernilai"},
    "explorer.col.missing": {"en": "Missing", "id": "Kosong"},
    "explorer.col.mean": {"en": "Mean", "id": "Rata-rata"},
    "explorer.col.min": {"en": "Min", "id": "Min"},
    "explorer.col.p10": {"en": "P10", "id": "P10"},
    "explorer.col.q1": {"en": "Q1", "id": "K1"},
    "explorer.col.median": {"en": "Median", "id": "Median"},
    "explorer.col.q3": {"en": "Q3", "id": "K3"},
    "explorer.col.p90": {"en": "P90", "id": "P90"},
    "explorer.col.max": {"en": "Max", "id": "Maks"},
    "explorer.col.weighted_mean": {"en": "Mean (by population)", "id": "Rata-rata (tertimbang penduduk)"},
    "explorer.prov.chart": {"en": "{indicator} by province, {year}: median and range",
                            "id": "{indicator} per provinsi, {year}: median dan rentang"},
    "explorer.prov.note": {
        "en": "Dot: the median of the province's kab/kota with a value; line: lowest to highest. Best first by the "
              "indicator's direction; a province without values has no dot.",
        "id": "Titik: median kab/kota provinsi yang bernilai; garis: terendah hingga tertinggi. Terbaik di atas "
              "menurut arah indikator; provinsi tanpa nilai tidak bertitik."},
    "explorer.rank.note": {
        "en": "National rank among all kab/kota with a value ({direction}; ties share the best rank), then the rank "
              "within the province; filters choose the rows, never the ranks.",
        "id": "Peringkat nasional di antara semua kab/kota bernilai ({direction}; nilai sama berbagi peringkat "
              "terbaik), lalu peringkat dalam provinsi; filter memilih baris, tidak pernah peringkat."},
    "explorer.trend.pick": {"en": "Regions (up to six)", "id": "Daerah (hingga enam)"},
    "explorer.trend.placeholder": {"en": "Choose regions", "id": "Pilih daerah"},
    "explorer.trend.chart": {"en": "{indicator}, {first}–{last}", "id": "{indicator}, {first}–{last}"},
    "explorer.trend.x": {"en": "Year", "id": "Tahun"},
    "explorer.trend.median": {"en": "National median", "id": "Median nasional"},
    "explorer.trend.band": {"en": "Middle half of the kab/kota", "id": "Separuh tengah kab/kota"},
    "explorer.trend.note": {
        "en": "Gaps are years without a value (never interpolated). The national median and band are over all "
              "kab/kota with a value that year (484–514 for the HDI before 2014).",
        "id": "Celah adalah tahun tanpa nilai (tidak pernah diinterpolasi). Median dan pita nasional atas semua "
              "kab/kota yang bernilai pada tahun itu (484–514 untuk IPM sebelum 2014)."},
}
