"""Messages of the Compare page (keys ``compare.*``)."""

MESSAGES: dict[str, dict[str, str]] = {
    "compare.title": {"en": "Compare regions", "id": "Bandingkan daerah"},
    "compare.intro": {
        "en": "Up to six kabupaten or kota side by side: their latest pillar scores, maturity index and rank, and "
              "how they moved over the evaluations. The choice is kept in the link.",
        "id": "Hingga enam kabupaten atau kota berdampingan: skor pilar terakhir, indeks dan peringkat kematangan, "
              "serta perkembangannya dari evaluasi ke evaluasi. Pilihan tersimpan dalam tautan."},
    "compare.pick": {"en": "Regions (two to six; type to search)", "id": "Daerah (dua sampai enam; ketik untuk mencari)"},
    "compare.pick_placeholder": {"en": "Choose regions", "id": "Pilih daerah"},
    "compare.empty": {
        "en": "Choose at least two regions to compare (you have {n}). Tip: the Region profile links to a "
              "comparison with its most similar regions.",
        "id": "Pilih setidaknya dua daerah untuk dibandingkan (saat ini {n}). Tips: Profil daerah menautkan ke "
              "perbandingan dengan daerah yang paling serupa."},
    "compare.example": {"en": "Compare the ASEAN pilots", "id": "Bandingkan percontohan ASEAN"},
    "compare.example_note": {"en": "For example, the pilots of the ASEAN Smart Cities Network: {cities}.",
                             "id": "Misalnya, kota percontohan Jaringan Kota Cerdas ASEAN: {cities}."},
    "compare.too_many": {"en": "Only the first six regions of the link are shown.",
                         "id": "Hanya enam daerah pertama dari tautan yang ditampilkan."},
    "compare.unknown": {"en": "Not a region code or name, ignored: {values}.",
                        "id": "Bukan kode atau nama daerah, diabaikan: {values}."},
    "compare.not_evaluated": {
        "en": "Without an evaluation up to {year}, so not in the charts: {names}.",
        "id": "Belum dievaluasi hingga {year}, jadi tidak ada di grafik: {names}."},
    "compare.none_evaluated": {
        "en": "None of the chosen regions has an evaluation up to {year}: only programme participants are "
              "evaluated, from the year after they join.",
        "id": "Tidak satu pun daerah terpilih dievaluasi hingga {year}: hanya peserta program yang dievaluasi, "
              "mulai tahun setelah bergabung."},
    "compare.table": {"en": "Side by side (as of {year})", "id": "Berdampingan (per {year})"},
    "compare.radar": {"en": "Latest pillar scores (0–4)", "id": "Skor pilar terakhir (0–4)"},
    "compare.trend": {"en": "Maturity index per evaluation year", "id": "Indeks kematangan per tahun evaluasi"},
    "compare.trend_rank": {"en": "National rank per evaluation year", "id": "Peringkat nasional per tahun evaluasi"},
    "compare.trend_y_rank": {"en": "National rank (1 = best)", "id": "Peringkat nasional (1 = terbaik)"},
    "compare.table_open": {"en": "Side by side on the open-statistics index (as of {year})",
                           "id": "Berdampingan pada indeks statistik terbuka (per {year})"},
    "compare.radar_open": {"en": "Open-statistics pillars (0–100)", "id": "Pilar statistik terbuka (0–100)"},
    "compare.trend_open": {"en": "Open-statistics index as of each year", "id": "Indeks statistik terbuka per tahun"},
    "compare.trend_rank_open": {"en": "National rank on the open index, as of each year",
                                "id": "Peringkat nasional pada indeks terbuka, per tahun"},
    "compare.measure": {"en": "Trend of", "id": "Tren dari"},
    "compare.measure.index_100": {"en": "Index (0–100)", "id": "Indeks (0–100)"},
    "compare.measure.rank_national": {"en": "National rank", "id": "Peringkat nasional"},
}
