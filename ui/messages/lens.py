"""Messages of the lens (open statistics | programme evaluation) and of the open-statistics index, shared by every
score view; table headers of the new columns."""

MESSAGES: dict[str, dict[str, str]] = {
    "lens.label": {"en": "Lens", "id": "Lensa"},
    "lens.open": {"en": "Open statistics (real)", "id": "Statistik terbuka (nyata)"},
    "lens.evaluation": {"en": "Programme evaluation", "id": "Evaluasi program"},
    "lens.help": {
        "en": "Open statistics: an index of real BPS and Kemendes data for all 514 kab/kota, each value with its "
              "year and source. Programme evaluation: the ministry's pillar scores of the participants — synthetic "
              "demo values here unless published or imported.",
        "id": "Statistik terbuka: indeks dari data nyata BPS dan Kemendes untuk seluruh 514 kab/kota, setiap nilai "
              "dengan tahun dan sumbernya. Evaluasi program: skor pilar kementerian untuk peserta — di sini nilai "
              "demo sintetis kecuali yang terbit atau diimpor."},
    "open.notice": {
        "en": "Real data: the open-statistics index is built from BPS and Kemendes PDTT statistics for every "
              "kab/kota; each value keeps its own year and source. Smart Governance and Smart Branding have no open "
              "per-region data, so they are not scored.",
        "id": "Data nyata: indeks statistik terbuka disusun dari statistik BPS dan Kemendes PDTT untuk setiap "
              "kab/kota; setiap nilai tetap membawa tahun dan sumbernya. Tata Kelola dan Branding tidak memiliki data "
              "terbuka per daerah, jadi tidak dinilai."},
    "open.index": {"en": "Open-statistics index", "id": "Indeks statistik terbuka"},
    "open.no_open_data_note": {
        "en": "{pillars}: no open data — no per-region statistics are published openly for these pillars, so they "
              "get no score (never an estimate).",
        "id": "{pillars}: tidak ada data terbuka — tidak ada statistik per daerah yang diterbitkan terbuka untuk "
              "pilar ini, jadi tidak diberi skor (tidak pernah diperkirakan)."},
    "open.badge_synthetic": {"en": "synthetic demo", "id": "demo sintetis"},
    "open.level_note": {
        "en": "Levels of the open index are bands of its 0–100 goalpost scale with the ITB thresholds (ad hoc < 20 "
              "≤ initial < 40 ≤ scattered < 60 ≤ integrated < 80 ≤ smart): how far a region sits between the stated "
              "worst and best values of its indicators, not an ITB rating.",
        "id": "Tingkat pada indeks terbuka adalah pita skala batas tetap 0–100 dengan ambang ITB (ad hoc < 20 ≤ "
              "inisiasi < 40 ≤ tersebar < 60 ≤ terintegrasi < 80 ≤ cerdas): seberapa jauh daerah berada di antara "
              "nilai terburuk dan terbaik yang ditetapkan untuk indikatornya, bukan peringkat ITB."},
    "open.status.insufficient_data": {"en": "insufficient data", "id": "data tidak cukup"},
    "open.caveat.covid": {"en": "2021 values are from a COVID year.", "id": "Nilai 2021 berasal dari tahun COVID."},
    "open.caveat.hdi_series": {
        "en": "HDI 2024 continues BPS's [Metode Baru] series (Indonesia 74.20), not BPS's 2024 headline series "
              "(75.02): the two are not comparable.",
        "id": "IPM 2024 melanjutkan seri [Metode Baru] BPS (Indonesia 74,20), bukan seri utama BPS 2024 (75,02): "
              "keduanya tidak dapat dibandingkan."},
    "open.caveat.villages_only": {
        "en": "Village Development Index figures cover villages (desa) only: most kota have no value by design, "
              "which is missing, not zero.",
        "id": "Angka Indeks Desa Membangun hanya mencakup desa: sebagian besar kota memang tidak punya nilai, yang "
              "berarti kosong, bukan nol."},
    "open.caveat.subset": {
        "en": "GRDP per capita covers the 459 regions whose copy was checked against the archive; the other 55 "
              "(all of Papua among them) are missing.",
        "id": "PDRB per kapita mencakup 459 daerah yang salinannya sudah dicek terhadap arsip; 55 lainnya (termasuk "
              "seluruh Papua) kosong."},
    "open.caveat.context": {
        "en": "Context only: neither higher nor lower is better.",
        "id": "Hanya konteks: lebih tinggi maupun lebih rendah tidak berarti lebih baik."},
    # table headers of the new columns (table_with_download looks up region.col.<column>)
    "region.col.participant": {"en": "Participant", "id": "Peserta"},
    "region.col.indicators_present": {"en": "Indicators with data", "id": "Indikator berdata"},
    "region.col.data_year_min": {"en": "Oldest value", "id": "Nilai tertua"},
    "region.col.data_year_max": {"en": "Newest value", "id": "Nilai terbaru"},
    "region.col.indicator": {"en": "Indicator", "id": "Indikator"},
    "region.col.value": {"en": "Value", "id": "Nilai"},
    "region.col.unit": {"en": "Unit", "id": "Satuan"},
    "region.col.value_year": {"en": "Year of the value", "id": "Tahun nilai"},
    "region.col.score_100": {"en": "Score (0–100)", "id": "Skor (0–100)"},
    "region.col.open_pillar": {"en": "Pillar in the index", "id": "Pilar dalam indeks"},
    "region.col.publisher": {"en": "Publisher", "id": "Penerbit"},
    "region.col.order": {"en": "Pick", "id": "Urutan"},
    "region.col.hdi": {"en": "HDI", "id": "IPM"},
    "region.col.hdi_year": {"en": "HDI year", "id": "Tahun IPM"},
    "region.col.hdi_quintile": {"en": "HDI fifth (1 = lowest)", "id": "Seperlima IPM (1 = terendah)"},
    "region.col.reason": {"en": "Reason", "id": "Alasan"},
    "region.col.marginal_gain": {"en": "Residents of the lowest fifth added",
                                 "id": "Tambahan penduduk seperlima terendah"},
}
