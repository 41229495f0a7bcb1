"""Messages shared by every page (app chrome, sidebar, notices, table headers)."""

MESSAGES: dict[str, dict[str, str]] = {
    # app chrome
    "app.title": {"en": "Kota Cerdas — smart-city adoption in Indonesia",
                  "id": "Kota Cerdas — adopsi kota cerdas di Indonesia"},
    "app.building": {"en": "Building the database from the reference data (first start)…",
                     "id": "Membangun basis data dari data rujukan (awal pertama)…"},
    # the stages of a build or an import, shown as they start (analytics BUILD_STAGES, COMMIT_STAGES)
    "progress.build.validate": {"en": "Checking the file, row by row…", "id": "Memeriksa berkas, baris demi baris…"},
    "progress.build.stage": {"en": "Keeping the batch beside the reference data…",
                             "id": "Menyimpan batch di samping data rujukan…"},
    "progress.build.read": {"en": "Reading the reference data and the imports…",
                            "id": "Membaca data rujukan dan hasil impor…"},
    "progress.build.write": {"en": "Writing the new database…", "id": "Menulis basis data baru…"},
    "progress.build.check": {"en": "Checking the new database against its contract…",
                             "id": "Memeriksa basis data baru terhadap kontraknya…"},
    "progress.build.swap": {"en": "Putting the new database in place…", "id": "Memasang basis data baru…"},
    "progress.done": {"en": "Database ready", "id": "Basis data siap"},
    "app.build_failed": {"en": "The database could not be built: {error}",
                         "id": "Basis data tidak dapat dibangun: {error}"},
    "nav.home": {"en": "Overview", "id": "Ikhtisar"},
    "nav.map": {"en": "Map", "id": "Peta"},
    "nav.pillars": {"en": "Pillars", "id": "Pilar"},
    "nav.region": {"en": "Region profile", "id": "Profil daerah"},
    "nav.compare": {"en": "Compare", "id": "Bandingkan"},
    "nav.ascn": {"en": "ASEAN network", "id": "Jaringan ASEAN"},
    "nav.methodology": {"en": "Methodology", "id": "Metodologi"},
    "nav.about": {"en": "About the data", "id": "Tentang data"},
    "nav.import": {"en": "Import results (admins)", "id": "Impor hasil (admin)"},
    "nav.section.admin": {"en": "Admins only", "id": "Khusus admin"},
    "nav.section.explore": {"en": "Explore", "id": "Jelajahi"},
    "nav.section.method": {"en": "Method and data", "id": "Metode dan data"},
    "sidebar.language": {"en": "Language", "id": "Bahasa"},
    "sidebar.filters": {"en": "Filters", "id": "Filter"},
    "filter.as_of": {"en": "As of year", "id": "Hingga tahun"},
    "filter.as_of_help": {"en": "Programme cohorts are cumulative: a region counts from the year it joined.",
                          "id": "Kohort program bersifat kumulatif: daerah dihitung sejak tahun bergabung."},
    "filter.island_group": {"en": "Island group", "id": "Kelompok pulau"},
    "filter.province": {"en": "Province", "id": "Provinsi"},
    "filter.type": {"en": "Type", "id": "Jenis"},
    "filter.all": {"en": "All", "id": "Semua"},
    "type.kabupaten": {"en": "Kabupaten", "id": "Kabupaten"},  # same in both: the URL keeps the label
    "type.kota": {"en": "Kota", "id": "Kota"},
    "size.big": {"en": "Big (> 1 million)", "id": "Besar (> 1 juta)"},
    "size.medium": {"en": "Medium (200,000–1 million)", "id": "Sedang (200.000–1 juta)"},
    "size.small": {"en": "Small (< 200,000)", "id": "Kecil (< 200.000)"},
    "status.ranked": {"en": "ranked", "id": "berperingkat"},
    "status.insufficient_data": {"en": "insufficient data", "id": "data tidak cukup"},
    "filter.summary": {"en": "{n} of 514 regions in view", "id": "{n} dari 514 daerah ditampilkan"},
    "empty.no_regions": {"en": "No region matches these filters. Widen the island group, province or type in "
                                 "the sidebar.",
                         "id": "Tidak ada daerah yang cocok dengan filter ini. Perluas kelompok pulau, provinsi "
                               "atau jenis di bilah samping."},
    "download.csv": {"en": "Download CSV", "id": "Unduh CSV"},
    "download.xlsx": {"en": "Download XLSX", "id": "Unduh XLSX"},
    "download.png": {"en": "Download chart (PNG)", "id": "Unduh grafik (PNG)"},
    # shown in a chart's place when plotly.js could not be loaded from the app's server (ui/plotly_element.py)
    "chart.unavailable": {"en": "This chart could not be drawn: the chart library did not load from the server. "
                                "Reload the page.",
                          "id": "Grafik ini tidak dapat digambar: pustaka grafik tidak termuat dari server. "
                                "Muat ulang halaman."},
    # plotly.js's own words on a chart: a box plot's hover labels (ui/charts.py::plotly_locale; "lower_fence" is
    # plotly's "lower fence:")
    "plotly.median": {"en": "median:", "id": "median:"},
    "plotly.mean": {"en": "mean:", "id": "rata-rata:"},
    "plotly.min": {"en": "min:", "id": "min:"},
    "plotly.max": {"en": "max:", "id": "maks:"},
    "plotly.q1": {"en": "q1:", "id": "kuartil 1:"},
    "plotly.q3": {"en": "q3:", "id": "kuartil 3:"},
    "plotly.lower_fence": {"en": "lower fence:", "id": "batas bawah:"},
    "plotly.upper_fence": {"en": "upper fence:", "id": "batas atas:"},
    "download.help": {"en": "Exactly the rows and numbers shown, with the current filters.",
                      "id": "Persis baris dan angka yang ditampilkan, dengan filter saat ini."},
    # illustrative-data notice
    "notice.synthetic": {
        "en": "Illustrative data: pillar scores here are synthetic (seeded demo values), not the ministry's "
              "evaluation results, except where a row is marked published or imported.",
        "id": "Data ilustratif: skor pilar di sini sintetis (nilai demo dengan seed), bukan hasil evaluasi "
              "kementerian, kecuali baris yang ditandai terbit atau impor."},
    "table.figure": {"en": "Figure", "id": "Angka"},
    "table.year": {"en": "Year", "id": "Tahun"},
    "table.value": {"en": "Value", "id": "Nilai"},
    "table.source": {"en": "Source", "id": "Sumber"},
    "table.note": {"en": "Note", "id": "Catatan"},
}
